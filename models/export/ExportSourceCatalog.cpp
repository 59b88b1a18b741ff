#include "export/ExportSourceCatalog.h"

#include <QCoreApplication>

namespace gc {

namespace {

ExportColumn col(const char* name, ExportType type, bool nullable, const char* label)
{
    return { QLatin1String(name), type, nullable, QCoreApplication::translate("gc::ExportSource", label) };
}

QList<ExportSourceInfo> build()
{
    using T = ExportType;
    const QStringList kAuditPersonal { QStringLiteral("actor_name"), QStringLiteral("actor_email"),
        QStringLiteral("source_address"), QStringLiteral("personal_details") };
    QList<ExportSourceInfo> out;
    out.append({ ExportSourceId::Predictions, QStringLiteral("predictions"),
        QCoreApplication::translate("gc::ExportSource", "Predictions"),
        {
            col("id", T::Integer, false, QT_TRANSLATE_NOOP("gc::ExportSource", "ID")),
            col("tenant_id", T::Integer, false, QT_TRANSLATE_NOOP("gc::ExportSource", "Tenant ID")),
            col("tenant", T::Text, false, QT_TRANSLATE_NOOP("gc::ExportSource", "Tenant")),
            col("city", T::Text, false, QT_TRANSLATE_NOOP("gc::ExportSource", "City")),
            col("latitude", T::Double, false, QT_TRANSLATE_NOOP("gc::ExportSource", "Latitude")),
            col("longitude", T::Double, false, QT_TRANSLATE_NOOP("gc::ExportSource", "Longitude")),
            col("pollutant", T::Text, false, QT_TRANSLATE_NOOP("gc::ExportSource", "Pollutant")),
            col("value", T::Double, false, QT_TRANSLATE_NOOP("gc::ExportSource", "Value")),
            col("unit", T::Text, false, QT_TRANSLATE_NOOP("gc::ExportSource", "Unit")),
            col("model_id", T::Integer, false, QT_TRANSLATE_NOOP("gc::ExportSource", "Model ID")),
            col("model", T::Text, false, QT_TRANSLATE_NOOP("gc::ExportSource", "Model")),
            col("forecast_time", T::Timestamp, false, QT_TRANSLATE_NOOP("gc::ExportSource", "Forecast time")),
        },
        {}, {} });
    out.append({ ExportSourceId::Models, QStringLiteral("models"),
        QCoreApplication::translate("gc::ExportSource", "ML models"),
        {
            col("id", T::Integer, false, QT_TRANSLATE_NOOP("gc::ExportSource", "ID")),
            col("name", T::Text, false, QT_TRANSLATE_NOOP("gc::ExportSource", "Name")),
            col("pollutant", T::Text, false, QT_TRANSLATE_NOOP("gc::ExportSource", "Pollutant")),
            col("version", T::Text, false, QT_TRANSLATE_NOOP("gc::ExportSource", "Version")),
            col("algorithm", T::Text, false, QT_TRANSLATE_NOOP("gc::ExportSource", "Algorithm")),
            col("status", T::Text, false, QT_TRANSLATE_NOOP("gc::ExportSource", "Status")),
            col("deployed", T::Boolean, false, QT_TRANSLATE_NOOP("gc::ExportSource", "Deployed")),
            col("trained_at", T::Timestamp, false, QT_TRANSLATE_NOOP("gc::ExportSource", "Trained")),
            col("deployed_at", T::Timestamp, true, QT_TRANSLATE_NOOP("gc::ExportSource", "Deployed at")),
            col("retired_at", T::Timestamp, true, QT_TRANSLATE_NOOP("gc::ExportSource", "Retired at")),
            col("mae", T::Double, true, QT_TRANSLATE_NOOP("gc::ExportSource", "MAE")),
            col("rmse", T::Double, true, QT_TRANSLATE_NOOP("gc::ExportSource", "RMSE")),
        },
        {}, {} });
    out.append({ ExportSourceId::TenantUsers, QStringLiteral("tenant_users"),
        QCoreApplication::translate("gc::ExportSource", "Tenant users"),
        {
            col("id", T::Integer, false, QT_TRANSLATE_NOOP("gc::ExportSource", "ID")),
            col("tenant_id", T::Integer, false, QT_TRANSLATE_NOOP("gc::ExportSource", "Tenant ID")),
            col("tenant", T::Text, false, QT_TRANSLATE_NOOP("gc::ExportSource", "Tenant")),
            col("pseudonym", T::Text, false, QT_TRANSLATE_NOOP("gc::ExportSource", "Pseudonym")),
            col("email", T::Text, false, QT_TRANSLATE_NOOP("gc::ExportSource", "E-mail")),
            col("display_name", T::Text, false, QT_TRANSLATE_NOOP("gc::ExportSource", "Name")),
            col("role", T::Text, false, QT_TRANSLATE_NOOP("gc::ExportSource", "Role")),
            col("active", T::Boolean, false, QT_TRANSLATE_NOOP("gc::ExportSource", "Active")),
            col("created_at", T::Timestamp, false, QT_TRANSLATE_NOOP("gc::ExportSource", "Created")),
            col("deactivated_at", T::Timestamp, true, QT_TRANSLATE_NOOP("gc::ExportSource", "Deactivated")),
        },
        { QStringLiteral("email"), QStringLiteral("display_name") }, { QStringLiteral("pseudonym") } });
    out.append({ ExportSourceId::Usage, QStringLiteral("usage"),
        QCoreApplication::translate("gc::ExportSource", "Usage metrics"),
        {
            col("tenant_id", T::Integer, false, QT_TRANSLATE_NOOP("gc::ExportSource", "Tenant ID")),
            col("tenant", T::Text, false, QT_TRANSLATE_NOOP("gc::ExportSource", "Tenant")),
            col("hour", T::Timestamp, false, QT_TRANSLATE_NOOP("gc::ExportSource", "Hour")),
            col("endpoint", T::Text, false, QT_TRANSLATE_NOOP("gc::ExportSource", "Endpoint")),
            col("requests", T::Integer, false, QT_TRANSLATE_NOOP("gc::ExportSource", "Requests")),
            col("errors", T::Integer, false, QT_TRANSLATE_NOOP("gc::ExportSource", "Errors")),
            col("error_rate", T::Double, true, QT_TRANSLATE_NOOP("gc::ExportSource", "Error rate")),
        },
        {}, {} });
    out.append({ ExportSourceId::AuditEvents, QStringLiteral("audit_events"),
        QCoreApplication::translate("gc::ExportSource", "Audit events"),
        {
            col("seq", T::Integer, false, QT_TRANSLATE_NOOP("gc::ExportSource", "Sequence")),
            col("time", T::Timestamp, false, QT_TRANSLATE_NOOP("gc::ExportSource", "Time")),
            col("tenant_id", T::Integer, true, QT_TRANSLATE_NOOP("gc::ExportSource", "Tenant ID")),
            col("tenant", T::Text, true, QT_TRANSLATE_NOOP("gc::ExportSource", "Tenant")),
            col("actor", T::Text, false, QT_TRANSLATE_NOOP("gc::ExportSource", "Actor")),
            col("actor_name", T::Text, true, QT_TRANSLATE_NOOP("gc::ExportSource", "Actor name")),
            col("actor_email", T::Text, true, QT_TRANSLATE_NOOP("gc::ExportSource", "Actor e-mail")),
            col("source_address", T::Text, true, QT_TRANSLATE_NOOP("gc::ExportSource", "Source address")),
            col("type", T::Text, false, QT_TRANSLATE_NOOP("gc::ExportSource", "Type")),
            col("category", T::Text, false, QT_TRANSLATE_NOOP("gc::ExportSource", "Category")),
            col("severity", T::Text, false, QT_TRANSLATE_NOOP("gc::ExportSource", "Severity")),
            col("outcome", T::Text, false, QT_TRANSLATE_NOOP("gc::ExportSource", "Outcome")),
            col("resource", T::Text, false, QT_TRANSLATE_NOOP("gc::ExportSource", "Resource")),
            col("details", T::Text, false, QT_TRANSLATE_NOOP("gc::ExportSource", "Details")),
            col("personal_details", T::Text, true, QT_TRANSLATE_NOOP("gc::ExportSource", "Personal details")),
            col("chain_hash", T::Text, false, QT_TRANSLATE_NOOP("gc::ExportSource", "Chain hash")),
        },
        // No pseudonym column: "actor" already is the pseudonymous id that
        // stands for the person (AuditRecord::actorId).
        kAuditPersonal, kAuditPersonal });
    return out;
}

} // namespace

const QList<ExportSourceInfo>& exportSources()
{
    static const QList<ExportSourceInfo> sources = build();
    return sources;
}

const ExportSourceInfo& exportSource(ExportSourceId id)
{
    for (const ExportSourceInfo& s : exportSources())
        if (s.id == id)
            return s;
    return exportSources().front();
}

std::optional<ExportSourceId> exportSourceByName(const QString& name)
{
    for (const ExportSourceInfo& s : exportSources())
        if (s.name == name)
            return s.id;
    return std::nullopt;
}

} // namespace gc
