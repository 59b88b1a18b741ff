#include "AuthService.h"

#include "SqliteOperatorRepository.h"

#include "audit/AuditedPermission.h"
#include "core/DomainError.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace gc {

namespace {

using Kind = DomainError::Kind;

// Local copies: lupdate drops a translate() call whose %n argument is a
// qualified name (AuthService::k...), losing the message from the catalogue.
constexpr int kMinPassword = AuthService::kMinPasswordLength;
constexpr int kMaxPassword = AuthService::kMaxPasswordLength;
constexpr int kMaxDisplayName = AuthService::kMaxDisplayNameLength;

[[noreturn]] void fail(Kind kind, const QString& message, const QString& field = {})
{
    throw DomainError(kind, message, field);
}

/// One message for every sign-in failure, so the answer does not tell whether
/// a user name exists or an account is deactivated.
[[noreturn]] void refuseSignIn()
{
    fail(Kind::Authentication,
        QCoreApplication::translate("AuthService",
            "Sign-in failed: the user name or password is not correct, or the account is deactivated."));
}

QString operatorResource(qint64 id)
{
    return QStringLiteral("operator/") + QString::number(id);
}

QString canonicalUsername(const QString& username)
{
    return username.trimmed().toLower();
}

QString validUsername(const QString& username)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9._-]{2,31}$"));
    const QString name = canonicalUsername(username);
    if (!pattern.match(name).hasMatch()) {
        fail(Kind::Invalid,
            QCoreApplication::translate("AuthService",
                "A user name has 3 to 32 characters: letters a-z, digits, '.', '_' or '-', "
                "and starts with a letter."),
            QStringLiteral("username"));
    }
    return name;
}

QString validDisplayName(const QString& displayName)
{
    const QString name = displayName.simplified();
    if (name.isEmpty())
        fail(Kind::Invalid, QCoreApplication::translate("AuthService", "Enter a display name."),
            QStringLiteral("displayName"));
    if (name.size() > kMaxDisplayName) {
        fail(Kind::Invalid,
            QCoreApplication::translate(
                "AuthService", "A display name has at most %n characters.", nullptr, kMaxDisplayName),
            QStringLiteral("displayName"));
    }
    return name;
}

void checkNewPassword(const QString& password)
{
    // Characters as people count them: an emoji is one, not two UTF-16 units.
    const qsizetype length = password.toUcs4().size();
    if (length < kMinPassword) {
        fail(Kind::Invalid,
            QCoreApplication::translate(
                "AuthService", "A password needs at least %n characters.", nullptr, kMinPassword),
            QStringLiteral("password"));
    }
    if (length > kMaxPassword) {
        fail(Kind::Invalid,
            QCoreApplication::translate(
                "AuthService", "A password has at most %n characters.", nullptr, kMaxPassword),
            QStringLiteral("password"));
    }
}

Operator existing(const OperatorRepository& repo, qint64 id)
{
    auto op = repo.byId(id);
    if (!op)
        fail(Kind::NotFound,
            QCoreApplication::translate("AuthService", "No operator with id %1 exists.").arg(id));
    return *op;
}

bool isActiveAdministrator(const Operator& op)
{
    return op.active && op.role == Role::Administrator;
}

/// Refuses a change that would leave the store without an active administrator
/// (nobody could manage operators any more).
void keepOneAdministrator(const OperatorRepository& repo, const Operator& before, const Operator& after)
{
    if (!isActiveAdministrator(before) || isActiveAdministrator(after))
        return;
    const QList<Operator> all = repo.list();
    const auto admins = std::count_if(all.cbegin(), all.cend(), isActiveAdministrator);
    if (admins <= 1) {
        fail(Kind::Conflict,
            QCoreApplication::translate("AuthService",
                "%1 is the last active administrator. Make another operator an administrator first.")
                .arg(before.username));
    }
}

void failTaken(const QString& username)
{
    fail(Kind::Conflict,
        QCoreApplication::translate("AuthService", "The user name '%1' is already taken.").arg(username),
        QStringLiteral("username"));
}

} // namespace

AuthService::AuthService(Store& store, const Clock& clock, AuditLog& log, PasswordHasher::Cost cost)
    : m_store(store)
    , m_clock(clock)
    , m_log(log)
    , m_cost(cost)
    , m_repo(std::make_unique<SqliteOperatorRepository>(store.db()))
{ }

AuthService::~AuthService() = default;

AuditEventDraft AuthService::draftAbout(
    const Operator& who, AuditEventType type, const Operator& target) const
{
    AuditEventDraft d;
    m_log.attributeTo(d, who);
    d.type = type;
    d.resource = operatorResource(target.id);
    // The target by id and pseudonym only: its user name may be a person's name.
    d.details = QJsonObject { { QStringLiteral("operator_id"), target.id },
        { QStringLiteral("operator"), m_log.operatorActor(target) } };
    return d;
}

