#include "export/XmlWriter.h"

#include "core/DomainError.h"
#include "export/ExportText.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <limits>

namespace gc {

namespace {

const QString& xsiUri()
{
    static const QString uri = QStringLiteral("http://www.w3.org/2001/XMLSchema-instance");
    return uri;
}

/// True if every character of valid UTF-8 `text` is allowed in XML 1.0.
bool xmlCharacters(std::string_view text, bool* hasCr)
{
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    for (std::size_t i = 0; i < n; ++i) {
        const unsigned c = p[i];
        if (c < 0x20) {
            if (c == '\r')
                *hasCr = true;
            else if (c != '\t' && c != '\n')
                return false;
        } else if (c == 0xEF && i + 2 < n && p[i + 1] == 0xBF && (p[i + 2] == 0xBE || p[i + 2] == 0xBF)) {
            return false; // U+FFFE, U+FFFF
        }
    }
    return true;
}

} // namespace

XmlWriter::XmlWriter(const XmlOptions& options) : m_options(options), m_namespace(namespaceUri()) { }

XmlWriter::~XmlWriter() = default;

QString XmlWriter::namespaceUri()
{
    return QStringLiteral("urn:geoclimate:export:1");
}

void XmlWriter::begin(const QString& path, const ExportColumns& columns, const QString& sourceName)
{
    ExportText::checkColumns(columns);
    m_columns = columns;
    m_names.clear();
    for (const ExportColumn& column : columns) {
        if (!ExportText::isIdentifier(column.name))
            throw DomainError(DomainError::Kind::Invalid,
                QCoreApplication::translate("gc::XmlWriter", "“%1” cannot be an XML element name.").arg(column.name),
                QStringLiteral("columns"));
        m_names.append(column.name);
    }
    m_file.open(path);
    m_device = std::make_unique<ExportFileDevice>(m_file);
    m_xml.setDevice(m_device.get());
    m_xml.setAutoFormatting(m_options.pretty);
    m_xml.setAutoFormattingIndent(2);
    m_xml.writeStartDocument();
    m_xml.writeDefaultNamespace(m_namespace);
    m_xml.writeNamespace(xsiUri(), QStringLiteral("xsi"));
    m_xml.writeStartElement(m_namespace, QStringLiteral("export"));
    m_xml.writeAttribute(QStringLiteral("source"), sourceName);
    m_xml.writeStartElement(m_namespace, ExportText::isIdentifier(sourceName) ? sourceName : QStringLiteral("rows"));
    m_device->rethrowFailure();
}

void XmlWriter::writeText(const QString& name, std::string_view utf8, qsizetype column)
{
    bool hasCr = false;
    if (!ExportText::isValidUtf8(utf8))
        ExportText::throwCellError(m_rows, name, ExportText::invalidUtf8Reason());
    if (!xmlCharacters(utf8, &hasCr))
        ExportText::throwCellError(m_rows, m_columns.at(column).name,
            QCoreApplication::translate("gc::XmlWriter",
                "the text holds a control character that XML 1.0 cannot represent."));
    // Not QString::fromUtf8: it drops a leading U+FEFF, which is part of the value.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    const QString text = decoder.decode(QByteArrayView(utf8.data(), qsizetype(utf8.size())));
    if (!hasCr) {
        m_xml.writeTextElement(m_namespace, name, text);
        return;
    }
    // A raw CR would reach readers as LF (XML end-of-line handling).
    m_xml.writeStartElement(m_namespace, name);
    const QStringList pieces = text.split(QLatin1Char('\r'));
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        if (i > 0)
            m_xml.writeEntityReference(QStringLiteral("#xD"));
        if (!pieces.at(i).isEmpty())
            m_xml.writeCharacters(pieces.at(i));
    }
    m_xml.writeEndElement();
}

void XmlWriter::writeRow(std::span<const ExportCell> row)
{
    ++m_rows;
    ExportText::checkRow(m_columns, row, m_rows);
    m_xml.writeStartElement(m_namespace, QStringLiteral("row"));
    char buffer[ExportText::kNumberChars];
    const auto latin1 = [&](const char* end) { return QString::fromLatin1(buffer, end - buffer); };
    for (std::size_t i = 0; i < row.size(); ++i) {
        const QString& name = m_names.at(qsizetype(i));
        const ExportCell& cell = row[i];
        switch (cell.kind) {
        case ExportCell::Kind::Null:
            m_xml.writeEmptyElement(m_namespace, name);
            m_xml.writeAttribute(xsiUri(), QStringLiteral("nil"), QStringLiteral("true"));
            break;
        case ExportCell::Kind::Integer:
            m_xml.writeTextElement(m_namespace, name, latin1(ExportText::writeInteger(buffer, cell.integer)));
            break;
        case ExportCell::Kind::Double:
            if (cell.real != cell.real)
                m_xml.writeTextElement(m_namespace, name, QStringLiteral("NaN"));
            else if (cell.real == std::numeric_limits<double>::infinity())
                m_xml.writeTextElement(m_namespace, name, QStringLiteral("INF"));
            else if (cell.real == -std::numeric_limits<double>::infinity())
                m_xml.writeTextElement(m_namespace, name, QStringLiteral("-INF"));
            else
                m_xml.writeTextElement(m_namespace, name, latin1(ExportText::writeFiniteDouble(buffer, cell.real)));
            break;
        case ExportCell::Kind::Boolean:
            m_xml.writeTextElement(m_namespace, name, cell.boolean ? QStringLiteral("true") : QStringLiteral("false"));
            break;
        case ExportCell::Kind::Text:
            writeText(name, cell.text, qsizetype(i));
            break;
        case ExportCell::Kind::Timestamp:
            if (!ExportText::writeTimestamp(buffer, cell.integer))
                ExportText::throwCellError(m_rows, name, ExportText::timestampRangeReason());
            m_xml.writeTextElement(m_namespace, name, latin1(buffer + ExportText::kTimestampChars));
            break;
        }
    }
    m_xml.writeEndElement();
    m_device->rethrowFailure();
}

void XmlWriter::finish()
{
    m_xml.writeEndDocument(); // closes the wrapper and <export>
    m_device->rethrowFailure();
    m_file.write("\n");
    m_file.close();
}

} // namespace gc
