#include "GuiFixture.h"

#include "AuditDetailPanel.h"
#include "AuditFilterBar.h"
#include "AuditIntegrityMonitor.h"
#include "AuditPane.h"
#include "AuditProofDialog.h"
#include "EvidenceBundleActions.h"
#include "IntegrityBadge.h"
#include "JsonView.h"
#include "MainWindow.h"
#include "UiSettings.h"

#include "audit/AlertEngine.h"
#include "audit/AuditEventModel.h"
#include "audit/AuditEvidenceBundle.h"
#include "audit/AuditReader.h"
#include "tenancy/TenantService.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTranslator>

#include <vector>

using namespace gc;
using gc::testing::GuiFixture;

namespace {

/// Makes every translated text about 40 % longer, as German often is, to see
/// where a layout truncates (screenshot case with GEOCONSOLE_PSEUDO_LONG=1).
class LongerTranslator final : public QTranslator
{
public:
    QString translate(const char*, const char* source, const char*, int n) const override
    {
        QString text = QString::fromUtf8(source);
        if (n >= 0)
            text.replace(QStringLiteral("%n"), QString::number(n));
        return text + QString(text.size() * 2 / 5, QChar(0x00e4));
    }
};

} // namespace

class TestGuiAudit : public QObject
{
    Q_OBJECT
private slots:
    void init() { m_f.setUp(); }
    void cleanup() { m_f.tearDown(); }

    void areaFollowsRole();
    void filterOpenAndProveInclusion();
    void liveTailFollowsNewEvents();
    void emptyStates();
    void integrityBadgeVerifies();
    void readErrorShownInPane();
    void shortcuts();
    void exportEvidenceBundleFromTheMenu();
    void tamperingRaisesAnAlert();
    void screenshot();

private:
    /// `n` events of two kinds; every seventh mentions "needle"; then a checkpoint (its size is returned).
    qint64 fill(int n)
    {
        std::vector<AuditEventDraft> drafts;
        const QString actor = m_f.auditLog->pseudonym(QStringLiteral("op"), QStringLiteral("admin"));
        for (int i = 0; i < n; ++i) {
            AuditEventDraft d;
            d.type = i % 4 == 0 ? AuditEventType::DataExported : AuditEventType::DataRead;
            d.actorId = actor;
            d.resource = QStringLiteral("tenant/%1").arg(i % 9);
            d.details = QJsonObject { { QStringLiteral("rows"), i },
                { QStringLiteral("note"),
                    i % 7 == 0 ? QStringLiteral("needle export") : QStringLiteral("routine") } };
            d.personal.actorName = QStringLiteral("Ada Admin");
            drafts.push_back(d);
        }
        m_f.auditLog->appendBatch(drafts);
        return m_f.auditLog->checkpoint().treeSize;
    }

    std::unique_ptr<MainWindow> openAudit(const Session& session)
    {
        auto w = std::make_unique<MainWindow>(*m_f.store, m_f.clock, session, *m_f.auditLog, *m_f.alerts);
        w->show();
        if (!QTest::qWaitForWindowExposed(w.get()) || !w->showArea(QStringLiteral("audit")))
            return nullptr;
        return w;
    }

    template <typename T> static T* child(QWidget* root, const char* name)
    {
        T* w = root->findChild<T*>(QString::fromLatin1(name));
        if (!w)
            qWarning("no child %s", name);
        return w;
    }

    GuiFixture m_f;
};

void TestGuiAudit::areaFollowsRole()
{
    auto admin = openAudit(*m_f.admin);
    QVERIFY(admin);
    QVERIFY(admin->areas().contains(QStringLiteral("audit")));
    QVERIFY(admin->auditPane());
    QVERIFY(admin->findChild<IntegrityBadge*>(QStringLiteral("auditIntegrityBadge")));
    admin.reset();

    m_f.auth->addOperator(*m_f.admin, QStringLiteral("ann"), QStringLiteral("Ann Analyst"), Role::Analyst,
        GuiFixture::kAdminPassword);
    const Session analyst = m_f.auth->signIn(QStringLiteral("ann"), GuiFixture::kAdminPassword);
    MainWindow w(*m_f.store, m_f.clock, analyst, *m_f.auditLog, *m_f.alerts);
    QVERIFY(!w.areas().contains(QStringLiteral("audit")));
    QVERIFY(!w.auditPane());
    QVERIFY(!w.findChild<IntegrityBadge*>());
}

