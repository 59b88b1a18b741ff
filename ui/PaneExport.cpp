#include "PaneExport.h"

#include "ExportRowsDialog.h"
#include "OpenDialog.h"
#include "UiErrors.h"

#include <QAction>
#include <QDir>
#include <QHeaderView>
#include <QLocale>
#include <QStyle>
#include <QTableView>

namespace gc {

PaneExport::PaneExport(Store& store, AuditLog& log, const Session& session, QWidget* window)
    : QObject(window)
    , m_store(store)
    , m_log(log)
    , m_session(session)
    , m_window(window)
{ }

QAction* PaneExport::makeAction(const Session& session, const QString& objectName, QObject* parent)
{
    auto* a = new QAction(tr("E&xport…"), parent);
    a->setObjectName(objectName);
    if (auto* w = qobject_cast<QWidget*>(parent))
        a->setIcon(w->style()->standardIcon(QStyle::SP_DialogSaveButton));
    const bool allowed = session.can(Action::ExportData);
    a->setEnabled(allowed);
    const QString tip = allowed ? tr("Export the rows shown here to a file")
                                : tr("Your role may not export data.");
    a->setToolTip(tip);
    a->setStatusTip(tip);
    return a;
}

void PaneExport::addToContextMenu(QWidget* widget, QAction* action)
{
    if (widget->contextMenuPolicy() != Qt::ActionsContextMenu) {
        widget->setContextMenuPolicy(Qt::ActionsContextMenu);
    } else if (!widget->actions().isEmpty()) {
        auto* separator = new QAction(widget);
        separator->setSeparator(true);
        widget->addAction(separator);
    }
    widget->addAction(action);
}

QAction* PaneExport::addTable(const Table& table)
{
    QAction* a = makeAction(m_session, table.name + QStringLiteral("ExportAction"), table.view);
    // Told apart from the entries that open the export wizard on a source
    // (a tenant's users beside the tenant list's own rows).
    a->setText(tr("Export &Table…"));
    addToContextMenu(table.view, a);
    connect(a, &QAction::triggered, this, [this, table] { openDialog(table); });
    return a;
}

QList<ExportTableColumn> PaneExport::namedColumns(const QStringList& names)
{
    QList<ExportTableColumn> columns;
    for (int c = 0; c < names.size(); ++c) {
        ExportTableColumn column;
        column.column = c;
        column.name = names.at(c);
        columns << column;
    }
    return columns;
}

ExportTableSnapshot PaneExport::snapshot(const Table& table)
{
    const QTableView& view = *table.view;
    const QHeaderView& header = *view.horizontalHeader();
    QList<ExportTableColumn> columns;
    for (int visual = 0; visual < header.count(); ++visual) {
        const int logical = header.logicalIndex(visual);
        if (header.isSectionHidden(logical))
            continue;
        ExportTableColumn c;
        for (const ExportTableColumn& hint : table.columns)
            if (hint.column == logical)
                c = hint;
        c.column = logical;
        columns << c;
    }
    QList<int> rows;
    const int count = view.model()->rowCount();
    rows.reserve(count);
    for (int r = 0; r < count; ++r)
        if (!view.isRowHidden(r))
            rows << r;
    return ExportTableSnapshot::take(*view.model(), columns, rows);
}

ExportRowsDialog* PaneExport::openDialog(const Table& table)
{
    ExportTableSnapshot rows;
    if (!guarded(m_window, [&] { rows = snapshot(table); }))
        return nullptr;
    auto* dialog = new ExportRowsDialog(m_store, m_log, m_session, std::move(rows), table.name, table.title,
        table.tenant ? table.tenant() : std::nullopt, m_window);
    return gc::openDialog(dialog, [this](ExportRowsDialog* d) {
        const ExportResult& r = *d->result();
        emit exported(tr("Exported %n row(s) to %1.", nullptr, int(r.rows)).arg(QDir::toNativeSeparators(r.path)));
    });
}

} // namespace gc
