// "Export…" in every pane table's context menu: the entry is there (and opens
// with a real context-menu event), the tenant users table and the usage chart
// preset the export wizard to their source and tenant, the tenant list writes
// the rows it shows after filtering (in the view's order, visible columns in
// header order), API keys leave their secret out, and a failed export says why
// and leaves no file.
#include "AuditPane.h"
#include "ExportRowsDialog.h"
#include "ExportWizard.h"
#include "ExportWizardPageColumns.h"
#include "ExportWizardPageSource.h"
#include "GuiFixture.h"
#include "MainWindow.h"
#include "PaneExport.h"
#include "PluralForms.h"
#include "TenantDetailPanel.h"
#include "TenantsPane.h"
#include "UsageChartView.h"

#include "audit/AuditEventModel.h"
#include "audit/AuditReader.h"
#include "tenancy/TenantService.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCryptographicHash>
#include <QContextMenuEvent>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace gc;
using gc::testing::GuiFixture;

namespace {

QAction* exportEntry(QWidget* widget)
{
    for (QAction* a : widget->actions())
        if (a->objectName().endsWith(QLatin1String("ExportAction")))
            return a;
    return nullptr;
}

QStringList conditionTexts(ExportWizard* wizard)
{
    QStringList out;
    for (const ExportCondition& c : wizard->columnsPage()->conditions())
        out << c.toString();
    return out;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestGuiPaneExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
        installPluralForms(*QCoreApplication::instance()); // as the console does: "3 tenants"
        QVERIFY(m_out.isValid());
    }

    void init()
    {
        m_f.setUp();
        TenantService service(*m_f.store, m_f.clock, *m_f.admin, *m_f.auditLog);
        m_acme = provision(service, QStringLiteral("acme"), QStringLiteral("Acme Air"), Tier::Basic);
        provision(service, QStringLiteral("blue"), QStringLiteral("Blue Sky"), Tier::Free);
        provision(service, QStringLiteral("acme-water"), QStringLiteral("Acme Water"), Tier::Free);
        service.addUser(m_acme, QStringLiteral("uma@example.org"), QStringLiteral("Uma User"), TenantUserRole::Analyst);
        m_secret = service.createApiKey(m_acme, QStringLiteral("CI key")).secret;
    }

    void cleanup() { m_f.tearDown(); }

    void everyTableHasTheEntry()
    {
        MainWindow w(*m_f.store, m_f.clock, *m_f.admin, *m_f.auditLog, *m_f.alerts);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.tenantsPane()->selectTenant(m_acme));
        TenantDetailPanel* detail = w.tenantsPane()->detailPanel();
        const QList<QWidget*> widgets { w.findChild<QTableView*>(QStringLiteral("tenantTable")), detail->usersView(),
            detail->apiKeysView(), detail->configView(), detail->usageChart(),
            w.findChild<QTableView*>(QStringLiteral("operatorsTable")),
            w.findChild<QTableView*>(QStringLiteral("alertsTable")) };
        for (QWidget* widget : widgets) {
            QVERIFY(widget);
            QCOMPARE(widget->contextMenuPolicy(), Qt::ActionsContextMenu);
            QAction* entry = exportEntry(widget);
            QVERIFY2(entry, qPrintable(widget->objectName()));
            QVERIFY2(entry->isEnabled(), qPrintable(widget->objectName()));
            // Entries that open the wizard on a source, and the ones that write the table.
            const bool wizard = widget == detail->usersView() || widget == detail->usageChart();
            QCOMPARE(entry->text(), wizard ? QStringLiteral("E&xport…") : QStringLiteral("Export &Table…"));
        }
        // What the tables offered before is still there.
        auto* tenantTable = w.findChild<QTableView*>(QStringLiteral("tenantTable"));
        QVERIFY(tenantTable->actions().contains(w.tenantsPane()->exportUsersAction()));
        QVERIFY(tenantTable->actions().contains(w.findChild<QAction*>(QStringLiteral("suspendAction"))));

