#pragma once

#include "export/ExportFile.h"
#include "export/ExportOptions.h"
#include "export/ExportWriter.h"

#include <string>
#include <vector>

namespace gc {

/// JSON (RFC 8259): an array of objects, or NDJSON with one object per line.
/// Keys follow the column order; NULL is null; integers are exact literals
/// (also beyond 2^53); doubles keep a '.' ("1.0"); NaN and ±infinity, which
/// JSON numbers cannot hold, become the strings "NaN", "Infinity",
/// "-Infinity"; timestamps are ISO 8601 strings in UTC. Text is UTF-8 with
/// quotes, backslashes and control characters escaped; everything else,
/// non-BMP characters included, is written as is.
class JsonWriter final : public ExportWriter
{
public:
    explicit JsonWriter(const JsonOptions& options);
    Q_DISABLE_COPY_MOVE(JsonWriter)

    void begin(const QString& path, const ExportColumns& columns, const QString& sourceName) override;
    void writeRow(std::span<const ExportCell> row) override;
    void finish() override;
    [[nodiscard]] qint64 bytesWritten() const override { return m_file.size(); }
    [[nodiscard]] QByteArray sha256() const override { return m_file.sha256(); }
    [[nodiscard]] QString extension() const override
    {
        return m_options.ndjson ? QStringLiteral("ndjson") : QStringLiteral("json");
    }

    /// Appends `text` as a JSON string (with the quotes). False if it is not
    /// valid UTF-8 (then `out` is left partly written).
    static bool appendString(std::string& out, std::string_view text);

private:
    JsonOptions m_options;
    ExportColumns m_columns;
    /// Per column: what comes before its value (separator, indentation, key).
    std::vector<std::string> m_keys;
    std::string m_rowEnd;
    ExportFile m_file;
    std::string m_line;
    qint64 m_rows = 0;
};

} // namespace gc
