#pragma once

#include <QString>
#include <stdexcept>

namespace gc {

/// An operation refused by a domain rule or by bad input. `what()` is not used
/// for display; `message()` is a translated sentence fit for a dialog or stderr.
/// `field` names the offending input (e.g. "slug") so forms can show the
/// message next to it; empty when the error is not about one field.
class DomainError : public std::runtime_error
{
public:
    enum class Kind {
        Invalid,        ///< malformed input (bad slug, bad e-mail, bad config value)
        Conflict,       ///< violates uniqueness or current state (slug taken, already suspended)
        QuotaExceeded,  ///< a tier limit would be broken
        PermissionDenied, ///< the signed-in operator's role does not allow the action
        NotFound,       ///< the referenced record does not exist (or belongs to another tenant)
        Authentication, ///< wrong user name or password
    };

    DomainError(Kind kind, QString message, QString field = {})
        : std::runtime_error(message.toStdString()), m_kind(kind), m_message(std::move(message)),
          m_field(std::move(field))
    {
    }

    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] const QString& message() const { return m_message; }
    [[nodiscard]] const QString& field() const { return m_field; }

private:
    Kind m_kind;
    QString m_message;
    QString m_field;
};

} // namespace gc
