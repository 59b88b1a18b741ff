// Exporting what a pane shows: the item model → typed columns and cells
// conversion (types, order, hidden columns, a proxy's sort and filter, an
// empty model), and the job: CSV and JSON read back, nothing left behind on a
// failure, the DataExported event with the row count and the file's SHA-256.
#include "../engine/ExportTestSupport.h"

#include "audit/AuditReader.h"
#include "core/DomainError.h"
#include "export/ExportRequest.h"
#include "export/ExportTableJob.h"
#include "export/ExportTableSnapshot.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTest>
#include <QXmlStreamReader>

using namespace gc;

namespace {

constexpr int kSecondsRole = Qt::UserRole + 7;

const QDateTime kCreated(QDate(2026, 11, 2), QTime(9, 30, 15, 250), Qt::UTC);

/// name, users, ratio, active, created, day, note (mixed), empty — three rows.
std::unique_ptr<QStandardItemModel> makeModel()
{
    auto m = std::make_unique<QStandardItemModel>(0, 8);
    m->setHorizontalHeaderLabels({ QStringLiteral("Name"), QStringLiteral("Active users"), QStringLiteral("Ratio"),
        QStringLiteral("Active"), QStringLiteral("Created"), QStringLiteral("Day"), QStringLiteral("Note"),
        QStringLiteral("Empty") });
    struct Row
    {
        const char* name;
        qint64 users;
        double ratio;
        bool active;
        int days;
        QVariant note;
    };
    const QList<Row> rows { { "Acme Air", 12, 0.5, true, 0, QVariant(7) },
        { "Blue Sky", 3, 1.25, false, 1, QVariant(QStringLiteral("=HYPERLINK(\"x\")")) },
        { "Çà et là, \"quoted\"", 40, -2.0, true, 2, QVariant() } };
    for (const Row& r : rows) {
        QList<QStandardItem*> items;
        for (int c = 0; c < 8; ++c)
            items << new QStandardItem;
        items[0]->setData(QString::fromUtf8(r.name), Qt::DisplayRole);
        items[1]->setData(r.users, Qt::DisplayRole);
        items[1]->setData(r.users * 10, kSecondsRole);
        items[2]->setData(r.ratio, Qt::DisplayRole);
        items[3]->setData(r.active, Qt::DisplayRole);
        items[4]->setData(kCreated.addDays(r.days), Qt::DisplayRole);
        items[4]->setData(kCreated.addDays(r.days).toSecsSinceEpoch(), kSecondsRole);
        items[5]->setData(QDate(2026, 11, 20 + r.days), Qt::DisplayRole);
        if (r.note.isValid())
            items[6]->setData(r.note, Qt::DisplayRole);
        m->appendRow(items);
    }
    return m;
}

ExportTableColumn col(int column, const QString& name = {}, int role = -1, std::optional<ExportType> type = {},
    qint64 unitMs = 1)
{
    ExportTableColumn c;
    c.column = column;
    c.name = name;
    c.role = role;
    c.type = type;
    c.timestampUnitMs = unitMs;
    return c;
}

QList<ExportTableColumn> allColumns(int n)
{
    QList<ExportTableColumn> out;
    for (int c = 0; c < n; ++c)
        out << col(c);
    return out;
}

QList<QVariantList> cells(const ExportTableSnapshot& s)
{
    QList<QVariantList> out;
    for (qsizetype r = 0; r < s.rowCount(); ++r) {
        QVariantList row;
        for (const ExportCell& c : s.row(r))
            row << test::cellValue(c);
        out << row;
    }
    return out;
}

QStringList names(const ExportColumns& columns)
{
    QStringList out;
    for (const ExportColumn& c : columns)
        out << c.name;
    return out;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList filesIn(const QString& dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

/// A writer that fails after `after` rows, through the real CSV writer's file.
class FailingWriter final : public ExportWriter
{
public:
    explicit FailingWriter(int after)
        : m_inner(makeExportWriter(ExportOptions {}))
        , m_after(after)
    { }
    void begin(const QString& path, const ExportColumns& columns, const QString& source) override
    {
        m_inner->begin(path, columns, source);
    }
    void writeRow(std::span<const ExportCell> row) override
    {
        if (m_rows++ == m_after)
            throw StoreError(StoreError::Kind::Io, QStringLiteral("the test writer fails on purpose"));
        m_inner->writeRow(row);
    }
    void finish() override { m_inner->finish(); }
    [[nodiscard]] qint64 bytesWritten() const override { return m_inner->bytesWritten(); }
    [[nodiscard]] QString extension() const override { return m_inner->extension(); }

private:
    std::unique_ptr<ExportWriter> m_inner;
    int m_after;
    int m_rows = 0;
};

} // namespace

class TestExportTable : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    ManualClock m_clock { QDateTime(QDate(2026, 11, 27), QTime(8, 0), Qt::UTC) };
    std::unique_ptr<AuditLog> m_log;
    Session m_analyst = test::sessionAs(Role::Analyst, QStringLiteral("analyst"));
    QString m_out;

    AuditRecord lastEvent() const
    {
        AuditReader reader(*m_store, test::sessionAs(Role::Auditor, QStringLiteral("auditor")));
        return reader.event(reader.lastSeq())->record;
    }

    ExportTableSnapshot threeColumns() const
    {
        auto model = makeModel();
        return ExportTableSnapshot::take(*model, { col(0), col(1), col(4) });
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = Store::open(m_dir.filePath(QStringLiteral("store.sqlite3")));
        m_log = std::make_unique<AuditLog>(*m_store, m_clock);
    }

    void init()
    {
        static int n = 0;
        m_out = m_dir.filePath(QStringLiteral("out%1").arg(++n));
        QVERIFY(QDir().mkpath(m_out));
    }

    void typesFollowTheValues()
    {
        auto model = makeModel();
        const ExportTableSnapshot s = ExportTableSnapshot::take(*model, allColumns(8));
        QCOMPARE(names(s.columns()),
            QStringList({ QStringLiteral("name"), QStringLiteral("active_users"), QStringLiteral("ratio"),
                QStringLiteral("active"), QStringLiteral("created"), QStringLiteral("day"), QStringLiteral("note"),
                QStringLiteral("empty") }));
        const QList<ExportType> types { ExportType::Text, ExportType::Integer, ExportType::Double, ExportType::Boolean,
            ExportType::Timestamp, ExportType::Timestamp, ExportType::Text, ExportType::Text };
        for (int c = 0; c < types.size(); ++c)
            QCOMPARE(s.columns().at(c).type, types.at(c));
        QCOMPARE(s.columns().at(1).label, QStringLiteral("Active users"));
        // Only a column with a NULL is nullable.
        QVERIFY(!s.columns().at(0).nullable);
        QVERIFY(s.columns().at(6).nullable);
        QVERIFY(s.columns().at(7).nullable);
        QCOMPARE(s.rowCount(), 3);
        const QList<QVariantList> got = cells(s);
        QCOMPARE(got.at(0),
            QVariantList({ QStringLiteral("Acme Air"), QVariant::fromValue<qint64>(12), 0.5, true,
                QStringLiteral("@%1").arg(kCreated.toMSecsSinceEpoch()),
                QStringLiteral("@%1").arg(QDateTime(QDate(2026, 11, 20), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch()),
                QStringLiteral("7"), QVariant() }));
        QCOMPARE(got.at(1).at(6), QVariant(QStringLiteral("=HYPERLINK(\"x\")")));
        QCOMPARE(got.at(2).at(0), QVariant(QStringLiteral("Çà et là, \"quoted\"")));
        QCOMPARE(got.at(2).at(2), QVariant(-2.0));
        QCOMPARE(got.at(2).at(6), QVariant());
    }

    void columnsInTheGivenOrderOnly()
    {
        auto model = makeModel();
        // As a view with moved and hidden sections hands them: header order, visible only.
        const ExportTableSnapshot s = ExportTableSnapshot::take(*model, { col(3), col(0) });
        QCOMPARE(names(s.columns()), QStringList({ QStringLiteral("active"), QStringLiteral("name") }));
        QCOMPARE(cells(s).at(1), QVariantList({ false, QStringLiteral("Blue Sky") }));
        QCOMPARE(s.row(0).size(), std::size_t(2));
    }

    void namesAreIdentifiers()
    {
        QCOMPARE(ExportTableSnapshot::columnName(QStringLiteral("Last sign-in")), QStringLiteral("last_sign_in"));
        QCOMPARE(ExportTableSnapshot::columnName(QStringLiteral("Créé le")), QStringLiteral("cree_le"));
        QCOMPARE(ExportTableSnapshot::columnName(QStringLiteral("  Requests Today ")), QStringLiteral("requests_today"));
        QCOMPARE(ExportTableSnapshot::columnName(QStringLiteral("30 days")), QStringLiteral("_30_days"));
        QCOMPARE(ExportTableSnapshot::columnName(QStringLiteral("—")), QString());

        QStandardItemModel model(1, 4);
        model.setHorizontalHeaderLabels(
            { QStringLiteral("Name"), QStringLiteral("name"), QStringLiteral("—"), QStringLiteral("ID") });
        QList<ExportTableColumn> columns = allColumns(4);
        columns[3].name = QStringLiteral("alert_id");
        const ExportTableSnapshot s = ExportTableSnapshot::take(model, columns);
        QCOMPARE(names(s.columns()),
            QStringList({ QStringLiteral("name"), QStringLiteral("name_2"), QStringLiteral("column_3"),
                QStringLiteral("alert_id") }));
    }

    void proxyOrderAndFilter()
    {
        auto model = makeModel();
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(model.get());
        proxy.sort(1, Qt::DescendingOrder); // active users: 40, 12, 3
        ExportTableSnapshot s = ExportTableSnapshot::take(proxy, allColumns(2));
        QCOMPARE(cells(s).at(0).at(1), QVariant::fromValue<qint64>(40));
        QCOMPARE(cells(s).at(2).at(1), QVariant::fromValue<qint64>(3));
        proxy.setFilterKeyColumn(0);
        proxy.setFilterRegularExpression(QStringLiteral("Air|là")); // not "Blue Sky"
        s = ExportTableSnapshot::take(proxy, allColumns(2));
        QCOMPARE(s.rowCount(), 2);
        QCOMPARE(cells(s).at(0).at(1), QVariant::fromValue<qint64>(40));
        QCOMPARE(cells(s).at(1).at(0), QVariant(QStringLiteral("Acme Air")));
        // Rows a view hides are left out by the caller: only the rows given, in that order.
        s = ExportTableSnapshot::take(*model, allColumns(1), QList<int> { 2, 0 });
        QCOMPARE(cells(s), QList<QVariantList>({ { QStringLiteral("Çà et là, \"quoted\"") }, { QStringLiteral("Acme Air") } }));
    }

    void emptyModel()
    {
        auto model = makeModel();
        model->removeRows(0, model->rowCount());
        const ExportTableSnapshot s = ExportTableSnapshot::take(*model, allColumns(8));
        QCOMPARE(s.rowCount(), 0);
        QCOMPARE(s.columns().size(), 8);
        QCOMPARE(s.columns().at(1).type, ExportType::Text); // nothing to infer from
        QVERIFY_THROWS_EXCEPTION(DomainError, ExportTableSnapshot::take(*model, {}));
        QVERIFY_THROWS_EXCEPTION(DomainError, ExportTableSnapshot::take(*model, { col(8) }));
    }

    void givenRoleAndType()
    {
        auto model = makeModel();
        // A model that keeps the typed value in a role of its own (seconds since the epoch).
        const ExportTableSnapshot s = ExportTableSnapshot::take(*model,
            { col(4, QStringLiteral("created_at"), kSecondsRole, ExportType::Timestamp, 1000),
                col(1, {}, kSecondsRole), col(0, {}, -1, ExportType::Text) });
        QCOMPARE(s.columns().at(0).type, ExportType::Timestamp);
        QCOMPARE(cells(s).at(0).at(0), QVariant(QStringLiteral("@%1").arg(kCreated.toSecsSinceEpoch() * 1000)));
        QCOMPARE(cells(s).at(1).at(1), QVariant::fromValue<qint64>(30));
        // Text that reads as the given type is converted; text that does not is refused with its place.
        QStandardItemModel text(2, 1);
        text.setHorizontalHeaderLabels({ QStringLiteral("Count") });
        text.setData(text.index(0, 0), QStringLiteral("12"));
        text.setData(text.index(1, 0), QStringLiteral("twelve"));
        try {
            (void)ExportTableSnapshot::take(text, { col(0, {}, -1, ExportType::Integer) });
            QFAIL("\"twelve\" became an integer");
        } catch (const DomainError& e) {
            QCOMPARE(e.kind(), DomainError::Kind::Invalid);
            QVERIFY2(e.message().contains(QStringLiteral("2")) && e.message().contains(QStringLiteral("count")),
                qPrintable(e.message()));
        }
        text.setData(text.index(1, 0), QStringLiteral(" -4 "));
        QCOMPARE(cells(ExportTableSnapshot::take(text, { col(0, {}, -1, ExportType::Integer) })),
            QList<QVariantList>({ { QVariant::fromValue<qint64>(12) }, { QVariant::fromValue<qint64>(-4) } }));
    }

    void csvReadBack()
    {
        const QString dest = m_out + QStringLiteral("/tenants.csv");
        ExportTableJob job(*m_store, *m_log, m_analyst, QStringLiteral("tenants"), ExportOptions {}, dest);
        const ExportResult result = job.run(threeColumns());
        QCOMPARE(result.rows, qint64(3));
        QCOMPARE(filesIn(m_out), QStringList { QStringLiteral("tenants.csv") });
        QCOMPARE(QString::fromUtf8(readAll(dest)),
            QStringLiteral("name,active_users,created\r\n"
                           "Acme Air,12,2026-11-02T09:30:15.250Z\r\n"
                           "Blue Sky,3,2026-11-03T09:30:15.250Z\r\n"
                           "\"Çà et là, \"\"quoted\"\"\",40,2026-11-04T09:30:15.250Z\r\n"));
    }

    void jsonReadBackAndTheEvent()
    {
        const QString dest = m_out + QStringLiteral("/keys.json");
        ExportOptions options;
        options.format = ExportFormat::Json;
        auto model = makeModel();
        const ExportTableSnapshot rows = ExportTableSnapshot::take(*model, allColumns(8));
        ExportTableJob job(*m_store, *m_log, m_analyst, QStringLiteral("api_keys"), options, dest, TenantId { 7 });
        const ExportResult result = job.run(rows);

        const QByteArray bytes = readAll(dest);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonArray array = doc.array();
        QCOMPARE(array.size(), 3);
        const QJsonObject first = array.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("name")).toString(), QStringLiteral("Acme Air"));
        QVERIFY(first.value(QStringLiteral("active_users")).isDouble());
        QCOMPARE(first.value(QStringLiteral("active_users")).toInteger(), qint64(12));
        QCOMPARE(first.value(QStringLiteral("ratio")).toDouble(), 0.5);
        QCOMPARE(first.value(QStringLiteral("active")), QJsonValue(true));
        QCOMPARE(first.value(QStringLiteral("created")).toString(), QStringLiteral("2026-11-02T09:30:15.250Z"));
        QCOMPARE(first.value(QStringLiteral("day")).toString(), QStringLiteral("2026-11-20T00:00:00.000Z"));
        QCOMPARE(first.value(QStringLiteral("note")).toString(), QStringLiteral("7"));
        QVERIFY(first.value(QStringLiteral("empty")).isNull());
        QVERIFY(array.at(2).toObject().value(QStringLiteral("note")).isNull());

        QCOMPARE(result.sha256, QCryptographicHash::hash(bytes, QCryptographicHash::Sha256));
        QCOMPARE(result.bytes, qint64(bytes.size()));
        const AuditRecord e = lastEvent();
        QCOMPARE(e.sequence, result.auditSeq);
        QCOMPARE(e.type, AuditEventType::DataExported);
        QCOMPARE(e.outcome, AuditOutcome::Success);
        QCOMPARE(e.resource, QStringLiteral("export/table/api_keys"));
        QVERIFY(e.tenant.has_value());
        QCOMPARE(e.tenant->value, qint64(7));
        QCOMPARE(e.details.value(QStringLiteral("rows")).toInteger(), qint64(3));
        QCOMPARE(e.details.value(QStringLiteral("sha256")).toString(), QString::fromLatin1(result.sha256.toHex()));
        QCOMPARE(e.details.value(QStringLiteral("format")).toString(), QStringLiteral("json"));
        QCOMPARE(e.details.value(QStringLiteral("file")).toString(), QStringLiteral("keys.json"));
        QCOMPARE(e.details.value(QStringLiteral("table")).toString(), QStringLiteral("api_keys"));
        QCOMPARE(e.details.value(QStringLiteral("columns")).toArray().size(), 8);
        QCOMPARE(e.actorId, m_log->operatorActor(m_analyst.op()));
    }