void TestGuiAudit::filterOpenAndProveInclusion()
{
    const qint64 signedSize = fill(300);
    auto w = openAudit(*m_f.auditor);
    QVERIFY(w);
    AuditPane* pane = w->auditPane();
    QTableView* table = child<QTableView>(w.get(), "auditTable");
    QTRY_VERIFY(table->model()->rowCount() > 0);
    QTRY_VERIFY(child<QLabel>(w.get(), "auditCountLabel")->text().endsWith(QStringLiteral(" events")));

    auto* type = child<QComboBox>(w.get(), "auditTypeCombo");
    type->setCurrentIndex(type->findData(QStringLiteral("t:data_exported")));
    QTest::keyClicks(child<QLineEdit>(w.get(), "auditSearchEdit"), QStringLiteral("needle"));
    // i % 4 == 0 and i % 7 == 0 among 0..299: multiples of 28.
    QTRY_COMPARE(child<QLabel>(w.get(), "auditCountLabel")->text(), QStringLiteral("11 events"));
    QTRY_COMPARE(table->model()->rowCount(), 11);
    for (int row = 0; row < 11; ++row) {
        const AuditEvent* e = pane->model()->eventAt(row);
        QVERIFY(e);
        QCOMPARE(e->record.type, AuditEventType::DataExported);
        QCOMPARE(e->record.details.value(QStringLiteral("note")).toString(), QStringLiteral("needle export"));
    }

    table->setCurrentIndex(table->model()->index(2, 0));
    const qint64 seq = pane->model()->seqAt(2);
    QCOMPARE(child<QLabel>(w.get(), "auditDetailSeq")->text(), QStringLiteral("#%1").arg(seq));
    QVERIFY(
        child<JsonView>(w.get(), "auditDetailJson")->json().contains(QStringLiteral("\"needle export\"")));
    // An auditor sees that personal data exists, not what it is.
    QCOMPARE(child<QLabel>(w.get(), "auditDetailPersonal")->text(), QStringLiteral("hidden for your role"));
    QTRY_COMPARE(child<QLineEdit>(w.get(), "auditDetailLeafHash")->text().size(), 64);
    QCOMPARE(child<QLineEdit>(w.get(), "auditDetailChainHash")->text().size(), 64);

    QTest::mouseClick(child<QPushButton>(w.get(), "proveInclusionButton"), Qt::LeftButton);
    AuditProofDialog* dialog = pane->detailPanel()->proofDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->result().has_value());
    QVERIFY(dialog->result()->verified());
    QVERIFY(child<QLabel>(dialog, "proofVerdictLabel")->text().contains(QStringLiteral("verified")));
    QCOMPARE(dialog->result()->checkpoint->treeSize, signedSize);
    QVERIFY(!child<QPlainTextEdit>(dialog, "proofHashesEdit")->toPlainText().isEmpty());
    QCOMPARE(child<QLineEdit>(dialog, "proofRootEdit")->text(),
        QString::fromLatin1(dialog->result()->checkpoint->rootHash.toHex()));
    dialog->close();

    // Any event by number, even one the filter hides.
    auto* goTo = child<QLineEdit>(w.get(), "auditGoToEdit");
    QTest::keyClicks(goTo, QStringLiteral("#2"));
    QTest::keyClick(goTo, Qt::Key_Return);
    QTRY_COMPARE(child<QLabel>(w.get(), "auditDetailSeq")->text(), QStringLiteral("#2"));
    goTo->clear();
    QTest::keyClicks(goTo, QStringLiteral("999999"));
    QTest::keyClick(goTo, Qt::Key_Return);
    QTRY_COMPARE(child<QLabel>(w.get(), "auditDetailEmptyLabel")->text(),
        QStringLiteral("There is no event #999999."));

    // Clearing brings every event back.
    QTest::mouseClick(child<QPushButton>(w.get(), "auditClearFiltersButton"), Qt::LeftButton);
    QTRY_VERIFY(table->model()->rowCount() > 11);
}

