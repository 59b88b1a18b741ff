#include "export/ExportPreview.h"

#include "export/ExportSourcePlan.h"
#include "export/ExportSourceReader.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QDateTime>

namespace gc {

ExportPreview::ExportPreview(const Store& store, Session session)
    : m_store(store)
    , m_session(std::move(session))
{ }

ExportPreview::~ExportPreview() = default;

QVariant ExportPreview::cellValue(const ExportCell& cell)
{
    switch (cell.kind) {
    case ExportCell::Kind::Null:
        return {};
    case ExportCell::Kind::Integer:
        return QVariant::fromValue<qint64>(cell.integer);
    case ExportCell::Kind::Double:
        return cell.real;
    case ExportCell::Kind::Boolean:
        return cell.boolean;
    case ExportCell::Kind::Text:
        return QString::fromUtf8(cell.text.data(), qsizetype(cell.text.size()));
    case ExportCell::Kind::Timestamp:
        return QDateTime::fromMSecsSinceEpoch(cell.integer, Qt::UTC);
    }
    return {};
}

void ExportPreview::setReader(ExportSourceReader* reader)
{
    std::lock_guard lock(m_mutex);
    m_reader = reader;
}

void ExportPreview::interrupt()
{
    std::lock_guard lock(m_mutex);
    m_interrupted = true;
    if (m_reader)
        m_reader->interrupt();
}

ExportPreviewRows ExportPreview::read(const ExportRequest& request, const QByteArray& pseudonymKey, int limit)
{
    const auto interrupted = [this] {
        std::lock_guard lock(m_mutex);
        if (m_interrupted)
            throw StoreError(StoreError::Kind::Interrupted,
                QCoreApplication::translate("gc::ExportPreview", "The preview was interrupted."));
    };
    const ExportSourcePlan plan = ExportSourcePlan::from(request, m_session);
    ExportPreviewRows out;
    out.columns = plan.columns;
    std::unique_ptr<ExportSourceReader> reader = ExportSourceReader::open(m_store, m_session, plan, pseudonymKey);
    setReader(reader.get());
    {
        std::lock_guard lock(m_mutex);
        if (m_interrupted)
            reader->interrupt();
    }
    // The reader must not be interrupted after it is gone.
    struct Forget
    {
        ExportPreview* self;
        ~Forget() { self->setReader(nullptr); }
    } forget { this };
    interrupted();
    for (const ExportTypedCondition& c : plan.conditions)
        if (plan.source == ExportSourceId::AuditEvents && c.column == QLatin1String("seq"))
            out.matchingExact = false;
    // Counted first, as ExportJob does: the count and the rows come from one snapshot.
    out.matching = reader->count();
    while (out.rows.size() < limit && reader->next()) {
        QVariantList row;
        row.reserve(plan.columns.size());
        for (const ExportCell& cell : reader->row())
            row.append(cellValue(cell));
        out.rows.append(row);
    }
    // Fewer rows than asked for is the whole answer.
    if (out.rows.size() < limit)
        out.matching = out.rows.size();
    interrupted();
    return out;
}

} // namespace gc
