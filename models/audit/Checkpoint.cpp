#include "Checkpoint.h"

#include "audit/MerkleTree.h"
#include "core/DomainError.h"

#include <QCoreApplication>

#include <optional>

namespace gc {
namespace {

bool isKeyId(const QString& id)
{
    if (id.size() != 16)
        return false;
    for (QChar c : id) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

// Strict decimal: digits only, no leading zero unless the number is 0, fits in qint64.
std::optional<qint64> parseDecimal(QByteArrayView text)
{
    if (text.isEmpty() || text.size() > 19 || (text.size() > 1 && text.front() == '0'))
        return std::nullopt;
    for (char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
    }
    bool ok = false;
    const qint64 v = text.toLongLong(&ok);
    return ok ? std::optional<qint64>(v) : std::nullopt;
}

std::optional<QByteArray> parseBase64(QByteArrayView text, qsizetype expectedBytes)
{
    auto decoded = QByteArray::fromBase64Encoding(
        text.toByteArray(), QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
    // Re-encoding must give the same text: rules out every non-canonical spelling.
    if (!decoded || decoded.decoded.size() != expectedBytes || decoded.decoded.toBase64() != text)
        return std::nullopt;
    return *decoded;
}

DomainError malformed(const QString& why)
{
    return DomainError(DomainError::Kind::Invalid,
        QCoreApplication::translate("gc::Checkpoint", "This is not a valid audit checkpoint: %1").arg(why),
        QStringLiteral("checkpoint"));
}

} // namespace

bool Checkpoint::isWellFormed() const
{
    return treeSize >= 0 && unixTime >= 0 && rootHash.size() == MerkleTree::kHashSize && isKeyId(keyId);
}

QByteArray Checkpoint::body() const
{
    if (!isWellFormed())
        return {};
    QByteArray out;
    out += kHeader;
    out += '\n';
    out += QByteArray::number(treeSize);
    out += '\n';
    out += rootHash.toBase64();
    out += '\n';
    out += QByteArray::number(unixTime);
    out += '\n';
    out += keyId.toLatin1();
    out += '\n';
    return out;
}

CheckpointFailure Checkpoint::verify(const PublicKey& key) const
{
    if (!isWellFormed())
        return CheckpointFailure::Malformed;
    if (key.isNull() || key.keyId() != keyId)
        return CheckpointFailure::WrongKey;
    return key.verify(body(), signature) ? CheckpointFailure::None : CheckpointFailure::BadSignature;
}

QByteArray Checkpoint::toText() const
{
    if (!isWellFormed())
        return {};
    return body() + "\nsig " + signature.toBase64() + '\n';
}

Checkpoint Checkpoint::fromText(QByteArrayView text)
{
    if (!text.endsWith('\n'))
        throw malformed(QCoreApplication::translate("gc::Checkpoint", "it does not end with a line break."));
    const QList<QByteArray> lines = text.first(text.size() - 1).toByteArray().split('\n');
    if (lines.size() != 7 || !lines.at(5).isEmpty())
        throw malformed(QCoreApplication::translate(
            "gc::Checkpoint", "it must have five lines, a blank line and a signature line."));
    if (lines.at(0) != kHeader)
        throw malformed(QCoreApplication::translate("gc::Checkpoint", "the first line is not \"%1\".")
                            .arg(QLatin1String(kHeader)));

    Checkpoint cp;
    const auto size = parseDecimal(lines.at(1));
    if (!size)
        throw malformed(
            QCoreApplication::translate("gc::Checkpoint", "the tree size is not a plain decimal number."));
    cp.treeSize = *size;
    const auto root = parseBase64(lines.at(2), MerkleTree::kHashSize);
    if (!root)
        throw malformed(
            QCoreApplication::translate("gc::Checkpoint", "the root hash is not 32 bytes in base64."));
    cp.rootHash = *root;
    const auto time = parseDecimal(lines.at(3));
    if (!time)
        throw malformed(QCoreApplication::translate(
            "gc::Checkpoint", "the time is not a plain decimal number of seconds."));
    cp.unixTime = *time;
    cp.keyId = QString::fromLatin1(lines.at(4));
    if (!isKeyId(cp.keyId))
        throw malformed(
            QCoreApplication::translate("gc::Checkpoint", "the key id is not 16 lowercase hex digits."));
    const QByteArray& sigLine = lines.at(6);
    if (!sigLine.startsWith("sig "))
        throw malformed(
            QCoreApplication::translate("gc::Checkpoint", "the last line does not start with \"sig \"."));
    const auto sig = parseBase64(QByteArrayView(sigLine).sliced(4), PublicKey::kSignatureSize);
    if (!sig)
        throw malformed(
            QCoreApplication::translate("gc::Checkpoint", "the signature is not 64 bytes in base64."));
    cp.signature = *sig;
    return cp;
}

QString Checkpoint::message(CheckpointFailure failure)
{
    switch (failure) {
    case CheckpointFailure::None:
        return QCoreApplication::translate("gc::Checkpoint", "The checkpoint signature is valid.");
    case CheckpointFailure::Malformed:
        return QCoreApplication::translate("gc::Checkpoint", "The checkpoint has a field out of range.");
    case CheckpointFailure::UnknownKey:
        return QCoreApplication::translate(
            "gc::Checkpoint", "The checkpoint was signed by a key that is not in the key ring.");
    case CheckpointFailure::WrongKey:
        return QCoreApplication::translate(
            "gc::Checkpoint", "The checkpoint names a different signing key than the one given.");
    case CheckpointFailure::BadSignature:
        return QCoreApplication::translate("gc::Checkpoint",
            "The checkpoint signature does not match its content: it was altered "
            "or forged.");
    }
    return {};
}

} // namespace gc
