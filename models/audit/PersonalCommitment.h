#pragma once

#include "AuditEvent.h"

#include <QByteArray>
#include <QByteArrayView>

namespace gc {

/// The keyed commitment that stands in the hashed audit record for the
/// event's personal data (design: AuditEvent.h).
///
///   commitment = HMAC-SHA256(subjectKey, canonicalBytes(data) || salt)
///
/// canonicalBytes(data), version 1: the byte 0x01, then actorName,
/// actorEmail, sourceAddress and the canonical JSON of `details`
/// (AuditEventCodec::canonicalJson), each as a u32 big-endian byte length
/// followed by that many bytes of UTF-8. Length prefixes make it injective.
class PersonalCommitment final
{
public:
    static constexpr int kKeySize = 32;
    static constexpr int kSaltSize = 32;
    static constexpr int kCommitmentSize = 32;

    /// A fresh random subject key (OpenSSL RAND_bytes); throws
    /// std::runtime_error when the random generator fails.
    [[nodiscard]] static QByteArray generateSubjectKey();
    /// A fresh random per-event salt; throws std::runtime_error on failure.
    [[nodiscard]] static QByteArray generateSalt();

    /// Throws DomainError (Invalid) for text that is not valid UTF-16 or
    /// details with NaN or infinities.
    [[nodiscard]] static QByteArray canonicalBytes(const AuditPersonalData& data);

    /// The 32-byte commitment. Throws std::invalid_argument when `salt` or
    /// `subjectKey` has the wrong size, DomainError as canonicalBytes.
    [[nodiscard]] static QByteArray commit(
        const AuditPersonalData& data, QByteArrayView salt, QByteArrayView subjectKey);

    /// Does (data, salt, subjectKey) open `commitment`? False for wrong sizes
    /// or data that cannot be encoded; never throws. Compares in constant time.
    [[nodiscard]] static bool verify(const AuditPersonalData& data, QByteArrayView salt,
        QByteArrayView subjectKey, QByteArrayView commitment);

    /// The commitment an event without personal data carries: 32 zero bytes.
    [[nodiscard]] static QByteArray none();
};

} // namespace gc
