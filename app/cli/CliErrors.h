#pragma once

#include <QString>

#include <stdexcept>

namespace gc::cli {

/// Exit codes of every subcommand; documented in `geoconsole --help`.
enum ExitCode : int
{
    ExitOk = 0,
    ExitRefused = 1, ///< a domain rule refused the action, or bad input (DomainError)
    ExitUsage = 2, ///< unknown command or option, missing argument
    ExitStore = 3, ///< the store cannot be used (StoreError)
    ExitAuth = 4, ///< authentication failed or permission denied
    ExitCancelled = 130, ///< interrupted with Ctrl+C; nothing was changed
};

/// A mistake on the command line itself (exit code 2).
class UsageError : public std::runtime_error
{
public:
    explicit UsageError(QString message)
        : std::runtime_error(message.toStdString())
        , m_message(std::move(message))
    { }
    [[nodiscard]] const QString& message() const { return m_message; }

private:
    QString m_message;
};

/// Ends the command with a chosen exit code and, unless empty, a message on stderr.
class CliExit : public std::runtime_error
{
public:
    CliExit(int code, QString message)
        : std::runtime_error(message.toStdString())
        , m_code(code)
        , m_message(std::move(message))
    { }
    [[nodiscard]] int code() const { return m_code; }
    [[nodiscard]] const QString& message() const { return m_message; }

private:
    int m_code;
    QString m_message;
};

} // namespace gc::cli
