// Scheduled exports in the console: saved from the export wizard's destination
// page (a bad schedule shows the parser's message and blocks the page), then
// managed in File ▸ Scheduled Exports…: listed, disabled and enabled, run now
// (the file and a history row), refused for an auditor with the service's
// message, and deleted after a confirmation. Run Now writes on a worker
// thread: the dialog keeps handling events while a gated writer holds the run,
// shows progress, refuses a second run, cancels, and closing or destroying it
// mid-run cancels the run safely. The wizard's columns page offers audit
// events' personal parts in clear to an administrator, never to an auditor.
#include "ExportSchedulesDialog.h"
#include "ExportWizard.h"
#include "ExportWizardPageColumns.h"
#include "ExportWizardPageDestination.h"
#include "ExportWizardPageFormat.h"
#include "ExportWizardPageRun.h"
#include "ExportWizardPageSource.h"
#include "GuiFixture.h"
#include "MainWindow.h"
#include "PluralForms.h"

#include "audit/AuditLog.h"
#include "core/DomainError.h"
#include "export/ExportDefinitionModel.h"
#include "export/ExportRequest.h"
#include "export/ExportRunModel.h"
#include "export/ExportSchedule.h"
#include "export/ExportScheduleService.h"
#include "export/ExportWriter.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <thread>

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

/// Holds a run at a row until the test opens it (or 30 s pass, so nothing
/// hangs): the worker is then provably busy while the test checks the dialog.
struct Gate
{
    qint64 holdAt = 0; ///< rows written before the writer waits
    int microsPerRow = 0; ///< a slow disk, so progress has something to show
    std::atomic<bool> open { false };
    std::atomic<bool> waiting { false };
    std::atomic<qint64> rows { 0 };
};

/// The real writer for the format, held by a Gate.
class GatedWriter final : public ExportWriter
{
public:
    GatedWriter(std::shared_ptr<Gate> gate, std::unique_ptr<ExportWriter> inner)
        : m_gate(std::move(gate))
        , m_inner(std::move(inner))
    { }
    void begin(const QString& path, const ExportColumns& columns, const QString& source) override
    {
        m_inner->begin(path, columns, source);
    }
    void writeRow(std::span<const ExportCell> row) override
    {
        if (m_gate->rows.load() == m_gate->holdAt && !m_gate->open.load()) {
            m_gate->waiting = true;
            QElapsedTimer held;
            held.start();
            while (!m_gate->open.load() && held.elapsed() < 30'000)
                QThread::msleep(5);
            m_gate->waiting = false;
        }
        if (m_gate->microsPerRow > 0)
            QThread::usleep(ulong(m_gate->microsPerRow));
        m_inner->writeRow(row);
        ++m_gate->rows;
    }
    void finish() override { m_inner->finish(); }
    [[nodiscard]] qint64 bytesWritten() const override { return m_inner->bytesWritten(); }
    [[nodiscard]] QString extension() const override { return m_inner->extension(); }

private:
    std::shared_ptr<Gate> m_gate;
    std::unique_ptr<ExportWriter> m_inner;
};

ExportJob::WriterFactory gatedFactory(const std::shared_ptr<Gate>& gate)
{
    return [gate](const ExportOptions& options) {
        return std::make_unique<GatedWriter>(gate, makeExportWriter(options));
    };
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

    /// Walks a wizard for the audit trail to its columns page, the preview read.
    std::unique_ptr<ExportWizard> wizardAtColumns(const Session& session)
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
        return w;
    }

