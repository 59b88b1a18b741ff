#include "AuditEventModel.h"

#include "AuditQueryThread.h"
#include "AuditReader.h"

#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QTimer>

#include <algorithm>

namespace gc {

namespace {

/// An interrupted query of the current filter is the loser of a race with a
/// cancellation meant for its predecessor; a few retries settle it.
constexpr int kMaxAttempts = 3;
constexpr int kSummaryLimit = 240;

QColor severityColor(AuditSeverity s)
{
    switch (s) {
    case AuditSeverity::Info:
        return QColor(0x8a, 0x8f, 0x98);
    case AuditSeverity::Notice:
        return QColor(0x2f, 0x6f, 0xd0);
    case AuditSeverity::Warning:
        return QColor(0xd9, 0x8a, 0x00);
    case AuditSeverity::Critical:
        return QColor(0xc6, 0x28, 0x28);
    }
    return {};
}

QString jsonValueText(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = v.toDouble();
        const auto i = qint64(d);
        return double(i) == d ? QString::number(i) : QString::number(d, 'g', 15);
    }
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

} // namespace

AuditEventModel::AuditEventModel(
    const Store& store, const Session& session, TenantLookup tenantName, QObject* parent)
    : AuditEventModel(store, session, std::move(tenantName), Options {}, parent)
{ }

AuditEventModel::AuditEventModel(
    const Store& store, const Session& session, TenantLookup tenantName, Options options, QObject* parent)
    : QAbstractTableModel(parent)
    , m_pageThread(std::make_unique<AuditQueryThread>(store, session))
    , m_countThread(std::make_unique<AuditQueryThread>(store, session))
    , m_session(session)
    , m_tenantName(std::move(tenantName))
    , m_options(options)
    , m_tailTimer(new QTimer(this))
    , m_liveGeneration(std::make_shared<std::atomic<quint64>>(0))
{
    m_options.pageSize = std::clamp(m_options.pageSize, 1, 10000);
    m_options.maxCachedPages = std::max(m_options.maxCachedPages, 2);
    m_tailTimer->setInterval(std::max(50, m_options.liveTailIntervalMs));
    connect(m_tailTimer, &QTimer::timeout, this, [this] { pollTail(); });
    restart();
}

AuditEventModel::~AuditEventModel()
{
    // Make queued jobs no-ops, then join both threads before the members they
    // report to go away.
    m_liveGeneration->store(~quint64(0));
    m_pageThread.reset();
    m_countThread.reset();
}

void AuditEventModel::setFilter(const AuditFilter& filter)
{
    m_filter = filter;
    restart();
}

void AuditEventModel::reload()
{
    restart();
}

void AuditEventModel::restart()
{
    beginResetModel();
    ++m_generation;
    m_liveGeneration->store(m_generation);
    // Queries of the old filter are useless now: cancel whatever still runs.
    m_pageThread->interrupt();
    m_countThread->interrupt();
    m_pages.clear();
    m_starts.clear();
    m_rows = 0;
    m_top = 0;
    m_moreKey.reset();
    m_atEnd = false;
    m_tailInFlight = false;
    m_count.reset();
    const bool hadError = !m_error.isEmpty();
    m_error.clear();
    endResetModel();

    if (hadError)
        emit errorChanged(QString());
    if (!m_loadingFirst) {
        m_loadingFirst = true;
        emit loadingChanged(true);
    }
    emit countChanged();
    requestFirstPage();
    requestCount();
}

std::function<void(const QString&, bool)> AuditEventModel::failureFor(int attempt, Retry retry)
{
    const quint64 gen = m_generation;
    return [this, gen, attempt, retry = std::move(retry)](const QString& message, bool interrupted) {
        QMetaObject::invokeMethod(
            this,
            [this, gen, attempt, retry, message, interrupted] {
                if (gen != m_generation)
                    return;
                if (interrupted && attempt + 1 < kMaxAttempts) {
                    retry();
                    return;
                }
                setError(message);
            },
            Qt::QueuedConnection);
    };
}

template <typename Result>
void AuditEventModel::query(AuditQueryThread& thread, std::function<Result(AuditReader&)> read,
    std::function<void(Result)> deliver, int attempt, Retry retry)
{
    const quint64 gen = m_generation;
    thread.post(
        [this, gen, live = m_liveGeneration, read = std::move(read), deliver = std::move(deliver)](
            AuditReader& reader) {
            if (live->load() != gen)
                return;
            Result result = read(reader);
            QMetaObject::invokeMethod(
                this,
                [this, gen, deliver, result = std::move(result)]() mutable {
                    if (gen == m_generation)
                        deliver(std::move(result));
                },
                Qt::QueuedConnection);
        },
        failureFor(attempt, std::move(retry)));
}

AuditPageRequest AuditEventModel::pageRequest(std::optional<qint64> beforeSeq, int limit) const
{
    AuditPageRequest request;
    request.filter = m_filter;
    request.beforeSeq = beforeSeq;
    request.limit = limit;
    return request;
}

void AuditEventModel::requestFirstPage(int attempt)
{
    using Result = std::pair<qint64, QList<AuditEvent>>;
    query<Result>(
        *m_pageThread,
        [request = pageRequest({}, m_options.pageSize)](AuditReader& reader) mutable {
            // The page is bounded by the log's end now, so live tail can take
            // over from exactly here without gaps or duplicates.
            const qint64 top = reader.lastSeq();
            request.beforeSeq = top + 1;
            return Result(top, reader.page(request));
        },
        [this](Result r) { onFirstPage(r.first, std::move(r.second)); }, attempt,
        [this, attempt] { requestFirstPage(attempt + 1); });
}

void AuditEventModel::onFirstPage(qint64 top, QList<AuditEvent> rows)
{
    m_top = top;
    appendPage(top + 1, std::move(rows));
    m_loadingFirst = false;
    emit loadingChanged(false);
    emit firstPageLoaded();
    if (m_liveTail && !m_tailTimer->isActive())
        m_tailTimer->start();
}

void AuditEventModel::requestMore(int attempt)
{
    const qint64 beforeKey = m_pages.back().lastSeq;
    m_moreKey = beforeKey;
    query<QList<AuditEvent>>(
        *m_pageThread,
        [request = pageRequest(beforeKey, m_options.pageSize)](
            AuditReader& reader) { return reader.page(request); },
        [this, beforeKey](QList<AuditEvent> rows) { onMore(beforeKey, std::move(rows)); }, attempt,
        [this, attempt] {
            m_moreKey.reset();
            requestMore(attempt + 1);
        });
}

void AuditEventModel::onMore(qint64 beforeKey, QList<AuditEvent> rows)
{
    if (m_moreKey != beforeKey)
        return;
    // Still marked as in flight while rows are inserted: views and testers
    // call fetchMore from the insertion signals, which must not ask again.
    appendPage(beforeKey, std::move(rows));
    m_moreKey.reset();
}

void AuditEventModel::appendPage(qint64 beforeKey, QList<AuditEvent> rows)
{
    const int n = int(rows.size());
    m_atEnd = n < m_options.pageSize;
    if (n == 0)
        return;
    Page page;
    page.id = m_nextPageId++;
    page.beforeKey = beforeKey;
    page.count = n;
    page.lastSeq = rows.constLast().record.sequence;
    page.rows = std::move(rows);
    page.loaded = true;
    page.lastUse = ++m_useClock;
    beginInsertRows(QModelIndex(), m_rows, m_rows + n - 1);
    m_starts.push_back(m_rows);
    m_pages.push_back(std::move(page));
    m_rows += n;
    endInsertRows();
    evict();
}

void AuditEventModel::evict()
{
    int loaded = loadedPageCount();
    while (loaded > m_options.maxCachedPages) {
        // Least recently used first; a view asks again for what it still shows.
        auto victim = m_pages.end();
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
            if (it->loaded && (victim == m_pages.end() || it->lastUse < victim->lastUse))
                victim = it;
        }
        if (victim == m_pages.end())
            return;
        victim->rows.clear();
        victim->rows.squeeze();
        victim->loaded = false;
        --loaded;
    }
}

