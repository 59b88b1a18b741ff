#include "export/ExportJob.h"

#include "audit/AuditLog.h"
#include "core/Clock.h"
#include "core/DomainError.h"
#include "export/ExportFile.h"
#include "export/ExportParquetPipeline.h"
#include "export/ExportSourcePrefetcher.h"
#include "export/ExportSourceReader.h"
#include "export/ParquetWriter.h"
#include "store/PseudonymSecret.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QStorageInfo>
#include <QTemporaryFile>
#include <QThread>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

#include <openssl/evp.h>
#include <zlib.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace gc {

namespace {

constexpr std::size_t kCopyBuffer = 1 << 20;
constexpr qint64 kProgressEveryMs = 100;

[[noreturn]] void ioError(const QString& path, int error)
{
    const bool full = error == ENOSPC || error == EDQUOT;
    const QString reason = QString::fromLocal8Bit(std::strerror(error));
    throw StoreError(full ? StoreError::Kind::DiskFull : StoreError::Kind::Io,
        full ? QCoreApplication::translate("gc::ExportJob", "The disk is full: “%1” could not be written.")
                   .arg(QDir::toNativeSeparators(path))
             : QCoreApplication::translate("gc::ExportJob", "“%1” could not be written: %2.")
                   .arg(QDir::toNativeSeparators(path), reason),
        reason);
}

/// SHA-256 of a file's bytes, read back in large blocks (OpenSSL uses the
/// CPU's SHA instructions: about 2 GB/s here, so the read-back costs little).
QByteArray sha256OfFile(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        ioError(path, errno);
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    EVP_DigestInit_ex(ctx, EVP_sha256(), nullptr);
    std::vector<char> buffer(kCopyBuffer);
    for (;;) {
        const ssize_t n = ::read(fd, buffer.data(), buffer.size());
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            const int error = errno;
            EVP_MD_CTX_free(ctx);
            ::close(fd);
            ioError(path, error);
        }
        if (n == 0)
            break;
        EVP_DigestUpdate(ctx, buffer.data(), std::size_t(n));
    }
    ::close(fd);
    QByteArray digest(32, Qt::Uninitialized);
    unsigned int len = 0;
    EVP_DigestFinal_ex(ctx, reinterpret_cast<unsigned char*>(digest.data()), &len);
    EVP_MD_CTX_free(ctx);
    return digest;
}

