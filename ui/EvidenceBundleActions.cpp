#include "EvidenceBundleActions.h"

#include "audit/AuditEvidenceBundle.h"
#include "audit/AuditReader.h"
#include "audit/PublicKeyRing.h"
#include "core/DomainError.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QTimer>
#include <QtConcurrent>

#include <atomic>
#include <memory>

namespace gc::EvidenceBundleActions {

namespace {

struct Outcome
{
    std::optional<AuditBundleSummary> summary;
    QString error;
    bool cancelled = false;
};

} // namespace

void exportBundle(QWidget* parent, Store& store, AuditLog& log, const Session& session, const AuditFilter& filter)
{
    const QString suggested = QDir::home().filePath(
        QStringLiteral("audit-evidence-%1.json").arg(QDate::currentDate().toString(Qt::ISODate)));
    const QString path = QFileDialog::getSaveFileName(parent,
        QCoreApplication::translate("gc::EvidenceBundleActions", "Export Evidence Bundle"), suggested,
        QCoreApplication::translate("gc::EvidenceBundleActions", "Evidence bundles (*.json)"));
    if (!path.isEmpty())
        exportBundleTo(parent, store, log, session, filter, path);
}

bool exportBundleTo(
    QWidget* parent, Store& store, AuditLog& log, const Session& session, const AuditFilter& filter, const QString& path)
{
    QProgressDialog progress(QCoreApplication::translate("gc::EvidenceBundleActions", "Writing the evidence bundle…"),
        QCoreApplication::translate("gc::EvidenceBundleActions", "Cancel"), 0, 1000, parent);
    progress.setObjectName(QStringLiteral("bundleProgressDialog"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    progress.setAutoClose(false);
    progress.setAutoReset(false);

    auto cancel = std::make_shared<std::atomic_bool>(false);
    auto done = std::make_shared<std::atomic<qint64>>(0);
    auto total = std::make_shared<std::atomic<qint64>>(0);
    QObject::connect(&progress, &QProgressDialog::canceled, &progress, [cancel] { *cancel = true; });

    // The worker reads through a connection of its own; the store's writer stays on this thread.
    const AuditBundleSelection selection{filter, std::nullopt, std::nullopt};
    QFutureWatcher<Outcome> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<Outcome>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([&store, session, selection, path, cancel, done, total]() -> Outcome {
        Outcome out;
        try {
            const AuditReader reader(store, session);
            out.summary = AuditEvidenceBundle::write(reader, selection, path, [&](qint64 d, qint64 t) {
                *done = d;
                *total = t;
                return !cancel->load();
            });
        } catch (const DomainError& e) {
            out.error = e.message();
        } catch (const StoreError& e) {
            if (e.kind() == StoreError::Kind::Interrupted)
                out.cancelled = true;
            else
                out.error = e.message();
        } catch (const std::exception& e) {
            out.error = QString::fromLocal8Bit(e.what());
        }
        return out;
    }));
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &progress, [&] {
        const qint64 t = total->load();
        if (t > 0)
            progress.setValue(int(done->load() * 1000 / t));
    });
    poll.start(100);
    loop.exec();
    poll.stop();
    progress.close();

    const Outcome out = watcher.result();
    if (out.cancelled)
        return false;
    if (!out.summary) {
        QMessageBox::warning(parent, QCoreApplication::translate("gc::EvidenceBundleActions", "Evidence Bundle Not Written"), out.error);
        return false;
    }
    try {
        AuditEvidenceBundle::record(log, session, *out.summary);
    } catch (const std::exception&) {
        // An export that cannot be recorded must not stay behind unrecorded.
        QFile::remove(path);
        QMessageBox::warning(parent, QCoreApplication::translate("gc::EvidenceBundleActions", "Evidence Bundle Not Written"),
            QCoreApplication::translate("gc::EvidenceBundleActions", "The bundle was written but its export could not be recorded in the audit trail, so it was "
               "removed again."));
        return false;
    }
    const QLocale locale;
    QString text = QCoreApplication::translate("gc::EvidenceBundleActions", "%1 events written to %2, each with its inclusion proof against the checkpoint of %3 events.")
                       .arg(locale.toString(out.summary->eventCount), QDir::toNativeSeparators(path),
                           locale.toString(out.summary->lastCheckpoint.treeSize));
    if (out.summary->notYetCovered > 0)
        text += QLatin1Char(' ')
            + QCoreApplication::translate("gc::EvidenceBundleActions", "%1 newer matching events are not yet covered by a checkpoint and were left out.")
                  .arg(locale.toString(out.summary->notYetCovered));
    text += QStringLiteral("\n\nSHA-256: ") + QString::fromLatin1(out.summary->sha256.toHex());
    QMessageBox box(QMessageBox::Information, QCoreApplication::translate("gc::EvidenceBundleActions", "Evidence Bundle Written"), text, QMessageBox::Ok, parent);
    box.setObjectName(QStringLiteral("bundleWrittenBox"));
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    box.exec();
    return true;
}

void verifyBundle(QWidget* parent)
{
    const QString path = QFileDialog::getOpenFileName(parent, QCoreApplication::translate("gc::EvidenceBundleActions", "Verify Evidence Bundle"), QDir::homePath(),
        QCoreApplication::translate("gc::EvidenceBundleActions", "Evidence bundles (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    std::optional<PublicKey> trusted;
    if (QMessageBox::question(parent, QCoreApplication::translate("gc::EvidenceBundleActions", "Trusted Key"),
            QCoreApplication::translate("gc::EvidenceBundleActions", "Check the bundle against a public key you were given separately?\n\nWithout one, the keys inside "
               "the bundle are used: that detects any change to the events, but not a bundle rebuilt and "
               "re-signed as a whole."))
        == QMessageBox::Yes) {
        const QString keyPath = QFileDialog::getOpenFileName(parent, QCoreApplication::translate("gc::EvidenceBundleActions", "Trusted Public Key"), QDir::homePath(),
            QCoreApplication::translate("gc::EvidenceBundleActions", "PEM public keys (*.pem);;All files (*)"));
        if (keyPath.isEmpty())
            return;
        QFile file(keyPath);
        if (!file.open(QIODevice::ReadOnly)) {
            QMessageBox::warning(parent, QCoreApplication::translate("gc::EvidenceBundleActions", "Trusted Public Key"), file.errorString());
            return;
        }
        try {
            const PublicKeyRing ring = PublicKeyRing::fromPem(file.readAll());
            if (ring.size() != 1) {
                QMessageBox::warning(parent, QCoreApplication::translate("gc::EvidenceBundleActions", "Trusted Public Key"),
                    QCoreApplication::translate("gc::EvidenceBundleActions", "The file holds %1 keys; choose a file with exactly the one key to trust.").arg(ring.size()));
                return;
            }
            trusted = ring.keys().constFirst();
        } catch (const DomainError& e) {
            QMessageBox::warning(parent, QCoreApplication::translate("gc::EvidenceBundleActions", "Trusted Public Key"), e.message());
            return;
        }
    }
    const AuditBundleCheck check = AuditEvidenceBundle::verify(path, trusted);
    QMessageBox box(check.ok ? QMessageBox::Information : QMessageBox::Critical,
        check.ok ? QCoreApplication::translate("gc::EvidenceBundleActions", "Evidence Bundle Verified") : QCoreApplication::translate("gc::EvidenceBundleActions", "Evidence Bundle Failed"), check.message, QMessageBox::Ok,
        parent);
    box.setObjectName(QStringLiteral("bundleCheckBox"));
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    box.exec();
}

} // namespace gc::EvidenceBundleActions
