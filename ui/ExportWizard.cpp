#include "ExportWizard.h"

#include "ExportWizardPageColumns.h"
#include "ExportWizardPageDestination.h"
#include "ExportWizardPageFormat.h"
#include "ExportWizardPageRun.h"
#include "ExportWizardPageSource.h"

#include "audit/AuditEventType.h"
#include "audit/AuditFilter.h"
#include "core/DomainError.h"
#include "store/PseudonymSecret.h"

#include <QDateTime>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QStandardPaths>

namespace gc {

namespace {

/// The wizard's settings keys, in one place.
QString rememberedKey(ExportSourceId source)
{
    return QStringLiteral("exportWizard/request_") + exportSource(source).name;
}
const QString kLastSourceKey = QStringLiteral("exportWizard/lastSource");
const QString kLastFolderKey = QStringLiteral("exportWizard/lastFolder");
const QString kGeometryKey = QStringLiteral("exportWizard/geometry");

QString utcText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace

ExportWizard::ExportWizard(Store& store, AuditLog& log, const Session& session, const Clock& clock, QWidget* parent)
    : QWizard(parent)
    , m_store(store)
    , m_log(log)
    , m_session(session)
    , m_clock(clock)
    , m_sourcePage(new ExportWizardPageSource(*this))
    , m_columnsPage(new ExportWizardPageColumns(*this))
    , m_formatPage(new ExportWizardPageFormat(*this))
    , m_destinationPage(nullptr)
    , m_runPage(nullptr)
{
    setObjectName(QStringLiteral("exportWizard"));
    setWindowTitle(tr("Export Data"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoCancelButtonOnLastPage, false);
    // Made after the format page: it follows the format's extension.
    m_destinationPage = new ExportWizardPageDestination(*this);
    m_runPage = new ExportWizardPageRun(*this);
    setPage(SourcePage, m_sourcePage);
    setPage(ColumnsPage, m_columnsPage);
    setPage(FormatPage, m_formatPage);
    setPage(DestinationPage, m_destinationPage);
    setPage(RunPage, m_runPage);
    // The destination's Next starts the export; the run page cannot go back while it writes.
    setButtonText(QWizard::FinishButton, tr("&Close"));

    const QSettings settings;
    const auto last = exportSourceByName(settings.value(kLastSourceKey).toString());
    if (!(last && m_sourcePage->setSource(*last))) {
        for (const ExportSourceInfo& info : exportSources())
            if (m_sourcePage->setSource(info.id))
                break;
    }
    resize(1000, 720);
    const QByteArray geometry = settings.value(kGeometryKey).toByteArray();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
}

ExportWizard::~ExportWizard()
{
    QSettings().setValue(kGeometryKey, saveGeometry());
}

void ExportWizard::preset(ExportSourceId source, const QList<ExportCondition>& filters, const QStringList& notes)
{
    if (!m_sourcePage->setSource(source))
        return;
    m_presetSource = source;
    m_presetFilters = filters;
    m_presetNotes = notes;
    m_notesSource = source;
}

QStringList ExportWizard::presetNotes(ExportSourceId source) const
{
    return m_notesSource == source ? m_presetNotes : QStringList();
}

std::optional<QList<ExportCondition>> ExportWizard::takePreset(ExportSourceId source)
{
    if (!m_presetSource || *m_presetSource != source)
        return std::nullopt;
    m_presetSource.reset();
    return m_presetFilters;
}

ExportRequest ExportWizard::request() const
{
    ExportRequest r;
    r.source = m_sourcePage->source();
    m_columnsPage->fill(r);
    m_formatPage->fill(r);
    if (m_destinationPage)
        r.destination = m_destinationPage->path();
    return r;
}

ExportRequest ExportWizard::rememberedRequest(ExportSourceId source) const
{
    ExportRequest fallback;
    fallback.source = source;
    const QByteArray json = QSettings().value(rememberedKey(source)).toByteArray();
    if (json.isEmpty())
        return fallback;
    try {
        ExportRequest r = ExportRequest::fromJson(QJsonDocument::fromJson(json).object());
        r.source = source;
        return r;
    } catch (const DomainError&) {
        return fallback; // written by another version: start afresh rather than refuse
    }
}

void ExportWizard::remember(const ExportRequest& request)
{
    QSettings settings;
    settings.setValue(rememberedKey(request.source), QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact));
    settings.setValue(kLastSourceKey, exportSource(request.source).name);
    settings.setValue(kLastFolderKey, QFileInfo(request.destination).absolutePath());
}

void ExportWizard::setSavedDefinition(std::optional<ExportDefinition> definition, bool runNow)
{
    m_savedDefinition = std::move(definition);
    m_runAfterSaving = runNow;
}

QString ExportWizard::lastFolder() const
{
    const QString folder = QSettings().value(kLastFolderKey).toString();
    if (!folder.isEmpty() && QDir(folder).exists())
        return folder;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

QByteArray ExportWizard::pseudonymKey()
{
    if (!m_pseudonymKey)
        m_pseudonymKey = PseudonymSecret::get(m_store);
    return *m_pseudonymKey;
}

void ExportWizard::reject()
{
    if (m_runPage->isRunning()) {
        // Closes once the job has stopped and removed its temporary files.
        m_runPage->cancel(true);
        return;
    }
    QWizard::reject();
}

QList<ExportCondition> ExportWizard::auditFilterConditions(const AuditFilter& filter, QStringList* notes)
{
    QList<ExportCondition> out;
    const auto add = [&out](const char* column, ExportOperator op, const QString& value) {
        out.append({ QLatin1String(column), op, value });
    };
    const auto skipped = [notes](const QString& text) {
        if (notes)
            notes->append(text);
    };
    if (filter.fromMs)
        add("time", ExportOperator::GreaterOrEqual, utcText(*filter.fromMs));
    if (filter.toMs)
        add("time", ExportOperator::Less, utcText(*filter.toMs));
    if (filter.tenantScope == AuditFilter::TenantScope::Platform)
        add("tenant_id", ExportOperator::Equal, QStringLiteral("null"));
    else if (filter.tenantScope == AuditFilter::TenantScope::Tenant)
        add("tenant_id", ExportOperator::Equal, QString::number(filter.tenant.value));
    if (!filter.actorId.isEmpty())
        add("actor", ExportOperator::Equal, filter.actorId);
    // Conditions combine with AND: a list of several values has no condition.
    if (filter.types.size() == 1)
        add("type", ExportOperator::Equal, auditEventTypeId(filter.types.constFirst()));
    else if (!filter.types.isEmpty())
        skipped(tr("The pane's choice of several event types is not carried over."));
    if (filter.categories.size() == 1)
        add("category", ExportOperator::Equal, auditCategoryId(filter.categories.constFirst()));
    else if (!filter.categories.isEmpty())
        skipped(tr("The pane's choice of several categories is not carried over."));
    if (filter.severities.size() == 1)
        add("severity", ExportOperator::Equal, auditSeverityId(filter.severities.constFirst()));
    else if (!filter.severities.isEmpty())
        skipped(tr("The pane's severity range is not carried over: the export takes one severity "
                   "(severity = warning, for example)."));
    if (filter.outcomes.size() == 1)
        add("outcome", ExportOperator::Equal, auditOutcomeId(filter.outcomes.constFirst()));
    else if (!filter.outcomes.isEmpty())
        skipped(tr("The pane's choice of several outcomes is not carried over: the export takes one outcome."));
    if (!filter.resource.isEmpty())
        add("resource", ExportOperator::Equal, filter.resource);
    if (!filter.text.isEmpty())
        add("details", ExportOperator::Contains, filter.text);
    return out;
}

} // namespace gc
