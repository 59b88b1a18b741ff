// geoconsole tenants ...: list, show and change tenants through TenantService.
#include "CliCommand.h"
#include "CliCommands.h"
#include "CliContext.h"
#include "CliErrors.h"
#include "CliOutput.h"
#include "CliProgress.h"
#include "CliTable.h"

#include "core/DomainError.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace gc::cli {

namespace {

Tier parseTier(const QString& text)
{
    if (auto tier = tierFromId(text))
        return *tier;
    QStringList ids;
    for (Tier t : allTiers())
        ids << tierId(t);
    throw DomainError(DomainError::Kind::Invalid,
        QCoreApplication::translate("CliTenants", "'%1' is not a tier; use one of: %2")
            .arg(text, ids.join(QStringLiteral(", "))),
        QStringLiteral("tier"));
}

ConfigType parseConfigType(const QString& text)
{
    if (auto type = configTypeFromId(text.trimmed().toLower()))
        return *type;
    QStringList ids;
    for (auto t : { ConfigType::String, ConfigType::Integer, ConfigType::Decimal, ConfigType::Boolean,
             ConfigType::Url, ConfigType::Email, ConfigType::Duration })
        ids << configTypeId(t);
    throw DomainError(DomainError::Kind::Invalid,
        QCoreApplication::translate("CliTenants", "'%1' is not a configuration type; use one of: %2")
            .arg(text, ids.join(QStringLiteral(", "))),
        QStringLiteral("type"));
}

/// KEY=TYPE:VALUE, as given to provision --config.
ConfigEntry parseConfigArgument(const QString& text)
{
    const qsizetype eq = text.indexOf(QLatin1Char('='));
    const qsizetype colon = eq < 0 ? -1 : text.indexOf(QLatin1Char(':'), eq + 1);
    if (eq <= 0 || colon < 0)
        throw UsageError(QCoreApplication::translate(
            "CliTenants", "--config needs KEY=TYPE:VALUE, e.g. alerts.threshold=integer:150; got '%1'")
                             .arg(text));
    ConfigEntry entry;
    entry.key = text.left(eq);
    entry.type = parseConfigType(text.mid(eq + 1, colon - eq - 1));
    entry.value = text.mid(colon + 1);
    return entry;
}

QString priceText(const Tenant& t)
{
    if (t.tier == Tier::Enterprise)
        return t.customPriceCents ? humanPrice(t.customPriceCents)
                                  : QCoreApplication::translate("CliTenants", "negotiated");
    return humanPrice(tierLimits(t.tier).priceCentsPerMonth);
}

QJsonObject quotaJson(const QuotaStatus& q)
{
    return QJsonObject { { QStringLiteral("used"), q.used },
        { QStringLiteral("limit"), jsonNumber(q.limit) } };
}

QString quotaText(const QuotaStatus& q)
{
    return QCoreApplication::translate("CliTenants", "%1 of %2")
        .arg(QLocale().toString(q.used), humanLimit(q.limit));
}

QJsonObject configJson(const ConfigEntry& e)
{
    return QJsonObject { { QStringLiteral("key"), e.key }, { QStringLiteral("type"), configTypeId(e.type) },
        { QStringLiteral("value"), e.value } };
}

/// The tenant after a change: JSON, or a confirmation line and its details.
void printTenant(CliContext& context, const Tenant& t, const QString& confirmation = {})
{
    std::optional<QuotaStatus> users;
    std::optional<QuotaStatus> requests;
    QList<ConfigEntry> config;
    try {
        users = context.tenants().userQuota(t.id);
        requests = context.tenants().requestQuotaToday(t.id);
        config = context.tenants().config(t.id);
    } catch (const DomainError& e) {
        // A role that may see the tenant but not its usage still gets the rest.
        if (e.kind() != DomainError::Kind::PermissionDenied)
            throw;
    }
    if (context.json()) {
        QJsonObject o = tenantJson(t);
        o[QStringLiteral("userQuota")] = users ? QJsonValue(quotaJson(*users)) : QJsonValue(QJsonValue::Null);
        o[QStringLiteral("requestQuotaToday")]
            = requests ? QJsonValue(quotaJson(*requests)) : QJsonValue(QJsonValue::Null);
        o[QStringLiteral("config")] = jsonArray(config, configJson);
        printJson(o);
        return;
    }
    if (!confirmation.isEmpty())
        out() << confirmation << "\n\n";
    QList<QPair<QString, QString>> fields {
        { QCoreApplication::translate("CliTenants", "Slug"), t.slug },
        { QCoreApplication::translate("CliTenants", "Name"), t.name },
        { QCoreApplication::translate("CliTenants", "Tier"), tierDisplayName(t.tier) },
        { QCoreApplication::translate("CliTenants", "Price per month"), priceText(t) },
        { QCoreApplication::translate("CliTenants", "Status"), tenantStatusDisplayName(t.status) },
    };
    if (!t.statusReason.isEmpty())
        fields << qMakePair(QCoreApplication::translate("CliTenants", "Status reason"), t.statusReason);
    if (t.statusChangedAt)
        fields << qMakePair(
            QCoreApplication::translate("CliTenants", "Status changed"), humanTime(t.statusChangedAt));
    if (t.purgeAfter)
        fields << qMakePair(
            QCoreApplication::translate("CliTenants", "Purge after"), humanTime(t.purgeAfter));
    fields << qMakePair(QCoreApplication::translate("CliTenants", "Contact name"), t.contactName)
           << qMakePair(QCoreApplication::translate("CliTenants", "Contact e-mail"), t.contactEmail)
           << qMakePair(QCoreApplication::translate("CliTenants", "Region"), t.region)
           << qMakePair(QCoreApplication::translate("CliTenants", "Created"), humanTime(t.createdAt));
    if (users)
        fields << qMakePair(QCoreApplication::translate("CliTenants", "Active users"), quotaText(*users));
    if (requests)
        fields << qMakePair(
            QCoreApplication::translate("CliTenants", "Requests today"), quotaText(*requests));
    for (const ConfigEntry& e : config)
        fields << qMakePair(QCoreApplication::translate("CliTenants", "Config %1").arg(e.key),
            e.value + QStringLiteral(" (") + configTypeId(e.type) + QLatin1Char(')'));
    printFields(fields);
}

/// Confirmation for a change that needs no details (human mode) or the tenant (JSON).
void printChanged(CliContext& context, const Tenant& t, const QString& confirmation)
{
    if (context.json()) {
        printTenant(context, t);
        return;
    }
    printLine(confirmation);
}

int list(CliContext& context, CliCommand& cmd, const QStringList& args)
{
    cmd.addOption({ QStringLiteral("status"),
        QCoreApplication::translate(
            "CliTenants", "Only tenants with this status: active, suspended, offboarding."),
        QCoreApplication::translate("CliTenants", "STATUS") });
    cmd.addOption({ QStringLiteral("tier"),
        QCoreApplication::translate("CliTenants", "Only tenants on this tier: free, basic, pro, enterprise."),
        QCoreApplication::translate("CliTenants", "TIER") });
    cmd.addOption({ QStringLiteral("search"),
        QCoreApplication::translate("CliTenants", "Only tenants whose slug, name or contact contains TEXT."),
        QCoreApplication::translate("CliTenants", "TEXT") });
    if (!cmd.parse(args))
        return ExitOk;
    std::optional<TenantStatus> status;
    if (cmd.isSet(QStringLiteral("status"))) {
        status = tenantStatusFromId(cmd.value(QStringLiteral("status")).trimmed().toLower());
        if (!status)
            throw DomainError(DomainError::Kind::Invalid,
                QCoreApplication::translate(
                    "CliTenants", "'%1' is not a status; use active, suspended or offboarding")
                    .arg(cmd.value(QStringLiteral("status"))),
                QStringLiteral("status"));
    }
    std::optional<Tier> tier;
    if (cmd.isSet(QStringLiteral("tier")))
        tier = parseTier(cmd.value(QStringLiteral("tier")));
    const QString search = cmd.value(QStringLiteral("search")).trimmed();

    context.signIn();
    QList<TenantSummary> rows;
    for (const TenantSummary& s : context.tenants().listTenants()) {
        const Tenant& t = s.tenant;
        if (status && t.status != *status)
            continue;
        if (tier && t.tier != *tier)
            continue;
        if (!search.isEmpty()
            && !(t.slug.contains(search, Qt::CaseInsensitive) || t.name.contains(search, Qt::CaseInsensitive)
                || t.contactName.contains(search, Qt::CaseInsensitive)
                || t.contactEmail.contains(search, Qt::CaseInsensitive)))
            continue;
        rows << s;
    }
    if (context.json()) {
        QJsonArray array;
        for (const TenantSummary& s : rows) {
            QJsonObject o = tenantJson(s.tenant);
            o[QStringLiteral("activeUsers")] = s.activeUsers;
            o[QStringLiteral("requestsToday")] = s.requestsToday;
            o[QStringLiteral("activeApiKeys")] = s.activeApiKeys;
            array.append(o);
        }
        printJson(array);
        return ExitOk;
    }
    CliTable table({ QCoreApplication::translate("CliTenants", "SLUG"),
        QCoreApplication::translate("CliTenants", "NAME"), QCoreApplication::translate("CliTenants", "TIER"),
        QCoreApplication::translate("CliTenants", "STATUS"),
        QCoreApplication::translate("CliTenants", "REGION"),
        QCoreApplication::translate("CliTenants", "USERS"),
        QCoreApplication::translate("CliTenants", "REQUESTS TODAY"),
        QCoreApplication::translate("CliTenants", "KEYS"),
        QCoreApplication::translate("CliTenants", "CREATED") });
    for (int c : { 5, 6, 7 })
        table.alignRight(c);
    const QLocale locale;
    for (const TenantSummary& s : rows) {
        const Tenant& t = s.tenant;
        table.addRow({ t.slug, t.name, tierDisplayName(t.tier), tenantStatusDisplayName(t.status), t.region,
            locale.toString(s.activeUsers), locale.toString(s.requestsToday),
            locale.toString(s.activeApiKeys), t.createdAt.toUTC().toString(QStringLiteral("yyyy-MM-dd")) });
    }
    table.print(QCoreApplication::translate("CliTenants", "No tenants match."));
    return ExitOk;
}

int show(CliContext& context, CliCommand& cmd, const QStringList& args)
{
    cmd.addPositional(
        QStringLiteral("SLUG"), QCoreApplication::translate("CliTenants", "The tenant's slug."));
    if (!cmd.parse(args))
        return ExitOk;
    printTenant(context, signedInTenant(context, cmd));
    return ExitOk;
}

int provision(CliContext& context, CliCommand& cmd, const QStringList& args)
{
    cmd.addOption({ QStringLiteral("slug"),
        QCoreApplication::translate("CliTenants", "Unique short name: lower-case letters, digits and '-'."),
        QCoreApplication::translate("CliTenants", "SLUG") });
    cmd.addOption({ QStringLiteral("name"), QCoreApplication::translate("CliTenants", "Display name."),
        QCoreApplication::translate("CliTenants", "NAME") });
    cmd.addOption({ QStringLiteral("tier"),
        QCoreApplication::translate("CliTenants", "free, basic, pro or enterprise."),
        QCoreApplication::translate("CliTenants", "TIER") });
    cmd.addOption({ QStringLiteral("contact-email"),
        QCoreApplication::translate("CliTenants", "Contact's e-mail address."),
        QCoreApplication::translate("CliTenants", "EMAIL") });
    cmd.addOption(
        { QStringLiteral("contact-name"), QCoreApplication::translate("CliTenants", "Contact's name."),
            QCoreApplication::translate("CliTenants", "NAME") });
    cmd.addOption({ QStringLiteral("region"),
        QCoreApplication::translate("CliTenants", "Data region: %1.")
            .arg(knownRegions().join(QStringLiteral(", "))),
        QCoreApplication::translate("CliTenants", "REGION") });
    cmd.addOption({ QStringLiteral("price-cents"),
        QCoreApplication::translate("CliTenants", "Negotiated monthly price in cents (enterprise only)."),
        QCoreApplication::translate("CliTenants", "N") });
    cmd.addOption({ QStringLiteral("config"),
        QCoreApplication::translate("CliTenants",
            "Custom configuration entry; repeatable. TYPE is one of string, "
            "integer, decimal, boolean, url, email, duration."),
        QCoreApplication::translate("CliTenants", "KEY=TYPE:VALUE") });
    if (!cmd.parse(args))
        return ExitOk;
    TenantDraft draft;
    draft.slug = cmd.required(QStringLiteral("slug"));
    draft.name = cmd.required(QStringLiteral("name"));
    draft.tier = parseTier(cmd.required(QStringLiteral("tier")));
    draft.contactEmail = cmd.required(QStringLiteral("contact-email"));
    draft.contactName = cmd.value(QStringLiteral("contact-name"));
    draft.region = cmd.required(QStringLiteral("region"));
    draft.customPriceCents
        = cmd.integer(QStringLiteral("price-cents"), 0, std::numeric_limits<qint64>::max());
    for (const QString& c : cmd.values(QStringLiteral("config")))
        draft.config << parseConfigArgument(c);

    context.signIn();
    const Tenant t = context.tenants().provision(draft);
    printTenant(
        context, t, QCoreApplication::translate("CliTenants", "Tenant “%1” provisioned.").arg(t.slug));
    return ExitOk;
}

int edit(CliContext& context, CliCommand& cmd, const QStringList& args)
{
    cmd.addPositional(
        QStringLiteral("SLUG"), QCoreApplication::translate("CliTenants", "The tenant's slug."));
    cmd.addOption({ QStringLiteral("name"), QCoreApplication::translate("CliTenants", "New display name."),
        QCoreApplication::translate("CliTenants", "NAME") });
    cmd.addOption(
        { QStringLiteral("contact-name"), QCoreApplication::translate("CliTenants", "New contact name."),
            QCoreApplication::translate("CliTenants", "NAME") });
    cmd.addOption({ QStringLiteral("contact-email"),
        QCoreApplication::translate("CliTenants", "New contact e-mail address."),
        QCoreApplication::translate("CliTenants", "EMAIL") });
    cmd.addOption({ QStringLiteral("region"), QCoreApplication::translate("CliTenants", "New data region."),
        QCoreApplication::translate("CliTenants", "REGION") });
    if (!cmd.parse(args))
        return ExitOk;
    const auto given = [&](const char* option, const QString& current) {
        const QString name = QString::fromLatin1(option);
        return cmd.isSet(name) ? cmd.value(name) : current;
    };
    if (!cmd.isSet(QStringLiteral("name")) && !cmd.isSet(QStringLiteral("contact-name"))
        && !cmd.isSet(QStringLiteral("contact-email")) && !cmd.isSet(QStringLiteral("region")))
        throw UsageError(QCoreApplication::translate(
            "CliTenants", "nothing to change: give --name, --contact-name, --contact-email or --region"));

    const Tenant before = signedInTenant(context, cmd);
    const Tenant t = context.tenants().updateDetails(before.id, given("name", before.name),
        given("contact-name", before.contactName), given("contact-email", before.contactEmail),
        given("region", before.region));
    printTenant(context, t, QCoreApplication::translate("CliTenants", "Tenant “%1” updated.").arg(t.slug));
    return ExitOk;
}

int setTier(CliContext& context, CliCommand& cmd, const QStringList& args)
{
    cmd.addPositional(
        QStringLiteral("SLUG"), QCoreApplication::translate("CliTenants", "The tenant's slug."));
    cmd.addPositional(
        QStringLiteral("TIER"), QCoreApplication::translate("CliTenants", "free, basic, pro or enterprise."));
    cmd.addOption({ QStringLiteral("price-cents"),
        QCoreApplication::translate("CliTenants", "Negotiated monthly price in cents (enterprise only)."),
        QCoreApplication::translate("CliTenants", "N") });
    if (!cmd.parse(args))
        return ExitOk;
    const Tier to = parseTier(cmd.positional(1));
    const auto price = cmd.integer(QStringLiteral("price-cents"), 0, std::numeric_limits<qint64>::max());
    const Tenant before = signedInTenant(context, cmd);
    const Tenant t = context.tenants().changeTier(before.id, to, price);
    printChanged(context, t,
        QCoreApplication::translate("CliTenants", "Tenant “%1” moved from %2 to %3.")
            .arg(t.slug, tierDisplayName(before.tier), tierDisplayName(t.tier)));
    return ExitOk;
}

int suspend(CliContext& context, CliCommand& cmd, const QStringList& args)
{
    cmd.addPositional(
        QStringLiteral("SLUG"), QCoreApplication::translate("CliTenants", "The tenant's slug."));
    cmd.addOption({ QStringLiteral("reason"),
        QCoreApplication::translate("CliTenants", "Why the tenant is suspended (kept with the tenant)."),
        QCoreApplication::translate("CliTenants", "TEXT") });
    if (!cmd.parse(args))
        return ExitOk;
    const QString reason = cmd.required(QStringLiteral("reason"));
    const TenantId id = signedInTenant(context, cmd).id;
    const Tenant t = context.tenants().suspend(id, reason);
    printChanged(context, t,
        QCoreApplication::translate(
            "CliTenants", "Tenant “%1” suspended; its API keys no longer authenticate.")
            .arg(t.slug));
    return ExitOk;
}

int reactivate(CliContext& context, CliCommand& cmd, const QStringList& args)
{
    cmd.addPositional(
        QStringLiteral("SLUG"), QCoreApplication::translate("CliTenants", "The tenant's slug."));
    if (!cmd.parse(args))
        return ExitOk;
    const TenantId id = signedInTenant(context, cmd).id;
    const Tenant t = context.tenants().reactivate(id);
    printChanged(
        context, t, QCoreApplication::translate("CliTenants", "Tenant “%1” is active again.").arg(t.slug));
    return ExitOk;
}

int offboard(CliContext& context, CliCommand& cmd, const QStringList& args)
{
    cmd.addPositional(
        QStringLiteral("SLUG"), QCoreApplication::translate("CliTenants", "The tenant's slug."));
    cmd.addOption({ QStringLiteral("grace-days"),
        QCoreApplication::translate(
            "CliTenants", "Days before the tenant can be purged (0 to 365, default 30)."),
        QCoreApplication::translate("CliTenants", "N"), QStringLiteral("30") });
    if (!cmd.parse(args))
        return ExitOk;
    const int grace = int(cmd.integer(QStringLiteral("grace-days"), 0, 365).value_or(30));
    const TenantId id = signedInTenant(context, cmd).id;
    const Tenant t = context.tenants().offboard(id, grace);
    printChanged(context, t,
        QCoreApplication::translate(
            "CliTenants", "Tenant “%1” is offboarding and read-only; it can be purged after %2.")
            .arg(t.slug, humanTime(t.purgeAfter)));
    return ExitOk;
}

int purge(CliContext& context, CliCommand& cmd, const QStringList& args)
{
    cmd.addPositional(
        QStringLiteral("SLUG"), QCoreApplication::translate("CliTenants", "The tenant's slug."));
    cmd.addOption({ QStringLiteral("confirm"),
        QCoreApplication::translate("CliTenants", "The slug typed again, to confirm."),
        QCoreApplication::translate("CliTenants", "SLUG") });
    cmd.addOption({ QStringLiteral("ignore-grace"),
        QCoreApplication::translate("CliTenants", "Purge before the grace period is over.") });
    if (!cmd.parse(args))
        return ExitOk;
    const QString confirm = cmd.required(QStringLiteral("confirm"));
    const Tenant t = signedInTenant(context, cmd);
    const QString stage = QCoreApplication::translate("CliTenants", "Purging %1").arg(t.slug);
    {
        CliProgress progress;
        try {
            context.tenants().purge(
                t.id, confirm, cmd.isSet(QStringLiteral("ignore-grace")), [&](qint64 done, qint64 total) {
                    const int percent = total > 0 ? int(done * 100 / total) : 100;
                    return progress.update(percent, stage);
                });
        } catch (const std::exception&) {
            if (!CliProgress::interrupted())
                throw;
        }
        if (CliProgress::interrupted())
            throw CliExit(ExitCancelled,
                QCoreApplication::translate("CliTenants", "purge cancelled; nothing was deleted"));
        progress.update(100, stage);
    }
    if (context.json()) {
        printJson(QJsonObject { { QStringLiteral("purged"), t.slug } });
    } else {
        printLine(QCoreApplication::translate("CliTenants", "Tenant “%1” and all its data were deleted.")
                      .arg(t.slug));
    }
    return ExitOk;
}

int config(CliContext& context, CliCommand& cmd, const QStringList& args)
{
    cmd.addPositional(
        QStringLiteral("SLUG"), QCoreApplication::translate("CliTenants", "The tenant's slug."));
    cmd.addOptionalPositional(QStringLiteral("change"),
        QCoreApplication::translate("CliTenants",
            "Without it, lists the configuration. 'set KEY TYPE VALUE' stores an entry "
            "(TYPE: string, integer, decimal, boolean, url, email, duration); 'unset KEY' "
            "removes one."),
        QStringLiteral("[set KEY TYPE VALUE | unset KEY]"));
    // "set KEY TYPE VALUE" is four words; their count is checked below.
    cmd.allowMorePositionals(3);
    if (!cmd.parse(args))
        return ExitOk;
    const QString verb = cmd.positional(1);
    const int n = cmd.positionalCount();
    if (!verb.isEmpty()
        && !((verb == QLatin1String("set") && n == 5) || (verb == QLatin1String("unset") && n == 3)))
        throw UsageError(QCoreApplication::translate(
            "CliTenants", "use 'tenants config SLUG set KEY TYPE VALUE' or 'tenants config SLUG unset KEY'"));
    std::optional<ConfigEntry> entry;
    if (verb == QLatin1String("set"))
        entry = ConfigEntry { cmd.positional(2), parseConfigType(cmd.positional(3)), cmd.positional(4) };

    const Tenant t = signedInTenant(context, cmd);
    if (entry) {
        const ConfigEntry stored = context.tenants().setConfig(t.id, *entry);
        if (context.json()) {
            printJson(configJson(stored));
        } else {
            printLine(QCoreApplication::translate("CliTenants", "%1 = %2 (%3) stored for “%4”.")
                          .arg(stored.key, stored.value, configTypeId(stored.type), t.slug));
        }
        return ExitOk;
    }
    if (verb == QLatin1String("unset")) {
        context.tenants().removeConfig(t.id, cmd.positional(2));
        if (context.json()) {
            printJson(QJsonObject { { QStringLiteral("removed"), cmd.positional(2) } });
        } else {
            printLine(QCoreApplication::translate("CliTenants", "%1 removed from “%2”.")
                          .arg(cmd.positional(2), t.slug));
        }
        return ExitOk;
    }
    const auto entries = context.tenants().config(t.id);
    if (context.json()) {
        printJson(jsonArray(entries, configJson));
        return ExitOk;
    }
    CliTable table(
        { QCoreApplication::translate("CliTenants", "KEY"), QCoreApplication::translate("CliTenants", "TYPE"),
            QCoreApplication::translate("CliTenants", "VALUE") });
    for (const ConfigEntry& e : entries)
        table.addRow({ e.key, configTypeId(e.type), e.value });
    table.print(QCoreApplication::translate("CliTenants", "“%1” has no custom configuration.").arg(t.slug));
    return ExitOk;
}

int usage(CliContext& context, CliCommand& cmd, const QStringList& args)
{
    cmd.addPositional(
        QStringLiteral("SLUG"), QCoreApplication::translate("CliTenants", "The tenant's slug."));
    cmd.addOption({ QStringLiteral("days"),
        QCoreApplication::translate("CliTenants", "How many days back, up to today (1 to 366, default 30)."),
        QCoreApplication::translate("CliTenants", "N"), QStringLiteral("30") });
    if (!cmd.parse(args))
        return ExitOk;
    const int days = int(cmd.integer(QStringLiteral("days"), 1, 366).value_or(30));
    const Tenant t = signedInTenant(context, cmd);
    const auto rows = context.tenants().usage(t.id, days);
    if (context.json()) {
        const QJsonArray array = jsonArray(rows, [](const UsageDay& d) {
            return QJsonObject { { QStringLiteral("day"), d.day.toString(Qt::ISODate) },
                { QStringLiteral("requests"), d.requests }, { QStringLiteral("errors"), d.errors } };
        });
        printJson(QJsonObject { { QStringLiteral("slug"), t.slug }, { QStringLiteral("days"), array } });
        return ExitOk;
    }
    CliTable table({ QCoreApplication::translate("CliTenants", "DAY"),
        QCoreApplication::translate("CliTenants", "REQUESTS"),
        QCoreApplication::translate("CliTenants", "ERRORS") });
    table.alignRight(1);
    table.alignRight(2);
    const QLocale locale;
    qint64 requests = 0;
    qint64 errors = 0;
    for (const UsageDay& d : rows) {
        table.addRow({ d.day.toString(Qt::ISODate), locale.toString(d.requests), locale.toString(d.errors) });
        requests += d.requests;
        errors += d.errors;
    }
    if (!rows.isEmpty())
        table.addRow({ QCoreApplication::translate("CliTenants", "total"), locale.toString(requests),
            locale.toString(errors) });
    table.print(QCoreApplication::translate(
        "CliTenants", "No usage recorded for “%1” in the last %n day(s).", nullptr, days)
                    .arg(t.slug));
    return ExitOk;
}

} // namespace

