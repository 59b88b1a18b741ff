// The export wizard end to end on a small demo store: sources by role, columns
// chosen and reordered, a filter and a sort with the live preview compared to
// the store, CSV options, the file and its DataExported event, a bad filter
// value blocking Next with the engine's message, cancel leaving no file, the
// remembered choices, and the panes' "Export…" presetting the wizard.
#include "../export/engine/ExportTestSupport.h"

#include "AuditFilterBar.h"
#include "AuditPane.h"
#include "ExportWizard.h"
#include "ExportWizardPageColumns.h"
#include "ExportWizardPageDestination.h"
#include "ExportWizardPageFormat.h"
#include "ExportWizardPageRun.h"
#include "ExportWizardPageSource.h"
#include "GuiFixture.h"
#include "MainWindow.h"
#include "PluralForms.h"
#include "TenantsPane.h"

#include "audit/AuditReader.h"
#include "core/DomainError.h"
#include "export/ExportFilter.h"
#include "export/ExportSourceReader.h"
#include "store/PseudonymSecret.h"
#include "store/Database.h"
#include "tenancy/TenantService.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace gc;

namespace {

constexpr int kTimeout = 20000;

/// The engine's own message for a condition, as the wizard must show it.
QString engineMessage(const QString& source, const ExportCondition& c)
{
    for (const ExportColumn& column : exportSource(*exportSourceByName(source)).columns)
        if (column.name == c.column) {
            try {
                (void)ExportTypedCondition::from(c, column);
            } catch (const DomainError& e) {
                return e.message();
            }
        }
    return {};
}

} // namespace

class TestGuiExport : public QObject
{
    Q_OBJECT

private:
    test::DemoFixture m_demo;
    QTemporaryDir m_out;

    std::unique_ptr<ExportWizard> makeWizard(Role role)
    {
        auto w = std::make_unique<ExportWizard>(
            *m_demo.store, *m_demo.log, test::sessionAs(role, QStringLiteral("admin")), m_demo.clock);
        w->show();
        if (!QTest::qWaitForWindowExposed(w.get()))
            qWarning("wizard not exposed");
        return w;
    }

    static void next(ExportWizard& w)
    {
        QVERIFY2(w.button(QWizard::NextButton)->isEnabled(), qPrintable(w.currentPage()->objectName()));
        w.next();
    }

    /// The checked columns of the columns page, keeping only `keep` in that order.
    static void keepColumns(ExportWizardPageColumns* page, const QStringList& keep)
    {
        QListWidget* list = page->columnList();
        for (int i = 0; i < list->count(); ++i) {
            const QString name = list->item(i)->data(Qt::UserRole + 1).toString();
            list->item(i)->setCheckState(keep.contains(name) ? Qt::Checked : Qt::Unchecked);
        }
    }

