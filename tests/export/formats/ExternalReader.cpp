#include "ExternalReader.h"

#include <QProcess>

int runExternalReader(const QString& program, const QStringList& arguments, QString* output)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForStarted(30000)) {
        *output = process.errorString();
        return -1;
    }
    process.closeWriteChannel();
    const bool finished = process.waitForFinished(240000);
    *output = QString::fromUtf8(process.readAll());
    if (!finished || process.exitStatus() != QProcess::NormalExit)
        return -1;
    return process.exitCode();
}

QString readerScript(const QString& name)
{
    return QStringLiteral(GC_FORMATS_SCRIPTS "/") + name;
}
