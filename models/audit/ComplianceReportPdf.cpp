#include "ComplianceReportPdf.h"

#include "core/DomainError.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace gc {

void ComplianceReportPdf::write(const QString& html, const QString& title, QIODevice& device)
{
    // QTextDocument needs the font database, which exists only under a
    // QGuiApplication; a plain QCoreApplication would abort inside Qt.
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        throw DomainError(DomainError::Kind::Invalid,
            QCoreApplication::translate("gc::ComplianceReportPdf",
                "PDF reports need the font system, which this process has not started."),
            QStringLiteral("format"));
    QPdfWriter writer(&device);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("GeoClimate Console"));
    writer.setResolution(300);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
        QMarginsF(14, 14, 14, 16), QPageLayout::Millimeter));

    QTextDocument doc;
    doc.setDocumentMargin(0);
    doc.setHtml(html);
    doc.setMetaInformation(QTextDocument::DocumentTitle, title);
    // print() lays the document out on the writer's page rectangle and adds page numbers.
    doc.print(&writer);
}

} // namespace gc