void TestGuiAudit::liveTailFollowsNewEvents()
{
    fill(20);
    auto w = openAudit(*m_f.admin);
    QVERIFY(w);
    AuditEventModel* model = w->auditPane()->model();
    QTRY_VERIFY(!model->isLoading());
    const qint64 top = model->seqAt(0);
    QVERIFY(top > 0);
    w->auditPane()->table()->setCurrentIndex(model->index(3, 0));
    const qint64 selected = model->seqAt(3);
    child<QAction>(w.get(), "auditLiveTailAction")->trigger();
    QVERIFY(model->liveTail());

    AuditEventDraft d;
    d.type = AuditEventType::ConfigurationChanged;
    d.resource = QStringLiteral("store");
    d.details = QJsonObject { { QStringLiteral("key"), QStringLiteral("retention_days") } };
    const qint64 seq = m_f.auditLog->appendBatch(std::vector<AuditEventDraft> { d });
    QTRY_COMPARE(model->seqAt(0), seq);
    QCOMPARE(model->index(0, AuditEventModel::Type).data().toString(),
        auditEventTypeDisplayName(AuditEventType::ConfigurationChanged));
    // The selected event stays selected.
    QCOMPARE(model->seqAt(w->auditPane()->table()->currentIndex().row()), selected);
}

void TestGuiAudit::emptyStates()
{
    auto w = openAudit(*m_f.auditor);
    QVERIFY(w);
    AuditPane* pane = w->auditPane();
    // The fixture's sign-ins are audited, so the log is not empty: no match is the state to see.
    QTRY_VERIFY(!pane->model()->isLoading());
    QTest::keyClicks(child<QLineEdit>(w.get(), "auditSearchEdit"), QStringLiteral("zzqxnothing"));
    QTRY_COMPARE(pane->stateText(), QStringLiteral("No events match the filter."));
    QVERIFY(child<QPushButton>(w.get(), "auditStateButton")->isVisible());
    QTest::mouseClick(child<QPushButton>(w.get(), "auditStateButton"), Qt::LeftButton);
    QTRY_VERIFY(pane->stateText().isEmpty());
    QTRY_VERIFY(pane->model()->rowCount() > 0);
}

void TestGuiAudit::integrityBadgeVerifies()
{
    fill(50);
    auto w = openAudit(*m_f.admin);
    QVERIFY(w);
    AuditIntegrityMonitor* monitor = w->auditIntegrity();
    QVERIFY(monitor);
    monitor->verify();
    auto* badge = w->findChild<IntegrityBadge*>(QStringLiteral("auditIntegrityBadge"));
    QTRY_VERIFY_WITH_TIMEOUT(badge->state() == IntegrityBadge::State::Verified, 20000);
    QVERIFY2(badge->fullText().startsWith(QStringLiteral("Audit trail verified: ")),
        qPrintable(badge->fullText()));
    QVERIFY(badge->fullText().contains(QStringLiteral("signed up to event")));
}

void TestGuiAudit::readErrorShownInPane()
{
    // A session the reader refuses stands in for any failure of the store:
    // the pane must say so in place of the list, and offer to try again.
    m_f.auth->addOperator(*m_f.admin, QStringLiteral("ann"), QStringLiteral("Ann Analyst"), Role::Analyst,
        GuiFixture::kAdminPassword);
    const Session analyst = m_f.auth->signIn(QStringLiteral("ann"), GuiFixture::kAdminPassword);
    UiSettings settings;
    AuditPane pane(*m_f.store, analyst, m_f.clock, nullptr, settings);
    pane.show();
    QTRY_VERIFY(pane.stateText().startsWith(QStringLiteral("The audit trail could not be read.")));
    auto* retry = child<QPushButton>(&pane, "auditStateButton");
    QVERIFY(retry->isVisible());
    QCOMPARE(retry->text(), QStringLiteral("&Try Again"));
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_VERIFY(pane.stateText().startsWith(QStringLiteral("The audit trail could not be read.")));
}

