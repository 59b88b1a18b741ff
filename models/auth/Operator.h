#pragma once

#include "Role.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace gc {

/// A person who signs in to the console (not a tenant's end user).
struct Operator
{
    qint64 id = 0;
    QString username;
    QString displayName;
    Role role = Role::Auditor;
    bool active = true;
    QDateTime createdAt;
    std::optional<QDateTime> lastLoginAt;
};

} // namespace gc