    /// Walks a wizard for the audit trail as CSV to the destination page.
    std::unique_ptr<ExportWizard> wizardAtDestination(const Session& session)
    {
        auto w = wizardAtColumns(session);
        if (!w)
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

    /// Appends `n` plain events, so a run has rows enough to show progress.
    void seedAuditEvents(int n)
    {
        std::vector<AuditEventDraft> drafts(static_cast<std::size_t>(n));
        for (int i = 0; i < n; ++i) {
            AuditEventDraft& d = drafts[std::size_t(i)];
            d.actorId = QStringLiteral("user-%1").arg(i % 17, 16, 16, QLatin1Char('0'));
            d.type = AuditEventType::DataRead;
            d.resource = QStringLiteral("store");
            d.details = QJsonObject { { QStringLiteral("rows"), i } };
        }
        (void)m_f.auditLog->appendBatch(drafts);
    }

    template<typename T>
    T* child(QObject& parent, const char* name)
    {
        return parent.findChild<T*>(QLatin1String(name));
    }

    /// An administrator's dialog whose writers `gate` holds, shown, with Run
    /// Now clicked on the selected definition; null unless the worker reached the gate.
    std::unique_ptr<ExportSchedulesDialog> dialogHeldAtGate(const std::shared_ptr<Gate>& gate)
    {
        auto dialog = std::make_unique<ExportSchedulesDialog>(
            *m_f.store, *m_f.auditLog, *m_f.admin, m_f.clock, nullptr, gatedFactory(gate));
        dialog->resize(1280, 800);
        dialog->show();
        if (!QTest::qWaitForWindowExposed(dialog.get()))
            return nullptr;
        QTest::mouseClick(child<QPushButton>(*dialog, "scheduleRunNowButton"), Qt::LeftButton);
        if (!dialog->isRunning() || !QTest::qWaitFor([&] { return gate->waiting.load(); }, kTimeout))
            return nullptr;
        return dialog;
    }

    /// The only run of `name` so far, which was cancelled and left no file at `written`.
    void expectOneCancelledRun(const QString& name, const QString& written)
    {
        ExportScheduleService service(*m_f.store, m_f.clock, *m_f.admin, *m_f.auditLog);
        const QList<ExportRun> history = service.history(name);
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.constFirst().outcome, ExportRunOutcome::Cancelled);
        QVERIFY(!QFile::exists(written));
        QVERIFY(QDir(QFileInfo(written).absolutePath())
                    .entryList({ QStringLiteral(".*partial*") }, QDir::Files | QDir::Hidden)
                    .isEmpty());
    }