/// Compresses `from` into `to` as one gzip member (RFC 1952); returns the
/// SHA-256 of what it wrote.
QByteArray gzipFile(const QString& from, const QString& to)
{
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly))
        throw StoreError(StoreError::Kind::Io,
            QCoreApplication::translate("gc::ExportJob", "“%1” could not be read back: %2.")
                .arg(from, in.errorString()));
    ExportFile out;
    out.open(to);
    z_stream z {};
    // windowBits 15 + 16: a gzip header and trailer instead of zlib's.
    if (deflateInit2(&z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        throw StoreError(StoreError::Kind::Internal,
            QCoreApplication::translate("gc::ExportJob", "The gzip compressor could not be started."));
    std::vector<char> input(kCopyBuffer);
    std::vector<char> output(kCopyBuffer);
    int flush = Z_NO_FLUSH;
    do {
        const qint64 n = in.read(input.data(), qint64(input.size()));
        if (n < 0) {
            deflateEnd(&z);
            throw StoreError(StoreError::Kind::Io,
                QCoreApplication::translate("gc::ExportJob", "“%1” could not be read back: %2.")
                    .arg(from, in.errorString()));
        }
        flush = in.atEnd() || n == 0 ? Z_FINISH : Z_NO_FLUSH;
        z.next_in = reinterpret_cast<Bytef*>(input.data());
        z.avail_in = uInt(n);
        do {
            z.next_out = reinterpret_cast<Bytef*>(output.data());
            z.avail_out = uInt(output.size());
            deflate(&z, flush);
            try {
                out.write(std::string_view(output.data(), output.size() - z.avail_out));
            } catch (...) {
                deflateEnd(&z);
                throw;
            }
        } while (z.avail_out == 0);
    } while (flush != Z_FINISH);
    deflateEnd(&z);
    out.close();
    return out.sha256();
}

/// Permissions of a file created normally (0666 less the umask): temporary
/// files are made 0600, and the export should not stay private by accident.
void makeOrdinary(const QString& path)
{
    const mode_t mask = ::umask(0);
    ::umask(mask);
    ::chmod(QFile::encodeName(path).constData(), 0666 & ~mask);
}

/// QuaZip reports a failed write without errno: a folder with (almost) no
/// space left is taken as a full disk.
int zipErrno(const QString& path)
{
    const QStorageInfo storage(QFileInfo(path).absolutePath());
    return storage.isValid() && storage.bytesAvailable() < (1 << 20) ? ENOSPC : EIO;
}

void syncFolder(const QString& dir)
{
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

QString sortText(const std::optional<ExportSort>& sort)
{
    if (!sort)
        return {};
    return sort->column + (sort->descending ? QStringLiteral(":desc") : QString());
}

/// Refuses a destination that names no file.
void checkDestination(const QString& destination)
{
    const auto invalid = [](const QString& message) {
        throw DomainError(DomainError::Kind::Invalid, message, QStringLiteral("destination"));
    };
    if (destination.trimmed().isEmpty())
        invalid(QCoreApplication::translate("gc::ExportJob", "The export needs a destination file."));
    if (QFileInfo(destination).isDir())
        invalid(QCoreApplication::translate("gc::ExportJob", "“%1” is a folder: the export needs a file name.")
                    .arg(destination));
}

/// The destination's folder; CannotOpen when it does not exist.
QString existingFolder(const QFileInfo& destination)
{
    const QString dir = destination.absoluteDir().absolutePath();
    if (!QFileInfo(dir).isDir())
        throw StoreError(StoreError::Kind::CannotOpen,
            QCoreApplication::translate("gc::ExportJob", "The folder “%1” does not exist.")
                .arg(QDir::toNativeSeparators(dir)));
    return dir;
}

/// `e` with the temporary files' names replaced by the final ones: writers
/// name the file they were given, people know the final name.
StoreError namingFinalFiles(const StoreError& e)
{
    static const QRegularExpression temporary(QStringLiteral("/\\.([^/]+)\\.partial-[A-Za-z0-9]+"));
    QString message = e.message();
    message.replace(temporary, QStringLiteral("/\\1"));
    return StoreError(e.kind(), message, e.detail(), e.sqliteCode());
}

} // namespace

// ------------------------------------------------------------------ files

/// The files of one write(): temporary names while writing, final names
/// after commit(). Whatever was not committed is deleted on destruction, and
/// a commit that fails halfway removes what it already renamed.
class ExportJob::Files final
{
public:
    explicit Files(QString dir)
        : m_dir(std::move(dir))
    { }
    ~Files()
    {
        for (const QString& t : std::as_const(m_temps))
            QFile::remove(t);
        if (!m_committed)
            for (const QString& f : std::as_const(m_renamed))
                QFile::remove(f);
    }
    Q_DISABLE_COPY_MOVE(Files)

    /// A new empty file ".<finalName>.partial-XXXXXX" in the folder.
    QString temporary(const QString& finalName)
    {
        QTemporaryFile f(m_dir + QStringLiteral("/.") + finalName + QStringLiteral(".partial-XXXXXX"));
        f.setAutoRemove(false);
        if (!f.open()) {
            const int error = errno;
            const bool full = error == ENOSPC || error == EDQUOT;
            throw StoreError(full ? StoreError::Kind::DiskFull : StoreError::Kind::ReadOnly,
                full ? QCoreApplication::translate(
                    "gc::ExportJob", "The disk is full: nothing can be written in “%1”.")
                           .arg(QDir::toNativeSeparators(m_dir))
                     : QCoreApplication::translate("gc::ExportJob", "The folder “%1” cannot be written: %2.")
                           .arg(QDir::toNativeSeparators(m_dir), f.errorString()),
                f.errorString());
        }
        const QString path = f.fileName();
        m_temps << path;
        return path;
    }
    void discard(const QString& temp)
    {
        QFile::remove(temp);
        m_temps.removeAll(temp);
    }
    /// Queues `temp` to be renamed to `finalName` by commit().
    void keep(const QString& temp, const QString& finalName) { m_moves.append({ temp, path(finalName) }); }
    [[nodiscard]] QString path(const QString& name) const { return m_dir + QLatin1Char('/') + name; }

    /// Renames every kept file into place, in the order kept.
    QStringList commit()
    {
        QStringList finals;
        for (const auto& [temp, target] : std::as_const(m_moves)) {
            makeOrdinary(temp);
            if (::rename(QFile::encodeName(temp).constData(), QFile::encodeName(target).constData()) != 0)
                ioError(target, errno);
            m_temps.removeAll(temp);
            m_renamed << target;
            finals << target;
        }
        syncFolder(m_dir);
        m_committed = true;
        return finals;
    }

private:
    QString m_dir;
    QStringList m_temps;
    QList<QPair<QString, QString>> m_moves;
    QStringList m_renamed;
    bool m_committed = false;
};

// ------------------------------------------------------------------ job

ExportJob::ExportJob(Store& store, AuditLog& log, const Clock& clock, Session session, ExportRequest request,
    WriterFactory writerFactory)
    : m_store(store)
    , m_log(log)
    , m_clock(clock)
    , m_session(std::move(session))
    , m_request(std::move(request))
    , m_writerFactory(std::move(writerFactory))
    , m_threads(QThread::idealThreadCount() >= 2 ? 2 : 1)
{ }

ExportJob::~ExportJob() = default;

void ExportJob::cancel()
{
    m_cancel.store(true);
    std::lock_guard lock(m_interruptMutex);
    if (m_interrupt)
        m_interrupt();
}

void ExportJob::setInterrupt(std::function<void()> interrupt)
{
    std::lock_guard lock(m_interruptMutex);
    m_interrupt = std::move(interrupt);
    if (m_interrupt && m_cancel.load())
        m_interrupt();
}

void ExportJob::checkCancelled() const
{
    if (m_cancel.load())
        throw StoreError(StoreError::Kind::Interrupted,
            QCoreApplication::translate("gc::ExportJob", "The export was cancelled; no file was written."));
}

const ExportSourcePlan& ExportJob::prepare()
{
    if (m_plan)
        return *m_plan;
    try {
        m_plan = ExportSourcePlan::from(m_request, m_session);
    } catch (const DomainError& e) {
        if (e.kind() == DomainError::Kind::PermissionDenied) {
            AuditEventDraft d;
            m_log.attributeTo(d, m_session.op());
            d.type = AuditEventType::DataExported;
            d.outcome = AuditOutcome::Denied;
            d.resource = QStringLiteral("export/") + exportSource(m_request.source).name;
            d.details = QJsonObject { { QStringLiteral("reason"), QStringLiteral("permission") },
                { QStringLiteral("source"), exportSource(m_request.source).name },
                { QStringLiteral("clear_personal_data"), m_request.clearPersonalData } };
            m_store.transact([&] { m_log.append(d); });
        }
        throw;
    }
    const auto invalid = [](const QString& message, const QString& field) {
        throw DomainError(DomainError::Kind::Invalid, message, field);
    };
    checkDestination(m_request.destination);
    checkSplit(m_request);
    if (m_plan->columns.isEmpty())
        invalid(QCoreApplication::translate("gc::ExportJob", "The export has no columns."),
            QStringLiteral("columns"));
    // Only tenant users need the secret; reading it may create it, which
    // needs the writer connection, so it happens here and not in write().
    if (m_request.source == ExportSourceId::TenantUsers)
        m_pseudonymKey = PseudonymSecret::get(m_store);
    return *m_plan;
}

void ExportJob::checkSplit(const ExportRequest& request)
{
    const auto refuse = [](const QString& message) {
        throw DomainError(DomainError::Kind::Invalid, message, QStringLiteral("split"));
    };
    if (request.split.maxRows < 0 || request.split.maxBytes < 0)
        refuse(QCoreApplication::translate("gc::ExportJob", "A part's size limit cannot be negative."));
    if (request.split.maxBytes > 0 && request.split.maxBytes < 1024)
        refuse(QCoreApplication::translate("gc::ExportJob", "Parts must be allowed at least 1 KiB."));
    // libxlsxwriter assembles the workbook when it is closed, so a part's size
    // is unknown until then and a size limit would never start a new part.
    if (request.split.maxBytes > 0 && request.options.format == ExportFormat::Xlsx)
        refuse(QCoreApplication::translate("gc::ExportJob",
            "An XLSX file's size is known only once it is complete, so an XLSX export cannot be split by size. "
            "Split it by rows instead."));
}

ExportResult ExportJob::write(const Progress& progress)
{
    try {
        return writeFiles(progress);
    } catch (const StoreError& e) {
        // A cancel may surface as SQLite's own interruption: say it in our words.
        checkCancelled();
        throw namingFinalFiles(e);
    }
}

ExportResult ExportJob::writeFiles(const Progress& progress)
{
    const ExportSourcePlan& plan = prepare();
    QElapsedTimer elapsed;
    elapsed.start();
    checkCancelled();

    const QFileInfo destination(m_request.destination);
    const QString dir = existingFolder(destination);

    // The first writer tells the extension; each part gets a writer of its own.
    std::unique_ptr<ExportWriter> writer = m_writerFactory(m_request.options);
    const QString ext = writer->extension();
    const bool split = m_request.split.enabled();
    const bool zip = m_request.packaging == ExportPackaging::Zip;
    const bool gzip = m_request.packaging == ExportPackaging::Gzip;

    // The stem the parts and the manifest are named after: the destination's
    // name without ".zip"/".gz" and the format's extension.
    QString stem = destination.fileName();
    for (const QString& suffix :
        QStringList { QStringLiteral(".zip"), QStringLiteral(".gz"), QLatin1Char('.') + ext })
        if (stem.size() > suffix.size() && stem.endsWith(suffix, Qt::CaseInsensitive))
            stem.chop(suffix.size());
    const auto partName = [&](int index) {
        QString name = split ? stem + QStringLiteral(".part-%1.").arg(index, 4, 10, QLatin1Char('0')) + ext
                             : (zip ? stem + QLatin1Char('.') + ext : destination.fileName());
        if (gzip && !name.endsWith(QStringLiteral(".gz"), Qt::CaseInsensitive))
            name += QStringLiteral(".gz");
        return name;
    };
    const QString manifestName = stem + QStringLiteral(".manifest.json");

    Files files(dir);
    ExportResult result;
    result.manifest.created = m_clock.nowUtc();
    result.manifest.source = exportSource(plan.source).name;
    result.manifest.format = m_request.formatId();
    result.manifest.columns = plan.columns;
    for (const ExportCondition& c : m_request.filters)
        result.manifest.filters << c.toString();
    result.manifest.sort = sortText(plan.sort);
    result.manifest.clearPersonalData = plan.clearPersonalData;
    result.manifest.packaging = exportPackagingId(m_request.packaging);

    // Made first: a folder that cannot be written fails before the source is read.
    QString zipTemp;
    std::unique_ptr<QuaZip> archive;
    if (zip) {
        zipTemp = files.temporary(destination.fileName());
        archive = std::make_unique<QuaZip>(zipTemp);
        archive->setZip64Enabled(true);
        if (!archive->open(QuaZip::mdCreate))
            ioError(destination.absoluteFilePath(), zipErrno(zipTemp));
    }
    const auto addToZip = [&](const QString& entry, const QString& from) {
        QFile in(from);
        if (!in.open(QIODevice::ReadOnly))
            ioError(from, EIO);
        QuaZipFile out(archive.get());
        QuaZipNewInfo info(entry);
        info.dateTime = m_clock.nowUtc().toLocalTime();
        info.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
            | QFileDevice::ReadOther);
        if (!out.open(QIODevice::WriteOnly, info, nullptr, 0, Z_DEFLATED, Z_DEFAULT_COMPRESSION))
            ioError(destination.absoluteFilePath(), zipErrno(zipTemp));
        std::vector<char> buffer(kCopyBuffer);
        for (;;) {
            const qint64 n = in.read(buffer.data(), qint64(buffer.size()));
            if (n < 0)
                ioError(from, EIO);
            if (n == 0)
                break;
            if (out.write(buffer.data(), n) != n)
                ioError(destination.absoluteFilePath(), zipErrno(zipTemp));
        }
        out.close();
        if (out.getZipError() != ZIP_OK)
            ioError(destination.absoluteFilePath(), zipErrno(zipTemp));
    };

    // Parquet in key order, in one file: read and encode on two threads.
    std::unique_ptr<ExportParquetPipeline> pipeline;
    auto* parquet = dynamic_cast<ParquetWriter*>(writer.get());
    if (m_threads > 1 && parquet && !split)
        pipeline = ExportParquetPipeline::open(m_store, plan, m_pseudonymKey, m_request.options.parquet.rowGroupRows);
    std::unique_ptr<ExportSourceReader> reader;
    if (pipeline) {
        setInterrupt([p = pipeline.get()] { p->interrupt(); });
    } else {
        reader = ExportSourceReader::open(m_store, m_session, plan, m_pseudonymKey);
        if (m_threads > 1)
            reader = std::make_unique<ExportSourcePrefetcher>(std::move(reader));
        setInterrupt([r = reader.get()] { r->interrupt(); });
    }
    struct Unset
    {
        ExportJob* job;
        ~Unset() { job->setInterrupt({}); }
    } unset { this };

    ExportProgress state;
    state.totalRows = pipeline ? pipeline->count() : reader->count();
    const auto report = [&] {
        if (!progress)
            return;
        const double seconds = double(elapsed.nsecsElapsed()) / 1e9;
        state.rowsPerSecond = seconds > 0 ? double(state.rows) / seconds : 0;
        if (state.rowsPerSecond > 0 && state.rows > 0)
            state.etaMs = qint64(
                double(std::max<qint64>(state.totalRows - state.rows, 0)) / state.rowsPerSecond * 1000);
        progress(state);
    };
    report();

    const QString sourceName = exportSource(plan.source).name;
    qint64 bytesBefore = 0; // bytes of the finished parts
    int index = 0;
    QString partTemp;
    qint64 partRows = 0;
    const auto startPart = [&] {
        checkCancelled();
        ++index;
        state.part = index;
        if (index > 1)
            writer = m_writerFactory(m_request.options);
        partTemp = files.temporary(partName(index));
        partRows = 0;
        writer->begin(partTemp, plan.columns, sourceName);
    };
    const auto finishPart = [&] {
        writer->finish();
        ExportManifestPart part;
        part.file = partName(index);
        part.rows = partRows;
        bytesBefore += writer->bytesWritten();
        QString stored = partTemp;
        // Files written through ExportFile were hashed on the way out.
        part.sha256 = writer->sha256();
        if (gzip) {
            const QString gz = files.temporary(part.file);
            part.sha256 = gzipFile(partTemp, gz);
            files.discard(partTemp);
            stored = gz;
        }
        part.bytes = QFileInfo(stored).size();
        if (part.sha256.isEmpty())
            part.sha256 = sha256OfFile(stored);
        if (zip) {
            addToZip(part.file, stored);
            files.discard(stored);
        } else {
            files.keep(stored, part.file);
        }
        result.manifest.parts << part;
    };

    const qint64 maxRows = m_request.split.maxRows;
    const qint64 maxBytes = m_request.split.maxBytes;
    QElapsedTimer sinceReport;
    sinceReport.start();
    startPart();
    if (pipeline) {
        pipeline->run(*parquet, [&](qint64 rows) {
            partRows = state.rows = rows;
            checkCancelled();
            if (progress && sinceReport.elapsed() >= kProgressEveryMs) {
                sinceReport.restart();
                state.bytes = writer->bytesWritten();
                report();
            }
        });
    }
    qint64 sinceCheck = 0;
    while (reader && reader->next()) {
        if (partRows > 0
            && ((maxRows > 0 && partRows >= maxRows)
                || (maxBytes > 0 && writer->bytesWritten() >= maxBytes))) {
            finishPart();
            startPart();
        }
        writer->writeRow(reader->row());
        ++partRows;
        ++state.rows;
        if (++sinceCheck == kBatchRows) {
            sinceCheck = 0;
            checkCancelled();
            if (progress && sinceReport.elapsed() >= kProgressEveryMs) {
                sinceReport.restart();
                state.bytes = bytesBefore + writer->bytesWritten();
                report();
            }
        }
    }
    checkCancelled();
    finishPart();
    state.bytes = bytesBefore;
    reader.reset();
    pipeline.reset();

    const bool withManifest = split || zip;
    if (withManifest) {
        const QString manifestTemp = files.temporary(manifestName);
        {
            ExportFile out;
            out.open(manifestTemp);
            const QByteArray bytes = result.manifest.toBytes();
            out.write(std::string_view(bytes.constData(), std::size_t(bytes.size())));
            out.close();
        }
        if (zip) {
            addToZip(manifestName, manifestTemp);
            files.discard(manifestTemp);
        } else {
            files.keep(manifestTemp, manifestName);
        }
        result.manifestWritten = true;
    }
    if (zip) {
        archive->close();
        if (archive->getZipError() != ZIP_OK)
            ioError(destination.absoluteFilePath(), zipErrno(zipTemp));
        archive.reset();
        files.keep(zipTemp, destination.fileName());
    }
    checkCancelled();

    result.files = files.commit();
    result.path = result.files.constLast();
    result.rows = state.rows;
    if (!split && !zip) {
        result.sha256 = result.manifest.parts.front().sha256;
        result.bytes = result.manifest.parts.front().bytes;
    } else {
        result.sha256 = sha256OfFile(result.path);
        result.bytes = QFileInfo(result.path).size();
    }
    result.durationMs = elapsed.elapsed();
    if (progress) {
        state.etaMs = 0;
        report();
    }
    return result;
}

