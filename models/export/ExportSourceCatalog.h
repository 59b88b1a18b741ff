#pragma once

#include "export/ExportCell.h"

#include <QList>
#include <QString>

#include <optional>

namespace gc {

/// What an export can read from the store.
enum class ExportSourceId : quint8 { Predictions, Models, TenantUsers, Usage, AuditEvents };

/// A source and every column it can give, in their default order. Column
/// names are stable: saved export definitions, the CLI's --columns and the XML
/// schema (resources/export/geoconsole-export.xsd) use them.
struct ExportSourceInfo
{
    ExportSourceId id;
    QString name;  ///< "predictions", "models", "tenant_users", "usage", "audit_events"
    QString label; ///< translated, for the GUI
    ExportColumns columns;
    /// Columns that carry personal data (tenant users' e-mail and name, audit
    /// events' personal parts): left out unless the export asks for clear data
    /// and the operator's role may see it. Without them a pseudonym stands for
    /// the person: tenant users' "pseudonym" column, audit events' "actor".
    QStringList personalColumns;
    /// Columns no filter or sort may name: tenant users' "pseudonym" (derived
    /// while exporting, not stored) and audit events' personal columns (kept
    /// apart from the indexed record, and erasable).
    QStringList unfilterableColumns;
};

/// The five sources, in the order the GUI lists them.
const QList<ExportSourceInfo>& exportSources();
const ExportSourceInfo& exportSource(ExportSourceId id);
std::optional<ExportSourceId> exportSourceByName(const QString& name);

} // namespace gc
