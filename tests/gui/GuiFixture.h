#pragma once

#include "audit/AlertEngine.h"
#include "audit/AuditLog.h"
#include "auth/AuthService.h"
#include "core/Clock.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

namespace gc::testing {

/// A fresh store per test with an administrator "admin" and an auditor
/// "audrey", hashed at a cost cheap enough for tests; per-user GUI settings
/// go to a temporary folder, never to the developer's own.
class GuiFixture
{
public:
    static constexpr PasswordHasher::Cost kCheap{10, 8, 1};
    static inline const QString kAdminPassword = QStringLiteral("correct horse battery");
    static inline const QString kAuditorPassword = QStringLiteral("staple battery horse");

    GuiFixture()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("GeoClimateTest"));
        QCoreApplication::setApplicationName(QStringLiteral("geoconsole-gui-test"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    }

    void setUp()
    {
        QVERIFY(m_dir.isValid());
        QSettings().clear();
        tearDown();
        const QString path = m_dir.filePath(QStringLiteral("store-%1.sqlite3").arg(++m_counter));
        store = Store::open(path);
        auditLog = std::make_unique<AuditLog>(*store, clock);
        alerts = std::make_unique<AlertEngine>(*auditLog, clock);
        auth = std::make_unique<AuthService>(*store, clock, *auditLog, kCheap);
        auth->createFirstAdministrator(QStringLiteral("admin"), QStringLiteral("Ada Admin"), kAdminPassword);
        admin.emplace(auth->signIn(QStringLiteral("admin"), kAdminPassword));
        auth->addOperator(*admin, QStringLiteral("audrey"), QStringLiteral("Audrey Auditor"), Role::Auditor,
                          kAuditorPassword);
        auditor.emplace(auth->signIn(QStringLiteral("audrey"), kAuditorPassword));
    }

    void tearDown()
    {
        auditor.reset();
        admin.reset();
        auth.reset();
        alerts.reset();
        auditLog.reset();
        store.reset();
    }

    ManualClock clock{QDateTime(QDate(2026, 11, 27), QTime(12, 0), Qt::UTC)};
    std::unique_ptr<Store> store;
    std::unique_ptr<AuditLog> auditLog;
    std::unique_ptr<AlertEngine> alerts;
    std::unique_ptr<AuthService> auth;
    std::optional<Session> admin;
    std::optional<Session> auditor;

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
};

} // namespace gc::testing
