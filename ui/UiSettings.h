#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QVariant>

namespace gc {

/// One typed per-user preference: its key lives here once, callers see a T.
template<typename T>
class SettingValue final
{
public:
    SettingValue(QSettings& settings, QString key, T fallback = T{})
        : m_settings(settings), m_key(std::move(key)), m_fallback(std::move(fallback))
    {
    }
    [[nodiscard]] T get() const
    {
        const QVariant v = m_settings.value(m_key);
        return v.isValid() && v.canConvert<T>() ? v.value<T>() : m_fallback;
    }
    void set(const T& value) { m_settings.setValue(m_key, QVariant::fromValue(value)); }

private:
    QSettings& m_settings;
    QString m_key;
    T m_fallback;
};

/// Per-user GUI preferences remembered between runs (QSettings of the
/// application's organisation and name). Store-wide facts are not kept here.
class UiSettings final
{
    // First, so it is constructed before the values that refer to it.
    QSettings m_settings;

public:
    UiSettings() = default;
    Q_DISABLE_COPY_MOVE(UiSettings)

    SettingValue<QByteArray> mainWindowGeometry{m_settings, QStringLiteral("mainWindow/geometry")};
    SettingValue<QByteArray> mainWindowState{m_settings, QStringLiteral("mainWindow/state")};
    /// Id of the navigation area shown last ("tenants", "operators").
    SettingValue<QString> lastArea{m_settings, QStringLiteral("mainWindow/lastArea"), QStringLiteral("tenants")};
    SettingValue<QByteArray> tenantsSplitter{m_settings, QStringLiteral("tenants/splitter")};
    SettingValue<QByteArray> tenantDetailSplitter{m_settings, QStringLiteral("tenants/detailSplitter")};
    SettingValue<QByteArray> tenantsHeader{m_settings, QStringLiteral("tenants/header")};
    SettingValue<QString> lastTenantSlug{m_settings, QStringLiteral("tenants/lastSlug")};
    SettingValue<int> tenantDetailTab{m_settings, QStringLiteral("tenants/detailTab"), 0};
    SettingValue<QByteArray> operatorsHeader{m_settings, QStringLiteral("operators/header")};
    SettingValue<QByteArray> auditHeader{m_settings, QStringLiteral("audit/header")};
    SettingValue<QByteArray> auditSplitter{m_settings, QStringLiteral("audit/splitter")};
    SettingValue<QString> lastUsername{m_settings, QStringLiteral("login/lastUsername")};

    void sync() { m_settings.sync(); }
};

} // namespace gc
