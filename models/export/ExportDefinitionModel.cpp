#include "ExportDefinitionModel.h"

namespace gc {

namespace {

QString utcText(const QDateTime& t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC");
}

} // namespace

ExportDefinitionModel::ExportDefinitionModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void ExportDefinitionModel::setDefinitions(const QList<ExportDefinition>& definitions)
{
    beginResetModel();
    m_rows = definitions;
    endResetModel();
}

int ExportDefinitionModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ExportDefinitionModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ExportDefinitionModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ExportDefinition& d = m_rows.at(index.row());
    if (role == Qt::CheckStateRole && index.column() == Enabled)
        return d.enabled ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::ToolTipRole && index.column() == Name)
        return d.request.value(QStringLiteral("destination")).toString();
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Name:
        return d.name;
    case Schedule:
        return d.schedule;
    case Source:
        return d.request.value(QStringLiteral("source")).toString();
    case Format:
        return d.request.value(QStringLiteral("format")).toString();
    case Enabled:
        return d.enabled ? tr("yes") : tr("no");
    case NextRun:
        return d.enabled ? utcText(d.nextRunAt) : QString();
    case LastRun:
        return d.lastRunAt ? utcText(*d.lastRunAt) : QString();
    case Owner:
        return d.ownerName;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ExportDefinitionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Name:
        return tr("Name");
    case Schedule:
        return tr("Schedule (UTC)");
    case Source:
        return tr("Source");
    case Format:
        return tr("Format");
    case Enabled:
        return tr("Enabled");
    case NextRun:
        return tr("Next run");
    case LastRun:
        return tr("Last run");
    case Owner:
        return tr("Owner");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace gc
