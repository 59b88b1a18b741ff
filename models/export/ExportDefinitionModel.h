#pragma once

#include "ExportScheduleTypes.h"

#include <QAbstractTableModel>
#include <QList>

namespace gc {

/// Scheduled export definitions as a table (name, schedule, source, format,
/// enabled, next run, last run, owner); times are shown in UTC as the
/// schedules are. Holds a copy: a view reloads it from
/// ExportScheduleService::definitions() after a change.
class ExportDefinitionModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Schedule,
        Source,
        Format,
        Enabled,
        NextRun,
        LastRun,
        Owner,
        ColumnCount
    };

    explicit ExportDefinitionModel(QObject* parent = nullptr);
    Q_DISABLE_COPY_MOVE(ExportDefinitionModel)

    void setDefinitions(const QList<ExportDefinition>& definitions);
    /// Row `row`'s definition (row in range).
    [[nodiscard]] const ExportDefinition& definitionAt(int row) const { return m_rows.at(row); }

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<ExportDefinition> m_rows;
};

} // namespace gc
