#include "ResolveAlertDialog.h"

#include "FormHelpers.h"

#include "audit/AlertEngine.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace gc {

ResolveAlertDialog::ResolveAlertDialog(
    AlertEngine& engine, const Session& session, const AuditAlert& alert, QWidget* parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_session(session)
    , m_alert(alert)
    , m_note(new QPlainTextEdit(this))
    , m_buttons(makeDialogButtons(this, tr("&Resolve")))
{
    setObjectName(QStringLiteral("resolveAlertDialog"));
    setWindowTitle(tr("Resolve Alert %1").arg(alert.id));
    auto* summary = new QLabel(alert.summary, this);
    summary->setObjectName(QStringLiteral("alertSummaryLabel"));
    summary->setTextFormat(Qt::PlainText);
    summary->setWordWrap(true);
    auto* label = new QLabel(tr("&How was it resolved? (required)"), this);
    label->setBuddy(m_note);
    m_note->setObjectName(QStringLiteral("resolutionEdit"));
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("e.g. Confirmed with the operator; the password was reset"));
    QLabel* error = makeErrorLabel(this, QStringLiteral("resolutionError"));
    m_errors.add(QStringLiteral("resolution"), error, m_note);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(label);
    layout->addWidget(fieldWithError(m_note, error));
    layout->addWidget(m_buttons);
    QPushButton* ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);
    connect(m_note, &QPlainTextEdit::textChanged, this,
        [this, ok] { ok->setEnabled(!m_note->toPlainText().trimmed().isEmpty()); });
    setMinimumWidth(440);
}

void ResolveAlertDialog::accept()
{
    if (guardedForm(this, m_errors, [&] { m_engine.resolve(m_session, m_alert.id, m_note->toPlainText()); }))
        QDialog::accept();
}

} // namespace gc
