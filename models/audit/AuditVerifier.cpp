#include "AuditVerifier.h"

#include "AuditEventCodec.h"
#include "AuditLog.h"
#include "AuditReader.h"
#include "AuditRecordScanner.h"
#include "AuditRepository.h"
#include "MerkleTree.h"
#include "PersonalCommitment.h"
#include "Sha256.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QLocale>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstring>
#include <exception>
#include <map>
#include <mutex>
#include <thread>
#include <unordered_map>
#include <vector>

namespace gc {

namespace {

using Digest = Sha256::Digest;

// The rows are hashed in chunks of 2^16 leaves aligned to multiples of 2^16:
// a perfect subtree inside a chunk is aligned the same way in the whole tree,
// so workers that each start at a chunk boundary build exactly the subtrees
// the sequential builder would, and the chunk roots merge into the big ones.
constexpr int kChunkLevel = 16;
constexpr qint64 kChunkSize = qint64(1) << kChunkLevel;
constexpr int kStoredLevel = AuditLog::kStoredSubtreeLevel;
constexpr int kMaxLevel = 62;
// Rows read per query; a block's personal parts are read just before it.
constexpr qint64 kRowsPerQuery = 8192;
// How far forward a moved event is looked for when classifying.
constexpr qint64 kReorderSearch = 1 << 20;

QString number(qint64 n)
{
    return QLocale().toString(n);
}

bool sameHash(const Digest& d, QByteArrayView b)
{
    return b.size() == Sha256::kSize && std::memcmp(d.data(), b.data(), Sha256::kSize) == 0;
}

std::optional<Digest> toDigest(QByteArrayView b)
{
    if (b.size() != Sha256::kSize)
        return std::nullopt;
    Digest d;
    std::memcpy(d.data(), b.data(), Sha256::kSize);
    return d;
}

Digest chainOf(Sha256& sha, const Digest& previous, const Digest& leaf)
{
    std::array<char, 2 * Sha256::kSize> buffer;
    std::memcpy(buffer.data(), previous.data(), Sha256::kSize);
    std::memcpy(buffer.data() + Sha256::kSize, leaf.data(), Sha256::kSize);
    return sha.hash(QByteArrayView(buffer.data(), qsizetype(buffer.size())));
}

quint64 subtreeKey(int level, qint64 index)
{
    return (quint64(level) << 56) | quint64(index);
}

struct Node
{
    int level = 0;
    Digest hash {};
};
using CompactRange = std::vector<Node>;

enum class RowProblem
{
    Gap,
    Undecodable,
    Sequence,
    Chain,
    Column
};

struct RowFailure
{
    RowFailure(
        qint64 s, RowProblem p, AuditDecodeError e = AuditDecodeError::None, qint64 r = 0, QString c = {})
        : seq(s)
        , problem(p)
        , decodeError(e)
        , recordSeq(r)
        , column(std::move(c))
    { }
    qint64 seq;
    RowProblem problem;
    AuditDecodeError decodeError;
    qint64 recordSeq;
    QString column;
};

struct SubtreeFailure
{
    int level = 0;
    qint64 index = 0;
    [[nodiscard]] qint64 firstSeq() const { return (index << level) + 1; }
};

// State the workers share: read-only inputs and a few atomics.
struct Shared
{
    std::unordered_map<quint64, QByteArray> subtrees;
    std::vector<qint64> sizes; // sizes whose root is needed, ascending, within 1..N
    std::atomic<bool> cancel { false };
    std::atomic<qint64> firstFailure { std::numeric_limits<qint64>::max() };
    std::atomic<qint64> done { 0 };
};

// PersonalCommitment::verify with the subject key's HMAC pads prepared once
// and the worker's reusable SHA-256 context: OpenSSL's one-shot HMAC() looks
// the digest up and allocates a context on every call, which costs more than
// the hashing itself at millions of parts.
class SubjectMac final
{
public:
    SubjectMac() = default;
    explicit SubjectMac(const QByteArray& key)
    {
        if (key.size() != PersonalCommitment::kKeySize)
            return; // no key: erased (or never had one)
        m_inner.fill(0x36);
        m_outer.fill(0x5c);
        for (qsizetype i = 0; i < key.size(); ++i) {
            m_inner[std::size_t(i)] ^= key[i];
            m_outer[std::size_t(i)] ^= key[i];
        }
        m_valid = true;
    }

    [[nodiscard]] bool valid() const { return m_valid; }

