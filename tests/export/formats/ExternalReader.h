#pragma once

#include <QString>
#include <QStringList>

/// Runs an outside reader (Python, Node, xmllint) to completion. Returns its
/// exit code (-1 when it did not start or crashed) and leaves its stdout and
/// stderr in *output, for the test's failure message.
int runExternalReader(const QString& program, const QStringList& arguments, QString* output);

/// The folder holding the reader scripts (tests/export/formats).
QString readerScript(const QString& name);
