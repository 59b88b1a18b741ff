// Shared by the export engine's model tests: a small demo store, sessions of
// each demo role, and writer doubles that record what the engine hands them.
#pragma once

#include "audit/AuditLog.h"
#include "auth/Session.h"
#include "core/Clock.h"
#include "demo/DemoGenerator.h"
#include "export/ExportFile.h"
#include "export/ExportWriter.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <QList>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QVariant>

#include <charconv>
#include <functional>
#include <memory>

namespace gc::test {

/// One cell as the test compares it: null → invalid QVariant, timestamps as
/// "@<ms>" strings, text as QString.
inline QVariant cellValue(const ExportCell& c)
{
    switch (c.kind) {
    case ExportCell::Kind::Null:
        return {};
    case ExportCell::Kind::Integer:
        return QVariant::fromValue<qint64>(c.integer);
    case ExportCell::Kind::Double:
        return c.real;
    case ExportCell::Kind::Boolean:
        return c.boolean;
    case ExportCell::Kind::Text:
        return QString::fromUtf8(c.text.data(), qsizetype(c.text.size()));
    case ExportCell::Kind::Timestamp:
        return QStringLiteral("@%1").arg(c.integer);
    }
    return {};
}

/// What every writer double made shares with the test.
struct Recording
{
    QList<QVariantList> rows;
    ExportColumns columns;
    QStringList paths;
    int begun = 0;
    int finished = 0;
    /// Throws StoreError(Io) from writeRow once this many rows were written (-1: never).
    qint64 failAfter = -1;
    /// Called after each row (e.g. to cancel the job mid-way).
    std::function<void(qint64)> onRow;
};

/// Writes one line per row ("a|b|c\n", NULL as \N) through ExportFile, and
/// records every row, so both the file and the values can be checked.
class RecordingWriter final : public ExportWriter
{
public:
    explicit RecordingWriter(Recording& r)
        : m_r(r)
    { }
    void begin(const QString& path, const ExportColumns& columns, const QString&) override
    {
        m_file.open(path);
        m_r.columns = columns;
        m_r.paths << path;
        ++m_r.begun;
        for (const ExportColumn& c : columns)
            m_file.write(c.name.toStdString() + '|');
        m_file.put('\n');
    }
    void writeRow(std::span<const ExportCell> row) override
    {
        if (m_r.failAfter >= 0 && m_r.rows.size() >= m_r.failAfter)
            throw StoreError(StoreError::Kind::Io, QStringLiteral("the test writer fails on purpose"));
        QVariantList values;
        for (const ExportCell& c : row) {
            values << cellValue(c);
            char buf[64];
            switch (c.kind) {
            case ExportCell::Kind::Null:
                m_file.write("\\N");
                break;
            case ExportCell::Kind::Integer:
            case ExportCell::Kind::Timestamp:
                m_file.write(
                    std::string_view(buf, std::size_t(std::to_chars(buf, buf + 64, c.integer).ptr - buf)));
                break;
            case ExportCell::Kind::Double:
                m_file.write(
                    std::string_view(buf, std::size_t(std::to_chars(buf, buf + 64, c.real).ptr - buf)));
                break;
            case ExportCell::Kind::Boolean:
                m_file.write(c.boolean ? "true" : "false");
                break;
            case ExportCell::Kind::Text:
                m_file.write(c.text);
                break;
            }
            m_file.put('|');
        }
        m_file.put('\n');
        m_r.rows << values;
        if (m_r.onRow)
            m_r.onRow(m_r.rows.size());
    }
    void finish() override
    {
        m_file.close();
        ++m_r.finished;
    }
    [[nodiscard]] qint64 bytesWritten() const override { return m_file.size(); }
    [[nodiscard]] QString extension() const override { return QStringLiteral("txt"); }

private:
    Recording& m_r;
    ExportFile m_file;
};

inline std::function<std::unique_ptr<ExportWriter>(const ExportOptions&)> recordingFactory(Recording& r)
{
    return [&r](const ExportOptions&) { return std::make_unique<RecordingWriter>(r); };
}

/// A session of a demo role without signing in (no password hashing needed).
inline Session sessionAs(Role role, const QString& username)
{
    Operator op;
    op.id = 1;
    op.username = username;
    op.displayName = username;
    op.role = role;
    return Session(op);
}

/// A small demo store: 3 tenants, 2 days, 600 predictions, 400 audit events.
inline void makeDemoStore(const QString& path)
{
    auto store = Store::open(path);
    DemoOptions o;
    o.tenants = 3;
    o.days = 2;
    o.predictions = 600;
    o.auditEvents = 400;
    o.endDay = QDate(2026, 11, 26);
    o.auditKeyPath = path + QStringLiteral(".key.pem");
    DemoGenerator::generate(*store, o);
}

/// Makes the demo store at `path`, opens it into `store` and returns its audit log.
inline std::unique_ptr<AuditLog> openDemoStore(
    const QString& path, std::unique_ptr<Store>& store, const Clock& clock)
{
    makeDemoStore(path);
    store = Store::open(path);
    AuditSigningConfig signing;
    signing.keyPath = path + QStringLiteral(".key.pem");
    return std::make_unique<AuditLog>(*store, clock, signing);
}

/// The demo store an engine test works on, with its clock and audit log.
struct DemoFixture
{
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<Store> store;
    ManualClock clock { QDateTime(QDate(2026, 11, 27), QTime(8, 0), Qt::UTC) };
    std::unique_ptr<AuditLog> log;

    /// Makes the demo store in `dir` (from initTestCase).
    void open()
    {
        path = dir.filePath(QStringLiteral("store.sqlite3"));
        log = openDemoStore(path, store, clock);
    }
};

} // namespace gc::test