    bool opens(Sha256& sha, const AuditPersonalPart& part, QByteArrayView commitment) const
    {
        if (part.salt.size() != PersonalCommitment::kSaltSize || commitment.size() != Sha256::kSize)
            return false;
        // A person's data repeats from event to event (only the salt differs),
        // so the last canonical form is kept.
        if (!m_lastData || part.data != *m_lastData) {
            try {
                m_lastMessage = PersonalCommitment::canonicalBytes(part.data);
            } catch (const std::exception&) {
                m_lastData.reset();
                return false;
            }
            m_lastData = part.data;
        }
        QByteArray inner(m_inner.data(), qsizetype(m_inner.size()));
        inner += m_lastMessage;
        inner += part.salt;
        const Digest innerHash = sha.hash(inner);
        std::array<char, kShaBlock + Sha256::kSize> outer;
        std::memcpy(outer.data(), m_outer.data(), kShaBlock);
        std::memcpy(outer.data() + kShaBlock, innerHash.data(), Sha256::kSize);
        return sameHash(sha.hash(QByteArrayView(outer.data(), qsizetype(outer.size()))), commitment);
    }

private:
    static constexpr std::size_t kShaBlock = 64; // SHA-256's block size
    std::array<char, kShaBlock> m_inner {};
    std::array<char, kShaBlock> m_outer {};
    bool m_valid = false;
    mutable std::optional<AuditPersonalData> m_lastData;
    mutable QByteArray m_lastMessage;
};

// Verifies the rows fromSeq..toSeq: each record against its columns and the
// chain hash of the row before, and builds the Merkle hashes of its chunks.
class RangeWorker final
{
public:
    RangeWorker(const AuditRepository& repo, qint64 fromSeq, qint64 toSeq, Shared& shared)
        : m_repo(repo)
        , m_from(fromSeq)
        , m_to(toSeq)
        , m_expected(fromSeq)
        , m_shared(shared)
    {
        m_nextSize
            = std::lower_bound(shared.sizes.begin(), shared.sizes.end(), fromSeq) - shared.sizes.begin();
    }

    void run()
    {
        if (m_from == 1) {
            m_previous = toDigest(AuditEventCodec::genesisChainHash());
        } else if (const auto before = m_repo.row(m_from - 1)) {
            // The worker before this one checks that row itself; here its
            // stored chain hash is only the start of this range's links.
            m_previous = toDigest(before->chainHash);
        }
        // Blocks of rows with their personal parts read beforehand, so each
        // part is matched to its row without a lookup of its own.
        for (qint64 lo = m_from; lo <= m_to && !m_failure && !stopped(); lo += kRowsPerQuery) {
            const qint64 hi = std::min(m_to, lo + kRowsPerQuery - 1);
            m_parts.clear();
            m_nextPart = 0;
            m_repo.forEachPersonal(lo, hi, [this](const StoredPersonalPart& p) {
                m_parts.push_back(p);
                return true;
            });
            m_repo.forEachRow(lo, hi, [this](const StoredAuditRow& row) { return visit(row); });
            if (!m_failure && !stopped() && m_expected <= hi)
                fail({ m_expected, RowProblem::Gap });
        }
        flushProgress();
    }

    std::optional<RowFailure> m_failure;
    std::optional<SubtreeFailure> m_subtreeFailure;
    std::optional<qint64> m_personalFailure;
    qint64 m_personalChecked = 0;
    qint64 m_checked = 0;
    std::map<qint64, CompactRange> m_snapshots;
    std::map<qint64, Digest> m_chunkRoots;

private:
    [[nodiscard]] bool stopped() const
    {
        return m_shared.cancel.load(std::memory_order_relaxed)
            || m_expected > m_shared.firstFailure.load(std::memory_order_relaxed);
    }

    void fail(RowFailure failure)
    {
        qint64 current = m_shared.firstFailure.load();
        while (failure.seq < current && !m_shared.firstFailure.compare_exchange_weak(current, failure.seq)) {
        }
        m_failure = std::move(failure);
    }

    void flushProgress()
    {
        m_shared.done.fetch_add(m_unreported, std::memory_order_relaxed);
        m_unreported = 0;
    }

    bool visit(const StoredAuditRow& row)
    {
        if (stopped())
            return false;
        if (row.seq != m_expected) {
            fail({ m_expected, RowProblem::Gap });
            return false;
        }
        AuditRecordFields f;
        std::optional<AuditRecord> decoded;
        if (AuditRecordScanner::scan(row.record, f) == AuditRecordScanner::Result::Undecided) {
            AuditDecodeError error = AuditDecodeError::None;
            decoded = AuditEventCodec::decode(row.record, &error);
            if (!decoded) {
                fail({ row.seq, RowProblem::Undecodable, error });
                return false;
            }
        }
        const qint64 recordSeq = decoded ? decoded->sequence : f.sequence;
        if (recordSeq != row.seq) {
            fail({ row.seq, RowProblem::Sequence, AuditDecodeError::None, recordSeq });
            return false;
        }
        const Digest leaf = m_sha.leaf(row.record);
        const auto stored = toDigest(row.chainHash);
        if (!stored || (m_previous && chainOf(m_sha, *m_previous, leaf) != *stored)) {
            fail({ row.seq, RowProblem::Chain });
            return false;
        }
        const QString column = decoded ? columnMismatch(row, *decoded) : columnMismatch(row, f);
        if (!column.isEmpty()) {
            fail({ row.seq, RowProblem::Column, AuditDecodeError::None, recordSeq, column });
            return false;
        }
        m_previous = stored;
        pushLeaf(leaf);
        checkPersonal(row.seq, decoded ? QByteArrayView(decoded->personalCommitment) : f.commitment);
        ++m_expected;
        ++m_checked;
        if (++m_unreported == 4096)
            flushProgress();
        return true;
    }

