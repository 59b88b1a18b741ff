#pragma once

#include "auth/Session.h"
#include "export/ExportTableSnapshot.h"
#include "tenancy/TenantTypes.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class QAction;
class QTableView;
class QWidget;

namespace gc {

class AuditLog;
class ExportRowsDialog;
class Store;

/// "Export…" in the context menus of the panes' tables (docs/export.md,
/// "Exporting what a pane shows"). Tables whose rows come from an export
/// source preset the export wizard (the main window wires those); the others
/// export the rows the view shows through ExportRowsDialog. Without
/// Action::ExportData the entry is there but disabled, and says why.
class PaneExport final : public QObject
{
    Q_OBJECT
public:
    /// A table a pane shows that is not an export source.
    struct Table
    {
        QTableView* view = nullptr;
        QString name; ///< identifier: default file name, XML element, XLSX sheet, audit resource
        QString title; ///< translated, for the dialog
        /// How columns are read, by the view model's column (ExportTableColumn::column);
        /// a column not listed gets the defaults and a name made from its header.
        QList<ExportTableColumn> columns;
        /// The tenant the rows belong to, if any (the audit event's tenant).
        std::function<std::optional<TenantId>()> tenant;
    };

    /// `store` and `log` must outlive the dialogs; `window` parents them.
    PaneExport(Store& store, AuditLog& log, const Session& session, QWidget* window);

    /// Adds "Export…" (objectName `<name>ExportAction`) to the view's context
    /// menu; it opens ExportRowsDialog for the rows shown at that moment.
    QAction* addTable(const Table& table);
    /// Opens the dialog for what `table` shows now (what addTable's action
    /// does); nullptr when the rows cannot be read (the reason is shown).
    ExportRowsDialog* openDialog(const Table& table);

    /// Adds `action` to `widget`'s context menu, after a separator when the
    /// menu already has entries (switching it to Qt::ActionsContextMenu,
    /// which the keyboard's menu key opens too).
    static void addToContextMenu(QWidget* widget, QAction* action);
    /// A new "Export…" action, disabled with the reason for a session that may not export.
    static QAction* makeAction(const Session& session, const QString& objectName, QObject* parent);
    /// Columns 0, 1, 2… of a model named `names` in that order, read with the defaults.
    static QList<ExportTableColumn> namedColumns(const QStringList& names);
    /// The rows `table.view` shows: those not hidden, in the view's (sorted,
    /// filtered) order, with the columns not hidden, in the header's order.
    static ExportTableSnapshot snapshot(const Table& table);

signals:
    /// Rows were exported; `message` says how many and where.
    void exported(const QString& message);

private:
    Store& m_store;
    AuditLog& m_log;
    Session m_session;
    QWidget* m_window;
};

} // namespace gc
