#pragma once

#include "AuditEvent.h"
#include "AuditFilter.h"
#include "auth/Session.h"

#include <QAbstractTableModel>

#include <atomic>
#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QTimer;

namespace gc {

class AuditQueryThread;
class AuditReader;
class Store;

/// The audit trail as a table, newest event first, for any AuditFilter,
/// without ever loading the table: pages of `pageSize` rows are read by key
/// (the sequence number the previous page ended at, never OFFSET) on a
/// background thread with its own connection, as the view scrolls
/// (canFetchMore/fetchMore). At most `maxCachedPages` pages stay in memory;
/// an evicted page shows "Loading…" and is read again by its remembered
/// boundary key when a view asks for it. Every query carries the generation
/// of the filter it was made for, so results of a replaced filter are
/// dropped. The number of matching events is counted on a second thread and
/// reported when known (countChanged). With live tail on, new matching events
/// are polled for and inserted at the top.
///
/// Store failures never throw out of the model: errorMessage() is set,
/// errorChanged() is emitted and the rows stay as they were.
class AuditEventModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Seq,
        Time,
        Tenant,
        Actor,
        Type,
        Category,
        Severity,
        Outcome,
        Resource,
        Summary,
        ColumnCount
    };
    enum Roles
    {
        SeqRole = Qt::UserRole + 1, ///< qint64; 0 while the row's page is not loaded
        TimeMsRole, ///< qint64, UTC milliseconds
        TypeRole, ///< int(AuditEventType)
        SeverityRole, ///< int(AuditSeverity)
        OutcomeRole, ///< int(AuditOutcome)
        LoadedRole, ///< bool: the row's page is in memory
    };

    /// Display name of a tenant ("acme — ACME Corp"); called on the GUI thread.
    /// An empty answer shows the tenant's id.
    using TenantLookup = std::function<QString(TenantId)>;

    struct Options
    {
        int pageSize = 200;
        int maxCachedPages = 40;
        int liveTailIntervalMs = 750;
    };

    /// Starts reading with an empty filter at once. `store` must outlive the
    /// model; the session needs Action::ViewAuditLog (otherwise the model
    /// stays empty with an error message).
    AuditEventModel(
        const Store& store, const Session& session, TenantLookup tenantName, QObject* parent = nullptr);
    AuditEventModel(const Store& store, const Session& session, TenantLookup tenantName, Options options,
        QObject* parent = nullptr);
    ~AuditEventModel() override;

    /// Replaces the filter: resets the model, cancels queries of the old one.
    void setFilter(const AuditFilter& filter);
    [[nodiscard]] const AuditFilter& filter() const { return m_filter; }
    /// Reads everything again with the same filter.
    void reload();

    /// Follows new events: polls every liveTailIntervalMs and inserts new
    /// matching rows at the top (views keep their selection).
    void setLiveTail(bool on);
    [[nodiscard]] bool liveTail() const { return m_liveTail; }

    /// Matching events; nullopt while counting.
    [[nodiscard]] std::optional<qint64> count() const { return m_count; }
    /// "12,345 events", "1 event", "counting…".
    [[nodiscard]] QString countText() const;
    /// True until the first page of the current filter has arrived.
    [[nodiscard]] bool isLoading() const { return m_loadingFirst; }
    /// The last store failure (translated), empty when none.
    [[nodiscard]] const QString& errorMessage() const { return m_error; }

    /// The event of `row`, or nullptr when its page is not in memory.
    [[nodiscard]] const AuditEvent* eventAt(int row) const;
    /// Sequence number of `row`; 0 when its page is not in memory.
    [[nodiscard]] qint64 seqAt(int row) const;
    /// Row of a loaded event, or -1.
    [[nodiscard]] int rowOfSeq(qint64 seq) const;
    /// Pages currently held in memory (for tests and diagnostics).
    [[nodiscard]] int loadedPageCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    /// One-line, non-personal summary of an event's details ("old_tier: free · new_tier: pro").
    [[nodiscard]] static QString summaryOf(const AuditRecord& record);
    /// "2026-11-27 13:05:09" in local time.
    [[nodiscard]] static QString localTimeText(qint64 timeUtcMs);
    /// "2026-11-27 12:05:09.123 UTC".
    [[nodiscard]] static QString utcTimeText(qint64 timeUtcMs);
    /// The actor as this session may see it: "Ada Admin (op-1a2b…)", the
    /// pseudonym alone, or "System" for an empty actor.
    [[nodiscard]] static QString actorText(const AuditEvent& event);