void AuthService::failSignIn(const QString& typedUsername, const QString& reason)
{
    AuditEventDraft d;
    // The same pseudonym as the account's own events, so the attempts on one
    // account can be counted without naming it.
    d.actorId = m_log.pseudonym(QStringLiteral("op"), canonicalUsername(typedUsername));
    d.type = AuditEventType::LoginFailed;
    d.outcome = AuditOutcome::Failure;
    d.resource = QStringLiteral("operator");
    d.details = QJsonObject { { QStringLiteral("reason"), reason } };
    d.personal.details = QJsonObject { { QStringLiteral("username"), typedUsername.trimmed() } };
    m_store.transact([&] { m_log.append(d); });
    refuseSignIn();
}

bool AuthService::needsFirstAdministrator() const
{
    return m_repo->count() == 0;
}

Operator AuthService::createFirstAdministrator(
    const QString& username, const QString& displayName, const QString& password)
{
    const auto refuse = [] {
        fail(Kind::Conflict,
            QCoreApplication::translate("AuthService",
                "This store already has operators. Ask an administrator to add your account."));
    };
    if (!needsFirstAdministrator())
        refuse();
    Operator op;
    op.username = validUsername(username);
    op.displayName = validDisplayName(displayName);
    op.role = Role::Administrator;
    op.active = true;
    checkNewPassword(password);
    // Hash outside the transaction: scrypt takes a while and the write lock
    // should not be held for it.
    const QString hash = PasswordHasher::hash(password, m_cost);
    op.createdAt = QDateTime::fromSecsSinceEpoch(m_clock.nowSecs(), Qt::UTC);
    return m_store.transact([&] {
        // Checked again under the write lock: another console may have won the race.
        if (m_repo->count() != 0)
            refuse();
        op.id = m_repo->insert(op, hash);
        AuditEventDraft d = draftAbout(op, AuditEventType::RoleChanged, op);
        d.details.insert(QStringLiteral("change"), QStringLiteral("first_administrator"));
        d.details.insert(QStringLiteral("from"), QJsonValue::Null);
        d.details.insert(QStringLiteral("to"), roleId(op.role));
        m_log.append(d);
        return op;
    });
}

Session AuthService::signIn(const QString& username, const QString& password)
{
    const auto found = m_repo->byUsername(canonicalUsername(username));
    if (!found) {
        // The decoy's password does not matter: this path fails whatever verify says.
        if (m_decoyHash.isEmpty())
            m_decoyHash = PasswordHasher::hash(QStringLiteral("decoy password"), m_cost);
        PasswordHasher::verify(password, m_decoyHash);
        failSignIn(username, QStringLiteral("unknown_user"));
    }
    const QString stored = m_repo->passwordHash(found->id);
    // Verify even for a deactivated account, so its answer takes as long.
    const bool matches = PasswordHasher::verify(password, stored);
    if (!matches)
        failSignIn(username, QStringLiteral("wrong_password"));
    if (!found->active)
        failSignIn(username, QStringLiteral("deactivated"));

    const QString rehashed
        = PasswordHasher::needsRehash(stored, m_cost) ? PasswordHasher::hash(password, m_cost) : QString();
    const qint64 now = m_clock.nowSecs();
    bool changedMeanwhile = false;
    try {
        Operator signedIn = m_store.transact([&] {
            // The account may have been deactivated or its password reset since we read it.
            const auto current = m_repo->byId(found->id);
            if (!current || !current->active || m_repo->passwordHash(found->id) != stored) {
                changedMeanwhile = true;
                refuseSignIn();
            }
            if (!rehashed.isEmpty())
                m_repo->setPasswordHash(found->id, rehashed);
            m_repo->setLastLogin(found->id, now);
            Operator op = existing(*m_repo, found->id);
            AuditEventDraft d = draftAbout(op, AuditEventType::Login, op);
            d.details.insert(QStringLiteral("rehashed"), !rehashed.isEmpty());
            m_log.append(d);
            return op;
        });
        return Session(std::move(signedIn));
    } catch (const DomainError&) {
        if (!changedMeanwhile)
            throw;
    }
    // Recorded after the rollback: the refused attempt changed nothing.
    failSignIn(username, QStringLiteral("changed_meanwhile"));
}

void AuthService::signOut(const Session& session)
{
    m_store.transact([&] { m_log.append(draftAbout(session.op(), AuditEventType::Logout, session.op())); });
}

QList<Operator> AuthService::operators(const Session& who) const
{
    who.require(Action::ManageOperators);
    return m_repo->list();
}

