#include "AuditEventCodec.h"

#include "MerkleTree.h"
#include "Sha256.h"
#include "core/DomainError.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>
#include <QStringDecoder>

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace gc {

namespace {

constexpr int kHashSize = Sha256::kSize;

[[noreturn]] void refuse(const QString& message)
{
    throw DomainError(DomainError::Kind::Invalid, message);
}

QByteArray utf8Of(const QString& s)
{
    // QString::toUtf8 would turn a lone surrogate into U+FFFD, so two
    // different strings could encode alike; refuse them instead.
    if (!s.isValidUtf16())
        refuse(QCoreApplication::translate(
            "gc::AuditEventCodec", "A text field of the event is not valid Unicode."));
    return s.toUtf8();
}

void putU8(QByteArray& out, quint8 v)
{
    out.append(char(v));
}

void putU16(QByteArray& out, quint16 v)
{
    out.append(char(v >> 8));
    out.append(char(v & 0xff));
}

void putU32(QByteArray& out, quint32 v)
{
    for (int shift = 24; shift >= 0; shift -= 8)
        out.append(char((v >> shift) & 0xff));
}

void putU64(QByteArray& out, quint64 v)
{
    for (int shift = 56; shift >= 0; shift -= 8)
        out.append(char((v >> shift) & 0xff));
}

void putBytes(QByteArray& out, const QByteArray& bytes)
{
    putU32(out, quint32(bytes.size()));
    out.append(bytes);
}

void appendJsonString(QByteArray& out, const QString& s)
{
    static const char hexDigits[] = "0123456789abcdef";
    const QByteArray utf8 = utf8Of(s);
    out.append('"');
    for (char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        switch (u) {
        case '"':
            out.append("\\\"", 2);
            break;
        case '\\':
            out.append("\\\\", 2);
            break;
        case '\b':
            out.append("\\b", 2);
            break;
        case '\t':
            out.append("\\t", 2);
            break;
        case '\n':
            out.append("\\n", 2);
            break;
        case '\f':
            out.append("\\f", 2);
            break;
        case '\r':
            out.append("\\r", 2);
            break;
        default:
            if (u < 0x20) {
                out.append("\\u00", 4);
                out.append(hexDigits[u >> 4]);
                out.append(hexDigits[u & 0xf]);
            } else {
                out.append(c);
            }
        }
    }
    out.append('"');
}

void appendJsonNumber(QByteArray& out, const QJsonValue& v)
{
    const double d = v.toDouble();
    if (!std::isfinite(d))
        refuse(QCoreApplication::translate(
            "gc::AuditEventCodec", "The event details contain a number that is not finite."));
    constexpr double kExact = 9007199254740992.0; // 2^53
    if (std::abs(d) < kExact && d == std::trunc(d)) {
        out.append(QByteArray::number(qint64(d)));
        return;
    }
    // An integer the value holds exactly but a double cannot (|v| > 2^53)
    // would be written as its nearest double, so two integers could share a
    // text: refuse it rather than encode it ambiguously.
    constexpr qint64 kNoInteger = std::numeric_limits<qint64>::min();
    const qint64 asInteger = v.toInteger(kNoInteger);
    if (asInteger != kNoInteger && std::abs(d) < 9.2e18 && qint64(d) != asInteger)
        refuse(QCoreApplication::translate(
            "gc::AuditEventCodec", "The event details contain an integer too large to be stored exactly."));
    out.append(QByteArray::number(d, std::abs(d) >= kExact ? 'e' : 'g', QLocale::FloatingPointShortest));
}

void appendJsonValue(QByteArray& out, const QJsonValue& v);

void appendJsonObject(QByteArray& out, const QJsonObject& object)
{
    QList<std::pair<QByteArray, QString>> keys;
    keys.reserve(object.size());
    for (auto it = object.begin(); it != object.end(); ++it)
        keys.append({ utf8Of(it.key()), it.key() });
    std::sort(keys.begin(), keys.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    out.append('{');
    bool first = true;
    for (const auto& [utf8, key] : keys) {
        if (!first)
            out.append(',');
        first = false;
        appendJsonString(out, key);
        out.append(':');
        appendJsonValue(out, object.value(key));
    }
    out.append('}');
}

void appendJsonValue(QByteArray& out, const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out.append("null", 4);
        break;
    case QJsonValue::Bool:
        out.append(v.toBool() ? QByteArray("true") : QByteArray("false"));
        break;
    case QJsonValue::Double:
        appendJsonNumber(out, v);
        break;
    case QJsonValue::String:
        appendJsonString(out, v.toString());
        break;
    case QJsonValue::Array: {
        out.append('[');
        bool first = true;
        for (const QJsonValue& item : v.toArray()) {
            if (!first)
                out.append(',');
            first = false;
            appendJsonValue(out, item);
        }
        out.append(']');
        break;
    }
    case QJsonValue::Object:
        appendJsonObject(out, v.toObject());
        break;
    }
}

// Reads the fields in order; any read past the end marks the reader failed.
class Reader
{
public:
    explicit Reader(QByteArrayView bytes)
        : m_bytes(bytes)
    { }

    bool has(qsizetype n) const { return n >= 0 && m_bytes.size() - m_pos >= n; }
    qsizetype remaining() const { return m_bytes.size() - m_pos; }

    quint64 uint(int width)
    {
        quint64 v = 0;
        for (int i = 0; i < width; ++i)
            v = (v << 8) | static_cast<unsigned char>(m_bytes[m_pos++]);
        return v;
    }

    QByteArrayView take(qsizetype n)
    {
        const QByteArrayView v = m_bytes.sliced(m_pos, n);
        m_pos += n;
        return v;
    }

private:
    QByteArrayView m_bytes;
    qsizetype m_pos = 0;
};

std::optional<QString> strictUtf8(QByteArrayView bytes)
{
    QStringDecoder decoder(QStringConverter::Utf8,
        QStringConverter::Flag::Stateless | QStringConverter::Flag::ConvertInitialBom);
    QString s = decoder.decode(bytes);
    if (decoder.hasError() || s.toUtf8() != bytes)
        return std::nullopt;
    return s;
}

} // namespace

QByteArray AuditEventCodec::canonicalJson(const QJsonObject& object)
{
    QByteArray out;
    appendJsonObject(out, object);
    return out;
}

QByteArray AuditEventCodec::encode(const AuditRecord& record)
{
    if (record.sequence < 0)
        refuse(QCoreApplication::translate(
            "gc::AuditEventCodec", "An audit event cannot have a negative sequence number."));
    if (record.personalCommitment.size() != kCommitmentSize)
        refuse(QCoreApplication::translate(
            "gc::AuditEventCodec", "The personal data commitment must be %1 bytes.")
                   .arg(kCommitmentSize));
    if (auditEventTypeId(record.type).isEmpty() || !auditSeverityFromCode(quint8(record.severity))
        || !auditOutcomeFromCode(quint8(record.outcome)))
        refuse(QCoreApplication::translate(
            "gc::AuditEventCodec", "The event has an unknown type, severity or outcome."));

    const QByteArray actor = utf8Of(record.actorId);
    const QByteArray resource = utf8Of(record.resource);
    const QByteArray details = canonicalJson(record.details);

    QByteArray out;
    out.reserve(
        1 + 8 + 8 + 9 + 4 + actor.size() + 4 + 4 + resource.size() + 4 + details.size() + kCommitmentSize);
    putU8(out, kVersion);
    putU64(out, quint64(record.sequence));
    putU64(out, quint64(record.timeUtcMs));
    if (record.tenant) {
        putU8(out, 1);
        putU64(out, quint64(record.tenant->value));
    } else {
        putU8(out, 0);
    }
    putBytes(out, actor);
    putU16(out, quint16(record.type));
    putU8(out, quint8(record.severity));
    putU8(out, quint8(record.outcome));
    putBytes(out, resource);
    putBytes(out, details);
    out.append(record.personalCommitment);
    return out;
}

std::optional<AuditRecord> AuditEventCodec::decode(QByteArrayView bytes, AuditDecodeError* error)
{
    auto fail = [error](AuditDecodeError e) -> std::optional<AuditRecord> {
        if (error)
            *error = e;
        return std::nullopt;
    };
    if (error)
        *error = AuditDecodeError::None;

    Reader r(bytes);
    if (!r.has(1))
        return fail(AuditDecodeError::Truncated);
    if (r.uint(1) != kVersion)
        return fail(AuditDecodeError::UnsupportedVersion);

    AuditRecord rec;
    if (!r.has(8 + 8 + 1))
        return fail(AuditDecodeError::Truncated);
    const quint64 sequence = r.uint(8);
    if (sequence > quint64(std::numeric_limits<qint64>::max()))
        return fail(AuditDecodeError::BadValue);
    rec.sequence = qint64(sequence);
    rec.timeUtcMs = qint64(r.uint(8));
    const quint64 tenantFlag = r.uint(1);
    if (tenantFlag > 1)
        return fail(AuditDecodeError::BadValue);
    if (tenantFlag == 1) {
        if (!r.has(8))
            return fail(AuditDecodeError::Truncated);
        rec.tenant = TenantId(qint64(r.uint(8)));
    }

    // A length-prefixed UTF-8 field; nullopt after fail() has been recorded.
    AuditDecodeError fieldError = AuditDecodeError::None;
    auto readBytes = [&r, &fieldError]() -> std::optional<QByteArrayView> {
        if (!r.has(4)) {
            fieldError = AuditDecodeError::Truncated;
            return std::nullopt;
        }
        const quint64 n = r.uint(4);
        if (!r.has(qsizetype(n))) {
            fieldError = AuditDecodeError::Truncated;
            return std::nullopt;
        }
        return r.take(qsizetype(n));
    };
    auto readString = [&readBytes, &fieldError]() -> std::optional<QString> {
        const auto raw = readBytes();
        if (!raw)
            return std::nullopt;
        auto s = strictUtf8(*raw);
        if (!s)
            fieldError = AuditDecodeError::BadUtf8;
        return s;
    };

    const auto actor = readString();
    if (!actor)
        return fail(fieldError);
    rec.actorId = *actor;

    if (!r.has(2 + 1 + 1))
        return fail(AuditDecodeError::Truncated);
    const auto type = auditEventTypeFromCode(quint16(r.uint(2)));
    const auto severity = auditSeverityFromCode(quint8(r.uint(1)));
    const auto outcome = auditOutcomeFromCode(quint8(r.uint(1)));
    if (!type || !severity || !outcome)
        return fail(AuditDecodeError::BadValue);
    rec.type = *type;
    rec.severity = *severity;
    rec.outcome = *outcome;

    const auto resource = readString();
    if (!resource)
        return fail(fieldError);
    rec.resource = *resource;

    const auto details = readBytes();
    if (!details)
        return fail(fieldError);
    if (!strictUtf8(*details))
        return fail(AuditDecodeError::BadUtf8);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(details->toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return fail(AuditDecodeError::BadDetails);
    rec.details = doc.object();
    try {
        if (canonicalJson(rec.details) != *details)
            return fail(AuditDecodeError::BadDetails);
    } catch (const DomainError&) {
        return fail(AuditDecodeError::BadDetails);
    }

    if (!r.has(kCommitmentSize))
        return fail(AuditDecodeError::Truncated);
    rec.personalCommitment = r.take(kCommitmentSize).toByteArray();
    if (r.remaining() != 0)
        return fail(AuditDecodeError::TrailingBytes);
    return rec;
}

QString AuditEventCodec::message(AuditDecodeError error)
{
    switch (error) {
    case AuditDecodeError::None:
        return QCoreApplication::translate("gc::AuditEventCodec", "The audit record is well-formed.");
    case AuditDecodeError::Truncated:
        return QCoreApplication::translate("gc::AuditEventCodec", "The audit record is truncated.");
    case AuditDecodeError::TrailingBytes:
        return QCoreApplication::translate(
            "gc::AuditEventCodec", "The audit record has extra bytes at its end.");
    case AuditDecodeError::UnsupportedVersion:
        return QCoreApplication::translate(
            "gc::AuditEventCodec", "The audit record has an unsupported format version.");
    case AuditDecodeError::BadUtf8:
        return QCoreApplication::translate(
            "gc::AuditEventCodec", "The audit record contains text that is not valid UTF-8.");
    case AuditDecodeError::BadValue:
        return QCoreApplication::translate(
            "gc::AuditEventCodec", "The audit record contains a value outside its allowed range.");
    case AuditDecodeError::BadDetails:
        return QCoreApplication::translate(
            "gc::AuditEventCodec", "The details of the audit record are not canonical JSON.");
    }
    return {};
}

QByteArray AuditEventCodec::leafHash(QByteArrayView encodedRecord)
{
    return MerkleTree::leafHash(encodedRecord);
}

QByteArray AuditEventCodec::genesisChainHash()
{
    static const QByteArray genesis
        = Sha256::toBytes(Sha256::local().hash(QByteArrayView("geoconsole-audit-chain-v1")));
    return genesis;
}

QByteArray AuditEventCodec::chainHash(QByteArrayView previousChainHash, QByteArrayView leafHash)
{
    if (previousChainHash.size() != kHashSize || leafHash.size() != kHashSize)
        throw std::invalid_argument("chainHash needs two 32-byte hashes");
    char buffer[2 * kHashSize];
    std::copy_n(previousChainHash.data(), kHashSize, buffer);
    std::copy_n(leafHash.data(), kHashSize, buffer + kHashSize);
    return Sha256::toBytes(Sha256::local().hash(QByteArrayView(buffer, sizeof buffer)));
}

std::optional<qint64> AuditEventCodec::firstChainBreak(
    std::span<const AuditChainEntry> entries, qint64 firstSequence, QByteArrayView previousChainHash)
{
    QByteArray previous = previousChainHash.isEmpty() ? genesisChainHash() : previousChainHash.toByteArray();
    if (previous.size() != kHashSize)
        return firstSequence;
    qint64 expected = firstSequence;
    for (const AuditChainEntry& entry : entries) {
        const auto record = decode(entry.recordBytes);
        if (!record || record->sequence != expected || entry.chainHash.size() != kHashSize)
            return expected;
        const QByteArray recomputed = chainHash(previous, leafHash(entry.recordBytes));
        if (recomputed != entry.chainHash)
            return expected;
        previous = recomputed;
        ++expected;
    }
    return std::nullopt;
}

} // namespace gc