signals:
    void loadingChanged(bool loading);
    /// The first page of the current filter arrived (possibly empty).
    void firstPageLoaded();
    void countChanged();
    void errorChanged(const QString& message);
    /// Live tail inserted `count` rows at the top.
    void liveRowsInserted(int count);

private:
    struct Page
    {
        quint64 id = 0;
        qint64 beforeKey = 0; ///< rows are the first `count` matches with seq < beforeKey
        int count = 0;
        qint64 lastSeq = 0; ///< the key the next page starts below
        QList<AuditEvent> rows; ///< empty while evicted
        bool loaded = false;
        bool requested = false;
        quint64 lastUse = 0;
    };
    using Retry = std::function<void()>;

    void restart();
    /// Runs `read` on `thread` for the current generation and hands its
    /// result to `deliver` on this thread, unless the filter changed meanwhile.
    template <typename Result>
    void query(AuditQueryThread& thread, std::function<Result(AuditReader&)> read,
        std::function<void(Result)> deliver, int attempt, Retry retry);
    [[nodiscard]] AuditPageRequest pageRequest(std::optional<qint64> beforeSeq, int limit) const;
    void requestFirstPage(int attempt = 0);
    void requestMore(int attempt = 0);
    void requestReload(quint64 pageId, int attempt = 0);
    void requestCount(int attempt = 0);
    void pollTail(int attempt = 0);
    void onFirstPage(qint64 top, QList<AuditEvent> rows);
    void onMore(qint64 beforeKey, QList<AuditEvent> rows);
    void onReload(quint64 pageId, QList<AuditEvent> rows);
    void onTail(qint64 fromTop, qint64 last, QList<AuditEvent> rows, bool overflow);
    void appendPage(qint64 beforeKey, QList<AuditEvent> rows);
    void evict();
    void rebuildStarts();
    void setError(const QString& message);
    /// Failure handler of a job posted for the current generation: drops the
    /// report when stale, retries an interrupted job a few times, else sets the error.
    std::function<void(const QString&, bool)> failureFor(int attempt, Retry retry);
    /// Index into m_pages of the page holding `row`; -1 when out of range.
    [[nodiscard]] int pageOfRow(int row) const;
    /// The event of `row`, touching its page; asks for an evicted page again.
    const AuditEvent* touch(int row) const;
    [[nodiscard]] QString tenantText(const AuditRecord& r) const;

    std::unique_ptr<AuditQueryThread> m_pageThread;
    std::unique_ptr<AuditQueryThread> m_countThread;
    Session m_session;
    TenantLookup m_tenantName;
    Options m_options;
    QTimer* m_tailTimer;

    AuditFilter m_filter;
    quint64 m_generation = 0;
    /// The generation workers compare against before they start a job.
    std::shared_ptr<std::atomic<quint64>> m_liveGeneration;

    std::deque<Page> m_pages;
    std::vector<int> m_starts; ///< first row of each page
    int m_rows = 0;
    quint64 m_nextPageId = 1;
    mutable quint64 m_useClock = 0;
    qint64 m_top = 0; ///< highest sequence number the rows account for
    bool m_loadingFirst = true;
    std::optional<qint64> m_moreKey; ///< beforeKey of the fetchMore page in flight
    bool m_atEnd = false;
    bool m_tailInFlight = false;
    bool m_liveTail = false;
    std::optional<qint64> m_count;
    QString m_error;
};

} // namespace gc