void AuditEventModel::requestReload(quint64 pageId, int attempt)
{
    const auto it
        = std::find_if(m_pages.begin(), m_pages.end(), [pageId](const Page& p) { return p.id == pageId; });
    if (it == m_pages.end())
        return;
    it->requested = true;
    query<QList<AuditEvent>>(
        *m_pageThread,
        [request = pageRequest(it->beforeKey, it->count)](
            AuditReader& reader) { return reader.page(request); },
        [this, pageId](QList<AuditEvent> rows) { onReload(pageId, std::move(rows)); }, attempt,
        [this, pageId, attempt] { requestReload(pageId, attempt + 1); });
}

void AuditEventModel::onReload(quint64 pageId, QList<AuditEvent> rows)
{
    const auto it
        = std::find_if(m_pages.begin(), m_pages.end(), [pageId](const Page& p) { return p.id == pageId; });
    if (it == m_pages.end())
        return;
    it->requested = false;
    // The log only grows, so the same key range yields the same events; if it
    // does not, the store changed under us and only a fresh read is right.
    if (rows.size() != it->count || rows.constLast().record.sequence != it->lastSeq) {
        restart();
        return;
    }
    it->rows = std::move(rows);
    it->loaded = true;
    it->lastUse = ++m_useClock;
    const int first = m_starts.at(std::size_t(it - m_pages.begin()));
    emit dataChanged(index(first, 0), index(first + it->count - 1, ColumnCount - 1));
    evict();
}

