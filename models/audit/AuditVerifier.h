#pragma once

#include "Checkpoint.h"
#include "PublicKeyRing.h"

#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace gc {

class AuditReader;
class AuditRepository;

/// What `geoconsole audit verify` found wrong, most specific first.
enum class AuditTamperKind
{
    None,
    Modified, ///< a record or one of its columns differs from what was hashed
    Deleted, ///< an event is missing (gap in the sequence)
    Inserted, ///< an event was added that the chain does not contain
    Reordered, ///< events were moved or swapped
    Truncated, ///< the log is shorter than a checkpoint says (after checkpoint K)
    Fork, ///< same size as a checkpoint, different root: rebuilt or forked log
    BadCheckpoint, ///< a checkpoint's signature is invalid or its key unknown/untrusted
    /// Two checkpoints are not consistent (the later one does not extend the
    /// earlier). verify() recomputes every root from the events, so there a
    /// checkpoint that does not extend an earlier one is reported as Fork at
    /// its own size; this kind is for checks that hold only checkpoints and proofs.
    Inconsistent,
    BadSubtree, ///< a stored subtree hash is wrong (proofs served would not verify)
    BadPersonalPart, ///< a personal part does not open its commitment
    Undecodable, ///< a record's bytes are not a valid encoding
};

/// The outcome of a full verification.
struct AuditVerifyReport
{
    AuditTamperKind kind = AuditTamperKind::None;
    std::optional<qint64> firstBadSeq; ///< where the first problem is (events)
    std::optional<qint64> checkpointSize; ///< the checkpoint involved, if any
    QString message; ///< translated, one paragraph: what, where, and what it means
    qint64 eventsChecked = 0;
    qint64 checkpointsChecked = 0;
    qint64 personalPartsChecked = 0;
    QByteArray rootHash; ///< MTH of all events re-hashed
    qint64 elapsedMs = 0;

    [[nodiscard]] bool ok() const { return kind == AuditTamperKind::None; }
};

/// Re-hashes every event's contents (not only stored roots) and checks the
/// chain, every column against its record, stored subtrees, every checkpoint
/// signature and root, consistency between checkpoints, and personal parts
/// whose subject key still exists.
class AuditVerifier final
{
public:
    struct Options
    {
        /// Keys trusted for checkpoint signatures. Empty: the public keys the
        /// store lists (detects tampering, not a rebuild by someone holding the store).
        PublicKeyRing trustedKeys;
        /// Checkpoints the auditor saved earlier: each must be consistent with
        /// the log now (detects a rolled-back or rebuilt log).
        QList<Checkpoint> savedCheckpoints;
        /// progress(eventsDone, total); return false to cancel. Called on the
        /// calling thread: once with 0 before any reading, then about ten
        /// times a second, and once when all events are read.
        std::function<bool(qint64, qint64)> progress;
        /// Opens a second read connection (e.g. an AuditReader over
        /// Store::openReader()) so that two threads read and hash the two
        /// halves of the log at once. Empty: everything is read through `repo`.
        std::function<std::unique_ptr<AuditReader>()> openReader;
    };

    /// Throws StoreError (Interrupted) when progress() cancels, StoreError when
    /// the store cannot be read. `repo` may be used from a worker thread while
    /// this call runs (the calling thread only waits and reports progress).
    ///
    /// firstBadSeq: for a row problem, the row; for a checkpoint that fails
    /// (bad signature, fork) the first event it covers that no earlier good
    /// checkpoint covers; for a truncation the first missing event.
    [[nodiscard]] static AuditVerifyReport verify(const AuditRepository& repo, const Options& options);
    [[nodiscard]] static QString kindId(AuditTamperKind kind); ///< "modified", "deleted", ...
    /// Translated short name of `kind` for people ("modified", "rebuilt or forked", ...).
    [[nodiscard]] static QString kindDisplayName(AuditTamperKind kind);
};

} // namespace gc
