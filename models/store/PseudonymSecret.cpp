#include "PseudonymSecret.h"

#include "SettingsRepository.h"
#include "Store.h"

#include <openssl/rand.h>

#include <stdexcept>

namespace gc {

namespace {

const QString kSetting = QStringLiteral("pseudonym.secret");
constexpr int kMinSize = 16;
constexpr int kSize = 32;

} // namespace

QByteArray PseudonymSecret::get(Store& store)
{
    SettingsRepository settings(store.db());
    const auto read = [&]() -> QByteArray {
        const auto hex = settings.value(kSetting);
        return hex ? QByteArray::fromHex(hex->toLatin1()) : QByteArray();
    };
    QByteArray key = read();
    if (key.size() >= kMinSize)
        return key;
    const auto create = [&] {
        // Re-read inside the write transaction: another connection may have
        // created it meanwhile, and replacing it would change every pseudonym.
        key = read();
        if (key.size() < kMinSize) {
            key = QByteArray(kSize, Qt::Uninitialized);
            if (RAND_bytes(reinterpret_cast<unsigned char*>(key.data()), kSize) != 1)
                throw std::runtime_error("OpenSSL RAND_bytes failed");
            settings.setValue(kSetting, QString::fromLatin1(key.toHex()));
        }
    };
    if (store.db().inTransaction())
        create();
    else
        store.transact(create);
    return key;
}

} // namespace gc
