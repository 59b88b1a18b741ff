#include "CliProgress.h"

#include "CliOutput.h"
#include "CliTerminal.h"

#include <atomic>

namespace gc::cli {

namespace {

std::atomic<bool> g_interrupted { false };

extern "C" void onInterrupt(int)
{
    g_interrupted.store(true);
}

constexpr int kBarWidth = 24;
constexpr qint64 kRedrawMs = 100;

} // namespace

CliProgress::CliProgress()
    : m_tty(stderrIsTerminal())
{
    g_interrupted.store(false);
    struct sigaction action
    {
    };
    action.sa_handler = onInterrupt;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, &m_previous);
}

CliProgress::~CliProgress()
{
    finish();
    sigaction(SIGINT, &m_previous, nullptr);
}

bool CliProgress::interrupted()
{
    return g_interrupted.load();
}

bool CliProgress::update(int percent, const QString& stage)
{
    percent = std::clamp(percent, 0, 100);
    const bool stageChanged = stage != m_stage;
    if (m_tty) {
        if (stageChanged || !m_sinceDraw.isValid() || m_sinceDraw.elapsed() >= kRedrawMs
            || (percent == 100 && m_percent != 100))
            draw(percent, stage);
    } else if (stageChanged) {
        err() << QStringLiteral("[%1 %] ").arg(percent, 3) << stage << '\n';
        err().flush();
    }
    m_percent = percent;
    m_stage = stage;
    return !interrupted();
}

void CliProgress::draw(int percent, const QString& stage)
{
    const int filled = percent * kBarWidth / 100;
    QString line = QLatin1Char('[') + QString(filled, QLatin1Char('#'))
        + QString(kBarWidth - filled, QLatin1Char(' ')) + QStringLiteral("] %1 %  ").arg(percent, 3) + stage;
    const int width = displayWidth(line);
    // Blank out what a longer previous stage name left behind.
    if (width < m_lastWidth)
        line += QString(m_lastWidth - width, QLatin1Char(' '));
    m_lastWidth = width;
    err() << '\r' << line;
    err().flush();
    m_open = true;
    m_sinceDraw.start();
}

void CliProgress::finish()
{
    if (m_open) {
        if (m_percent >= 0)
            draw(m_percent, m_stage);
        err() << '\n';
        err().flush();
        m_open = false;
    }
}

} // namespace gc::cli
