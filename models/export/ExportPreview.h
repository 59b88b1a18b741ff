#pragma once

#include "auth/Session.h"
#include "export/ExportCell.h"
#include "export/ExportRequest.h"

#include <QByteArray>
#include <QList>
#include <QVariant>

#include <mutex>

namespace gc {

class ExportSourceReader;
class Store;

/// The first rows an export would write, for the export wizard's preview.
struct ExportPreviewRows
{
    ExportColumns columns; ///< the plan's columns, in output order
    /// One list per row, one value per column: a null QVariant for NULL,
    /// qint64, double, bool, QString, or a UTC QDateTime for a timestamp.
    QList<QVariantList> rows;
    qint64 matching = 0; ///< rows the whole export would give
    /// False when `matching` may count rows the export leaves out (audit
    /// events with a seq condition: AuditFilter has no sequence bounds).
    bool matchingExact = true;
};

/// Reads the first rows of a request through the export engine's own reader
/// (ExportSourceReader: a connection of its own, the same plan, filters, sort
/// and pseudonyms as the export), so the preview shows exactly what the file
/// would hold. read() may run on any thread; interrupt() from any other.
class ExportPreview final
{
public:
    ExportPreview(const Store& store, Session session);
    ~ExportPreview();
    Q_DISABLE_COPY_MOVE(ExportPreview)

    /// The first `limit` rows of `request` (destination, format and packaging
    /// are ignored). `pseudonymKey` is PseudonymSecret::get(store), needed for
    /// tenant users only (read it on the store's thread). Throws what
    /// ExportSourcePlan::from and ExportSourceReader::open throw (DomainError
    /// for the request, StoreError for the store; StoreError(Interrupted)
    /// after interrupt()).
    ExportPreviewRows read(const ExportRequest& request, const QByteArray& pseudonymKey, int limit);

    /// Stops a running read(), and every later one: it throws
    /// StoreError(Interrupted). One preview object per read, so a replaced
    /// preview can be stopped even before its read has started.
    void interrupt();

    /// A cell as a QVariant (see ExportPreviewRows::rows).
    static QVariant cellValue(const ExportCell& cell);

private:
    void setReader(ExportSourceReader* reader);

    const Store& m_store;
    Session m_session;
    std::mutex m_mutex;
    ExportSourceReader* m_reader = nullptr;
    bool m_interrupted = false;
};

} // namespace gc
