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
    /// 1..100,000. Up to 12 come from the hand-written cast (all four tiers, one
    /// suspended, one offboarding); more are named from parts, for benchmarks.
    int tenants = 12;
    /// 1..3650 days of request log and predictions. Generated tenants (beyond
    /// the twelve) get at most the last 2 days of request log, which keeps a
    /// 10,000-tenant store small while "requests today" stays realistic.
    int days = 90;
    quint64 seed = 20261127;
    qint64 predictions = 1'000'000; ///< exact count written, 0..100,000,000
    /// Audit events of the history (DemoAuditHistory), 0..100,000,000; the
    /// alert rules add their AlertRaised events on top.
    qint64 auditEvents = 1'000'000;
    /// The audit signing key file; empty: AuditLog::defaultKeyPath(store).
    /// Created with a fresh key if missing.
    QString auditKeyPath;
    /// Last day of data (UTC), included: the request log and the predictions
    /// cover the `days` whole UTC days that end with it, so "today" shows a
    /// day's traffic against the quotas. Invalid (default): today, UTC.
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
    /// Writes everything in one transaction on `store`'s connection, then the
    /// audit history in batches of their own transactions (AuditLog::appendBatch
    /// refuses to join one), then checkpoints the write-ahead log into the
    /// file. `progress(percent, stage)` is called often with a translated stage
    /// name; returning false cancels and throws StoreError(Interrupted): before
    /// the audit history the transaction is rolled back and the store is left
    /// as it was; during it, the data and the batches written so far stay (a
    /// valid, shorter log), so a caller that created the store removes it. Throws DomainError(Conflict) if
    /// any table but `settings` holds a row, DomainError(Invalid) for options out of range, StoreError for
    /// failures of the store. The operator passwords are hashed with random salts, and the audit log's salts,
    /// subject keys, pseudonym secret and signing key are random by design (so are the pseudonyms, hashes and
    /// signatures made from them); everything else is the same in two runs with the same options.
    static void generate(Store& store, const DemoOptions& options,
        const std::function<bool(int, const QString&)>& progress = {});
};

} // namespace gc
