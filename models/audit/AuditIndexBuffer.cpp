#include "AuditIndexBuffer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include <cmath>
#include <cstring>
#include <functional>
#include <string_view>

namespace gc {

namespace auditPostings {

QByteArray encodeDeltas(std::span<const qint64> seqs)
{
    QByteArray out;
    if (seqs.size() < 2)
        return out;
    out.reserve(qsizetype(seqs.size()) + 8);
    for (std::size_t i = 1; i < seqs.size(); ++i) {
        auto d = quint64(seqs[i] - seqs[i - 1]);
        while (d >= 0x80) {
            out.append(char(d | 0x80));
            d >>= 7;
        }
        out.append(char(d));
    }
    return out;
}

bool decode(qint64 first, qint64 last, qint64 count, QByteArrayView deltas, std::vector<qint64>& out)
{
    if (count < 1 || first > last || (count == 1) != (first == last))
        return false;
    out.reserve(out.size() + std::size_t(count));
    out.push_back(first);
    qint64 v = first;
    const auto* p = reinterpret_cast<const unsigned char*>(deltas.data());
    const auto* end = p + deltas.size();
    for (qint64 i = 1; i < count; ++i) {
        quint64 d = 0;
        int shift = 0;
        for (;;) {
            if (p == end || shift > 56)
                return false;
            const unsigned char b = *p++;
            d |= quint64(b & 0x7f) << shift;
            if (!(b & 0x80))
                break;
            shift += 7;
        }
        if (d == 0 || d > quint64(last - v))
            return false;
        v += qint64(d);
        out.push_back(v);
    }
    return p == end && v == last;
}

QByteArrayView resourceKind(QByteArrayView resourceUtf8)
{
    const qsizetype slash = resourceUtf8.indexOf('/');
    return slash < 0 ? QByteArrayView() : resourceUtf8.first(slash + 1);
}

} // namespace auditPostings

namespace {

void appendText(QString& body, const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::String:
        body += QLatin1Char(' ') + v.toString();
        break;
    case QJsonValue::Double: {
        const double d = v.toDouble();
        body += QLatin1Char(' ')
            + (std::abs(d) < 9007199254740992.0 && d == std::trunc(d) ? QString::number(qint64(d))
                                                                       : QString::number(d));
        break;
    }
    case QJsonValue::Array:
        for (const QJsonValue& item : v.toArray())
            appendText(body, item);
        break;
    case QJsonValue::Object: {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            appendText(body, it.value());
        break;
    }
    default:
        break;
    }
}

} // namespace

QString auditFtsBody(const AuditRecord& r)
{
    QString body = r.resource;
    appendText(body, QJsonValue(r.details));
    return body;
}

std::size_t AuditIndexBuffer::KeyHash::operator()(const Key& k) const noexcept
{
    const std::size_t h = k.isText
        ? std::hash<std::string_view>()(std::string_view(k.text.constData(), std::size_t(k.text.size())))
        : std::hash<qint64>()(k.number);
    return h * 31 + std::size_t(k.field);
}

void AuditIndexBuffer::post(AuditIndexField field, qint64 number, qint64 seq)
{
    m_probe.field = field;
    m_probe.isText = false;
    m_probe.number = number;
    m_probe.text.clear();
    auto it = m_postings.find(m_probe);
    if (it == m_postings.end())
        it = m_postings.emplace(m_probe, std::vector<qint64>()).first;
    it->second.push_back(seq);
}

void AuditIndexBuffer::post(AuditIndexField field, QByteArrayView text, qint64 seq)
{
    m_probe.field = field;
    m_probe.isText = true;
    m_probe.number = 0;
    m_probe.text.resize(text.size());
    if (!text.isEmpty())
        std::memcpy(m_probe.text.data(), text.data(), std::size_t(text.size()));
    auto it = m_postings.find(m_probe);
    if (it == m_postings.end())
        it = m_postings.emplace(m_probe, std::vector<qint64>()).first;
    it->second.push_back(seq);
}

void AuditIndexBuffer::add(qint64 seq, std::optional<qint64> tenant, QByteArrayView actorUtf8, int type,
    int severity, int outcome, QByteArrayView resourceUtf8, QByteArrayView ftsBodyUtf8, QByteArrayView subjectUtf8)
{
    if (m_count == 0) {
        m_first = seq;
        // A batch buffers tens of thousands of events: grow in large steps.
        m_bodies.reserve(1 << 20);
        m_bodyEnds.reserve(4096);
    }
    ++m_count;
    post(AuditIndexField::Tenant, tenant.value_or(0), seq);
    post(AuditIndexField::Actor, actorUtf8, seq);
    post(AuditIndexField::Type, type, seq);
    post(AuditIndexField::Status, qint64(severity) * 4 + outcome, seq);
    post(AuditIndexField::Resource, resourceUtf8, seq);
    post(AuditIndexField::ResourceKind, auditPostings::resourceKind(resourceUtf8), seq);
    if (!subjectUtf8.isEmpty())
        post(AuditIndexField::Subject, subjectUtf8, seq);
    m_bodies.append(ftsBodyUtf8);
    m_bodyEnds.push_back(m_bodies.size());
}

void AuditIndexBuffer::clear()
{
    m_postings.clear();
    m_bodies.clear();
    m_bodyEnds.clear();
    m_first = 0;
    m_count = 0;
}

} // namespace gc
