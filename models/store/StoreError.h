#pragma once

#include <QString>
#include <stdexcept>

namespace gc {

/// A failure of the store itself (not of a domain rule). Each kind maps to one
/// clear sentence for the user; `detail()` carries SQLite's own text for logs.
class StoreError : public std::runtime_error
{
public:
    enum class Kind {
        NotAStore,      ///< file exists but is not SQLite, or is SQLite but not ours
        TooNew,         ///< written by a newer GeoClimate Console (higher schema version)
        Corrupt,        ///< SQLite reports corruption, or the file is truncated
        Locked,         ///< another program holds a lock past the busy timeout
        ReadOnly,       ///< the file or its folder cannot be written
        CannotOpen,     ///< missing folder, permissions, or other I/O failure at open
        DiskFull,       ///< SQLITE_FULL: nothing was written
        Io,             ///< other I/O errors while working
        Constraint,     ///< a constraint the domain layer should have caught
        Interrupted,    ///< the operation was cancelled
        Internal,       ///< misuse, schema mismatch, anything else
    };

    StoreError(Kind kind, QString message, QString detail = {}, int sqliteCode = 0)
        : std::runtime_error(message.toStdString()), m_kind(kind), m_message(std::move(message)),
          m_detail(std::move(detail)), m_code(sqliteCode)
    {
    }

    [[nodiscard]] Kind kind() const { return m_kind; }
    /// Translated, user-facing sentence.
    [[nodiscard]] const QString& message() const { return m_message; }
    /// SQLite's message, for logs and `--verbose`.
    [[nodiscard]] const QString& detail() const { return m_detail; }
    [[nodiscard]] int sqliteCode() const { return m_code; }

private:
    Kind m_kind;
    QString m_message;
    QString m_detail;
    int m_code;
};

} // namespace gc
