// geoconsole_bench: measures what the console's start-up and the demo
// generator cost on this machine, on a store of realistic size. Prints plain
// "name: value" lines; docs/benchmarks.md records the figures.

#include "demo/DemoGenerator.h"
#include "store/Store.h"
#include "store/StoreError.h"
#include "tenancy/SqliteTenantRepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QThread>

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

namespace {

constexpr int kRepeats = 5;

void line(const QString& text)
{
    std::printf("%s\n", text.toUtf8().constData());
    std::fflush(stdout);
}

QString ms(double v)
{
    return QString::number(v, 'f', 1) + QStringLiteral(" ms");
}

/// CPU seconds of the calling thread: unlike wall time, it does not count the
/// time this 2-core machine spends on other processes.
double threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double processCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()).section(u' ', 0, 2) : QString();
}

/// Drops the store's pages from the OS page cache (this file only), so the
/// next open reads from disk as after a reboot.
bool evictFromPageCache(const QString& path)
{
    bool ok = true;
    for (const QString& file : QStringList { path, path + QStringLiteral("-wal") }) {
        const int fd = ::open(QFile::encodeName(file).constData(), O_RDONLY);
        if (fd < 0)
            continue;
        ok &= ::fdatasync(fd) == 0 && ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED) == 0;
        ::close(fd);
    }
    return ok;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

qint64 todayStartSecs()
{
    return QDate(1970, 1, 1).daysTo(QDateTime::currentDateTimeUtc().date()) * 86'400;
}

qint64 storeBytes(const QString& path)
{
    qint64 total = QFileInfo(path).size();
    for (const char* suffix : { "-wal", "-shm" })
        total += QFileInfo(path + QLatin1String(suffix)).size();
    return total;
}

void generate(const QString& path, const gc::DemoOptions& options)
{
    auto store = gc::Store::open(path);
    struct Stage
    {
        QString name;
        double wallMs;
        double cpuMs;
    };
    QElapsedTimer total;
    QElapsedTimer stageTimer;
    QString stage;
    double stageCpu = threadCpuMs();
    std::vector<Stage> stages;
    const double processCpuStart = processCpuMs();
    total.start();
    stageTimer.start();
    gc::DemoGenerator::generate(*store, options, [&](int, const QString& s) {
        if (s != stage) {
            if (!stage.isEmpty())
                stages.push_back(
                    { stage, double(stageTimer.nsecsElapsed()) / 1e6, threadCpuMs() - stageCpu });
            stage = s;
            stageTimer.restart();
            stageCpu = threadCpuMs();
        }
        return true;
    });
    stages.push_back({ stage + QStringLiteral(" + commit + checkpoint"),
        double(stageTimer.nsecsElapsed()) / 1e6, threadCpuMs() - stageCpu });
    const double totalMs = double(total.nsecsElapsed()) / 1e6;
    const double totalCpuMs = processCpuMs() - processCpuStart;
    store.reset();

    line(QStringLiteral("generation total: %1 wall, %2 CPU (all threads)").arg(ms(totalMs), ms(totalCpuMs)));
    double predictionsMs = 0;
    double predictionsCpuMs = 0;
    for (const Stage& s : stages) {
        line(QStringLiteral("  stage %1: %2 wall, %3 CPU").arg(s.name, ms(s.wallMs), ms(s.cpuMs)));
        if (s.name == QLatin1String("Writing predictions")) {
            predictionsMs = s.wallMs;
            predictionsCpuMs = s.cpuMs;
        }
    }
    const auto rate
        = [&](double msTaken) { return qint64(double(options.predictions) / (msTaken / 1000.0)); };
    if (predictionsMs > 0)
        line(QStringLiteral("prediction rows/s, writing stage: %1 by wall time, %2 by CPU time")
                 .arg(rate(predictionsMs))
                 .arg(rate(predictionsCpuMs)));
    line(QStringLiteral("prediction rows/s, whole generation: %1 by wall time").arg(rate(totalMs)));
    line(QStringLiteral("store size: %1 MB").arg(double(storeBytes(path)) / 1e6, 0, 'f', 1));
}

