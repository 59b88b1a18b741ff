#pragma once

#include "audit/AuditFilter.h"

#include <QList>
#include <QPair>
#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace gc {

class Clock;

/// The audit pane's filters: time range (presets or custom), tenant, actor,
/// event type or category, severity, outcome, resource and full-text search,
/// all combinable. Edits are debounced: filterChanged() follows a pause in
/// typing, once per actual change. Shows the count the pane hands it.
class AuditFilterBar final : public QWidget
{
    Q_OBJECT
public:
    /// Time presets, in the order of the time combo.
    enum class TimeRange
    {
        Any,
        LastHour,
        Last24Hours,
        Last7Days,
        Last30Days,
        Custom
    };

    explicit AuditFilterBar(const Clock& clock, QWidget* parent = nullptr);

    /// Tenants for the tenant combo (id, display text), in display order.
    void setTenants(const QList<QPair<TenantId, QString>>& tenants);
    /// The filter the controls describe now; preset time ranges end now.
    [[nodiscard]] AuditFilter filter() const;
    void setCountText(const QString& text);

    /// Narrow to one value of a field, keeping the other filters; applied at once.
    void setActor(const QString& actorId);
    void setResource(const QString& resource);
    /// nullopt: platform events only.
    void setTenant(std::optional<TenantId> tenant);
    void setEventType(AuditEventType type);
    [[nodiscard]] QString countText() const;

public slots:
    /// Resets every control; emits filterChanged() once if that changed the filter.
    void clear();
    void focusSearch();
    /// Emits a pending debounced change now.
    void applyNow();

signals:
    void filterChanged();

private:
    void scheduleApply(int delayMs);
    void updateCustomRange();
    [[nodiscard]] static QString describe(TimeRange range);

    const Clock& m_clock;
    QLineEdit* m_text;
    QComboBox* m_time;
    QDateTimeEdit* m_from;
    QDateTimeEdit* m_to;
    QComboBox* m_type;
    QComboBox* m_tenant;
    QLineEdit* m_actor;
    QComboBox* m_severity;
    QComboBox* m_outcome;
    QLineEdit* m_resource;
    QPushButton* m_clear;
    QLabel* m_count;
    QTimer* m_debounce;
    AuditFilter m_applied;
    TimeRange m_appliedRange = TimeRange::Any;
    bool m_clearing = false;
};

} // namespace gc
