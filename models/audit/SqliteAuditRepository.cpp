#include "SqliteAuditRepository.h"

#include "AuditEventCodec.h"
#include "AuditIndexBuffer.h"
#include "store/Database.h"

#include <sqlite3.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <limits>
#include <span>
#include <string_view>
#include <unordered_map>

namespace gc {

// ------------------------------------------------------------- statements

/// Prepared statements by SQL text, prepared on first use and kept. A
/// statement handed out is reset when the Use guard ends, so no statement
/// stays active between calls: an active read statement would pin the
/// connection to an old snapshot of the store.
class SqliteAuditRepository::Statements
{
public:
    explicit Statements(Database& db)
        : m_db(db)
    { }

    class Use
    {
    public:
        explicit Use(Statement& st)
            : m_st(&st)
        { }
        Use(Use&& other) noexcept
            : m_st(std::exchange(other.m_st, nullptr))
        { }
        Use& operator=(Use&&) = delete;
        Q_DISABLE_COPY(Use)
        ~Use()
        {
            if (m_st)
                m_st->reset();
        }
        Statement* operator->() const { return m_st; }
        Statement& operator*() const { return *m_st; }

    private:
        Statement* m_st;
    };

    /// `sql` must be a literal (the map keeps the view).
    Use use(std::string_view sql)
    {
        auto it = m_map.find(sql);
        if (it == m_map.end())
            it = m_map.emplace(sql, std::make_unique<Statement>(m_db, sql)).first;
        it->second->reset();
        return Use(*it->second);
    }

    /// A statement of its own for the `slot`-th of several cursors that
    /// run the same SQL at the same time (each stays active while stepping).
    Use slot(std::string_view sql, int slot)
    {
        std::string key(sql);
        key += '#';
        key += std::to_string(slot);
        auto it = m_slots.find(key);
        if (it == m_slots.end())
            it = m_slots.emplace(key, std::make_unique<Statement>(m_db, sql)).first;
        it->second->reset();
        return Use(*it->second);
    }

private:
    Database& m_db;
    std::unordered_map<std::string_view, std::unique_ptr<Statement>> m_map;
    std::unordered_map<std::string, std::unique_ptr<Statement>> m_slots;
};

namespace {

// qint64 (long long) and std::int64_t (long) are distinct types here, and
// Statement binds the latter.
constexpr std::int64_t i64(qint64 v)
{
    return v;
}

std::optional<std::int64_t> opt64(std::optional<qint64> v)
{
    return v ? std::optional<std::int64_t>(*v) : std::nullopt;
}

constexpr std::size_t kMaxRunLength = 1024;

/// Appends the sequence numbers of the posting run in columns 0..3 (first,
/// last, count, deltas) of `st`. A run that does not decode is a damaged
/// index, never read as other numbers.
void decodeRun(const Statement& st, std::vector<qint64>& out)
{
    sqlite3_stmt* h = st.handle();
    const QByteArrayView deltas(static_cast<const char*>(sqlite3_column_blob(h, 3)), sqlite3_column_bytes(h, 3));
    if (!auditPostings::decode(st.int64(0), st.int64(1), st.int64(2), deltas, out))
        throw StoreError(StoreError::Kind::Corrupt,
            QCoreApplication::translate("gc::SqliteAuditRepository",
                "The audit log's search index is damaged. Run “audit verify” to check the log itself."));
}

constexpr std::string_view kRowColumns
    = "seq, time_ms, tenant_id, actor, type, category, severity, outcome, resource, record, chain_hash";

StoredAuditRow readRow(const Statement& st)
{
    StoredAuditRow r;
    r.seq = st.int64(0);
    r.timeMs = st.int64(1);
    r.tenantId = st.optInt64(2);
    r.actor = st.text(3);
    r.type = st.int32(4);
    r.category = st.int32(5);
    r.severity = st.int32(6);
    r.outcome = st.int32(7);
    r.resource = st.text(8);
    r.record = st.blob(9);
    r.chainHash = st.blob(10);
    return r;
}

Checkpoint readCheckpoint(const Statement& st)
{
    // The note carries the signature; the columns are what the log indexes by.
    // A note that does not parse leaves the signature empty, so verification
    // reports the checkpoint as bad instead of the listing failing.
    Checkpoint c;
    try {
        c = Checkpoint::fromText(st.blob(4));
    } catch (const std::exception&) {
        c.signature.clear();
    }
    c.treeSize = st.int64(0);
    c.rootHash = st.blob(1);
    c.unixTime = st.int64(2);
    c.keyId = st.text(3);
    return c;
}

AuditAlert readAlert(const Statement& st)
{
    AuditAlert a;
    a.id = st.int64(0);
    a.rule = st.text(1);
    a.raisedSeq = st.int64(2);
    a.raisedAt = st.int64(3);
    a.subject = st.text(4);
    a.summary = st.text(5);
    a.resolved = st.text(6) == QLatin1String("resolved");
    a.resolvedSeq = st.optInt64(7);
    a.resolvedAt = st.optInt64(8);
    a.resolvedBy = st.optText(9).value_or(QString());
    a.resolution = st.optText(10).value_or(QString());
    return a;
}

constexpr std::string_view kAlertColumns = "id, rule, raised_seq, raised_at, subject, summary, status, "
                                           "resolved_seq, resolved_at, resolved_by, resolution";

std::string concat(std::initializer_list<std::string_view> parts)
{
    std::string s;
    for (auto p : parts)
        s.append(p);
    return s;
}

// A record whose bytes do not decode (a damaged store) still shows in a
// listing, from its filter columns; verification is what reports it.
AuditRecord recordFromColumns(const Statement& st)
{
    AuditRecord r;
    r.sequence = st.int64(0);
    r.timeUtcMs = st.int64(1);
    if (auto t = st.optInt64(2))
        r.tenant = TenantId(*t);
    r.actorId = st.text(3);
    if (auto type = auditEventTypeFromCode(std::uint16_t(st.int32(4))))
        r.type = *type;
    if (auto s = auditSeverityFromCode(std::uint8_t(st.int32(5))))
        r.severity = *s;
    if (auto o = auditOutcomeFromCode(std::uint8_t(st.int32(6))))
        r.outcome = *o;
    r.resource = st.text(7);
    return r;
}

} // namespace

// ------------------------------------------------------------------ query plan

/// What page() and count() evaluate: an inclusive seq range plus the
/// conditions of the filter, each to become a sorted stream of seqs.
struct SqliteAuditRepository::Plan
{
    enum class Column
    {
        Tenant,
        PlatformOnly,
        Actor,
        Type,
        Status, ///< severity * 4 + outcome (see the schema)
        Resource,
        ResourceKind
    };
    struct Condition
    {
        Column column;
        QList<qint64> numbers; ///< any of (Tenant, Type, Status)
        QString text; ///< Actor, Resource, ResourceKind
    };

