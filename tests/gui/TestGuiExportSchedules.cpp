// Scheduled exports in the console: saved from the export wizard's destination
// page (a bad schedule shows the parser's message and blocks the page), then
// managed in File ▸ Scheduled Exports…: listed, disabled and enabled, run now
// (the file and a history row), refused for an auditor with the service's
// message, and deleted after a confirmation.
#include "ExportSchedulesDialog.h"
#include "ExportWizard.h"
#include "ExportWizardPageColumns.h"
#include "ExportWizardPageDestination.h"
#include "ExportWizardPageFormat.h"
#include "ExportWizardPageRun.h"
#include "ExportWizardPageSource.h"
#include "GuiFixture.h"
#include "MainWindow.h"

#include "core/DomainError.h"
#include "export/ExportDefinitionModel.h"
#include "export/ExportRequest.h"
#include "export/ExportRunModel.h"
#include "export/ExportSchedule.h"
#include "export/ExportScheduleService.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace gc;

namespace {

constexpr int kTimeout = 20000;

QString parseMessage(const QString& schedule)
{
    try {
        (void)ExportSchedule::parse(schedule);
    } catch (const DomainError& e) {
        return e.message();
    }
    return {};
}

QByteArray sha256Of(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestGuiExportSchedules : public QObject
{
    Q_OBJECT

private:
    testing::GuiFixture m_f;
    QTemporaryDir m_out;

    /// Walks a wizard for the audit trail as CSV to the destination page.
    std::unique_ptr<ExportWizard> wizardAtDestination(const Session& session)
    {
        auto w = std::make_unique<ExportWizard>(*m_f.store, *m_f.auditLog, session, m_f.clock);
        w->show();
        if (!QTest::qWaitForWindowExposed(w.get()))
            qWarning("wizard not exposed");
        if (!w->sourcePage()->setSource(ExportSourceId::AuditEvents))
            return nullptr;
        w->next();
        if (!QTest::qWaitFor([&] { return !w->columnsPage()->isPreviewPending(); }, kTimeout))
            return nullptr;
        w->next();
        if (!w->formatPage()->setFormatId(QStringLiteral("csv")))
            return nullptr;
        w->next();
        if (w->currentId() != ExportWizard::DestinationPage)
            return nullptr;
        return w;
    }

    /// Saves the definition `name` to `pattern` through the wizard.
    void saveFromWizard(
        const QString& name, const QString& pattern, const QString& schedule = QStringLiteral("daily 2:00"))
    {
        auto w = wizardAtDestination(*m_f.admin);
        QVERIFY(w);
        ExportWizardPageDestination* page = w->destinationPage();
        page->setPath(pattern);
        page->scheduleCheck()->setChecked(true);
        page->scheduleNameEdit()->setText(name);
        page->scheduleEdit()->setText(schedule);
        QVERIFY(w->button(QWizard::NextButton)->isEnabled());
        w->next();
        QCOMPARE(w->currentId(), int(ExportWizard::RunPage));
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
        QVERIFY(m_out.isValid());
    }

    void init() { m_f.setUp(); }
    void cleanup() { m_f.tearDown(); }

    void wizardSavesADefinition()
    {
        auto w = wizardAtDestination(*m_f.admin);
        QVERIFY(w);
        ExportWizardPageDestination* page = w->destinationPage();
        const QString pattern = m_out.filePath(QStringLiteral("audit-{name}-{date}.csv"));
        page->setPath(pattern);
        QAbstractButton* next = w->button(QWizard::NextButton);
        QVERIFY(next->isEnabled());
        auto* hint = w->findChild<QLabel*>(QStringLiteral("scheduleHintLabel"));
        QVERIFY(hint);
        QVERIFY(!hint->isVisible());

        page->scheduleCheck()->setChecked(true);
        QVERIFY(hint->isVisible());
        QVERIFY2(hint->text().contains(QStringLiteral("{date}")) && hint->text().contains(QStringLiteral("{name}")),
            qPrintable(hint->text()));
        QTest::keyClicks(page->scheduleNameEdit(), QStringLiteral("nightly-audit"));
        QVERIFY(!next->isEnabled()); // no schedule yet

        // A bad schedule: the parser's own message under the field, the page blocked.
        QTest::keyClicks(page->scheduleEdit(), QStringLiteral("daily 25:00"));
        auto* error = w->findChild<QLabel*>(QStringLiteral("scheduleErrorLabel"));
        QVERIFY(error);
        const QString expected = parseMessage(QStringLiteral("daily 25:00"));
        QVERIFY(!expected.isEmpty());
        QVERIFY(!error->isHidden());
        QCOMPARE(error->text(), expected);
        QCOMPARE(page->scheduleError(), expected);
        QVERIFY(!next->isEnabled());
        w->next();
        QCOMPARE(w->currentId(), int(ExportWizard::DestinationPage));
        ExportScheduleService service(*m_f.store, m_f.clock, *m_f.admin, *m_f.auditLog);
        QVERIFY(service.definitions().isEmpty());

        // A good one: saved with the wizard's request, nothing exported now.
        page->scheduleEdit()->setText(QStringLiteral("daily 2:00"));
        QVERIFY(error->isHidden());
        QVERIFY(next->isEnabled());
        const ExportRequest expectedRequest = w->request();
        w->next();
        QCOMPARE(w->currentId(), int(ExportWizard::RunPage));
        QCOMPARE(w->runPage()->state(), ExportWizardPageRun::State::Saved);
        const QList<ExportDefinition> all = service.definitions();
        QCOMPARE(all.size(), 1);
        const ExportDefinition& d = all.constFirst();
        QCOMPARE(d.name, QStringLiteral("nightly-audit"));
        QCOMPARE(d.schedule, QStringLiteral("daily 02:00"));
        QVERIFY(d.enabled);
        QCOMPARE(d.nextRunAt, QDateTime(QDate(2026, 11, 28), QTime(2, 0), Qt::UTC));
        const ExportRequest stored = ExportRequest::fromJson(d.request);
        QCOMPARE(stored.source, ExportSourceId::AuditEvents);
        QCOMPARE(stored.formatId(), QStringLiteral("csv"));
        QCOMPARE(stored.destination, pattern);
        QCOMPARE(stored.columns, expectedRequest.columns);
        QCOMPARE(d.request, expectedRequest.toJson());
        auto* details = w->findChild<QLabel*>(QStringLiteral("exportDetailsLabel"));
        QVERIFY2(details->text().contains(QStringLiteral("2026-11-28 02:00")), qPrintable(details->text()));
        QVERIFY(QDir(m_out.path()).entryList({ QStringLiteral("*.csv") }, QDir::Files).isEmpty());
    }

    void dialogManagesDefinitions()
    {
        MainWindow window(*m_f.store, m_f.clock, *m_f.admin, *m_f.auditLog, *m_f.alerts);
        window.show();
        QAction* action = window.findChild<QAction*>(QStringLiteral("scheduledExportsAction"));
        QVERIFY(action);
        QVERIFY(action->isEnabled());

        // Empty state first.
        action->trigger();
        auto* dialog = window.findChild<ExportSchedulesDialog*>();
        QVERIFY(dialog);
        auto* stack = dialog->findChild<QStackedWidget*>();
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("scheduleEmptyLabel"));
        QVERIFY(qobject_cast<QLabel*>(stack->currentWidget())->text().contains(QStringLiteral("export define")));
        QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("scheduleRunNowButton"))->isEnabled());
        dialog->close();
        QTRY_VERIFY(!window.findChild<ExportSchedulesDialog*>());

