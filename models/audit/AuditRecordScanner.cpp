#include "AuditRecordScanner.h"

#include "AuditEventCodec.h"
#include "AuditEventType.h"

#include <limits>

namespace gc {

namespace {

// Readers over the record bytes; every take checks the bound first.
struct Cursor
{
    const unsigned char* p;
    const unsigned char* end;

    [[nodiscard]] bool has(qsizetype n) const { return n >= 0 && end - p >= n; }
    quint64 uint(int width)
    {
        quint64 v = 0;
        for (int i = 0; i < width; ++i)
            v = (v << 8) | *p++;
        return v;
    }
};

bool printableAscii(QByteArrayView s)
{
    for (char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u > 0x7e)
            return false;
    }
    return true;
}

// A strict recogniser of the subset of canonical JSON the fast path vouches
// for. It returns false for anything outside the subset, canonical or not.
class JsonSubset
{
public:
    explicit JsonSubset(QByteArrayView text)
        : m_p(reinterpret_cast<const unsigned char*>(text.data()))
        , m_end(m_p + text.size())
    { }

    bool document()
    {
        if (!object(0))
            return false;
        return m_p == m_end;
    }

private:
    static constexpr int kMaxDepth = 32;
    // 15 digits stay below 2^53, so the double Qt reads is the same integer.
    static constexpr int kMaxDigits = 15;

    bool peek(unsigned char c) const { return m_p < m_end && *m_p == c; }

    // A string of printable ASCII other than '"' and '\': written raw, no escapes.
    bool string(const unsigned char** begin, const unsigned char** stop)
    {
        if (!peek('"'))
            return false;
        ++m_p;
        *begin = m_p;
        while (m_p < m_end && *m_p != '"') {
            if (*m_p < 0x20 || *m_p > 0x7e || *m_p == '\\')
                return false;
            ++m_p;
        }
        if (m_p == m_end)
            return false;
        *stop = m_p;
        ++m_p;
        return true;
    }

    bool number()
    {
        if (peek('-'))
            ++m_p;
        if (m_p == m_end || *m_p < '0' || *m_p > '9')
            return false;
        if (*m_p == '0') {
            // "0" alone; "-0" and leading zeros are not canonical.
            if (m_p[-1] == '-')
                return false;
            ++m_p;
        } else {
            int digits = 0;
            while (m_p < m_end && *m_p >= '0' && *m_p <= '9') {
                ++m_p;
                if (++digits > kMaxDigits)
                    return false;
            }
        }
        // A fraction or exponent would need the shortest-double check.
        return !(m_p < m_end && (*m_p == '.' || *m_p == 'e' || *m_p == 'E'));
    }

    bool literal(const char* word, qsizetype n)
    {
        if (m_end - m_p < n)
            return false;
        for (qsizetype i = 0; i < n; ++i)
            if (m_p[i] != static_cast<unsigned char>(word[i]))
                return false;
        m_p += n;
        return true;
    }

    bool value(int depth)
    {
        if (m_p == m_end)
            return false;
        switch (*m_p) {
        case '{':
            return object(depth + 1);
        case '[':
            return array(depth + 1);
        case '"': {
            const unsigned char* b = nullptr;
            const unsigned char* e = nullptr;
            return string(&b, &e);
        }
        case 't':
            return literal("true", 4);
        case 'f':
            return literal("false", 5);
        case 'n':
            return literal("null", 4);
        default:
            return number();
        }
    }

    bool array(int depth)
    {
        if (depth > kMaxDepth || !peek('['))
            return false;
        ++m_p;
        if (peek(']')) {
            ++m_p;
            return true;
        }
        for (;;) {
            if (!value(depth))
                return false;
            if (peek(',')) {
                ++m_p;
                continue;
            }
            if (!peek(']'))
                return false;
            ++m_p;
            return true;
        }
    }

    bool object(int depth)
    {
        if (depth > kMaxDepth || !peek('{'))
            return false;
        ++m_p;
        if (peek('}')) {
            ++m_p;
            return true;
        }
        const unsigned char* prevBegin = nullptr;
        const unsigned char* prevEnd = nullptr;
        for (;;) {
            const unsigned char* b = nullptr;
            const unsigned char* e = nullptr;
            if (!string(&b, &e))
                return false;
            // Keys strictly ascending by bytes: equal keys (duplicates) are
            // left to the full decoder.
            if (prevBegin != nullptr
                && QByteArrayView(prevBegin, prevEnd - prevBegin) >= QByteArrayView(b, e - b))
                return false;
            prevBegin = b;
            prevEnd = e;
            if (!peek(':'))
                return false;
            ++m_p;
            if (!value(depth))
                return false;
            if (peek(',')) {
                ++m_p;
                continue;
            }
            if (!peek('}'))
                return false;
            ++m_p;
            return true;
        }
    }

    const unsigned char* m_p;
    const unsigned char* m_end;
};

} // namespace

AuditRecordScanner::Result AuditRecordScanner::scan(QByteArrayView bytes, AuditRecordFields& out)
{
    const auto* begin = reinterpret_cast<const unsigned char*>(bytes.data());
    Cursor c { begin, begin + bytes.size() };
    auto text = [&c](QByteArrayView& field) {
        if (!c.has(4))
            return false;
        const auto n = qsizetype(c.uint(4));
        if (!c.has(n))
            return false;
        field = QByteArrayView(reinterpret_cast<const char*>(c.p), n);
        c.p += n;
        return true;
    };

    if (!c.has(1 + 8 + 8 + 1) || c.uint(1) != AuditEventCodec::kVersion)
        return Result::Undecided;
    const quint64 sequence = c.uint(8);
    if (sequence > quint64(std::numeric_limits<qint64>::max()))
        return Result::Undecided;
    out.sequence = qint64(sequence);
    out.timeUtcMs = qint64(c.uint(8));
    const quint64 flag = c.uint(1);
    if (flag == 1) {
        if (!c.has(8))
            return Result::Undecided;
        out.tenant = qint64(c.uint(8));
    } else if (flag == 0) {
        out.tenant.reset();
    } else {
        return Result::Undecided;
    }
    if (!text(out.actor) || !printableAscii(out.actor) || !c.has(4))
        return Result::Undecided;
    out.type = quint16(c.uint(2));
    out.severity = quint8(c.uint(1));
    out.outcome = quint8(c.uint(1));
    if (!auditEventTypeFromCode(out.type) || !auditSeverityFromCode(out.severity)
        || !auditOutcomeFromCode(out.outcome))
        return Result::Undecided;
    QByteArrayView details;
    if (!text(out.resource) || !printableAscii(out.resource) || !text(details))
        return Result::Undecided;
    if (!JsonSubset(details).document())
        return Result::Undecided;
    if (c.end - c.p != AuditEventCodec::kCommitmentSize)
        return Result::Undecided;
    out.commitment = QByteArrayView(reinterpret_cast<const char*>(c.p), AuditEventCodec::kCommitmentSize);
    return Result::Canonical;
}

std::optional<qint64> AuditRecordScanner::peekSequence(QByteArrayView bytes)
{
    if (bytes.size() < 9 || static_cast<unsigned char>(bytes[0]) != AuditEventCodec::kVersion)
        return std::nullopt;
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data()) + 1;
    quint64 v = 0;
    for (int i = 0; i < 8; ++i)
        v = (v << 8) | p[i];
    if (v > quint64(std::numeric_limits<qint64>::max()))
        return std::nullopt;
    return qint64(v);
}

} // namespace gc