    static QString columnMismatch(const StoredAuditRow& row, const AuditRecordFields& f)
    {
        if (row.timeMs != f.timeUtcMs)
            return QStringLiteral("time_ms");
        if (row.tenantId != f.tenant)
            return QStringLiteral("tenant_id");
        if (row.actor != QLatin1String(f.actor))
            return QStringLiteral("actor");
        if (row.type != int(f.type))
            return QStringLiteral("type");
        if (row.category != int(auditEventCategory(AuditEventType(f.type))))
            return QStringLiteral("category");
        if (row.severity != int(f.severity))
            return QStringLiteral("severity");
        if (row.outcome != int(f.outcome))
            return QStringLiteral("outcome");
        if (row.resource != QLatin1String(f.resource))
            return QStringLiteral("resource");
        return {};
    }

    static QString columnMismatch(const StoredAuditRow& row, const AuditRecord& r)
    {
        if (row.timeMs != r.timeUtcMs)
            return QStringLiteral("time_ms");
        if (row.tenantId != (r.tenant ? std::optional<qint64>(r.tenant->value) : std::nullopt))
            return QStringLiteral("tenant_id");
        if (row.actor != r.actorId)
            return QStringLiteral("actor");
        if (row.type != int(r.type))
            return QStringLiteral("type");
        if (row.category != int(r.category()))
            return QStringLiteral("category");
        if (row.severity != int(r.severity))
            return QStringLiteral("severity");
        if (row.outcome != int(r.outcome))
            return QStringLiteral("outcome");
        if (row.resource != r.resource)
            return QStringLiteral("resource");
        return {};
    }

    void pushLeaf(const Digest& leaf)
    {
        const qint64 index = m_expected - 1;
        m_range.push_back({ 0, leaf });
        while (m_range.size() >= 2 && m_range[m_range.size() - 2].level == m_range.back().level) {
            const int level = m_range.back().level + 1;
            const Digest merged
                = m_sha.node(m_range[m_range.size() - 2].hash.data(), m_range.back().hash.data());
            m_range.pop_back();
            m_range.back() = { level, merged };
            if (level >= kStoredLevel)
                checkSubtree(level, index >> level, merged);
        }
        const qint64 size = index + 1;
        if (m_nextSize < m_shared.sizes.size() && m_shared.sizes[m_nextSize] == size) {
            m_snapshots.emplace(size, m_range);
            ++m_nextSize;
        }
        if (size % kChunkSize == 0) {
            m_chunkRoots.emplace(index >> kChunkLevel, m_range.back().hash);
            m_range.clear();
        }
    }

    void checkSubtree(int level, qint64 index, const Digest& hash)
    {
        const auto it = m_shared.subtrees.find(subtreeKey(level, index));
        if (it == m_shared.subtrees.end() || sameHash(hash, it->second))
            return;
        const SubtreeFailure f { level, index };
        if (!m_subtreeFailure || f.firstSeq() < m_subtreeFailure->firstSeq())
            m_subtreeFailure = f;
    }

    void checkPersonal(qint64 seq, QByteArrayView commitment)
    {
        while (m_nextPart < m_parts.size() && m_parts[m_nextPart].seq < seq)
            ++m_nextPart; // parts of missing rows: the gap is reported instead
        if (m_nextPart == m_parts.size() || m_parts[m_nextPart].seq != seq)
            return; // none, or erased
        const StoredPersonalPart& part = m_parts[m_nextPart];
        auto key = m_subjectKeys.constFind(part.subject);
        if (key == m_subjectKeys.constEnd())
            key = m_subjectKeys.insert(part.subject, SubjectMac(m_repo.subjectKey(part.subject)));
        if (!key->valid())
            return; // the subject was erased: nothing can be opened any more
        ++m_personalChecked;
        // A part beside a record that committed to none is foreign to it.
        const bool none = std::all_of(commitment.begin(), commitment.end(), [](char c) { return c == 0; });
        if ((none || !key->opens(m_sha, part.part, commitment)) && !m_personalFailure)
            m_personalFailure = seq;
    }

    const AuditRepository& m_repo;
    const qint64 m_from;
    const qint64 m_to;
    qint64 m_expected;
    Shared& m_shared;
    std::size_t m_nextSize = 0;
    Sha256 m_sha;
    std::optional<Digest> m_previous;
    CompactRange m_range;
    QHash<QString, SubjectMac> m_subjectKeys;
    std::vector<StoredPersonalPart> m_parts; // of the current block
    std::size_t m_nextPart = 0;
    qint64 m_unreported = 0;
};

// Runs the workers on threads of their own while the calling thread reports
// progress; joins them on every path out, exceptions included.
class WorkerPool final
{
public:
    explicit WorkerPool(Shared& shared)
        : m_shared(shared)
    { }
    ~WorkerPool()
    {
        // Only reached with threads still running when the caller's progress
        // callback threw: stop them before the state they use goes away.
        if (std::any_of(
                m_threads.begin(), m_threads.end(), [](const std::thread& t) { return t.joinable(); }))
            m_shared.cancel = true;
        join();
    }
    Q_DISABLE_COPY_MOVE(WorkerPool)

