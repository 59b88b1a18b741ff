#pragma once

#include "AuditProofDialog.h"

#include "audit/AuditEvent.h"
#include "auth/Session.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace gc {

class AuditQueryThread;
class JsonView;
class Store;

/// Everything about one audit event: its fields, its details as indented
/// JSON, its personal part (or why it is not shown), its leaf and chain
/// hashes, and "Prove Inclusion", which checks the event against the latest
/// signed checkpoint and shows the proof. Hashes and proofs are read on a
/// background thread of the panel's own.
class AuditDetailPanel final : public QWidget
{
    Q_OBJECT
public:
    /// `store` must outlive the panel.
    AuditDetailPanel(const Store& store, const Session& session, QWidget* parent = nullptr);
    ~AuditDetailPanel() override;

    /// Shows `event`; `tenantText` is how the tenant column names its tenant.
    void setEvent(const AuditEvent& event, const QString& tenantText);
    void clearEvent();
    /// Reads event `seq` in the background and shows it; `tenantText` names
    /// its tenant. A missing event shows a message instead.
    void showSequence(qint64 seq, std::function<QString(const AuditRecord&)> tenantText);
    [[nodiscard]] std::optional<qint64> currentSeq() const;
    /// The proof dialog opened last, while it is open.
    [[nodiscard]] AuditProofDialog* proofDialog() const { return m_proofDialog; }

signals:
    /// An event is shown (by setEvent or showSequence).
    void eventShown(qint64 seq);

public slots:
    /// Opens the proof dialog for the shown event and starts the check.
    void proveInclusion();

private:
    QLabel* addField(QFormLayout* form, const QString& label, const QString& name);
    QLineEdit* addHash(QFormLayout* form, const QString& label, const QString& name);
    void requestHashes(qint64 seq);

    Session m_session;
    std::unique_ptr<AuditQueryThread> m_reader;
    std::optional<AuditEvent> m_event;
    quint64 m_request = 0; ///< drops hash answers for an event no longer shown
    QStackedWidget* m_stack;
    QLabel* m_emptyLabel;
    QLabel* m_seq;
    QLabel* m_time;
    QLabel* m_utcTime;
    QLabel* m_tenant;
    QLabel* m_actor;
    QLabel* m_type;
    QLabel* m_severity;
    QLabel* m_outcome;
    QLabel* m_resource;
    QLabel* m_personal;
    JsonView* m_details;
    QLineEdit* m_leafHash;
    QLineEdit* m_chainHash;
    QLineEdit* m_commitment;
    QPushButton* m_prove;
    QPushButton* m_copyJson;
    QPointer<AuditProofDialog> m_proofDialog;
};

} // namespace gc
