// Runs Debian's Python (/usr/bin/python3, with its csv, json, gzip, zipfile,
// yaml and openpyxl modules) on a snippet, for the export tests' outside checks.
#pragma once

#include <QByteArray>
#include <QPair>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace gc::test {

/// Exit code (-1 when it did not finish in a minute) and stdout + stderr.
inline QPair<int, QByteArray> python(const QString& script, const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"), QStringList { QStringLiteral("-c"), script } + args);
    if (!p.waitForFinished(60'000))
        return { -1, {} };
    return { p.exitCode(), p.readAllStandardOutput() + p.readAllStandardError() };
}

} // namespace gc::test