    static int rowOf(QListWidget* list, const QString& name)
    {
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->data(Qt::UserRole + 1).toString() == name)
                return i;
        return -1;
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
        installPluralForms(*QCoreApplication::instance()); // as the console does: "3 tenants"
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_out.filePath(QStringLiteral("settings")));
        QVERIFY(m_demo.dir.isValid());
        m_demo.open();
    }

    void init() { QSettings().clear(); }

    void sourcesFollowTheRole()
    {
        auto w = makeWizard(Role::Analyst);
        auto* page = w->sourcePage();
        QVERIFY(page->button(ExportSourceId::Predictions)->isEnabled());
        QVERIFY(page->button(ExportSourceId::Usage)->isEnabled());
        // An analyst may not read the audit trail: shown, disabled, with the reason.
        QVERIFY(!page->button(ExportSourceId::AuditEvents)->isEnabled());
        auto* reason = w->findChild<QLabel*>(QStringLiteral("sourceNote_audit_events"));
        QVERIFY(reason);
        QVERIFY2(reason->text().contains(QStringLiteral("may not")), qPrintable(reason->text()));
        QVERIFY(!page->setSource(ExportSourceId::AuditEvents));
        // Tenant users: the analyst cannot ask for personal data in clear.
        QVERIFY(page->setSource(ExportSourceId::TenantUsers));
        next(*w);
        auto* columns = w->columnsPage();
        QVERIFY(!columns->clearPersonalCheck()->isEnabled());
        QListWidget* list = columns->columnList();
        const int email = rowOf(list, QStringLiteral("email"));
        QVERIFY(email >= 0);
        QCOMPARE(list->item(email)->checkState(), Qt::Unchecked);
        QVERIFY(!(list->item(email)->flags() & Qt::ItemIsUserCheckable));
        QVERIFY(!columns->columns().contains(QStringLiteral("email")));
        // The preview shows the pseudonyms the export writes, never the e-mail address.
        QTRY_VERIFY_WITH_TIMEOUT(!columns->isPreviewPending(), kTimeout);
        QStandardItemModel* preview = columns->previewModel();
        QVERIFY(preview->rowCount() > 0);
        QStringList headers;
        for (int c = 0; c < preview->columnCount(); ++c)
            headers << preview->horizontalHeaderItem(c)->text();
        QVERIFY(!headers.contains(QStringLiteral("email")));
        const int idColumn = int(headers.indexOf(QStringLiteral("id")));
        const int pseudonymColumn = int(headers.indexOf(QStringLiteral("pseudonym")));
        QVERIFY(idColumn >= 0 && pseudonymColumn >= 0);
        QCOMPARE(preview->item(0, pseudonymColumn)->text(),
            ExportSourceReader::userPseudonym(PseudonymSecret::get(*m_demo.store),
                preview->item(0, idColumn)->data(Qt::UserRole).toLongLong()));

        auto admin = makeWizard(Role::Administrator);
        for (const ExportSourceInfo& info : exportSources())
            QVERIFY(admin->sourcePage()->button(info.id)->isEnabled());
        QVERIFY(admin->sourcePage()->setSource(ExportSourceId::TenantUsers));
        next(*admin);
        QVERIFY(admin->columnsPage()->clearPersonalCheck()->isEnabled());
        admin->columnsPage()->clearPersonalCheck()->setChecked(true);
        QVERIFY(admin->columnsPage()->columns().contains(QStringLiteral("email")));
    }

    void exportPredictionsToCsv()
    {
        auto w = makeWizard(Role::Administrator);
        QVERIFY(w->sourcePage()->setSource(ExportSourceId::Predictions));
        next(*w);
        auto* page = w->columnsPage();
        QTRY_VERIFY_WITH_TIMEOUT(!page->isPreviewPending(), kTimeout);
        QCOMPARE(page->previewModel()->rowCount(), ExportWizardPageColumns::kPreviewRows);

        // Keep id, tenant, city and value; move value before city with the Up button.
        keepColumns(page, { QStringLiteral("id"), QStringLiteral("tenant"), QStringLiteral("city"),
                              QStringLiteral("value") });
        QListWidget* list = page->columnList();
        list->setCurrentRow(rowOf(list, QStringLiteral("value")));
        const int before = rowOf(list, QStringLiteral("value"));
        const int city = rowOf(list, QStringLiteral("city"));
        for (int i = before; i > city; --i)
            QTest::mouseClick(w->findChild<QPushButton*>(QStringLiteral("columnUpButton")), Qt::LeftButton);
        const QStringList order { QStringLiteral("id"), QStringLiteral("tenant"), QStringLiteral("value"),
            QStringLiteral("city") };
        QCOMPARE(page->columns(), order);

        // value >= the 150th highest value, sorted by value, highest first.
        Database& db = m_demo.store->db();
        Statement top(db, "SELECT value FROM predictions ORDER BY value DESC LIMIT 1 OFFSET 150");
        QVERIFY(top.step());
        const QString threshold = QString::number(top.real(0), 'g', QLocale::FloatingPointShortest);
        QTest::mouseClick(w->findChild<QPushButton*>(QStringLiteral("addFilterButton")), Qt::LeftButton);
        QCOMPARE(page->filterCount(), 1);
        page->filterColumnCombo(0)->setCurrentIndex(page->filterColumnCombo(0)->findData(QStringLiteral("value")));
        page->filterOperatorCombo(0)->setCurrentIndex(
            page->filterOperatorCombo(0)->findData(int(ExportOperator::GreaterOrEqual)));
        QTest::keyClicks(page->filterValueEdit(0), threshold);
        auto* sort = w->findChild<QComboBox*>(QStringLiteral("sortColumnCombo"));
        sort->setCurrentIndex(sort->findData(QStringLiteral("value")));
        auto* order2 = w->findChild<QComboBox*>(QStringLiteral("sortOrderCombo"));
        order2->setCurrentIndex(1);
        QVERIFY(page->isPreviewPending());
        QTRY_VERIFY_WITH_TIMEOUT(!page->isPreviewPending(), kTimeout);
        QVERIFY2(page->filterError(0).isEmpty(), qPrintable(page->filterError(0)));

        // The preview holds exactly the store's rows.
        Statement count(db, "SELECT count(*) FROM predictions WHERE value >= ?");
        count.bind(1, threshold.toDouble());
        QVERIFY(count.step());
        const qint64 matching = count.int64(0);
        QVERIFY(matching > ExportWizardPageColumns::kPreviewRows);
        QVERIFY2(page->previewStatus().contains(QLocale().toString(matching)), qPrintable(page->previewStatus()));
        QStandardItemModel* model = page->previewModel();
        QCOMPARE(model->columnCount(), 4);
        QCOMPARE(model->horizontalHeaderItem(2)->text(), QStringLiteral("value"));
        Statement q(db,
            "SELECT p.id, t.slug, p.value, p.city FROM predictions p JOIN tenants t ON t.id = p.tenant_id "
            "WHERE p.value >= ? ORDER BY p.value DESC, p.id LIMIT 50");
        q.bind(1, threshold.toDouble());
        int row = 0;
        QStringList expectedCsv;
        while (q.step()) {
            QCOMPARE(model->item(row, 0)->data(Qt::UserRole).toLongLong(), q.int64(0));
            QCOMPARE(model->item(row, 1)->data(Qt::UserRole).toString(), q.text(1));
            QCOMPARE(model->item(row, 2)->data(Qt::UserRole).toDouble(), q.real(2));
            QCOMPARE(model->item(row, 3)->data(Qt::UserRole).toString(), q.text(3));
            ++row;
        }
        QCOMPARE(row, 50);
        next(*w);

        // CSV with semicolons, LF and a NULL text.
        auto* format = w->formatPage();
        QVERIFY(format->setFormatId(QStringLiteral("csv")));
        auto* delimiter = w->findChild<QComboBox*>(QStringLiteral("csvDelimiterCombo"));
        delimiter->setCurrentIndex(delimiter->findData(QStringLiteral(";")));
        auto* ending = w->findChild<QComboBox*>(QStringLiteral("csvLineEndingCombo"));
        ending->setCurrentIndex(ending->findData(int(CsvOptions::LineEnding::Lf)));
        w->findChild<QLineEdit*>(QStringLiteral("csvNullTextEdit"))->setText(QStringLiteral("NA"));
        next(*w);

        auto* dest = w->destinationPage();
        QVERIFY2(dest->path().endsWith(QStringLiteral("predictions-2026-11-27.csv")), qPrintable(dest->path()));
        const QString path = m_out.filePath(QStringLiteral("high.csv"));
        dest->setPath(path);
        const qint64 eventsBefore = m_demo.log->size();
        next(*w);
        auto* run = w->runPage();
        QTRY_VERIFY_WITH_TIMEOUT(!run->isRunning(), kTimeout);
        QVERIFY2(run->state() == ExportWizardPageRun::State::Succeeded, qPrintable(run->statusText()));
        QCOMPARE(run->result().rows, matching);
        auto* details = w->findChild<QLabel*>(QStringLiteral("exportDetailsLabel"));
        QVERIFY(details->text().contains(QString::fromLatin1(run->result().sha256.toHex())));
        QVERIFY(w->findChild<QPushButton*>(QStringLiteral("openFolderButton"))->isVisible());

        // The file: header, then every matching row in order.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.constFirst(), QByteArray("id;tenant;value;city"));
        QCOMPARE(lines.size(), matching + 2); // the last line ends with LF
        Statement all(db,
            "SELECT p.id, t.slug, p.value, p.city FROM predictions p JOIN tenants t ON t.id = p.tenant_id "
            "WHERE p.value >= ? ORDER BY p.value DESC, p.id LIMIT 3");
        all.bind(1, threshold.toDouble());
        for (int i = 1; all.step(); ++i) {
            const QList<QByteArray> cells = lines.at(i).split(';');
            QCOMPARE(cells.at(0).toLongLong(), all.int64(0));
            QCOMPARE(QString::fromUtf8(cells.at(1)), all.text(1));
            QCOMPARE(cells.at(2).toDouble(), all.real(2));
        }

        // Recorded as a DataExported event with the row count and the hash.
        QCOMPARE(m_demo.log->size(), eventsBefore + 1);
        const AuditReader reader(*m_demo.store, test::sessionAs(Role::Administrator, QStringLiteral("admin")));
        const auto event = reader.event(m_demo.log->size());
        QVERIFY(event);
        QCOMPARE(event->record.type, AuditEventType::DataExported);
        QCOMPARE(event->record.details.value(QStringLiteral("rows")).toInteger(), matching);
        QCOMPARE(event->record.details.value(QStringLiteral("sha256")).toString(),
            QString::fromLatin1(run->result().sha256.toHex()));
        w->accept();

        // The next wizard remembers the choices for predictions.
        auto again = makeWizard(Role::Administrator);
        QCOMPARE(again->sourcePage()->source(), ExportSourceId::Predictions);
        next(*again);
        QCOMPARE(again->columnsPage()->columns(), order);
        QCOMPARE(again->columnsPage()->conditions().size(), 1);
        QCOMPARE(again->columnsPage()->conditions().constFirst().toString(), QStringLiteral("value>=") + threshold);
        next(*again);
        QCOMPARE(again->findChild<QComboBox*>(QStringLiteral("csvDelimiterCombo"))->currentData().toString(),
            QStringLiteral(";"));
        QCOMPARE(again->findChild<QLineEdit*>(QStringLiteral("csvNullTextEdit"))->text(), QStringLiteral("NA"));
        next(*again);
        QCOMPARE(QFileInfo(again->destinationPage()->path()).absolutePath(), QFileInfo(path).absolutePath());
    }

    void badFilterValueBlocksNext()
    {
        auto w = makeWizard(Role::Administrator);
        QVERIFY(w->sourcePage()->setSource(ExportSourceId::Predictions));
        next(*w);
        auto* page = w->columnsPage();
        const int i = page->addFilter(QStringLiteral("forecast_time"), ExportOperator::Less, QString());
        QTest::keyClicks(page->filterValueEdit(i), QStringLiteral("next tuesday"));
        const QString expected = engineMessage(QStringLiteral("predictions"),
            { QStringLiteral("forecast_time"), ExportOperator::Less, QStringLiteral("next tuesday") });
        QVERIFY(!expected.isEmpty());
        QCOMPARE(page->filterError(i), expected);
        auto* label = page->findChildren<QLabel*>(QStringLiteral("filterErrorLabel")).value(i);
        QVERIFY(label && !label->isHidden());
        QVERIFY(!page->isComplete());
        QVERIFY(!w->button(QWizard::NextButton)->isEnabled());
        QVERIFY(page->previewStatus().contains(QStringLiteral("Correct")));
        QVERIFY(!page->isPreviewPending()); // nothing is read for a request the engine refuses

        // A value that parses clears the message and the preview follows.
        page->filterValueEdit(i)->setText(QStringLiteral("2026-11-26T00:00:00Z"));
        QVERIFY(page->filterError(i).isEmpty());
        QVERIFY(w->button(QWizard::NextButton)->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!page->isPreviewPending(), kTimeout);
        QVERIFY(page->previewModel()->rowCount() > 0);

        // Nothing matches: the preview says so.
        page->filterValueEdit(i)->setText(QStringLiteral("1970-01-02"));
        QTRY_VERIFY_WITH_TIMEOUT(!page->isPreviewPending(), kTimeout);
        QCOMPARE(page->previewModel()->rowCount(), 0);
        QVERIFY2(page->previewStatus().contains(QStringLiteral("No rows match")), qPrintable(page->previewStatus()));
        QVERIFY(w->button(QWizard::NextButton)->isEnabled());

        // Audit events: a condition their reader cannot apply is refused by the engine while previewing.
        auto audit = makeWizard(Role::Administrator);
        QVERIFY(audit->sourcePage()->setSource(ExportSourceId::AuditEvents));
        next(*audit);
        auto* ap = audit->columnsPage();
        ap->addFilter(QStringLiteral("actor"), ExportOperator::NotEqual, QStringLiteral("x"));
        QTRY_VERIFY_WITH_TIMEOUT(!ap->isPreviewPending(), kTimeout);
        QVERIFY2(ap->requestError().contains(QStringLiteral("actor!=x")), qPrintable(ap->requestError()));
        QVERIFY(!audit->button(QWizard::NextButton)->isEnabled());
    }

    void cancelLeavesNoFile()
    {
        // A store big enough that an XLSX export takes seconds.
        QTemporaryDir dir;
        const QString storePath = dir.filePath(QStringLiteral("big.sqlite3"));
        {
            auto store = Store::open(storePath);
            DemoOptions o;
            o.tenants = 2;
            o.days = 2;
            o.predictions = 300'000;
            o.auditEvents = 10;
            o.endDay = QDate(2026, 11, 26);
            o.auditKeyPath = storePath + QStringLiteral(".key.pem");
            DemoGenerator::generate(*store, o);
        }
        auto store = Store::open(storePath);
        AuditSigningConfig signing;
        signing.keyPath = storePath + QStringLiteral(".key.pem");
        AuditLog log(*store, m_demo.clock, signing);
        ExportWizard w(*store, log, test::sessionAs(Role::Administrator, QStringLiteral("admin")), m_demo.clock);
        w.show();
        QVERIFY(w.sourcePage()->setSource(ExportSourceId::Predictions));
        next(w);
        next(w);
        QVERIFY(w.formatPage()->setFormatId(QStringLiteral("xlsx")));
        next(w);
        const QString path = dir.filePath(QStringLiteral("all.xlsx"));
        w.destinationPage()->setPath(path);
        const qint64 events = log.size();
        next(w);
        auto* run = w.runPage();
        QVERIFY(run->isRunning());
        // Back is gone while the file is written.
        QVERIFY(!w.button(QWizard::BackButton)->isVisible());
        auto* rates = w.findChild<QLabel*>(QStringLiteral("exportRatesLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(rates->text().contains(QStringLiteral("rows/s")), kTimeout);
        QVERIFY(run->isRunning());
        QTest::mouseClick(w.findChild<QPushButton*>(QStringLiteral("cancelExportButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!run->isRunning(), kTimeout);
        QCOMPARE(run->state(), ExportWizardPageRun::State::Cancelled);
        QVERIFY2(w.findChild<QLabel*>(QStringLiteral("exportDetailsLabel"))->text().contains(
                     QStringLiteral("Nothing was written")),
            "no word about the file");
        QVERIFY(!QFileInfo::exists(path));
        const QStringList left = QDir(dir.path()).entryList({ QStringLiteral("*all.xlsx*") },
            QDir::Files | QDir::Hidden);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(u',')));
        QCOMPARE(log.size(), events); // nothing exported, nothing recorded
        QVERIFY(w.button(QWizard::BackButton)->isVisible());
    }

    void failureSaysNothingWasWrittenAndReplaceAsks()
    {
        auto w = makeWizard(Role::Administrator);
        QVERIFY(w->sourcePage()->setSource(ExportSourceId::Models));
        next(*w);
        next(*w);
        QVERIFY(w->formatPage()->setFormatId(QStringLiteral("ndjson")));
        next(*w);
        QVERIFY2(w->destinationPage()->path().endsWith(QStringLiteral("models-2026-11-27.ndjson")),
            qPrintable(w->destinationPage()->path()));
        // A folder nobody can create files in: the engine refuses, the page says so.
        w->destinationPage()->setPath(QStringLiteral("/proc/models.ndjson"));
        const qint64 events = m_demo.log->size();
        next(*w);
        auto* run = w->runPage();
        QTRY_VERIFY_WITH_TIMEOUT(!run->isRunning(), kTimeout);
        QCOMPARE(run->state(), ExportWizardPageRun::State::Failed);
        const QString details = w->findChild<QLabel*>(QStringLiteral("exportDetailsLabel"))->text();
        QVERIFY2(details.contains(QStringLiteral("/proc")), qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("Nothing was written under /proc/models.ndjson")), qPrintable(details));
        QCOMPARE(m_demo.log->size(), events);

        // The wizard stays usable: back, a file that exists, asked before it is replaced.
        QVERIFY(w->button(QWizard::BackButton)->isVisible());
        w->back();
        QCOMPARE(w->currentId(), int(ExportWizard::DestinationPage));
        const QString path = m_out.filePath(QStringLiteral("models.ndjson"));
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("old\n");
        }
        w->destinationPage()->setPath(path);
        QString asked;
        bool replace = false;
        QTimer answer;
        connect(&answer, &QTimer::timeout, this, [&] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box || box->objectName() != QLatin1String("replaceFileBox"))
                return;
            asked = box->text();
            for (QAbstractButton* b : box->buttons())
                if ((box->buttonRole(b) == QMessageBox::AcceptRole) == replace) {
                    b->click();
                    return;
                }
        });
        answer.start(20);
        w->next();
        QVERIFY2(asked.contains(QStringLiteral("models.ndjson")), qPrintable(asked));
        QCOMPARE(w->currentId(), int(ExportWizard::DestinationPage)); // not replaced: still here
        asked.clear();
        replace = true;
        w->next();
        answer.stop();
        QVERIFY(!asked.isEmpty());
        QCOMPARE(w->currentId(), int(ExportWizard::RunPage));
        QTRY_VERIFY_WITH_TIMEOUT(!run->isRunning(), kTimeout);
        QVERIFY2(run->state() == ExportWizardPageRun::State::Succeeded, qPrintable(run->statusText()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), m_demo.store->db().scalarInt("SELECT count(*) FROM ml_models"));
        QVERIFY(lines.constFirst().startsWith("{\"id\":"));
        QCOMPARE(m_demo.log->size(), events + 1);
    }

    void browseChoosesTheFile()
    {
        auto w = makeWizard(Role::Administrator);
        QVERIFY(w->sourcePage()->setSource(ExportSourceId::Usage));
        next(*w);
        next(*w);
        QVERIFY(w->formatPage()->setFormatId(QStringLiteral("parquet")));
        next(*w);
        QVERIFY2(w->destinationPage()->path().endsWith(QStringLiteral("usage-2026-11-27.parquet")),
            qPrintable(w->destinationPage()->path()));
        const QString chosen = m_out.filePath(QStringLiteral("chosen.parquet"));
        bool seen = false;
        QTimer answer;
        connect(&answer, &QTimer::timeout, this, [&] {
            auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
            if (!dialog || dialog->objectName() != QLatin1String("exportFileDialog"))
                return;
            seen = true;
            // Typed as a user would, into the (non-native) dialog's name field.
            auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
            if (!name)
                return;
            name->setText(chosen);
            static_cast<QDialog*>(dialog)->accept(); // QFileDialog::accept, through the public base
        });
        answer.start(20);
        QTest::mouseClick(w->findChild<QPushButton*>(QStringLiteral("browseButton")), Qt::LeftButton);
        answer.stop();
        QVERIFY(seen);
        QCOMPARE(w->destinationPage()->path(), chosen);
        // An edited name no longer follows the format.
        w->back();
        QVERIFY(w->formatPage()->setFormatId(QStringLiteral("csv")));
        QCOMPARE(w->destinationPage()->path(), chosen);
    }

    void panesPresetTheWizard()
    {
        testing::GuiFixture f;
        f.setUp();
        TenantService tenants(*f.store, f.clock, *f.admin, *f.auditLog);
        TenantDraft d;
        d.slug = QStringLiteral("acme");
        d.name = QStringLiteral("Acme Air");
        d.contactName = QStringLiteral("Casey Contact");
        d.contactEmail = QStringLiteral("casey@example.org");
        d.region = knownRegions().constFirst();
        const TenantId acme = tenants.provision(d).id;
        MainWindow window(*f.store, f.clock, *f.admin, *f.auditLog, *f.alerts);
        window.show();
        QVERIFY(window.findChild<QAction*>(QStringLiteral("exportDataAction"))->isEnabled());

        // The audit pane: its filter becomes the export's conditions.
        QVERIFY(window.showArea(QStringLiteral("audit")));
        AuditPane* pane = window.auditPane();
        pane->filterBar()->setEventType(AuditEventType::TenantProvisioned);
        pane->filterBar()->setResource(QStringLiteral("tenant/"));
        pane->exportAction()->trigger();
        auto* wizard = window.findChild<ExportWizard*>();
        QVERIFY(wizard);
        QCOMPARE(wizard->sourcePage()->source(), ExportSourceId::AuditEvents);
        wizard->next();
        QStringList conditions;
        for (const ExportCondition& c : wizard->columnsPage()->conditions())
            conditions << c.toString();
        QVERIFY2(conditions.contains(QStringLiteral("type=tenant_provisioned")), qPrintable(conditions.join(u' ')));
        QVERIFY2(conditions.contains(QStringLiteral("resource=tenant/")), qPrintable(conditions.join(u' ')));
        QTRY_VERIFY_WITH_TIMEOUT(!wizard->columnsPage()->isPreviewPending(), kTimeout);
        QVERIFY2(wizard->columnsPage()->requestError().isEmpty(), qPrintable(wizard->columnsPage()->requestError()));
        QCOMPARE(wizard->columnsPage()->previewModel()->rowCount(), 1); // the one provisioning
        wizard->close();
        QTRY_VERIFY(!window.findChild<ExportWizard*>());

        // The tenants pane: the selected tenant's users.
        QVERIFY(window.showArea(QStringLiteral("tenants")));
        QVERIFY(window.tenantsPane()->selectTenant(acme));
        QAction* users = window.tenantsPane()->exportUsersAction();
        QVERIFY(users->isEnabled());
        // Offered in the tenant list's and the users tab's context menus too.
        auto* tenantTable = window.tenantsPane()->findChild<QTableView*>(QStringLiteral("tenantTable"));
        QVERIFY(tenantTable->actions().contains(users));
        // The users tab's "Export…" is the same export (test_gui_pane_export triggers it).
        auto* usersTable = window.tenantsPane()->findChild<QTableView*>(QStringLiteral("usersTable"));
        auto* usersEntry = window.tenantsPane()->findChild<QAction*>(QStringLiteral("usersExportAction"));
        QVERIFY(usersTable && usersEntry && usersTable->actions().contains(usersEntry));
        users->trigger();
        wizard = window.findChild<ExportWizard*>();
        QVERIFY(wizard);
        QCOMPARE(wizard->sourcePage()->source(), ExportSourceId::TenantUsers);
        wizard->next();
        QCOMPARE(wizard->columnsPage()->conditions().size(), 1);
        QCOMPARE(wizard->columnsPage()->conditions().constFirst().toString(),
            QStringLiteral("tenant_id=%1").arg(acme.value));
        wizard->close();
        QTRY_VERIFY(!window.findChild<ExportWizard*>());
    }

    void auditFilterMapping()
    {
        AuditFilter f;
        f.fromMs = 1'700'000'000'000;
        f.tenantScope = AuditFilter::TenantScope::Platform;
        f.actorId = QStringLiteral("op-1");
        f.severities = { AuditSeverity::Warning, AuditSeverity::Critical };
        f.outcomes = { AuditOutcome::Denied };
        f.text = QStringLiteral("login");
        QStringList notes;
        QStringList got;
        for (const ExportCondition& c : ExportWizard::auditFilterConditions(f, &notes))
            got << c.toString();
        QCOMPARE(got,
            QStringList({ QStringLiteral("time>=2023-11-14T22:13:20.000Z"), QStringLiteral("tenant_id=null"),
                QStringLiteral("actor=op-1"), QStringLiteral("outcome=denied"), QStringLiteral("details~login") }));
        QCOMPARE(notes.size(), 1); // two severities cannot be one condition
        // Every condition is one the engine reads back to the same value.
        for (const ExportCondition& c : ExportWizard::auditFilterConditions(f))
            QVERIFY2(engineMessage(QStringLiteral("audit_events"), c).isEmpty(), qPrintable(c.toString()));
        for (const ExportColumn& column : exportSource(ExportSourceId::AuditEvents).columns)
            if (column.name == QLatin1String("time"))
                QCOMPARE(ExportTypedCondition::from(ExportWizard::auditFilterConditions(f).constFirst(), column).integer,
                    *f.fromMs);
    }

    /// With GEOCONSOLE_SCREENSHOTS=<folder>, saves the columns page with its
    /// preview, the format page and the run page after success at 1280×800 as
    /// export-wizard-*.png (run under xvfb-run for real fonts); otherwise skipped.
    void screenshots()
    {
        const QString folder = qEnvironmentVariable("GEOCONSOLE_SCREENSHOTS");
        if (folder.isEmpty())
            QSKIP("set GEOCONSOLE_SCREENSHOTS=<folder> to save screenshots");
        auto w = makeWizard(Role::Administrator);
        w->resize(1280, 800);
        const auto save = [&](const char* name) {
            QApplication::processEvents();
            QTest::qWait(200);
            const QString path = QDir(folder).filePath(QLatin1String(name));
            QVERIFY2(w->grab().save(path), qPrintable(path));
        };
        QVERIFY(w->sourcePage()->setSource(ExportSourceId::Predictions));
        save("export-wizard-source.png");
        next(*w);
        auto* page = w->columnsPage();
        keepColumns(page, { QStringLiteral("id"), QStringLiteral("tenant"), QStringLiteral("city"),
                              QStringLiteral("pollutant"), QStringLiteral("value"), QStringLiteral("unit"),
                              QStringLiteral("model"), QStringLiteral("forecast_time") });
        page->addFilter(QStringLiteral("pollutant"), ExportOperator::Equal, QStringLiteral("PM2.5"));
        page->addFilter(QStringLiteral("forecast_time"), ExportOperator::GreaterOrEqual, QStringLiteral("yesterday"));
        QTRY_VERIFY_WITH_TIMEOUT(!page->isPreviewPending(), kTimeout);
        save("export-wizard-columns-error.png");
        page->filterValueEdit(1)->setText(QStringLiteral("2030-01-01"));
        QTRY_VERIFY_WITH_TIMEOUT(!page->isPreviewPending(), kTimeout);
        save("export-wizard-columns-empty.png");
        page->filterValueEdit(1)->setText(QStringLiteral("2026-11-26"));
        QTRY_VERIFY_WITH_TIMEOUT(!page->isPreviewPending(), kTimeout);
        save("export-wizard-columns.png");
        next(*w);
        QVERIFY(w->formatPage()->setFormatId(QStringLiteral("csv")));
        save("export-wizard-format.png");
        QVERIFY(w->formatPage()->setFormatId(QStringLiteral("parquet")));
        save("export-wizard-format-parquet.png");
        QVERIFY(w->formatPage()->setFormatId(QStringLiteral("csv")));
        next(*w);
        w->destinationPage()->setPath(m_out.filePath(QStringLiteral("predictions-pm25-2026-11-26.csv")));
        save("export-wizard-destination.png");
        next(*w);
        QTRY_VERIFY_WITH_TIMEOUT(!w->runPage()->isRunning(), kTimeout);
        QCOMPARE(w->runPage()->state(), ExportWizardPageRun::State::Succeeded);
        save("export-wizard-run.png");
        w->accept();

        // What an analyst sees: the audit trail disabled, with the reason.
        w = makeWizard(Role::Analyst);
        w->resize(1280, 800);
        save("export-wizard-source-analyst.png");
    }

    void cleanupTestCase() { QSettings().clear(); }
};

QTEST_MAIN(TestGuiExport)
#include "TestGuiExport.moc"
