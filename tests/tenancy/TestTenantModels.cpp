#include "TenancyFixture.h"

#include "tenancy/ApiKeyModel.h"
#include "tenancy/TenantConfigModel.h"
#include "tenancy/TenantFilterModel.h"
#include "tenancy/TenantTableModel.h"
#include "tenancy/TenantUserModel.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QLocale>
#include <QSignalSpy>

using namespace gc;
using namespace gc::test;

namespace {

QVariant cell(const QAbstractItemModel& m, int row, int column, int role = Qt::DisplayRole)
{
    return m.data(m.index(row, column), role);
}

/// Resets seen by a model: about-to-be-reset and reset, always paired.
struct ResetSpy
{
    explicit ResetSpy(QAbstractItemModel* m)
        : aboutToReset(m, &QAbstractItemModel::modelAboutToBeReset), reset(m, &QAbstractItemModel::modelReset)
    {
    }
    [[nodiscard]] int count() const { return aboutToReset.count() == reset.count() ? int(reset.count()) : -1; }
    QSignalSpy aboutToReset;
    QSignalSpy reset;
};

} // namespace

class TestTenantModels : public QObject
{
    Q_OBJECT

private:
    void tester(QAbstractItemModel* model)
    {
        new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    }

private slots:
    void tenantTable()
    {
        Fixture f;
        TenantService& s = *f.adminService;
        TenantTableModel model(s);
        tester(&model);
        ResetSpy resets(&model);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(TenantTableModel::ColumnCount));
        QCOMPARE(model.headerData(TenantTableModel::Users, Qt::Horizontal).toString(), QStringLiteral("Users"));

        model.reload();
        QCOMPARE(resets.count(), 1);
        QCOMPARE(model.rowCount(), 0);

        TenantDraft a = draftFor(QStringLiteral("acme"), Tier::Free);
        a.name = QStringLiteral("Acme Air");
        const Tenant acme = s.provision(a);
        TenantDraft b = draftFor(QStringLiteral("borealis"), Tier::Enterprise);
        b.name = QStringLiteral("Borealis");
        b.region = QStringLiteral("eu-north");
        const Tenant borealis = s.provision(b);
        for (int i = 0; i < 3; ++i)
            s.addUser(acme.id, QStringLiteral("u%1@acme.example").arg(i), QStringLiteral("U"), TenantUserRole::Viewer);
        for (int i = 0; i < 7; ++i)
            s.addUser(borealis.id, QStringLiteral("u%1@b.example").arg(i), QStringLiteral("U"),
                      TenantUserRole::Viewer);
        f.recordRequests(borealis.id, 1'234'567);
        f.recordRequests(borealis.id, 999, -1); // yesterday: not today's figure
        s.createApiKey(acme.id, QStringLiteral("k"));
        QCOMPARE(model.rowCount(), 0); // no live updates: reload is explicit

        model.reload();
        QCOMPARE(resets.count(), 2);
        QCOMPARE(model.rowCount(), 2);
        const int ra = model.rowOf(acme.id);
        const int rb = model.rowOf(borealis.id);
        QVERIFY(ra >= 0 && rb >= 0 && ra != rb);
        QCOMPARE(model.rowOf(TenantId(9999)), -1);
        QCOMPARE(model.summaryAt(ra).activeApiKeys, 1);

