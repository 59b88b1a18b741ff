#pragma once

#include "export/ExportCell.h"
#include "export/ExportOptions.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <span>

namespace gc {

/// Writes rows of one export into one file, in one format. The engine creates
/// the file's temporary name, hands it here, and renames it into place only
/// after finish() returned: a writer never renames, and never needs to clean
/// up after a failure (the engine deletes the temporary file).
///
/// Errors are exceptions and leave the writer unusable:
/// - StoreError (Kind::DiskFull for ENOSPC/EDQUOT, Kind::Io otherwise) when
///   the file cannot be written, with the path in the message;
/// - DomainError (Kind::Invalid) when an option is unusable (field = the
///   option's name, e.g. "delimiter") or a value cannot be represented in the
///   format (e.g. an XLSX cell longer than 32,767 characters: the message
///   names the row number and the column).
/// Nothing is ever dropped or altered silently; what a format changes on
/// purpose (formula protection in CSV, NaN in JSON) is documented in
/// docs/export.md.
///
/// Memory stays flat: a writer holds at most one row group / buffer of bounded
/// size, never the whole output.
class ExportWriter
{
public:
    virtual ~ExportWriter() = default;

    /// Opens `path` (creating or truncating it) and writes what comes before
    /// the first row. `sourceName` names what is exported ("predictions"): XML
    /// and XLSX show it. Called once.
    virtual void begin(const QString& path, const ExportColumns& columns, const QString& sourceName) = 0;
    /// One row: exactly one cell per column, each Null or of its column's type.
    virtual void writeRow(std::span<const ExportCell> row) = 0;
    /// Writes what comes after the last row, flushes and closes the file.
    virtual void finish() = 0;
    /// Bytes handed to the file so far (for splitting a bulk export by size);
    /// formats that compress or buffer may report less than the final size
    /// until finish().
    [[nodiscard]] virtual qint64 bytesWritten() const = 0;
    /// SHA-256 of the file after finish(), for writers that hash their bytes
    /// as they write them (those writing through ExportFile); empty when the
    /// engine must read the file back to hash it (XLSX).
    [[nodiscard]] virtual QByteArray sha256() const { return {}; }
    /// The file name extension, without the dot ("csv", "ndjson", "parquet").
    [[nodiscard]] virtual QString extension() const = 0;
};

/// A writer for `options.format`. Throws DomainError (Invalid) for unusable options.
std::unique_ptr<ExportWriter> makeExportWriter(const ExportOptions& options);

} // namespace gc