    /// The XML document of a table: the export element names the table, a
    /// wrapper element named after it holds one <row> per row with one child
    /// per column (docs/export.md: not covered by the schema's source types).
    void xmlNamesTheTable()
    {
        const QString dest = m_out + QStringLiteral("/tenants.xml");
        ExportOptions options;
        options.format = ExportFormat::Xml;
        ExportTableJob(*m_store, *m_log, m_analyst, QStringLiteral("tenants"), options, dest).run(threeColumns());
        QXmlStreamReader xml(readAll(dest));
        QStringList path;
        QStringList seen;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement) {
                path << xml.name().toString();
                if (path.size() == 1) {
                    QCOMPARE(xml.namespaceUri().toString(), QStringLiteral("urn:geoclimate:export:1"));
                    QCOMPARE(xml.attributes().value(QStringLiteral("source")).toString(), QStringLiteral("tenants"));
                }
                if (path.size() <= 4 && !seen.contains(path.join(u'/')))
                    seen << path.join(u'/');
            } else if (xml.isEndElement()) {
                path.removeLast();
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(seen,
            QStringList({ QStringLiteral("export"), QStringLiteral("export/tenants"), QStringLiteral("export/tenants/row"),
                QStringLiteral("export/tenants/row/name"), QStringLiteral("export/tenants/row/active_users"),
                QStringLiteral("export/tenants/row/created") }));
    }

