#pragma once

#include "AuditFilter.h"
#include "Checkpoint.h"
#include "PublicKey.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <functional>
#include <optional>

namespace gc {

class AuditLog;
class AuditReader;
class Session;

/// Which events an evidence bundle holds: those matching `filter` whose
/// sequence number lies in [fromSeq, toSeq] (each bound optional).
struct AuditBundleSelection
{
    AuditFilter filter;
    std::optional<qint64> fromSeq;
    std::optional<qint64> toSeq;
};

/// What AuditEvidenceBundle::write() put into the file.
struct AuditBundleSummary
{
    qint64 eventCount = 0;
    /// Selected events newer than the latest checkpoint: no signed root covers
    /// them yet, so they are not in the bundle.
    qint64 notYetCovered = 0;
    Checkpoint firstCheckpoint;
    Checkpoint lastCheckpoint; ///< every inclusion proof is against this one
    QByteArray sha256; ///< of the file's bytes
    qint64 bytes = 0;
};

/// What AuditEvidenceBundle::verify() found.
struct AuditBundleCheck
{
    bool ok = false;
    QString message; ///< translated: the first problem, or a summary when ok
    std::optional<qint64> badSeq; ///< the event at fault, when the problem is one event's
    qint64 eventCount = 0;
    qint64 checkpointCount = 0;
    Checkpoint lastCheckpoint;
    QList<QString> keyIds; ///< the keys whose signatures were accepted
};

/// A single-file, self-contained proof that some audit events are in the
/// signed log, checkable without the store.
///
/// Format: one UTF-8 JSON object (format id "geoconsole-audit-evidence", version 1):
///
///   format        "geoconsole-audit-evidence"
///   version       1
///   createdAt     ISO 8601 UTC time of writing
///   selection     {"filter": {...AuditFilter fields, ids as in the CLI...},
///                  "fromSeq": n|null, "toSeq": n|null}
///   publicKeys    ["-----BEGIN PUBLIC KEY-----..."]: every key of the log (PEM)
///   checkpoints   ["<Checkpoint::toText()>", ...]: the log's first and latest
///                  checkpoints (one when they are the same), ascending size
///   consistency   {"fromSize": a, "toSize": b, "proof": "<MerkleProof base64>"}:
///                  first to latest checkpoint; null with one checkpoint
///   events        [{"seq": n, "record": "<base64 of AuditEventCodec bytes>",
///                   "chainHash": "<base64, 32 bytes>",
///                   "proof": "<MerkleProof base64: inclusion of leaf seq-1 in
///                             the latest checkpoint's tree>"}], ascending seq
///   personalData  "omitted": personal parts are never exported
///
/// verify() checks that every record decodes and carries its seq, that each
/// inclusion proof leads from the record's leaf hash to the latest
/// checkpoint's root, that the checkpoints are validly signed and consistent,
/// and that the chain hashes of consecutive events link.
class AuditEvidenceBundle final
{
public:
    static constexpr const char* kFormat = "geoconsole-audit-evidence";
    static constexpr int kVersion = 1;

    /// Writes the bundle of `selection` to `path` through a temporary file
    /// that replaces `path` only when complete: on any failure or cancel no
    /// file (and no partial file) is left. Requires ExportAuditEvidence.
    /// DomainError (Invalid) when the log has no checkpoint yet or nothing is
    /// selected and covered; StoreError (Interrupted) when `progress(done,
    /// total)` returns false; DomainError (Invalid) when the file cannot be written.
    static AuditBundleSummary write(const AuditReader& reader, const AuditBundleSelection& selection,
        const QString& path, const std::function<bool(qint64, qint64)>& progress = {});

    /// Records the export as a DataExported event by the session's operator
    /// (resource "audit_log/evidence_bundle"; details: the file's SHA-256, its
    /// size, the event count and the checkpoint size; no path, nothing
    /// personal), in a transaction of its own. Returns its sequence number.
    static qint64 record(AuditLog& log, const Session& session, const AuditBundleSummary& summary);

    /// Checks the bundle at `path` without any store. With `trustedKey`, every
    /// checkpoint must be signed by that key alone (the keys in the file are
    /// then only informative). Never throws.
    [[nodiscard]] static AuditBundleCheck verify(
        const QString& path, const std::optional<PublicKey>& trustedKey = std::nullopt);
    /// As verify(), on the file's bytes.
    [[nodiscard]] static AuditBundleCheck verifyData(
        QByteArrayView json, const std::optional<PublicKey>& trustedKey = std::nullopt);
};

} // namespace gc
