#pragma once

#include "UiErrors.h"

#include "audit/AuditRepository.h"

#include <QDialog>

class QDialogButtonBox;
class QPlainTextEdit;

namespace gc {

class AlertEngine;
class Session;

/// Resolves one alert with a note saying how; the note is required and kept
/// with the alert (and, as personal data, with its AlertResolved event).
class ResolveAlertDialog final : public QDialog
{
    Q_OBJECT
public:
    ResolveAlertDialog(
        AlertEngine& engine, const Session& session, const AuditAlert& alert, QWidget* parent = nullptr);
    void accept() override;

private:
    AlertEngine& m_engine;
    const Session& m_session;
    AuditAlert m_alert;
    FieldErrors m_errors;
    QPlainTextEdit* m_note;
    QDialogButtonBox* m_buttons;
};

} // namespace gc
