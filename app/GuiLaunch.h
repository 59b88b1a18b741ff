#pragma once

class QApplication;

namespace gc {

/// The console window: `geoconsole [--store PATH] [--user NAME] [--lang CODE]`,
/// and the hidden `--bench-startup` that measures the time to the first shown
/// main window. Returns the exit code.
int runGui(QApplication& app);

/// Milliseconds since the process started (not since main()), for --bench-startup.
[[nodiscard]] double msSinceProcessStart();
/// Call first thing in main(): anchors msSinceProcessStart().
void markMainEntered();

} // namespace gc
