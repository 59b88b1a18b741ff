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
    QList<ExportSourceInfo> out;
    out.append({ ExportSourceId::Predictions, QStringLiteral("predictions"),
        QCoreApplication::translate("gc::ExportSource", "Predictions"),
        {
            col("id", T::Integer, false, "ID"),
            col("tenant_id", T::Integer, false, "Tenant ID"),
            col("tenant", T::Text, false, "Tenant"),
            col("city", T::Text, false, "City"),
            col("latitude", T::Double, false, "Latitude"),
            col("longitude", T::Double, false, "Longitude"),
            col("pollutant", T::Text, false, "Pollutant"),
            col("value", T::Double, false, "Value"),
            col("unit", T::Text, false, "Unit"),
            col("model_id", T::Integer, false, "Model ID"),
            col("model", T::Text, false, "Model"),
            col("forecast_time", T::Timestamp, false, "Forecast time"),
        },
        {} });
    out.append({ ExportSourceId::Models, QStringLiteral("models"),
        QCoreApplication::translate("gc::ExportSource", "ML models"),
        {
            col("id", T::Integer, false, "ID"),
            col("name", T::Text, false, "Name"),
            col("pollutant", T::Text, false, "Pollutant"),
            col("version", T::Text, false, "Version"),
            col("algorithm", T::Text, false, "Algorithm"),
            col("status", T::Text, false, "Status"),
            col("deployed", T::Boolean, false, "Deployed"),
            col("trained_at", T::Timestamp, false, "Trained"),
            col("deployed_at", T::Timestamp, true, "Deployed at"),
            col("retired_at", T::Timestamp, true, "Retired at"),
            col("mae", T::Double, true, "MAE"),
            col("rmse", T::Double, true, "RMSE"),
        },
        {} });
    out.append({ ExportSourceId::TenantUsers, QStringLiteral("tenant_users"),
        QCoreApplication::translate("gc::ExportSource", "Tenant users"),
        {
            col("id", T::Integer, false, "ID"),
            col("tenant_id", T::Integer, false, "Tenant ID"),
            col("tenant", T::Text, false, "Tenant"),
            col("pseudonym", T::Text, false, "Pseudonym"),
            col("email", T::Text, false, "E-mail"),
            col("display_name", T::Text, false, "Name"),
            col("role", T::Text, false, "Role"),
            col("active", T::Boolean, false, "Active"),
            col("created_at", T::Timestamp, false, "Created"),
            col("deactivated_at", T::Timestamp, true, "Deactivated"),
        },
        { QStringLiteral("email"), QStringLiteral("display_name") } });
    out.append({ ExportSourceId::Usage, QStringLiteral("usage"),
        QCoreApplication::translate("gc::ExportSource", "Usage metrics"),
        {
            col("tenant_id", T::Integer, false, "Tenant ID"),
            col("tenant", T::Text, false, "Tenant"),
            col("hour", T::Timestamp, false, "Hour"),
            col("endpoint", T::Text, false, "Endpoint"),
            col("requests", T::Integer, false, "Requests"),
            col("errors", T::Integer, false, "Errors"),
            col("error_rate", T::Double, true, "Error rate"),
        },
        {} });
    out.append({ ExportSourceId::AuditEvents, QStringLiteral("audit_events"),
        QCoreApplication::translate("gc::ExportSource", "Audit events"),
        {
            col("seq", T::Integer, false, "Sequence"),
            col("time", T::Timestamp, false, "Time"),
            col("tenant_id", T::Integer, true, "Tenant ID"),
            col("tenant", T::Text, true, "Tenant"),
            col("actor", T::Text, false, "Actor"),
            col("type", T::Text, false, "Type"),
            col("category", T::Text, false, "Category"),
            col("severity", T::Text, false, "Severity"),
            col("outcome", T::Text, false, "Outcome"),
            col("resource", T::Text, false, "Resource"),
            col("details", T::Text, false, "Details"),
            col("chain_hash", T::Text, false, "Chain hash"),
        },
        {} });
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