    /// The screenshots' definitions, writing into `folder`: nightly-audit,
    /// run once an hour ago, and weekly-audit.
    void saveScreenshotDefinitions(const QString& folder)
    {
        QVERIFY(QDir().mkpath(folder));
        saveFromWizard(
            QStringLiteral("nightly-audit"), QDir(folder).filePath(QStringLiteral("audit-{date}-{time}.csv")));
        saveFromWizard(QStringLiteral("weekly-audit"), QDir(folder).filePath(QStringLiteral("weekly.csv")),
            QStringLiteral("weekly mon 6:30"));
        ExportScheduleService service(*m_f.store, m_f.clock, *m_f.admin, *m_f.auditLog);
        (void)service.runNow(QStringLiteral("nightly-audit"), m_f.clock.nowUtc());
        m_f.clock.advanceSecs(3600);
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
        installPluralForms(*QCoreApplication::instance()); // as the console does: "3 tenants"
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
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), kTimeout);
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

    void runNowWritesOnAWorkerThread()
    {
        seedAuditEvents(3000);
        const QString folder = m_out.filePath(QStringLiteral("worker"));
        QVERIFY(QDir().mkpath(folder));
        const QString written = QDir(folder).filePath(QStringLiteral("audit.csv"));
        saveFromWizard(QStringLiteral("big-audit"), written);
        auto gate = std::make_shared<Gate>();
        gate->holdAt = 2000;
        ExportSchedulesDialog dialog(*m_f.store, *m_f.auditLog, *m_f.admin, m_f.clock, nullptr, gatedFactory(gate));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* runNow = child<QPushButton>(dialog, "scheduleRunNowButton");
        auto* cancel = child<QPushButton>(dialog, "scheduleCancelRunButton");
        auto* remove = child<QPushButton>(dialog, "scheduleDeleteButton");
        auto* progress = child<QProgressBar>(dialog, "scheduleRunProgress");
        auto* rates = child<QLabel>(dialog, "scheduleRunRatesLabel");
        QVERIFY(runNow && cancel && remove && progress && rates);
        QVERIFY(!progress->isVisible());
        QVERIFY(!cancel->isVisible());

        // The click returns to the test while the worker is still writing.
        QTest::mouseClick(runNow, Qt::LeftButton);
        QVERIFY(dialog.isRunning());
        QCOMPARE(dialog.runningName(), QStringLiteral("big-audit"));
        QVERIFY(!runNow->isEnabled());
        QVERIFY(!remove->isEnabled());
        QVERIFY(progress->isVisible());
        QVERIFY(cancel->isVisible() && cancel->isEnabled());
        QVERIFY2(dialog.statusText().contains(QStringLiteral("big-audit")), qPrintable(dialog.statusText()));
        // The event loop runs (QTRY spins it) while the worker is held mid-export.
        QTRY_VERIFY_WITH_TIMEOUT(gate->waiting.load(), kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(rates->text().contains(QStringLiteral(" rows")), kTimeout);
        QVERIFY2(rates->text().contains(QStringLiteral(" of ")), qPrintable(rates->text()));
        QVERIFY(dialog.isRunning());
        QCOMPARE(dialog.runModel()->rowCount(), 0);
        QVERIFY(!QFile::exists(written)); // only the temporary file so far
        QVERIFY(child<QLabel>(dialog, "scheduleHistoryTitle")->text().contains(QStringLiteral("running")));
        // A second Run Now is refused while the first runs.
        QTest::mouseClick(runNow, Qt::LeftButton);
        ExportScheduleService service(*m_f.store, m_f.clock, *m_f.admin, *m_f.auditLog);
        QVERIFY(service.history(QStringLiteral("big-audit")).isEmpty());

        gate->open = true;
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), kTimeout);
        QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
        QVERIFY(QFile::exists(written));
        QCOMPARE(dialog.runModel()->rowCount(), 1);
        const ExportRun run = dialog.runModel()->runAt(0);
        QCOMPARE(run.outcome, ExportRunOutcome::Succeeded);
        QVERIFY(run.rows > 3000);
        QCOMPARE(run.rows, gate->rows.load());
        QCOMPARE(run.sha256, sha256Of(written));
        QVERIFY2(dialog.statusText().contains(QDir::toNativeSeparators(written)), qPrintable(dialog.statusText()));
        QVERIFY(runNow->isEnabled());
        QVERIFY(remove->isEnabled());
        QVERIFY(!progress->isVisible());
        QVERIFY(!cancel->isVisible());
        QCOMPARE(service.history(QStringLiteral("big-audit")).size(), 1);

        // A failing run says so, under the buttons and in the history.
        QVERIFY(QDir(folder).removeRecursively());
        QTest::mouseClick(runNow, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), kTimeout);
        QVERIFY2(dialog.errorText().contains(QStringLiteral("failed")), qPrintable(dialog.errorText()));
        QCOMPARE(dialog.runModel()->rowCount(), 2);
        QCOMPARE(dialog.runModel()->runAt(0).outcome, ExportRunOutcome::Failed);
        QVERIFY(dialog.errorText().contains(dialog.runModel()->runAt(0).message));
    }

    void cancelRunStopsTheRun()
    {
        const QString written = m_out.filePath(QStringLiteral("cancelled.csv"));
        saveFromWizard(QStringLiteral("cancel-me"), written);
        auto gate = std::make_shared<Gate>();
        const auto dialog = dialogHeldAtGate(gate);
        QVERIFY(dialog);
        auto* cancel = child<QPushButton>(*dialog, "scheduleCancelRunButton");
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(!cancel->isEnabled());
        QVERIFY2(dialog->statusText().contains(QStringLiteral("Cancelling")), qPrintable(dialog->statusText()));
        gate->open = true;
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), kTimeout);
        QCOMPARE(dialog->runModel()->rowCount(), 1);
        QVERIFY2(dialog->statusText().contains(QStringLiteral("cancelled")), qPrintable(dialog->statusText()));
        expectOneCancelledRun(QStringLiteral("cancel-me"), written);
    }

    void closingMidRunCancelsThenCloses()
    {
        const QString written = m_out.filePath(QStringLiteral("closed.csv"));
        saveFromWizard(QStringLiteral("close-me"), written);
        auto gate = std::make_shared<Gate>();
        const auto dialog = dialogHeldAtGate(gate);
        QVERIFY(dialog);
        QVERIFY(!dialog->close()); // stays open until the run has stopped
        QVERIFY(dialog->isVisible());
        QVERIFY2(dialog->statusText().contains(QStringLiteral("closes once")), qPrintable(dialog->statusText()));
        gate->open = true;
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible(), kTimeout);
        QVERIFY(!dialog->isRunning());
        QCOMPARE(dialog->result(), int(QDialog::Rejected));
        expectOneCancelledRun(QStringLiteral("close-me"), written);
    }

    void destroyingMidRunWaitsForTheWorker()
    {
        const QString written = m_out.filePath(QStringLiteral("destroyed.csv"));
        saveFromWizard(QStringLiteral("destroy-me"), written);
        auto gate = std::make_shared<Gate>();
        auto dialog = dialogHeldAtGate(gate);
        QVERIFY(dialog);
        // The destructor blocks this thread: the gate opens from another one.
        std::thread opener([gate] {
            QThread::msleep(200);
            gate->open = true;
        });
        dialog.reset();
        opener.join();
        expectOneCancelledRun(QStringLiteral("destroy-me"), written);
        ExportScheduleService service(*m_f.store, m_f.clock, *m_f.admin, *m_f.auditLog);
        // The definition stays due at its slot: a cancelled run was stopped, not tried.
        QCOMPARE(service.definition(QStringLiteral("destroy-me")).nextRunAt,
            QDateTime(QDate(2026, 11, 28), QTime(2, 0), Qt::UTC));
    }

    void wizardOffersAuditPersonalDataByRole()
    {
        const auto previewHas = [](ExportWizardPageColumns* page, const QString& text) {
            const QStandardItemModel* model = page->previewModel();
            for (int r = 0; r < model->rowCount(); ++r)
                for (int c = 0; c < model->columnCount(); ++c)
                    if (model->index(r, c).data().toString().contains(text))
                        return true;
            return false;
        };
        const auto item = [](ExportWizardPageColumns* page, const QString& name) -> QListWidgetItem* {
            for (int i = 0; i < page->columnList()->count(); ++i)
                if (page->columnList()->item(i)->text().endsWith(QStringLiteral("(") + name + QLatin1Char(')')))
                    return page->columnList()->item(i);
            return nullptr;
        };
        {
            const auto w = wizardAtColumns(*m_f.admin);
            QVERIFY(w);
            ExportWizardPageColumns* page = w->columnsPage();
            QCheckBox* clear = page->clearPersonalCheck();
            QVERIFY(clear->isVisible());
            QVERIFY(clear->isEnabled());
            QVERIFY(!clear->isChecked());
            QVERIFY2(clear->text().contains(QStringLiteral("e-mail")), qPrintable(clear->text()));
            QListWidgetItem* email = item(page, QStringLiteral("actor_email"));
            QVERIFY(email);
            QCOMPARE(email->checkState(), Qt::Unchecked);
            QVERIFY(!(email->flags() & Qt::ItemIsEnabled));
            QVERIFY(!page->columns().contains(QStringLiteral("actor_email")));
            QVERIFY(page->previewModel()->rowCount() > 0);
            QVERIFY(!previewHas(page, QStringLiteral("Ada Admin")));
            // Personal columns are never filter columns.
            page->addFilter();
            QComboBox* combo = page->filterColumnCombo(0);
            QVERIFY(combo->findData(QStringLiteral("actor")) >= 0);
            for (const char* name : { "actor_name", "actor_email", "source_address", "personal_details" })
                QVERIFY2(combo->findData(QString::fromLatin1(name)) < 0, name);
            page->removeFilter(0);

            clear->setChecked(true);
            QCOMPARE(email->checkState(), Qt::Checked);
            QVERIFY(email->flags() & Qt::ItemIsEnabled);
            QVERIFY(page->columns().contains(QStringLiteral("actor_name")));
            QVERIFY(w->request().clearPersonalData);
            QTRY_VERIFY_WITH_TIMEOUT(!page->isPreviewPending(), kTimeout);
            QVERIFY2(page->requestError().isEmpty(), qPrintable(page->requestError()));
            // The administrator's own sign-in carries their name in its personal part.
            QVERIFY(previewHas(page, QStringLiteral("Ada Admin")));
        }
        {
            const auto w = wizardAtColumns(*m_f.auditor);
            QVERIFY(w);
            ExportWizardPageColumns* page = w->columnsPage();
            QCheckBox* clear = page->clearPersonalCheck();
            QVERIFY(clear->isVisible());
            QVERIFY(!clear->isEnabled());
            QVERIFY2(clear->toolTip().contains(QStringLiteral("pseudonym")), qPrintable(clear->toolTip()));
            QVERIFY(!page->columns().contains(QStringLiteral("actor_email")));
            QVERIFY(!w->request().clearPersonalData);
            QVERIFY(!previewHas(page, QStringLiteral("Ada Admin")));
        }
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
        saveScreenshotDefinitions(out);
        ExportScheduleService service(*m_f.store, m_f.clock, *m_f.admin, *m_f.auditLog);
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

    /// With GEOCONSOLE_SCREENSHOTS=<folder>: the dialog during a run, held by a
    /// gate part-way with its progress shown, as export-schedules-running.png.
    void screenshotWhileRunning()
    {
        const QString folder = qEnvironmentVariable("GEOCONSOLE_SCREENSHOTS");
        if (folder.isEmpty())
            QSKIP("set GEOCONSOLE_SCREENSHOTS=<folder> to save screenshots");
        seedAuditEvents(6000);
        saveScreenshotDefinitions(m_out.filePath(QStringLiteral("running")));
        auto gate = std::make_shared<Gate>();
        gate->holdAt = 3500;
        gate->microsPerRow = 150;
        const auto dialog = dialogHeldAtGate(gate); // the first definition: nightly-audit
        QVERIFY(dialog);
        QCOMPARE(dialog->runningName(), QStringLiteral("nightly-audit"));
        auto* rates = child<QLabel>(*dialog, "scheduleRunRatesLabel");
        QTRY_VERIFY_WITH_TIMEOUT(rates->text().contains(QStringLiteral("rows/s")), kTimeout);
        QTest::qWait(200);
        const QString path = QDir(folder).filePath(QStringLiteral("export-schedules-running.png"));
        QVERIFY2(dialog->grab().save(path), qPrintable(path));
        gate->open = true;
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), kTimeout);
        QCOMPARE(dialog->runModel()->rowCount(), 2);
    }
};

QTEST_MAIN(TestGuiExportSchedules)
#include "TestGuiExportSchedules.moc"
