#include "ExportRunModel.h"

#include <QLocale>

namespace gc {

ExportRunModel::ExportRunModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void ExportRunModel::setRuns(const QList<ExportRun>& runs)
{
    beginResetModel();
    m_rows = runs;
    endResetModel();
}

int ExportRunModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ExportRunModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ExportRunModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ExportRun& r = m_rows.at(index.row());
    const auto column = Column(index.column());
    if (role == Qt::ToolTipRole)
        return r.message.isEmpty() ? QVariant() : QVariant(r.message);
    if (role == Qt::TextAlignmentRole) {
        if (column == Rows || column == Size || column == Duration)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    const bool succeeded = r.outcome == ExportRunOutcome::Succeeded;
    switch (column) {
    case Definition:
        return r.definitionName;
    case Started:
        return QString(
            r.startedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" UTC"));
    case Outcome:
        return exportRunOutcomeDisplayName(r.outcome);
    case Rows:
        return succeeded ? locale.toString(r.rows) : QString();
    case Size:
        return succeeded ? locale.formattedDataSize(r.bytes) : QString();
    case Duration:
        return tr("%1 s").arg(locale.toString(double(r.durationMs) / 1000.0, 'f', 1));
    case Sha256:
        return QString::fromLatin1(r.sha256.toHex());
    case File:
        return r.path;
    case Message:
        return r.message;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ExportRunModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Definition:
        return tr("Scheduled export");
    case Started:
        return tr("Started");
    case Outcome:
        return tr("Outcome");
    case Rows:
        return tr("Rows");
    case Size:
        return tr("Size");
    case Duration:
        return tr("Duration");
    case Sha256:
        return tr("SHA-256");
    case File:
        return tr("File");
    case Message:
        return tr("Message");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace gc
