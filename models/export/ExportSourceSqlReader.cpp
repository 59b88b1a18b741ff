#include "export/ExportSourceSqlReader.h"

#include "store/Store.h"

namespace gc {

ExportSourceSqlReader::ExportSourceSqlReader(const Store& store, const ExportSourcePlan& plan,
    const QByteArray& pseudonymKey, std::optional<qint64> keyFrom, std::optional<qint64> keyTo)
    : m_repo(store.openReader())
    , m_pseudonymKey(pseudonymKey)
{
    m_query.source = plan.source;
    m_query.conditions = plan.conditions;
    m_query.sort = plan.sort;
    m_query.keyFrom = keyFrom;
    m_query.keyTo = keyTo;
    for (qsizetype i = 0; i < plan.columns.size(); ++i) {
        const QString& name = plan.columns.at(i).name;
        if (name == QLatin1String("pseudonym")) {
            m_pseudonymAt = int(i);
            m_query.fields << QStringLiteral("id");
        } else {
            m_query.fields << name;
        }
    }
    m_own.resize(std::size_t(plan.columns.size()));
    m_repo.beginSnapshot();
}

ExportSourceSqlReader::~ExportSourceSqlReader() = default;

qint64 ExportSourceSqlReader::count()
{
    return m_repo.count(m_query);
}

std::optional<std::pair<qint64, qint64>> ExportSourceSqlReader::keyRange()
{
    return m_repo.keyRange(m_query);
}

void ExportSourceSqlReader::setKeyRange(qint64 keyFrom, qint64 keyTo)
{
    m_cursor.reset();
    m_query.keyFrom = keyFrom;
    m_query.keyTo = keyTo;
}

bool ExportSourceSqlReader::next()
{
    if (!m_cursor)
        m_cursor = m_repo.open(m_query);
    if (!m_cursor->next())
        return false;
    m_row = m_cursor->row();
    if (m_pseudonymAt >= 0) {
        std::copy(m_row.begin(), m_row.end(), m_own.begin());
        ExportCell& id = m_own[std::size_t(m_pseudonymAt)];
        m_pseudonym = userPseudonym(m_pseudonymKey, id.integer).toStdString();
        id = ExportCell::ofText(m_pseudonym);
        m_row = m_own;
    }
    return true;
}

void ExportSourceSqlReader::interrupt()
{
    m_repo.interrupt();
}

} // namespace gc
