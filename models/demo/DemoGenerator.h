#pragma once

#include <QDate>
#include <QString>

#include <functional>

namespace gc {

class Store;

/// Fills an empty store with a believable, deterministic data set: the same
/// options give the same rows. Later features add their own demo data here.
struct DemoOptions
{
    int tenants = 12;                 ///< 12 = the hand-written cast; more are generated
    int days = 90;                    ///< days of request log and predictions
    quint64 seed = 20261127;
    qint64 predictions = 1'000'000;
    /// Last day of data (UTC); the request log ends the day before. Default: today.
    QDate endDay;
};

/// Demo operator accounts (user name, password, role id), documented in the
/// README and named by the login dialog.
struct DemoAccount
{
    const char* username;
    const char* password;
    const char* role;
};
const QList<DemoAccount>& demoAccounts();

class DemoGenerator final
{
public:
    /// `progress(percent, stage)` is called often; returning false cancels and
    /// rolls everything back. Throws DomainError(Conflict) if the store is not empty.
    static void generate(Store& store, const DemoOptions& options,
                         const std::function<bool(int, const QString&)>& progress = {});
};

} // namespace gc
