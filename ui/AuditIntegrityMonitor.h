#pragma once

#include "audit/AuditVerifier.h"
#include "auth/Session.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>
#include <optional>

class QTimer;

namespace gc {

class IntegrityBadge;
class Store;

/// Runs AuditVerifier over the whole trail on a background thread and shows
/// its progress and verdict on an IntegrityBadge: "Verifying… n %", then
/// "Audit trail verified: N events, checkpoint #size" (green) or "Audit trail
/// tampered: <kind> at #seq" (red). Clicking the badge shows the report of a
/// failed run, or verifies again.
class AuditIntegrityMonitor final : public QObject
{
    Q_OBJECT
public:
    /// `store` must outlive the monitor; the session needs ViewAuditLog.
    AuditIntegrityMonitor(
        const Store& store, const Session& session, IntegrityBadge* badge, QObject* parent = nullptr);
    /// Cancels a running verification and waits for it.
    ~AuditIntegrityMonitor() override;

    [[nodiscard]] bool isRunning() const;
    /// The report of the last finished run.
    [[nodiscard]] const std::optional<AuditVerifyReport>& lastReport() const { return m_report; }

public slots:
    /// Starts a verification unless one is running.
    void verify();

signals:
    void finished();

private:
    struct Outcome
    {
        std::optional<AuditVerifyReport> report;
        std::optional<qint64> latestCheckpoint; ///< tree size of the newest checkpoint
        QString error;
    };
    void onFinished();
    void onClicked();
    void showProgress();

    const Store& m_store;
    Session m_session;
    QPointer<IntegrityBadge> m_badge;
    QFutureWatcher<Outcome> m_watcher;
    QTimer* m_progressTimer;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::shared_ptr<std::atomic<qint64>> m_done;
    std::shared_ptr<std::atomic<qint64>> m_total;
    std::optional<AuditVerifyReport> m_report;
};

} // namespace gc