    qint64 lo = 1;
    qint64 hi = 0;
    bool empty = false; ///< nothing can match
    QList<Condition> conditions;
    QString fts; ///< FTS5 query; empty = none
    QString ftsTail; ///< the same without prefix expansion (for events not yet indexed)
    QString resourcePrefix; ///< checked row by row (a prefix deeper than the kind)
};

namespace {

template <typename T> QList<qint64> codes(const QList<T>& values)
{
    QList<qint64> out;
    for (T v : values)
        if (!out.contains(qint64(v)))
            out.append(qint64(v));
    return out;
}

/// One sorted stream of sequence numbers. seek(t) returns the nearest match at
/// or beyond t in the direction of the query (<= t newest first, >= t oldest
/// first) within the plan's range; targets passed to one cursor only ever move
/// in that direction, which is what lets cursors cache and stream.
class Cursor
{
public:
    virtual ~Cursor() = default;
    virtual std::optional<qint64> seek(qint64 target) = 0;
    /// Number of matches in [lo, hi].
    virtual qint64 count() = 0;
};

} // namespace

class SqliteAuditRepository::Query
{
public:
    /// `plan` covers the whole log; the query splits it at the index's end:
    /// events up to indexed_upto through the cursors, the few after it read
    /// from audit_events and matched here (see matchTail).
    Query(const SqliteAuditRepository& repo, const Plan& plan, bool newestFirst)
        : m_repo(repo)
        , m_plan(plan)
        , m_desc(newestFirst)
    {
        const qint64 indexed = repo.indexedUpto();
        m_plan.hi = std::min(m_plan.hi, indexed);
        if (!plan.empty && plan.hi > indexed)
            m_tail = repo.matchTail(plan, std::max(plan.lo, indexed + 1), plan.hi);
        for (const Plan::Condition& c : m_plan.conditions)
            m_cursors.push_back(std::make_unique<PostingCursor>(*this, c));
        // The full-text cursor goes last: it is the dearest to move, and the
        // leapfrog below only asks it once every cheaper cursor agrees.
        if (!m_plan.fts.isEmpty())
            m_cursors.push_back(std::make_unique<FtsCursor>(*this));
        if (m_cursors.empty())
            m_cursors.push_back(std::make_unique<AllCursor>(*this));
    }

    /// Calls `onMatch` for each match in order until it returns false.
    void run(const std::function<bool(qint64)>& onMatch)
    {
        if (m_plan.empty)
            return;
        if (m_desc) {
            for (auto it = m_tail.rbegin(); it != m_tail.rend(); ++it)
                if (!onMatch(*it))
                    return;
            if (runIndexed(onMatch))
                return;
        } else {
            if (runIndexed(onMatch))
                return;
            for (qint64 seq : m_tail)
                if (!onMatch(seq))
                    return;
        }
    }

    qint64 count()
    {
        if (m_plan.empty)
            return 0;
        qint64 n = qint64(m_tail.size());
        if (m_plan.lo > m_plan.hi)
            return n;
        if (m_cursors.size() == 1 && m_plan.resourcePrefix.isEmpty())
            return n + m_cursors.front()->count();
        runIndexed([&n](qint64) {
            ++n;
            return true;
        });
        return n;
    }

private:
    /// The leapfrog over the indexed part. Returns true when `onMatch` stopped it.
    bool runIndexed(const std::function<bool(qint64)>& onMatch)
    {
        if (m_plan.lo > m_plan.hi)
            return false;
        qint64 t = m_desc ? m_plan.hi : m_plan.lo;
        const std::size_t n = m_cursors.size();
        for (;;) {
            if (m_desc ? t < m_plan.lo : t > m_plan.hi)
                return false;
            // Each cursor in turn moves t to its next match; when one moves
            // it, the earlier (cheaper) cursors are asked again, which for a
            // cursor already there costs nothing.
            for (std::size_t i = 0; i < n;) {
                const auto v = m_cursors[i]->seek(t);
                if (!v)
                    return false;
                if (*v != t) {
                    t = *v;
                    i = i == 0 ? 1 : 0;
                } else {
                    ++i;
                }
            }
            if (residualHolds(t) && !onMatch(t))
                return true;
            t += m_desc ? -1 : 1;
        }
    }

    bool residualHolds(qint64 seq)
    {
        if (m_plan.resourcePrefix.isEmpty())
            return true;
        auto st = m_repo.m_st->use("SELECT resource FROM audit_events WHERE seq = ?1");
        st->bind(1, i64(seq));
        return st->step() && st->text(0).startsWith(m_plan.resourcePrefix);
    }

    /// Every stored event (an empty filter).
    class AllCursor final : public Cursor
    {
    public:
        explicit AllCursor(Query& q)
            : m_q(q)
        { }
        std::optional<qint64> seek(qint64 target) override
        {
            auto st = m_q.m_desc
                ? m_q.m_repo.m_st->use(
                      "SELECT seq FROM audit_events WHERE seq <= ?1 AND seq >= ?2 ORDER BY seq DESC LIMIT 1")
                : m_q.m_repo.m_st->use(
                      "SELECT seq FROM audit_events WHERE seq >= ?1 AND seq <= ?2 ORDER BY seq LIMIT 1");
            st->bind(1, i64(target)).bind(2, i64(m_q.m_desc ? m_q.m_plan.lo : m_q.m_plan.hi));
            if (!st->step())
                return std::nullopt;
            return st->int64(0);
        }
        qint64 count() override
        {
            // Sequence numbers are dense (1..last, no gaps: "audit verify"
            // reports any), so the count of a range needs no scan.
            return std::max<qint64>(0, m_q.m_plan.hi - std::max<qint64>(m_q.m_plan.lo, 1) + 1);
        }

    private:
        Query& m_q;
    };

    /// One filter field through its posting list runs (audit_postings);
    /// several values are merged. A value's current run is kept decoded, so
    /// a target inside it costs a binary search; a target beyond it costs one
    /// primary-key seek for the run that holds or follows it. A value's answer
    /// stays valid until the target passes it, so an OR of values costs work
    /// only for the values actually passed.
    class PostingCursor final : public Cursor
    {
    public:
        PostingCursor(Query& q, const Plan::Condition& c)
            : m_q(q)
            , m_c(c)
        {
            const qsizetype n = c.numbers.isEmpty() ? 1 : c.numbers.size();
            m_streams.resize(std::size_t(n));
        }

        std::optional<qint64> seek(qint64 target) override
        {
            std::optional<qint64> best;
            for (std::size_t i = 0; i < m_streams.size(); ++i) {
                const std::optional<qint64> v = seekStream(i, target);
                if (v && (!best || (m_q.m_desc ? *v > *best : *v < *best)))
                    best = v;
            }
            return best;
        }