Tenant tenantFor(CliContext& context, const QString& slug)
{
    return context.tenants().tenantBySlug(slug.trimmed());
}

Tenant signedInTenant(CliContext& context, const CliCommand& command)
{
    context.signIn();
    return tenantFor(context, command.positional(0));
}

QJsonObject tenantJson(const Tenant& t)
{
    return QJsonObject {
        { QStringLiteral("id"), t.id.value },
        { QStringLiteral("slug"), t.slug },
        { QStringLiteral("name"), t.name },
        { QStringLiteral("tier"), tierId(t.tier) },
        { QStringLiteral("status"), tenantStatusId(t.status) },
        { QStringLiteral("contactName"), t.contactName },
        { QStringLiteral("contactEmail"), t.contactEmail },
        { QStringLiteral("region"), t.region },
        { QStringLiteral("customPriceCents"), jsonNumber(t.customPriceCents) },
        { QStringLiteral("priceCentsPerMonth"),
            jsonNumber(
                t.tier == Tier::Enterprise ? t.customPriceCents : tierLimits(t.tier).priceCentsPerMonth) },
        { QStringLiteral("createdAt"), jsonTime(t.createdAt) },
        { QStringLiteral("statusChangedAt"), jsonTime(t.statusChangedAt) },
        { QStringLiteral("statusReason"), t.statusReason },
        { QStringLiteral("purgeAfter"), jsonTime(t.purgeAfter) },
    };
}