        using M = TenantTableModel;
        QCOMPARE(cell(model, ra, M::Name).toString(), QStringLiteral("Acme Air"));
        QCOMPARE(cell(model, ra, M::Slug).toString(), QStringLiteral("acme"));
        QCOMPARE(cell(model, ra, M::Tier).toString(), tierDisplayName(Tier::Free));
        QCOMPARE(cell(model, ra, M::Status).toString(), tenantStatusDisplayName(TenantStatus::Active));
        QCOMPARE(cell(model, rb, M::Region).toString(), QStringLiteral("eu-north"));
        QCOMPARE(cell(model, ra, M::Users).toString(), QStringLiteral("3 / 5"));
        QCOMPARE(cell(model, rb, M::Users).toString(), QStringLiteral("7")); // Enterprise: no limit
        QCOMPARE(cell(model, ra, M::Users, M::SortRole).toInt(), 3);
        QCOMPARE(cell(model, rb, M::Users, M::SortRole).toInt(), 7);
        QCOMPARE(cell(model, rb, M::RequestsToday).toString(), QLocale().toString(qint64(1'234'567)));
        QCOMPARE(cell(model, rb, M::RequestsToday, M::SortRole).toLongLong(), 1'234'567);
        QCOMPARE(cell(model, ra, M::RequestsToday, M::SortRole).toLongLong(), 0);
        QCOMPARE(cell(model, ra, M::Created).toString(),
                 QLocale().toString(f.clock.nowUtc().date(), QLocale::ShortFormat));
        QCOMPARE(cell(model, ra, M::Created, M::SortRole).toLongLong(), f.clock.nowSecs());
        QCOMPARE(cell(model, ra, M::Tier, M::SortRole).toInt(), tierRank(Tier::Free));
        QCOMPARE(cell(model, ra, 0, M::TenantIdRole).toLongLong(), acme.id.value);
        QCOMPARE(cell(model, rb, 0, M::TierRole).toInt(), int(Tier::Enterprise));
        QVERIFY(cell(model, ra, M::Users, Qt::ToolTipRole).toString().contains(tierDisplayName(Tier::Free)));
        QVERIFY(cell(model, ra, 0, M::SearchTextRole).toString().contains(QStringLiteral("ops@acme.example")));
        QVERIFY(!cell(model, ra, M::Name, Qt::ForegroundRole).isValid());

        s.suspend(acme.id, QStringLiteral("Unpaid"));
        model.reload();
        QCOMPARE(resets.count(), 3);
        QCOMPARE(cell(model, model.rowOf(acme.id), M::Status, M::StatusRole).toInt(), int(TenantStatus::Suspended));
        QVERIFY(cell(model, model.rowOf(acme.id), M::Status, Qt::ToolTipRole).toString().contains(
            QLatin1String("Unpaid")));
        QCOMPARE(cell(model, model.rowOf(acme.id), M::Name, Qt::ForegroundRole).value<QColor>(), QColor(Qt::gray));

