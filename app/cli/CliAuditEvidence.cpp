// geoconsole audit verify | bundle | verify-bundle: checking the audit trail and portable evidence.
#include "CliAudit.h"
#include "CliCommand.h"
#include "CliCommands.h"
#include "CliContext.h"
#include "CliErrors.h"
#include "CliOutput.h"
#include "CliProgress.h"

#include "audit/AlertEngine.h"
#include "audit/AuditEvidenceBundle.h"
#include "audit/AuditReader.h"
#include "audit/AuditVerifier.h"
#include "core/DomainError.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>

namespace gc::cli {

namespace {

const QString kTrustedKey = QStringLiteral("trusted-key");
const QString kCheckpoint = QStringLiteral("checkpoint");
const QString kOut = QStringLiteral("out");
const QString kFrom = QStringLiteral("from");
const QString kTo = QStringLiteral("to");
const QString kTenant = QStringLiteral("tenant");
const QString kType = QStringLiteral("type");
const QString kSeq = QStringLiteral("seq");

QByteArray readFile(const QString& path, const QString& option)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw UsageError(
            QCoreApplication::translate("CliAudit", "--%1: cannot read %2: %3").arg(option, QDir::toNativeSeparators(path), file.errorString()));
    return file.readAll();
}

// The file's contents parsed by `parse`; its DomainError becomes a usage error naming the option.
template <typename T, typename F> T parseFile(const QString& path, const QString& option, F parse)
{
    const QByteArray bytes = readFile(path, option);
    try {
        return parse(bytes);
    } catch (const DomainError& e) {
        throw UsageError(QCoreApplication::translate("CliAudit", "--%1: %2: %3").arg(option, QDir::toNativeSeparators(path), e.message()));
    }
}

void addTrustedKeyOption(CliCommand& cmd, const QString& what)
{
    cmd.addOption({ kTrustedKey, what, QCoreApplication::translate("CliAudit", "PEM") });
}

/// A CliProgress driven by (done, total) counts.
std::function<bool(qint64, qint64)> progressOf(CliProgress& progress, const QString& stage)
{
    return [&progress, stage](qint64 done, qint64 total) {
        return progress.update(total > 0 ? int(done * 100 / total) : 100, stage);
    };
}

[[noreturn]] void cancelled(const QString& message)
{
    throw CliExit(ExitCancelled, message);
}

QString hex(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

int verify(CliContext& context, CliCommand& cmd, const QStringList& args)
{
    addTrustedKeyOption(cmd,
        QCoreApplication::translate("CliAudit", "Accept checkpoint signatures only from the public key(s) in this PEM file, the log's keys as you "
           "were given them (detects a log rebuilt and re-signed with another key)."));
    cmd.addOption({ kCheckpoint,
        QCoreApplication::translate("CliAudit", "A checkpoint you saved earlier (its text form); the log must still contain it. Repeatable."),
        QCoreApplication::translate("CliAudit", "FILE") });
    cmd.setEpilog(QCoreApplication::translate("CliAudit", "Re-hashes every event and checks the chain, every column, the stored subtrees, every "
                     "checkpoint and the personal parts.\nExits with 0 when the log is intact, 1 when it was "
                     "tampered with (the first problem is named on stderr)."));
    if (!cmd.parse(args))
        return ExitOk;
    AuditVerifier::Options options;
    if (cmd.isSet(kTrustedKey))
        options.trustedKeys = parseFile<PublicKeyRing>(cmd.value(kTrustedKey), kTrustedKey,
            [](const QByteArray& b) { return PublicKeyRing::fromPem(b); });
    for (const QString& path : cmd.values(kCheckpoint))
        options.savedCheckpoints.append(parseFile<Checkpoint>(
            path, kCheckpoint, [](const QByteArray& b) { return Checkpoint::fromText(b); }));

    const Session& session = context.signIn();
    session.require(Action::ViewAuditLog);
    const Store& store = context.openStore(false);
    const AuditReader reader(store, session);
    options.openReader = [&] { return std::make_unique<AuditReader>(store, session); };
    AuditVerifyReport report;
    {
        CliProgress progress;
        options.progress = progressOf(progress, QCoreApplication::translate("CliAudit", "Verifying the audit log"));
        try {
            report = AuditVerifier::verify(reader.repository(), options);
        } catch (const StoreError& e) {
            if (e.kind() == StoreError::Kind::Interrupted)
                cancelled(QCoreApplication::translate("CliAudit", "verification cancelled"));
            throw;
        }
    }
    const double perSecond = report.elapsedMs > 0
        ? double(report.eventsChecked) * 1000.0 / double(report.elapsedMs)
        : double(report.eventsChecked);
    if (context.json()) {
        printJson(QJsonObject { { QStringLiteral("ok"), report.ok() },
            { QStringLiteral("kind"), AuditVerifier::kindId(report.kind) },
            { QStringLiteral("firstBadSeq"), jsonNumber(report.firstBadSeq) },
            { QStringLiteral("checkpointSize"), jsonNumber(report.checkpointSize) },
            { QStringLiteral("message"), report.message },
            { QStringLiteral("eventsChecked"), report.eventsChecked },
            { QStringLiteral("checkpointsChecked"), report.checkpointsChecked },
            { QStringLiteral("personalPartsChecked"), report.personalPartsChecked },
            { QStringLiteral("rootHash"), report.ok() ? QJsonValue(hex(report.rootHash)) : QJsonValue::Null },
            { QStringLiteral("elapsedMs"), report.elapsedMs },
            { QStringLiteral("eventsPerSecond"), qint64(perSecond) } });
    } else {
        const QLocale locale;
        QList<QPair<QString, QString>> fields {
            { QCoreApplication::translate("CliAudit", "result"), report.ok() ? QCoreApplication::translate("CliAudit", "intact") : AuditVerifier::kindId(report.kind) },
        };
        if (report.firstBadSeq)
            fields.append({ QCoreApplication::translate("CliAudit", "first bad event"), locale.toString(*report.firstBadSeq) });
        if (report.checkpointSize)
            fields.append({ QCoreApplication::translate("CliAudit", "checkpoint"), QCoreApplication::translate("CliAudit", "%1 events").arg(locale.toString(*report.checkpointSize)) });
        fields.append({ QCoreApplication::translate("CliAudit", "events checked"), locale.toString(report.eventsChecked) });
        fields.append({ QCoreApplication::translate("CliAudit", "checkpoints checked"), locale.toString(report.checkpointsChecked) });
        fields.append({ QCoreApplication::translate("CliAudit", "personal parts checked"), locale.toString(report.personalPartsChecked) });
        if (report.ok())
            fields.append({ QCoreApplication::translate("CliAudit", "root hash"), hex(report.rootHash) });
        fields.append({ QCoreApplication::translate("CliAudit", "time"),
            QCoreApplication::translate("CliAudit", "%1 s, %2 events/s")
                .arg(locale.toString(double(report.elapsedMs) / 1000.0, 'f', 2),
                    locale.toString(qint64(perSecond))) });
        printFields(fields);
        if (report.ok())
            printLine(report.message);
    }
    if (!report.ok()) {
        // A failed verification is a security event: raise its alert, but let
        // a store that cannot take it (read-only, locked) still get the verdict.
        try {
            context.alerts().raiseVerificationFailure(
                context.auditLog().operatorActor(session.op()), AlertEngine::verificationFailureSummary(report));
        } catch (const StoreError& e) {
            err() << QCoreApplication::translate("CliAudit", "The verification-failure alert could not be raised: %1")
                         .arg(e.message())
                  << '\n';
        }
        throw CliExit(ExitRefused, report.message);
    }
    return ExitOk;
}

// "A..B" with 1 <= A <= B.
std::pair<qint64, qint64> parseSeqRange(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,18})\\.\\.(\\d{1,18})$"));
    const auto match = pattern.match(text.trimmed());
    const qint64 a = match.hasMatch() ? match.captured(1).toLongLong() : 0;
    const qint64 b = match.hasMatch() ? match.captured(2).toLongLong() : 0;
    if (a < 1 || b < a)
        throw UsageError(
            QCoreApplication::translate("CliAudit", "--seq needs a range of sequence numbers A..B with 1 <= A <= B, e.g. 100..250, not '%1'")
                .arg(text));
    return { a, b };
}

