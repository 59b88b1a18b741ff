#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

namespace gc::cli {

/// The top level of the command line: decides GUI or subcommand, prints the
/// program's --help and --version, runs subcommands and turns their failures
/// into one "geoconsole: …" line on stderr and an exit code.
class Cli final
{
public:
    struct Plan
    {
        bool gui = false; ///< no command: open the console window
        QString lang; ///< --lang anywhere on the line, else empty
        /// The command lays out text (PDF reports: `audit report`), which needs
        /// a QGuiApplication; main() runs it on the offscreen platform, so it
        /// still needs no display.
        bool fonts = false;
    };

    /// Decides from the raw arguments, before any application object exists,
    /// whether the GUI is wanted (so subcommands never need a display).
    static Plan plan(const QStringList& args);
    /// The options accepted before a command (and by the GUI).
    static void setupTopLevel(QCommandLineParser& parser);
    /// Runs a subcommand, --help or --version and returns the exit code.
    static int run(const QStringList& args);
};

} // namespace gc::cli
