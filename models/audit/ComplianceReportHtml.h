#pragma once

#include "ComplianceReport.h"

#include <QString>

namespace gc {

/// Renders a ComplianceReport as one self-contained HTML document: inline
/// print-friendly CSS, no scripts, no external resources. It keeps to the HTML
/// subset QTextDocument understands (tables with attributes, simple CSS), so
/// the same text feeds ComplianceReportPdf. Every value from the log is
/// HTML-escaped; long hashes and proofs are broken into lines.
class ComplianceReportHtml final
{
public:
    [[nodiscard]] static QString render(const ComplianceReport& report);
    /// The document title: "SOC 2 compliance report, 2026-08-01 to 2026-11-01".
    [[nodiscard]] static QString title(const ComplianceReport& report);
};

} // namespace gc