int bundle(CliContext& context, CliCommand& cmd, const QStringList& args)
{
    cmd.addOption({ kOut, QCoreApplication::translate("CliAudit", "The bundle file to write (JSON)."), QCoreApplication::translate("CliAudit", "FILE") });
    cmd.addOption({ kFrom, QCoreApplication::translate("CliAudit", "Events at or after this time (ISO 8601, UTC)."), QCoreApplication::translate("CliAudit", "TIME") });
    cmd.addOption({ kTo, QCoreApplication::translate("CliAudit", "Events before this time (ISO 8601, UTC)."), QCoreApplication::translate("CliAudit", "TIME") });
    cmd.addOption({ kTenant, QCoreApplication::translate("CliAudit", "Only events of this tenant."), QCoreApplication::translate("CliAudit", "SLUG") });
    cmd.addOption({ kType,
        QCoreApplication::translate("CliAudit", "Only events of these types, e.g. tenant_suspended or login,logout. Repeatable."), QCoreApplication::translate("CliAudit", "ID") });
    cmd.addOption({ kSeq, QCoreApplication::translate("CliAudit", "Only events with sequence numbers in A..B."), QCoreApplication::translate("CliAudit", "A..B") });
    cmd.setEpilog(
        QCoreApplication::translate("CliAudit", "The bundle holds the selected events' records, an inclusion proof for each against the latest "
           "signed checkpoint, the first and latest checkpoints with a consistency proof, and the "
           "public keys; never personal data. Check it anywhere with 'geoconsole audit verify-bundle'.\n"
           "Writing it is recorded in the audit log."));
    if (!cmd.parse(args))
        return ExitOk;
    const QString out = cmd.required(kOut);
    AuditBundleSelection selection;
    if (cmd.isSet(kSeq)) {
        const auto [a, b] = parseSeqRange(cmd.value(kSeq));
        selection.fromSeq = a;
        selection.toSeq = b;
    }
    if (cmd.isSet(kFrom))
        selection.filter.fromMs = cmd.instant(kFrom);
    if (cmd.isSet(kTo))
        selection.filter.toMs = cmd.instant(kTo);
    for (const QString& value : cmd.values(kType)) {
        for (const QString& id : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto type = auditEventTypeFromId(id.trimmed());
            if (!type)
                throw UsageError(QCoreApplication::translate("CliAudit", "--type: unknown event type '%1'").arg(id));
            selection.filter.types.append(*type);
        }
    }

    const Session& session = context.signIn();
    if (cmd.isSet(kTenant)) {
        selection.filter.tenantScope = AuditFilter::TenantScope::Tenant;
        selection.filter.tenant = tenantFor(context, cmd.value(kTenant)).id;
    }
    const AuditReader reader(context.openStore(false), session);
    AuditBundleSummary summary;
    {
        CliProgress progress;
        try {
            summary = AuditEvidenceBundle::write(
                reader, selection, out, progressOf(progress, QCoreApplication::translate("CliAudit", "Proving events")));
        } catch (const StoreError& e) {
            if (e.kind() == StoreError::Kind::Interrupted)
                cancelled(QCoreApplication::translate("CliAudit", "bundle cancelled; no file was written"));
            throw;
        }
    }
    const qint64 seq = AuditEvidenceBundle::record(context.auditLog(), session, summary);
    if (context.json()) {
        printJson(QJsonObject { { QStringLiteral("file"), QDir::toNativeSeparators(out) },
            { QStringLiteral("events"), summary.eventCount },
            { QStringLiteral("notYetCovered"), summary.notYetCovered },
            { QStringLiteral("checkpointSize"), summary.lastCheckpoint.treeSize },
            { QStringLiteral("sha256"), hex(summary.sha256) }, { QStringLiteral("bytes"), summary.bytes },
            { QStringLiteral("recordedSeq"), seq } });
    } else {
        printLine(QCoreApplication::translate("CliAudit", "Wrote %1: %2 events proved against the checkpoint of %3 events; %4 bytes, SHA-256 %5. "
                     "Recorded as event %6.")
                      .arg(QDir::toNativeSeparators(out), QLocale().toString(summary.eventCount),
                          QLocale().toString(summary.lastCheckpoint.treeSize),
                          QLocale().toString(summary.bytes), hex(summary.sha256), QLocale().toString(seq)));
    }
    if (summary.notYetCovered > 0)
        printError(
            QCoreApplication::translate("CliAudit", "%1 selected events are newer than the latest checkpoint and are not in the bundle; sign one "
               "with 'geoconsole audit checkpoint' and write the bundle again to include them")
                .arg(QLocale().toString(summary.notYetCovered)));
    return ExitOk;
}