    void start(RangeWorker& worker)
    {
        ++m_running;
        m_threads.emplace_back([this, &worker] {
            try {
                worker.run();
            } catch (...) {
                const std::lock_guard lock(m_mutex);
                if (!m_error)
                    m_error = std::current_exception();
                m_shared.cancel = true;
            }
            const std::lock_guard lock(m_mutex);
            --m_running;
            m_finished.notify_all();
        });
    }

    /// Waits for every worker; `tick` is called about ten times a second and
    /// returns false to cancel.
    void wait(const std::function<bool()>& tick)
    {
        std::unique_lock lock(m_mutex);
        while (m_running > 0) {
            m_finished.wait_for(lock, std::chrono::milliseconds(100));
            if (m_running > 0 && tick) {
                lock.unlock();
                const bool go = tick();
                lock.lock();
                if (!go)
                    m_shared.cancel = true;
            }
        }
        lock.unlock();
        join();
        if (m_error)
            std::rethrow_exception(m_error);
    }

private:
    void join()
    {
        for (std::thread& t : m_threads)
            if (t.joinable())
                t.join();
    }

    Shared& m_shared;
    std::vector<std::thread> m_threads;
    std::mutex m_mutex;
    std::condition_variable m_finished;
    int m_running = 0;
    std::exception_ptr m_error;
};

Digest fold(Sha256& sha, const CompactRange& left, const CompactRange& right)
{
    std::vector<const Digest*> all;
    all.reserve(left.size() + right.size());
    for (const Node& n : left)
        all.push_back(&n.hash);
    for (const Node& n : right)
        all.push_back(&n.hash);
    Digest acc = *all.back();
    for (auto it = all.rbegin() + 1; it != all.rend(); ++it)
        acc = sha.node((*it)->data(), acc.data());
    return acc;
}

// --- classification of the first bad row -----------------------------------

class RowClassifier final
{
public:
    RowClassifier(const AuditRepository& repo, qint64 latestCheckpointSize)
        : m_repo(repo)
        , m_latestCheckpoint(latestCheckpointSize)
    { }

    AuditVerifyReport classify(const RowFailure& failure, qint64 lastSeq)
    {
        const qint64 n = failure.seq;
        switch (failure.problem) {
        case RowProblem::Gap:
            return gap(n, lastSeq);
        case RowProblem::Undecodable:
            return report(AuditTamperKind::Undecodable, n,
                QCoreApplication::translate("gc::AuditVerifier", "Event %1 cannot be decoded: %2 Its stored bytes were altered, so none of its contents "
                   "can be "
                   "trusted, and every checkpoint from this event on no longer matches.")
                    .arg(number(n), AuditEventCodec::message(failure.decodeError)));
        case RowProblem::Sequence:
            return sequence(n, failure.recordSeq);
        case RowProblem::Chain:
            return chain(n);
        case RowProblem::Column:
            return report(AuditTamperKind::Modified, n,
                QCoreApplication::translate("gc::AuditVerifier", "Event %1 was modified: its stored column “%2” differs from the value in its hashed "
                   "record. "
                   "Searches and reports that filter by this column show a falsified value; the record "
                   "itself "
                   "is intact.")
                    .arg(number(n), failure.column));
        }
        return {};
    }

private:
    static AuditVerifyReport report(AuditTamperKind kind, qint64 seq, const QString& message)
    {
        AuditVerifyReport r;
        r.kind = kind;
        r.firstBadSeq = seq;
        r.message = message;
        return r;
    }

    std::optional<StoredAuditRow> row(qint64 seq) const { return seq >= 1 ? m_repo.row(seq) : std::nullopt; }

    // The stored chain hash the event at `seq` must link to.
    std::optional<Digest> chainBefore(qint64 seq) const
    {
        if (seq <= 1)
            return toDigest(AuditEventCodec::genesisChainHash());
        const auto r = row(seq - 1);
        return r ? toDigest(r->chainHash) : std::nullopt;
    }

    bool fitsAfter(const std::optional<Digest>& previous, const StoredAuditRow& r)
    {
        const auto stored = toDigest(r.chainHash);
        return previous && stored && chainOf(m_sha, *previous, m_sha.leaf(r.record)) == *stored;
    }

    static std::optional<qint64> recordSeq(const StoredAuditRow& r)
    {
        const auto rec = AuditEventCodec::decode(r.record);
        return rec ? std::optional<qint64>(rec->sequence) : std::nullopt;
    }

    // The row after `n` is intact, in place, and links to row n's stored
    // chain hash: then row n's record was edited in place.
    bool editedInPlace(qint64 n, const StoredAuditRow& at)
    {
        const auto next = row(n + 1);
        return next && recordSeq(*next) == n + 1 && fitsAfter(toDigest(at.chainHash), *next)
            && !fitsAfter(chainBefore(n), at);
    }

