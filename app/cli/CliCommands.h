#pragma once

#include "tenancy/TenantTypes.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace gc {
struct ExportRequest;
} // namespace gc

namespace gc::cli {

class CliCommand;
class CliContext;

// Each runs one top-level command with the arguments after its name and
// returns the exit code; failures are thrown and mapped to codes by Cli.
int runDemo(CliContext& context, const QStringList& args);
int runInit(CliContext& context, const QStringList& args);
int runTenants(CliContext& context, const QStringList& args);
int runUsers(CliContext& context, const QStringList& args);
int runKeys(CliContext& context, const QStringList& args);
int runOperators(CliContext& context, const QStringList& args);
int runStore(CliContext& context, const QStringList& args);
int runAudit(CliContext& context, const QStringList& args);
int runExport(CliContext& context, const QStringList& args);
/// `export define|definitions|history|run-due|undefine|enable|disable` (CliExportSchedule.cpp).
bool isExportScheduleAction(const QString& word);
int runExportSchedule(CliContext& context, const QStringList& args);
/// The options of `geoconsole export` and the request they describe, shared with `export define`.
void addExportRequestOptions(CliCommand& cmd);
ExportRequest exportRequestFrom(const CliCommand& cmd);

/// The signed-in session's view of the tenant with `slug` (DomainError NotFound).
Tenant tenantFor(CliContext& context, const QString& slug);
QJsonObject tenantJson(const Tenant& tenant);
/// Signs in and returns the tenant whose slug is the command's first argument.
Tenant signedInTenant(CliContext& context, const CliCommand& command);

} // namespace gc::cli
