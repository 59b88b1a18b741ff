#pragma once

#include "AuditEvent.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <span>

namespace gc {

/// Why AuditEventCodec::decode rejected bytes. None means accepted.
enum class AuditDecodeError
{
    None,
    Truncated, ///< the bytes end inside a field
    TrailingBytes, ///< bytes follow the commitment
    UnsupportedVersion, ///< first byte is not a version this code knows
    BadUtf8, ///< a string or the details are not well-formed UTF-8
    BadValue, ///< an enum code, flag or number outside its range
    BadDetails, ///< details are not a JSON object in canonical form
};

/// A stored record and the chain hash stored with it, as a verifier reads them.
struct AuditChainEntry
{
    QByteArray recordBytes; ///< AuditEventCodec::encode output
    QByteArray chainHash; ///< 32 bytes
};

/// The canonical byte encoding of an AuditRecord and the hashes built on it.
///
/// Encoding, version 1 (all integers big-endian, unsigned unless noted):
///
///   offset  size  field
///   0       1     version = 0x01
///   1       8     sequence (int64, must be >= 0)
///   9       8     time, ms since the Unix epoch, UTC (int64, two's complement)
///   17      1     tenant flag: 0x00 platform event, 0x01 tenant event
///   (18     8     tenant id (int64, two's complement) -- only when the flag is 0x01)
///   ..      4+n   actor id: u32 byte length n, then n bytes of UTF-8
///   ..      2     event type code (AuditEventType's numeric value)
///   ..      1     severity code (AuditSeverity's numeric value, 0..3)
///   ..      1     outcome code (AuditOutcome's numeric value, 0..2)
///   ..      4+n   resource: u32 length + UTF-8
///   ..      4+n   details: u32 length + UTF-8 of the canonical JSON below
///   ..      32    personal commitment (see AuditEvent.h)
///
/// Canonical JSON (details, and the personal details in PersonalCommitment):
/// no whitespace anywhere; object members sorted by the byte-wise order of the
/// UTF-8 encoding of their keys (= Unicode code point order), recursively;
/// arrays keep their order; strings in double quotes with only `"` -> `\"`,
/// `\` -> `\\`, U+0008/0009/000A/000C/000D -> `\b \t \n \f \r` and the other
/// code points below U+0020 -> `\u00xx` (lower-case hex) escaped, everything
/// else written as raw UTF-8; true, false, null as such. Numbers are read as
/// doubles (as JSON's I-JSON profile, RFC 7493, says they are): one that is
/// integral with |v| < 2^53 is written as a plain decimal integer ("3",
/// "-12"), as QJsonDocument::Compact writes it; any other in the shortest
/// form that reads back to the same double, QByteArray::number(v, f,
/// QLocale::FloatingPointShortest) with f = 'e' when |v| >= 2^53 and 'g'
/// otherwise: "0.5", "-2.5e-07", "1e+300", "1.019287325430931e+18". The
/// fraction or exponent makes Qt's parser read such a number back as a double
/// (a whole number >= 2^53 held as an integer therefore decodes as a double of
/// the same value). An integer the double cannot hold exactly, NaN and
/// infinities cannot be encoded.
///
/// Why the encoding is injective: each fixed-size field has one width, the
/// tenant flag alone decides whether the tenant id is present, every
/// variable-length field carries its length, and the commitment closes the
/// record at a known size; so the bytes split into fields in exactly one way.
/// Canonical JSON maps equal objects (QJsonObject ==) to equal text, and
/// objects with different values to different text (the integers that would
/// collide are refused). encode() refuses strings that are not valid UTF-16
/// (a lone surrogate would otherwise be replaced and collide).
/// decode() accepts only what encode() produces: decode(b) succeeds iff
/// b == encode(*decode(b)).
///
/// Hashes: leafHash = RFC 6962 leaf hash SHA-256(0x00 || bytes) of the
/// encoding (MerkleTree::leafHash). The chain links each record to all
/// before it: chainHash(0) = genesisChainHash() = SHA-256 of the 25 ASCII
/// bytes "geoconsole-audit-chain-v1", and for the record with sequence n >= 1
/// chainHash(n) = SHA-256(chainHash(n - 1) || leafHash(n)).
class AuditEventCodec final
{
public:
    static constexpr quint8 kVersion = 1;
    static constexpr int kCommitmentSize = 32;

    /// Throws DomainError (Invalid) for a negative sequence, a commitment that
    /// is not 32 bytes, a string that is not valid UTF-16, a type outside the
    /// enum, or details containing NaN, an infinity or an inexact integer.
    [[nodiscard]] static QByteArray encode(const AuditRecord& record);
    /// The record `bytes` encode, or nullopt (with the reason in `error` when
    /// given). Accepts exactly the outputs of encode().
    [[nodiscard]] static std::optional<AuditRecord> decode(
        QByteArrayView bytes, AuditDecodeError* error = nullptr);
    /// A translated sentence for `error`, fit for a dialog or stderr.
    [[nodiscard]] static QString message(AuditDecodeError error);

    /// The canonical JSON text of `object` (rules above). Throws DomainError
    /// (Invalid) for NaN, infinities or strings that are not valid UTF-16.
    [[nodiscard]] static QByteArray canonicalJson(const QJsonObject& object);

    /// RFC 6962 leaf hash of `encodedRecord`.
    [[nodiscard]] static QByteArray leafHash(QByteArrayView encodedRecord);
    [[nodiscard]] static QByteArray genesisChainHash();
    /// SHA-256(previousChainHash || leafHash); both must be 32 bytes
    /// (throws std::invalid_argument otherwise).
    [[nodiscard]] static QByteArray chainHash(QByteArrayView previousChainHash, QByteArrayView leafHash);

    /// Re-hashes `entries`, which must hold the records with sequence numbers
    /// firstSequence, firstSequence + 1, ... in order, each chained to the one
    /// before and the first to `previousChainHash` (genesis when empty).
    /// Returns the first sequence number at which that fails -- a record that
    /// does not decode, carries another sequence number (one removed, inserted
    /// or moved) or whose stored chain hash is not the recomputed one (record
    /// or hash altered) -- or nullopt when the whole chain holds.
    [[nodiscard]] static std::optional<qint64> firstChainBreak(std::span<const AuditChainEntry> entries,
        qint64 firstSequence = 1, QByteArrayView previousChainHash = {});
};

} // namespace gc