    AuditVerifyReport gap(qint64 n, qint64 lastSeq)
    {
        qint64 next = n + 1;
        while (next <= lastSeq && !row(next))
            ++next;
        const qint64 missing = next - n;
        return report(AuditTamperKind::Deleted, n,
            missing == 1
                ? QCoreApplication::translate("gc::AuditVerifier", "Event %1 was deleted: the sequence jumps from %2 to %3. Whatever it recorded is "
                     "gone, and every checkpoint from it on no longer matches the log.")
                      .arg(number(n), number(n - 1), number(next))
                : QCoreApplication::translate("gc::AuditVerifier", "Events %1 to %2 were deleted: the sequence jumps from %3 to %4. Whatever they "
                     "recorded is gone, and every checkpoint from them on no longer matches the log.")
                      .arg(number(n), number(next - 1), number(n - 1), number(next)));
    }

    AuditVerifyReport sequence(qint64 n, qint64 m)
    {
        const auto at = row(n);
        if (!at)
            return gap(n, n);
        if (editedInPlace(n, *at)
            || (!row(n + 1) && !fitsAfter(chainBefore(n), *at) && n <= m_latestCheckpoint))
            return report(AuditTamperKind::Modified, n,
                QCoreApplication::translate("gc::AuditVerifier", "Event %1 was modified: its record now claims sequence number %2 and no longer matches "
                   "its "
                   "chain hash. The event's contents cannot be trusted, and every checkpoint from it on no "
                   "longer matches.")
                    .arg(number(n), number(m)));
        if (m < n) {
            if (fitsAfter(chainBefore(m), *at))
                return inserted(m, n - m);
            return report(AuditTamperKind::Inserted, n,
                QCoreApplication::translate("gc::AuditVerifier", "Event %1 was inserted: the row holds a copy of event %2, which belongs earlier in the "
                   "log.")
                    .arg(number(n), number(m)));
        }
        // m > n: the event that belongs here either moved further on or is gone.
        std::optional<qint64> movedTo;
        m_repo.forEachRow(n + 1, n + kReorderSearch, [&](const StoredAuditRow& r) {
            if (AuditRecordScanner::peekSequence(r.record) == n) {
                movedTo = r.seq;
                return false;
            }
            return true;
        });
        if (movedTo)
            return report(AuditTamperKind::Reordered, n,
                QCoreApplication::translate("gc::AuditVerifier", "Events were reordered: position %1 holds event %2, and event %1 was moved to position "
                   "%3. "
                   "The order of events (and so what happened first) was falsified; every checkpoint from "
                   "event %1 on no longer matches.")
                    .arg(number(n), number(m), number(*movedTo)));
        return report(AuditTamperKind::Deleted, n,
            QCoreApplication::translate("gc::AuditVerifier", "Event %1 was deleted and the events after it renumbered: position %1 holds event %2. "
               "Whatever "
               "the missing events recorded is gone, and every checkpoint from them on no longer matches.")
                .arg(number(n), number(m)));
    }

    AuditVerifyReport inserted(qint64 n, qint64 count)
    {
        return report(AuditTamperKind::Inserted, n,
            count == 1
                ? QCoreApplication::translate("gc::AuditVerifier", "An event was inserted at position %1: the events after it were renumbered and the "
                     "original event %1 now sits at %2. The inserted event was never logged; every "
                     "checkpoint from it on no longer matches.")
                      .arg(number(n), number(n + 1))
                : QCoreApplication::translate("gc::AuditVerifier", "%1 events were inserted from position %2 on: the original event %2 now sits at %3. "
                     "The inserted events were never logged; every checkpoint from them on no longer "
                     "matches.")
                      .arg(number(count), number(n), number(n + count)));
    }

    AuditVerifyReport chain(qint64 n)
    {
        const auto at = row(n);
        if (!at)
            return gap(n, n);
        const auto next = row(n + 1);
        if (next && recordSeq(*next) == n && fitsAfter(chainBefore(n), *next))
            return inserted(n, 1);
        if (!next && n > m_latestCheckpoint)
            return report(AuditTamperKind::Inserted, n,
                QCoreApplication::translate("gc::AuditVerifier", "Event %1, the last one, does not fit the hash chain: it was appended by something other "
                   "than the audit log (or changed before any checkpoint covered it). It cannot be trusted.")
                    .arg(number(n)));
        if (!next)
            return report(AuditTamperKind::Modified, n,
                QCoreApplication::translate("gc::AuditVerifier", "Event %1, the last one, was modified: its record or its chain hash was altered, so they "
                   "no "
                   "longer match. The event's contents cannot be trusted.")
                    .arg(number(n)));
        if (fitsAfter(toDigest(at->chainHash), *next))
            return report(AuditTamperKind::Modified, n,
                QCoreApplication::translate("gc::AuditVerifier", "Event %1 was modified: its record no longer matches its chain hash. The event's contents "
                   "cannot be trusted, and every checkpoint from it on no longer matches.")
                    .arg(number(n)));
        return report(AuditTamperKind::Modified, n,
            QCoreApplication::translate("gc::AuditVerifier", "Event %1 was modified: its stored chain hash is not the hash of its record and the event "
               "before it. The link between the events was altered; every checkpoint from it on no longer "
               "matches.")
                .arg(number(n)));
    }

