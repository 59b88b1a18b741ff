#pragma once

#include "audit/AuditInclusionCheck.h"

#include <QDialog>

#include <optional>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace gc {

/// Shows an inclusion proof of one event and its verdict: the recomputed leaf
/// hash, the proof hashes, the tree size and root of the signed checkpoint it
/// was checked against, the checkpoint itself, and copy buttons for each.
/// Opens in a "checking…" state; the caller hands in the result.
class AuditProofDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit AuditProofDialog(qint64 seq, QWidget* parent = nullptr);

    void setResult(const AuditInclusionResult& result);
    /// The check itself could not run (store failure).
    void setFailed(const QString& message);
    [[nodiscard]] const std::optional<AuditInclusionResult>& result() const { return m_result; }
    /// The verdict line as shown ("Inclusion verified", ...).
    [[nodiscard]] QString verdictText() const;

private:
    [[nodiscard]] QString reportText() const;

    qint64 m_seq;
    std::optional<AuditInclusionResult> m_result;
    QLabel* m_verdict;
    QLabel* m_message;
    QLineEdit* m_leafHash;
    QLineEdit* m_treeSize;
    QLineEdit* m_root;
    QLineEdit* m_checkpoint;
    QPlainTextEdit* m_proof;
    QPlainTextEdit* m_checkpointText;
    QPushButton* m_copyProof;
    QPushButton* m_copyCheckpoint;
    QPushButton* m_copyReport;
};

} // namespace gc