void measureOpen(const QString& path)
{
    const qint64 today = todayStartSecs();
    std::vector<double> openMs;
    std::vector<double> listMs;
    std::vector<double> bothMs;
    qsizetype tenants = 0;
    const bool cold = evictFromPageCache(path);
    for (int i = 0; i < kRepeats; ++i) {
        QElapsedTimer t;
        t.start();
        auto store = gc::Store::open(path, gc::Store::Options { gc::Database::kBusyTimeoutMs, false });
        const double opened = double(t.nsecsElapsed()) / 1e6;
        const gc::SqliteTenantRepository repo(store->db());
        const auto list = repo.listSummaries(today);
        const double both = double(t.nsecsElapsed()) / 1e6;
        tenants = list.size();
        openMs.push_back(opened);
        listMs.push_back(both - opened);
        bothMs.push_back(both);
        if (i == 0)
            line(QStringLiteral("first open + tenant list%1: %2 (Store::open %3, listSummaries %4)")
                     .arg(cold ? QStringLiteral(" (store evicted from the page cache)") : QString(), ms(both),
                         ms(opened), ms(both - opened)));
        if (i == 0) {
            QElapsedTimer c;
            c.start();
            const auto n = store->db().scalarInt("SELECT count(*) FROM tenants");
            line(QStringLiteral("raw SELECT count(*) FROM tenants (%1): %2")
                     .arg(n)
                     .arg(ms(double(c.nsecsElapsed()) / 1e6)));
        }
    }
    line(QStringLiteral("tenants listed: %1").arg(tenants));
    line(QStringLiteral("Store::open median of %1: %2").arg(kRepeats).arg(ms(median(openMs))));
    line(QStringLiteral("listSummaries median of %1: %2").arg(kRepeats).arg(ms(median(listMs))));
    line(QStringLiteral("open + tenant list median of %1: %2").arg(kRepeats).arg(ms(median(bothMs))));
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("geoconsole_bench"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Measures store open, tenant list and demo generation times."));
    parser.addHelpOption();
    const QCommandLineOption tenantsOpt(QStringLiteral("tenants"), QStringLiteral("Tenants to generate."),
        QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption predictionsOpt(QStringLiteral("predictions"),
        QStringLiteral("Predictions to generate."), QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption daysOpt(
        QStringLiteral("days"), QStringLiteral("Days of data."), QStringLiteral("N"), QStringLiteral("90"));
    const QCommandLineOption keepOpt(QStringLiteral("keep"),
        QStringLiteral("Keep the store at PATH. If PATH already exists, it is only "
                       "opened and measured, not generated."),
        QStringLiteral("PATH"));
    parser.addOptions({ tenantsOpt, predictionsOpt, daysOpt, keepOpt });
    parser.process(app);

    gc::DemoOptions options;
    bool ok = true;
    bool allOk = true;
    options.tenants = parser.value(tenantsOpt).toInt(&ok);
    allOk &= ok;
    options.predictions = parser.value(predictionsOpt).toLongLong(&ok);
    allOk &= ok;
    options.days = parser.value(daysOpt).toInt(&ok);
    allOk &= ok;
    // These figures are for tenants and predictions; the demo's audit history
    // is measured on its own (docs/benchmarks.md, `geoconsole demo --audit-events`).
    options.auditEvents = 0;
    if (!allOk) {
        std::fprintf(stderr, "--tenants, --predictions and --days take whole numbers\n");
        return 2;
    }

    QTemporaryDir tmp;
    const QString path = parser.isSet(keepOpt) ? QFileInfo(parser.value(keepOpt)).absoluteFilePath()
                                               : QDir(tmp.path()).filePath(QStringLiteral("bench.sqlite3"));
    try {
        line(QStringLiteral("date: %1").arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate)));
        line(QStringLiteral("cpu cores: %1").arg(QThread::idealThreadCount()));
        line(QStringLiteral("load average before: %1").arg(loadAverage()));
        line(QStringLiteral("store: %1").arg(path));
        if (QFileInfo::exists(path)) {
            line(QStringLiteral("generation: skipped (store exists)"));
        } else {
            line(QStringLiteral("generating: tenants=%1 predictions=%2 days=%3")
                     .arg(options.tenants)
                     .arg(options.predictions)
                     .arg(options.days));
            generate(path, options);
        }
        measureOpen(path);
        line(QStringLiteral("load average after: %1").arg(loadAverage()));
    } catch (const gc::StoreError& e) {
        std::fprintf(stderr, "store error: %s (%s)\n", e.message().toUtf8().constData(),
            e.detail().toUtf8().constData());
        return 1;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "error: %s\n", e.what());
        return 1;
    }
    return 0;
}
