#pragma once

#include "audit/PublicKey.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QString>

namespace gc {

/// Why a checkpoint was not accepted. None means its signature is valid.
enum class CheckpointFailure
{
    None,
    Malformed, ///< a field is out of range (negative size, root not 32 bytes, bad key id)
    UnknownKey, ///< no public key with the checkpoint's key id is known
    WrongKey, ///< the key offered has a different key id than the checkpoint names
    BadSignature, ///< the signature does not match the content: altered or forged
};

/// A signed statement "the audit log had `treeSize` events and root hash
/// `rootHash` at `unixTime`", made with the key named by `keyId`.
///
/// Canonical signed bytes (body()), ASCII, each line ended by "\n":
///
///   geoconsole-audit-checkpoint v1
///   <tree size: decimal, no sign, no leading zeros>
///   <root hash: 32 bytes, standard base64 with padding (44 characters)>
///   <time: seconds since 1970-01-01T00:00:00Z, decimal, no sign, no leading zeros>
///   <key id: 16 lowercase hex digits, see PublicKey::keyId()>
///
/// The first line names the format, so a checkpoint signature cannot pass for
/// one over any other kind of message the same key signs. The signature is Ed25519 over exactly
/// these bytes. The text form (toText()) appends one blank line and
/// "sig <signature: 64 bytes, standard base64>\n", in the spirit of the
/// transparency-log checkpoint notes (C2SP signed-note).
struct Checkpoint
{
    static constexpr const char* kHeader = "geoconsole-audit-checkpoint v1";

    qint64 treeSize = 0;
    QByteArray rootHash;
    qint64 unixTime = 0;
    QString keyId;
    QByteArray signature;

    [[nodiscard]] QDateTime time() const { return QDateTime::fromSecsSinceEpoch(unixTime, Qt::UTC); }
    /// True when every field can be encoded (the signature is not checked).
    [[nodiscard]] bool isWellFormed() const;
    /// The canonical bytes that are signed. Empty when !isWellFormed().
    [[nodiscard]] QByteArray body() const;

    /// Checks the signature with `key`. Never throws.
    [[nodiscard]] CheckpointFailure verify(const PublicKey& key) const;

    /// body() + "\n" + "sig <base64>\n". Empty when !isWellFormed().
    [[nodiscard]] QByteArray toText() const;
    /// Parses the text form exactly (no extra whitespace or lines). Throws
    /// gc::DomainError (Kind::Invalid) with a translated reason when the
    /// text is not a well-formed checkpoint. Does not check the signature.
    [[nodiscard]] static Checkpoint fromText(QByteArrayView text);

    /// A translated sentence for `failure`.
    [[nodiscard]] static QString message(CheckpointFailure failure);

    friend bool operator==(const Checkpoint&, const Checkpoint&) = default;
};

} // namespace gc