        qint64 count() override
        {
            const qint64 lo = m_q.m_plan.lo;
            const qint64 hi = m_q.m_plan.hi;
            qint64 total = 0;
            for (std::size_t i = 0; i < m_streams.size(); ++i) {
                // Whole runs ending inside [lo, hi], less the part of the first
                // that lies before lo, plus the part of the run after hi that
                // lies inside.
                {
                    auto st = m_q.m_repo.m_st->use("SELECT sum(n) FROM audit_postings "
                                                   "WHERE field = ?1 AND value = ?2 AND last_seq BETWEEN ?3 AND ?4");
                    bindKey(*st, i);
                    st->bind(3, i64(lo)).bind(4, i64(hi));
                    total += st->step() ? st->int64(0) : 0;
                }
                if (const auto run = runAtOrAfter(i, lo); run && run->first < lo && run->last <= hi)
                    total -= qint64(std::lower_bound(run->seqs.begin(), run->seqs.end(), lo) - run->seqs.begin());
                if (const auto run = runAtOrAfter(i, hi + 1); run && run->first <= hi)
                    total += qint64(std::upper_bound(run->seqs.begin(), run->seqs.end(), hi) - run->seqs.begin())
                        - qint64(std::lower_bound(run->seqs.begin(), run->seqs.end(), lo) - run->seqs.begin());
            }
            return total;
        }

    private:
        struct Run
        {
            qint64 first = 0;
            qint64 last = 0;
            std::vector<qint64> seqs;
        };
        struct Stream
        {
            std::optional<Run> run;
            std::optional<qint64> answer;
            bool exhausted = false;
        };

        bool reached(qint64 v, qint64 target) const { return m_q.m_desc ? v <= target : v >= target; }
        bool inRange(qint64 v) const { return v >= m_q.m_plan.lo && v <= m_q.m_plan.hi; }

        std::optional<qint64> seekStream(std::size_t i, qint64 target)
        {
            Stream& s = m_streams[i];
            if (s.exhausted)
                return std::nullopt;
            if (s.answer && reached(*s.answer, target))
                return s.answer;
            s.answer = m_q.m_desc ? seekDown(s, i, target) : seekUp(s, i, target);
            if (s.answer && !inRange(*s.answer))
                s.answer.reset();
            s.exhausted = !s.answer;
            return s.answer;
        }

        /// Largest element <= target.
        std::optional<qint64> seekDown(Stream& s, std::size_t i, qint64 target)
        {
            if (!s.run || target < s.run->first || target > s.run->last) {
                s.run = runAtOrAfter(i, target);
                if (!s.run || s.run->first > target)
                    s.run = runBefore(i, target);
                if (!s.run)
                    return std::nullopt;
            }
            const auto& v = s.run->seqs;
            const auto it = std::upper_bound(v.begin(), v.end(), target);
            if (it == v.begin())
                return std::nullopt; // cannot happen: first <= target
            return *(it - 1);
        }

        /// Smallest element >= target.
        std::optional<qint64> seekUp(Stream& s, std::size_t i, qint64 target)
        {
            if (!s.run || target > s.run->last) {
                s.run = runAtOrAfter(i, target);
                if (!s.run)
                    return std::nullopt;
            }
            const auto& v = s.run->seqs;
            const auto it = std::lower_bound(v.begin(), v.end(), target);
            if (it == v.end())
                return std::nullopt; // cannot happen: last >= target
            return *it;
        }

        /// The run holding `seq` or the first after it.
        std::optional<Run> runAtOrAfter(std::size_t i, qint64 seq) const { return findRun(i, seq, true); }
        /// The last run ending before `seq`.
        std::optional<Run> runBefore(std::size_t i, qint64 seq) const { return findRun(i, seq, false); }

        std::optional<Run> findRun(std::size_t i, qint64 seq, bool atOrAfter) const
        {
            auto st = atOrAfter ? m_q.m_repo.m_st->use("SELECT first_seq, last_seq, n, seqs FROM audit_postings "
                                                       "WHERE field = ?1 AND value = ?2 AND last_seq >= ?3 "
                                                       "ORDER BY last_seq LIMIT 1")
                                : m_q.m_repo.m_st->use("SELECT first_seq, last_seq, n, seqs FROM audit_postings "
                                                       "WHERE field = ?1 AND value = ?2 AND last_seq < ?3 "
                                                       "ORDER BY last_seq DESC LIMIT 1");
            bindKey(*st, i);
            st->bind(3, i64(seq));
            return st->step() ? readRun(*st) : std::nullopt;
        }

        static std::optional<Run> readRun(const Statement& st)
        {
            Run r;
            r.first = st.int64(0);
            r.last = st.int64(1);
            decodeRun(st, r.seqs);
            return r;
        }

        void bindKey(Statement& st, std::size_t i) const
        {
            switch (m_c.column) {
            case Plan::Column::Tenant:
                st.bind(1, int(AuditIndexField::Tenant)).bind(2, std::int64_t(m_c.numbers.value(0)));
                break;
            case Plan::Column::PlatformOnly:
                st.bind(1, int(AuditIndexField::Tenant)).bind(2, std::int64_t(0));
                break;
            case Plan::Column::Actor:
                st.bind(1, int(AuditIndexField::Actor)).bind(2, m_c.text);
                break;
            case Plan::Column::Type:
                st.bind(1, int(AuditIndexField::Type)).bind(2, std::int64_t(m_c.numbers[qsizetype(i)]));
                break;
            case Plan::Column::Status:
                st.bind(1, int(AuditIndexField::Status)).bind(2, std::int64_t(m_c.numbers[qsizetype(i)]));
                break;
            case Plan::Column::Resource:
                st.bind(1, int(AuditIndexField::Resource)).bind(2, m_c.text);
                break;
            case Plan::Column::ResourceKind:
                st.bind(1, int(AuditIndexField::ResourceKind)).bind(2, m_c.text);
                break;
            }
        }

        Query& m_q;
        const Plan::Condition& m_c;
        std::vector<Stream> m_streams;
    };

    /// The full-text condition, read as one stream in seq order. A target
    /// ahead of the stream is reached by stepping, or by restarting the
    /// statement at the target (FTS5 seeks its doclists by rowid). A restart
    /// costs from a few to a few hundred steps' time (a prefix spelled out as
    /// an OR of terms reopens every term), so the cursor steps until stepping
    /// has cost as long as its last restart did, then restarts: never more
    /// than twice the cheaper choice, whatever the query.
    class FtsCursor final : public Cursor
    {
    public:
        explicit FtsCursor(Query& q)
            : m_q(q)
            // FTS5 expands a prefix term by merging the doclists of every
            // matching term when the statement starts: restarting it at each
            // jump would repeat that, so a prefix query only ever steps.
            , m_restartable(!q.m_plan.fts.contains(QLatin1String("\"*")))
        { }

        std::optional<qint64> seek(qint64 target) override
        {
            if (!m_started)
                restart(target);
            QElapsedTimer stepping;
            stepping.start();
            while (m_current) {
                if (m_q.m_desc ? *m_current <= target : *m_current >= target)
                    return m_current;
                if (m_restartable && stepping.nsecsElapsed() > m_restartNs) {
                    restart(target);
                    continue;
                }
                advance();
            }
            return std::nullopt;
        }

        qint64 count() override
        {
            auto st = m_q.m_repo.m_st->use(
                "SELECT count(*) FROM audit_fts WHERE audit_fts MATCH ?1 AND rowid BETWEEN ?2 AND ?3");
            st->bind(1, m_q.m_plan.fts).bind(2, i64(m_q.m_plan.lo)).bind(3, i64(m_q.m_plan.hi));
            return st->step() ? st->int64(0) : 0;
        }

