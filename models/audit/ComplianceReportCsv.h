#pragma once

#include "ComplianceReport.h"

#include <QStringList>

#include <functional>

class QIODevice;

namespace gc {

class AuditReader;

/// The events of a report's period as CSV (RFC 4180: CRLF line ends, fields
/// with a comma, quote, CR or LF quoted, quotes doubled; UTF-8 without BOM).
/// Columns: seq, time_utc, tenant, actor, type, category, severity, outcome,
/// resource, details (compact JSON). Only the hashed, non-personal record is
/// written. A cell starting with = + - @ tab or CR gets a leading apostrophe
/// so spreadsheet programs show it as text instead of running it as a formula.
class ComplianceReportCsv final
{
public:
    /// progress(rows written, rows expected); return false to cancel (throws StoreError Interrupted).
    using Progress = std::function<bool(qint64, qint64)>;

    /// Streams the events with sequence numbers in the report's range
    /// (completeness.eventsBefore + 1 .. eventsThrough) in one range scan,
    /// holding at most about a megabyte of output. Returns the rows written.
    static qint64 write(
        const AuditReader& reader, const ComplianceReport& report, QIODevice& device, const Progress& progress = {});

    [[nodiscard]] static QStringList header();
    /// One cell: neutralized and quoted as needed.
    [[nodiscard]] static QString cell(const QString& value);
    /// One record's cells, in header() order, not yet escaped.
    [[nodiscard]] static QStringList fields(const AuditRecord& record);
};

} // namespace gc
