#include "audit/AuditEventModel.h"
#include "audit/AuditLog.h"
#include "auth/Session.h"
#include "core/Clock.h"
#include "store/Store.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using namespace gc;

namespace {

Session sessionFor(Role role, const QString& name)
{
    Operator op;
    op.id = 7;
    op.username = name;
    op.displayName = name;
    op.role = role;
    return Session(op);
}

/// Event i (1-based): types cycle through four, every tenth mentions "needle",
/// every third belongs to tenant 3, odd ones carry personal data.
AuditEventDraft draftFor(qint64 i, const QString& actor)
{
    static const AuditEventType kTypes[] = { AuditEventType::Login, AuditEventType::DataExported,
        AuditEventType::TenantTierChanged, AuditEventType::LoginFailed };
    AuditEventDraft d;
    d.type = kTypes[i % 4];
    d.actorId = actor;
    d.tenant = i % 3 == 0 ? std::optional<TenantId>(TenantId(3)) : std::nullopt;
    d.outcome = d.type == AuditEventType::LoginFailed ? AuditOutcome::Failure : AuditOutcome::Success;
    d.resource = QStringLiteral("tenant/%1").arg(i % 5);
    d.details = QJsonObject { { QStringLiteral("n"), i },
        { QStringLiteral("word"), i % 10 == 0 ? QStringLiteral("needle") : QStringLiteral("hay") } };
    if (i % 2 == 1) {
        d.personal.actorName = QStringLiteral("Cora Compliance");
        d.personal.actorEmail = QStringLiteral("cora@example.org");
    }
    return d;
}

bool matches(const AuditRecord& r, AuditEventType type, bool needle)
{
    return r.type == type
        && (!needle || r.details.value(QStringLiteral("word")).toString() == QStringLiteral("needle"));
}

} // namespace

class TestAuditEventModel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void pagesByKeyNewestFirst();
    void emptyLog();
    void filterCombinesTypeAndText();
    void replacedFilterDropsStaleResults();
    void evictedPagesComeBackByKey();
    void liveTailInsertsAtTopKeepingSelection();
    void liveTailSkipsNonMatching();
    void personalDataFollowsRole();
    void refusedSessionShowsError();

private:
    void fill(qint64 n);
    std::unique_ptr<AuditEventModel> makeModel(
        const Session& session, AuditEventModel::Options options = {}, bool waitFirst = true);
    static void fetchAll(AuditEventModel& model);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    ManualClock m_clock { QDateTime(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC) };
    std::unique_ptr<AuditLog> m_log;
    QString m_actor;
    Session m_officer = sessionFor(Role::ComplianceOfficer, QStringLiteral("cora"));
    Session m_auditor = sessionFor(Role::Auditor, QStringLiteral("audrey"));
};

void TestAuditEventModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = Store::open(m_dir->filePath(QStringLiteral("audit.sqlite3")));
    AuditSigningConfig signing;
    signing.keyPath = m_dir->filePath(QStringLiteral("key.pem"));
    m_log = std::make_unique<AuditLog>(*m_store, m_clock, signing);
    m_actor = m_log->pseudonym(QStringLiteral("op"), QStringLiteral("cora"));
}

void TestAuditEventModel::cleanup()
{
    m_log.reset();
    m_store.reset();
    m_dir.reset();
}

void TestAuditEventModel::fill(qint64 n)
{
    const qint64 first = m_log->size() + 1;
    std::vector<AuditEventDraft> drafts;
    for (qint64 i = first; i < first + n; ++i)
        drafts.push_back(draftFor(i, m_actor));
    QCOMPARE(m_log->appendBatch(drafts), first + n - 1);
}

std::unique_ptr<AuditEventModel> TestAuditEventModel::makeModel(
    const Session& session, AuditEventModel::Options options, bool waitFirst)
{
    auto model = std::make_unique<AuditEventModel>(
        *m_store, session, [](TenantId id) { return id.value == 3 ? QStringLiteral("Acme") : QString(); },
        options);
    // Attached before any page can arrive: the first rows come through the event loop.
    new QAbstractItemModelTester(
        model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest, model.get());
    if (waitFirst)
        [&] { QTRY_VERIFY(!model->isLoading()); }();
    return model;
}

