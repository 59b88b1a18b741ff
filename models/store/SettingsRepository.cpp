#include "SettingsRepository.h"

#include "Database.h"

namespace gc {

std::optional<QString> SettingsRepository::value(const QString& key) const
{
    auto st = m_db.prepare("SELECT value FROM settings WHERE key = ?");
    st.bind(1, key);
    if (!st.step())
        return std::nullopt;
    return st.text(0);
}

void SettingsRepository::setValue(const QString& key, const QString& value)
{
    auto st = m_db.prepare("INSERT INTO settings(key, value) VALUES (?, ?) "
                           "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    st.bind(1, key).bind(2, value);
    st.exec();
}

void SettingsRepository::remove(const QString& key)
{
    auto st = m_db.prepare("DELETE FROM settings WHERE key = ?");
    st.bind(1, key);
    st.exec();
}

} // namespace gc
