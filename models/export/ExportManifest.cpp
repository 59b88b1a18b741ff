#include "export/ExportManifest.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace gc {

QString exportTypeId(ExportType type)
{
    switch (type) {
    case ExportType::Integer:
        return QStringLiteral("integer");
    case ExportType::Double:
        return QStringLiteral("double");
    case ExportType::Boolean:
        return QStringLiteral("boolean");
    case ExportType::Text:
        return QStringLiteral("text");
    case ExportType::Timestamp:
        return QStringLiteral("timestamp");
    }
    return {};
}

qint64 ExportManifest::totalRows() const
{
    qint64 n = 0;
    for (const ExportManifestPart& p : parts)
        n += p.rows;
    return n;
}

QJsonObject ExportManifest::toJson() const
{
    QJsonArray cols;
    for (const ExportColumn& c : columns)
        cols.append(QJsonObject { { QStringLiteral("name"), c.name },
            { QStringLiteral("type"), exportTypeId(c.type) }, { QStringLiteral("nullable"), c.nullable } });
    QJsonArray partArray;
    qint64 bytes = 0;
    for (const ExportManifestPart& p : parts) {
        partArray.append(QJsonObject { { QStringLiteral("file"), p.file }, { QStringLiteral("rows"), p.rows },
            { QStringLiteral("bytes"), p.bytes },
            { QStringLiteral("sha256"), QString::fromLatin1(p.sha256.toHex()) } });
        bytes += p.bytes;
    }
    return QJsonObject {
        { QStringLiteral("manifest_version"), kVersion },
        { QStringLiteral("generator"),
            QString(QStringLiteral("GeoClimate Console ") + QCoreApplication::applicationVersion()) },
        { QStringLiteral("created"), created.toUTC().toString(Qt::ISODateWithMs) },
        { QStringLiteral("source"), source },
        { QStringLiteral("format"), format },
        { QStringLiteral("columns"), cols },
        { QStringLiteral("filters"), QJsonArray::fromStringList(filters) },
        { QStringLiteral("sort"), sort.isEmpty() ? QJsonValue() : QJsonValue(sort) },
        { QStringLiteral("clear_personal_data"), clearPersonalData },
        { QStringLiteral("packaging"), packaging },
        { QStringLiteral("total_rows"), totalRows() },
        { QStringLiteral("total_bytes"), bytes },
        { QStringLiteral("parts"), partArray },
    };
}

QByteArray ExportManifest::toBytes() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
}

} // namespace gc