void AuditEventModel::requestCount(int attempt)
{
    query<qint64>(
        *m_countThread, [filter = m_filter](AuditReader& reader) { return reader.count(filter); },
        [this](qint64 n) {
            m_count = n;
            emit countChanged();
        },
        attempt, [this, attempt] { requestCount(attempt + 1); });
}

void AuditEventModel::setLiveTail(bool on)
{
    if (m_liveTail == on)
        return;
    m_liveTail = on;
    if (on && !m_loadingFirst)
        m_tailTimer->start();
    else if (!on)
        m_tailTimer->stop();
}

void AuditEventModel::pollTail(int attempt)
{
    if (!m_liveTail || m_tailInFlight || m_loadingFirst || !m_error.isEmpty())
        return;
    m_tailInFlight = true;
    struct Result
    {
        qint64 last = 0;
        QList<AuditEvent> rows;
    };
    const qint64 top = m_top;
    query<Result>(
        *m_pageThread,
        [top, request = pageRequest({}, m_options.pageSize)](AuditReader& reader) mutable {
            Result r;
            r.last = reader.lastSeq();
            if (r.last > top) {
                request.afterSeq = top;
                request.beforeSeq = r.last + 1;
                r.rows = reader.page(request);
            }
            return r;
        },
        [this, top, limit = m_options.pageSize](Result r) {
            const bool overflow = r.rows.size() >= limit;
            onTail(top, r.last, std::move(r.rows), overflow);
        },
        attempt,
        [this, attempt] {
            m_tailInFlight = false;
            pollTail(attempt + 1);
        });
}

void AuditEventModel::onTail(qint64 fromTop, qint64 last, QList<AuditEvent> rows, bool overflow)
{
    m_tailInFlight = false;
    if (fromTop != m_top || last <= m_top)
        return;
    if (overflow) {
        // More arrived than one page: a burst. Start over from the new end
        // rather than leave a gap between the burst and what is shown.
        restart();
        return;
    }
    m_top = last;
    const int n = int(rows.size());
    if (n == 0)
        return;
    beginInsertRows(QModelIndex(), 0, n - 1);
    if (!m_pages.empty() && m_pages.front().loaded && m_pages.front().count + n <= m_options.pageSize) {
        // Few events at a time: grow the first page instead of adding tiny ones.
        Page& front = m_pages.front();
        rows.append(front.rows);
        front.rows = std::move(rows);
        front.count += n;
        front.beforeKey = last + 1;
        front.lastUse = ++m_useClock;
    } else {
        Page page;
        page.id = m_nextPageId++;
        page.beforeKey = last + 1;
        page.count = n;
        page.lastSeq = rows.constLast().record.sequence;
        page.rows = std::move(rows);
        page.loaded = true;
        page.lastUse = ++m_useClock;
        m_pages.push_front(std::move(page));
    }
    m_rows += n;
    rebuildStarts();
    endInsertRows();
    if (m_count) {
        *m_count += n;
        emit countChanged();
    }
    evict();
    emit liveRowsInserted(n);
}

