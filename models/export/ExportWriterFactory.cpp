#include "export/ExportWriter.h"

#include "core/DomainError.h"
#include "export/CsvWriter.h"
#include "export/JsonWriter.h"
#include "export/ParquetWriter.h"
#include "export/XlsxWriter.h"
#include "export/XmlWriter.h"
#include "export/YamlWriter.h"

#include <QCoreApplication>

namespace gc {

namespace {

[[noreturn]] void notAvailable(const char* format)
{
    throw DomainError(DomainError::Kind::Invalid,
        QCoreApplication::translate("gc::ExportWriter", "The %1 format is not available in this build.")
            .arg(QLatin1String(format)),
        QStringLiteral("format"));
}

} // namespace

std::unique_ptr<ExportWriter> makeExportWriter(const ExportOptions& options)
{
    switch (options.format) {
    case ExportFormat::Csv:
        return std::make_unique<CsvWriter>(options.csv);
    case ExportFormat::Json:
        return std::make_unique<JsonWriter>(options.json);
    case ExportFormat::Xlsx:
        return std::make_unique<XlsxWriter>(options.xlsx);
    case ExportFormat::Parquet:
        return std::make_unique<ParquetWriter>(options.parquet);
    case ExportFormat::Xml:
        return std::make_unique<XmlWriter>(options.xml);
    case ExportFormat::Yaml:
        return std::make_unique<YamlWriter>(options.yaml);
    }
    notAvailable("?");
}

} // namespace gc
