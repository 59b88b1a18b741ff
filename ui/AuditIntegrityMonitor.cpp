#include "AuditIntegrityMonitor.h"

#include "IntegrityBadge.h"

#include "audit/AuditReader.h"
#include "core/DomainError.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace gc {

AuditIntegrityMonitor::AuditIntegrityMonitor(
    const Store& store, const Session& session, IntegrityBadge* badge, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_session(session)
    , m_badge(badge)
    , m_progressTimer(new QTimer(this))
    , m_cancel(std::make_shared<std::atomic<bool>>(false))
    , m_done(std::make_shared<std::atomic<qint64>>(0))
    , m_total(std::make_shared<std::atomic<qint64>>(0))
{
    m_progressTimer->setInterval(250);
    connect(m_progressTimer, &QTimer::timeout, this, &AuditIntegrityMonitor::showProgress);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &AuditIntegrityMonitor::onFinished);
    if (m_badge) {
        m_badge->setObjectName(QStringLiteral("auditIntegrityBadge"));
        m_badge->setState(IntegrityBadge::State::Idle, tr("Audit trail not verified yet"),
            tr("Click to verify every event, checkpoint and proof of the audit trail."));
        connect(m_badge, &IntegrityBadge::clicked, this, &AuditIntegrityMonitor::onClicked);
    }
}

AuditIntegrityMonitor::~AuditIntegrityMonitor()
{
    m_cancel->store(true);
    m_watcher.waitForFinished();
}

bool AuditIntegrityMonitor::isRunning() const
{
    return m_watcher.isRunning();
}

void AuditIntegrityMonitor::verify()
{
    if (m_watcher.isRunning())
        return;
    m_cancel->store(false);
    m_done->store(0);
    m_total->store(0);
    showProgress();
    m_progressTimer->start();
    m_watcher.setFuture(QtConcurrent::run([&store = m_store, session = m_session, cancel = m_cancel,
                                              done = m_done, total = m_total]() -> Outcome {
        Outcome out;
        try {
            const AuditReader reader(store, session);
            AuditVerifier::Options options;
            options.progress = [cancel, done, total](qint64 d, qint64 t) {
                done->store(d);
                total->store(t);
                return !cancel->load();
            };
            out.report = AuditVerifier::verify(reader.repository(), options);
            if (const auto cp = reader.latestCheckpoint())
                out.latestCheckpoint = cp->treeSize;
        } catch (const StoreError& e) {
            out.error = e.message();
        } catch (const DomainError& e) {
            out.error = e.message();
        } catch (const std::exception& e) {
            out.error = QString::fromLocal8Bit(e.what());
        }
        return out;
    }));
}

void AuditIntegrityMonitor::showProgress()
{
    if (!m_badge)
        return;
    const qint64 total = m_total->load();
    const int percent = total > 0 ? int(m_done->load() * 100 / total) : 0;
    m_badge->setState(IntegrityBadge::State::Running, tr("Verifying audit trail… %1 %").arg(percent),
        tr("Every event is re-hashed and checked against the chain and the signed checkpoints."));
}

void AuditIntegrityMonitor::onFinished()
{
    m_progressTimer->stop();
    const Outcome out = m_watcher.result();
    if (m_cancel->load())
        return;
    const QLocale locale;
    if (!out.report) {
        m_report.reset();
        if (m_badge)
            m_badge->setState(
                IntegrityBadge::State::Error, tr("Audit trail could not be verified"), out.error);
        emit finished();
        return;
    }
    m_report = out.report;
    const AuditVerifyReport& r = *m_report;
    if (m_badge) {
        if (r.ok()) {
            const std::optional<qint64> size = r.checkpointSize ? r.checkpointSize : out.latestCheckpoint;
            const QString checkpoint
                = size ? tr(", signed up to event %1").arg(locale.toString(*size)) : tr(", no checkpoint yet");
            m_badge->setState(IntegrityBadge::State::Verified,
                tr("Audit trail verified: %1 events%2").arg(locale.toString(r.eventsChecked), checkpoint),
                r.message.isEmpty() ? tr("Verified in %1 s. Click to verify again.")
                                          .arg(double(r.elapsedMs) / 1000.0, 0, 'f', 1)
                                    : r.message);
        } else {
            const QString where = r.firstBadSeq ? tr(" at event %1").arg(*r.firstBadSeq)
                : r.checkpointSize              ? tr(" at the checkpoint over %1 events").arg(*r.checkpointSize)
                                                : QString();
            m_badge->setState(IntegrityBadge::State::Failed,
                tr("Audit trail tampered: %1%2").arg(AuditVerifier::kindDisplayName(r.kind), where), r.message);
        }
    }
    emit finished();
}

void AuditIntegrityMonitor::onClicked()
{
    if (m_watcher.isRunning())
        return;
    if (!m_badge || m_badge->state() != IntegrityBadge::State::Failed) {
        verify();
        return;
    }
    QMessageBox box(QMessageBox::Critical, tr("Audit Trail Tampered"), m_badge->fullText(),
        QMessageBox::Close, m_badge->window());
    box.setObjectName(QStringLiteral("auditTamperedBox"));
    box.setInformativeText(m_badge->details());
    QPushButton* again = box.addButton(tr("&Verify Again"), QMessageBox::ActionRole);
    box.exec();
    if (box.clickedButton() == again)
        verify();
}

} // namespace gc
