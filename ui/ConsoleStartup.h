#pragma once

#include "demo/DemoGenerator.h"

#include <QString>

#include <functional>

class QApplication;

namespace gc {

struct StartupOptions
{
    /// Store to open; empty = Store::defaultPath().
    QString storePath;
    /// When the store does not exist yet, offer to fill it with demo data
    /// (generated with a progress dialog) instead of starting empty.
    bool offerDemoIfNew = true;
    /// What the offered demo contains (the full demo by default; tests ask for less).
    DemoOptions demo;
    /// Pre-filled user name in the login dialog.
    QString username;
    /// Called once when the main window is first shown and takes input
    /// (for --bench-startup); may be empty.
    std::function<void()> onMainWindowShown;
};

/// The GUI start: opens the store (a clear dialog and a non-zero return when it
/// cannot be opened, the file untouched), creates the first administrator on an
/// empty store, shows the login dialog, then the main window until it closes.
/// Returns the process exit code.
int runConsole(QApplication& app, const StartupOptions& options);

} // namespace gc