Operator AuthService::addOperator(const Session& who, const QString& username, const QString& displayName,
    Role role, const QString& password)
{
    requireRecorded(m_log, who, Action::ManageOperators, AuditEventType::RoleChanged, std::nullopt,
        QStringLiteral("operator"));
    Operator op;
    op.username = validUsername(username);
    op.displayName = validDisplayName(displayName);
    op.role = role;
    op.active = true;
    checkNewPassword(password);
    if (m_repo->byUsername(op.username))
        failTaken(op.username);
    const QString hash = PasswordHasher::hash(password, m_cost);
    op.createdAt = QDateTime::fromSecsSinceEpoch(m_clock.nowSecs(), Qt::UTC);
    return m_store.transact([&] {
        if (m_repo->byUsername(op.username))
            failTaken(op.username);
        op.id = m_repo->insert(op, hash);
        AuditEventDraft d = draftAbout(who.op(), AuditEventType::RoleChanged, op);
        d.details.insert(QStringLiteral("change"), QStringLiteral("added"));
        d.details.insert(QStringLiteral("from"), QJsonValue::Null);
        d.details.insert(QStringLiteral("to"), roleId(op.role));
        m_log.append(d);
        return op;
    });
}

void AuthService::setRole(const Session& who, qint64 operatorId, Role role)
{
    editOperator(who, operatorId, AuditEventType::RoleChanged, [role](Operator& op) {
        QJsonObject details { { QStringLiteral("change"), QStringLiteral("role") },
            { QStringLiteral("from"), roleId(op.role) }, { QStringLiteral("to"), roleId(role) } };
        op.role = role;
        return details;
    });
}

void AuthService::setActive(const Session& who, qint64 operatorId, bool active)
{
    // (De)activation changes what the operator may do, as a role change does.
    editOperator(who, operatorId, AuditEventType::RoleChanged, [active](Operator& op) {
        QJsonObject details { { QStringLiteral("change"),
                                  active ? QStringLiteral("activated") : QStringLiteral("deactivated") },
            { QStringLiteral("was_active"), op.active }, { QStringLiteral("role"), roleId(op.role) } };
        op.active = active;
        return details;
    });
}

void AuthService::editOperator(const Session& who, qint64 operatorId, AuditEventType type,
    const std::function<QJsonObject(Operator&)>& edit)
{
    requireRecorded(m_log, who, Action::ManageOperators, type, std::nullopt, operatorResource(operatorId));
    m_store.transact([&] {
        const Operator before = existing(*m_repo, operatorId);
        Operator after = before;
        const QJsonObject details = edit(after);
        keepOneAdministrator(*m_repo, before, after);
        m_repo->update(after);
        AuditEventDraft d = draftAbout(who.op(), type, after);
        for (auto it = details.begin(); it != details.end(); ++it)
            d.details.insert(it.key(), it.value());
        m_log.append(d);
    });
}

void AuthService::resetPassword(const Session& who, qint64 operatorId, const QString& newPassword)
{
    requireRecorded(m_log, who, Action::ManageOperators, AuditEventType::PasswordChanged, std::nullopt,
        operatorResource(operatorId));
    checkNewPassword(newPassword);
    existing(*m_repo, operatorId);
    const QString hash = PasswordHasher::hash(newPassword, m_cost);
    m_store.transact([&] {
        const Operator target = existing(*m_repo, operatorId);
        m_repo->setPasswordHash(operatorId, hash);
        AuditEventDraft d = draftAbout(who.op(), AuditEventType::PasswordChanged, target);
        d.details.insert(QStringLiteral("change"), QStringLiteral("reset"));
        m_log.append(d);
    });
}

void AuthService::changeOwnPassword(
    const Session& who, const QString& currentPassword, const QString& newPassword)
{
    const qint64 id = who.op().id;
    const auto me = m_repo->byId(id);
    const QString stored = me ? m_repo->passwordHash(id) : QString();
    if (!me || !me->active || !PasswordHasher::verify(currentPassword, stored)) {
        fail(Kind::Authentication,
            QCoreApplication::translate("AuthService", "The current password is not correct."),
            QStringLiteral("currentPassword"));
    }
    checkNewPassword(newPassword);
    const QString hash = PasswordHasher::hash(newPassword, m_cost);
    m_store.transact([&] {
        // Someone reset this password meanwhile: the current one we checked is stale.
        if (m_repo->passwordHash(id) != stored) {
            fail(Kind::Conflict,
                QCoreApplication::translate(
                    "AuthService", "Your password was changed meanwhile. Sign in again and retry."));
        }
        m_repo->setPasswordHash(id, hash);
        AuditEventDraft d = draftAbout(who.op(), AuditEventType::PasswordChanged, who.op());
        d.details.insert(QStringLiteral("change"), QStringLiteral("own"));
        m_log.append(d);
    });
}

} // namespace gc
