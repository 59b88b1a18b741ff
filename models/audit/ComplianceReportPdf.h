#pragma once

#include <QString>

class QIODevice;

namespace gc {

/// Writes a report's HTML (ComplianceReportHtml) as an A4 PDF with Qt's own
/// PDF writer: QTextDocument lays the HTML out in pages, numbered at the foot.
/// Needs a QGuiApplication (fonts); without one it throws DomainError
/// (Invalid) instead of aborting. Safe on a worker thread.
class ComplianceReportPdf final
{
public:
    /// Writes to `device` (open for writing).
    static void write(const QString& html, const QString& title, QIODevice& device);
};

} // namespace gc
