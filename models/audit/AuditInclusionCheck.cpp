#include "AuditInclusionCheck.h"

#include "AuditEventCodec.h"
#include "AuditReader.h"
#include "MerkleProofVerifier.h"
#include "PublicKeyRing.h"

#include <QCoreApplication>
#include <QLocale>

namespace gc {

AuditInclusionResult AuditInclusionCheck::run(const AuditReader& reader, qint64 seq)
{
    using Verdict = AuditInclusionResult::Verdict;
    AuditInclusionResult result;
    result.seq = seq;
    const std::optional<AuditEvent> event = seq > 0 ? reader.event(seq) : std::nullopt;
    if (!event) {
        result.verdict = Verdict::Missing;
        result.message = QCoreApplication::translate(
            "gc::AuditInclusionCheck", "There is no event #%1 in the audit trail.")
                             .arg(seq);
        return result;
    }
    // The hash is recomputed from the record as it reads now: a proof for the
    // stored hash alone would not notice an edited record.
    result.leafHash = AuditEventCodec::leafHash(AuditEventCodec::encode(event->record));
    result.storedLeafHash = reader.leafHash(seq);
    result.checkpoint = reader.latestCheckpoint();
    const QLocale locale;
    if (!result.checkpoint || result.checkpoint->treeSize < seq) {
        result.verdict = Verdict::NotCovered;
        result.message = result.checkpoint
            ? QCoreApplication::translate("gc::AuditInclusionCheck",
                "Event #%1 is newer than the latest signed checkpoint, which covers %2 events. It can be "
                "proven "
                "once the next checkpoint is signed.")
                  .arg(seq)
                  .arg(locale.toString(result.checkpoint->treeSize))
            : QCoreApplication::translate("gc::AuditInclusionCheck",
                "No checkpoint has been signed yet, so event #%1 cannot be proven yet.")
                  .arg(seq);
        return result;
    }
    const Checkpoint& cp = *result.checkpoint;
    PublicKeyRing ring;
    for (const PublicKey& key : reader.publicKeys())
        ring.add(key);
    result.checkpointFailure = ring.verify(cp);
    if (result.checkpointFailure != CheckpointFailure::None) {
        result.verdict = Verdict::BadCheckpoint;
        result.message
            = QCoreApplication::translate(
                "gc::AuditInclusionCheck", "The latest checkpoint (%1 events) is not validly signed: %2")
                  .arg(locale.toString(cp.treeSize), Checkpoint::message(result.checkpointFailure));
        return result;
    }
    result.proof = reader.inclusionProof(seq, cp.treeSize);
    result.proofFailure = result.proof.kind != MerkleProof::Kind::Inclusion || result.proof.first != seq - 1
            || result.proof.second != cp.treeSize
        ? ProofFailure::Mismatch
        : MerkleProofVerifier::verifyInclusion(
            seq - 1, cp.treeSize, result.leafHash, result.proof.hashes, cp.rootHash);
    if (result.proofFailure != ProofFailure::None) {
        result.verdict = Verdict::BadProof;
        result.message
            = QCoreApplication::translate("gc::AuditInclusionCheck",
                "The proof does not show event #%1 in the signed log of %2 events: %3 The event or the "
                "log has been altered.")
                  .arg(seq)
                  .arg(locale.toString(cp.treeSize), MerkleProofVerifier::message(result.proofFailure));
        return result;
    }
    result.verdict = Verdict::Verified;
    result.message
        = QCoreApplication::translate("gc::AuditInclusionCheck",
            "Event #%1 is part of the log of %2 events whose root hash was signed on %3 with key %4.")
              .arg(seq)
              .arg(locale.toString(cp.treeSize),
                  cp.time().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" UTC"),
                  cp.keyId);
    return result;
}

QString AuditInclusionCheck::verdictText(AuditInclusionResult::Verdict verdict)
{
    switch (verdict) {
    case AuditInclusionResult::Verdict::Verified:
        return QCoreApplication::translate("gc::AuditInclusionCheck", "verified");
    case AuditInclusionResult::Verdict::NotCovered:
        return QCoreApplication::translate("gc::AuditInclusionCheck", "not yet covered by a checkpoint");
    case AuditInclusionResult::Verdict::BadCheckpoint:
        return QCoreApplication::translate("gc::AuditInclusionCheck", "checkpoint signature invalid");
    case AuditInclusionResult::Verdict::BadProof:
        return QCoreApplication::translate("gc::AuditInclusionCheck", "proof failed");
    case AuditInclusionResult::Verdict::Missing:
        return QCoreApplication::translate("gc::AuditInclusionCheck", "no such event");
    }
    return {};
}

} // namespace gc
