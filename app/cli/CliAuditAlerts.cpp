// geoconsole audit alerts | resolve-alert | alert-rules: the alert rules on the audit trail.
#include "CliAudit.h"
#include "CliCommand.h"
#include "CliContext.h"
#include "CliErrors.h"
#include "CliOutput.h"
#include "CliTable.h"

#include "audit/AlertEngine.h"
#include "core/DomainError.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <limits>

namespace gc::cli {

namespace {

QJsonValue jsonSecs(const std::optional<qint64>& secs)
{
    return secs ? jsonTime(QDateTime::fromSecsSinceEpoch(*secs, Qt::UTC)) : QJsonValue(QJsonValue::Null);
}

QString humanSecs(const std::optional<qint64>& secs)
{
    return secs ? humanTime(QDateTime::fromSecsSinceEpoch(*secs, Qt::UTC)) : humanTime(std::nullopt);
}

QJsonObject alertJson(const AuditAlert& a)
{
    return QJsonObject { { QStringLiteral("id"), a.id }, { QStringLiteral("rule"), a.rule },
        { QStringLiteral("raisedSeq"), a.raisedSeq }, { QStringLiteral("raisedAt"), jsonSecs(a.raisedAt) },
        { QStringLiteral("subject"), a.subject }, { QStringLiteral("summary"), a.summary },
        { QStringLiteral("resolved"), a.resolved },
        { QStringLiteral("resolvedSeq"), jsonNumber(a.resolvedSeq) },
        { QStringLiteral("resolvedAt"), jsonSecs(a.resolvedAt) },
        { QStringLiteral("resolvedBy"),
            a.resolved ? QJsonValue(a.resolvedBy) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("resolution"),
            a.resolved ? QJsonValue(a.resolution) : QJsonValue(QJsonValue::Null) } };
}

QJsonObject ruleJson(const AuditAlertRuleConfig& r)
{
    return QJsonObject { { QStringLiteral("rule"), r.rule }, { QStringLiteral("enabled"), r.enabled },
        { QStringLiteral("threshold"), r.threshold }, { QStringLiteral("windowSeconds"), r.windowSeconds } };
}

QString ruleName(const QString& id)
{
    const auto kind = alertRuleFromId(id);
    return kind ? alertRuleDisplayName(*kind) : id;
}

QString ruleIds()
{
    QStringList ids;
    for (AlertRuleKind k : allAlertRuleKinds())
        ids << alertRuleId(k);
    return ids.join(QStringLiteral(", "));
}

int listAlerts(CliContext& context, CliCommand& cmd, const QStringList& args)
{
    cmd.addOption(
        { QStringLiteral("open"), QCoreApplication::translate("CliAuditAlerts", "Only unresolved alerts.") });
    cmd.addOption({ QStringLiteral("limit"),
        QCoreApplication::translate(
            "CliAuditAlerts", "At most this many alerts, newest first (default 500)."),
        QCoreApplication::translate("CliAuditAlerts", "N") });
    if (!cmd.parse(args))
        return ExitOk;
    const int limit = int(cmd.integer(QStringLiteral("limit"), 1, 100'000).value_or(500));
    context.session().require(Action::ViewAuditLog);
    const QList<AuditAlert> alerts = context.alerts().alerts(cmd.isSet(QStringLiteral("open")), limit);
    if (context.json()) {
        printJson(jsonArray(alerts, alertJson));
        return ExitOk;
    }
    CliTable table({ QCoreApplication::translate("CliAuditAlerts", "ID"),
        QCoreApplication::translate("CliAuditAlerts", "RAISED"),
        QCoreApplication::translate("CliAuditAlerts", "RULE"),
        QCoreApplication::translate("CliAuditAlerts", "SUMMARY"),
        QCoreApplication::translate("CliAuditAlerts", "STATUS") });
    table.alignRight(0);
    for (const AuditAlert& a : alerts)
        table.addRow({ QString::number(a.id), humanSecs(a.raisedAt), ruleName(a.rule), a.summary,
            a.resolved
                ? QCoreApplication::translate("CliAuditAlerts", "resolved %1").arg(humanSecs(a.resolvedAt))
                : QCoreApplication::translate("CliAuditAlerts", "open") });
    table.print(cmd.isSet(QStringLiteral("open"))
            ? QCoreApplication::translate("CliAuditAlerts", "No open alerts.")
            : QCoreApplication::translate("CliAuditAlerts", "No alerts have been raised."));
    return ExitOk;
}

int resolveAlert(CliContext& context, CliCommand& cmd, const QStringList& args)
{
    cmd.addPositional(QStringLiteral("ID"),
        QCoreApplication::translate("CliAuditAlerts", "The alert's id (see 'audit alerts')."));
    cmd.addOption({ QStringLiteral("note"),
        QCoreApplication::translate("CliAuditAlerts", "How the alert was resolved (recorded with it)."),
        QCoreApplication::translate("CliAuditAlerts", "TEXT") });
    if (!cmd.parse(args))
        return ExitOk;
    const qint64 id = cmd.positionalId(0);
    const QString note = cmd.required(QStringLiteral("note"));
    const Session& session = context.session();
    const AuditAlert a = context.alerts().resolve(session, id, note);
    if (context.json())
        printJson(alertJson(a));
    else
        printLine(QCoreApplication::translate("CliAuditAlerts", "Alert %1 (%2) resolved.")
                      .arg(QString::number(a.id), ruleName(a.rule)));
    return ExitOk;
}

bool parseYesNo(const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("yes") || t == QLatin1String("true") || t == QLatin1String("1"))
        return true;
    if (t == QLatin1String("no") || t == QLatin1String("false") || t == QLatin1String("0"))
        return false;
    throw UsageError(
        QCoreApplication::translate("CliAuditAlerts", "--enabled needs yes or no, not '%1'").arg(text));
}

void printRules(CliContext& context, const QList<AuditAlertRuleConfig>& rules)
{
    if (context.json()) {
        printJson(jsonArray(rules, ruleJson));
        return;
    }
    CliTable table({ QCoreApplication::translate("CliAuditAlerts", "RULE"),
        QCoreApplication::translate("CliAuditAlerts", "ENABLED"),
        QCoreApplication::translate("CliAuditAlerts", "THRESHOLD"),
        QCoreApplication::translate("CliAuditAlerts", "WINDOW (S)"),
        QCoreApplication::translate("CliAuditAlerts", "DESCRIPTION") });
    table.alignRight(2);
    table.alignRight(3);
    for (const AuditAlertRuleConfig& r : rules)
        table.addRow({ r.rule,
            r.enabled ? QCoreApplication::translate("CliAuditAlerts", "yes")
                      : QCoreApplication::translate("CliAuditAlerts", "no"),
            QString::number(r.threshold), QString::number(r.windowSeconds), ruleName(r.rule) });
    table.print(QString());
}

int alertRules(CliContext& context, CliCommand& cmd, const QStringList& args)
{
    cmd.addOptionalPositional(QStringLiteral("set"),
        QCoreApplication::translate("CliAuditAlerts", "\"set\" followed by the rule to change."),
        QStringLiteral("[set RULE]"));
    cmd.allowMorePositionals(1);
    cmd.addOption({ QStringLiteral("threshold"),
        QCoreApplication::translate(
            "CliAuditAlerts", "Events within the window that raise the alert (1 to 100000)."),
        QCoreApplication::translate("CliAuditAlerts", "N") });
    cmd.addOption({ QStringLiteral("window"),
        QCoreApplication::translate("CliAuditAlerts", "The window in seconds (1 to 2592000, i.e. 30 days)."),
        QCoreApplication::translate("CliAuditAlerts", "SECONDS") });
    cmd.addOption({ QStringLiteral("enabled"),
        QCoreApplication::translate("CliAuditAlerts", "Whether the rule is evaluated: yes or no."),
        QCoreApplication::translate("CliAuditAlerts", "yes|no") });
    cmd.setEpilog(QCoreApplication::translate("CliAuditAlerts",
        "Without arguments, lists the rules. Rules: %1.\n"
        "Example:  geoconsole audit alert-rules set export_burst --threshold 50 --window 900")
                      .arg(ruleIds()));
    if (!cmd.parse(args))
        return ExitOk;
    const bool setting = cmd.positionalCount() > 0;
    const bool anyOption = cmd.isSet(QStringLiteral("threshold")) || cmd.isSet(QStringLiteral("window"))
        || cmd.isSet(QStringLiteral("enabled"));
    if (!setting) {
        if (anyOption)
            throw UsageError(QCoreApplication::translate(
                "CliAuditAlerts", "--threshold, --window and --enabled need 'set RULE' before them"));
        context.session().require(Action::ViewAuditLog);
        printRules(context, context.alerts().rules());
        return ExitOk;
    }
    if (cmd.positional(0) != QLatin1String("set") || cmd.positionalCount() != 2)
        throw UsageError(QCoreApplication::translate("CliAuditAlerts",
            "use 'alert-rules' to list or 'alert-rules set RULE [options]' to change a rule"));
    if (!anyOption)
        throw UsageError(QCoreApplication::translate(
            "CliAuditAlerts", "'alert-rules set' needs --threshold, --window or --enabled"));
    // Out-of-range numbers are the rule's business (exit 1 with its message).
    constexpr qint64 kMin = std::numeric_limits<int>::min();
    constexpr qint64 kMax = std::numeric_limits<int>::max();
    const auto threshold = cmd.integer(QStringLiteral("threshold"), kMin, kMax);
    const auto window = cmd.integer(QStringLiteral("window"), kMin, kMax);
    // -1: keep, 0: disable, 1: enable.
    const int enabled
        = cmd.isSet(QStringLiteral("enabled")) ? int(parseYesNo(cmd.value(QStringLiteral("enabled")))) : -1;

    const QString id = cmd.positional(1).trimmed();
    const Session& session = context.session();
    AlertEngine& engine = context.alerts();
    AuditAlertRuleConfig rule;
    bool found = false;
    for (const AuditAlertRuleConfig& r : engine.rules()) {
        if (r.rule == id) {
            rule = r;
            found = true;
        }
    }
    if (!found)
        rule.rule = id; // setRule refuses it with the list of rules
    if (threshold)
        rule.threshold = int(*threshold);
    if (window)
        rule.windowSeconds = int(*window);
    if (enabled >= 0)
        rule.enabled = enabled == 1;
    engine.setRule(session, rule);
    if (context.json()) {
        printJson(ruleJson(rule));
    } else {
        printLine(QCoreApplication::translate("CliAuditAlerts", "Rule %1: %2, threshold %3 within %4 s.")
                      .arg(rule.rule,
                          rule.enabled ? QCoreApplication::translate("CliAuditAlerts", "enabled")
                                       : QCoreApplication::translate("CliAuditAlerts", "disabled"),
                          QString::number(rule.threshold), QString::number(rule.windowSeconds)));
    }
    return ExitOk;
}

} // namespace

QList<CliAction> auditAlertActions()
{
    return {
        { QStringLiteral("alerts"),
            QCoreApplication::translate(
                "CliAuditAlerts", "List raised alerts, newest first (--open: unresolved)."),
            listAlerts },
        { QStringLiteral("resolve-alert"),
            QCoreApplication::translate("CliAuditAlerts", "Resolve an alert with a note (--note TEXT)."),
            resolveAlert },
        { QStringLiteral("alert-rules"),
            QCoreApplication::translate(
                "CliAuditAlerts", "List the alert rules, or change one with 'set RULE'."),
            alertRules },
    };
}

} // namespace gc::cli
