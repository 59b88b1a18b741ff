#include "AuditFilterBar.h"

#include "core/Clock.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

namespace gc {

namespace {

/// Typing waits for a pause; a combo choice is taken almost at once.
constexpr int kTypingDelayMs = 350;
constexpr int kChoiceDelayMs = 30;

const QString kCategoryPrefix = QStringLiteral("c:");
const QString kTypePrefix = QStringLiteral("t:");

QLineEdit* makeEdit(QWidget* parent, const QString& name, const QString& placeholder)
{
    auto* e = new QLineEdit(parent);
    e->setObjectName(name);
    e->setPlaceholderText(placeholder);
    e->setClearButtonEnabled(true);
    e->setToolTip(placeholder);
    return e;
}

QComboBox* makeCombo(QWidget* parent, const QString& name, const QString& toolTip)
{
    auto* c = new QComboBox(parent);
    c->setObjectName(name);
    c->setToolTip(toolTip);
    c->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return c;
}

QVariantList codes(std::initializer_list<int> values)
{
    QVariantList list;
    for (const int v : values)
        list << v;
    return list;
}

} // namespace

AuditFilterBar::AuditFilterBar(const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_text(makeEdit(this, QStringLiteral("auditSearchEdit"), tr("Search event details (Ctrl+F)")))
    , m_time(makeCombo(this, QStringLiteral("auditTimeCombo"), tr("Time range")))
    , m_from(new QDateTimeEdit(this))
    , m_to(new QDateTimeEdit(this))
    , m_type(makeCombo(this, QStringLiteral("auditTypeCombo"), tr("Event type or category")))
    , m_tenant(makeCombo(this, QStringLiteral("auditTenantCombo"), tr("Tenant")))
    , m_actor(makeEdit(this, QStringLiteral("auditActorEdit"), tr("Actor id")))
    , m_severity(makeCombo(this, QStringLiteral("auditSeverityCombo"), tr("Severity")))
    , m_outcome(makeCombo(this, QStringLiteral("auditOutcomeCombo"), tr("Outcome")))
    , m_resource(
          makeEdit(this, QStringLiteral("auditResourceEdit"), tr("Resource, e.g. tenant/42 or tenant/")))
    , m_clear(new QPushButton(tr("C&lear Filters"), this))
    , m_count(new QLabel(this))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("auditFilterBar"));
    m_text->setToolTip(tr("Words must all occur; \"quoted phrases\" and prefix* work. Personal data is not "
                          "searched."));

