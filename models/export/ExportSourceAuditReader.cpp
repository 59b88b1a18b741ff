#include "export/ExportSourceAuditReader.h"

#include "audit/AuditReader.h"
#include "audit/AuditRepository.h"
#include "core/DomainError.h"
#include "store/Database.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <limits>

namespace gc {

namespace {

constexpr int kPageSize = 2000;

[[noreturn]] void cannot(const ExportTypedCondition& c)
{
    throw DomainError(DomainError::Kind::Invalid,
        QCoreApplication::translate("gc::ExportSourceAuditReader",
            "The filter “%1” cannot be applied to audit events. They can be filtered by time and seq "
            "(= < <= > >=), by tenant_id, tenant, actor, type, category, severity, outcome and resource (=), "
            "and by words in their details (details~words); never by their personal columns.")
            .arg(c.written),
        QStringLiteral("where"));
}

[[noreturn]] void unknownValue(const ExportTypedCondition& c, const QStringList& accepted)
{
    throw DomainError(DomainError::Kind::Invalid,
        QCoreApplication::translate(
            "gc::ExportSourceAuditReader", "The filter “%1” names an unknown %2; known: %3.")
            .arg(c.written, c.column, accepted.join(QStringLiteral(", "))),
        QStringLiteral("where"));
}

[[noreturn]] void twice(const ExportTypedCondition& c)
{
    throw DomainError(DomainError::Kind::Invalid,
        QCoreApplication::translate("gc::ExportSourceAuditReader",
            "The filter “%1” is the second condition on “%2”: audit events take one condition per column "
            "(time and seq excepted).")
            .arg(c.written, c.column),
        QStringLiteral("where"));
}

template <typename T, typename AllF, typename IdF>
void addId(const ExportTypedCondition& c, QList<T>& list, AllF all, IdF toId)
{
    if (c.op != ExportOperator::Equal || c.isNull)
        cannot(c);
    if (!list.isEmpty())
        twice(c);
    QStringList accepted;
    for (const T& v : all()) {
        accepted << toId(v);
        if (toId(v) == c.text) {
            list << v;
            return;
        }
    }
    unknownValue(c, accepted);
}

/// Narrows [from, to) by a condition on a value; false when the operator has no range.
bool narrow(const ExportTypedCondition& c, std::optional<qint64>& from, std::optional<qint64>& to)
{
    const qint64 v = c.integer;
    const auto raiseFrom = [&](qint64 f) { from = from ? std::max(*from, f) : f; };
    const auto lowerTo = [&](qint64 t) { to = to ? std::min(*to, t) : t; };
    switch (c.op) {
    case ExportOperator::Equal:
        raiseFrom(v);
        lowerTo(v + 1);
        return true;
    case ExportOperator::GreaterOrEqual:
        raiseFrom(v);
        return true;
    case ExportOperator::Greater:
        raiseFrom(v + 1);
        return true;
    case ExportOperator::Less:
        lowerTo(v);
        return true;
    case ExportOperator::LessOrEqual:
        lowerTo(v + 1);
        return true;
    case ExportOperator::NotEqual:
    case ExportOperator::Contains:
        return false;
    }
    return false;
}

QString hex(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

/// An AuditReader whose connection is inside one read transaction: the count
/// and every page come from one snapshot, and SQLite takes its locks once
/// instead of once per statement (which cost more than the reading did).
std::unique_ptr<AuditReader> openInSnapshot(const Store& store, const Session& session, Database*& db)
{
    std::unique_ptr<Database> connection = store.openReader();
    db = connection.get();
    db->exec("BEGIN");
    (void)db->scalarInt("SELECT count(*) FROM sqlite_schema"); // the snapshot starts at the first read
    return std::make_unique<AuditReader>(std::move(connection), session);
}

} // namespace

ExportSourceAuditReader::ExportSourceAuditReader(
    const Store& store, const Session& session, const ExportSourcePlan& plan, QHash<qint64, QString> slugs)
    : m_reader(openInSnapshot(store, session, m_db))
    , m_columns(plan.columns)
    , m_slugs(std::move(slugs))
    , m_row(std::size_t(plan.columns.size()))
    , m_text(std::size_t(plan.columns.size()))
{
    std::optional<qint64> seqFrom;
    std::optional<qint64> seqTo;
    bool tenantSet = false;
    for (const ExportTypedCondition& c : plan.conditions) {
        const QString& col = c.column;
        if (col == QLatin1String("time")) {
            if (c.isNull || !narrow(c, m_filter.fromMs, m_filter.toMs))
                cannot(c);
        } else if (col == QLatin1String("seq")) {
            if (c.isNull || !narrow(c, seqFrom, seqTo))
                cannot(c);
        } else if (col == QLatin1String("tenant_id") || col == QLatin1String("tenant")) {
            if (c.op != ExportOperator::Equal)
                cannot(c);
            if (tenantSet)
                twice(c);
            tenantSet = true;
            if (c.isNull) {
                m_filter.tenantScope = AuditFilter::TenantScope::Platform;
            } else if (col == QLatin1String("tenant_id")) {
                m_filter.tenantScope = AuditFilter::TenantScope::Tenant;
                m_filter.tenant = TenantId(c.integer);
            } else {
                const qint64 id = m_slugs.key(c.text, 0);
                if (id == 0)
                    throw DomainError(DomainError::Kind::Invalid,
                        QCoreApplication::translate("gc::ExportSourceAuditReader",
                            "The filter “%1” names no tenant of this store (a purged tenant's events are "
                            "found "
                            "by tenant_id).")
                            .arg(c.written),
                        QStringLiteral("where"));
                m_filter.tenantScope = AuditFilter::TenantScope::Tenant;
                m_filter.tenant = TenantId(id);
            }
        } else if (col == QLatin1String("actor")) {
            if (c.op != ExportOperator::Equal || c.isNull)
                cannot(c);
            if (!m_filter.actorId.isEmpty())
                twice(c);
            m_filter.actorId = c.text;
        } else if (col == QLatin1String("type")) {
            addId(c, m_filter.types, allAuditEventTypes, auditEventTypeId);
        } else if (col == QLatin1String("category")) {
            addId(c, m_filter.categories, allAuditCategories, auditCategoryId);
        } else if (col == QLatin1String("severity")) {
            static const QList<AuditSeverity> all { AuditSeverity::Info, AuditSeverity::Notice,
                AuditSeverity::Warning, AuditSeverity::Critical };
            addId(
                c, m_filter.severities, [] { return all; }, auditSeverityId);
        } else if (col == QLatin1String("outcome")) {
            static const QList<AuditOutcome> all { AuditOutcome::Success, AuditOutcome::Failure,
                AuditOutcome::Denied };
            addId(
                c, m_filter.outcomes, [] { return all; }, auditOutcomeId);
        } else if (col == QLatin1String("resource")) {
            if (c.op != ExportOperator::Equal || c.isNull)
                cannot(c);
            if (!m_filter.resource.isEmpty())
                twice(c);
            m_filter.resource = c.text;
        } else if (col == QLatin1String("details")) {
            if (c.op != ExportOperator::Contains)
                cannot(c);
            if (!m_filter.text.isEmpty())
                twice(c);
            m_filter.text = c.text;
        } else {
            cannot(c);
        }
    }
    if (plan.sort) {
        const QString& col = plan.sort->column;
        if (col != QLatin1String("seq") && col != QLatin1String("time"))
            throw DomainError(DomainError::Kind::Invalid,
                QCoreApplication::translate("gc::ExportSourceAuditReader",
                    "Audit events can be sorted by seq or time only, not by “%1”.")
                    .arg(col),
                QStringLiteral("sort"));
        m_newestFirst = plan.sort->descending;
    }
    // Stop at the last event of now: what is appended meanwhile (this export's
    // own event included) belongs to the next export.
    m_afterSeq = seqFrom ? std::max<qint64>(*seqFrom - 1, 0) : 0;
    m_beforeSeq = m_reader->lastSeq() + 1;
    if (seqTo)
        m_beforeSeq = std::min(m_beforeSeq, *seqTo);
    if (m_afterSeq + 1 >= m_beforeSeq)
        m_done = true;
}

ExportSourceAuditReader::~ExportSourceAuditReader()
{
    try {
        m_db->exec("COMMIT");
    } catch (const std::exception&) {
        // Ending a read transaction cannot lose anything; the connection closes next.
    }
}

qint64 ExportSourceAuditReader::count()
{
    if (m_done)
        return 0;
    // AuditFilter has no sequence bounds: the count may include events
    // outside them; no more rows than the bounds hold can come, though.
    return std::min(m_reader->count(m_filter), m_beforeSeq - m_afterSeq - 1);
}

void ExportSourceAuditReader::interrupt()
{
    m_reader->interrupt();
}

void ExportSourceAuditReader::fetchPage()
{
    m_page.clear();
    m_at = 0;
    if (m_done)
        return;
    AuditPageRequest request;
    request.filter = m_filter;
    request.order
        = m_newestFirst ? AuditPageRequest::Order::NewestFirst : AuditPageRequest::Order::OldestFirst;
    request.afterSeq = m_afterSeq;
    request.beforeSeq = m_beforeSeq;
    request.limit = kPageSize;
    m_page = m_reader->page(request);
    if (m_page.size() < kPageSize)
        m_done = true;
    if (m_page.isEmpty())
        return;
    const qint64 first = m_page.front().record.sequence;
    const qint64 last = m_page.back().record.sequence;
    if (m_newestFirst)
        m_beforeSeq = last;
    else
        m_afterSeq = last;
    // The chain hashes of the page: one range scan when the page is dense,
    // a lookup per event when a narrow filter spreads it over the log.
    m_chainHashes.clear();
    const qint64 lo = std::min(first, last);
    const qint64 hi = std::max(first, last);
    bool wanted = false;
    for (const ExportColumn& c : std::as_const(m_columns))
        wanted = wanted || c.name == QLatin1String("chain_hash");
    if (!wanted)
        return;
    if (hi - lo < 4 * qint64(m_page.size())) {
        m_reader->repository().forEachRow(lo, hi, [this](const StoredAuditRow& r) {
            m_chainHashes.insert(r.seq, r.chainHash);
            return true;
        });
    } else {
        for (const AuditEvent& e : std::as_const(m_page))
            m_chainHashes.insert(e.record.sequence, m_reader->chainHash(e.record.sequence));
    }
}

bool ExportSourceAuditReader::next()
{
    if (m_at >= m_page.size()) {
        fetchPage();
        if (m_page.isEmpty())
            return false;
    }
    const AuditEvent& event = m_page.at(m_at++);
    const AuditRecord& r = event.record;
    // AuditReader leaves `personal` out for a session without ViewPersonalData
    // and for an erased person; the plan admits these columns only with
    // clear personal data, which needs that right.
    const AuditPersonalData* personal = event.personal ? &event.personal->data : nullptr;
    for (std::size_t i = 0; i < m_row.size(); ++i) {
        const QString& name = m_columns.at(qsizetype(i)).name;
        ExportCell& cell = m_row[i];
        std::string& text = m_text[i];
        const auto setText = [&](const QString& s) {
            text = s.toStdString();
            cell = ExportCell::ofText(text);
        };
        // A piece of the personal part the event does not have is NULL, like an erased one.
        const auto setPersonal = [&](const QString* s) {
            if (s && !s->isEmpty())
                setText(*s);
            else
                cell = ExportCell::null();
        };
        if (name == QLatin1String("seq")) {
            cell = ExportCell::ofInteger(r.sequence);
        } else if (name == QLatin1String("time")) {
            cell = ExportCell::ofTimestamp(r.timeUtcMs);
        } else if (name == QLatin1String("tenant_id")) {
            cell = r.tenant ? ExportCell::ofInteger(r.tenant->value) : ExportCell::null();
        } else if (name == QLatin1String("tenant")) {
            const auto it = r.tenant ? m_slugs.constFind(r.tenant->value) : m_slugs.constEnd();
            if (it == m_slugs.constEnd())
                cell = ExportCell::null();
            else
                setText(it.value());
        } else if (name == QLatin1String("actor")) {
            setText(r.actorId);
        } else if (name == QLatin1String("type")) {
            setText(auditEventTypeId(r.type));
        } else if (name == QLatin1String("category")) {
            setText(auditCategoryId(r.category()));
        } else if (name == QLatin1String("severity")) {
            setText(auditSeverityId(r.severity));
        } else if (name == QLatin1String("outcome")) {
            setText(auditOutcomeId(r.outcome));
        } else if (name == QLatin1String("resource")) {
            setText(r.resource);
        } else if (name == QLatin1String("details")) {
            text = QJsonDocument(r.details).toJson(QJsonDocument::Compact).toStdString();
            cell = ExportCell::ofText(text);
        } else if (name == QLatin1String("actor_name")) {
            setPersonal(personal ? &personal->actorName : nullptr);
        } else if (name == QLatin1String("actor_email")) {
            setPersonal(personal ? &personal->actorEmail : nullptr);
        } else if (name == QLatin1String("source_address")) {
            setPersonal(personal ? &personal->sourceAddress : nullptr);
        } else if (name == QLatin1String("personal_details")) {
            if (personal && !personal->details.isEmpty()) {
                text = QJsonDocument(personal->details).toJson(QJsonDocument::Compact).toStdString();
                cell = ExportCell::ofText(text);
            } else {
                cell = ExportCell::null();
            }
        } else if (name == QLatin1String("chain_hash")) {
            setText(hex(m_chainHashes.value(r.sequence)));
        } else {
            cell = ExportCell::null();
        }
    }
    return true;
}

} // namespace gc