void TestAuditEventModel::fetchAll(AuditEventModel& model)
{
    for (int guard = 0; guard < 10000 && model.canFetchMore({}); ++guard) {
        const int before = model.rowCount();
        model.fetchMore({});
        QTRY_VERIFY(model.rowCount() > before || !model.canFetchMore({}));
    }
}

void TestAuditEventModel::pagesByKeyNewestFirst()
{
    fill(1000);
    AuditEventModel::Options options;
    options.pageSize = 100;
    auto model = makeModel(m_officer, options);
    QVERIFY2(model->errorMessage().isEmpty(), qPrintable(model->errorMessage()));
    QCOMPARE(model->rowCount(), 100);
    QCOMPARE(model->seqAt(0), 1000);
    QCOMPARE(model->seqAt(99), 901);
    QVERIFY(model->canFetchMore({}));
    fetchAll(*model);
    QCOMPARE(model->rowCount(), 1000);
    QCOMPARE(model->seqAt(999), 1);
    QVERIFY(!model->canFetchMore({}));
    QTRY_COMPARE(model->count(), std::optional<qint64>(1000));
    QCOMPARE(model->countText(), QStringLiteral("1,000 events"));

    // Display: tenant through the lookup, "Platform" for none, UTC in the tooltip.
    const int row = model->rowOfSeq(999); // 999 % 3 == 0: tenant 3
    QCOMPARE(model->index(row, AuditEventModel::Tenant).data().toString(), QStringLiteral("Acme"));
    QCOMPARE(model->index(model->rowOfSeq(998), AuditEventModel::Tenant).data().toString(),
        QStringLiteral("Platform"));
    QVERIFY(model->index(row, AuditEventModel::Time)
                .data(Qt::ToolTipRole)
                .toString()
                .endsWith(QStringLiteral(" UTC")));
    QCOMPARE(model->index(row, AuditEventModel::Seq).data(AuditEventModel::SeqRole).toLongLong(), 999);
    QVERIFY(model->index(row, AuditEventModel::Summary).data().toString().contains(QStringLiteral("n: 999")));
}

void TestAuditEventModel::emptyLog()
{
    auto model = makeModel(m_officer);
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(!model->canFetchMore({}));
    QVERIFY(model->errorMessage().isEmpty());
    QTRY_COMPARE(model->count(), std::optional<qint64>(0));
}

void TestAuditEventModel::filterCombinesTypeAndText()
{
    fill(800);
    auto model = makeModel(m_officer);
    QSignalSpy counted(model.get(), &AuditEventModel::countChanged);
    AuditFilter f;
    f.types = { AuditEventType::Login };
    f.text = QStringLiteral("needle");
    model->setFilter(f);
    QCOMPARE(model->rowCount(), 0);
    QCOMPARE(model->countText(), QStringLiteral("counting…"));
    QTRY_VERIFY(!model->isLoading());
    fetchAll(*model);
    const qint64 expected = 800 / 20; // Login is i % 4 == 0, "needle" i % 10 == 0
    QVERIFY(expected > 0);
    QCOMPARE(model->rowCount(), int(expected));
    for (int row = 0; row < model->rowCount(); ++row)
        QVERIFY(matches(model->eventAt(row)->record, AuditEventType::Login, true));
    QTRY_COMPARE(model->count(), std::optional<qint64>(expected));
    QVERIFY(counted.count() >= 1);
}

void TestAuditEventModel::replacedFilterDropsStaleResults()
{
    fill(600);
    auto model = makeModel(m_officer);
    AuditFilter logins;
    logins.types = { AuditEventType::Login };
    AuditFilter failures;
    failures.outcomes = { AuditOutcome::Failure };
    // Replace filters faster than any page can come back; only the last may show.
    for (int i = 0; i < 5; ++i) {
        model->setFilter(logins);
        model->setFilter(failures);
    }
    QTRY_VERIFY(!model->isLoading());
    QTRY_COMPARE(model->count(), std::optional<qint64>(150));
    QVERIFY(model->rowCount() > 0);
    fetchAll(*model);
    QCOMPARE(model->rowCount(), 150);
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->eventAt(row)->record.outcome, AuditOutcome::Failure);
}

