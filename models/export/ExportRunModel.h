#pragma once

#include "ExportScheduleTypes.h"

#include <QAbstractTableModel>
#include <QList>

namespace gc {

/// The history of scheduled export runs as a table (definition, started,
/// outcome, rows, size, duration, SHA-256, file, message), newest first as
/// ExportScheduleService::history() gives it. The message is also the
/// row's tooltip.
class ExportRunModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Definition,
        Started,
        Outcome,
        Rows,
        Size,
        Duration,
        Sha256,
        File,
        Message,
        ColumnCount
    };

    explicit ExportRunModel(QObject* parent = nullptr);
    Q_DISABLE_COPY_MOVE(ExportRunModel)

    void setRuns(const QList<ExportRun>& runs);
    [[nodiscard]] const ExportRun& runAt(int row) const { return m_rows.at(row); }

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<ExportRun> m_rows;
};

} // namespace gc