    const AuditRepository& m_repo;
    qint64 m_latestCheckpoint;
    Sha256 m_sha;
};

QString checkpointName(const Checkpoint& c)
{
    return QCoreApplication::translate("gc::AuditVerifier", "the checkpoint of %1 events signed %2")
        .arg(number(c.treeSize), c.time().toString(Qt::ISODate));
}

} // namespace

QString AuditVerifier::kindId(AuditTamperKind kind)
{
    switch (kind) {
    case AuditTamperKind::None:
        return QStringLiteral("ok");
    case AuditTamperKind::Modified:
        return QStringLiteral("modified");
    case AuditTamperKind::Deleted:
        return QStringLiteral("deleted");
    case AuditTamperKind::Inserted:
        return QStringLiteral("inserted");
    case AuditTamperKind::Reordered:
        return QStringLiteral("reordered");
    case AuditTamperKind::Truncated:
        return QStringLiteral("truncated");
    case AuditTamperKind::Fork:
        return QStringLiteral("fork");
    case AuditTamperKind::BadCheckpoint:
        return QStringLiteral("bad_checkpoint");
    case AuditTamperKind::Inconsistent:
        return QStringLiteral("inconsistent");
    case AuditTamperKind::BadSubtree:
        return QStringLiteral("bad_subtree");
    case AuditTamperKind::BadPersonalPart:
        return QStringLiteral("bad_personal_part");
    case AuditTamperKind::Undecodable:
        return QStringLiteral("undecodable");
    }
    return {};
}

QString AuditVerifier::kindDisplayName(AuditTamperKind kind)
{
    switch (kind) {
    case AuditTamperKind::None:
        return QCoreApplication::translate("gc::AuditVerifier", "intact");
    case AuditTamperKind::Modified:
        return QCoreApplication::translate("gc::AuditVerifier", "modified");
    case AuditTamperKind::Deleted:
        return QCoreApplication::translate("gc::AuditVerifier", "event deleted");
    case AuditTamperKind::Inserted:
        return QCoreApplication::translate("gc::AuditVerifier", "event inserted");
    case AuditTamperKind::Reordered:
        return QCoreApplication::translate("gc::AuditVerifier", "events reordered");
    case AuditTamperKind::Truncated:
        return QCoreApplication::translate("gc::AuditVerifier", "truncated");
    case AuditTamperKind::Fork:
        return QCoreApplication::translate("gc::AuditVerifier", "rebuilt or forked");
    case AuditTamperKind::BadCheckpoint:
        return QCoreApplication::translate("gc::AuditVerifier", "bad checkpoint signature");
    case AuditTamperKind::Inconsistent:
        return QCoreApplication::translate("gc::AuditVerifier", "inconsistent checkpoints");
    case AuditTamperKind::BadSubtree:
        return QCoreApplication::translate("gc::AuditVerifier", "bad stored subtree");
    case AuditTamperKind::BadPersonalPart:
        return QCoreApplication::translate("gc::AuditVerifier", "personal data altered");
    case AuditTamperKind::Undecodable:
        return QCoreApplication::translate("gc::AuditVerifier", "undecodable record");
    }
    return {};
}

AuditVerifyReport AuditVerifier::verify(const AuditRepository& repo, const Options& options)
{
    QElapsedTimer timer;
    timer.start();
    AuditVerifyReport result;
    auto finish = [&](AuditVerifyReport r) {
        r.elapsedMs = timer.elapsed();
        return r;
    };

    const qint64 n = repo.lastSeq();
    const QList<Checkpoint> stored = repo.checkpoints();
    QList<Checkpoint> saved = options.savedCheckpoints;
    std::sort(saved.begin(), saved.end(),
        [](const Checkpoint& a, const Checkpoint& b) { return a.treeSize < b.treeSize; });

    Shared shared;
    repo.forEachSubtree([&](int level, qint64 index, const QByteArray& hash) {
        if (level >= 0 && level <= kMaxLevel && index >= 0)
            shared.subtrees.emplace(subtreeKey(level, index), hash);
        return true;
    });
    for (const QList<Checkpoint>* list : { &stored, &std::as_const(saved) })
        for (const Checkpoint& c : *list)
            if (c.treeSize >= 1 && c.treeSize <= n)
                shared.sizes.push_back(c.treeSize);
    if (n >= 1)
        shared.sizes.push_back(n);
    std::sort(shared.sizes.begin(), shared.sizes.end());
    shared.sizes.erase(std::unique(shared.sizes.begin(), shared.sizes.end()), shared.sizes.end());

    // Two halves split at a chunk boundary when a second connection is offered.
    std::vector<std::unique_ptr<RangeWorker>> workers;
    std::unique_ptr<AuditReader> second;
    if (n >= 1) {
        const qint64 chunks = (n + kChunkSize - 1) / kChunkSize;
        if (options.openReader && chunks >= 2) {
            second = options.openReader();
            const qint64 split = (chunks / 2) * kChunkSize;
            workers.push_back(std::make_unique<RangeWorker>(repo, 1, split, shared));
            workers.push_back(std::make_unique<RangeWorker>(second->repository(), split + 1, n, shared));
        } else {
            workers.push_back(std::make_unique<RangeWorker>(repo, 1, n, shared));
        }
    }
    bool cancelled = options.progress && !options.progress(0, n);
    if (!cancelled) {
        WorkerPool pool(shared);
        for (auto& w : workers)
            pool.start(*w);
        pool.wait([&] {
            cancelled = options.progress && !options.progress(shared.done.load(), n);
            return !cancelled;
        });
    }
    if (cancelled)
        throw StoreError(StoreError::Kind::Interrupted, QCoreApplication::translate("gc::AuditVerifier", "The verification was cancelled."));
    if (options.progress)
        options.progress(shared.done.load(), n);

    for (const auto& w : workers) {
        result.eventsChecked += w->m_checked;
        result.personalPartsChecked += w->m_personalChecked;
    }

    // 1. The rows: the first bad one decides.
    const RangeWorker* failed = nullptr;
    for (const auto& w : workers)
        if (w->m_failure && (!failed || w->m_failure->seq < failed->m_failure->seq))
            failed = w.get();
    if (failed) {
        const qint64 latest = stored.isEmpty() ? 0 : stored.back().treeSize;
        AuditVerifyReport r = RowClassifier(repo, latest).classify(*failed->m_failure, n);
        r.eventsChecked = result.eventsChecked;
        r.personalPartsChecked = result.personalPartsChecked;
        return finish(r);
    }

    // 2. The Merkle roots: chunk roots merged in order; a root at any size is
    //    the merged prefix folded with the snapshot taken inside its chunk.
    Sha256 sha;
    std::map<qint64, CompactRange> snapshots;
    std::map<qint64, Digest> chunkRoots;
    std::optional<SubtreeFailure> subtreeFailure;
    std::optional<qint64> personalFailure;
    auto keepSubtreeFailure = [&](const std::optional<SubtreeFailure>& f) {
        if (f && (!subtreeFailure || f->firstSeq() < subtreeFailure->firstSeq()))
            subtreeFailure = f;
    };
    for (const auto& w : workers) {
        snapshots.merge(w->m_snapshots);
        chunkRoots.merge(w->m_chunkRoots);
        keepSubtreeFailure(w->m_subtreeFailure);
        if (w->m_personalFailure && (!personalFailure || *w->m_personalFailure < *personalFailure))
            personalFailure = w->m_personalFailure;
    }
    std::map<qint64, QByteArray> roots;
    roots.emplace(0, MerkleTree::emptyRoot());
    {
        CompactRange global;
        auto sizeIt = shared.sizes.begin();
        const qint64 chunks = n >= 1 ? (n + kChunkSize - 1) / kChunkSize : 0;
        for (qint64 c = 0; c < chunks; ++c) {
            for (; sizeIt != shared.sizes.end() && ((*sizeIt - 1) >> kChunkLevel) == c; ++sizeIt)
                roots.emplace(*sizeIt, Sha256::toBytes(fold(sha, global, snapshots.at(*sizeIt))));
            const auto root = chunkRoots.find(c);
            if (root == chunkRoots.end())
                break; // the last, partial chunk
            global.push_back({ kChunkLevel, root->second });
            const qint64 lastLeaf = (c + 1) * kChunkSize - 1;
            while (global.size() >= 2 && global[global.size() - 2].level == global.back().level) {
                const int level = global.back().level + 1;
                const Digest merged
                    = sha.node(global[global.size() - 2].hash.data(), global.back().hash.data());
                global.pop_back();
                global.back() = { level, merged };
                const auto storedHash = shared.subtrees.find(subtreeKey(level, lastLeaf >> level));
                if (storedHash != shared.subtrees.end() && !sameHash(merged, storedHash->second))
                    keepSubtreeFailure(SubtreeFailure { level, lastLeaf >> level });
            }
        }
    }
    result.rootHash = roots.at(n);

    // 3. Checkpoints, by size. The store's own first, signature before root:
    //    an unsigned claim proves nothing. Then the auditor's saved ones, root
    //    before signature: a rebuilt log no longer lists the key that signed
    //    them, and that its contents changed is the more useful finding.
    PublicKeyRing ring = options.trustedKeys;
    const bool trusted = ring.size() > 0;
    if (!trusted)
        for (const PublicKey& k : repo.publicKeys())
            ring.add(k);
    std::vector<qint64> goodSizes { 0 }; // sizes of the checkpoints that held, ascending
    const auto problem = [&](const Checkpoint& c) {
        AuditVerifyReport r = result;
        r.checkpointSize = c.treeSize;
        // The events this checkpoint covers and no good smaller one does.
        r.firstBadSeq = *(std::lower_bound(goodSizes.begin(), goodSizes.end(), c.treeSize) - 1) + 1;
        return r;
    };
    const auto signature = [&](const Checkpoint& c, bool saved) -> std::optional<AuditVerifyReport> {
        const CheckpointFailure f = ring.verify(c);
        if (f == CheckpointFailure::None)
            return std::nullopt;
        AuditVerifyReport r = problem(c);
        r.kind = AuditTamperKind::BadCheckpoint;
        r.message = (trusted ? QCoreApplication::translate("gc::AuditVerifier", "The signature of %1 is not valid with the trusted keys: %2 The log may "
                                  "have been rebuilt and "
                                  "re-signed by someone else; the events it covers are not proved.")
                : saved ? QCoreApplication::translate("gc::AuditVerifier", "The signature of the saved %1 is not valid with the log's public keys: %2 The "
                             "log's key list was "
                             "replaced, or the saved checkpoint is not from this log.")
                        : QCoreApplication::translate("gc::AuditVerifier", "The signature of %1 is not valid with the log's own public keys: %2 The "
                             "checkpoint was altered or "
                             "forged; the events it covers are not proved."))
                        .arg(checkpointName(c), Checkpoint::message(f));
        return r;
    };
    const auto extent = [&](const Checkpoint& c, bool saved) -> std::optional<AuditVerifyReport> {
        if (!c.isWellFormed())
            return std::nullopt; // the signature check names it
        AuditVerifyReport r = problem(c);
        if (c.treeSize > n) {
            r.kind = AuditTamperKind::Truncated;
            r.firstBadSeq = n + 1;
            r.message
                = QCoreApplication::translate("gc::AuditVerifier", "The log was truncated after checkpoint %1: it ends at event %2, but %3 says it held %4 "
                     "events. Events %5 to %4 were removed.")
                      .arg(number(goodSizes.back()), number(n), checkpointName(c), number(c.treeSize),
                          number(n + 1));
            return r;
        }
        if (c.rootHash == roots.at(c.treeSize))
            return std::nullopt;
        r.kind = AuditTamperKind::Fork;
        r.message
            = (saved ? QCoreApplication::translate("gc::AuditVerifier", "The log no longer matches the saved checkpoint: its first %1 events now hash to "
                          "another root than %2 says. The log was rebuilt or rolled back and rewritten; an "
                          "event from %3 on was changed.")
                     : QCoreApplication::translate("gc::AuditVerifier", "The log forked: its first %1 events hash to another root than %2 says, although "
                          "each event fits its chain hash. The log was rebuilt with recomputed hashes; an "
                          "event from %3 on was changed."))
                  .arg(number(c.treeSize), checkpointName(c), number(*r.firstBadSeq));
        return r;
    };
    const auto held = [&](const Checkpoint& c) {
        if (goodSizes.back() < c.treeSize)
            goodSizes.push_back(c.treeSize);
        ++result.checkpointsChecked;
    };
    for (const Checkpoint& c : stored) {
        auto bad = signature(c, false);
        if (!bad)
            bad = extent(c, false);
        if (bad)
            return finish(*bad);
        held(c);
    }
    for (const Checkpoint& c : saved)
        if (auto bad = extent(c, true))
            return finish(*bad);
    for (const Checkpoint& c : saved) {
        if (auto bad = signature(c, true))
            return finish(*bad);
        held(c);
    }

    // 4. Stored subtrees: each must lie inside the log and equal its recomputed hash.
    for (const auto& [key, hash] : shared.subtrees) {
        const int level = int(key >> 56);
        const qint64 index = qint64(key & ((quint64(1) << 56) - 1));
        if (level > kMaxLevel || index > (std::numeric_limits<qint64>::max() >> level) - 1)
            continue;
        if ((index + 1) << level > n) {
            AuditVerifyReport r = result;
            r.kind = AuditTamperKind::Truncated;
            r.firstBadSeq = n + 1;
            r.message
                = QCoreApplication::translate("gc::AuditVerifier", "The log was truncated: it ends at event %1, but a stored subtree hash covers events "
                     "%2 to %3. Events after %1 were removed.")
                      .arg(number(n), number((index << level) + 1), number((index + 1) << level));
            return finish(r);
        }
        if (level < kStoredLevel)
            keepSubtreeFailure(SubtreeFailure { level, index });
    }
    if (subtreeFailure) {
        AuditVerifyReport r = result;
        r.kind = AuditTamperKind::BadSubtree;
        r.firstBadSeq = subtreeFailure->firstSeq();
        r.message = QCoreApplication::translate("gc::AuditVerifier", "The stored hash of events %1 to %2 is wrong. The events themselves are intact, but "
                       "inclusion and consistency proofs the log serves for them would not verify.")
                        .arg(number(subtreeFailure->firstSeq()),
                            number((subtreeFailure->index + 1) << subtreeFailure->level));
        return finish(r);
    }

    // 5. Personal parts whose subject key still exists.
    if (personalFailure) {
        AuditVerifyReport r = result;
        r.kind = AuditTamperKind::BadPersonalPart;
        r.firstBadSeq = personalFailure;
        r.message = QCoreApplication::translate("gc::AuditVerifier", "The personal data stored with event %1 is not what its record committed to: it was "
                       "altered after the event was logged. The event itself is intact.")
                        .arg(number(*personalFailure));
        return finish(r);
    }

    result.message = n == 0
        ? QCoreApplication::translate("gc::AuditVerifier", "The audit log is empty; %1 checkpoints checked.").arg(number(result.checkpointsChecked))
        : QCoreApplication::translate("gc::AuditVerifier", 
            "All %1 events verified: every record, column and chain hash, %2 checkpoints, the stored subtree "
            "hashes and %3 personal parts. No tampering found.")
              .arg(number(result.eventsChecked), number(result.checkpointsChecked),
                  number(result.personalPartsChecked));
    return finish(result);
}

} // namespace gc