void AuditEventModel::rebuildStarts()
{
    m_starts.resize(m_pages.size());
    int row = 0;
    for (std::size_t i = 0; i < m_pages.size(); ++i) {
        m_starts[i] = row;
        row += m_pages[i].count;
    }
}

void AuditEventModel::setError(const QString& message)
{
    m_error = message;
    m_moreKey.reset();
    m_tailInFlight = false;
    if (m_loadingFirst) {
        m_loadingFirst = false;
        emit loadingChanged(false);
    }
    emit errorChanged(message);
}

QString AuditEventModel::countText() const
{
    if (!m_error.isEmpty() && !m_count)
        return {};
    if (!m_count)
        return tr("counting…");
    if (*m_count == 1)
        return tr("1 event");
    return tr("%1 events").arg(QLocale().toString(*m_count));
}

int AuditEventModel::loadedPageCount() const
{
    return int(std::count_if(m_pages.begin(), m_pages.end(), [](const Page& p) { return p.loaded; }));
}

int AuditEventModel::pageOfRow(int row) const
{
    if (row < 0 || row >= m_rows)
        return -1;
    const auto it = std::upper_bound(m_starts.begin(), m_starts.end(), row);
    return int(it - m_starts.begin()) - 1;
}

const AuditEvent* AuditEventModel::eventAt(int row) const
{
    const int p = pageOfRow(row);
    if (p < 0 || !m_pages[std::size_t(p)].loaded)
        return nullptr;
    return &m_pages[std::size_t(p)].rows.at(row - m_starts[std::size_t(p)]);
}

qint64 AuditEventModel::seqAt(int row) const
{
    const AuditEvent* e = eventAt(row);
    return e ? e->record.sequence : 0;
}

int AuditEventModel::rowOfSeq(qint64 seq) const
{
    for (std::size_t p = 0; p < m_pages.size(); ++p) {
        const Page& page = m_pages[p];
        // Pages are in descending sequence order, each within (lastSeq, beforeKey).
        if (seq >= page.beforeKey || seq < page.lastSeq)
            continue;
        if (!page.loaded)
            return -1;
        for (int i = 0; i < page.count; ++i) {
            if (page.rows.at(i).record.sequence == seq)
                return m_starts[p] + i;
        }
        return -1;
    }
    return -1;
}

const AuditEvent* AuditEventModel::touch(int row) const
{
    const int p = pageOfRow(row);
    if (p < 0)
        return nullptr;
    const Page& page = m_pages[std::size_t(p)];
    if (!page.loaded) {
        // A view asking for an evicted row is what brings its page back;
        // data() is const by contract, the cache is not.
        if (!page.requested)
            const_cast<AuditEventModel*>(this)->requestReload(page.id);
        return nullptr;
    }
    const_cast<Page&>(page).lastUse = ++m_useClock;
    return &page.rows.at(row - m_starts[std::size_t(p)]);
}

int AuditEventModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int AuditEventModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool AuditEventModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_loadingFirst && !m_atEnd && !m_pages.empty() && m_error.isEmpty();
}

void AuditEventModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent) || m_moreKey)
        return;
    requestMore();
}

QString AuditEventModel::tenantText(const AuditRecord& r) const
{
    if (!r.tenant)
        return tr("Platform");
    const QString name = m_tenantName ? m_tenantName(*r.tenant) : QString();
    return name.isEmpty() ? tr("Tenant #%1").arg(r.tenant->value) : name;
}