int verifyBundle(CliContext& context, CliCommand& cmd, const QStringList& args)
{
    cmd.addPositional(QStringLiteral("FILE"), QCoreApplication::translate("CliAudit", "The evidence bundle ('geoconsole audit bundle')."));
    addTrustedKeyOption(cmd,
        QCoreApplication::translate("CliAudit", "Accept checkpoint signatures only from the public key in this PEM file, not from the keys the "
           "bundle lists."));
    cmd.setEpilog(
        QCoreApplication::translate("CliAudit", "Needs no store. Exits with 0 when every event in the bundle is proved to be in the signed "
           "log, 1 when anything does not check out."));
    if (!cmd.parse(args))
        return ExitOk;
    std::optional<PublicKey> trusted;
    if (cmd.isSet(kTrustedKey))
        trusted = parseFile<PublicKey>(
            cmd.value(kTrustedKey), kTrustedKey, [](const QByteArray& b) { return PublicKey::fromPem(b); });
    const AuditBundleCheck check = AuditEvidenceBundle::verify(cmd.positional(0), trusted);
    if (context.json()) {
        printJson(
            QJsonObject { { QStringLiteral("ok"), check.ok }, { QStringLiteral("message"), check.message },
                { QStringLiteral("badSeq"), jsonNumber(check.badSeq) },
                { QStringLiteral("events"), check.eventCount },
                { QStringLiteral("checkpoints"), check.checkpointCount },
                { QStringLiteral("treeSize"),
                    check.ok ? QJsonValue(check.lastCheckpoint.treeSize) : QJsonValue::Null },
                { QStringLiteral("rootHash"),
                    check.ok ? QJsonValue(hex(check.lastCheckpoint.rootHash)) : QJsonValue::Null },
                { QStringLiteral("keyIds"), QJsonArray::fromStringList(check.keyIds) } });
    } else if (check.ok) {
        printLine(check.message);
    }
    if (!check.ok)
        throw CliExit(ExitRefused, check.message);
    return ExitOk;
}

} // namespace

QList<CliAction> auditEvidenceActions()
{
    return {
        { QStringLiteral("verify"),
            QCoreApplication::translate("CliAudit", "Re-hash the whole audit log and check it for tampering; exit 1 if it was."), verify },
        { QStringLiteral("bundle"),
            QCoreApplication::translate("CliAudit", "Write a self-contained evidence bundle of selected events with their proofs."), bundle },
        { QStringLiteral("verify-bundle"),
            QCoreApplication::translate("CliAudit", "Check an evidence bundle without any store; exit 1 if it does not verify."), verifyBundle },
    };
}

} // namespace gc::cli
