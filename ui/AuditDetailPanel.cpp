#include "AuditDetailPanel.h"

#include "AuditProofDialog.h"
#include "JsonView.h"

#include "audit/AuditEventModel.h"
#include "audit/AuditInclusionCheck.h"
#include "audit/AuditQueryThread.h"
#include "audit/AuditReader.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace gc {

namespace {

QString hex(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

/// Non-personal fields of the record, for "Copy as JSON".
QJsonObject recordJson(const AuditRecord& r)
{
    QJsonObject o;
    o.insert(QStringLiteral("seq"), r.sequence);
    o.insert(QStringLiteral("time"), AuditEventModel::utcTimeText(r.timeUtcMs));
    o.insert(QStringLiteral("tenant"), r.tenant ? QJsonValue(r.tenant->value) : QJsonValue());
    o.insert(QStringLiteral("actor"), r.actorId);
    o.insert(QStringLiteral("type"), auditEventTypeId(r.type));
    o.insert(QStringLiteral("category"), auditCategoryId(r.category()));
    o.insert(QStringLiteral("severity"), auditSeverityId(r.severity));
    o.insert(QStringLiteral("outcome"), auditOutcomeId(r.outcome));
    o.insert(QStringLiteral("resource"), r.resource);
    o.insert(QStringLiteral("details"), r.details);
    o.insert(QStringLiteral("personal_commitment"), hex(r.personalCommitment));
    return o;
}

} // namespace

AuditDetailPanel::AuditDetailPanel(const Store& store, const Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_reader(std::make_unique<AuditQueryThread>(store, session))
    , m_stack(new QStackedWidget(this))
    , m_details(new JsonView(this))
    , m_prove(new QPushButton(tr("&Prove Inclusion…"), this))
    , m_copyJson(new QPushButton(tr("Copy as &JSON"), this))
{
    setObjectName(QStringLiteral("auditDetailPanel"));

    auto* fieldsBox = new QGroupBox(tr("Event"), this);
    auto* fields = new QFormLayout(fieldsBox);
    fields->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    fields->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_seq = addField(fields, tr("Number:"), QStringLiteral("auditDetailSeq"));
    m_time = addField(fields, tr("Local time:"), QStringLiteral("auditDetailTime"));
    m_utcTime = addField(fields, tr("UTC:"), QStringLiteral("auditDetailUtcTime"));
    m_tenant = addField(fields, tr("Tenant:"), QStringLiteral("auditDetailTenant"));
    m_actor = addField(fields, tr("Actor:"), QStringLiteral("auditDetailActor"));
    m_type = addField(fields, tr("Event:"), QStringLiteral("auditDetailType"));
    m_severity = addField(fields, tr("Severity:"), QStringLiteral("auditDetailSeverity"));
    m_outcome = addField(fields, tr("Outcome:"), QStringLiteral("auditDetailOutcome"));
    m_resource = addField(fields, tr("Resource:"), QStringLiteral("auditDetailResource"));
    m_personal = addField(fields, tr("Personal data:"), QStringLiteral("auditDetailPersonal"));

    auto* detailsBox = new QGroupBox(tr("Details"), this);
    auto* detailsLayout = new QVBoxLayout(detailsBox);
    m_details->setObjectName(QStringLiteral("auditDetailJson"));
    m_details->setPlaceholderText(tr("This event has no details."));
    detailsLayout->addWidget(m_details);

    auto* integrityBox = new QGroupBox(tr("Integrity"), this);
    auto* integrity = new QFormLayout(integrityBox);
    integrity->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_leafHash = addHash(integrity, tr("Leaf hash:"), QStringLiteral("auditDetailLeafHash"));
    m_chainHash = addHash(integrity, tr("Chain hash:"), QStringLiteral("auditDetailChainHash"));
    m_commitment = addHash(integrity, tr("Commitment:"), QStringLiteral("auditDetailCommitment"));
    m_commitment->parentWidget()->setToolTip(
        tr("Commits to the personal part without revealing it; erasing the personal part leaves it valid"));
    m_prove->setObjectName(QStringLiteral("proveInclusionButton"));
    m_prove->setToolTip(tr("Check that this event is in the log signed by the latest checkpoint"));
    m_copyJson->setObjectName(QStringLiteral("copyEventJsonButton"));
    m_copyJson->setToolTip(tr("Copy the event's non-personal fields as JSON"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_prove);
    buttons->addWidget(m_copyJson);
    buttons->addStretch(1);
    integrity->addRow(buttons);

    auto* page = new QWidget(this);
    auto* columns = new QHBoxLayout(page);
    columns->setContentsMargins(6, 4, 6, 6);
    columns->addWidget(fieldsBox, 3);
    columns->addWidget(detailsBox, 3);
    columns->addWidget(integrityBox, 3);

    m_emptyLabel = new QLabel(tr("Select an event to see its details."), this);
    m_emptyLabel->setObjectName(QStringLiteral("auditDetailEmptyLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_stack->addWidget(m_emptyLabel);
    m_stack->addWidget(page);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_prove, &QPushButton::clicked, this, &AuditDetailPanel::proveInclusion);
    connect(m_copyJson, &QPushButton::clicked, this, [this] {
        if (m_event)
            QApplication::clipboard()->setText(QString::fromUtf8(
                QJsonDocument(recordJson(m_event->record)).toJson(QJsonDocument::Indented)));
    });
}

AuditDetailPanel::~AuditDetailPanel() = default;

QLabel* AuditDetailPanel::addField(QFormLayout* form, const QString& label, const QString& name)
{
    auto* value = new QLabel(this);
    value->setObjectName(name);
    value->setTextFormat(Qt::PlainText);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setWordWrap(true);
    // Long ids and resources wrap rather than widen the panel.
    value->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    value->setMinimumWidth(60);
    form->addRow(label, value);
    return value;
}

QLineEdit* AuditDetailPanel::addHash(QFormLayout* form, const QString& label, const QString& name)
{
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto* edit = new QLineEdit(row);
    edit->setObjectName(name);
    edit->setReadOnly(true);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    edit->setMinimumWidth(80);
    auto* copy = new QToolButton(row);
    copy->setObjectName(name + QStringLiteral("Copy"));
    copy->setText(tr("Copy"));
    copy->setToolTip(tr("Copy %1").arg(label.chopped(label.endsWith(u':') ? 1 : 0)));
    copy->setAccessibleName(copy->toolTip());
    connect(copy, &QToolButton::clicked, this, [edit] { QApplication::clipboard()->setText(edit->text()); });
    layout->addWidget(edit, 1);
    layout->addWidget(copy);
    form->addRow(label, row);
    return edit;
}

std::optional<qint64> AuditDetailPanel::currentSeq() const
{
    return m_event ? std::optional<qint64>(m_event->record.sequence) : std::nullopt;
}

void AuditDetailPanel::clearEvent()
{
    m_event.reset();
    ++m_request;
    m_emptyLabel->setText(tr("Select an event to see its details."));
    m_stack->setCurrentIndex(0);
}

void AuditDetailPanel::showSequence(qint64 seq, std::function<QString(const AuditRecord&)> tenantText)
{
    clearEvent();
    m_emptyLabel->setText(tr("Reading event #%1…").arg(seq));
    const quint64 request = m_request;
    m_reader->post(
        [this, request, seq, tenantText = std::move(tenantText)](AuditReader& reader) {
            std::optional<AuditEvent> event = reader.event(seq);
            QMetaObject::invokeMethod(
                this,
                [this, request, seq, tenantText, event = std::move(event)] {
                    if (request != m_request)
                        return;
                    if (!event)
                        m_emptyLabel->setText(tr("There is no event #%1.").arg(seq));
                    else
                        setEvent(*event, tenantText(event->record));
                },
                Qt::QueuedConnection);
        },
        [this, request](const QString& message, bool) {
            QMetaObject::invokeMethod(
                this,
                [this, request, message] {
                    if (request == m_request)
                        m_emptyLabel->setText(message);
                },
                Qt::QueuedConnection);
        });
}

void AuditDetailPanel::setEvent(const AuditEvent& event, const QString& tenantText)
{
    const bool same = m_event && m_event->record.sequence == event.record.sequence;
    m_event = event;
    const AuditRecord& r = event.record;
    m_seq->setText(QStringLiteral("#%1").arg(r.sequence));
    m_time->setText(AuditEventModel::localTimeText(r.timeUtcMs));
    m_utcTime->setText(AuditEventModel::utcTimeText(r.timeUtcMs));
    m_tenant->setText(tenantText);
    m_actor->setText(AuditEventModel::actorText(event));
    m_type->setText(
        tr("%1 — %2").arg(auditEventTypeDisplayName(r.type), auditCategoryDisplayName(r.category())));
    m_type->setToolTip(auditEventTypeId(r.type));
    m_severity->setText(auditSeverityDisplayName(r.severity));
    m_outcome->setText(auditOutcomeDisplayName(r.outcome));
    m_resource->setText(r.resource.isEmpty() ? tr("—") : r.resource);

    // Why personal data is absent matters to a compliance officer: never
    // collected, erased on request, or merely not for this role.
    const bool hasCommitment = r.personalCommitment != QByteArray(r.personalCommitment.size(), '\0');
    if (!m_session.can(Action::ViewPersonalData)) {
        m_personal->setText(hasCommitment ? tr("hidden for your role") : tr("none"));
    } else if (event.personal) {
        const AuditPersonalData& p = event.personal->data;
        QStringList parts;
        if (!p.actorName.isEmpty())
            parts << p.actorName;
        if (!p.actorEmail.isEmpty())
            parts << p.actorEmail;
        if (!p.sourceAddress.isEmpty())
            parts << tr("from %1").arg(p.sourceAddress);
        for (auto it = p.details.begin(); it != p.details.end(); ++it)
            parts << it.key() + QStringLiteral(": ") + it.value().toVariant().toString();
        m_personal->setText(parts.isEmpty() ? tr("none") : parts.join(QStringLiteral("\n")));
    } else {
        m_personal->setText(hasCommitment ? tr("erased") : tr("none"));
    }
    m_details->setJson(r.details);
    m_commitment->setText(hasCommitment ? hex(r.personalCommitment) : tr("none"));
    m_commitment->setCursorPosition(0);
    if (!same) {
        m_leafHash->setText(tr("reading…"));
        m_chainHash->setText(tr("reading…"));
        requestHashes(r.sequence);
    }
    m_stack->setCurrentIndex(1);
    emit eventShown(r.sequence);
}

void AuditDetailPanel::requestHashes(qint64 seq)
{
    const quint64 request = ++m_request;
    m_reader->post(
        [this, request, seq](AuditReader& reader) {
            const QByteArray leaf = reader.leafHash(seq);
            const QByteArray chain = reader.chainHash(seq);
            QMetaObject::invokeMethod(
                this,
                [this, request, leaf, chain] {
                    if (request != m_request)
                        return;
                    m_leafHash->setText(hex(leaf));
                    m_chainHash->setText(hex(chain));
                    m_leafHash->setCursorPosition(0);
                    m_chainHash->setCursorPosition(0);
                },
                Qt::QueuedConnection);
        },
        [this, request](const QString& message, bool) {
            QMetaObject::invokeMethod(
                this,
                [this, request, message] {
                    if (request != m_request)
                        return;
                    m_leafHash->setText(message);
                    m_chainHash->clear();
                },
                Qt::QueuedConnection);
        });
}

void AuditDetailPanel::proveInclusion()
{
    if (!m_event)
        return;
    const qint64 seq = m_event->record.sequence;
    auto* dialog = new AuditProofDialog(seq, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_proofDialog = dialog;
    const QPointer<AuditProofDialog> target(dialog);
    m_reader->post(
        [this, seq, target](AuditReader& reader) {
            const AuditInclusionResult result = AuditInclusionCheck::run(reader, seq);
            QMetaObject::invokeMethod(
                this,
                [target, result] {
                    if (target)
                        target->setResult(result);
                },
                Qt::QueuedConnection);
        },
        [this, target](const QString& message, bool) {
            QMetaObject::invokeMethod(
                this,
                [target, message] {
                    if (target)
                        target->setFailed(message);
                },
                Qt::QueuedConnection);
        });
    dialog->open();
}

} // namespace gc
