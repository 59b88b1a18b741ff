#include "AuditLog.h"

#include "AuditEventCodec.h"
#include "AuditIndexBuffer.h"
#include "AuditTree.h"
#include "MerkleTree.h"
#include "MerkleTreeBuilder.h"
#include "PreparePipeline.h"
#include "PersonalCommitment.h"
#include "Sha256.h"
#include "SigningKey.h"
#include "SqliteAuditRepository.h"
#include "auth/Operator.h"
#include "core/Clock.h"
#include "core/DomainError.h"
#include "store/PseudonymSecret.h"
#include "store/Store.h"
#include "store/WalCheckpointer.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QMessageAuthenticationCode>
#include <QThread>

#include <cmath>
#include <limits>
#include <stdexcept>

namespace gc {

namespace {

constexpr qint64 kNoTime = std::numeric_limits<qint64>::min();
// PRAGMA cache_size values: negative means KiB.
constexpr std::int64_t kWriterCacheKiB = -64 * 1024;
constexpr std::int64_t kBatchCacheKiB = -512 * 1024;
// Events prepared per step of a batch's pipeline, and how many steps the
// preparing thread may run ahead of the writer.
constexpr qint64 kBatchChunk = 2048;
constexpr int kBatchDepth = 8;
// Events buffered before their index entries are written: single appends
// write the index every kIndexFlushEvents events (queries read the events
// after the index's end directly, so this bounds what they read), a batch
// every kBatchIndexFlushEvents events and at its end.
constexpr qint64 kIndexFlushEvents = 256;
constexpr qint64 kBatchIndexFlushEvents = 65536;

SqliteAuditRepository& sqlOf(AuditRepository& repo)
{
    return static_cast<SqliteAuditRepository&>(repo);
}

} // namespace

struct AuditLog::State
{
    /// False until the cache is known to describe the stored log; also set
    /// while an append is half done, so a failure forces a re-read.
    bool valid = false;
    qint64 size = 0;
    qint64 lastTimeMs = kNoTime;
    QByteArray chainHash;
    MerkleTreeBuilder builder;

    // Checkpoint policy: the last checkpoint's size (-1: none) and the clock
    // time it was made (or when the log was first seen without one).
    qint64 checkpointSize = -1;
    qint64 checkpointTime = kNoTime;
    // After a key failure, automatic signing waits for the policy to come
    // due again instead of touching the key file on every append.
    qint64 keyFailureSize = -1;
    qint64 keyFailureTime = kNoTime;

    // Events after the index's end (indexedUpto), not yet written to it.
    qint64 indexedUpto = 0;
    AuditIndexBuffer index;

    // Inside appendBatch (one transaction that only this object writes).
    bool inBatch = false;
    QHash<QString, QByteArray> batchSubjectKeys;