void TestGuiAudit::shortcuts()
{
    fill(5);
    auto w = openAudit(*m_f.admin);
    QVERIFY(w);
    AuditPane* pane = w->auditPane();
    QTRY_VERIFY(pane->model()->rowCount() > 0);
    pane->table()->setFocus();
    QTest::keyClick(pane->table(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(child<QLineEdit>(w.get(), "auditSearchEdit")->hasFocus());
    QTest::keyClick(pane->table(), Qt::Key_L, Qt::ControlModifier);
    QVERIFY(pane->model()->liveTail());
    QVERIFY(child<QAction>(w.get(), "auditLiveTailAction")->isChecked());
    pane->table()->setCurrentIndex(pane->model()->index(0, 0));
    QVERIFY(child<QAction>(w.get(), "auditProveAction")->isEnabled());
    QTest::keyClick(pane->table(), Qt::Key_I, Qt::ControlModifier);
    QVERIFY(pane->detailPanel()->proofDialog());
    QTRY_VERIFY(pane->detailPanel()->proofDialog()->result().has_value());
    pane->detailPanel()->proofDialog()->close();
}

/// With GEOCONSOLE_SCREENSHOT=<file.png>, saves the audit pane at 1280×800
/// (run under xvfb-run for real fonts); otherwise skipped.
void TestGuiAudit::exportEvidenceBundleFromTheMenu()
{
    fill(120);
    auto w = openAudit(*m_f.auditor);
    QVERIFY(w);
    QVERIFY(child<QAction>(w.get(), "exportBundleAction")->isEnabled());
    QVERIFY(!child<QAction>(w.get(), "signCheckpointAction")->isEnabled());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("evidence.json"));
    AuditFilter filter;
    filter.types = { AuditEventType::DataExported };
    const qint64 before = m_f.auditLog->size();
    // Accept the result box the export shows when it is done.
    QString shown;
    QTimer closer;
    QObject::connect(&closer, &QTimer::timeout, [&] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            shown = box->text();
            box->accept();
        }
    });
    closer.start(50);
    QVERIFY(EvidenceBundleActions::exportBundleTo(w.get(), *m_f.store, *m_f.auditLog, *m_f.auditor, filter, path));
    closer.stop();
    QVERIFY2(shown.contains(QStringLiteral("30 events")), qPrintable(shown));
    const AuditBundleCheck check = AuditEvidenceBundle::verify(path);
    QVERIFY2(check.ok, qPrintable(check.message));
    QCOMPARE(check.eventCount, 30);
    // The export is itself an audited event.
    QCOMPARE(m_f.auditLog->size(), before + 1);
    const AuditReader reader(*m_f.store, *m_f.admin);
    const auto recorded = reader.event(before + 1);
    QVERIFY(recorded);
    QCOMPARE(recorded->record.type, AuditEventType::DataExported);
}

void TestGuiAudit::tamperingRaisesAnAlert()
{
    fill(50);
    // Someone with the store file but not the signing key edits an event.
    m_f.store->db().exec("UPDATE audit_events SET resource = 'tenant/99' WHERE seq = 7");
    auto w = openAudit(*m_f.admin);
    QVERIFY(w);
    QVERIFY(m_f.alerts->alerts(true).isEmpty());
    w->auditIntegrity()->verify();
    auto* badge = w->findChild<IntegrityBadge*>(QStringLiteral("auditIntegrityBadge"));
    QTRY_VERIFY_WITH_TIMEOUT(badge->state() == IntegrityBadge::State::Failed, 20000);
    QTRY_COMPARE(m_f.alerts->alerts(true).size(), 1);
    const AuditAlert alert = m_f.alerts->alerts(true).constFirst();
    QCOMPARE(alert.rule, QStringLiteral("verification_failure"));
    QVERIFY2(alert.summary.contains(QStringLiteral("#7")), qPrintable(alert.summary));
    // Verifying again keeps the one open alert rather than raising another.
    w->auditIntegrity()->verify();
    QTRY_VERIFY_WITH_TIMEOUT(!w->auditIntegrity()->isRunning(), 20000);
    QTest::qWait(50);
    QCOMPARE(m_f.alerts->alerts(true).size(), 1);
}