        // A refused reload leaves the rows as they were.
        TenantService denied(*f.store, f.clock, sessionFor(Role(99), "nobody"), *f.auditLog);
        TenantTableModel other(denied);
        tester(&other);
        QVERIFY_THROWS_EXCEPTION(DomainError, other.reload());
        QCOMPARE(other.rowCount(), 0);
    }

    void filterModel()
    {
        Fixture f;
        TenantService& s = *f.adminService;
        const struct
        {
            const char* slug;
            const char* name;
            Tier tier;
            const char* region;
            int users;
        } rows[] = {{"acme", "Acme Air", Tier::Free, "eu-west", 4},
                    {"borealis", "Borealis Labs", Tier::Pro, "eu-north", 9},
                    {"cumulus", "Cumulus City", Tier::Pro, "us-east", 1},
                    {"delta-air", "Delta", Tier::Basic, "ap-southeast", 12}};
        QList<TenantId> ids;
        for (const auto& r : rows) {
            TenantDraft d = draftFor(QString::fromLatin1(r.slug), r.tier);
            d.name = QString::fromLatin1(r.name);
            d.region = QString::fromLatin1(r.region);
            ids << s.provision(d).id;
            for (int i = 0; i < r.users; ++i)
                s.addUser(ids.last(), QStringLiteral("u%1@x.example").arg(i), QStringLiteral("U"),
                          TenantUserRole::Viewer);
        }
        s.suspend(ids[2], QStringLiteral("r"));

        TenantTableModel model(s);
        TenantFilterModel filter;
        filter.setSourceModel(&model);
        tester(&model);
        tester(&filter);
        model.reload();
        QCOMPARE(filter.rowCount(), 4);

        const auto slugs = [&] {
            QStringList out;
            for (int r = 0; r < filter.rowCount(); ++r)
                out << filter.index(r, TenantTableModel::Slug).data().toString();
            return out;
        };

        filter.setSearchText(QStringLiteral("  AIR "));
        QCOMPARE(slugs(), (QStringList{QStringLiteral("acme"), QStringLiteral("delta-air")}));
        filter.setSearchText(QStringLiteral("EU-"));
        QCOMPARE(filter.rowCount(), 2);
        filter.setSearchText(QStringLiteral("ops@cumulus"));
        QCOMPARE(slugs(), QStringList{QStringLiteral("cumulus")});
        filter.setSearchText({});
        QCOMPARE(filter.rowCount(), 4);

        filter.setTierFilter(Tier::Pro);
        QCOMPARE(filter.rowCount(), 2);
        filter.setStatusFilter(TenantStatus::Suspended);
        QCOMPARE(slugs(), QStringList{QStringLiteral("cumulus")});
        filter.setStatusFilter(TenantStatus::Active);
        QCOMPARE(slugs(), QStringList{QStringLiteral("borealis")});
        filter.setSearchText(QStringLiteral("nothing-matches"));
        QCOMPARE(filter.rowCount(), 0);
        filter.setSearchText({});
        filter.setTierFilter(std::nullopt);
        filter.setStatusFilter(std::nullopt);
        QCOMPARE(filter.rowCount(), 4);

        // Sorting uses the raw numbers, not the "n / max" text.
        filter.sort(TenantTableModel::Users, Qt::DescendingOrder);
        QCOMPARE(slugs(), (QStringList{QStringLiteral("delta-air"), QStringLiteral("borealis"), QStringLiteral("acme"),
                                       QStringLiteral("cumulus")}));
        filter.sort(TenantTableModel::Tier, Qt::AscendingOrder);
        QCOMPARE(slugs().first(), QStringLiteral("acme"));
        QCOMPARE(slugs().at(1), QStringLiteral("delta-air"));

        // Filters survive a reload.
        filter.setTierFilter(Tier::Pro);
        s.provision(draftFor(QStringLiteral("echo"), Tier::Pro));
        model.reload();
        QCOMPARE(filter.rowCount(), 3);
    }

    void userModel()
    {
        Fixture f;
        TenantService& s = *f.adminService;
        const Tenant t = s.provision(draftFor(QStringLiteral("acme")));
        TenantUserModel model(s);
        tester(&model);
        ResetSpy resets(&model);
        model.setTenant(t.id);
        QCOMPARE(resets.count(), 1);
        QCOMPARE(model.rowCount(), 0);

        const TenantUser ana = s.addUser(t.id, QStringLiteral("ana@acme.example"), QStringLiteral("Ana"),
                                         TenantUserRole::Admin);
        const TenantUser bo = s.addUser(t.id, QStringLiteral("bo@acme.example"), QStringLiteral("Bo"),
                                        TenantUserRole::Viewer);
        s.deactivateUser(t.id, bo.id);
        model.reload();
        QCOMPARE(resets.count(), 2);
        QCOMPARE(model.rowCount(), 2);
        using M = TenantUserModel;
        QCOMPARE(cell(model, 0, M::Email).toString(), QStringLiteral("ana@acme.example"));
        QCOMPARE(cell(model, 0, M::DisplayName).toString(), QStringLiteral("Ana"));
        QCOMPARE(cell(model, 0, M::Role).toString(), tenantUserRoleDisplayName(TenantUserRole::Admin));
        QCOMPARE(cell(model, 0, 0, M::UserIdRole).toLongLong(), ana.id);
        QCOMPARE(cell(model, 0, 0, M::ActiveRole).toBool(), true);
        QCOMPARE(cell(model, 1, 0, M::ActiveRole).toBool(), false);
        QVERIFY(!cell(model, 0, M::Email, Qt::ForegroundRole).isValid());
        QCOMPARE(cell(model, 1, M::Email, Qt::ForegroundRole).value<QColor>(), QColor(Qt::gray));
        QVERIFY(!cell(model, 1, M::Status, Qt::ToolTipRole).toString().isEmpty());
        QCOMPARE(model.userAt(1).id, bo.id);

        // An Analyst's model shows pseudonyms only.
        TenantUserModel pseudo(*f.analystService);
        tester(&pseudo);
        pseudo.setTenant(t.id);
        QCOMPARE(pseudo.rowCount(), 2);
        for (int r = 0; r < pseudo.rowCount(); ++r) {
            for (int c = 0; c < pseudo.columnCount(); ++c) {
                for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)}) {
                    const QString text = cell(pseudo, r, c, role).toString();
                    QVERIFY2(!text.contains(QLatin1String("@acme")) && !text.contains(QLatin1String("Ana")),
                             qPrintable(text));
                }
            }
        }
        QVERIFY(cell(pseudo, 0, M::Email).toString().startsWith(QLatin1String("user-")));

        model.setTenant(TenantId{});
        QCOMPARE(resets.count(), 3);
        QCOMPARE(model.rowCount(), 0);
    }

    void apiKeyModel()
    {
        Fixture f;
        TenantService& s = *f.adminService;
        const Tenant t = s.provision(draftFor(QStringLiteral("acme")));
        ApiKeyModel model(s);
        tester(&model);
        ResetSpy resets(&model);
        model.setTenant(t.id);
        const NewApiKey k1 = s.createApiKey(t.id, QStringLiteral("Ingest"));
        const NewApiKey k2 = s.createApiKey(t.id, QStringLiteral("Dashboards"));
        s.revokeApiKey(t.id, k2.key.id);
        f.clock.advanceSecs(60);
        QVERIFY(s.authenticateApiKey(k1.secret));
        model.reload();
        QCOMPARE(resets.count(), 2);
        QCOMPARE(model.rowCount(), 2);
        using M = ApiKeyModel;
        QCOMPARE(cell(model, 0, M::Name).toString(), QStringLiteral("Ingest"));
        QCOMPARE(cell(model, 0, M::Prefix).toString(), k1.key.prefix);
        QCOMPARE(cell(model, 0, M::CreatedBy).toString(), QStringLiteral("admin"));
        QCOMPARE(cell(model, 1, M::LastUsed).toString(), QStringLiteral("Never"));
        QVERIFY(cell(model, 0, M::LastUsed).toString() != QStringLiteral("Never"));
        QCOMPARE(cell(model, 1, M::Status).toString(), QStringLiteral("Revoked"));
        QCOMPARE(cell(model, 1, 0, M::RevokedRole).toBool(), true);
        QCOMPARE(cell(model, 0, 0, M::RevokedRole).toBool(), false);
        QCOMPARE(cell(model, 1, 0, M::KeyIdRole).toLongLong(), k2.key.id);
        QCOMPARE(cell(model, 1, M::Name, Qt::ForegroundRole).value<QColor>(), QColor(Qt::gray));
        QVERIFY(!cell(model, 0, M::Name, Qt::ForegroundRole).isValid());
        for (int r = 0; r < model.rowCount(); ++r) {
            for (int c = 0; c < model.columnCount(); ++c) {
                QVERIFY(!cell(model, r, c).toString().contains(k1.secret.mid(13)));
                QVERIFY(!cell(model, r, c, Qt::ToolTipRole).toString().contains(k1.secret.mid(13)));
            }
        }
        QCOMPARE(model.keyAt(0).id, k1.key.id);
    }

    void configModel()
    {
        Fixture f;
        TenantService& s = *f.adminService;
        const Tenant t = s.provision(draftFor(QStringLiteral("acme")));
        TenantConfigModel model(s);
        tester(&model);
        ResetSpy resets(&model);
        model.setTenant(t.id);
        s.setConfig(t.id, {QStringLiteral("retention"), ConfigType::Duration, QStringLiteral("168h")});
        s.setConfig(t.id, {QStringLiteral("alerts.enabled"), ConfigType::Boolean, QStringLiteral("yes")});
        model.reload();
        QCOMPARE(resets.count(), 2);
        QCOMPARE(model.rowCount(), 2);
        using M = TenantConfigModel;
        QCOMPARE(cell(model, 0, M::Key).toString(), QStringLiteral("alerts.enabled"));
        QCOMPARE(cell(model, 0, M::Type).toString(), configTypeDisplayName(ConfigType::Boolean));
        QCOMPARE(cell(model, 0, M::Value).toString(), QStringLiteral("true"));
        QCOMPARE(cell(model, 1, M::Value).toString(), QStringLiteral("7d"));
        QCOMPARE(model.entryAt(1).type, ConfigType::Duration);
        s.removeConfig(t.id, QStringLiteral("retention"));
        model.reload();
        QCOMPARE(resets.count(), 3);
        QCOMPARE(model.rowCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestTenantModels)
#include "TestTenantModels.moc"