        const QString folder = m_out.filePath(QStringLiteral("runs"));
        QVERIFY(QDir().mkpath(folder));
        saveFromWizard(QStringLiteral("nightly-audit"), QDir(folder).filePath(QStringLiteral("audit-{date}.csv")));

        action->trigger();
        dialog = window.findChild<ExportSchedulesDialog*>();
        QVERIFY(dialog);
        stack = dialog->findChild<QStackedWidget*>();
        QVERIFY(stack);
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("scheduleTable"));
        ExportDefinitionModel* model = dialog->definitionModel();
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, ExportDefinitionModel::Name).data().toString(), QStringLiteral("nightly-audit"));
        QCOMPARE(model->index(0, ExportDefinitionModel::Schedule).data().toString(), QStringLiteral("daily 02:00"));
        QCOMPARE(dialog->selectedName(), QStringLiteral("nightly-audit"));
        QCOMPARE(dialog->runModel()->rowCount(), 0);

        ExportScheduleService service(*m_f.store, m_f.clock, *m_f.admin, *m_f.auditLog);
        auto* enable = dialog->findChild<QPushButton*>(QStringLiteral("scheduleEnableButton"));
        QCOMPARE(enable->text(), QStringLiteral("&Disable"));
        QTest::mouseClick(enable, Qt::LeftButton);
        QVERIFY(!service.definition(QStringLiteral("nightly-audit")).enabled);
        QVERIFY(!model->definitionAt(0).enabled);
        QCOMPARE(enable->text(), QStringLiteral("&Enable"));
        QVERIFY(dialog->errorText().isEmpty());
        m_f.clock.advanceSecs(3 * 3600); // 15:00: enabling computes the next run from now
        QTest::mouseClick(enable, Qt::LeftButton);
        const ExportDefinition enabled = service.definition(QStringLiteral("nightly-audit"));
        QVERIFY(enabled.enabled);
        QCOMPARE(enabled.nextRunAt, QDateTime(QDate(2026, 11, 28), QTime(2, 0), Qt::UTC));
        QCOMPARE(enable->text(), QStringLiteral("&Disable"));

        // Run Now: the file, with {date} filled in, and its history row.
        const QString written = QDir(folder).filePath(QStringLiteral("audit-2026-11-27.csv"));
        QVERIFY(!QFile::exists(written));
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("scheduleRunNowButton")), Qt::LeftButton);
        QVERIFY2(dialog->errorText().isEmpty(), qPrintable(dialog->errorText()));
        QVERIFY(QFile::exists(written));
        ExportRunModel* runs = dialog->runModel();
        QCOMPARE(runs->rowCount(), 1);
        const ExportRun& run = runs->runAt(0);
        QCOMPARE(run.outcome, ExportRunOutcome::Succeeded);
        QCOMPARE(run.path, written);
        QVERIFY(run.rows > 0);
        QCOMPARE(run.sha256, sha256Of(written));
        QCOMPARE(runs->index(0, ExportRunModel::Sha256).data().toString(), QString::fromLatin1(run.sha256.toHex()));
        QVERIFY2(dialog->statusText().contains(QDir::toNativeSeparators(written)), qPrintable(dialog->statusText()));
        QCOMPARE(service.history(QStringLiteral("nightly-audit")).size(), 1);
        QVERIFY(model->definitionAt(0).lastRunAt.has_value());

        // Delete: asked first; Cancel keeps it, Delete removes it and its history.
        bool confirm = false;
        QString asked;
        QTimer answer;
        connect(&answer, &QTimer::timeout, this, [&] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box || box->objectName() != QLatin1String("deleteScheduleBox"))
                return;
            asked = box->text();
            for (QAbstractButton* b : box->buttons())
                if ((box->buttonRole(b) == QMessageBox::DestructiveRole) == confirm) {
                    b->click();
                    return;
                }
        });
        answer.start(20);
        auto* remove = dialog->findChild<QPushButton*>(QStringLiteral("scheduleDeleteButton"));
        QTest::mouseClick(remove, Qt::LeftButton);
        QVERIFY2(asked.contains(QStringLiteral("nightly-audit")), qPrintable(asked));
        QCOMPARE(model->rowCount(), 1);
        confirm = true;
        asked.clear();
        QTest::mouseClick(remove, Qt::LeftButton);
        answer.stop();
        QVERIFY(!asked.isEmpty());
        QCOMPARE(model->rowCount(), 0);
        QVERIFY(service.definitions().isEmpty());
        QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("scheduleEmptyLabel"));
        QCOMPARE(runs->rowCount(), 0);
        QVERIFY(QFile::exists(written)); // its files stay
    }

    void auditorIsRefusedWithTheServicesMessage()
    {
        saveFromWizard(QStringLiteral("hourly-audit"), m_out.filePath(QStringLiteral("hourly.csv")));
        ExportSchedulesDialog dialog(*m_f.store, *m_f.auditLog, *m_f.auditor, m_f.clock);
        dialog.show();
        QCOMPARE(dialog.definitionModel()->rowCount(), 1); // an auditor may list them
        QString expected;
        try {
            ExportScheduleService(*m_f.store, m_f.clock, *m_f.auditor, *m_f.auditLog)
                .setEnabled(QStringLiteral("hourly-audit"), false);
        } catch (const DomainError& e) {
            expected = e.message();
        }
        QVERIFY(!expected.isEmpty());
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("scheduleEnableButton")), Qt::LeftButton);
        QCOMPARE(dialog.errorText(), expected);
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("scheduleRunNowButton")), Qt::LeftButton);
        QCOMPARE(dialog.errorText(), expected);
        QVERIFY(!QFile::exists(m_out.filePath(QStringLiteral("hourly.csv"))));
        ExportScheduleService admin(*m_f.store, m_f.clock, *m_f.admin, *m_f.auditLog);
        QVERIFY(admin.definition(QStringLiteral("hourly-audit")).enabled);
        QVERIFY(admin.history(QStringLiteral("hourly-audit")).isEmpty());
    }

    /// With GEOCONSOLE_SCREENSHOTS=<folder> (as in TestGuiExport), saves the
    /// dialog with two definitions and some history at 1280×800 as
    /// export-schedules.png; otherwise skipped.
    void screenshots()
    {
        const QString folder = qEnvironmentVariable("GEOCONSOLE_SCREENSHOTS");
        if (folder.isEmpty())
            QSKIP("set GEOCONSOLE_SCREENSHOTS=<folder> to save screenshots");
        const QString out = m_out.filePath(QStringLiteral("shots"));
        QVERIFY(QDir().mkpath(out));
        saveFromWizard(QStringLiteral("nightly-audit"), QDir(out).filePath(QStringLiteral("audit-{date}-{time}.csv")));
        saveFromWizard(QStringLiteral("weekly-audit"), QDir(out).filePath(QStringLiteral("weekly.csv")),
            QStringLiteral("weekly mon 6:30"));
        ExportScheduleService service(*m_f.store, m_f.clock, *m_f.admin, *m_f.auditLog);
        (void)service.runNow(QStringLiteral("nightly-audit"), m_f.clock.nowUtc());
        m_f.clock.advanceSecs(3600);
        (void)service.runNow(QStringLiteral("nightly-audit"), m_f.clock.nowUtc());
        m_f.clock.advanceSecs(3600);
        QVERIFY(QDir(out).removeRecursively()); // the third run fails: its folder is gone
        (void)service.runNow(QStringLiteral("nightly-audit"), m_f.clock.nowUtc());
        (void)service.setEnabled(QStringLiteral("weekly-audit"), false);
        ExportSchedulesDialog dialog(*m_f.store, *m_f.auditLog, *m_f.admin, m_f.clock);
        dialog.resize(1280, 800);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.selectDefinition(QStringLiteral("nightly-audit")));
        QCOMPARE(dialog.runModel()->rowCount(), 3);
        QApplication::processEvents();
        QTest::qWait(200);
        const QString path = QDir(folder).filePath(QStringLiteral("export-schedules.png"));
        QVERIFY2(dialog.grab().save(path), qPrintable(path));
    }
};

QTEST_MAIN(TestGuiExportSchedules)
#include "TestGuiExportSchedules.moc"