int runTenants(CliContext& context, const QStringList& args)
{
    const QList<CliAction> actions {
        { QStringLiteral("list"),
            QCoreApplication::translate("CliTenants", "List tenants, optionally filtered."), list },
        { QStringLiteral("show"),
            QCoreApplication::translate("CliTenants", "Show one tenant's details, quotas and configuration."),
            show },
        { QStringLiteral("provision"), QCoreApplication::translate("CliTenants", "Create a tenant."),
            provision },
        { QStringLiteral("edit"),
            QCoreApplication::translate("CliTenants", "Change a tenant's name, contact or region."), edit },
        { QStringLiteral("set-tier"),
            QCoreApplication::translate(
                "CliTenants", "Move a tenant to another tier (downgrades are checked against usage)."),
            setTier },
        { QStringLiteral("suspend"),
            QCoreApplication::translate("CliTenants", "Suspend a tenant: data kept, API keys stop working."),
            suspend },
        { QStringLiteral("reactivate"), QCoreApplication::translate("CliTenants", "End a suspension."),
            reactivate },
        { QStringLiteral("offboard"),
            QCoreApplication::translate("CliTenants", "Start the read-only grace period before a purge."),
            offboard },
        { QStringLiteral("purge"),
            QCoreApplication::translate("CliTenants", "Delete an offboarded tenant and all its data."),
            purge },
        { QStringLiteral("config"),
            QCoreApplication::translate("CliTenants", "List, set or remove custom configuration entries."),
            config },
        { QStringLiteral("usage"), QCoreApplication::translate("CliTenants", "Requests and errors per day."),
            usage },
    };
    return runArea(context, QStringLiteral("tenants"),
        QCoreApplication::translate("CliTenants", "Manage tenants."), actions, args);
}

} // namespace gc::cli