QString AuditEventModel::localTimeText(qint64 timeUtcMs)
{
    return QDateTime::fromMSecsSinceEpoch(timeUtcMs, Qt::LocalTime)
        .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString AuditEventModel::utcTimeText(qint64 timeUtcMs)
{
    return QDateTime::fromMSecsSinceEpoch(timeUtcMs, Qt::UTC)
               .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"))
        + QStringLiteral(" UTC");
}

QString AuditEventModel::actorText(const AuditEvent& event)
{
    const QString& id = event.record.actorId;
    const QString name = event.personal ? event.personal->data.actorName : QString();
    if (id.isEmpty())
        return name.isEmpty() ? QCoreApplication::translate("gc::AuditEventModel", "System") : name;
    return name.isEmpty() ? id : QCoreApplication::translate("gc::AuditEventModel", "%1 (%2)").arg(name, id);
}

QString AuditEventModel::summaryOf(const AuditRecord& record)
{
    QString text;
    for (auto it = record.details.begin(); it != record.details.end(); ++it) {
        if (!text.isEmpty())
            text += QStringLiteral(" · ");
        text += it.key() + QStringLiteral(": ") + jsonValueText(it.value());
        if (text.size() > kSummaryLimit) {
            text.truncate(kSummaryLimit);
            text += QChar(0x2026);
            break;
        }
    }
    return text;
}

QVariant AuditEventModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEvent* event = touch(index.row());
    if (!event) {
        if (role == LoadedRole)
            return false;
        if (role == SeqRole)
            return qint64(0);
        if (role == Qt::DisplayRole && index.column() == Time)
            return tr("Loading…");
        return {};
    }
    const AuditRecord& r = event->record;
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(column)) {
        case Seq:
            return r.sequence;
        case Time:
            return localTimeText(r.timeUtcMs);
        case Tenant:
            return tenantText(r);
        case Actor:
            return actorText(*event);
        case Type:
            return auditEventTypeDisplayName(r.type);
        case Category:
            return auditCategoryDisplayName(r.category());
        case Severity:
            return auditSeverityDisplayName(r.severity);
        case Outcome:
            return auditOutcomeDisplayName(r.outcome);
        case Resource:
            return r.resource;
        case Summary:
            return summaryOf(r);
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        switch (Column(column)) {
        case Time:
            return utcTimeText(r.timeUtcMs);
        case Tenant:
            return r.tenant ? tr("%1 (tenant id %2)").arg(tenantText(r)).arg(r.tenant->value) : tenantText(r);
        case Actor:
            if (event->personal && !event->personal->data.actorEmail.isEmpty())
                return tr("%1\n%2").arg(actorText(*event), event->personal->data.actorEmail);
            return actorText(*event);
        case Type:
            return auditEventTypeId(r.type);
        case Resource:
            return r.resource.isEmpty() ? QVariant() : QVariant(r.resource);
        case Summary: {
            const QString s = summaryOf(r);
            return s.isEmpty() ? QVariant() : QVariant(s);
        }
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (column == Severity)
            return severityColor(r.severity);
        return {};
    case Qt::ForegroundRole:
        if (column == Outcome && r.outcome != AuditOutcome::Success)
            return QColor(0xc6, 0x28, 0x28);
        if (column == Severity && r.severity == AuditSeverity::Critical)
            return severityColor(r.severity);
        return {};
    case Qt::TextAlignmentRole:
        if (column == Seq)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SeqRole:
        return r.sequence;
    case TimeMsRole:
        return r.timeUtcMs;
    case TypeRole:
        return int(r.type);
    case SeverityRole:
        return int(r.severity);
    case OutcomeRole:
        return int(r.outcome);
    case LoadedRole:
        return true;
    default:
        return {};
    }
}

QVariant AuditEventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (Column(section)) {
        case Seq:
            return tr("#");
        case Time:
            return tr("Time");
        case Tenant:
            return tr("Tenant");
        case Actor:
            return tr("Actor");
        case Type:
            return tr("Event");
        case Category:
            return tr("Category");
        case Severity:
            return tr("Severity");
        case Outcome:
            return tr("Outcome");
        case Resource:
            return tr("Resource");
        case Summary:
            return tr("Details");
        case ColumnCount:
            break;
        }
    } else if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case Seq:
            return tr("Sequence number: the event's position in the tamper-evident log");
        case Time:
            return tr("Local time; hover a cell for UTC");
        case Actor:
            return tr("Pseudonymous actor id, with the name when your role may see personal data");
        case Summary:
            return tr("Non-personal details of the event");
        default:
            return {};
        }
    } else if (role == Qt::TextAlignmentRole && section == Seq) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

} // namespace gc