    private:
        void restart(qint64 target)
        {
            QElapsedTimer timer;
            timer.start();
            m_use.reset();
            m_use.emplace(m_q.m_desc ? m_q.m_repo.m_st->use("SELECT rowid FROM audit_fts WHERE audit_fts MATCH ?1 "
                                                            "AND rowid <= ?2 AND rowid >= ?3 ORDER BY rowid DESC")
                                     : m_q.m_repo.m_st->use("SELECT rowid FROM audit_fts WHERE audit_fts MATCH ?1 "
                                                            "AND rowid >= ?2 AND rowid <= ?3 ORDER BY rowid"));
            (*m_use)->bind(1, m_q.m_plan.fts).bind(2, i64(target)).bind(3, i64(m_q.m_desc ? m_q.m_plan.lo : m_q.m_plan.hi));
            m_started = true;
            advance();
            m_restartNs = timer.nsecsElapsed();
        }

        void advance()
        {
            if ((*m_use)->step())
                m_current = (*m_use)->int64(0);
            else
                m_current.reset();
        }

        Query& m_q;
        std::optional<Statements::Use> m_use;
        std::optional<qint64> m_current;
        bool m_started = false;
        bool m_restartable;
        qint64 m_restartNs = 0; ///< what the last restart took
    };

    const SqliteAuditRepository& m_repo;
    Plan m_plan; ///< the indexed part: hi <= indexed_upto
    bool m_desc;
    std::vector<qint64> m_tail; ///< matches after indexed_upto, ascending
    std::vector<std::unique_ptr<Cursor>> m_cursors;
};

// ------------------------------------------------------------------ repository

SqliteAuditRepository::SqliteAuditRepository(Database& db)
    : m_db(db)
    , m_st(std::make_unique<Statements>(db))
{ }

SqliteAuditRepository::~SqliteAuditRepository() = default;

QString SqliteAuditRepository::ftsQuery(const QString& text, const PrefixExpander& expand)
{
    // Each piece becomes one FTS5 string: "..." with inner quotes doubled, so
    // operators, column filters, parentheses and NEAR are plain words. A piece
    // without a letter or digit would tokenize to nothing; it is dropped.
    QStringList parts;
    bool sawPiece = false;
    const auto add = [&](QString piece, bool prefix) {
        sawPiece = true;
        bool hasWord = false;
        for (QChar c : std::as_const(piece)) {
            if (c.isLetterOrNumber()) {
                hasWord = true;
                break;
            }
        }
        if (!hasWord)
            return;
        if (prefix && expand) {
            // FTS5 answers a prefix by merging the doclists of all its terms
            // before the first row; the same terms ORed are read lazily.
            const QStringList terms = expand(piece);
            if (!terms.isEmpty()) {
                QStringList quoted;
                for (const QString& t : terms)
                    quoted.append(QLatin1Char('"') + QString(t).replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"'));
                parts.append(QLatin1Char('(') + quoted.join(QLatin1String(" OR ")) + QLatin1Char(')'));
                return;
            }
        }
        piece.replace(QLatin1Char('"'), QLatin1String("\"\""));
        parts.append(QLatin1Char('"') + piece + QLatin1Char('"') + (prefix ? QLatin1String("*") : QLatin1String("")));
    };

    QString s = text;
    for (QChar& c : s)
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            c = QLatin1Char(' ');
    const qsizetype n = s.size();
    for (qsizetype i = 0; i < n;) {
        if (s[i].isSpace()) {
            ++i;
            continue;
        }
        if (s[i] == QLatin1Char('"')) {
            const qsizetype end = s.indexOf(QLatin1Char('"'), i + 1);
            const qsizetype stop = end < 0 ? n : end;
            QString phrase = s.mid(i + 1, stop - i - 1);
            i = end < 0 ? n : end + 1;
            bool prefix = false;
            while (i < n && s[i] == QLatin1Char('*')) {
                prefix = true;
                ++i;
            }
            add(phrase, prefix);
            continue;
        }
        qsizetype j = i;
        while (j < n && !s[j].isSpace() && s[j] != QLatin1Char('"'))
            ++j;
        QString word = s.mid(i, j - i);
        bool prefix = false;
        while (word.endsWith(QLatin1Char('*'))) {
            word.chop(1);
            prefix = true;
        }
        add(word, prefix);
        i = j;
    }
    if (parts.isEmpty() && sawPiece)
        return QStringLiteral("\"\""); // only punctuation: matches nothing, as FTS5 would
    return parts.join(QLatin1String(" AND "));
}

QStringList SqliteAuditRepository::prefixTerms(const QString& prefix) const
{
    // Only a plain ASCII word is expanded: its index form is simply its lower
    // case. Anything else keeps FTS5's own prefix search.
    QString word = prefix.toLower();
    for (QChar c : std::as_const(word))
        if (c.unicode() > 0x7f || !c.isLetterOrNumber())
            return {};
    if (m_noVocab)
        return {};
    const QString end = word + QChar(0xFFFD);
    QStringList terms;
    QString from = word;
    try {
        for (;;) {
            auto st = m_st->use("SELECT term FROM audit_fts_vocab WHERE term >= ?1 AND term < ?2 LIMIT 1");
            st->bind(1, from).bind(2, end);
            if (!st->step())
                break;
            const QString term = st->text(0);
            if (terms.size() == kMaxPrefixTerms)
                return {};
            terms.append(term);
            from = term + QChar(1); // the next term: none lies between t and t + U+0001
        }
    } catch (const StoreError& e) {
        if (e.kind() == StoreError::Kind::Interrupted)
            throw;
        m_noVocab = true; // a store made before the vocabulary table: FTS5's own prefix search
        return {};
    }
    return terms;
}

SqliteAuditRepository::Head SqliteAuditRepository::head() const
{
    auto st = m_st->use("SELECT seq, time_ms, chain_hash FROM audit_events ORDER BY seq DESC LIMIT 1");
    Head h;
    if (st->step()) {
        h.seq = st->int64(0);
        h.timeMs = st->int64(1);
        h.chainHash = st->blob(2);
    }
    return h;
}

void SqliteAuditRepository::forEachRecord(
    qint64 fromSeq, qint64 toSeq, const std::function<bool(qint64, QByteArrayView)>& visit) const
{
    auto st = m_st->use("SELECT seq, record FROM audit_events WHERE seq BETWEEN ?1 AND ?2 ORDER BY seq");
    st->bind(1, i64(fromSeq)).bind(2, i64(toSeq));
    while (st->step()) {
        sqlite3_stmt* h = st->handle();
        const auto* p = static_cast<const char*>(sqlite3_column_blob(h, 1));
        if (!visit(st->int64(0), QByteArrayView(p, sqlite3_column_bytes(h, 1))))
            break;
    }
}

qint64 SqliteAuditRepository::lastSeq() const
{
    auto st = m_st->use("SELECT max(seq) FROM audit_events");
    return st->step() ? st->int64(0) : 0;
}

std::optional<StoredAuditRow> SqliteAuditRepository::row(qint64 seq) const
{
    static const std::string sql = concat({ "SELECT ", kRowColumns, " FROM audit_events WHERE seq = ?1" });
    auto st = m_st->use(sql);
    st->bind(1, i64(seq));
    if (!st->step())
        return std::nullopt;
    return readRow(*st);
}

void SqliteAuditRepository::forEachRow(
    qint64 fromSeq, qint64 toSeq, const std::function<bool(const StoredAuditRow&)>& visit) const
{
    // A statement of its own: the visitor may call back into the repository.
    Statement st(m_db,
        concat({ "SELECT ", kRowColumns, " FROM audit_events WHERE seq BETWEEN ?1 AND ?2 ORDER BY seq" }));
    st.bind(1, i64(fromSeq)).bind(2, i64(toSeq));
    while (st.step())
        if (!visit(readRow(st)))
            break;
}

void SqliteAuditRepository::insertRow(const StoredAuditRow& r)
{
    insertRowEncoded(r, r.actor.toUtf8(), r.resource.toUtf8());
}

namespace {

// Binds without SQLite's copy (SQLITE_STATIC): the caller keeps the bytes
// alive until the statement has run, which exec() does before returning.
void bindView(Database& db, Statement& st, int index, QByteArrayView bytes, bool blob)
{
    const char* data = bytes.data() ? bytes.data() : "";
    const int rc = blob ? sqlite3_bind_blob(st.handle(), index, data, int(bytes.size()), SQLITE_STATIC)
                        : sqlite3_bind_text(st.handle(), index, data, int(bytes.size()), SQLITE_STATIC);
    if (rc != SQLITE_OK)
        db.raise(rc, "bind");
}

} // namespace

void SqliteAuditRepository::insertRowEncoded(
    const StoredAuditRow& r, QByteArrayView actorUtf8, QByteArrayView resourceUtf8)
{
    auto st = m_st->use("INSERT INTO audit_events(seq, time_ms, tenant_id, actor, type, category, severity, "
                        "outcome, resource, record, chain_hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, "
                        "?10, ?11)");
    st->bind(1, i64(r.seq)).bind(2, i64(r.timeMs)).bind(3, opt64(r.tenantId));
    bindView(m_db, *st, 4, actorUtf8, false);
    st->bind(5, r.type).bind(6, r.category).bind(7, r.severity).bind(8, r.outcome);
    bindView(m_db, *st, 9, resourceUtf8, false);
    bindView(m_db, *st, 10, r.record, true);
    bindView(m_db, *st, 11, r.chainHash, true);
    st->exec();
}

qint64 SqliteAuditRepository::indexedUpto() const
{
    auto st = m_st->use("SELECT indexed_upto FROM audit_index_state WHERE id = 1");
    return st->step() ? st->int64(0) : 0;
}

void SqliteAuditRepository::writeIndex(const AuditIndexBuffer& buffer)
{
    if (buffer.isEmpty())
        return;
    // Sorted by key, so consecutive rows land on the same B-tree pages.
    using Entry = std::pair<const AuditIndexBuffer::Key*, const std::vector<qint64>*>;
    std::vector<Entry> entries;
    entries.reserve(buffer.postings().size());
    for (const auto& [key, seqs] : buffer.postings())
        entries.emplace_back(&key, &seqs);
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
        const auto& x = *a.first;
        const auto& y = *b.first;
        if (x.field != y.field)
            return x.field < y.field;
        return x.isText ? x.text < y.text : x.number < y.number;
    });
    {
        auto st = m_st->use("INSERT INTO audit_postings(field, value, last_seq, first_seq, n, seqs) "
                            "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
        for (const auto& [key, seqs] : entries) {
            // Runs of at most kMaxRunLength: a query decodes a whole run to
            // seek inside it, and a short one costs microseconds.
            for (std::size_t from = 0; from < seqs->size(); from += kMaxRunLength) {
                const auto run = std::span(*seqs).subspan(from, std::min(kMaxRunLength, seqs->size() - from));
                const QByteArray deltas = auditPostings::encodeDeltas(run);
                st->bind(1, int(key->field));
                if (key->isText)
                    bindView(m_db, *st, 2, key->text, false);
                else
                    st->bind(2, i64(key->number));
                st->bind(3, i64(run.back())).bind(4, i64(run.front())).bind(5, i64(qint64(run.size())));
                bindView(m_db, *st, 6, deltas, true);
                st->exec();
            }
        }
    }
    {
        auto fts = m_st->use("INSERT INTO audit_fts(rowid, body) VALUES (?1, ?2)");
        for (qint64 i = 0; i < buffer.size(); ++i) {
            fts->bind(1, i64(buffer.firstSeq() + i));
            bindView(m_db, *fts, 2, buffer.body(i), false);
            fts->exec();
        }
    }
    auto st = m_st->use("INSERT INTO audit_index_state(id, indexed_upto) VALUES (1, ?1) "
                        "ON CONFLICT(id) DO UPDATE SET indexed_upto = excluded.indexed_upto");
    st->bind(1, i64(buffer.lastSeq()));
    st->exec();
}

SqliteAuditRepository::Plan SqliteAuditRepository::plan(const AuditFilter& f) const
{
    Plan p;
    p.hi = lastSeq();
    // A time range is a seq range (see firstSeqAtOrAfter).
    if (f.fromMs) {
        if (const auto s = firstSeqAtOrAfter(*f.fromMs))
            p.lo = std::max(p.lo, *s);
        else
            p.empty = true;
    }
    if (f.toMs) {
        if (const auto s = firstSeqAtOrAfter(*f.toMs))
            p.hi = std::min(p.hi, *s - 1);
    }
    // Most selective fields first: the leapfrog then jumps further per seek.
    if (!f.actorId.isEmpty())
        p.conditions.append({ Plan::Column::Actor, {}, f.actorId });
    if (!f.resource.isEmpty()) {
        if (f.resource.endsWith(QLatin1Char('/'))) {
            const QString kind = f.resource.left(f.resource.indexOf(QLatin1Char('/')) + 1);
            p.conditions.append({ Plan::Column::ResourceKind, {}, kind });
            if (kind != f.resource)
                p.resourcePrefix = f.resource;
        } else {
            p.conditions.append({ Plan::Column::Resource, {}, f.resource });
        }
    }
    if (f.tenantScope == AuditFilter::TenantScope::Tenant)
        p.conditions.append({ Plan::Column::Tenant, { f.tenant.value }, {} });
    else if (f.tenantScope == AuditFilter::TenantScope::Platform)
        p.conditions.append({ Plan::Column::PlatformOnly, {}, {} });
    if (!f.types.isEmpty() || !f.categories.isEmpty()) {
        // A category is a fixed set of types: both go through the type index.
        QList<AuditEventType> types;
        for (AuditEventType t : f.types.isEmpty() ? allAuditEventTypes() : f.types)
            if (f.categories.isEmpty() || f.categories.contains(auditEventCategory(t)))
                types.append(t);
        if (types.isEmpty())
            p.empty = true;
        p.conditions.append({ Plan::Column::Type, codes(types), {} });
    }
    if (!f.severities.isEmpty() || !f.outcomes.isEmpty()) {
        // Severity and outcome share one index: seek each allowed combination.
        const QList<qint64> severities
            = f.severities.isEmpty() ? QList<qint64> { 0, 1, 2, 3 } : codes(f.severities);
        const QList<qint64> outcomes = f.outcomes.isEmpty() ? QList<qint64> { 0, 1, 2 } : codes(f.outcomes);
        QList<qint64> status;
        for (qint64 severity : severities)
            for (qint64 outcome : outcomes)
                status.append(severity * 4 + outcome);
        p.conditions.append({ Plan::Column::Status, status, {} });
    }
    if (!f.text.isEmpty()) {
        p.fts = ftsQuery(f.text, [this](const QString& prefix) { return prefixTerms(prefix); });
        p.ftsTail = ftsQuery(f.text);
        if (p.fts == QLatin1String("\"\""))
            p.empty = true;
    }
    return p;
}

QList<AuditEvent> SqliteAuditRepository::page(const AuditPageRequest& request) const
{
    Plan p = plan(request.filter);
    if (request.beforeSeq)
        p.hi = std::min(p.hi, *request.beforeSeq - 1);
    if (request.afterSeq)
        p.lo = std::max(p.lo, *request.afterSeq + 1);
    const int limit = std::clamp(request.limit, 1, 10000);

    QList<qint64> seqs;
    {
        Query q(*this, p, request.order == AuditPageRequest::Order::NewestFirst);
        q.run([&](qint64 seq) {
            seqs.append(seq);
            return seqs.size() < limit;
        });
    }

    QList<AuditEvent> out;
    out.reserve(seqs.size());
    for (qint64 seq : std::as_const(seqs)) {
        auto st = m_st->use("SELECT e.seq, e.time_ms, e.tenant_id, e.actor, e.type, e.severity, e.outcome, "
                            "e.resource, e.record, p.salt, p.data FROM audit_events e "
                            "LEFT JOIN audit_personal p ON p.seq = e.seq WHERE e.seq = ?1");
        st->bind(1, i64(seq));
        if (!st->step())
            continue;
        AuditEvent e;
        sqlite3_stmt* h = st->handle();
        const QByteArrayView bytes(static_cast<const char*>(sqlite3_column_blob(h, 8)), sqlite3_column_bytes(h, 8));
        if (auto rec = AuditEventCodec::decode(bytes))
            e.record = std::move(*rec);
        else
            e.record = recordFromColumns(*st);
        if (!st->isNull(9)) {
            AuditPersonalPart part;
            part.salt = st->blob(9);
            part.data = decodePersonal(st->blob(10)).value_or(AuditPersonalData {});
            e.personal = std::move(part);
        }
        out.append(std::move(e));
    }
    return out;
}

qint64 SqliteAuditRepository::count(const AuditFilter& filter) const
{
    const Plan p = plan(filter);
    Query q(*this, p, false);
    return q.count();
}

std::vector<qint64> SqliteAuditRepository::matchTail(const Plan& p, qint64 from, qint64 to) const
{
    std::vector<qint64> out;
    if (from > to)
        return out;
    struct Row
    {
        qint64 seq;
        QByteArray body;
    };
    std::vector<Row> candidates;
    {
        auto st = m_st->use("SELECT seq, tenant_id, actor, type, severity, outcome, resource, record "
                            "FROM audit_events WHERE seq BETWEEN ?1 AND ?2 ORDER BY seq");
        st->bind(1, i64(from)).bind(2, i64(to));
        while (st->step()) {
            const auto tenant = st->optInt64(1);
            const QString actor = st->text(2);
            const qint64 type = st->int64(3);
            const qint64 status = st->int64(4) * 4 + st->int64(5);
            const QString resource = st->text(6);
            bool match = true;
            for (const Plan::Condition& c : p.conditions) {
                switch (c.column) {
                case Plan::Column::Tenant:
                    match = tenant && c.numbers.contains(*tenant);
                    break;
                case Plan::Column::PlatformOnly:
                    match = !tenant;
                    break;
                case Plan::Column::Actor:
                    match = actor == c.text;
                    break;
                case Plan::Column::Type:
                    match = c.numbers.contains(type);
                    break;
                case Plan::Column::Status:
                    match = c.numbers.contains(status);
                    break;
                case Plan::Column::Resource:
                    match = resource == c.text;
                    break;
                case Plan::Column::ResourceKind: {
                    const qsizetype slash = resource.indexOf(QLatin1Char('/'));
                    match = (slash < 0 ? QString() : resource.left(slash + 1)) == c.text;
                    break;
                }
                }
                if (!match)
                    break;
            }
            if (match && !p.resourcePrefix.isEmpty())
                match = resource.startsWith(p.resourcePrefix);
            if (!match)
                continue;
            if (p.ftsTail.isEmpty()) {
                out.push_back(st->int64(0));
                continue;
            }
            sqlite3_stmt* h = st->handle();
            const QByteArrayView bytes(static_cast<const char*>(sqlite3_column_blob(h, 7)), sqlite3_column_bytes(h, 7));
            const auto record = AuditEventCodec::decode(bytes);
            candidates.push_back({ st->int64(0), record ? auditFtsBody(*record).toUtf8() : QByteArray() });
        }
    }
    if (candidates.empty())
        return out;

    // Full text over events not yet in audit_fts: the same FTS5 tokenizer and
    // query syntax in a private in-memory database, so they match exactly as
    // they will once indexed.
    if (!m_tailFts) {
        m_tailFts = std::make_unique<Database>(QStringLiteral(":memory:"), Database::Mode::ReadWrite);
        m_tailFts->exec("CREATE VIRTUAL TABLE t USING fts5(body, detail=full, tokenize='unicode61 remove_diacritics 2')");
    }
    Database& mem = *m_tailFts;
    mem.exec("DELETE FROM t");
    {
        Statement ins(mem, "INSERT INTO t(rowid, body) VALUES (?1, ?2)");
        for (const Row& r : candidates) {
            ins.bind(1, i64(r.seq)).bind(2, std::string_view(r.body.constData(), std::size_t(r.body.size())));
            ins.exec();
        }
    }
    Statement q(mem, "SELECT rowid FROM t WHERE t MATCH ?1 ORDER BY rowid");
    q.bind(1, p.ftsTail);
    try {
        while (q.step())
            out.push_back(q.int64(0));
    } catch (const StoreError& e) {
        if (e.kind() == StoreError::Kind::Interrupted)
            throw;
        // ftsQuery quotes every piece, so FTS5 has nothing to refuse; should
        // it still refuse, the main index would too and match nothing.
        out.clear();
    }
    return out;
}

std::optional<qint64> SqliteAuditRepository::firstSeqAtOrAfter(qint64 timeMs) const
{
    // time_ms never decreases with seq (AuditLog raises an earlier time to the
    // last one), so "the first row at or after m has time >= timeMs" is
    // monotone in m: a binary search over seq needs no time index.
    const auto firstFrom = [this](qint64 m) -> std::optional<std::pair<qint64, qint64>> {
        auto st = m_st->use("SELECT seq, time_ms FROM audit_events WHERE seq >= ?1 ORDER BY seq LIMIT 1");
        st->bind(1, i64(m));
        if (!st->step())
            return std::nullopt;
        return std::pair { st->int64(0), st->int64(1) };
    };
    const qint64 last = lastSeq();
    const auto lastRow = firstFrom(last);
    if (last <= 0 || !lastRow || lastRow->second < timeMs)
        return std::nullopt;
    qint64 lo = std::numeric_limits<qint64>::min() / 2;
    {
        auto st = m_st->use("SELECT min(seq) FROM audit_events");
        if (st->step())
            lo = st->int64(0);
    }
    qint64 hi = last;
    while (lo < hi) {
        const qint64 mid = lo + (hi - lo) / 2;
        const auto r = firstFrom(mid);
        if (r && r->second >= timeMs)
            hi = mid;
        else
            lo = mid + 1;
    }
    const auto r = firstFrom(lo);
    return r ? std::optional<qint64>(r->first) : std::nullopt;
}

QByteArray SqliteAuditRepository::subtree(int level, qint64 index) const
{
    auto st = m_st->use("SELECT hash FROM audit_subtrees WHERE level = ?1 AND idx = ?2");
    st->bind(1, level).bind(2, i64(index));
    return st->step() ? st->blob(0) : QByteArray();
}

void SqliteAuditRepository::putSubtree(int level, qint64 index, const QByteArray& hash)
{
    auto st = m_st->use("INSERT INTO audit_subtrees(level, idx, hash) VALUES (?1, ?2, ?3)");
    st->bind(1, level).bind(2, i64(index)).bindBlob(3, hash);
    st->exec();
}

void SqliteAuditRepository::forEachSubtree(
    const std::function<bool(int level, qint64 index, const QByteArray& hash)>& visit) const
{
    Statement st(m_db, "SELECT level, idx, hash FROM audit_subtrees ORDER BY level, idx");
    while (st.step())
        if (!visit(st.int32(0), st.int64(1), st.blob(2)))
            break;
}

void SqliteAuditRepository::insertCheckpoint(const Checkpoint& c)
{
    auto st = m_st->use(
        "INSERT INTO audit_checkpoints(tree_size, root_hash, unix_time, key_id, note) VALUES (?1, ?2, ?3, ?4, ?5)");
    st->bind(1, i64(c.treeSize)).bindBlob(2, c.rootHash).bind(3, i64(c.unixTime)).bind(4, c.keyId).bindBlob(5, c.toText());
    st->exec();
}

QList<Checkpoint> SqliteAuditRepository::checkpoints() const
{
    Statement st(
        m_db, "SELECT tree_size, root_hash, unix_time, key_id, note FROM audit_checkpoints ORDER BY tree_size");
    QList<Checkpoint> out;
    while (st.step())
        out.append(readCheckpoint(st));
    return out;
}

std::optional<Checkpoint> SqliteAuditRepository::latestCheckpoint() const
{
    auto st = m_st->use("SELECT tree_size, root_hash, unix_time, key_id, note FROM audit_checkpoints "
                        "ORDER BY tree_size DESC LIMIT 1");
    if (!st->step())
        return std::nullopt;
    return readCheckpoint(*st);
}

void SqliteAuditRepository::putPublicKey(const PublicKey& key, qint64 addedAt)
{
    auto st = m_st->use("INSERT INTO audit_public_keys(key_id, pem, added_at) VALUES (?1, ?2, ?3) "
                        "ON CONFLICT(key_id) DO NOTHING");
    st->bind(1, key.keyId()).bindBlob(2, key.toPem()).bind(3, i64(addedAt));
    st->exec();
}

void SqliteAuditRepository::retirePublicKey(const QString& keyId, qint64 retiredAt)
{
    auto st = m_st->use(
        "UPDATE audit_public_keys SET retired_at = ?2 WHERE key_id = ?1 AND retired_at IS NULL");
    st->bind(1, keyId).bind(2, i64(retiredAt));
    st->exec();
}

QList<PublicKey> SqliteAuditRepository::publicKeys() const
{
    Statement st(m_db, "SELECT pem FROM audit_public_keys ORDER BY added_at, key_id");
    QList<PublicKey> out;
    while (st.step()) {
        try {
            out.append(PublicKey::fromPem(st.blob(0)));
        } catch (const std::exception&) {
            // A damaged key row verifies nothing; checkpoints it signed then
            // show as signed by an unknown key.
        }
    }
    return out;
}

QByteArray SqliteAuditRepository::encodePersonal(const AuditPersonalData& data)
{
    QJsonObject o;
    if (!data.actorName.isEmpty())
        o.insert(QStringLiteral("name"), data.actorName);
    if (!data.actorEmail.isEmpty())
        o.insert(QStringLiteral("email"), data.actorEmail);
    if (!data.sourceAddress.isEmpty())
        o.insert(QStringLiteral("address"), data.sourceAddress);
    if (!data.details.isEmpty())
        o.insert(QStringLiteral("details"), data.details);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<AuditPersonalData> SqliteAuditRepository::decodePersonal(QByteArrayView json)
{
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(json.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    AuditPersonalData d;
    d.actorName = o.value(QLatin1String("name")).toString();
    d.actorEmail = o.value(QLatin1String("email")).toString();
    d.sourceAddress = o.value(QLatin1String("address")).toString();
    d.details = o.value(QLatin1String("details")).toObject();
    return d;
}

void SqliteAuditRepository::insertPersonal(const StoredPersonalPart& part)
{
    insertPersonalEncoded(part.seq, part.subject, part.part.salt, encodePersonal(part.part.data));
}

void SqliteAuditRepository::insertPersonalEncoded(
    qint64 seq, const QString& subject, const QByteArray& salt, const QByteArray& json)
{
    auto st = m_st->use("INSERT INTO audit_personal(seq, subject, salt, data) VALUES (?1, ?2, ?3, ?4)");
    st->bind(1, i64(seq)).bind(2, subject);
    bindView(m_db, *st, 3, salt, true);
    bindView(m_db, *st, 4, json, true);
    st->exec();
}

std::optional<StoredPersonalPart> SqliteAuditRepository::personal(qint64 seq) const
{
    auto st = m_st->use("SELECT subject, salt, data FROM audit_personal WHERE seq = ?1");
    st->bind(1, i64(seq));
    if (!st->step())
        return std::nullopt;
    StoredPersonalPart p;
    p.seq = seq;
    p.subject = st->text(0);
    p.part.salt = st->blob(1);
    p.part.data = decodePersonal(st->blob(2)).value_or(AuditPersonalData {});
    return p;
}

void SqliteAuditRepository::forEachPersonal(
    qint64 fromSeq, qint64 toSeq, const std::function<bool(const StoredPersonalPart&)>& visit) const
{
    // A statement of its own, as in forEachRow: one range scan instead of a lookup per part.
    Statement st(m_db, "SELECT seq, subject, salt, data FROM audit_personal WHERE seq BETWEEN ?1 AND ?2 ORDER BY seq");
    st.bind(1, i64(fromSeq)).bind(2, i64(toSeq));
    // A person's data repeats from event to event (only the salt differs):
    // parse each distinct JSON text once per scan.
    constexpr qsizetype kMaxRemembered = 4096;
    QHash<QByteArray, AuditPersonalData> parsed;
    while (st.step()) {
        StoredPersonalPart p;
        p.seq = st.int64(0);
        p.subject = st.text(1);
        p.part.salt = st.blob(2);
        const QByteArray json = st.blob(3);
        auto known = parsed.constFind(json);
        if (known == parsed.constEnd()) {
            if (parsed.size() >= kMaxRemembered)
                parsed.clear();
            known = parsed.insert(json, decodePersonal(json).value_or(AuditPersonalData {}));
        }
        p.part.data = *known;
        if (!visit(p))
            break;
    }
}

QByteArray SqliteAuditRepository::subjectKey(const QString& subject) const
{
    auto st = m_st->use("SELECT key FROM audit_subject_keys WHERE subject = ?1");
    st->bind(1, subject);
    return st->step() ? st->blob(0) : QByteArray();
}

void SqliteAuditRepository::putSubjectKey(const QString& subject, const QByteArray& key, qint64 createdAt)
{
    auto st = m_st->use("INSERT INTO audit_subject_keys(subject, key, created_at) VALUES (?1, ?2, ?3)");
    st->bind(1, subject).bindBlob(2, key).bind(3, i64(createdAt));
    st->exec();
}

qint64 SqliteAuditRepository::eraseSubject(const QString& subject)
{
    // The subject's parts: those of indexed events through the subject's
    // posting runs, the few after the index's end by reading them.
    const QByteArray key = subject.toUtf8();
    std::vector<qint64> seqs;
    {
        auto st = m_st->use("SELECT first_seq, last_seq, n, seqs FROM audit_postings WHERE field = ?1 AND value = ?2");
        st->bind(1, int(AuditIndexField::Subject));
        bindView(m_db, *st, 2, key, false);
        while (st->step())
            decodeRun(*st, seqs);
    }
    qint64 parts = 0;
    {
        auto st = m_st->use("DELETE FROM audit_personal WHERE seq = ?1 AND subject = ?2");
        for (qint64 seq : seqs) {
            st->bind(1, i64(seq));
            bindView(m_db, *st, 2, key, false);
            st->exec();
            parts += m_db.changes();
        }
    }
    {
        auto st = m_st->use("DELETE FROM audit_personal WHERE seq > ?1 AND subject = ?2");
        st->bind(1, i64(indexedUpto()));
        bindView(m_db, *st, 2, key, false);
        st->exec();
        parts += m_db.changes();
    }
    {
        auto st = m_st->use("DELETE FROM audit_postings WHERE field = ?1 AND value = ?2");
        st->bind(1, int(AuditIndexField::Subject));
        bindView(m_db, *st, 2, key, false);
        st->exec();
    }
    auto st = m_st->use("DELETE FROM audit_subject_keys WHERE subject = ?1");
    st->bind(1, subject);
    st->exec();
    return parts;
}

QList<AuditAlertRuleConfig> SqliteAuditRepository::alertRules() const
{
    Statement st(m_db, "SELECT rule, enabled, threshold, window_seconds FROM audit_alert_rules ORDER BY rule");
    QList<AuditAlertRuleConfig> out;
    while (st.step())
        out.append({ st.text(0), st.int64(1) != 0, st.int32(2), st.int32(3) });
    return out;
}

void SqliteAuditRepository::putAlertRule(const AuditAlertRuleConfig& rule)
{
    auto st = m_st->use("INSERT INTO audit_alert_rules(rule, enabled, threshold, window_seconds) "
                        "VALUES (?1, ?2, ?3, ?4) ON CONFLICT(rule) DO UPDATE SET enabled = excluded.enabled, "
                        "threshold = excluded.threshold, window_seconds = excluded.window_seconds");
    st->bind(1, rule.rule).bind(2, rule.enabled ? 1 : 0).bind(3, rule.threshold).bind(4, rule.windowSeconds);
    st->exec();
}

qint64 SqliteAuditRepository::insertAlert(const AuditAlert& a)
{
    auto st = m_st->use("INSERT INTO audit_alerts(rule, raised_seq, raised_at, subject, summary, status, "
                        "resolved_seq, resolved_at, resolved_by, resolution) "
                        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    st->bind(1, a.rule).bind(2, i64(a.raisedSeq)).bind(3, i64(a.raisedAt)).bind(4, a.subject).bind(5, a.summary);
    st->bind(6, a.resolved ? "resolved" : "open");
    st->bind(7, opt64(a.resolvedSeq)).bind(8, opt64(a.resolvedAt));
    st->bind(9, a.resolvedBy.isEmpty() ? std::optional<QString>() : std::optional<QString>(a.resolvedBy));
    st->bind(10, a.resolution.isEmpty() ? std::optional<QString>() : std::optional<QString>(a.resolution));
    st->exec();
    return m_db.lastInsertRowId();
}

void SqliteAuditRepository::updateAlert(const AuditAlert& a)
{
    auto st = m_st->use("UPDATE audit_alerts SET rule = ?2, raised_seq = ?3, raised_at = ?4, subject = ?5, "
                        "summary = ?6, status = ?7, resolved_seq = ?8, resolved_at = ?9, resolved_by = ?10, "
                        "resolution = ?11 WHERE id = ?1");
    st->bind(1, i64(a.id)).bind(2, a.rule).bind(3, i64(a.raisedSeq)).bind(4, i64(a.raisedAt)).bind(5, a.subject);
    st->bind(6, a.summary).bind(7, a.resolved ? "resolved" : "open");
    st->bind(8, opt64(a.resolvedSeq)).bind(9, opt64(a.resolvedAt));
    st->bind(10, a.resolvedBy.isEmpty() ? std::optional<QString>() : std::optional<QString>(a.resolvedBy));
    st->bind(11, a.resolution.isEmpty() ? std::optional<QString>() : std::optional<QString>(a.resolution));
    st->exec();
}

QList<AuditAlert> SqliteAuditRepository::alerts(bool openOnly, int limit) const
{
    static const std::string all
        = concat({ "SELECT ", kAlertColumns, " FROM audit_alerts ORDER BY raised_at DESC, id DESC LIMIT ?1" });
    static const std::string open = concat({ "SELECT ", kAlertColumns,
        " FROM audit_alerts WHERE status = 'open' ORDER BY raised_at DESC, id DESC LIMIT ?1" });
    auto st = m_st->use(openOnly ? open : all);
    st->bind(1, std::max(0, limit));
    QList<AuditAlert> out;
    while (st->step())
        out.append(readAlert(*st));
    return out;
}

std::optional<AuditAlert> SqliteAuditRepository::alert(qint64 id) const
{
    static const std::string sql = concat({ "SELECT ", kAlertColumns, " FROM audit_alerts WHERE id = ?1" });
    auto st = m_st->use(sql);
    st->bind(1, i64(id));
    if (!st->step())
        return std::nullopt;
    return readAlert(*st);
}

} // namespace gc
