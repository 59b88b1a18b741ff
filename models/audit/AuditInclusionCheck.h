#pragma once

#include "Checkpoint.h"
#include "MerkleProof.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace gc {

class AuditReader;

/// The answer to "prove that event #seq is in the log": the proof, what it
/// was checked against, and the verdict, as a detail panel or the command
/// line shows it.
struct AuditInclusionResult
{
    enum class Verdict
    {
        Verified, ///< the proof leads to the root of a validly signed checkpoint
        NotCovered, ///< no checkpoint covers the event yet (it is newer than the latest)
        BadCheckpoint, ///< the latest checkpoint's signature does not verify
        BadProof, ///< the proof does not lead to the checkpoint's root: tampering
        Missing, ///< there is no event with that number
    };

    Verdict verdict = Verdict::Missing;
    qint64 seq = 0;
    /// Leaf hash recomputed from the event's record as read now.
    QByteArray leafHash;
    /// Leaf hash the store lists for the event (differs from leafHash only if tampered).
    QByteArray storedLeafHash;
    std::optional<Checkpoint> checkpoint;
    MerkleProof proof; ///< empty unless a checkpoint covers the event
    ProofFailure proofFailure = ProofFailure::None;
    CheckpointFailure checkpointFailure = CheckpointFailure::None;
    QString message; ///< translated, one or two sentences

    [[nodiscard]] bool verified() const { return verdict == Verdict::Verified; }
};

/// Proves one event's inclusion against the latest signed checkpoint: takes
/// that checkpoint, verifies its signature with the public keys the store
/// lists, recomputes the event's leaf hash from its record, fetches the
/// inclusion proof and checks it with MerkleProofVerifier.
class AuditInclusionCheck final
{
public:
    /// Reads through `reader` (session-checked); StoreError on store failures.
    [[nodiscard]] static AuditInclusionResult run(const AuditReader& reader, qint64 seq);
    /// A translated one-word verdict ("verified", "not yet covered", ...).
    [[nodiscard]] static QString verdictText(AuditInclusionResult::Verdict verdict);
};

} // namespace gc
