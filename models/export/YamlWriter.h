#pragma once

#include "export/ExportFile.h"
#include "export/ExportOptions.h"
#include "export/ExportWriter.h"

#include <string>
#include <vector>

namespace gc {

/// YAML: a block sequence with one mapping per row, keys in column order,
/// readable as YAML 1.1 (PyYAML) and 1.2. Written by hand, row by row, so
/// memory stays flat and the quoting is ours to prove:
/// - a string is written plain only when it starts with an ASCII letter, holds
///   only letters, digits, space, _ . - / ( ), does not end with a space, and
///   is none of y/n/yes/no/on/off/true/false/null in any case: such a scalar
///   can only resolve to a string in either YAML version;
/// - every other string is double-quoted, with escapes for quotes, backslash,
///   control characters, C1 controls, U+2028/U+2029, U+FEFF and U+FFFE/U+FFFF;
/// - NULL is null, doubles keep a '.' ("1.0", "1.0e+300") and NaN/infinities
///   are .nan/.inf/-.inf; timestamps are plain ISO 8601 with Z, which PyYAML
///   reads as the same aware datetime (YAML 1.2 readers see the ISO string).
class YamlWriter final : public ExportWriter
{
public:
    explicit YamlWriter(const YamlOptions& options);
    Q_DISABLE_COPY_MOVE(YamlWriter)

    void begin(const QString& path, const ExportColumns& columns, const QString& sourceName) override;
    void writeRow(std::span<const ExportCell> row) override;
    void finish() override;
    [[nodiscard]] qint64 bytesWritten() const override { return m_file.size(); }
    [[nodiscard]] QByteArray sha256() const override { return m_file.sha256(); }
    [[nodiscard]] QString extension() const override { return QStringLiteral("yaml"); }

    /// True if `text` may be written as a plain scalar (see above).
    static bool isPlainSafe(std::string_view text);
    /// Appends `text` as a scalar, plain or double-quoted. False if `text` is
    /// not valid UTF-8.
    static bool appendString(std::string& out, std::string_view text);

private:
    ExportColumns m_columns;
    std::vector<std::string> m_keys; ///< "- key: " for the first column, "  key: " for the others
    ExportFile m_file;
    std::string m_line;
    qint64 m_rows = 0;
};

} // namespace gc
