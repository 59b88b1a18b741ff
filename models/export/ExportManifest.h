#pragma once

#include "export/ExportCell.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace gc {

/// A type's id in manifests and in `geoconsole export sources`: integer,
/// double, boolean, text, timestamp.
QString exportTypeId(ExportType type);

/// One file of a bulk export as the manifest lists it.
struct ExportManifestPart
{
    QString file; ///< file name without folder (the entry name inside a ZIP)
    qint64 rows = 0;
    qint64 bytes = 0; ///< size of the file as stored (compressed, for gzip parts)
    QByteArray sha256; ///< 32 bytes, of exactly those bytes
};

/// The manifest of a split or zipped export (docs/export.md, "Parts and
/// manifest"): written last, next to the parts or as the ZIP's last entry,
/// so its presence means every part is complete.
struct ExportManifest
{
    static constexpr int kVersion = 1;

    QDateTime created;
    QString source;
    QString format;
    ExportColumns columns;
    QStringList filters;
    QString sort; ///< "column" or "column:desc"; empty = the source's order
    bool clearPersonalData = false;
    QString packaging;
    QList<ExportManifestPart> parts;

    [[nodiscard]] qint64 totalRows() const;
    [[nodiscard]] QJsonObject toJson() const;
    /// Indented UTF-8 JSON with a final newline.
    [[nodiscard]] QByteArray toBytes() const;
};

} // namespace gc
