#pragma once

#include <QString>

#include <optional>

namespace gc {

class Database;

/// Store-wide key/value settings (table `settings`): facts about the store
/// itself, not per-user preferences (those live in QSettings). Known keys:
///   "demo.generated" = "1" when the demo generator made this store
///   "pseudonym.secret" = hex key for tenant-user pseudonyms
class SettingsRepository final
{
public:
    explicit SettingsRepository(Database& db) : m_db(db) {}
    [[nodiscard]] std::optional<QString> value(const QString& key) const;
    void setValue(const QString& key, const QString& value);
    void remove(const QString& key);

private:
    Database& m_db;
};

} // namespace gc