void TestGuiAudit::screenshot()
{
    const QString path = qEnvironmentVariable("GEOCONSOLE_SCREENSHOT");
    if (path.isEmpty())
        QSKIP("set GEOCONSOLE_SCREENSHOT=<file.png> to save a screenshot");
    LongerTranslator longer;
    if (qEnvironmentVariableIntValue("GEOCONSOLE_PSEUDO_LONG"))
        QCoreApplication::installTranslator(&longer);
    TenantService tenants(*m_f.store, m_f.clock, *m_f.admin, *m_f.auditLog);
    const QStringList names { QStringLiteral("Northwind Environmental Monitoring Cooperative"),
        QStringLiteral("Acme Air"), QStringLiteral("Stadtwerke Süd") };
    QList<TenantId> ids;
    for (const QString& name : names) {
        TenantDraft d;
        d.slug = name.section(u' ', 0, 0).toLower().replace(QStringLiteral("ü"), QStringLiteral("ue"));
        d.name = name;
        d.contactName = QStringLiteral("Casey Contact");
        d.contactEmail = QStringLiteral("casey@example.org");
        d.region = knownRegions().constFirst();
        ids << tenants.provision(d).id;
    }
    std::vector<AuditEventDraft> drafts;
    const AuditEventType kinds[] = { AuditEventType::DataRead, AuditEventType::PredictionRequested,
        AuditEventType::DataExported, AuditEventType::LoginFailed, AuditEventType::TenantTierChanged,
        AuditEventType::QuotaWarning, AuditEventType::ApiKeyCreated, AuditEventType::SuspectedBreach };
    const QString actor = m_f.auditLog->pseudonym(QStringLiteral("op"), QStringLiteral("admin"));
    for (int i = 0; i < 400; ++i) {
        m_f.clock.advanceSecs(37);
        AuditEventDraft d;
        d.type = kinds[i % 8];
        d.tenant = i % 5 == 0 ? std::nullopt : std::optional<TenantId>(ids.at(i % 3));
        d.actorId
            = i % 8 == 2 ? actor : m_f.auditLog->pseudonym(QStringLiteral("key"), QString::number(i % 11));
        d.outcome = d.type == AuditEventType::LoginFailed ? AuditOutcome::Failure : AuditOutcome::Success;
        d.resource = d.tenant ? QStringLiteral("tenant/%1/stations/%2").arg(d.tenant->value).arg(i % 40)
                              : QStringLiteral("store");
        d.details = QJsonObject { { QStringLiteral("station"),
                                      QStringLiteral("DE-BW-%1").arg(1000 + i % 40) },
            { QStringLiteral("rows"), 120 + i * 7 }, { QStringLiteral("format"), QStringLiteral("csv") },
            { QStringLiteral("window"),
                QJsonObject { { QStringLiteral("from"), QStringLiteral("2026-11-01") },
                    { QStringLiteral("to"), QStringLiteral("2026-11-27") } } } };
        if (i % 8 == 2)
            d.personal.actorName = QStringLiteral("Ada Admin");
        d.timeUtcMs = m_f.clock.nowUtc().toMSecsSinceEpoch();
        drafts.push_back(d);
    }
    m_f.auditLog->appendBatch(drafts);
    m_f.auditLog->checkpoint();

    auto w = openAudit(*m_f.admin);
    QVERIFY(w);
    w->resize(1280, 800);
    AuditPane* pane = w->auditPane();
    QTRY_VERIFY(!pane->model()->isLoading());
    // An event with personal data, which an administrator sees.
    int row = 0;
    while (row < pane->model()->rowCount() && !pane->model()->eventAt(row)->personal)
        ++row;
    pane->table()->setCurrentIndex(pane->model()->index(row, 0));
    w->auditIntegrity()->verify();
    QTRY_VERIFY_WITH_TIMEOUT(!w->auditIntegrity()->isRunning() && w->auditIntegrity()->lastReport(), 20000);
    QTest::qWait(300);
    QVERIFY(w->grab().save(path));

    // The proof dialog beside it, for a look at its layout.
    pane->detailPanel()->proveInclusion();
    AuditProofDialog* dialog = pane->detailPanel()->proofDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->result().has_value());
    QTest::qWait(200);
    QVERIFY(dialog->grab().save(QString(path).replace(QStringLiteral(".png"), QStringLiteral("-proof.png"))));
}

QTEST_MAIN(TestGuiAudit)
#include "TestGuiAudit.moc"
