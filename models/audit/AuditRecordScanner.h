#pragma once

#include <QByteArrayView>
#include <QtGlobal>

#include <optional>

namespace gc {

/// The fields of an encoded audit record that a verifier compares with the
/// columns stored beside it, as views into the record's bytes.
struct AuditRecordFields
{
    qint64 sequence = 0;
    qint64 timeUtcMs = 0;
    std::optional<qint64> tenant;
    QByteArrayView actor; ///< printable ASCII
    quint16 type = 0;
    quint8 severity = 0;
    quint8 outcome = 0;
    QByteArrayView resource; ///< printable ASCII
    QByteArrayView commitment; ///< 32 bytes
};

/// A fast path in front of AuditEventCodec::decode for bulk verification.
///
/// decode() builds QStrings and a QJsonObject and re-encodes the details to
/// prove they are canonical: several microseconds per event. Nearly every
/// record is plain ASCII with simple details, and for those canonical form can
/// be checked on the bytes directly. scan() says Canonical only for bytes that
/// decode() accepts (it is never more lenient); anything it is not sure about
/// -- non-ASCII or control characters, escapes, fractions, exponents, integers
/// of 16 digits or more, duplicate keys, deep nesting, or any malformation --
/// is Undecided, and the caller must ask decode().
class AuditRecordScanner final
{
public:
    enum class Result
    {
        Canonical, ///< exactly an encoding AuditEventCodec::encode produces; `out` filled
        Undecided, ///< call AuditEventCodec::decode (it may accept or refuse)
    };

    [[nodiscard]] static Result scan(QByteArrayView bytes, AuditRecordFields& out);

    /// The sequence number in the record's fixed header, or nullopt when the
    /// bytes are too short or not version 1 (a cheap peek for locating moved rows).
    [[nodiscard]] static std::optional<qint64> peekSequence(QByteArrayView bytes);
};

} // namespace gc