    for (const TimeRange r : { TimeRange::Any, TimeRange::LastHour, TimeRange::Last24Hours,
             TimeRange::Last7Days, TimeRange::Last30Days, TimeRange::Custom })
        m_time->addItem(describe(r), int(r));
    for (QDateTimeEdit* e : { m_from, m_to }) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        e->setTimeSpec(Qt::LocalTime);
        e->hide();
    }
    m_from->setObjectName(QStringLiteral("auditFromEdit"));
    m_from->setToolTip(tr("From (local time, inclusive)"));
    m_to->setObjectName(QStringLiteral("auditToEdit"));
    m_to->setToolTip(tr("Until (local time, exclusive)"));

    // Categories first, then every type indented under a separator, so one
    // combo offers both the broad and the exact choice.
    m_type->addItem(tr("All events"));
    for (const AuditCategory c : allAuditCategories())
        m_type->addItem(tr("%1 (category)").arg(auditCategoryDisplayName(c)),
            QString(kCategoryPrefix + auditCategoryId(c)));
    m_type->insertSeparator(m_type->count());
    for (const AuditEventType t : allAuditEventTypes())
        m_type->addItem(QString(QStringLiteral("   ") + auditEventTypeDisplayName(t)),
            QString(kTypePrefix + auditEventTypeId(t)));
    m_type->setMaxVisibleItems(24);

    m_tenant->addItem(tr("All tenants"), -1);
    m_tenant->addItem(tr("Platform only"), 0);

    m_severity->addItem(tr("Any severity"));
    for (const AuditSeverity s :
        { AuditSeverity::Info, AuditSeverity::Notice, AuditSeverity::Warning, AuditSeverity::Critical })
        m_severity->addItem(auditSeverityDisplayName(s), codes({ int(s) }));
    m_severity->addItem(
        tr("Warning or critical"), codes({ int(AuditSeverity::Warning), int(AuditSeverity::Critical) }));

    m_outcome->addItem(tr("Any outcome"));
    for (const AuditOutcome o : { AuditOutcome::Success, AuditOutcome::Failure, AuditOutcome::Denied })
        m_outcome->addItem(auditOutcomeDisplayName(o), codes({ int(o) }));
    m_outcome->addItem(
        tr("Failure or denied"), codes({ int(AuditOutcome::Failure), int(AuditOutcome::Denied) }));

    m_clear->setObjectName(QStringLiteral("auditClearFiltersButton"));
    m_clear->setToolTip(tr("Show every event again"));
    m_count->setObjectName(QStringLiteral("auditCountLabel"));
    m_count->setTextFormat(Qt::PlainText);
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_count->setMinimumWidth(m_count->fontMetrics().horizontalAdvance(QStringLiteral("99,999,999 events")));

    auto* tenantLabel = new QLabel(tr("&Tenant:"), this);
    tenantLabel->setBuddy(m_tenant);
    auto* typeLabel = new QLabel(tr("&Event:"), this);
    typeLabel->setBuddy(m_type);
    auto* timeLabel = new QLabel(tr("T&ime:"), this);
    timeLabel->setBuddy(m_time);

    auto* first = new QHBoxLayout;
    first->addWidget(m_text, 3);
    first->addWidget(timeLabel);
    first->addWidget(m_time);
    first->addWidget(m_from);
    first->addWidget(m_to);
    first->addWidget(typeLabel);
    first->addWidget(m_type, 1);
    first->addWidget(m_count);

    auto* second = new QHBoxLayout;
    second->addWidget(tenantLabel);
    second->addWidget(m_tenant, 1);
    second->addWidget(m_actor, 1);
    second->addWidget(m_severity);
    second->addWidget(m_outcome);
    second->addWidget(m_resource, 1);
    second->addWidget(m_clear);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 2);
    layout->setSpacing(4);
    layout->addLayout(first);
    layout->addLayout(second);

    m_debounce->setSingleShot(true);
    connect(m_debounce, &QTimer::timeout, this, &AuditFilterBar::applyNow);
    for (QLineEdit* e : { m_text, m_actor, m_resource })
        connect(e, &QLineEdit::textChanged, this, [this] { scheduleApply(kTypingDelayMs); });
    for (QComboBox* c : { m_type, m_tenant, m_severity, m_outcome })
        connect(c, &QComboBox::currentIndexChanged, this, [this] { scheduleApply(kChoiceDelayMs); });
    connect(m_time, &QComboBox::currentIndexChanged, this, [this] {
        updateCustomRange();
        scheduleApply(kChoiceDelayMs);
    });
    for (QDateTimeEdit* e : { m_from, m_to })
        connect(e, &QDateTimeEdit::dateTimeChanged, this, [this] { scheduleApply(kTypingDelayMs); });
    connect(m_clear, &QPushButton::clicked, this, &AuditFilterBar::clear);

    setTabOrder(m_text, m_time);
    setTabOrder(m_time, m_from);
    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_type);
    setTabOrder(m_type, m_tenant);
    setTabOrder(m_tenant, m_actor);
    setTabOrder(m_actor, m_severity);
    setTabOrder(m_severity, m_outcome);
    setTabOrder(m_outcome, m_resource);
    setTabOrder(m_resource, m_clear);
}

QString AuditFilterBar::describe(TimeRange range)
{
    switch (range) {
    case TimeRange::Any:
        return tr("Any time");
    case TimeRange::LastHour:
        return tr("Last hour");
    case TimeRange::Last24Hours:
        return tr("Last 24 hours");
    case TimeRange::Last7Days:
        return tr("Last 7 days");
    case TimeRange::Last30Days:
        return tr("Last 30 days");
    case TimeRange::Custom:
        return tr("Custom…");
    }
    return {};
}

void AuditFilterBar::setTenants(const QList<QPair<TenantId, QString>>& tenants)
{
    const QSignalBlocker block(m_tenant);
    const qint64 current = m_tenant->currentData().toLongLong();
    while (m_tenant->count() > 2)
        m_tenant->removeItem(2);
    if (!tenants.isEmpty())
        m_tenant->insertSeparator(2);
    for (const auto& [id, name] : tenants)
        m_tenant->addItem(name, id.value);
    const int index = m_tenant->findData(current);
    m_tenant->setCurrentIndex(index < 0 ? 0 : index);
    // Long tenant names must not push the other filters out of the bar.
    m_tenant->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_tenant->setMinimumContentsLength(14);
}

void AuditFilterBar::updateCustomRange()
{
    const bool custom = TimeRange(m_time->currentData().toInt()) == TimeRange::Custom;
    if (custom && !m_from->isVisible()) {
        const QSignalBlocker a(m_from);
        const QSignalBlocker b(m_to);
        const QDateTime now = m_clock.nowUtc().toLocalTime();
        m_to->setDateTime(now.addSecs(60));
        m_from->setDateTime(now.addDays(-1));
    }
    m_from->setVisible(custom);
    m_to->setVisible(custom);
}

