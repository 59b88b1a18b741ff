#pragma once

#include "audit/MerkleProofVerifier.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace gc {

/// An inclusion or consistency proof with the sizes it is for, and its
/// compact binary form (big-endian throughout):
///
///   offset  size      field
///   0       1         version, 1
///   1       1         kind: 1 inclusion, 2 consistency
///   2       8 (u64)   first: leaf index (inclusion) or first tree size (consistency)
///   10      8 (u64)   second: tree size (inclusion) or second tree size (consistency)
///   18      1 (u8)    count of hashes, at most kMaxHashes
///   19      32*count  the proof hashes, in proof order
///
/// The length is exactly 19 + 32 * count; the text form is that in standard
/// base64 with padding. Parsing checks only the framing; whether the hashes
/// prove anything is MerkleProofVerifier's job.
struct MerkleProof
{
    enum class Kind : quint8
    {
        Inclusion = 1,
        Consistency = 2
    };

    static constexpr quint8 kVersion = 1;
    static constexpr int kHeaderSize = 19;
    /// A proof in a tree of fewer than 2^63 leaves has at most 63 hashes (64
    /// for consistency); twice that leaves room and still bounds allocation.
    static constexpr int kMaxHashes = 128;

    Kind kind = Kind::Inclusion;
    qint64 first = 0;
    qint64 second = 0;
    QList<QByteArray> hashes;

    /// Throws std::invalid_argument for negative sizes, a hash that is not
    /// 32 bytes, or more than kMaxHashes hashes.
    [[nodiscard]] QByteArray toBinary() const;
    [[nodiscard]] QByteArray toBase64() const;

    /// Fills `out` and returns ProofFailure::None, or returns the reason the
    /// data is malformed (Truncated, TrailingBytes, UnsupportedVersion,
    /// UnknownKind, InvalidSize, ProofTooLong) and leaves `out` unchanged.
    [[nodiscard]] static ProofFailure fromBinary(QByteArrayView data, MerkleProof& out);
    /// As fromBinary, plus BadEncoding for text that is not strict base64.
    [[nodiscard]] static ProofFailure fromBase64(QByteArrayView text, MerkleProof& out);

    /// Checks the proof: inclusion of `leafHash` under `root2`, or consistency
    /// between (`first`, `root1`) and (`second`, `root2`); `leafHash` is
    /// ignored for a consistency proof and `root1` for an inclusion proof.
    [[nodiscard]] ProofFailure verify(
        QByteArrayView leafHash, QByteArrayView root1, QByteArrayView root2) const;

    friend bool operator==(const MerkleProof&, const MerkleProof&) = default;
};

} // namespace gc