    /// Every writer takes a table's typed columns (NULLs, booleans, timestamps, doubles).
    void everyFormatWrites()
    {
        auto model = makeModel();
        const ExportTableSnapshot rows = ExportTableSnapshot::take(*model, allColumns(8));
        for (const QString& id : ExportRequest::formatIds()) {
            ExportOptions options;
            QVERIFY(ExportRequest::applyFormatId(id, options));
            const QString dest = m_out + QStringLiteral("/alerts.") + id;
            const ExportResult result
                = ExportTableJob(*m_store, *m_log, m_analyst, QStringLiteral("alerts"), options, dest).run(rows);
            QVERIFY2(result.bytes > 0, qPrintable(id));
            QCOMPARE(QFileInfo(dest).size(), result.bytes);
            QCOMPARE(lastEvent().details.value(QStringLiteral("format")).toString(), id);
        }
        QCOMPARE(filesIn(m_out).size(), ExportRequest::formatIds().size());
    }

    void emptyTableWritesTheHeader()
    {
        auto model = makeModel();
        model->removeRows(0, model->rowCount());
        const QString dest = m_out + QStringLiteral("/none.csv");
        ExportTableJob job(*m_store, *m_log, m_analyst, QStringLiteral("alerts"), ExportOptions {}, dest);
        QCOMPARE(job.run(ExportTableSnapshot::take(*model, allColumns(2))).rows, qint64(0));
        QCOMPARE(readAll(dest), QByteArray("name,active_users\r\n"));
        QCOMPARE(lastEvent().details.value(QStringLiteral("rows")).toInteger(), qint64(0));
    }

