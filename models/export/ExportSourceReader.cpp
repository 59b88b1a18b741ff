#include "export/ExportSourceReader.h"

#include "export/ExportSourceAuditReader.h"
#include "export/ExportSourceSqlReader.h"
#include "store/Store.h"

#include <QMessageAuthenticationCode>

namespace gc {

std::unique_ptr<ExportSourceReader> ExportSourceReader::open(
    const Store& store, const Session& session, const ExportSourcePlan& plan, const QByteArray& pseudonymKey)
{
    if (plan.source == ExportSourceId::AuditEvents) {
        SqliteExportRepository tenants(store.openReader());
        return std::make_unique<ExportSourceAuditReader>(store, session, plan, tenants.tenantSlugs());
    }
    return std::make_unique<ExportSourceSqlReader>(store, plan, pseudonymKey);
}

QString ExportSourceReader::userPseudonym(const QByteArray& pseudonymKey, qint64 userId)
{
    // The same derivation as TenantService::visible(), so an export and the
    // console name a user alike.
    const QByteArray mac = QMessageAuthenticationCode::hash(
        QByteArray::number(userId), pseudonymKey, QCryptographicHash::Sha256);
    return QStringLiteral("user-") + QString::fromLatin1(mac.left(4).toHex());
}

} // namespace gc
