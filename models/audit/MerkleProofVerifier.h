#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace gc {

/// Why a proof (or its serialized form) was rejected. None means accepted.
enum class ProofFailure
{
    None,
    WrongHashLength, ///< a leaf, root or proof hash is not 32 bytes
    InvalidSize, ///< a negative size or index, or one beyond 2^63 - 1
    IndexOutOfRange, ///< leaf index >= tree size
    FirstSizeLarger, ///< consistency: first size > second size
    ProofTooShort, ///< fewer hashes than the sizes require
    ProofTooLong, ///< more hashes than the sizes require (extra entries)
    Mismatch, ///< the hashes do not lead to the given root(s): altered data or proof
    Truncated, ///< serialized form ends early
    TrailingBytes, ///< serialized form has bytes after the last hash
    UnsupportedVersion, ///< serialized form has a version byte we do not know
    UnknownKind, ///< serialized form is neither an inclusion nor a consistency proof
    BadEncoding, ///< text form is not valid base64
};

/// Checks RFC 9162 inclusion and consistency proofs. Every check is exact:
/// the proof must have precisely the number of hashes the sizes call for, so
/// extra or missing entries are named as such rather than as a mismatch.
class MerkleProofVerifier final
{
public:
    /// RFC 9162 §2.1.3.2: does `proof` show that `leafHash` is leaf `index`
    /// of the tree of `size` leaves whose root is `root`? The proof alone does
    /// not pin `size` (leaf 0 of 5 and of 6 hash the same path); take size and
    /// root together from a verified signed checkpoint.
    [[nodiscard]] static ProofFailure verifyInclusion(qint64 index, qint64 size, QByteArrayView leafHash,
        const QList<QByteArray>& proof, QByteArrayView root);

    /// RFC 9162 §2.1.4.2: is the tree (`size1`, `root1`) a prefix of the tree
    /// (`size2`, `root2`)? For size1 == size2 the proof must be empty and the
    /// roots equal; for size1 == 0 the proof must be empty and root1 must be
    /// the empty-tree hash.
    [[nodiscard]] static ProofFailure verifyConsistency(qint64 size1, qint64 size2, QByteArrayView root1,
        QByteArrayView root2, const QList<QByteArray>& proof);

    /// Number of hashes in the inclusion proof of leaf `index` in `size` leaves
    /// (0 <= index < size).
    [[nodiscard]] static int inclusionProofLength(qint64 index, qint64 size);
    /// Number of hashes in the consistency proof from `size1` to `size2`
    /// (0 <= size1 <= size2); 0 when size1 is 0 or equal to size2.
    [[nodiscard]] static int consistencyProofLength(qint64 size1, qint64 size2);

    /// A translated sentence for `failure`, fit for a dialog or stderr.
    [[nodiscard]] static QString message(ProofFailure failure);
};

} // namespace gc