    void failuresLeaveNothing()
    {
        const qint64 events = m_log->size();
        // A folder nobody can create files in, not even root.
        try {
            ExportTableJob job(*m_store, *m_log, m_analyst, QStringLiteral("tenants"), ExportOptions {},
                QStringLiteral("/proc/geoconsole-table.csv"));
            job.run(threeColumns());
            QFAIL("wrote into /proc");
        } catch (const StoreError& e) {
            QCOMPARE(e.kind(), StoreError::Kind::ReadOnly);
            QVERIFY2(e.message().contains(QStringLiteral("/proc")), qPrintable(e.message()));
        }
        try {
            ExportTableJob job(*m_store, *m_log, m_analyst, QStringLiteral("tenants"), ExportOptions {},
                m_out + QStringLiteral("/missing/t.csv"));
            job.run(threeColumns());
            QFAIL("wrote into a missing folder");
        } catch (const StoreError& e) {
            QCOMPARE(e.kind(), StoreError::Kind::CannotOpen);
            QVERIFY2(e.message().contains(QStringLiteral("missing")), qPrintable(e.message()));
        }
        QVERIFY_THROWS_EXCEPTION(DomainError,
            ExportTableJob(*m_store, *m_log, m_analyst, QStringLiteral("tenants"), ExportOptions {}, m_out)
                .run(threeColumns()));

        // Failing halfway: the old file stays as it was, no temporary file is left.
        const QString dest = m_out + QStringLiteral("/t.csv");
        {
            QFile old(dest);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("yesterday\n");
        }
        ExportTableJob job(*m_store, *m_log, m_analyst, QStringLiteral("tenants"), ExportOptions {}, dest,
            std::nullopt, [](const ExportOptions&) { return std::make_unique<FailingWriter>(2); });
        try {
            job.run(threeColumns());
            QFAIL("the failing writer succeeded");
        } catch (const StoreError& e) {
            QVERIFY2(!e.message().contains(QStringLiteral(".partial-")), qPrintable(e.message()));
        }
        QCOMPARE(filesIn(m_out), QStringList { QStringLiteral("t.csv") });
        QCOMPARE(readAll(dest), QByteArray("yesterday\n"));
        // Unusable options fail before any file exists.
        ExportOptions bad;
        bad.csv.delimiter = QLatin1Char('"');
        QVERIFY_THROWS_EXCEPTION(DomainError,
            ExportTableJob(*m_store, *m_log, m_analyst, QStringLiteral("tenants"), bad,
                m_out + QStringLiteral("/bad.csv"))
                .run(threeColumns()));
        QCOMPARE(filesIn(m_out), QStringList { QStringLiteral("t.csv") });
        QCOMPARE(m_log->size(), events); // nothing was exported, nothing recorded
    }
};

QTEST_GUILESS_MAIN(TestExportTable)
#include "TestExportTable.moc"