AuditFilter AuditFilterBar::filter() const
{
    AuditFilter f;
    const qint64 now = m_clock.nowUtc().toMSecsSinceEpoch();
    constexpr qint64 hour = 3600 * 1000;
    switch (TimeRange(m_time->currentData().toInt())) {
    case TimeRange::Any:
        break;
    case TimeRange::LastHour:
        f.fromMs = now - hour;
        break;
    case TimeRange::Last24Hours:
        f.fromMs = now - 24 * hour;
        break;
    case TimeRange::Last7Days:
        f.fromMs = now - 7 * 24 * hour;
        break;
    case TimeRange::Last30Days:
        f.fromMs = now - 30 * 24 * hour;
        break;
    case TimeRange::Custom:
        f.fromMs = m_from->dateTime().toMSecsSinceEpoch();
        f.toMs = m_to->dateTime().toMSecsSinceEpoch();
        break;
    }
    const QString type = m_type->currentData().toString();
    if (type.startsWith(kCategoryPrefix)) {
        if (const auto c = auditCategoryFromId(type.mid(kCategoryPrefix.size())))
            f.categories = { *c };
    } else if (type.startsWith(kTypePrefix)) {
        if (const auto t = auditEventTypeFromId(type.mid(kTypePrefix.size())))
            f.types = { *t };
    }
    const qint64 tenant = m_tenant->currentData().toLongLong();
    if (tenant == 0) {
        f.tenantScope = AuditFilter::TenantScope::Platform;
    } else if (tenant > 0) {
        f.tenantScope = AuditFilter::TenantScope::Tenant;
        f.tenant = TenantId(tenant);
    }
    f.actorId = m_actor->text().trimmed();
    for (const QVariant& v : m_severity->currentData().toList())
        f.severities << AuditSeverity(v.toInt());
    for (const QVariant& v : m_outcome->currentData().toList())
        f.outcomes << AuditOutcome(v.toInt());
    f.resource = m_resource->text().trimmed();
    f.text = m_text->text().trimmed();
    return f;
}

void AuditFilterBar::setActor(const QString& actorId)
{
    m_actor->setText(actorId);
    applyNow();
}

void AuditFilterBar::setResource(const QString& resource)
{
    m_resource->setText(resource);
    applyNow();
}

void AuditFilterBar::setTenant(std::optional<TenantId> tenant)
{
    const int index = m_tenant->findData(tenant ? tenant->value : qint64(0));
    if (index >= 0)
        m_tenant->setCurrentIndex(index);
    applyNow();
}

void AuditFilterBar::setEventType(AuditEventType type)
{
    const int index = m_type->findData(QString(kTypePrefix + auditEventTypeId(type)));
    if (index >= 0)
        m_type->setCurrentIndex(index);
    applyNow();
}

void AuditFilterBar::setCountText(const QString& text)
{
    m_count->setText(text);
}

QString AuditFilterBar::countText() const
{
    return m_count->text();
}

void AuditFilterBar::clear()
{
    m_clearing = true;
    m_text->clear();
    m_time->setCurrentIndex(0);
    m_type->setCurrentIndex(0);
    m_tenant->setCurrentIndex(0);
    m_actor->clear();
    m_severity->setCurrentIndex(0);
    m_outcome->setCurrentIndex(0);
    m_resource->clear();
    m_clearing = false;
    applyNow();
}

void AuditFilterBar::focusSearch()
{
    m_text->setFocus(Qt::ShortcutFocusReason);
    m_text->selectAll();
}

void AuditFilterBar::scheduleApply(int delayMs)
{
    if (m_clearing)
        return;
    // A later, shorter delay (a combo after typing) must not wait for the longer one.
    if (m_debounce->isActive() && m_debounce->remainingTime() < delayMs)
        return;
    m_debounce->start(delayMs);
}

void AuditFilterBar::applyNow()
{
    m_debounce->stop();
    AuditFilter f = filter();
    const auto range = TimeRange(m_time->currentData().toInt());
    // Preset ranges end "now", which moves; only a change of preset counts.
    AuditFilter compare = f;
    if (range == m_appliedRange && range != TimeRange::Custom)
        compare.fromMs = m_applied.fromMs;
    if (compare == m_applied)
        return;
    m_appliedRange = range;
    m_applied = f;
    emit filterChanged();
}

} // namespace gc
