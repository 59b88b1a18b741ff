#include "AuditEvidenceBundle.h"

#include "AuditEventCodec.h"
#include "AuditLog.h"
#include "AuditReader.h"
#include "MerkleProof.h"
#include "MerkleTree.h"
#include "PublicKeyRing.h"
#include "core/DomainError.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>

namespace gc {

namespace {

QString number(qint64 n)
{
    return QLocale().toString(n);
}

QString base64(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

QJsonValue optionalNumber(const std::optional<qint64>& v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

template <typename T, typename F> QJsonArray idArray(const QList<T>& values, F toId)
{
    QJsonArray out;
    for (const T& v : values)
        out.append(toId(v));
    return out;
}

QJsonObject filterJson(const AuditFilter& f)
{
    static const char* scopes[] = { "any", "platform", "tenant" };
    return QJsonObject { { QStringLiteral("fromMs"), optionalNumber(f.fromMs) },
        { QStringLiteral("toMs"), optionalNumber(f.toMs) },
        { QStringLiteral("tenantScope"), QLatin1String(scopes[int(f.tenantScope)]) },
        { QStringLiteral("tenant"),
            f.tenantScope == AuditFilter::TenantScope::Tenant ? QJsonValue(f.tenant.value)
                                                              : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("actorId"), f.actorId },
        { QStringLiteral("types"), idArray(f.types, auditEventTypeId) },
        { QStringLiteral("categories"), idArray(f.categories, auditCategoryId) },
        { QStringLiteral("severities"), idArray(f.severities, auditSeverityId) },
        { QStringLiteral("outcomes"), idArray(f.outcomes, auditOutcomeId) },
        { QStringLiteral("resource"), f.resource }, { QStringLiteral("text"), f.text } };
}

// The sequence numbers the selection names, up to the latest checkpoint;
// `notCovered` counts those after it.
QList<qint64> selectedSeqs(
    const AuditReader& reader, const AuditBundleSelection& s, qint64 covered, qint64& notCovered)
{
    const qint64 last = reader.lastSeq();
    const qint64 from = std::max<qint64>(1, s.fromSeq.value_or(1));
    const qint64 to = std::min(last, s.toSeq.value_or(last));
    QList<qint64> seqs;
    notCovered = 0;
    if (from > to)
        return seqs;
    if (s.filter.isEmpty()) {
        reader.repository().forEachRow(from, std::min(to, covered), [&](const StoredAuditRow& row) {
            seqs.append(row.seq);
            return true;
        });
        notCovered = std::max<qint64>(0, to - std::max(covered, from - 1));
        return seqs;
    }
    AuditPageRequest request;
    request.filter = s.filter;
    request.order = AuditPageRequest::Order::OldestFirst;
    request.afterSeq = from - 1;
    request.limit = 5000;
    for (;;) {
        const QList<AuditEvent> page = reader.page(request);
        for (const AuditEvent& e : page) {
            const qint64 seq = e.record.sequence;
            if (seq > to)
                return seqs;
            if (seq > covered)
                ++notCovered;
            else
                seqs.append(seq);
        }
        if (page.size() < request.limit)
            return seqs;
        request.afterSeq = page.back().record.sequence;
    }
}

// --- reading ---------------------------------------------------------------

AuditBundleCheck failed(const QString& message, std::optional<qint64> seq = std::nullopt)
{
    AuditBundleCheck c;
    c.message = message;
    c.badSeq = seq;
    return c;
}

std::optional<QByteArray> strictBase64(const QJsonValue& v)
{
    if (!v.isString())
        return std::nullopt;
    const auto r = QByteArray::fromBase64Encoding(
        v.toString().toLatin1(), QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!r)
        return std::nullopt;
    return *r;
}

// A whole number in [min, max] held by a JSON number.
std::optional<qint64> wholeNumber(const QJsonValue& v, qint64 min, qint64 max)
{
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (d < double(min) || d > double(max) || d != double(qint64(d)))
        return std::nullopt;
    return qint64(d);
}

std::optional<MerkleProof> proofOf(const QJsonValue& v, MerkleProof::Kind kind, QString& why)
{
    if (!v.isString()) {
        why = QCoreApplication::translate("gc::AuditEvidenceBundle", "the proof is missing");
        return std::nullopt;
    }
    MerkleProof p;
    const ProofFailure f = MerkleProof::fromBase64(v.toString().toLatin1(), p);
    if (f != ProofFailure::None) {
        why = MerkleProofVerifier::message(f);
        return std::nullopt;
    }
    if (p.kind != kind) {
        why = kind == MerkleProof::Kind::Inclusion ? QCoreApplication::translate("gc::AuditEvidenceBundle", "it is not an inclusion proof")
                                                   : QCoreApplication::translate("gc::AuditEvidenceBundle", "it is not a consistency proof");
        return std::nullopt;
    }
    return p;
}

} // namespace

AuditBundleSummary AuditEvidenceBundle::write(const AuditReader& reader,
    const AuditBundleSelection& selection, const QString& path,
    const std::function<bool(qint64, qint64)>& progress)
{
    reader.session().require(Action::ExportAuditEvidence);
    const QList<Checkpoint> checkpoints = reader.checkpoints();
    if (checkpoints.isEmpty())
        throw DomainError(DomainError::Kind::Invalid,
            QCoreApplication::translate("gc::AuditEvidenceBundle", "The audit log has no signed checkpoint yet, so no event can be proved. Sign one first "
               "(geoconsole audit checkpoint)."));
    AuditBundleSummary summary;
    summary.firstCheckpoint = checkpoints.front();
    summary.lastCheckpoint = checkpoints.back();
    const qint64 covered = summary.lastCheckpoint.treeSize;

    const QList<qint64> seqs = selectedSeqs(reader, selection, covered, summary.notYetCovered);
    if (seqs.isEmpty())
        throw DomainError(DomainError::Kind::Invalid,
            summary.notYetCovered > 0 ? QCoreApplication::translate("gc::AuditEvidenceBundle", 
                "The %1 selected events are newer than the latest checkpoint, so they cannot be proved yet. "
                "Sign a checkpoint first (geoconsole audit checkpoint).")
                                            .arg(number(summary.notYetCovered))
                                      : QCoreApplication::translate("gc::AuditEvidenceBundle", "No event matches the selection."));

    const auto cancelled = [&](qint64 done) { return progress && !progress(done, seqs.size()); };
    if (cancelled(0))
        throw StoreError(StoreError::Kind::Interrupted, QCoreApplication::translate("gc::AuditEvidenceBundle", "Writing the evidence bundle was cancelled."));
    QJsonArray events;
    for (qsizetype i = 0; i < seqs.size(); ++i) {
        const qint64 seq = seqs[i];
        const auto row = reader.repository().row(seq);
        if (!row || !AuditEventCodec::decode(row->record))
            throw DomainError(DomainError::Kind::Invalid,
                QCoreApplication::translate("gc::AuditEvidenceBundle", "Event %1 is damaged, so it cannot be exported as evidence. Run geoconsole audit verify.")
                    .arg(number(seq)));
        events.append(
            QJsonObject { { QStringLiteral("seq"), seq }, { QStringLiteral("record"), base64(row->record) },
                { QStringLiteral("chainHash"), base64(row->chainHash) },
                { QStringLiteral("proof"),
                    QString::fromLatin1(reader.inclusionProof(seq, covered).toBase64()) } });
        if ((i + 1) % 64 == 0 && cancelled(i + 1))
            throw StoreError(StoreError::Kind::Interrupted, QCoreApplication::translate("gc::AuditEvidenceBundle", "Writing the evidence bundle was cancelled."));
    }
    summary.eventCount = seqs.size();

    QJsonArray keys;
    for (const PublicKey& k : reader.publicKeys())
        keys.append(QString::fromLatin1(k.toPem()));
    QJsonArray checkpointTexts { QString::fromLatin1(summary.firstCheckpoint.toText()) };
    QJsonValue consistency(QJsonValue::Null);
    if (summary.lastCheckpoint.treeSize != summary.firstCheckpoint.treeSize) {
        checkpointTexts.append(QString::fromLatin1(summary.lastCheckpoint.toText()));
        consistency = QJsonObject { { QStringLiteral("fromSize"), summary.firstCheckpoint.treeSize },
            { QStringLiteral("toSize"), covered },
            { QStringLiteral("proof"),
                QString::fromLatin1(
                    reader.consistencyProof(summary.firstCheckpoint.treeSize, covered).toBase64()) } };
    }
    const QJsonObject bundle { { QStringLiteral("format"), QLatin1String(kFormat) },
        { QStringLiteral("version"), kVersion },
        { QStringLiteral("createdAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate) },
        { QStringLiteral("selection"),
            QJsonObject { { QStringLiteral("filter"), filterJson(selection.filter) },
                { QStringLiteral("fromSeq"), optionalNumber(selection.fromSeq) },
                { QStringLiteral("toSeq"), optionalNumber(selection.toSeq) } } },
        { QStringLiteral("publicKeys"), keys }, { QStringLiteral("checkpoints"), checkpointTexts },
        { QStringLiteral("consistency"), consistency }, { QStringLiteral("events"), events },
        { QStringLiteral("personalData"), QStringLiteral("omitted") } };
    const QByteArray bytes = QJsonDocument(bundle).toJson(QJsonDocument::Indented);

    if (cancelled(seqs.size()))
        throw StoreError(StoreError::Kind::Interrupted, QCoreApplication::translate("gc::AuditEvidenceBundle", "Writing the evidence bundle was cancelled."));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        throw DomainError(DomainError::Kind::Invalid,
            QCoreApplication::translate("gc::AuditEvidenceBundle", "Cannot write the evidence bundle “%1”: %2").arg(path, file.errorString()));
    summary.sha256 = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
    summary.bytes = bytes.size();
    return summary;
}

qint64 AuditEvidenceBundle::record(AuditLog& log, const Session& session, const AuditBundleSummary& summary)
{
    AuditEventDraft d;
    log.attributeTo(d, session.op());
    d.type = AuditEventType::DataExported;
    d.resource = QStringLiteral("audit_log/evidence_bundle");
    d.details = QJsonObject { { QStringLiteral("sha256"), QString::fromLatin1(summary.sha256.toHex()) },
        { QStringLiteral("bytes"), summary.bytes }, { QStringLiteral("events"), summary.eventCount },
        { QStringLiteral("checkpoint"), summary.lastCheckpoint.treeSize } };
    return log.store().transact([&] { return log.append(d); });
}

AuditBundleCheck AuditEvidenceBundle::verify(const QString& path, const std::optional<PublicKey>& trustedKey)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failed(QCoreApplication::translate("gc::AuditEvidenceBundle", "Cannot read the evidence bundle “%1”: %2").arg(path, file.errorString()));
    return verifyData(file.readAll(), trustedKey);
}

AuditBundleCheck AuditEvidenceBundle::verifyData(
    QByteArrayView json, const std::optional<PublicKey>& trustedKey)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return failed(
            QCoreApplication::translate("gc::AuditEvidenceBundle", "The file is not a valid evidence bundle: its JSON is broken at byte %1 (%2). It was "
               "truncated or edited.")
                .arg(number(parseError.offset), parseError.errorString()));
    const QJsonObject root = doc.object();
    if (!doc.isObject() || root.value(QStringLiteral("format")).toString() != QLatin1String(kFormat))
        return failed(QCoreApplication::translate("gc::AuditEvidenceBundle", "The file is not a GeoClimate Console audit evidence bundle."));
    if (root.value(QStringLiteral("version")).toInt(-1) != kVersion)
        return failed(QCoreApplication::translate("gc::AuditEvidenceBundle", "The evidence bundle has version %1; this program reads version %2.")
                          .arg(root.value(QStringLiteral("version")).toVariant().toString())
                          .arg(kVersion));

    AuditBundleCheck result;
    // Keys: the bundle's own, or only the one the auditor trusts.
    PublicKeyRing ring;
    const QJsonValue keys = root.value(QStringLiteral("publicKeys"));
    if (!keys.isArray())
        return failed(QCoreApplication::translate("gc::AuditEvidenceBundle", "The evidence bundle lists no public keys."));
    for (const QJsonValue& k : keys.toArray()) {
        try {
            if (!k.isString())
                throw DomainError(DomainError::Kind::Invalid, QCoreApplication::translate("gc::AuditEvidenceBundle", "a key is not text"));
            const PublicKey key = PublicKey::fromPem(k.toString().toLatin1());
            if (!trustedKey)
                ring.add(key);
        } catch (const DomainError& e) {
            return failed(QCoreApplication::translate("gc::AuditEvidenceBundle", "A public key in the evidence bundle is malformed: %1").arg(e.message()));
        }
    }
    if (trustedKey)
        ring.add(*trustedKey);

    // Checkpoints, ascending, each validly signed.
    QList<Checkpoint> checkpoints;
    const QJsonValue texts = root.value(QStringLiteral("checkpoints"));
    if (!texts.isArray() || texts.toArray().isEmpty() || texts.toArray().size() > 2)
        return failed(QCoreApplication::translate("gc::AuditEvidenceBundle", "The evidence bundle must hold one or two checkpoints."));
    for (const QJsonValue& t : texts.toArray()) {
        Checkpoint c;
        try {
            if (!t.isString())
                throw DomainError(DomainError::Kind::Invalid, QCoreApplication::translate("gc::AuditEvidenceBundle", "a checkpoint is not text"));
            c = Checkpoint::fromText(t.toString().toLatin1());
        } catch (const DomainError& e) {
            return failed(QCoreApplication::translate("gc::AuditEvidenceBundle", "A checkpoint in the evidence bundle is malformed: %1").arg(e.message()));
        }
        const CheckpointFailure f = ring.verify(c);
        if (f != CheckpointFailure::None)
            return failed((trustedKey ? QCoreApplication::translate("gc::AuditEvidenceBundle", "The checkpoint of %1 events is not signed by the trusted key: %2")
                                      : QCoreApplication::translate("gc::AuditEvidenceBundle", "The checkpoint of %1 events is not validly signed: %2"))
                              .arg(number(c.treeSize), Checkpoint::message(f)));
        if (!checkpoints.isEmpty() && c.treeSize <= checkpoints.back().treeSize)
            return failed(QCoreApplication::translate("gc::AuditEvidenceBundle", "The checkpoints in the evidence bundle are not in ascending order of size."));
        if (!result.keyIds.contains(c.keyId))
            result.keyIds.append(c.keyId);
        checkpoints.append(c);
    }
    const Checkpoint& last = checkpoints.back();
    result.checkpointCount = checkpoints.size();
    result.lastCheckpoint = last;

    // The first checkpoint is a prefix of the last.
    const QJsonValue consistency = root.value(QStringLiteral("consistency"));
    if (checkpoints.size() == 2) {
        const Checkpoint& first = checkpoints.front();
        const QJsonObject o = consistency.toObject();
        QString why;
        const auto proof = proofOf(o.value(QStringLiteral("proof")), MerkleProof::Kind::Consistency, why);
        if (!proof)
            return failed(QCoreApplication::translate("gc::AuditEvidenceBundle", "The consistency proof is malformed: %1").arg(why));
        if (proof->first != first.treeSize || proof->second != last.treeSize
            || wholeNumber(o.value(QStringLiteral("fromSize")), 0, first.treeSize) != first.treeSize
            || wholeNumber(o.value(QStringLiteral("toSize")), 0, last.treeSize) != last.treeSize)
            return failed(QCoreApplication::translate("gc::AuditEvidenceBundle", "The consistency proof is for other sizes than the two checkpoints."));
        const ProofFailure f = proof->verify({}, first.rootHash, last.rootHash);
        if (f != ProofFailure::None)
            return failed(
                QCoreApplication::translate("gc::AuditEvidenceBundle", "The checkpoint of %1 events is not consistent with the one of %2 events: %3 The "
                   "log was rewritten between them.")
                    .arg(number(first.treeSize), number(last.treeSize), MerkleProofVerifier::message(f)));
    } else if (!consistency.isNull()) {
        return failed(QCoreApplication::translate("gc::AuditEvidenceBundle", "The evidence bundle has a consistency proof but only one checkpoint."));
    }

    // Every event: decodes, is where it says, and is in the last checkpoint's tree.
    const QJsonValue events = root.value(QStringLiteral("events"));
    if (!events.isArray() || events.toArray().isEmpty())
        return failed(QCoreApplication::translate("gc::AuditEvidenceBundle", "The evidence bundle holds no events."));
    qint64 previousSeq = 0;
    QByteArray previousChain;
    for (const QJsonValue& v : events.toArray()) {
        const QJsonObject e = v.toObject();
        const auto seq = wholeNumber(e.value(QStringLiteral("seq")), 1, last.treeSize);
        if (!v.isObject() || !seq)
            return failed(
                QCoreApplication::translate("gc::AuditEvidenceBundle", "An event after event %1 has no valid sequence number within the checkpoint's %2 "
                   "events.")
                    .arg(number(previousSeq), number(last.treeSize)));
        if (*seq <= previousSeq)
            return failed(QCoreApplication::translate("gc::AuditEvidenceBundle", "Event %1 is out of order in the evidence bundle.").arg(number(*seq)), seq);
        const auto record = strictBase64(e.value(QStringLiteral("record")));
        const auto chain = strictBase64(e.value(QStringLiteral("chainHash")));
        if (!record || !chain || chain->size() != MerkleTree::kHashSize)
            return failed(QCoreApplication::translate("gc::AuditEvidenceBundle", "Event %1: its record or chain hash is not valid base64 of the right size.")
                              .arg(number(*seq)),
                seq);
        AuditDecodeError decodeError = AuditDecodeError::None;
        const auto decoded = AuditEventCodec::decode(*record, &decodeError);
        if (!decoded)
            return failed(
                QCoreApplication::translate("gc::AuditEvidenceBundle", "Event %1 cannot be decoded: %2").arg(number(*seq), AuditEventCodec::message(decodeError)),
                seq);
        if (decoded->sequence != *seq)
            return failed(QCoreApplication::translate("gc::AuditEvidenceBundle", "Event %1's record says it is event %2: the bundle was edited.")
                              .arg(number(*seq), number(decoded->sequence)),
                seq);
        QString why;
        const auto proof = proofOf(e.value(QStringLiteral("proof")), MerkleProof::Kind::Inclusion, why);
        if (!proof)
            return failed(QCoreApplication::translate("gc::AuditEvidenceBundle", "Event %1: its inclusion proof is malformed: %2").arg(number(*seq), why), seq);
        if (proof->first != *seq - 1 || proof->second != last.treeSize)
            return failed(
                QCoreApplication::translate("gc::AuditEvidenceBundle", "Event %1: its inclusion proof is for another event or tree size.").arg(number(*seq)),
                seq);
        const QByteArray leaf = AuditEventCodec::leafHash(*record);
        const ProofFailure f = proof->verify(leaf, {}, last.rootHash);
        if (f != ProofFailure::None)
            return failed(QCoreApplication::translate("gc::AuditEvidenceBundle", "Event %1 is not proved to be in the signed log: %2 The record or its proof was "
                             "altered.")
                              .arg(number(*seq), MerkleProofVerifier::message(f)),
                seq);
        if (previousSeq == *seq - 1 && !previousChain.isEmpty()
            && AuditEventCodec::chainHash(previousChain, leaf) != *chain)
            return failed(
                QCoreApplication::translate("gc::AuditEvidenceBundle", "Event %1 does not link to event %2 in the hash chain: a chain hash was altered.")
                    .arg(number(*seq), number(previousSeq)),
                seq);
        previousSeq = *seq;
        previousChain = *chain;
        ++result.eventCount;
    }
    result.ok = true;
    result.message
        = QCoreApplication::translate("gc::AuditEvidenceBundle", "All %1 events are proved to be in the audit log as signed in the checkpoint of %2 events "
             "(%3, key %4).")
              .arg(number(result.eventCount), number(last.treeSize), last.time().toString(Qt::ISODate),
                  last.keyId);
    return result;
}

} // namespace gc
