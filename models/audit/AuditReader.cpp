#include "AuditReader.h"

#include "AuditTree.h"
#include "MerkleTree.h"
#include "SqliteAuditRepository.h"
#include "store/Database.h"
#include "store/Store.h"

namespace gc {

namespace {

const SqliteAuditRepository& sqlOf(const AuditRepository& repo)
{
    return static_cast<const SqliteAuditRepository&>(repo);
}

} // namespace

AuditReader::AuditReader(const Store& store, Session session)
    : AuditReader(store.openReader(), std::move(session))
{ }

AuditReader::AuditReader(std::unique_ptr<Database> db, Session session)
    : m_db(std::move(db))
    , m_repo(std::make_unique<SqliteAuditRepository>(*m_db))
    , m_session(std::move(session))
{ }

AuditReader::~AuditReader() = default;

AuditEvent AuditReader::visible(AuditEvent e) const
{
    if (!m_session.can(Action::ViewPersonalData))
        e.personal.reset();
    return e;
}

qint64 AuditReader::lastSeq() const
{
    m_session.require(Action::ViewAuditLog);
    return m_repo->lastSeq();
}

QList<AuditEvent> AuditReader::page(const AuditPageRequest& request) const
{
    m_session.require(Action::ViewAuditLog);
    QList<AuditEvent> events = m_repo->page(request);
    for (AuditEvent& e : events)
        e = visible(std::move(e));
    return events;
}

qint64 AuditReader::count(const AuditFilter& filter) const
{
    m_session.require(Action::ViewAuditLog);
    return m_repo->count(filter);
}

std::optional<AuditEvent> AuditReader::event(qint64 seq) const
{
    m_session.require(Action::ViewAuditLog);
    AuditPageRequest request;
    request.order = AuditPageRequest::Order::OldestFirst;
    request.afterSeq = seq - 1;
    request.beforeSeq = seq + 1;
    request.limit = 1;
    const QList<AuditEvent> events = m_repo->page(request);
    if (events.isEmpty())
        return std::nullopt;
    return visible(events.front());
}

QList<Checkpoint> AuditReader::checkpoints() const
{
    m_session.require(Action::ViewAuditLog);
    return m_repo->checkpoints();
}

std::optional<Checkpoint> AuditReader::latestCheckpoint() const
{
    m_session.require(Action::ViewAuditLog);
    return m_repo->latestCheckpoint();
}

QList<PublicKey> AuditReader::publicKeys() const
{
    m_session.require(Action::ViewAuditLog);
    return m_repo->publicKeys();
}

QByteArray AuditReader::leafHash(qint64 seq) const
{
    m_session.require(Action::ViewAuditLog);
    return AuditTree(sqlOf(*m_repo)).leafHash(seq);
}

QByteArray AuditReader::chainHash(qint64 seq) const
{
    m_session.require(Action::ViewAuditLog);
    const auto row = m_repo->row(seq);
    return row ? row->chainHash : QByteArray();
}

MerkleProof AuditReader::inclusionProof(qint64 seq, qint64 treeSize) const
{
    m_session.require(Action::ViewAuditLog);
    return AuditTree(sqlOf(*m_repo)).inclusionProof(seq, treeSize);
}

MerkleProof AuditReader::consistencyProof(qint64 firstSize, qint64 secondSize) const
{
    m_session.require(Action::ViewAuditLog);
    return AuditTree(sqlOf(*m_repo)).consistencyProof(firstSize, secondSize);
}

QByteArray AuditReader::rootHash(qint64 treeSize) const
{
    m_session.require(Action::ViewAuditLog);
    return AuditTree(sqlOf(*m_repo)).rootHash(treeSize);
}

QList<AuditAlert> AuditReader::alerts(bool openOnly, int limit) const
{
    m_session.require(Action::ViewAuditLog);
    return m_repo->alerts(openOnly, limit);
}

void AuditReader::interrupt()
{
    m_db->interrupt();
}

} // namespace gc
