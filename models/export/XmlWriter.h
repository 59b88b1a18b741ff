#pragma once

#include "export/ExportFile.h"
#include "export/ExportFileDevice.h"
#include "export/ExportOptions.h"
#include "export/ExportWriter.h"

#include <QStringList>
#include <QXmlStreamWriter>

#include <memory>

namespace gc {

/// XML through QXmlStreamWriter, valid against
/// resources/export/geoconsole-export.xsd for the five catalog sources:
///
///   <export xmlns="urn:geoclimate:export:1" source="predictions">
///     <predictions>
///       <row><id>1</id>…<forecast_time>2024-05-01T12:00:00.000Z</forecast_time></row>
///     </predictions>
///   </export>
///
/// The wrapper is named after the source (or "rows" when the source's name is
/// not an identifier); each column becomes a child of <row> named after it.
/// Values use XML Schema lexical forms (xs:long, xs:double with NaN/INF/-INF,
/// xs:boolean, xs:dateTime with Z); NULL is an empty element with
/// xsi:nil="true"; CR inside text is written as &#xD; so parsers keep it.
/// Text with characters XML 1.0 cannot hold (C0 controls other than TAB, LF,
/// CR; U+FFFE; U+FFFF) is refused with a DomainError naming row and column.
class XmlWriter final : public ExportWriter
{
public:
    explicit XmlWriter(const XmlOptions& options);
    ~XmlWriter() override;
    Q_DISABLE_COPY_MOVE(XmlWriter)

    /// The documents' namespace, the XSD's target namespace.
    static QString namespaceUri();

    /// Throws DomainError (Invalid, field "columns") for a column name that is
    /// not an identifier.
    void begin(const QString& path, const ExportColumns& columns, const QString& sourceName) override;
    void writeRow(std::span<const ExportCell> row) override;
    void finish() override;
    [[nodiscard]] qint64 bytesWritten() const override { return m_file.size(); }
    [[nodiscard]] QByteArray sha256() const override { return m_file.sha256(); }
    [[nodiscard]] QString extension() const override { return QStringLiteral("xml"); }

private:
    void writeText(const QString& name, std::string_view utf8, qsizetype column);

    XmlOptions m_options;
    ExportColumns m_columns;
    QStringList m_names;
    QString m_namespace;
    ExportFile m_file;
    std::unique_ptr<ExportFileDevice> m_device;
    QXmlStreamWriter m_xml;
    qint64 m_rows = 0;
};

} // namespace gc