    QByteArray pseudonymSecret;
};

AuditLog::AuditLog(Store& store, const Clock& clock, AuditSigningConfig signing)
    : m_store(store)
    , m_clock(clock)
    , m_signing(std::move(signing))
    , m_repo(std::make_unique<SqliteAuditRepository>(store.db()))
    , m_state(std::make_unique<State>())
{
    if (m_signing.keyPath.isEmpty())
        m_signing.keyPath = defaultKeyPath(store.path());
    // An append touches the hot end of five indexes, the full-text segments
    // and the personal table; on a large log SQLite's default 2 MB cache
    // would re-read those pages from the file in every transaction.
    Database& db = store.db();
    if (const std::int64_t cache = db.scalarInt("PRAGMA cache_size");
        cache > kWriterCacheKiB && (cache < 0 || cache * 4 < -kWriterCacheKiB))
        db.exec("PRAGMA cache_size = " + std::to_string(kWriterCacheKiB));
    m_state->builder.setSubtreeCallback(
        [this](int level, qint64 index, const QByteArray& hash) { m_repo->putSubtree(level, index, hash); },
        kStoredSubtreeLevel);
}

AuditLog::~AuditLog() = default;

QString AuditLog::defaultKeyPath(const QString& storePath)
{
    return storePath + QStringLiteral(".audit-key.pem");
}

AuditRepository& AuditLog::repository()
{
    return *m_repo;
}

void AuditLog::setAppendObserver(AppendObserver observer)
{
    m_observer = std::move(observer);
}

void AuditLog::syncState()
{
    State& s = *m_state;
    auto& repo = sqlOf(*m_repo);
    const auto head = repo.head();
    const QByteArray chain = head.seq > 0 ? head.chainHash : AuditEventCodec::genesisChainHash();
    const qint64 indexedUpto = repo.indexedUpto();
    if (s.valid && s.size == head.seq && s.chainHash == chain && s.indexedUpto == indexedUpto)
        return;

    // The stored log is not the one cached (first use, a rolled-back
    // transaction, another writer): rebuild the compact range from the stored
    // subtrees, folding only the small ones from records.
    s.valid = false;
    QList<QByteArray> range;
    qint64 covered = 0;
    for (int level = 62; level >= 0; --level) {
        if ((head.seq & (qint64(1) << level)) == 0)
            continue;
        const qint64 index = covered >> level;
        QByteArray hash = level >= kStoredSubtreeLevel ? repo.subtree(level, index) : QByteArray();
        if (hash.isEmpty()) {
            MerkleTreeBuilder fold;
            qint64 expected = covered + 1;
            repo.forEachRecord(covered + 1, covered + (qint64(1) << level), [&](qint64 seq, QByteArrayView rec) {
                if (seq != expected)
                    return false;
                fold.appendLeaf(rec);
                ++expected;
                return true;
            });
            if (fold.size() != (qint64(1) << level))
                throw DomainError(DomainError::Kind::Invalid,
                    QCoreApplication::translate("gc::AuditLog",
                        "The audit log is damaged: event %1 is missing. Run “audit verify” to see more.")
                        .arg(expected));
            hash = fold.root();
        }
        range.append(hash);
        covered += qint64(1) << level;
    }
    s.builder.restore(head.seq, range);

    // The events after the index's end, buffered again from their rows.
    s.index.clear();
    s.indexedUpto = indexedUpto;
    QHash<qint64, QByteArray> subjects;
    repo.forEachPersonal(indexedUpto + 1, head.seq, [&](const StoredPersonalPart& part) {
        subjects.insert(part.seq, part.subject.toUtf8());
        return true;
    });
    repo.forEachRow(indexedUpto + 1, head.seq, [&](const StoredAuditRow& row) {
        const auto record = AuditEventCodec::decode(row.record);
        s.index.add(row.seq, row.tenantId, row.actor.toUtf8(), row.type, row.severity, row.outcome,
            row.resource.toUtf8(), record ? auditFtsBody(*record).toUtf8() : QByteArray(), subjects.value(row.seq));
        if (s.index.size() >= kBatchIndexFlushEvents)
            flushIndex();
        return true;
    });
    s.size = head.seq;
    s.chainHash = chain;
    s.lastTimeMs = head.seq > 0 ? head.timeMs : kNoTime;
    const auto latest = repo.latestCheckpoint();
    s.checkpointSize = latest ? latest->treeSize : -1;
    s.checkpointTime = latest ? latest->unixTime : m_clock.nowSecs();
    s.valid = true;
}

qint64 AuditLog::append(const AuditEventDraft& draft)
{
    if (!m_store.db().inTransaction())
        throw std::logic_error("AuditLog::append needs an open transaction on the store's writer");
    if (m_walCheckpointer && m_walCheckpointer->finished())
        m_walCheckpointer.reset(); // the writer checkpoints for itself again
    if (!m_state->inBatch)
        syncState();
    return appendOne(draft);
}

/// An event made ready to store: everything that does not depend on the
/// events before it (encoding, leaf hash, commitment, index text), so a batch
/// can compute it on another core while SQLite writes the previous events.
struct AuditLog::Prepared
{
    AuditRecord record;
    StoredAuditRow row; ///< all but the chain hash
    QByteArray leafHash;
    QByteArray actorUtf8;
    QByteArray resourceUtf8;
    QByteArray ftsUtf8;
    std::optional<StoredPersonalPart> part;
    QByteArray personalJson;
    QByteArray subjectUtf8; ///< empty without a personal part
    /// The chain hash row.chainHash was computed from (empty: not computed).
    QByteArray chainBase;
};

namespace {

using SubjectKeyLookup = std::function<QByteArray(const QString& subject)>;

QString subjectOf(const AuditEventDraft& d)
{
    return d.subject.isEmpty() ? d.actorId : d.subject;
}

/// Throws DomainError (Invalid) for a draft the codec refuses.
void prepare(AuditLog::Prepared& out, const AuditEventDraft& draft, qint64 seq, qint64 timeMs,
    const SubjectKeyLookup& subjectKey)
{
    AuditRecord& rec = out.record;
    rec.sequence = seq;
    rec.timeUtcMs = timeMs;
    rec.tenant = draft.tenant;
    rec.actorId = draft.actorId;
    rec.type = draft.type;
    rec.severity = draft.severity.value_or(auditEventDefaultSeverity(draft.type));
    rec.outcome = draft.outcome;
    rec.resource = draft.resource;
    rec.details = draft.details;

    out.part.reset();
    out.subjectUtf8.clear();
    if (!draft.personal.isEmpty()) {
        StoredPersonalPart p;
        p.seq = seq;
        p.subject = subjectOf(draft);
        p.part.data = draft.personal;
        p.part.salt = PersonalCommitment::generateSalt();
        rec.personalCommitment = PersonalCommitment::commit(p.part.data, p.part.salt, subjectKey(p.subject));
        out.personalJson = SqliteAuditRepository::encodePersonal(p.part.data);
        out.subjectUtf8 = p.subject.toUtf8();
        out.part = std::move(p);
    }

    StoredAuditRow& row = out.row;
    row.record = AuditEventCodec::encode(rec); // refuses a bad draft before anything is written
    row.seq = seq;
    row.timeMs = timeMs;
    row.tenantId = rec.tenant ? std::optional<qint64>(rec.tenant->value) : std::nullopt;
    row.actor = rec.actorId;
    row.type = int(rec.type);
    row.category = int(rec.category());
    row.severity = int(rec.severity);
    row.outcome = int(rec.outcome);
    row.resource = rec.resource;
    out.leafHash = Sha256::toBytes(Sha256::local().leaf(row.record));
    out.actorUtf8 = rec.actorId.toUtf8();
    out.resourceUtf8 = rec.resource.toUtf8();
    out.ftsUtf8 = auditFtsBody(rec).toUtf8();
}

} // namespace

qint64 AuditLog::appendOne(const AuditEventDraft& draft)
{
    State& s = *m_state;
    const qint64 wanted = draft.timeUtcMs ? *draft.timeUtcMs : m_clock.nowUtc().toMSecsSinceEpoch();
    Prepared p;
    prepare(p, draft, s.size + 1, std::max(wanted, s.lastTimeMs),
        [this](const QString& subject) { return subjectKey(subject); });
    return write(p);
}

QByteArray AuditLog::subjectKey(const QString& subject)
{
    State& s = *m_state;
    QByteArray key = s.inBatch ? s.batchSubjectKeys.value(subject) : QByteArray();
    if (key.isEmpty()) {
        key = m_repo->subjectKey(subject);
        if (key.isEmpty()) {
            key = PersonalCommitment::generateSubjectKey();
            m_repo->putSubjectKey(subject, key, m_clock.nowSecs());
        }
        if (s.inBatch)
            s.batchSubjectKeys.insert(subject, key);
    }
    return key;
}

qint64 AuditLog::write(Prepared& p)
{
    State& s = *m_state;
    // A batch's preparing thread chains its events from the chain hash it
    // expects before them; anything else is chained here.
    if (p.chainBase.isEmpty() || p.chainBase != s.chainHash)
        p.row.chainHash = AuditEventCodec::chainHash(s.chainHash, p.leafHash);
    s.valid = false;
    auto& repo = sqlOf(*m_repo);
    repo.insertRowEncoded(p.row, p.actorUtf8, p.resourceUtf8);
    if (p.part)
        repo.insertPersonalEncoded(p.part->seq, p.part->subject, p.part->part.salt, p.personalJson);
    s.index.add(p.row.seq, p.row.tenantId, p.actorUtf8, p.row.type, p.row.severity, p.row.outcome, p.resourceUtf8,
        p.ftsUtf8, p.subjectUtf8);
    if (!s.inBatch && s.index.size() >= kIndexFlushEvents)
        flushIndex();
    s.builder.appendLeafHash(p.leafHash);
    s.size = p.record.sequence;
    s.chainHash = p.row.chainHash;
    s.lastTimeMs = p.record.timeUtcMs;
    s.valid = true;

    maybeAutoCheckpoint();
    if (m_observer && !m_inObserver) {
        // Events the observer appends are not observed again: an alert about
        // an alert would never end.
        m_inObserver = true;
        struct Reset
        {
            bool& flag;
            ~Reset() { flag = false; }
        } reset { m_inObserver };
        m_observer(p.record);
    }
    return p.record.sequence;
}

void AuditLog::flushIndex()
{
    State& s = *m_state;
    if (s.index.isEmpty())
        return;
    const bool wasValid = s.valid;
    s.valid = false; // a failure below leaves the cache to be re-read
    sqlOf(*m_repo).writeIndex(s.index);
    s.indexedUpto = s.index.lastSeq();
    s.index.clear();
    s.valid = wasValid;
}

qint64 AuditLog::appendBatch(
    std::span<const AuditEventDraft> drafts, const std::function<bool(qint64, qint64)>& progress)
{
    Database& db = m_store.db();
    if (db.inTransaction())
        throw std::logic_error("AuditLog::appendBatch runs its own transaction");
    State& s = *m_state;
    const qint64 total = qint64(drafts.size());
    // A batch touches the hot end of every index and the full-text segments
    // over and over: with a small cache those pages are spilled and re-read
    // from the file many times per transaction.
    const std::int64_t oldCache = db.scalarInt("PRAGMA cache_size");
    db.exec("PRAGMA cache_size = " + std::to_string(kBatchCacheKiB));
    struct RestoreCache
    {
        Database& db;
        std::int64_t size;
        ~RestoreCache()
        {
            try {
                db.exec("PRAGMA cache_size = " + std::to_string(size));
            } catch (const StoreError&) {
            }
        }
    } restoreCache { db, oldCache };
    // The write-ahead log is copied into the store file by a thread of its
    // own during the batch; its last copy runs after the batch returns (the
    // next batch, a later single append or the destructor waits for it).
    m_walCheckpointer.reset();
    m_walCheckpointer = std::make_unique<WalCheckpointer>(db, m_store.path());
    struct FinishCheckpointer
    {
        WalCheckpointer& checkpointer;
        ~FinishCheckpointer() { checkpointer.finish(); }
    } finishCheckpointer { *m_walCheckpointer };

    try {
        Transaction tx(db);
        syncState();
        s.inBatch = true;
        s.batchSubjectKeys.clear();
        // Every subject key the batch needs, looked up (or made) up front so
        // the preparing thread never touches the store.
        for (const AuditEventDraft& d : drafts)
            if (!d.personal.isEmpty())
                (void)subjectKey(subjectOf(d));
        const QHash<QString, QByteArray> keys = s.batchSubjectKeys;
        const SubjectKeyLookup lookup = [&keys](const QString& subject) { return keys.value(subject); };

        // Chunks are prepared on another thread, up to kBatchDepth ahead of
        // the one being written. Their sequence numbers, times and chain
        // hashes assume no event comes between; an append observer may add
        // one, and then the rest of that chunk is appended here with the real
        // numbers and the pipeline restarts from the real state.
        using Chunk = std::vector<Prepared>;
        using Pipeline = PreparePipeline<Chunk>;
        const auto prepareChunk = [&](qint64 from, qint64 to, const Pipeline::Start& start, Pipeline::Start& next) {
            Chunk chunk(std::size_t(to - from));
            qint64 lastTime = start.lastTime;
            QByteArray chain = start.chain;
            for (qint64 i = from; i < to; ++i) {
                const AuditEventDraft& d = drafts[std::size_t(i)];
                const qint64 wanted = d.timeUtcMs ? *d.timeUtcMs : m_clock.nowUtc().toMSecsSinceEpoch();
                lastTime = std::max(wanted, lastTime);
                Prepared& p = chunk[std::size_t(i - from)];
                prepare(p, d, start.firstSeq + (i - from), lastTime, lookup);
                p.chainBase = std::move(chain);
                p.row.chainHash = AuditEventCodec::chainHash(p.chainBase, p.leafHash);
                chain = p.row.chainHash;
            }
            next.firstSeq = start.firstSeq + (to - from);
            next.lastTime = lastTime;
            next.chain = std::move(chain);
            return chunk;
        };
        const bool parallel = QThread::idealThreadCount() > 1 && total > kBatchChunk;
        Pipeline pipeline(total, kBatchChunk, kBatchDepth, parallel, prepareChunk);
        pipeline.restart({ 0, s.size + 1, s.lastTimeMs, s.chainHash });
        for (qint64 from = 0; from < total;) {
            Chunk chunk = pipeline.take();
            const qint64 to = from + qint64(chunk.size());
            bool diverged = false;
            for (qint64 i = from; i < to; ++i) {
                Prepared& p = chunk[std::size_t(i - from)];
                if (!diverged && p.record.sequence == s.size + 1 && p.record.timeUtcMs >= s.lastTimeMs) {
                    write(p);
                } else {
                    diverged = true;
                    appendOne(drafts[std::size_t(i)]);
                }
                if (progress && ((i + 1) % 1024 == 0 || i + 1 == total) && !progress(i + 1, total))
                    throw StoreError(StoreError::Kind::Interrupted,
                        QCoreApplication::translate("Store", "The operation was cancelled."));
            }
            if (diverged || s.size != chunk.back().record.sequence)
                pipeline.restart({ to, s.size + 1, s.lastTimeMs, s.chainHash });
            pipeline.recycle(std::move(chunk));
            if (s.index.size() >= kBatchIndexFlushEvents)
                flushIndex();
            from = to;
        }
        flushIndex();
        s.inBatch = false;
        tx.commit();
    } catch (...) {
        s.inBatch = false;
        s.valid = false;
        throw;
    }
    return s.size;
}

qint64 AuditLog::size() const
{
    return m_repo->lastSeq();
}

QByteArray AuditLog::rootHash(qint64 treeSize) const
{
    return AuditTree(sqlOf(*m_repo)).rootHash(treeSize);
}

QByteArray AuditLog::leafHash(qint64 seq) const
{
    return AuditTree(sqlOf(*m_repo)).leafHash(seq);
}

MerkleProof AuditLog::inclusionProof(qint64 seq, qint64 treeSize) const
{
    return AuditTree(sqlOf(*m_repo)).inclusionProof(seq, treeSize);
}

MerkleProof AuditLog::consistencyProof(qint64 firstSize, qint64 secondSize) const
{
    return AuditTree(sqlOf(*m_repo)).consistencyProof(firstSize, secondSize);
}

// ---------------------------------------------------------------- checkpoints

SigningKey& AuditLog::signingKey()
{
    if (m_key)
        return *m_key;
    const QString& path = m_signing.keyPath;
    // A key is created only for a log that never had one. When the store
    // lists keys but the file is gone, making a new one silently would hide
    // the loss: SigningKey::load reports it instead.
    if (!QFileInfo::exists(path) && !QFileInfo(path).isSymLink() && m_repo->publicKeys().isEmpty()) {
        SigningKey key = SigningKey::generate();
        key.save(path);
        m_key = std::make_unique<SigningKey>(std::move(key));
    } else {
        m_key = std::make_unique<SigningKey>(SigningKey::load(path));
    }
    return *m_key;
}

PublicKey AuditLog::publicKey()
{
    return signingKey().publicKey();
}

Checkpoint AuditLog::signNow()
{
    State& s = *m_state;
    SigningKey& key = signingKey();
    if (const auto latest = m_repo->latestCheckpoint(); latest && latest->treeSize == s.size) {
        s.checkpointSize = latest->treeSize;
        s.checkpointTime = latest->unixTime;
        return *latest;
    }
    const qint64 now = std::max<qint64>(0, m_clock.nowSecs());
    Checkpoint c = key.signCheckpoint(s.size, s.builder.root(), now);
    m_repo->putPublicKey(key.publicKey(), now);
    m_repo->insertCheckpoint(c);
    s.checkpointSize = c.treeSize;
    s.checkpointTime = now;
    s.keyFailureSize = -1;
    return c;
}

void AuditLog::maybeAutoCheckpoint()
{
    State& s = *m_state;
    const qint64 pending = s.size - std::max<qint64>(s.checkpointSize, 0);
    if (pending <= 0)
        return;
    const bool byCount = m_signing.everyEvents > 0 && pending >= m_signing.everyEvents;
    const auto timeDue = [&](qint64 since) {
        return m_signing.everySeconds > 0 && m_clock.nowSecs() - since >= m_signing.everySeconds;
    };
    if (!byCount && !timeDue(s.checkpointTime))
        return;
    if (s.keyFailureSize >= 0) {
        const bool retryByCount
            = m_signing.everyEvents > 0 && s.size - s.keyFailureSize >= m_signing.everyEvents;
        if (!retryByCount && !timeDue(s.keyFailureTime))
            return;
    }
    try {
        signNow();
    } catch (const DomainError&) {
        // The key file is missing, unreadable or too open: the event is kept
        // and unsigned; an on-demand checkpoint reports the reason.
        m_key.reset();
        s.keyFailureSize = s.size;
        s.keyFailureTime = m_clock.nowSecs();
    }
}

Checkpoint AuditLog::checkpoint(const QString& actorId)
{
    const auto work = [&]() -> Checkpoint {
        syncState();
        State& s = *m_state;
        if (const auto latest = m_repo->latestCheckpoint(); latest && latest->treeSize == s.size)
            return *latest;
        const Checkpoint c = signNow();
        AuditEventDraft d;
        d.actorId = actorId;
        d.type = AuditEventType::CheckpointSigned;
        d.resource = QStringLiteral("checkpoint/") + QString::number(c.treeSize);
        d.details = QJsonObject { { QStringLiteral("tree_size"), c.treeSize },
            { QStringLiteral("key_id"), c.keyId },
            { QStringLiteral("root_hash"), QString::fromLatin1(c.rootHash.toHex()) } };
        appendOne(d);
        return c;
    };
    if (m_store.db().inTransaction())
        return work();
    return m_store.transact(work);
}

bool AuditLog::checkpointIfDue()
{
    const auto work = [&]() -> bool {
        syncState();
        State& s = *m_state;
        const qint64 pending = s.size - std::max<qint64>(s.checkpointSize, 0);
        if (pending <= 0 || m_signing.everySeconds <= 0
            || m_clock.nowSecs() - s.checkpointTime < m_signing.everySeconds)
            return false;
        try {
            signNow();
            return true;
        } catch (const DomainError&) {
            m_key.reset();
            return false;
        }
    };
    if (m_store.db().inTransaction())
        return work();
    return m_store.transact(work);
}

Checkpoint AuditLog::rotateKey(const QString& actorId)
{
    const QString& path = m_signing.keyPath;
    std::optional<SigningKey> old;
    try {
        old.emplace(SigningKey::load(path));
    } catch (const DomainError& e) {
        // A lost key is exactly what rotation repairs; a file that exists but
        // cannot be trusted (permissions, format) is left for a person to check.
        if (e.kind() != DomainError::Kind::NotFound)
            throw;
    }
    SigningKey fresh = SigningKey::generate();
    QString retiredPath;
    if (old) {
        retiredPath = path + QLatin1Char('.') + old->keyId() + QStringLiteral(".retired");
        if (QFileInfo::exists(retiredPath) || !QFile::rename(path, retiredPath))
            throw DomainError(DomainError::Kind::Conflict,
                QCoreApplication::translate(
                    "gc::AuditLog", "The old signing key “%1” could not be renamed to “%2”; nothing was changed.")
                    .arg(path, retiredPath));
    }
    try {
        fresh.save(path);
    } catch (...) {
        if (old)
            QFile::rename(retiredPath, path);
        throw;
    }
    const PublicKey newKey = fresh.publicKey();
    m_key = std::make_unique<SigningKey>(std::move(fresh));

    const auto work = [&]() -> Checkpoint {
        syncState();
        const qint64 now = m_clock.nowSecs();
        for (const PublicKey& k : m_repo->publicKeys())
            if (k.keyId() != newKey.keyId())
                m_repo->retirePublicKey(k.keyId(), now);
        m_repo->putPublicKey(newKey, now);
        AuditEventDraft d;
        d.actorId = actorId;
        d.type = AuditEventType::KeyRotated;
        d.resource = QStringLiteral("signing_key/") + newKey.keyId();
        QJsonObject details { { QStringLiteral("new_key_id"), newKey.keyId() } };
        if (old)
            details.insert(QStringLiteral("old_key_id"), old->keyId());
        d.details = details;
        appendOne(d);
        return signNow();
    };
    if (m_store.db().inTransaction())
        return work();
    return m_store.transact(work);
}

// ---------------------------------------------------------------- personal data

qint64 AuditLog::eraseSubject(const QString& subject)
{
    m_state->batchSubjectKeys.remove(subject);
    // Everything buffered goes into the index first, so the subject's parts
    // are all found through it and its runs can go with them.
    const auto erase = [&] {
        syncState();
        flushIndex();
        return m_repo->eraseSubject(subject);
    };
    if (m_store.db().inTransaction())
        return erase();
    return m_store.transact(erase);
}

QString AuditLog::pseudonym(const QString& kind, const QString& identity) const
{
    QByteArray secret = m_state->pseudonymSecret;
    if (secret.isEmpty()) {
        secret = PseudonymSecret::get(m_store);
        // A secret created inside a transaction that may still roll back is
        // not cached: the next call would otherwise use one the store never kept.
        if (!m_store.db().inTransaction())
            m_state->pseudonymSecret = secret;
    }
    const QByteArray mac
        = QMessageAuthenticationCode::hash(identity.toUtf8(), secret, QCryptographicHash::Sha256);
    return kind + QLatin1Char('-') + QString::fromLatin1(mac.left(8).toHex());
}

QString AuditLog::operatorActor(const Operator& op) const
{
    return pseudonym(QStringLiteral("op"), op.username);
}

AuditPersonalData AuditLog::operatorPersonal(const Operator& op) const
{
    AuditPersonalData d;
    d.actorName = op.displayName;
    d.actorEmail = op.username;
    return d;
}

void AuditLog::attributeTo(AuditEventDraft& draft, const Operator& op) const
{
    draft.actorId = operatorActor(op);
    draft.personal = operatorPersonal(op);
}

} // namespace gc
