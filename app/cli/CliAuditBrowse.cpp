// geoconsole audit query|tail|show|checkpoint|checkpoints|rotate-key|proof|consistency|public-key:
// reading the audit trail through AuditReader (session-checked) and the few
// writer actions (checkpoint, key rotation) through AuditLog.
#include "CliAudit.h"
#include "CliCommands.h"
#include "CliContext.h"
#include "CliErrors.h"
#include "CliOutput.h"
#include "CliTable.h"

#include "audit/AuditEventCodec.h"
#include "audit/AuditInclusionCheck.h"
#include "audit/AuditLog.h"
#include "audit/AuditReader.h"
#include "audit/PublicKeyRing.h"
#include "core/DomainError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QThread>

#include <atomic>
#include <csignal>

namespace gc::cli {

namespace {

const QString kFrom = QStringLiteral("from");
const QString kTo = QStringLiteral("to");
const QString kSince = QStringLiteral("since");
const QString kTenant = QStringLiteral("tenant");
const QString kActor = QStringLiteral("actor");
const QString kType = QStringLiteral("type");
const QString kCategory = QStringLiteral("category");
const QString kSeverity = QStringLiteral("severity");
const QString kOutcome = QStringLiteral("outcome");
const QString kResource = QStringLiteral("resource");
const QString kText = QStringLiteral("text");
const QString kLimit = QStringLiteral("limit");
const QString kBefore = QStringLiteral("before");
const QString kAfter = QStringLiteral("after");
const QString kOldestFirst = QStringLiteral("oldest-first");
const QString kFormat = QStringLiteral("format");
const QString kWithHashes = QStringLiteral("with-hashes");
const QString kWithProof = QStringLiteral("with-proof");
const QString kFollow = QStringLiteral("follow");
const QString kLines = QStringLiteral("lines");
const QString kOut = QStringLiteral("out");
const QString kSize = QStringLiteral("size");

/// Rows fetched per round trip; the reader accepts up to 10,000.
constexpr int kPageSize = 1000;
constexpr int kFollowPollMs = 500;
constexpr int kDetailsWidth = 60;

enum class Format
{
    Table,
    Json,
    Ndjson
};

// ------------------------------------------------------------------ access

/// The reader (and, for the actions that sign, the writer) of one command run.
class AuditAccess final
{
public:
    explicit AuditAccess(CliContext& context)
        : m_context(context)
    {
        const Session& session = context.signIn();
        m_reader = std::make_unique<AuditReader>(context.openStore(false), session);
    }

    [[nodiscard]] AuditReader& reader() { return *m_reader; }
    [[nodiscard]] const Session& session() { return m_context.session(); }

    /// The writer, after checking that the operator may manage the audit log
    /// (AuditLog itself takes no session).
    AuditLog& log()
    {
        session().require(Action::ManageAuditLog);
        return m_context.auditLog();
    }
    [[nodiscard]] QString actor() { return log().operatorActor(session().op()); }