void TestAuditEventModel::evictedPagesComeBackByKey()
{
    fill(500);
    AuditEventModel::Options options;
    options.pageSize = 50;
    options.maxCachedPages = 2;
    auto model = makeModel(m_officer, options);
    fetchAll(*model);
    QCOMPARE(model->rowCount(), 500);
    QVERIFY(model->loadedPageCount() <= 2);
    // Some page in the middle was evicted (the tester keeps touching the first rows).
    int row = 0;
    while (row < 500 && model->eventAt(row))
        row += 50;
    QVERIFY(row < 500);
    QVERIFY(!model->eventAt(row + 49));
    QSignalSpy changed(model.get(), &QAbstractItemModel::dataChanged);
    QCOMPARE(model->index(row, AuditEventModel::Time).data().toString(), QStringLiteral("Loading…"));
    QCOMPARE(model->index(row, AuditEventModel::Seq).data(AuditEventModel::LoadedRole).toBool(), false);
    QTRY_VERIFY(model->eventAt(row));
    QCOMPARE(model->seqAt(row), 500 - row);
    QCOMPARE(model->seqAt(row + 49), 500 - row - 49);
    QVERIFY(changed.count() >= 1);
    QCOMPARE(changed.constFirst().at(0).toModelIndex().row(), row);
    QCOMPARE(changed.constFirst().at(1).toModelIndex().row(), row + 49);
    QVERIFY(model->loadedPageCount() <= 2);
    QCOMPARE(model->rowCount(), 500);
}

void TestAuditEventModel::liveTailInsertsAtTopKeepingSelection()
{
    fill(30);
    AuditEventModel::Options options;
    options.liveTailIntervalMs = 50;
    auto model = makeModel(m_officer, options);
    QTRY_COMPARE(model->count(), std::optional<qint64>(30));
    QItemSelectionModel selection(model.get());
    selection.setCurrentIndex(
        model->index(5, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QCOMPARE(model->seqAt(5), 25);
    QSignalSpy inserted(model.get(), &AuditEventModel::liveRowsInserted);
    model->setLiveTail(true);
    fill(2);
    QTRY_COMPARE(model->rowCount(), 32);
    QCOMPARE(model->seqAt(0), 32);
    QCOMPARE(model->seqAt(1), 31);
    QCOMPARE(selection.currentIndex().row(), 7);
    QCOMPARE(model->seqAt(selection.currentIndex().row()), 25);
    QCOMPARE(model->count(), std::optional<qint64>(32));
    QCOMPARE(inserted.count(), 1);
    model->setLiveTail(false);
    fill(1);
    QTest::qWait(200);
    QCOMPARE(model->rowCount(), 32);
}

void TestAuditEventModel::liveTailSkipsNonMatching()
{
    fill(8);
    AuditEventModel::Options options;
    options.liveTailIntervalMs = 50;
    auto model = makeModel(m_officer, options);
    AuditFilter f;
    f.types = { AuditEventType::LoginFailed };
    model->setFilter(f);
    QTRY_VERIFY(!model->isLoading());
    QCOMPARE(model->rowCount(), 2); // 3 and 7
    model->setLiveTail(true);
    fill(4); // 9..12: only 11 is LoginFailed
    QTRY_COMPARE(model->rowCount(), 3);
    QCOMPARE(model->seqAt(0), 11);
    QTest::qWait(200);
    QCOMPARE(model->rowCount(), 3);
}

void TestAuditEventModel::personalDataFollowsRole()
{
    fill(2); // 1 has personal data
    auto officer = makeModel(m_officer);
    const int row = officer->rowOfSeq(1);
    QCOMPARE(officer->index(row, AuditEventModel::Actor).data().toString(),
        QStringLiteral("Cora Compliance (%1)").arg(m_actor));
    QVERIFY(officer->index(row, AuditEventModel::Actor)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("cora@example.org")));
    auto auditor = makeModel(m_auditor);
    QCOMPARE(auditor->index(auditor->rowOfSeq(1), AuditEventModel::Actor).data().toString(), m_actor);
    QVERIFY(!auditor->eventAt(auditor->rowOfSeq(1))->personal);
}

void TestAuditEventModel::refusedSessionShowsError()
{
    fill(3);
    auto model = makeModel(sessionFor(Role::Analyst, QStringLiteral("ann")), {}, false);
    QTRY_VERIFY(!model->errorMessage().isEmpty());
    QVERIFY(!model->isLoading());
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(!model->canFetchMore({}));
}

QTEST_MAIN(TestAuditEventModel)
#include "TestAuditEventModel.moc"
