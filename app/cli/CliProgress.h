#pragma once

#include <QElapsedTimer>
#include <QString>

#include <csignal>

namespace gc::cli {

/// The progress line of long commands (demo, purge) and their Ctrl+C handling.
/// On a terminal: "\r[######      ] 52 %  Writing predictions", redrawn at most
/// ten times a second, ended with a newline. Otherwise one line per stage.
/// While it exists, SIGINT only sets a flag that update() reports, so the
/// domain layer can roll back instead of the process dying mid-write.
class CliProgress final
{
public:
    CliProgress();
    ~CliProgress();
    Q_DISABLE_COPY_MOVE(CliProgress)

    /// Shows progress; returns false once Ctrl+C was pressed (cancel).
    bool update(int percent, const QString& stage);
    /// Ends the line on a terminal. Called by the destructor too.
    void finish();
    [[nodiscard]] static bool interrupted();

private:
    void draw(int percent, const QString& stage);

    bool m_tty;
    bool m_open = false;
    int m_lastWidth = 0;
    int m_percent = -1;
    QString m_stage;
    QElapsedTimer m_sinceDraw;
    struct sigaction m_previous
    {
    };
};

} // namespace gc::cli
