#pragma once

#include "export/ExportFilter.h"
#include "export/ExportOptions.h"
#include "export/ExportSourceCatalog.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace gc {

/// The order of the exported rows: one column, ascending or descending. Ties
/// (and an export without a sort) follow the source's key, so the same request
/// on the same store always gives the same bytes.
struct ExportSort
{
    QString column;
    bool descending = false;

    friend bool operator==(const ExportSort&, const ExportSort&) = default;
};

/// Splitting a bulk export into parts ("name.part-0001.csv", ...). A part ends
/// when it holds `maxRows` rows or its writer has written at least `maxBytes`
/// bytes (before packaging), whichever comes first; 0 = no limit. With either
/// limit set the export always has a manifest, even with a single part.
struct ExportSplit
{
    qint64 maxRows = 0;
    qint64 maxBytes = 0;

    [[nodiscard]] bool enabled() const { return maxRows > 0 || maxBytes > 0; }
    friend bool operator==(const ExportSplit&, const ExportSplit&) = default;
};

/// What is done with the written file(s).
enum class ExportPackaging : quint8
{
    None,
    Gzip, ///< each part (or the one file) gzip-compressed, ".gz" appended to its name
    Zip, ///< one ZIP archive at the destination holding every part and the manifest
};

/// Everything one export needs to know (docs/export.md, "The request"). Plain
/// data: ExportJob checks it against the catalog, the session and the store.
struct ExportRequest
{
    ExportSourceId source = ExportSourceId::Predictions;
    /// Columns in output order; empty = every column of the source that is not
    /// personal (with clearPersonalData: every column).
    QStringList columns;
    QList<ExportCondition> filters; ///< combined with AND
    std::optional<ExportSort> sort;
    ExportOptions options; ///< options.format is the format
    /// The file to write: the export itself, the ZIP archive with Zip
    /// packaging, or the name the parts and the manifest are derived from when
    /// the export is split.
    QString destination;
    /// Export the source's personal columns in clear (tenant users' e-mail and
    /// name, audit events' personal parts) besides the pseudonym; needs a role
    /// that may ViewPersonalData.
    bool clearPersonalData = false;
    ExportSplit split;
    ExportPackaging packaging = ExportPackaging::None;

    /// The format's id: csv, json, ndjson (JSON with options.json.ndjson),
    /// xlsx, parquet, xml, yaml.
    [[nodiscard]] QString formatId() const;
    /// Sets options.format (and options.json.ndjson) from a format id; false
    /// for an unknown id (options unchanged).
    static bool applyFormatId(const QString& id, ExportOptions& options);
    /// Every format id, in the order the CLI lists them.
    static QStringList formatIds();

    /// A saved definition: every field, format options included, with stable
    /// keys (docs/export.md lists them). fromJson(toJson()) gives the request back.
    [[nodiscard]] QJsonObject toJson() const;
    /// Throws DomainError(Invalid) naming the key that is missing or wrong.
    static ExportRequest fromJson(const QJsonObject& json);

    friend bool operator==(const ExportRequest& a, const ExportRequest& b)
    {
        return a.toJson() == b.toJson();
    }
};

QString exportPackagingId(ExportPackaging packaging); ///< "none", "gzip", "zip"
std::optional<ExportPackaging> exportPackagingFromId(const QString& id);

} // namespace gc