        // The audit pane's menu is built per row; off the rows it still offers the export.
        QVERIFY(w.showArea(QStringLiteral("audit")));
        AuditPane* audit = w.auditPane();
        QTRY_VERIFY(audit->model()->rowCount() > 0);
        QVERIFY(audit->createContextMenu(QPoint(-5, -5))->actions().contains(audit->exportAction()));
        const QRect first = audit->table()->visualRect(audit->model()->index(0, 1));
        QTRY_VERIFY(audit->model()->eventAt(0));
        const auto rowMenu = audit->createContextMenu(first.center());
        QVERIFY(rowMenu->actions().contains(audit->exportAction()));
        QVERIFY(rowMenu->actions().size() > 2); // the row's filters too
        QVERIFY(audit->exportAction()->isEnabled());
    }

    void contextMenuEventOpensTheMenu()
    {
        MainWindow w(*m_f.store, m_f.clock, *m_f.admin, *m_f.auditLog, *m_f.alerts);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto* table = w.findChild<QTableView*>(QStringLiteral("tenantTable"));
        QStringList seen;
        QTimer::singleShot(100, this, [&] {
            if (auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget())) {
                for (QAction* a : menu->actions())
                    seen << a->objectName();
                menu->close();
            }
        });
        // What the menu key sends to the focused view.
        table->setFocus();
        QContextMenuEvent key(QContextMenuEvent::Keyboard, QPoint(10, 10), table->mapToGlobal(QPoint(10, 10)));
        QApplication::sendEvent(table, &key);
        QVERIFY2(seen.contains(QStringLiteral("tenantsExportAction")), qPrintable(seen.join(u',')));
    }

    /// The tenant users table and the usage chart are export sources: their
    /// entry opens the wizard on that source, filtered to the tenant (and the
    /// chart's 30 days ending today, the fixture's clock: 2026-11-27).
    void sourceTablesPresetTheWizard()
    {
        MainWindow w(*m_f.store, m_f.clock, *m_f.admin, *m_f.auditLog, *m_f.alerts);
        w.show();
        QVERIFY(w.tenantsPane()->selectTenant(m_acme));
        TenantDetailPanel* detail = w.tenantsPane()->detailPanel();
        const QString tenant = QStringLiteral("tenant_id=%1").arg(m_acme.value);
        const QList<std::tuple<QWidget*, ExportSourceId, QStringList>> cases {
            { detail->usersView(), ExportSourceId::TenantUsers, { tenant } },
            { detail->usageChart(), ExportSourceId::Usage,
                { tenant, QStringLiteral("hour>=2026-10-29"), QStringLiteral("hour<2026-11-28") } } };
        for (const auto& [widget, source, conditions] : cases) {
            QAction* entry = exportEntry(widget);
            QVERIFY(entry && entry->isEnabled());
            entry->trigger();
            auto* wizard = w.findChild<ExportWizard*>();
            QVERIFY(wizard);
            QCOMPARE(wizard->sourcePage()->source(), source);
            wizard->next();
            QCOMPARE(conditionTexts(wizard), conditions);
            // The engine takes the preset as it is.
            QTRY_VERIFY_WITH_TIMEOUT(!wizard->columnsPage()->isPreviewPending(), 20000);
            QVERIFY2(wizard->columnsPage()->requestError().isEmpty(),
                qPrintable(wizard->columnsPage()->requestError()));
            wizard->close();
            QTRY_VERIFY(!w.findChild<ExportWizard*>());
        }
    }

    void tenantListWritesTheRowsShown()
    {
        MainWindow w(*m_f.store, m_f.clock, *m_f.admin, *m_f.auditLog, *m_f.alerts);
        w.show();
        auto* table = w.findChild<QTableView*>(QStringLiteral("tenantTable"));
        w.findChild<QLineEdit*>(QStringLiteral("tenantSearchEdit"))->setText(QStringLiteral("acme"));
        QCOMPARE(table->model()->rowCount(), 2);
        table->sortByColumn(0, Qt::DescendingOrder);
        // Region hidden, slug moved to the front: the export follows the header.
        QHeaderView* header = table->horizontalHeader();
        header->hideSection(4);
        header->moveSection(header->visualIndex(1), 0);

        exportEntry(table)->trigger();
        ExportRowsDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = w.findChild<ExportRowsDialog*>()) && dialog->isVisible());
        QCOMPARE(dialog->rows().rowCount(), 2);
        const QString path = m_out.filePath(QStringLiteral("tenants.csv"));
        dialog->setPath(path);
        QVERIFY(dialog->setFormatId(QStringLiteral("csv")));
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("exportRowsButton")), Qt::LeftButton);
        QTRY_VERIFY(!w.findChild<ExportRowsDialog*>());

        const QList<QByteArray> lines = readAll(path).split('\n');
        QCOMPARE(lines.size(), 4); // header, two rows, the empty rest after the last CRLF
        QCOMPARE(lines.at(0), QByteArray("slug,name,tier,status,active_users,requests_today,created_at\r"));
        QVERIFY2(lines.at(1).startsWith("acme-water,Acme Water,Free,Active,0,0,2026-11-27T12:00:00.000Z"),
            lines.at(1).constData());
        QVERIFY2(lines.at(2).startsWith("acme,Acme Air,Basic,Active,1,0,2026-11-27T12:00:00.000Z"),
            lines.at(2).constData());
        QVERIFY2(w.statusBar()->currentMessage().startsWith(QStringLiteral("Exported 2 row")), qPrintable(w.statusBar()->currentMessage()));

        // Recorded like every export, with the file's hash.
        AuditReader reader(*m_f.store, *m_f.auditor);
        const AuditRecord e = reader.event(reader.lastSeq())->record;
        QCOMPARE(e.type, AuditEventType::DataExported);
        QCOMPARE(e.resource, QStringLiteral("export/table/tenants"));
        QCOMPARE(e.details.value(QStringLiteral("rows")).toInteger(), qint64(2));
        QCOMPARE(e.details.value(QStringLiteral("sha256")).toString(),
            QString::fromLatin1(QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256).toHex()));
    }

    void apiKeysLeaveTheSecretOut()
    {
        MainWindow w(*m_f.store, m_f.clock, *m_f.admin, *m_f.auditLog, *m_f.alerts);
        w.show();
        QVERIFY(w.tenantsPane()->selectTenant(m_acme));
        QTableView* keys = w.tenantsPane()->detailPanel()->apiKeysView();
        exportEntry(keys)->trigger();
        ExportRowsDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = w.findChild<ExportRowsDialog*>()) && dialog->isVisible());
        const QString path = m_out.filePath(QStringLiteral("keys.json"));
        QVERIFY(dialog->setFormatId(QStringLiteral("json")));
        dialog->setPath(path);
        dialog->exportRows();
        QVERIFY2(dialog->result().has_value(), qPrintable(dialog->errorText()));
        const QByteArray bytes = readAll(path);
        QVERIFY(!bytes.contains(m_secret.toUtf8()));
        const QJsonArray rows = QJsonDocument::fromJson(bytes).array();
        QCOMPARE(rows.size(), 1);
        const QJsonObject key = rows.at(0).toObject();
        QCOMPARE(key.keys(),
            QStringList({ QStringLiteral("created_at"), QStringLiteral("created_by"), QStringLiteral("last_used_at"),
                QStringLiteral("name"), QStringLiteral("prefix"), QStringLiteral("status") }));
        QVERIFY(m_secret.startsWith(key.value(QStringLiteral("prefix")).toString()));
        QVERIFY(key.value(QStringLiteral("last_used_at")).isNull()); // "Never" in the table
        AuditReader reader(*m_f.store, *m_f.auditor);
        const AuditRecord e = reader.event(reader.lastSeq())->record;
        QCOMPARE(e.resource, QStringLiteral("export/table/api_keys"));
        QCOMPARE(e.tenant ? e.tenant->value : 0, m_acme.value);
    }

    void failureSaysWhyAndLeavesNothing()
    {
        MainWindow w(*m_f.store, m_f.clock, *m_f.admin, *m_f.auditLog, *m_f.alerts);
        w.show();
        auto* table = w.findChild<QTableView*>(QStringLiteral("tenantTable"));
        exportEntry(table)->trigger();
        ExportRowsDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = w.findChild<ExportRowsDialog*>()) && dialog->isVisible());
        const qint64 events = m_f.auditLog->size();
        // A folder that does not exist, then one nobody may write (not even root).
        dialog->setPath(m_out.filePath(QStringLiteral("missing/tenants.csv")));
        dialog->exportRows();
        QVERIFY(dialog->isVisible());
        QVERIFY2(dialog->errorText().contains(QStringLiteral("does not exist")), qPrintable(dialog->errorText()));
        QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("exportRowsErrorLabel"))->isVisible());
        dialog->setPath(QStringLiteral("/proc/tenants.csv"));
        QVERIFY(!dialog->findChild<QLabel*>(QStringLiteral("exportRowsErrorLabel"))->isVisible());
        dialog->exportRows();
        QVERIFY2(dialog->errorText().contains(QStringLiteral("/proc")), qPrintable(dialog->errorText()));
        QVERIFY(!dialog->result());
        QVERIFY(!QFile::exists(QStringLiteral("/proc/tenants.csv")));
        QVERIFY(!QDir(m_out.filePath(QStringLiteral("missing"))).exists());
        QCOMPARE(m_f.auditLog->size(), events);
        // The extension follows the format.
        dialog->setPath(m_out.filePath(QStringLiteral("t.csv")));
        QVERIFY(dialog->setFormatId(QStringLiteral("parquet")));
        QCOMPARE(dialog->path(), m_out.filePath(QStringLiteral("t.parquet")));
        dialog->reject();
    }

    void replacingAFileAsksFirst()
    {
        MainWindow w(*m_f.store, m_f.clock, *m_f.admin, *m_f.auditLog, *m_f.alerts);
        w.show();
        exportEntry(w.findChild<QTableView*>(QStringLiteral("tenantTable")))->trigger();
        ExportRowsDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = w.findChild<ExportRowsDialog*>()) && dialog->isVisible());
        const QString path = m_out.filePath(QStringLiteral("existing.csv"));
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("keep me\n");
        }
        dialog->setPath(path);
        const auto answer = [](QMessageBox::StandardButton button) {
            QTimer::singleShot(50, [button] {
                if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget()))
                    box->button(button)->click();
            });
        };
        answer(QMessageBox::No);
        dialog->exportRows();
        QCOMPARE(readAll(path), QByteArray("keep me\n"));
        QVERIFY(!dialog->result());
        answer(QMessageBox::Yes);
        dialog->exportRows();
        QVERIFY(dialog->result());
        QVERIFY(readAll(path).startsWith("name,slug,"));
    }

    /// With GEOCONSOLE_SCREENSHOTS=<folder>, saves the tenant list's context
    /// menu over the window and the export-rows dialog at 1280×800 as
    /// export-pane-menu.png and export-rows-dialog.png (run under xvfb-run for
    /// real fonts); otherwise skipped.
    void screenshots()
    {
        const QString folder = qEnvironmentVariable("GEOCONSOLE_SCREENSHOTS");
        if (folder.isEmpty())
            QSKIP("set GEOCONSOLE_SCREENSHOTS=<folder> to save screenshots");
        MainWindow w(*m_f.store, m_f.clock, *m_f.admin, *m_f.auditLog, *m_f.alerts);
        w.move(0, 0);
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.tenantsPane()->selectTenant(m_acme));
        auto* table = w.findChild<QTableView*>(QStringLiteral("tenantTable"));
        const QPoint at = table->visualRect(table->model()->index(0, 1)).center();
        bool saved = false;
        QTimer::singleShot(300, this, [&] {
            auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
            if (!menu)
                return;
            // The window with the menu over it, as the screen shows them.
            QPixmap shot = w.grab();
            QPainter p(&shot);
            p.drawPixmap(w.mapFromGlobal(menu->pos()), menu->grab());
            p.end();
            saved = shot.save(folder + QStringLiteral("/export-pane-menu.png"));
            menu->close();
        });
        QContextMenuEvent event(QContextMenuEvent::Mouse, at, table->viewport()->mapToGlobal(at));
        QApplication::sendEvent(table->viewport(), &event);
        QVERIFY(saved);

        exportEntry(table)->trigger();
        ExportRowsDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = w.findChild<ExportRowsDialog*>()) && dialog->isVisible());
        dialog->setPath(QStringLiteral("/home/analyst/Documents/tenants.csv"));
        QTest::qWait(200);
        QPixmap shot = w.grab();
        QPainter p(&shot);
        p.fillRect(shot.rect(), QColor(0, 0, 0, 60));
        // Xvfb has no window manager: draw a plain title bar with the dialog's title.
        const QPoint corner = w.mapFromGlobal(dialog->mapToGlobal(QPoint(0, 0)));
        const QRect title(corner.x(), corner.y() - 28, dialog->width(), 28);
        p.fillRect(title, QColor(0x3a, 0x3f, 0x44));
        p.setPen(Qt::white);
        p.drawText(title.adjusted(12, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft, dialog->windowTitle());
        p.drawPixmap(corner, dialog->grab());
        p.end();
        QVERIFY(shot.save(folder + QStringLiteral("/export-rows-dialog.png")));
        dialog->reject();
    }

private:
    static TenantId provision(TenantService& service, const QString& slug, const QString& name, Tier tier)
    {
        TenantDraft d;
        d.slug = slug;
        d.name = name;
        d.tier = tier;
        d.contactName = QStringLiteral("Casey Contact");
        d.contactEmail = QStringLiteral("casey@example.org");
        d.region = knownRegions().constFirst();
        return service.provision(d).id;
    }

    GuiFixture m_f;
    QTemporaryDir m_out;
    TenantId m_acme;
    QString m_secret;
};

QTEST_MAIN(TestGuiPaneExport)
#include "TestGuiPaneExport.moc"
