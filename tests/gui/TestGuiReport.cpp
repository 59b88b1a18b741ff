// The compliance report dialog: presets fill the dates, Generate writes the
// chosen formats on a worker thread and records each file's SHA-256, a role
// without the export right is refused with nothing written.
#include "ReportDialog.h"

#include "audit/AuditLog.h"
#include "audit/AuditReader.h"
#include "core/Clock.h"
#include "store/Store.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <vector>

using namespace gc;

namespace {

Session sessionAs(Role role, qint64 id)
{
    Operator op;
    op.id = id;
    op.username = QStringLiteral("op%1").arg(id);
    op.displayName = op.username;
    op.role = role;
    return Session(op);
}

} // namespace

class TestGuiReport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock { QDateTime(QDate(2026, 11, 27), QTime(12, 0), Qt::UTC) };
    std::unique_ptr<Store> m_store;
    std::unique_ptr<AuditLog> m_log;

    template <typename T> static T* child(QWidget& parent, const char* name)
    {
        T* w = parent.findChild<T*>(QString::fromLatin1(name));
        if (!w)
            qWarning("no child %s", name);
        return w;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("out"))));
        m_store = Store::open(m_dir.filePath(QStringLiteral("store.sqlite3")));
        AuditSigningConfig signing;
        signing.keyPath = m_dir.filePath(QStringLiteral("key.pem"));
        m_log = std::make_unique<AuditLog>(*m_store, m_clock, signing);
        std::vector<AuditEventDraft> drafts;
        const qint64 start = QDateTime(QDate(2026, 7, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        for (int i = 0; i < 900; ++i) {
            AuditEventDraft d;
            d.timeUtcMs = start + qint64(i) * 3'600'000 * 3; // every 3 hours from July 1
            d.type = i % 10 == 0 ? AuditEventType::ConfigurationChanged : AuditEventType::DataRead;
            d.outcome = i % 17 == 0 ? AuditOutcome::Denied : AuditOutcome::Success;
            d.resource = QStringLiteral("tenant/%1").arg(i % 4);
            drafts.push_back(d);
        }
        m_log->appendBatch(drafts);
        m_log->checkpoint();
    }

    void cleanupTestCase()
    {
        m_log.reset();
        m_store.reset();
    }

    void presetsFillTheDates()
    {
        const Session admin = sessionAs(Role::Administrator, 1);
        ReportDialog dialog(*m_store, *m_log, admin, m_clock);
        auto* preset = child<QComboBox>(dialog, "periodCombo");
        auto* from = child<QDateEdit>(dialog, "fromDate");
        auto* through = child<QDateEdit>(dialog, "throughDate");
        QVERIFY(preset && from && through);
        preset->setCurrentIndex(preset->findData(int(CompliancePeriodPreset::LastQuarter)));
        QCOMPARE(from->date(), QDate(2026, 7, 1));
        QCOMPARE(through->date(), QDate(2026, 9, 30));
        preset->setCurrentIndex(preset->findData(int(CompliancePeriodPreset::LastMonth)));
        QCOMPARE(from->date(), QDate(2026, 10, 1));
        QCOMPARE(through->date(), QDate(2026, 10, 31));
        // Editing a date makes the period custom.
        from->setDate(QDate(2026, 10, 5));
        QCOMPARE(preset->currentData().toInt(), -1);
        QVERIFY(child<QCheckBox>(dialog, "checkpointCheck")->isEnabled());
        const Session auditor = sessionAs(Role::Auditor, 2);
        ReportDialog auditorDialog(*m_store, *m_log, auditor, m_clock);
        QVERIFY(!child<QCheckBox>(auditorDialog, "checkpointCheck")->isEnabled());
    }

    void generatesRecordsAndShowsHashes()
    {
        const Session auditor = sessionAs(Role::Auditor, 2);
        ReportDialog dialog(*m_store, *m_log, auditor, m_clock);
        dialog.show();
        auto* framework = child<QComboBox>(dialog, "frameworkCombo");
        framework->setCurrentIndex(framework->findData(int(ComplianceFramework::Gdpr)));
        child<QDateEdit>(dialog, "fromDate")->setDate(QDate(2026, 7, 10));
        child<QDateEdit>(dialog, "throughDate")->setDate(QDate(2026, 8, 9));
        child<QCheckBox>(dialog, "htmlCheck")->setChecked(true);
        // The PDF is laid out on the worker thread too.
        child<QCheckBox>(dialog, "pdfCheck")->setChecked(true);
        child<QCheckBox>(dialog, "csvCheck")->setChecked(true);
        dialog.setFolder(m_dir.filePath(QStringLiteral("out")));
        auto* open = child<QPushButton>(dialog, "openButton");
        QVERIFY(!open->isEnabled());

        const qint64 before = m_log->size();
        QTest::mouseClick(child<QPushButton>(dialog, "generateButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning() && !dialog.files().isEmpty(), 60'000);
        QCOMPARE(dialog.files().size(), 3);
        QVERIFY(open->isEnabled());
        QCOMPARE(m_log->size(), before + 3);

        const QString result = child<QPlainTextEdit>(dialog, "resultText")->toPlainText();
        const AuditReader reader(*m_store, auditor);
        for (const ComplianceReportFile& f : dialog.files()) {
            QFile file(f.path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            if (f.format == ComplianceReportFormat::Pdf)
                QVERIFY(bytes.startsWith("%PDF-"));
            const QString sha = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
            QVERIFY2(result.contains(sha), qPrintable(result));
            QVERIFY(f.path.contains(QStringLiteral("gdpr-2026-07-10-2026-08-10")));
            const auto event = reader.event(f.recordedSeq);
            QVERIFY(event);
            QCOMPARE(event->record.type, AuditEventType::DataExported);
            QCOMPARE(event->record.details.value(QStringLiteral("sha256")).toString(), sha);
        }
        // July 10 to August 9 inclusive (31 days), one event every three hours.
        QVERIFY(result.contains(QStringLiteral("%1 events").arg(31 * 8)));
    }

    void refusedForAnalyst()
    {
        const Session analyst = sessionAs(Role::Analyst, 3);
        ReportDialog dialog(*m_store, *m_log, analyst, m_clock);
        dialog.show();
        const QString out = m_dir.filePath(QStringLiteral("refused"));
        QVERIFY(QDir().mkpath(out));
        dialog.setFolder(out);
        const qint64 before = m_log->size();
        bool sawMessage = false;
        QTimer::singleShot(0, this, [&] {
            if (QWidget* modal = QApplication::activeModalWidget()) {
                sawMessage = true;
                modal->close();
            }
        });
        QTest::mouseClick(child<QPushButton>(dialog, "generateButton"), Qt::LeftButton);
        QVERIFY(sawMessage);
        QVERIFY(!dialog.isRunning());
        QVERIFY(dialog.files().isEmpty());
        QVERIFY(QDir(out).entryList(QDir::Files).isEmpty());
        // The refusal itself is in the trail.
        QCOMPARE(m_log->size(), before + 1);
        const AuditReader reader(*m_store, sessionAs(Role::Administrator, 1));
        QCOMPARE(reader.event(before + 1)->record.outcome, AuditOutcome::Denied);
    }
};

QTEST_MAIN(TestGuiReport)
#include "TestGuiReport.moc"