void ExportJob::record(ExportResult& result)
{
    const ExportSourcePlan& plan = prepare();
    QJsonArray columns;
    for (const ExportColumn& c : plan.columns)
        columns.append(c.name);
    AuditEventDraft d;
    m_log.attributeTo(d, m_session.op());
    d.type = AuditEventType::DataExported;
    d.resource = QStringLiteral("export/") + exportSource(plan.source).name;
    // The file's name without its folder (a folder can name a person), and
    // the number of filters, not their values (a value can be personal, and
    // the hashed record can never be erased).
    d.details = QJsonObject { { QStringLiteral("source"), exportSource(plan.source).name },
        { QStringLiteral("format"), m_request.formatId() }, { QStringLiteral("rows"), result.rows },
        { QStringLiteral("sha256"), QString::fromLatin1(result.sha256.toHex()) },
        { QStringLiteral("bytes"), result.bytes },
        { QStringLiteral("file"), QFileInfo(result.path).fileName() },
        { QStringLiteral("parts"), qint64(result.manifest.parts.size()) },
        { QStringLiteral("packaging"), exportPackagingId(m_request.packaging) },
        { QStringLiteral("columns"), columns },
        { QStringLiteral("filters"), qint64(m_request.filters.size()) },
        { QStringLiteral("clear_personal_data"), plan.clearPersonalData } };
    result.auditSeq = m_store.transact([&] { return m_log.append(d); });
}

ExportResult ExportJob::writeSingleFile(
    const QString& destination, const std::function<void(const QString& temporary)>& writeTo)
{
    checkDestination(destination);
    QElapsedTimer elapsed;
    elapsed.start();
    try {
        const QFileInfo info(destination);
        Files files(existingFolder(info));
        const QString temp = files.temporary(info.fileName());
        writeTo(temp);
        ExportResult result;
        result.bytes = QFileInfo(temp).size();
        result.sha256 = sha256OfFile(temp);
        files.keep(temp, info.fileName());
        result.files = files.commit();
        result.path = result.files.constLast();
        result.durationMs = elapsed.elapsed();
        return result;
    } catch (const StoreError& e) {
        throw namingFinalFiles(e);
    }
}

ExportResult ExportJob::run(const Progress& progress)
{
    prepare();
    ExportResult result = write(progress);
    record(result);
    return result;
}

} // namespace gc
