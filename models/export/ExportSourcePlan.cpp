#include "export/ExportSourcePlan.h"

#include "auth/Session.h"
#include "core/DomainError.h"

#include <QCoreApplication>

namespace gc {

namespace {

[[noreturn]] void invalid(const QString& message, const QString& field)
{
    throw DomainError(DomainError::Kind::Invalid, message, field);
}

const ExportColumn* findColumn(const ExportSourceInfo& info, const QString& name)
{
    for (const ExportColumn& c : info.columns)
        if (c.name == name)
            return &c;
    return nullptr;
}

QString columnList(const ExportSourceInfo& info)
{
    QStringList names;
    for (const ExportColumn& c : info.columns)
        names << c.name;
    return names.join(QStringLiteral(", "));
}

/// The pseudonym is derived from the id with a secret: a filter or sort on it
/// would have to compute it for every row of the store, so it is refused.
bool isDerived(const QString& column)
{
    return column == QLatin1String("pseudonym");
}

/// Why a filter on an unfilterable column is refused, in the user's words.
[[noreturn]] void unfilterable(const ExportCondition& condition, const ExportSourceInfo& info)
{
    if (isDerived(condition.column))
        invalid(QCoreApplication::translate("gc::ExportSourcePlan",
                    "The filter “%1” cannot be applied: “%2” is derived while exporting, not stored.")
                    .arg(condition.toString(), condition.column),
            QStringLiteral("where"));
    // Audit events' personal parts: outside the indexed record, erasable; a
    // search through them would also reveal who is in the trail.
    invalid(QCoreApplication::translate("gc::ExportSourcePlan",
                "The filter “%1” cannot be applied: “%2” is personal data kept apart from the %3 record and "
                "cannot be searched, even with clear personal data. Filter by the pseudonymous actor instead.")
                .arg(condition.toString(), condition.column, info.name),
        QStringLiteral("where"));
}

} // namespace

Action ExportSourcePlan::viewAction(ExportSourceId source)
{
    switch (source) {
    case ExportSourceId::Predictions:
    case ExportSourceId::Models:
        return Action::ViewTenants;
    case ExportSourceId::TenantUsers:
        return Action::ViewTenantUsers;
    case ExportSourceId::Usage:
        return Action::ViewUsage;
    case ExportSourceId::AuditEvents:
        return Action::ViewAuditLog;
    }
    return Action::ViewTenants;
}

ExportSourcePlan ExportSourcePlan::from(const ExportRequest& request, const Session& session)
{
    const ExportSourceInfo& info = exportSource(request.source);
    session.require(Action::ExportData);
    session.require(viewAction(request.source));
    // Only a source with personal columns has anything to show in clear; for
    // the others the flag changes nothing and needs no right.
    const bool clear = request.clearPersonalData && !info.personalColumns.isEmpty();
    if (clear)
        session.require(Action::ViewPersonalData);

    ExportSourcePlan plan;
    plan.source = request.source;
    plan.clearPersonalData = clear;

    const QString kColumns = QStringLiteral("columns");
    if (request.columns.isEmpty()) {
        for (const ExportColumn& c : info.columns)
            if (request.clearPersonalData || !info.personalColumns.contains(c.name))
                plan.columns << c;
    } else {
        for (const QString& name : request.columns) {
            const ExportColumn* c = findColumn(info, name);
            if (!c)
                invalid(QCoreApplication::translate(
                            "gc::ExportSourcePlan", "“%1” is not a column of %2. Its columns: %3.")
                            .arg(name, info.name, columnList(info)),
                    kColumns);
            for (const ExportColumn& taken : std::as_const(plan.columns))
                if (taken.name == name)
                    invalid(QCoreApplication::translate(
                                "gc::ExportSourcePlan", "The column “%1” is listed twice.")
                                .arg(name),
                        kColumns);
            if (info.personalColumns.contains(name) && !request.clearPersonalData)
                invalid(QCoreApplication::translate("gc::ExportSourcePlan",
                            "“%1” holds personal data: ask for clear personal data to export it "
                            "(otherwise the pseudonym stands for the person).")
                            .arg(name),
                    kColumns);
            plan.columns << *c;
        }
    }

    const QString kWhere = QStringLiteral("where");
    for (const ExportCondition& condition : request.filters) {
        const ExportColumn* c = findColumn(info, condition.column);
        if (!c)
            invalid(QCoreApplication::translate("gc::ExportSourcePlan",
                        "The filter “%1” names “%2”, which is not a column of %3. Its columns: %4.")
                        .arg(condition.toString(), condition.column, info.name, columnList(info)),
                kWhere);
        if (info.unfilterableColumns.contains(c->name))
            unfilterable(condition, info);
        if (info.personalColumns.contains(c->name) && !request.clearPersonalData)
            invalid(QCoreApplication::translate("gc::ExportSourcePlan",
                        "The filter “%1” looks into personal data: ask for clear personal data to filter on "
                        "“%2”.")
                        .arg(condition.toString(), c->name),
                kWhere);
        plan.conditions << ExportTypedCondition::from(condition, *c);
    }

    if (request.sort) {
        const QString kSort = QStringLiteral("sort");
        const ExportColumn* c = findColumn(info, request.sort->column);
        if (!c)
            invalid(QCoreApplication::translate("gc::ExportSourcePlan",
                        "The sort column “%1” is not a column of %2. Its columns: %3.")
                        .arg(request.sort->column, info.name, columnList(info)),
                kSort);
        if ((info.personalColumns.contains(c->name) && !request.clearPersonalData)
            || info.unfilterableColumns.contains(c->name))
            invalid(
                QCoreApplication::translate("gc::ExportSourcePlan", "The export cannot be sorted by “%1”.")
                    .arg(c->name),
                kSort);
        plan.sort = request.sort;
    }
    return plan;
}

} // namespace gc
