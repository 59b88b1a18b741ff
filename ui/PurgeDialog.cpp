#include "PurgeDialog.h"

#include "FormHelpers.h"
#include "UiErrors.h"
#include "UiFormat.h"

#include "tenancy/TenantService.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QVBoxLayout>

namespace gc {

PurgeDialog::PurgeDialog(TenantService& service, const Tenant& tenant, const QDateTime& nowUtc, QWidget* parent)
    : QDialog(parent), m_service(service), m_tenant(tenant), m_confirm(new QLineEdit(this)),
      m_ignoreGrace(new QCheckBox(tr("Purge before the grace period ends"), this))
{
    setObjectName(QStringLiteral("purgeDialog"));
    setWindowTitle(tr("Purge %1").arg(tenant.name));
    auto* warning = new QLabel(tr("Purging deletes %1 and all its users, API keys, configuration and usage "
                                  "records. This cannot be undone.")
                                   .arg(tenant.name),
                               this);
    warning->setWordWrap(true);
    const bool graceRunning = tenant.purgeAfter && *tenant.purgeAfter > nowUtc;
    auto* grace = new QLabel(this);
    grace->setWordWrap(true);
    if (tenant.purgeAfter)
        grace->setText(graceRunning ? tr("The grace period ends on %1.").arg(formatDateTime(*tenant.purgeAfter))
                                    : tr("The grace period ended on %1.").arg(formatDateTime(*tenant.purgeAfter)));
    grace->setVisible(tenant.purgeAfter.has_value());
    m_ignoreGrace->setObjectName(QStringLiteral("ignoreGraceCheck"));
    m_ignoreGrace->setVisible(graceRunning);
    auto* prompt = new QLabel(tr("Type the slug <b>%1</b> to confirm:").arg(tenant.slug.toHtmlEscaped()), this);
    prompt->setBuddy(m_confirm);
    m_confirm->setObjectName(QStringLiteral("confirmSlugEdit"));
    QDialogButtonBox* buttons = makeDialogButtons(this, tr("&Purge"));
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setEnabled(false);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(m_confirm, &QLineEdit::textChanged, this, [this](const QString& t) { m_ok->setEnabled(t == m_tenant.slug); });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(warning);
    layout->addWidget(grace);
    layout->addWidget(m_ignoreGrace);
    layout->addWidget(prompt);
    layout->addWidget(m_confirm);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

void PurgeDialog::accept()
{
    if (m_confirm->text() != m_tenant.slug)
        return;
    QProgressDialog progress(tr("Purging %1…").arg(m_tenant.name), tr("Cancel"), 0, 100, this);
    progress.setObjectName(QStringLiteral("purgeProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    bool cancelled = false;
    const auto onProgress = [&](qint64 done, qint64 total) {
        progress.setValue(total > 0 ? int(100 * done / total) : 0);
        // The purge runs on this thread; keep the window painting and the Cancel button alive.
        QCoreApplication::processEvents();
        cancelled = progress.wasCanceled();
        return !cancelled;
    };
    try {
        m_service.purge(m_tenant.id, m_confirm->text(), m_ignoreGrace->isChecked(), onProgress);
    } catch (const DomainError& e) {
        progress.reset();
        showDomainError(this, e);
        return;
    } catch (const StoreError& e) {
        progress.reset();
        // A cancelled purge may surface as an interrupted store operation; it is not a failure.
        if (!(cancelled && e.kind() == StoreError::Kind::Interrupted)) {
            showStoreError(this, e);
            return;
        }
    }
    progress.reset();
    if (cancelled) {
        QMessageBox::information(this, tr("Purge Cancelled"),
                                 tr("The purge was cancelled; nothing was deleted."));
        return;
    }
    m_purged = true;
    QDialog::accept();
}

} // namespace gc
