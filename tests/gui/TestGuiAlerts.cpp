// The alerts pane: empty state, resolving an alert through its note dialog,
// editing a rule, and what a role without ManageAuditLog may do.
#include "GuiFixture.h"

#include "AlertsPane.h"
#include "ResolveAlertDialog.h"

#include "core/DomainError.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTest>

using namespace gc;
using gc::testing::GuiFixture;

class TestGuiAlerts : public QObject
{
    Q_OBJECT

    GuiFixture m_f;

    template <typename T> static T* child(QObject* root, const char* name)
    {
        return root->findChild<T*>(QString::fromLatin1(name));
    }

    /// Five failed sign-ins for "admin": the repeated-failures rule fires.
    void failSignIns()
    {
        for (int i = 0; i < 5; ++i) {
            try {
                m_f.auth->signIn(QStringLiteral("admin"), QStringLiteral("not the password"));
            } catch (const DomainError&) { }
        }
    }

private slots:
    void init() { m_f.setUp(); }
    void cleanup() { m_f.tearDown(); }

    void emptyStateSaysWhatWouldAppear()
    {
        AlertsPane pane(*m_f.alerts, *m_f.admin);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        auto* stack = child<QStackedWidget>(&pane, "alertsStack");
        auto* empty = child<QLabel>(&pane, "alertsEmptyLabel");
        QCOMPARE(stack->currentWidget(), empty);
        QVERIFY(empty->text().contains(QStringLiteral("No open alerts")));
        QVERIFY(!child<QAction>(&pane, "resolveAlertAction")->isEnabled());
        QCOMPARE(pane.openCount(), 0);
    }

    void resolveAnAlert()
    {
        failSignIns();
        AlertsPane pane(*m_f.alerts, *m_f.admin);
        QSignalSpy counts(&pane, &AlertsPane::openAlertsChanged);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        auto* table = child<QTableWidget>(&pane, "alertsTable");
        QCOMPARE(child<QStackedWidget>(&pane, "alertsStack")->currentWidget(), table);
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(pane.openCount(), 1);
        const qint64 id = m_f.alerts->alerts(true).constFirst().id;

        QAction* resolve = child<QAction>(&pane, "resolveAlertAction");
        QVERIFY(!resolve->isEnabled());
        QVERIFY(pane.selectAlert(id));
        QVERIFY(resolve->isEnabled());
        resolve->trigger();
        ResolveAlertDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = pane.findChild<ResolveAlertDialog*>()) && dialog->isVisible());
        auto* ok = child<QPushButton>(dialog, "okButton");
        QVERIFY(!ok->isEnabled()); // a note is required
        child<QPlainTextEdit>(dialog, "resolutionEdit")
            ->setPlainText(QStringLiteral("The admin mistyped; confirmed"));
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY(pane.findChild<ResolveAlertDialog*>() == nullptr);

        const auto stored = m_f.auditLog->repository().alert(id);
        QVERIFY(stored);
        QVERIFY(stored->resolved);
        QCOMPARE(stored->resolution, QStringLiteral("The admin mistyped; confirmed"));
        QCOMPARE(stored->resolvedBy, m_f.auditLog->operatorActor(m_f.admin->op()));
        // The list shows open alerts only: the empty state again.
        QCOMPARE(child<QStackedWidget>(&pane, "alertsStack")->currentWidget(),
            child<QLabel>(&pane, "alertsEmptyLabel"));
        QCOMPARE(pane.openCount(), 0);
        QCOMPARE(counts.constLast().constFirst().toInt(), 0);
        // All alerts: the resolved one, no longer resolvable.
        child<QAction>(&pane, "openAlertsOnlyAction")->setChecked(false);
        QCOMPARE(table->rowCount(), 1);
        QVERIFY(table->item(0, 4)->text().startsWith(QStringLiteral("Resolved")));
        QVERIFY(pane.selectAlert(id));
        QVERIFY(!resolve->isEnabled());
    }

    void editARule()
    {
        AlertsPane pane(*m_f.alerts, *m_f.admin);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        auto* apply = child<QPushButton>(&pane, "applyRulesButton");
        auto* revert = child<QPushButton>(&pane, "revertRulesButton");
        QVERIFY(!apply->isEnabled());
        auto* threshold = child<QSpinBox>(&pane, "export_burstThresholdSpin");
        QCOMPARE(threshold->value(), 20);
        threshold->setValue(35);
        child<QCheckBox>(&pane, "suspended_tenant_accessEnabledCheck")->setChecked(false);
        QVERIFY(apply->isEnabled());
        QVERIFY(revert->isEnabled());
        const qint64 before = m_f.auditLog->size();
        QTest::mouseClick(apply, Qt::LeftButton);
        QVERIFY(!apply->isEnabled());
        // One ConfigurationChanged per changed rule.
        QCOMPARE(m_f.auditLog->size(), before + 2);
        const auto rules = m_f.alerts->rules();
        QCOMPARE(rules.at(1).threshold, 35);
        QCOMPARE(rules.at(2).enabled, false);
        // Revert drops unapplied edits.
        child<QSpinBox>(&pane, "export_burstWindowSpin")->setValue(60);
        QVERIFY(revert->isEnabled());
        QTest::mouseClick(revert, Qt::LeftButton);
        QCOMPARE(child<QSpinBox>(&pane, "export_burstWindowSpin")->value(), 600);
        QCOMPARE(m_f.alerts->rules().at(1).windowSeconds, 600);
    }

    void auditorSeesButCannotChange()
    {
        failSignIns();
        AlertsPane pane(*m_f.alerts, *m_f.auditor);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QVERIFY(pane.selectAlert(m_f.alerts->alerts(true).constFirst().id));
        QVERIFY(!child<QAction>(&pane, "resolveAlertAction")->isEnabled());
        QVERIFY(!child<QSpinBox>(&pane, "export_burstThresholdSpin")->isEnabled());
        QVERIFY(!child<QCheckBox>(&pane, "export_burstEnabledCheck")->isEnabled());
        QVERIFY(!child<QPushButton>(&pane, "applyRulesButton")->isEnabled());
    }
};

QTEST_MAIN(TestGuiAlerts)
#include "TestGuiAlerts.moc"
