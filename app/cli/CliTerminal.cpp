#include "CliTerminal.h"

#include "CliOutput.h"

#include <csignal>
#include <cstdio>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace gc::cli {

namespace {

termios g_savedTermios;
volatile std::sig_atomic_t g_echoOff = 0;

// Ctrl+C at a password prompt must not leave the terminal without echo.
extern "C" void restoreEchoAndDie(int sig)
{
    if (g_echoOff)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &g_savedTermios);
    std::signal(sig, SIG_DFL);
    std::raise(sig);
}

std::optional<QString> readLine()
{
    std::string line;
    int c = 0;
    bool any = false;
    while ((c = std::fgetc(stdin)) != EOF) {
        any = true;
        if (c == '\n')
            break;
        line.push_back(char(c));
    }
    if (!any)
        return std::nullopt;
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromStdString(line);
}

} // namespace

bool stdinIsTerminal()
{
    return isatty(STDIN_FILENO) == 1;
}

bool stderrIsTerminal()
{
    return isatty(STDERR_FILENO) == 1;
}

std::optional<QString> promptLine(const QString& prompt)
{
    if (!stdinIsTerminal())
        return std::nullopt;
    err() << prompt;
    err().flush();
    return readLine();
}

std::optional<QString> promptHidden(const QString& prompt)
{
    if (!stdinIsTerminal() || tcgetattr(STDIN_FILENO, &g_savedTermios) != 0)
        return std::nullopt;
    err() << prompt;
    err().flush();
    termios silent = g_savedTermios;
    silent.c_lflag &= ~tcflag_t(ECHO);
    silent.c_lflag |= ECHONL;
    const auto previous = std::signal(SIGINT, restoreEchoAndDie);
    g_echoOff = 1;
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    auto answer = readLine();
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &g_savedTermios);
    g_echoOff = 0;
    std::signal(SIGINT, previous);
    return answer;
}

} // namespace gc::cli