    /// Slug of a tenant id, "#<id>" for one the operator cannot see or that was purged.
    QString tenantLabel(const std::optional<TenantId>& tenant)
    {
        if (!tenant)
            return QCoreApplication::translate("CliAudit", "platform");
        if (!m_slugsLoaded) {
            m_slugsLoaded = true;
            try {
                for (const TenantSummary& s : m_context.tenants().listTenants())
                    m_slugs.insert(s.tenant.id.value, s.tenant.slug);
            } catch (const DomainError&) {
                // A role that may read the audit log but not list tenants sees ids.
            }
        }
        return m_slugs.value(tenant->value, QStringLiteral("#") + QString::number(tenant->value));
    }
    [[nodiscard]] QJsonValue tenantSlug(const std::optional<TenantId>& tenant)
    {
        if (!tenant)
            return QJsonValue::Null;
        const QString label = tenantLabel(tenant);
        return label.startsWith(u'#') ? QJsonValue(QJsonValue::Null) : QJsonValue(label);
    }

private:
    CliContext& m_context;
    std::unique_ptr<AuditReader> m_reader;
    QHash<qint64, QString> m_slugs;
    bool m_slugsLoaded = false;
};

// ------------------------------------------------------------------ parsing

QString joined(const QStringList& ids)
{
    return ids.join(QStringLiteral(", "));
}

template <typename T, typename AllF, typename IdF, typename FromF>
QList<T> parseIds(const CliCommand& cmd, const QString& option, AllF all, IdF toId, FromF fromId)
{
    QList<T> out;
    for (const QString& value : cmd.values(option)) {
        for (const QString& part : value.split(u',', Qt::SkipEmptyParts)) {
            const auto parsed = fromId(part.trimmed());
            if (!parsed) {
                QStringList accepted;
                for (const T& v : all())
                    accepted << toId(v);
                throw UsageError(
                    QCoreApplication::translate("CliAudit", "--%1: '%2' is not known; accepted: %3")
                        .arg(option, part.trimmed(), joined(accepted)));
            }
            if (!out.contains(*parsed))
                out << *parsed;
        }
    }
    return out;
}

/// "90s", "15m", "24h", "7d", "2w" in milliseconds.
qint64 parseDuration(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,9})\\s*([smhdw])$"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch() || match.captured(1).toLongLong() == 0)
        throw UsageError(QCoreApplication::translate("CliAudit",
            "--since needs a positive duration with a unit s, m, h, d or w "
            "(e.g. 30m, 24h, 7d), not '%1'")
                             .arg(text));
    static const QHash<QString, qint64> unitMs { { QStringLiteral("s"), 1'000 },
        { QStringLiteral("m"), 60'000 }, { QStringLiteral("h"), 3'600'000 },
        { QStringLiteral("d"), 86'400'000 }, { QStringLiteral("w"), 7 * 86'400'000LL } };
    return match.captured(1).toLongLong() * unitMs.value(match.captured(2));
}

/// An option of the filter set: name, help and value name (QT_TRANSLATE_NOOP, translated when added).
struct OptionSpec
{
    const QString& name;
    const char* help;
    const char* value; ///< nullptr for a switch
};

void addFilterOptions(CliCommand& cmd)
{
    static const OptionSpec specs[] = {
        { kFrom,
            QT_TRANSLATE_NOOP(
                "CliAudit", "Events at or after this time (ISO 8601, UTC unless a zone is given)."),
            QT_TRANSLATE_NOOP("CliAudit", "TIME") },
        { kTo, QT_TRANSLATE_NOOP("CliAudit", "Events before this time (ISO 8601)."),
            QT_TRANSLATE_NOOP("CliAudit", "TIME") },
        { kSince,
            QT_TRANSLATE_NOOP(
                "CliAudit", "Events of the last DURATION: a number and s, m, h, d or w (24h, 7d)."),
            QT_TRANSLATE_NOOP("CliAudit", "DURATION") },
        { kTenant,
            QT_TRANSLATE_NOOP("CliAudit",
                "Only this tenant's events (slug, or #ID for a purged tenant); \"platform\" for events of no "
                "tenant."),
            QT_TRANSLATE_NOOP("CliAudit", "SLUG") },
        { kActor,
            QT_TRANSLATE_NOOP("CliAudit", "Only events of this pseudonymous actor id (e.g. op-3f9a02c1…)."),
            QT_TRANSLATE_NOOP("CliAudit", "ID") },
        { kType,
            QT_TRANSLATE_NOOP("CliAudit", "Event type (repeatable, or comma-separated), e.g. login_failed."),
            QT_TRANSLATE_NOOP("CliAudit", "ID") },
        { kCategory,
            QT_TRANSLATE_NOOP("CliAudit",
                "Category (repeatable): operator, data_access, api, tenant, security, gdpr, system."),
            QT_TRANSLATE_NOOP("CliAudit", "ID") },
        { kSeverity, QT_TRANSLATE_NOOP("CliAudit", "Severity (repeatable): info, notice, warning, critical."),
            QT_TRANSLATE_NOOP("CliAudit", "ID") },
        { kOutcome, QT_TRANSLATE_NOOP("CliAudit", "Outcome (repeatable): success, failure, denied."),
            QT_TRANSLATE_NOOP("CliAudit", "ID") },
        { kResource,
            QT_TRANSLATE_NOOP("CliAudit",
                "Exact resource (tenant/42), or every resource under a prefix ending in / (api_key/)."),
            QT_TRANSLATE_NOOP("CliAudit", "R") },
        { kText,
            QT_TRANSLATE_NOOP(
                "CliAudit", "Words the event's details or resource contain (\"phrases\" and prefix* work)."),
            QT_TRANSLATE_NOOP("CliAudit", "WORDS") },
        { kFormat,
            QT_TRANSLATE_NOOP(
                "CliAudit", "Output: table, json or ndjson (one JSON object per line; --json = json)."),
            QT_TRANSLATE_NOOP("CliAudit", "FORMAT") },
        { kWithHashes, QT_TRANSLATE_NOOP("CliAudit", "Add each event's leaf and chain hash to JSON output."),
            nullptr },
    };
    for (const OptionSpec& o : specs) {
        const QString help = QCoreApplication::translate("CliAudit", o.help);
        if (o.value)
            cmd.addOption({ o.name, help, QCoreApplication::translate("CliAudit", o.value) });
        else
            cmd.addOption({ o.name, help });
    }
}

AuditFilter readFilter(const CliContext& context, const CliCommand& cmd)
{
    AuditFilter f;
    if (cmd.isSet(kSince) && cmd.isSet(kFrom))
        throw UsageError(QCoreApplication::translate(
            "CliAudit", "--since and --from both set the start; give one of them"));
    if (cmd.isSet(kFrom))
        f.fromMs = cmd.instant(kFrom);
    if (cmd.isSet(kSince))
        f.fromMs = context.clock().nowUtc().toMSecsSinceEpoch() - parseDuration(cmd.value(kSince));
    if (cmd.isSet(kTo))
        f.toMs = cmd.instant(kTo);
    if (f.fromMs && f.toMs && *f.fromMs >= *f.toMs)
        throw UsageError(
            QCoreApplication::translate("CliAudit", "the time range is empty: the start is not before --to"));
    f.actorId = cmd.value(kActor).trimmed();
    f.types = parseIds<AuditEventType>(cmd, kType, allAuditEventTypes, auditEventTypeId,
        [](const QString& s) { return auditEventTypeFromId(s); });
    f.categories = parseIds<AuditCategory>(cmd, kCategory, allAuditCategories, auditCategoryId,
        [](const QString& s) { return auditCategoryFromId(s); });
    static const QList<AuditSeverity> severities { AuditSeverity::Info, AuditSeverity::Notice,
        AuditSeverity::Warning, AuditSeverity::Critical };
    f.severities = parseIds<AuditSeverity>(
        cmd, kSeverity, [] { return severities; }, auditSeverityId,
        [](const QString& s) { return auditSeverityFromId(s); });
    static const QList<AuditOutcome> outcomes { AuditOutcome::Success, AuditOutcome::Failure,
        AuditOutcome::Denied };
    f.outcomes = parseIds<AuditOutcome>(
        cmd, kOutcome, [] { return outcomes; }, auditOutcomeId,
        [](const QString& s) { return auditOutcomeFromId(s); });
    f.resource = cmd.value(kResource).trimmed();
    f.text = cmd.value(kText).trimmed();
    if (cmd.isSet(kTenant)) {
        const QString t = cmd.value(kTenant).trimmed();
        if (t.isEmpty())
            throw UsageError(
                QCoreApplication::translate("CliAudit", "--tenant needs a slug, #ID or \"platform\""));
        if (t == QLatin1String("platform")) {
            f.tenantScope = AuditFilter::TenantScope::Platform;
        } else if (t.startsWith(u'#')) {
            bool ok = false;
            const qint64 id = t.mid(1).toLongLong(&ok);
            if (!ok || id <= 0)
                throw UsageError(QCoreApplication::translate(
                    "CliAudit", "--tenant '%1' is not a tenant id (#ID, a positive whole number)")
                                     .arg(t));
            f.tenantScope = AuditFilter::TenantScope::Tenant;
            f.tenant = TenantId(id);
        } else {
            // A slug is resolved by resolveTenant() after the sign-in, so a
            // mistyped option never waits for a password.
            f.tenantScope = AuditFilter::TenantScope::Tenant;
        }
    }
    return f;
}

/// Fills in the tenant of a --tenant SLUG (NotFound for an unknown slug).
void resolveTenant(CliContext& context, const CliCommand& cmd, AuditFilter& filter)
{
    const QString t = cmd.value(kTenant).trimmed();
    if (cmd.isSet(kTenant) && t != QLatin1String("platform") && !t.startsWith(u'#'))
        filter.tenant = tenantFor(context, t).id;
}

Format readFormat(const CliContext& context, const CliCommand& cmd)
{
    if (!cmd.isSet(kFormat))
        return context.json() ? Format::Json : Format::Table;
    const QString f = cmd.value(kFormat).trimmed();
    if (f == QLatin1String("table"))
        return Format::Table;
    if (f == QLatin1String("json"))
        return Format::Json;
    if (f == QLatin1String("ndjson"))
        return Format::Ndjson;
    throw UsageError(
        QCoreApplication::translate("CliAudit", "--format: '%1' is not known; accepted: table, json, ndjson")
            .arg(f));
}

qint64 seqArgument(const CliCommand& cmd, int index)
{
    bool ok = false;
    const qint64 seq = cmd.positional(index).toLongLong(&ok);
    if (!ok || seq <= 0)
        throw UsageError(
            QCoreApplication::translate("CliAudit", "'%1' is not a sequence number (a positive whole number)")
                .arg(cmd.positional(index)));
    return seq;
}

// ------------------------------------------------------------------ output

QString hex(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

QString eventTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QString compactJson(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject personalJson(const AuditPersonalData& p)
{
    const auto orNull
        = [](const QString& s) { return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s); };
    return { { QStringLiteral("actorName"), orNull(p.actorName) },
        { QStringLiteral("actorEmail"), orNull(p.actorEmail) },
        { QStringLiteral("sourceAddress"), orNull(p.sourceAddress) },
        { QStringLiteral("details"), p.details } };
}

QJsonObject eventJson(AuditAccess& access, const AuditEvent& e, bool withHashes)
{
    const AuditRecord& r = e.record;
    QJsonObject o { { QStringLiteral("seq"), r.sequence }, { QStringLiteral("time"), eventTime(r.timeUtcMs) },
        { QStringLiteral("timeMs"), r.timeUtcMs },
        { QStringLiteral("tenantId"), r.tenant ? QJsonValue(r.tenant->value) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("tenant"), access.tenantSlug(r.tenant) },
        { QStringLiteral("actor"),
            r.actorId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(r.actorId) },
        { QStringLiteral("type"), auditEventTypeId(r.type) },
        { QStringLiteral("category"), auditCategoryId(r.category()) },
        { QStringLiteral("severity"), auditSeverityId(r.severity) },
        { QStringLiteral("outcome"), auditOutcomeId(r.outcome) }, { QStringLiteral("resource"), r.resource },
        { QStringLiteral("details"), r.details },
        { QStringLiteral("personalCommitment"), hex(r.personalCommitment) },
        { QStringLiteral("personal"),
            e.personal ? QJsonValue(personalJson(e.personal->data)) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("personalShown"), access.session().can(Action::ViewPersonalData) } };
    if (withHashes) {
        o[QStringLiteral("leafHash")] = hex(AuditEventCodec::leafHash(AuditEventCodec::encode(r)));
        o[QStringLiteral("chainHash")] = hex(access.reader().chainHash(r.sequence));
    }
    return o;
}

QStringList tableHeaders()
{
    return { QCoreApplication::translate("CliAudit", "SEQ"),
        QCoreApplication::translate("CliAudit", "TIME (UTC)"),
        QCoreApplication::translate("CliAudit", "TENANT"), QCoreApplication::translate("CliAudit", "ACTOR"),
        QCoreApplication::translate("CliAudit", "TYPE"), QCoreApplication::translate("CliAudit", "SEVERITY"),
        QCoreApplication::translate("CliAudit", "OUTCOME"),
        QCoreApplication::translate("CliAudit", "RESOURCE"),
        QCoreApplication::translate("CliAudit", "DETAILS") };
}

QStringList tableRow(AuditAccess& access, const AuditRecord& r)
{
    QString details = r.details.isEmpty() ? QString() : compactJson(r.details);
    if (details.size() > kDetailsWidth)
        details = details.left(kDetailsWidth - 1) + QStringLiteral("…");
    return { QString::number(r.sequence),
        QDateTime::fromMSecsSinceEpoch(r.timeUtcMs, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
        access.tenantLabel(r.tenant),
        r.actorId.isEmpty() ? QCoreApplication::translate("CliAudit", "system") : r.actorId,
        auditEventTypeId(r.type), auditSeverityId(r.severity), auditOutcomeId(r.outcome), r.resource,
        details };
}

/// Prints events as they arrive: NDJSON and JSON stream (flat memory), the
/// table is aligned over everything printed and so is collected first; for
/// the follow mode it prints rows at fixed widths as they come.
class EventPrinter final
{
public:
    EventPrinter(AuditAccess& access, Format format, bool withHashes, bool streamingTable = false)
        : m_access(access)
        , m_format(format)
        , m_withHashes(withHashes)
        , m_streamingTable(streamingTable)
        , m_table(tableHeaders())
    {
        m_table.alignRight(0);
    }

    void add(const AuditEvent& e)
    {
        switch (m_format) {
        case Format::Ndjson:
            out() << compactJson(eventJson(m_access, e, m_withHashes)) << '\n';
            break;
        case Format::Json:
            out() << (m_count == 0 ? "[\n" : ",\n")
                  << QString::fromUtf8(
                         QJsonDocument(eventJson(m_access, e, m_withHashes)).toJson(QJsonDocument::Indented))
                         .trimmed();
            break;
        case Format::Table:
            if (m_streamingTable)
                printFixed(tableRow(m_access, e.record));
            else
                m_table.addRow(tableRow(m_access, e.record));
            break;
        }
        ++m_count;
    }
    void flush() { out().flush(); }
    /// Ends the output; `emptyText` is what an empty table says.
    void finish(const QString& emptyText)
    {
        if (m_format == Format::Json)
            out() << (m_count == 0 ? "[]\n" : "\n]\n");
        else if (m_format == Format::Table && !m_streamingTable)
            m_table.print(emptyText);
        out().flush();
    }
    [[nodiscard]] qint64 count() const { return m_count; }

private:
    void printFixed(const QStringList& cells)
    {
        static const int widths[] = { 8, 19, 18, 20, 22, 8, 7, 20 };
        if (!m_headerPrinted) {
            m_headerPrinted = true;
            printFixed(tableHeaders());
        }
        QString line;
        for (int c = 0; c < cells.size(); ++c) {
            const bool last = c == cells.size() - 1;
            line += last ? cells.at(c) : padded(cells.at(c), widths[c], c == 0) + QStringLiteral("  ");
        }
        out() << line << '\n';
    }

    AuditAccess& m_access;
    Format m_format;
    bool m_withHashes;
    bool m_streamingTable;
    bool m_headerPrinted = false;
    CliTable m_table;
    qint64 m_count = 0;
};

// ------------------------------------------------------------------ query

int query(CliContext& context, CliCommand& cmd, const QStringList& args)
{
    addFilterOptions(cmd);
    cmd.addOption({ kLimit,
        QCoreApplication::translate(
            "CliAudit", "At most N events (default 50; 0 = all, paged through by key)."),
        QCoreApplication::translate("CliAudit", "N") });
    cmd.addOption({ kBefore,
        QCoreApplication::translate("CliAudit",
            "Only events with a sequence number below SEQ (the next page of a "
            "newest-first listing)."),
        QCoreApplication::translate("CliAudit", "SEQ") });
    cmd.addOption(
        { kAfter, QCoreApplication::translate("CliAudit", "Only events with a sequence number above SEQ."),
            QCoreApplication::translate("CliAudit", "SEQ") });
    cmd.addOption({ kOldestFirst,
        QCoreApplication::translate("CliAudit", "List the oldest events first (default: newest first).") });
    cmd.setEpilog(QCoreApplication::translate("CliAudit",
        "Examples:\n"
        "  geoconsole audit query --since 24h --type login_failed\n"
        "  geoconsole audit query --tenant lisbon-utilities --category data_access --limit 20\n"
        "  geoconsole audit query --limit 50 --before 120345         (the next older page)\n"
        "  geoconsole audit query --limit 0 --format ndjson > audit.ndjson\n"
        "Event types: %1")
                      .arg(joined([] {
                          QStringList ids;
                          for (const AuditEventType t : allAuditEventTypes())
                              ids << auditEventTypeId(t);
                          return ids;
                      }())));
    if (!cmd.parse(args))
        return ExitOk;
    const Format format = readFormat(context, cmd);
    const qint64 limit = cmd.integer(kLimit, 0, std::numeric_limits<qint64>::max()).value_or(50);
    const auto before = cmd.integer(kBefore, 1, std::numeric_limits<qint64>::max());
    const auto after = cmd.integer(kAfter, 0, std::numeric_limits<qint64>::max());
    const bool oldestFirst = cmd.isSet(kOldestFirst);
    AuditFilter filter = readFilter(context, cmd);
    AuditAccess access(context);
    resolveTenant(context, cmd, filter);

    AuditPageRequest request;
    request.filter = filter;
    request.order = oldestFirst ? AuditPageRequest::Order::OldestFirst : AuditPageRequest::Order::NewestFirst;
    request.beforeSeq = before;
    request.afterSeq = after;

    EventPrinter printer(access, format, cmd.isSet(kWithHashes));
    qint64 remaining = limit == 0 ? std::numeric_limits<qint64>::max() : limit;
    bool more = false;
    qint64 lastSeq = 0;
    while (remaining > 0) {
        // One row beyond the limit tells whether another page exists.
        request.limit = int(std::min<qint64>(kPageSize, remaining + 1));
        const QList<AuditEvent> page = access.reader().page(request);
        const qsizetype take = std::min<qint64>(page.size(), remaining);
        for (qsizetype i = 0; i < take; ++i) {
            printer.add(page.at(i));
            lastSeq = page.at(i).record.sequence;
        }
        if (format != Format::Table)
            printer.flush();
        remaining -= take;
        if (page.size() < request.limit) {
            break;
        }
        if (remaining == 0) {
            more = true;
            break;
        }
        if (oldestFirst)
            request.afterSeq = lastSeq;
        else
            request.beforeSeq = lastSeq;
    }
    printer.finish(QCoreApplication::translate("CliAudit", "No audit events match."));
    if (more && format == Format::Table) {
        err() << (oldestFirst ? QCoreApplication::translate(
                      "CliAudit", "More events follow: add --after %1 for the next page.")
                                    .arg(lastSeq)
                              : QCoreApplication::translate(
                                  "CliAudit", "More events follow: add --before %1 for the next page.")
                                    .arg(lastSeq))
              << '\n';
        err().flush();
    }
    return ExitOk;
}

// ------------------------------------------------------------------ tail

std::atomic<bool> g_stopFollowing { false };

extern "C" void onStopFollowing(int)
{
    g_stopFollowing.store(true);
}

/// While it lives, SIGINT and SIGTERM end `tail --follow` between two polls
/// instead of killing the process in the middle of a line.
class StopSignals final
{
public:
    StopSignals()
    {
        g_stopFollowing.store(false);
        struct sigaction action
        {
        };
        action.sa_handler = onStopFollowing;
        sigemptyset(&action.sa_mask);
        sigaction(SIGINT, &action, &m_previousInt);
        sigaction(SIGTERM, &action, &m_previousTerm);
    }
    ~StopSignals()
    {
        sigaction(SIGINT, &m_previousInt, nullptr);
        sigaction(SIGTERM, &m_previousTerm, nullptr);
    }
    Q_DISABLE_COPY_MOVE(StopSignals)
    [[nodiscard]] static bool stopped() { return g_stopFollowing.load(); }

private:
    struct sigaction m_previousInt
    {
    };
    struct sigaction m_previousTerm
    {
    };
};

int tail(CliContext& context, CliCommand& cmd, const QStringList& args)
{
    addFilterOptions(cmd);
    cmd.addOption({ { QStringLiteral("n"), kLines },
        QCoreApplication::translate("CliAudit", "Show the last N matching events (default 10)."),
        QCoreApplication::translate("CliAudit", "N") });
    cmd.addOption({ { QStringLiteral("f"), kFollow },
        QCoreApplication::translate("CliAudit",
            "Keep running and print new events as they are logged (checked every %1 ms) until Ctrl+C or "
            "SIGTERM, which end it with exit code 0. JSON output is then one object per line.")
            .arg(kFollowPollMs) });
    if (!cmd.parse(args))
        return ExitOk;
    Format format = readFormat(context, cmd);
    const bool follow = cmd.isSet(kFollow);
    if (follow && format == Format::Json)
        format = Format::Ndjson; // an array that never ends is not JSON
    const qint64 lines = cmd.integer(kLines, 0, 10'000).value_or(10);
    AuditFilter filter = readFilter(context, cmd);
    AuditAccess access(context);
    resolveTenant(context, cmd, filter);
    const StopSignals stopSignals;

    AuditPageRequest request;
    request.filter = filter;
    // Everything up to here is "the past": new events are those above it.
    qint64 watermark = access.reader().lastSeq();
    QList<AuditEvent> last;
    if (lines > 0) {
        request.order = AuditPageRequest::Order::NewestFirst;
        request.beforeSeq = watermark + 1;
        request.limit = int(lines);
        last = access.reader().page(request);
    }
    EventPrinter printer(access, format, cmd.isSet(kWithHashes), follow);
    for (auto it = last.crbegin(); it != last.crend(); ++it)
        printer.add(*it);
    if (!follow) {
        printer.finish(QCoreApplication::translate("CliAudit", "No audit events match."));
        return ExitOk;
    }
    printer.flush();
    request.order = AuditPageRequest::Order::OldestFirst;
    request.limit = kPageSize;
    while (!StopSignals::stopped()) {
        const qint64 newest = access.reader().lastSeq();
        bool full = false;
        if (newest > watermark) {
            request.afterSeq = watermark;
            request.beforeSeq = newest + 1;
            const QList<AuditEvent> page = access.reader().page(request);
            for (const AuditEvent& e : page)
                printer.add(e);
            printer.flush();
            full = page.size() == request.limit;
            watermark = full ? page.constLast().record.sequence : newest;
        }
        if (full)
            continue;
        for (int waited = 0; waited < kFollowPollMs && !StopSignals::stopped(); waited += 50)
            QThread::msleep(50);
    }
    printer.flush();
    return ExitOk;
}

// ------------------------------------------------------------------ show

PublicKeyRing storeKeys(const AuditReader& reader)
{
    PublicKeyRing ring;
    for (const PublicKey& k : reader.publicKeys())
        ring.add(k);
    return ring;
}

QJsonObject inclusionJson(const AuditInclusionResult& r)
{
    static const QHash<AuditInclusionResult::Verdict, QString> ids {
        { AuditInclusionResult::Verdict::Verified, QStringLiteral("verified") },
        { AuditInclusionResult::Verdict::NotCovered, QStringLiteral("not_covered") },
        { AuditInclusionResult::Verdict::BadCheckpoint, QStringLiteral("bad_checkpoint") },
        { AuditInclusionResult::Verdict::BadProof, QStringLiteral("bad_proof") },
        { AuditInclusionResult::Verdict::Missing, QStringLiteral("missing") }
    };
    QJsonObject o { { QStringLiteral("verdict"), ids.value(r.verdict) },
        { QStringLiteral("verified"), r.verified() }, { QStringLiteral("leafHash"), hex(r.leafHash) },
        { QStringLiteral("storedLeafHash"), hex(r.storedLeafHash) }, { QStringLiteral("message"), r.message },
        { QStringLiteral("checkpointSize"), QJsonValue(QJsonValue::Null) } };
    if (r.checkpoint) {
        o[QStringLiteral("checkpointSize")] = r.checkpoint->treeSize;
        o[QStringLiteral("rootHash")] = hex(r.checkpoint->rootHash);
        o[QStringLiteral("keyId")] = r.checkpoint->keyId;
    }
    if (!r.proof.hashes.isEmpty() || r.verdict == AuditInclusionResult::Verdict::Verified) {
        o[QStringLiteral("proof")] = QString::fromLatin1(r.proof.toBase64());
        QJsonArray hashes;
        for (const QByteArray& h : r.proof.hashes)
            hashes.append(hex(h));
        o[QStringLiteral("hashes")] = hashes;
    }
    return o;
}

/// Exit code of a proof check: tampering found is a refusal (1).
int inclusionExit(const AuditInclusionResult& r)
{
    return r.verdict == AuditInclusionResult::Verdict::BadCheckpoint
            || r.verdict == AuditInclusionResult::Verdict::BadProof
        ? ExitRefused
        : ExitOk;
}

int show(CliContext& context, CliCommand& cmd, const QStringList& args)
{
    cmd.addPositional(
        QStringLiteral("SEQ"), QCoreApplication::translate("CliAudit", "The event's sequence number."));
    cmd.addOption({ kWithProof,
        QCoreApplication::translate("CliAudit", "Also print the inclusion proof (base64) and its hashes.") });
    if (!cmd.parse(args))
        return ExitOk;
    const qint64 seq = seqArgument(cmd, 0);
    AuditAccess access(context);
    const auto event = access.reader().event(seq);
    if (!event)
        throw DomainError(DomainError::Kind::NotFound,
            QCoreApplication::translate("CliAudit", "there is no audit event %1 (the log has %2)")
                .arg(seq)
                .arg(access.reader().lastSeq()));
    const AuditRecord& r = event->record;
    const AuditInclusionResult inclusion = AuditInclusionCheck::run(access.reader(), seq);
    const bool mayViewPersonal = access.session().can(Action::ViewPersonalData);
    if (context.json()) {
        QJsonObject o = eventJson(access, *event, true);
        o[QStringLiteral("inclusion")] = inclusionJson(inclusion);
        printJson(o);
        return inclusionExit(inclusion);
    }
    const bool hasCommitment = r.personalCommitment != QByteArray(AuditEventCodec::kCommitmentSize, '\0');
    QList<QPair<QString, QString>> fields { { QCoreApplication::translate("CliAudit", "Sequence"),
                                                QString::number(r.sequence) },
        { QCoreApplication::translate("CliAudit", "Time"), eventTime(r.timeUtcMs) },
        { QCoreApplication::translate("CliAudit", "Tenant"), access.tenantLabel(r.tenant) },
        { QCoreApplication::translate("CliAudit", "Actor"),
            r.actorId.isEmpty() ? QCoreApplication::translate("CliAudit", "system") : r.actorId },
        { QCoreApplication::translate("CliAudit", "Type"),
            QStringLiteral("%1 (%2)").arg(auditEventTypeId(r.type), auditEventTypeDisplayName(r.type)) },
        { QCoreApplication::translate("CliAudit", "Category"), auditCategoryId(r.category()) },
        { QCoreApplication::translate("CliAudit", "Severity"), auditSeverityId(r.severity) },
        { QCoreApplication::translate("CliAudit", "Outcome"), auditOutcomeId(r.outcome) },
        { QCoreApplication::translate("CliAudit", "Resource"), r.resource },
        { QCoreApplication::translate("CliAudit", "Details"),
            r.details.isEmpty() ? QStringLiteral("–") : compactJson(r.details) } };
    if (event->personal) {
        const AuditPersonalData& p = event->personal->data;
        const auto orDash = [](const QString& s) { return s.isEmpty() ? QStringLiteral("–") : s; };
        fields << QPair { QCoreApplication::translate("CliAudit", "Actor name"), orDash(p.actorName) }
               << QPair { QCoreApplication::translate("CliAudit", "Actor e-mail"), orDash(p.actorEmail) }
               << QPair { QCoreApplication::translate("CliAudit", "Source address"), orDash(p.sourceAddress) }
               << QPair { QCoreApplication::translate("CliAudit", "Personal details"),
                      p.details.isEmpty() ? QStringLiteral("–") : compactJson(p.details) };
    } else {
        fields << QPair { QCoreApplication::translate("CliAudit", "Personal data"),
            !hasCommitment ? QCoreApplication::translate("CliAudit", "none")
                : mayViewPersonal
                ? QCoreApplication::translate("CliAudit", "erased")
                : QCoreApplication::translate("CliAudit", "hidden (your role may not see personal data)") };
    }
    fields << QPair { QCoreApplication::translate("CliAudit", "Personal commitment"),
        hex(r.personalCommitment) }
           << QPair { QCoreApplication::translate("CliAudit", "Leaf hash"), hex(inclusion.leafHash) }
           << QPair { QCoreApplication::translate("CliAudit", "Chain hash"),
                  hex(access.reader().chainHash(seq)) }
           << QPair { QCoreApplication::translate("CliAudit", "Inclusion"),
                  AuditInclusionCheck::verdictText(inclusion.verdict) + QStringLiteral(": ")
                      + inclusion.message };
    if (cmd.isSet(kWithProof) && inclusion.checkpoint && !inclusion.proof.hashes.isEmpty()) {
        fields << QPair { QCoreApplication::translate("CliAudit", "Root hash"),
            hex(inclusion.checkpoint->rootHash) }
               << QPair { QCoreApplication::translate("CliAudit", "Proof"),
                      QString::fromLatin1(inclusion.proof.toBase64()) };
        for (qsizetype i = 0; i < inclusion.proof.hashes.size(); ++i)
            fields << QPair { QCoreApplication::translate("CliAudit", "Proof hash %1").arg(i + 1),
                hex(inclusion.proof.hashes.at(i)) };
    }
    printFields(fields);
    return inclusionExit(inclusion);
}

// ------------------------------------------------------------------ checkpoints

QJsonObject checkpointJson(const Checkpoint& c, const PublicKeyRing& ring)
{
    return { { QStringLiteral("treeSize"), c.treeSize }, { QStringLiteral("rootHash"), hex(c.rootHash) },
        { QStringLiteral("time"), isoUtc(c.time()) }, { QStringLiteral("unixTime"), c.unixTime },
        { QStringLiteral("keyId"), c.keyId },
        { QStringLiteral("signature"), QString::fromLatin1(c.signature.toBase64()) },
        { QStringLiteral("valid"), ring.verify(c) == CheckpointFailure::None },
        { QStringLiteral("text"), QString::fromLatin1(c.toText()) } };
}

void writeFileOrThrow(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        throw DomainError(DomainError::Kind::Invalid,
            QCoreApplication::translate("CliAudit", "cannot write %1: %2").arg(path, file.errorString()),
            kOut);
}

void printCheckpoint(CliContext& context, AuditAccess& access, const Checkpoint& c, const QString& outPath,
    const QString& summary)
{
    if (!outPath.isEmpty())
        writeFileOrThrow(outPath, c.toText());
    if (context.json()) {
        printJson(checkpointJson(c, storeKeys(access.reader())));
        return;
    }
    out() << QString::fromLatin1(c.toText());
    out().flush();
    err() << summary << '\n';
    if (!outPath.isEmpty())
        err() << QCoreApplication::translate("CliAudit",
            "Saved to %1; keep it to check later that the log was not rewritten "
            "('geoconsole audit verify --checkpoint %1').")
                     .arg(outPath)
              << '\n';
    err().flush();
}

int checkpoint(CliContext& context, CliCommand& cmd, const QStringList& args)
{
    cmd.addOption({ kOut, QCoreApplication::translate("CliAudit", "Also save the checkpoint text to FILE."),
        QCoreApplication::translate("CliAudit", "FILE") });
    cmd.setEpilog(QCoreApplication::translate("CliAudit",
        "Signs a checkpoint over the whole log now (if events followed the last one) and "
        "prints its text:\n"
        "  geoconsole-audit-checkpoint v1\n  <size>\n  <root hash, base64>\n  <unix time>\n"
        "  <key id>\n\n  sig <Ed25519 signature, base64>"));
    if (!cmd.parse(args))
        return ExitOk;
    const QString outPath = cmd.value(kOut);
    if (cmd.isSet(kOut) && outPath.trimmed().isEmpty())
        throw UsageError(QCoreApplication::translate("CliAudit", "--out needs a file name"));
    AuditAccess access(context);
    const Checkpoint c = access.log().checkpoint(access.actor());
    printCheckpoint(context, access, c, outPath,
        QCoreApplication::translate("CliAudit", "Checkpoint over %1 events signed with key %2.")
            .arg(c.treeSize)
            .arg(c.keyId));
    return ExitOk;
}

int checkpoints(CliContext& context, CliCommand& cmd, const QStringList& args)
{
    if (!cmd.parse(args))
        return ExitOk;
    AuditAccess access(context);
    const QList<Checkpoint> list = access.reader().checkpoints();
    const PublicKeyRing ring = storeKeys(access.reader());
    if (context.json()) {
        printJson(jsonArray(list, [&](const Checkpoint& c) { return checkpointJson(c, ring); }));
        return ExitOk;
    }
    CliTable table({ QCoreApplication::translate("CliAudit", "EVENTS"),
        QCoreApplication::translate("CliAudit", "SIGNED (UTC)"),
        QCoreApplication::translate("CliAudit", "KEY ID"),
        QCoreApplication::translate("CliAudit", "ROOT HASH"),
        QCoreApplication::translate("CliAudit", "SIGNATURE") });
    table.alignRight(0);
    for (const Checkpoint& c : list) {
        const CheckpointFailure f = ring.verify(c);
        table.addRow({ QString::number(c.treeSize), humanTime(c.time()), c.keyId, hex(c.rootHash),
            f == CheckpointFailure::None ? QCoreApplication::translate("CliAudit", "valid")
                                         : Checkpoint::message(f) });
    }
    table.print(QCoreApplication::translate("CliAudit", "No checkpoints have been signed yet."));
    return ExitOk;
}

int rotateKey(CliContext& context, CliCommand& cmd, const QStringList& args)
{
    cmd.setEpilog(QCoreApplication::translate("CliAudit",
        "Makes a new signing key, keeps the old public key (old checkpoints keep verifying) "
        "and the old key file as <key file>.<old key id>.retired, and signs a checkpoint "
        "with the new key. Hand the new public key ('audit public-key') to your auditors."));
    if (!cmd.parse(args))
        return ExitOk;
    AuditAccess access(context);
    const Checkpoint c = access.log().rotateKey(access.actor());
    printCheckpoint(context, access, c, QString(),
        QCoreApplication::translate(
            "CliAudit", "Signing key rotated; the new key %1 signed a checkpoint over %2 events.")
            .arg(c.keyId)
            .arg(c.treeSize));
    return ExitOk;
}

int publicKey(CliContext& context, CliCommand& cmd, const QStringList& args)
{
    cmd.setEpilog(QCoreApplication::translate("CliAudit",
        "Prints every public key the log has signed with (PEM, current and retired), to hand "
        "to an auditor, e.g.  geoconsole audit public-key > audit-keys.pem"));
    if (!cmd.parse(args))
        return ExitOk;
    AuditAccess access(context);
    const PublicKeyRing ring = storeKeys(access.reader());
    if (ring.size() == 0)
        throw DomainError(DomainError::Kind::NotFound,
            QCoreApplication::translate("CliAudit",
                "the log has no signing key yet: sign a checkpoint first ('geoconsole audit checkpoint')"));
    if (context.json()) {
        printJson(jsonArray(ring.keys(), [](const PublicKey& k) {
            return QJsonObject { { QStringLiteral("keyId"), k.keyId() },
                { QStringLiteral("pem"), QString::fromLatin1(k.toPem()) } };
        }));
        return ExitOk;
    }
    out() << QString::fromLatin1(ring.toPem());
    out().flush();
    return ExitOk;
}

// ------------------------------------------------------------------ proofs

/// `fields` followed by the proof (base64, then each hash) and whether it verified.
QList<QPair<QString, QString>> withProof(QList<QPair<QString, QString>> fields, const MerkleProof& p, bool ok)
{
    fields << QPair { QCoreApplication::translate("CliAudit", "Proof"), QString::fromLatin1(p.toBase64()) };
    for (qsizetype i = 0; i < p.hashes.size(); ++i)
        fields << QPair { QCoreApplication::translate("CliAudit", "Hash %1").arg(i + 1), hex(p.hashes.at(i)) };
    fields << QPair { QCoreApplication::translate("CliAudit", "Verified"),
        ok ? QCoreApplication::translate("CliAudit", "yes") : QCoreApplication::translate("CliAudit", "NO") };
    return fields;
}

/// `object` with the proof's base64, its hashes in hex and whether it verified.
QJsonObject withProof(QJsonObject object, const MerkleProof& p, bool ok)
{
    QJsonArray hashes;
    for (const QByteArray& h : p.hashes)
        hashes.append(hex(h));
    object.insert(QStringLiteral("proof"), QString::fromLatin1(p.toBase64()));
    object.insert(QStringLiteral("hashes"), hashes);
    object.insert(QStringLiteral("verified"), ok);
    return object;
}

int proof(CliContext& context, CliCommand& cmd, const QStringList& args)
{
    cmd.addPositional(
        QStringLiteral("SEQ"), QCoreApplication::translate("CliAudit", "The event's sequence number."));
    cmd.addOption({ kSize,
        QCoreApplication::translate("CliAudit",
            "Tree size to prove against (default: the latest checkpoint's, or the whole log "
            "if that does not contain the event)."),
        QCoreApplication::translate("CliAudit", "N") });
    if (!cmd.parse(args))
        return ExitOk;
    const qint64 seq = seqArgument(cmd, 0);
    const auto size = cmd.integer(kSize, 1, std::numeric_limits<qint64>::max());
    AuditAccess access(context);
    AuditReader& reader = access.reader();
    const qint64 logSize = reader.lastSeq();
    qint64 treeSize = logSize;
    if (size) {
        treeSize = *size;
    } else if (const auto latest = reader.latestCheckpoint(); latest && latest->treeSize >= seq) {
        treeSize = latest->treeSize;
    }
    if (treeSize > logSize)
        throw DomainError(DomainError::Kind::Invalid,
            QCoreApplication::translate("CliAudit", "--size %1 is larger than the log (%2 events)")
                .arg(treeSize)
                .arg(logSize),
            kSize);
    if (seq > treeSize)
        throw DomainError(DomainError::Kind::Invalid,
            QCoreApplication::translate("CliAudit", "event %1 is not in a tree of %2 events")
                .arg(seq)
                .arg(treeSize),
            kSize);
    const auto event = reader.event(seq);
    if (!event)
        throw DomainError(DomainError::Kind::NotFound,
            QCoreApplication::translate("CliAudit", "there is no audit event %1").arg(seq));
    const QByteArray leaf = AuditEventCodec::leafHash(AuditEventCodec::encode(event->record));
    const QByteArray root = reader.rootHash(treeSize);
    const MerkleProof p = reader.inclusionProof(seq, treeSize);
    const bool ok = p.verify(leaf, {}, root) == ProofFailure::None;
    if (context.json()) {
        printJson(withProof(QJsonObject { { QStringLiteral("seq"), seq }, { QStringLiteral("leafIndex"), seq - 1 },
                                { QStringLiteral("treeSize"), treeSize }, { QStringLiteral("leafHash"), hex(leaf) },
                                { QStringLiteral("rootHash"), hex(root) } },
            p, ok));
    } else {
        QList<QPair<QString, QString>> fields { { QCoreApplication::translate("CliAudit", "Sequence"),
                                                    QString::number(seq) },
            { QCoreApplication::translate("CliAudit", "Leaf index"), QString::number(seq - 1) },
            { QCoreApplication::translate("CliAudit", "Tree size"), QString::number(treeSize) },
            { QCoreApplication::translate("CliAudit", "Leaf hash"), hex(leaf) },
            { QCoreApplication::translate("CliAudit", "Root hash"), hex(root) },
        };
        printFields(withProof(fields, p, ok));
    }
    return ok ? ExitOk : ExitRefused;
}

int consistency(CliContext& context, CliCommand& cmd, const QStringList& args)
{
    cmd.addPositional(QStringLiteral("A"),
        QCoreApplication::translate("CliAudit", "The smaller tree size (e.g. an older checkpoint's)."));
    cmd.addPositional(QStringLiteral("B"), QCoreApplication::translate("CliAudit", "The larger tree size."));
    if (!cmd.parse(args))
        return ExitOk;
    const qint64 a = seqArgument(cmd, 0);
    const qint64 b = seqArgument(cmd, 1);
    if (a > b)
        throw UsageError(
            QCoreApplication::translate("CliAudit", "A (%1) must not be larger than B (%2)").arg(a).arg(b));
    AuditAccess access(context);
    AuditReader& reader = access.reader();
    const qint64 logSize = reader.lastSeq();
    if (b > logSize)
        throw DomainError(DomainError::Kind::Invalid,
            QCoreApplication::translate("CliAudit", "B (%1) is larger than the log (%2 events)")
                .arg(b)
                .arg(logSize));
    const QByteArray rootA = reader.rootHash(a);
    const QByteArray rootB = reader.rootHash(b);
    const MerkleProof p = reader.consistencyProof(a, b);
    const bool ok = p.verify({}, rootA, rootB) == ProofFailure::None;
    if (context.json()) {
        printJson(withProof(QJsonObject { { QStringLiteral("firstSize"), a }, { QStringLiteral("secondSize"), b },
                                { QStringLiteral("firstRootHash"), hex(rootA) },
                                { QStringLiteral("secondRootHash"), hex(rootB) } },
            p, ok));
    } else {
        QList<QPair<QString, QString>> fields { { QCoreApplication::translate("CliAudit", "First size"),
                                                    QString::number(a) },
            { QCoreApplication::translate("CliAudit", "First root hash"), hex(rootA) },
            { QCoreApplication::translate("CliAudit", "Second size"), QString::number(b) },
            { QCoreApplication::translate("CliAudit", "Second root hash"), hex(rootB) },
        };
        printFields(withProof(fields, p, ok));
    }
    return ok ? ExitOk : ExitRefused;
}

} // namespace

QList<CliAction> auditBrowseActions()
{
    return {
        { QStringLiteral("query"),
            QCoreApplication::translate(
                "CliAudit", "Search the audit trail by time, tenant, actor, type, text…"),
            query },
        { QStringLiteral("tail"),
            QCoreApplication::translate(
                "CliAudit", "Show the latest events; --follow keeps printing new ones."),
            tail },
        { QStringLiteral("show"),
            QCoreApplication::translate("CliAudit", "Show one event with its hashes and inclusion proof."),
            show },
        { QStringLiteral("checkpoint"),
            QCoreApplication::translate("CliAudit", "Sign a checkpoint now and print it."), checkpoint },
        { QStringLiteral("checkpoints"),
            QCoreApplication::translate("CliAudit", "List the signed checkpoints."), checkpoints },
        { QStringLiteral("rotate-key"),
            QCoreApplication::translate("CliAudit", "Replace the checkpoint signing key."), rotateKey },
        { QStringLiteral("proof"),
            QCoreApplication::translate("CliAudit", "Print an event's inclusion proof."), proof },
        { QStringLiteral("consistency"),
            QCoreApplication::translate("CliAudit", "Print the consistency proof between two tree sizes."),
            consistency },
        { QStringLiteral("public-key"),
            QCoreApplication::translate("CliAudit", "Print the public keys of the log (PEM) for auditors."),
            publicKey },
    };
}

} // namespace gc::cli
