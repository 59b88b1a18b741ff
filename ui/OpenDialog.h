#pragma once

#include <QDialog>

#include <utility>

namespace gc {

/// Shows `dialog` window-modal without blocking (QDialog::open), deletes it
/// when closed, and calls `onAccepted(dialog)` if it was accepted. Not
/// blocking keeps panes drivable from tests and the event loop responsive.
template<typename D, typename F>
D* openDialog(D* dialog, F&& onAccepted)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QDialog::accepted, dialog, [dialog, f = std::forward<F>(onAccepted)] { f(dialog); });
    dialog->open();
    return dialog;
}

} // namespace gc
