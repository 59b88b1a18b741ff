#pragma once

#include "audit/AuditEvent.h"
#include "audit/AuditFilter.h"
#include "export/ExportSourceReader.h"

#include <QHash>
#include <QList>

#include <string>
#include <vector>

namespace gc {

class AuditReader;
class Database;

/// An ExportSourceReader over the audit trail, through AuditReader (which
/// checks the session and masks personal parts) in keyset pages. The hashed,
/// non-personal record gives every column but the personal ones: actor_name,
/// actor_email, source_address and personal_details (compact JSON), which the
/// plan admits only with clear personal data (and so ViewPersonalData). Each
/// is NULL when the event's personal part lacks it, has none, or was erased.
///
/// The plan's conditions become one AuditFilter: time (= < <= > >=),
/// tenant_id and tenant (= a value or null), actor, type, category, severity,
/// outcome, resource (=; a resource ending in "/" is a prefix), details (~:
/// full-text words, as AuditFilter::text) and seq (= < <= > >=, as page
/// bounds). Anything else (the personal columns included: ExportSourcePlan
/// refuses them first) throws DomainError(Invalid, field "where"). Sorts:
/// seq or time, either direction.
class ExportSourceAuditReader final : public ExportSourceReader
{
public:
    /// `slugs`: id → slug of the tenants (SqliteExportRepository::tenantSlugs).
    ExportSourceAuditReader(const Store& store, const Session& session, const ExportSourcePlan& plan,
        QHash<qint64, QString> slugs);
    ~ExportSourceAuditReader() override;
    Q_DISABLE_COPY_MOVE(ExportSourceAuditReader)

    [[nodiscard]] qint64 count() override;
    bool next() override;
    [[nodiscard]] std::span<const ExportCell> row() const override { return m_row; }
    void interrupt() override;

    /// The filter the plan's conditions became (for tests and messages).
    [[nodiscard]] const AuditFilter& filter() const { return m_filter; }

private:
    void fetchPage();

    Database* m_db = nullptr; ///< the reader's connection (it owns it), in a read transaction
    std::unique_ptr<AuditReader> m_reader;
    ExportColumns m_columns;
    QHash<qint64, QString> m_slugs;
    AuditFilter m_filter;
    bool m_newestFirst = false;
    qint64 m_afterSeq = 0; ///< rows have seq > this
    qint64 m_beforeSeq = 0; ///< rows have seq < this
    QList<AuditEvent> m_page;
    QHash<qint64, QByteArray> m_chainHashes;
    qsizetype m_at = 0;
    bool m_done = false;
    std::vector<ExportCell> m_row;
    std::vector<std::string> m_text; ///< per column: the current row's text
};

} // namespace gc
