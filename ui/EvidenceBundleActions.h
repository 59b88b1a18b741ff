#pragma once

#include "audit/AuditFilter.h"

class QString;
class QWidget;

namespace gc {

class AuditLog;
class Session;
class Store;

/// The audit menu's evidence-bundle actions: export the events a filter
/// selects as a bundle an auditor can check offline, and check such a bundle.
namespace EvidenceBundleActions {

/// Asks where to save, writes the bundle on a worker thread with a progress
/// dialog (cancel leaves no file), records the export, and shows the result.
void exportBundle(QWidget* parent, Store& store, AuditLog& log, const Session& session, const AuditFilter& filter);

/// As exportBundle, to `path` without asking. True when the bundle was written and recorded.
bool exportBundleTo(
    QWidget* parent, Store& store, AuditLog& log, const Session& session, const AuditFilter& filter, const QString& path);

/// Asks for a bundle (and optionally a trusted public key) and shows whether it verifies.
void verifyBundle(QWidget* parent);

} // namespace EvidenceBundleActions

} // namespace gc
