#pragma once

#include <QByteArray>

namespace gc {

class Store;

/// The store's pseudonym secret (setting "pseudonym.secret", hex): the key of
/// every pseudonym the console derives (tenant users shown without personal
/// data, audit actor ids). A fact of the store, not of the process, so a
/// pseudonym stays the same across sessions and machines for one store.
class PseudonymSecret final
{
public:
    /// Reads the secret, creating 32 random bytes when there is none (or a
    /// damaged one shorter than 16 bytes). Joins the open transaction of the
    /// store's writer, or runs its own.
    [[nodiscard]] static QByteArray get(Store& store);
};

} // namespace gc
