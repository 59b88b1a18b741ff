#include "ExportWizardPageColumns.h"

#include "ExportWizard.h"
#include "ExportWizardPageSource.h"
#include "UiErrors.h"

#include "core/DomainError.h"
#include "export/ExportPreview.h"
#include "export/ExportSourcePlan.h"
#include "store/StoreError.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace gc {

namespace {

constexpr int kNameRole = Qt::UserRole + 1;
constexpr int kPersonalRole = Qt::UserRole + 2;
constexpr int kPreviewDebounceMs = 300;

const ExportColumn* findColumn(const ExportSourceInfo& info, const QString& name)
{
    for (const ExportColumn& c : info.columns)
        if (c.name == name)
            return &c;
    return nullptr;
}

/// Columns a filter or sort can name: the pseudonym is derived while exporting.
bool filterable(const ExportSourceInfo& info, const ExportColumn& c)
{
    return !info.unfilterableColumns.contains(c.name);
}

QString previewText(const QVariant& v)
{
    switch (v.typeId()) {
    case QMetaType::Double:
        return QString::number(v.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QMetaType::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QMetaType::QDateTime:
        return v.toDateTime().toUTC().toString(Qt::ISODateWithMs);
    default:
        return v.toString();
    }
}

} // namespace

struct ExportWizardPageColumns::PreviewOutcome
{
    std::optional<ExportPreviewRows> rows;
    std::optional<DomainError> refused;
    std::optional<StoreError> failed;
};

ExportWizardPageColumns::ExportWizardPageColumns(ExportWizard& wizard)
    : m_wizard(wizard)
    , m_columns(new QListWidget(this))
    , m_up(new QPushButton(tr("&Up"), this))
    , m_down(new QPushButton(tr("&Down"), this))
    , m_all(new QPushButton(tr("&Reset"), this))
    , m_clear(new QCheckBox(tr("Export personal data in &clear"), this))
    , m_notes(new QLabel(this))
    , m_filterLayout(new QVBoxLayout)
    , m_addFilter(new QPushButton(tr("&Add Filter"), this))
    , m_sortColumn(new QComboBox(this))
    , m_sortOrder(new QComboBox(this))
    , m_requestError(makeErrorLabel(this, QStringLiteral("requestErrorLabel")))
    , m_previewLabel(new QLabel(this))
    , m_previewStack(new QStackedWidget(this))
    , m_previewEmpty(new QLabel(this))
    , m_previewView(new QTableView(this))
    , m_previewModel(new QStandardItemModel(this))
    , m_previewTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("exportColumnsPage"));
    setTitle(tr("Columns and rows"));
    setSubTitle(tr("Tick and order the columns, narrow the rows with filters (all must hold), and check the "
                   "preview of the first rows."));

    m_columns->setObjectName(QStringLiteral("columnList"));
    m_columns->setDragDropMode(QAbstractItemView::InternalMove);
    m_columns->setDefaultDropAction(Qt::MoveAction);
    m_columns->setSelectionMode(QAbstractItemView::SingleSelection);
    m_columns->setAccessibleName(tr("Columns"));
    m_up->setObjectName(QStringLiteral("columnUpButton"));
    m_down->setObjectName(QStringLiteral("columnDownButton"));
    m_all->setObjectName(QStringLiteral("columnResetButton"));
    m_all->setToolTip(tr("Every column that is not personal, in the source's order"));
    m_clear->setObjectName(QStringLiteral("clearPersonalCheck"));
    auto* columnButtons = new QHBoxLayout;
    columnButtons->addWidget(m_up);
    columnButtons->addWidget(m_down);
    columnButtons->addStretch(1);
    columnButtons->addWidget(m_all);
    auto* columnsBox = new QGroupBox(tr("Columns"), this);
    auto* columnsLayout = new QVBoxLayout(columnsBox);
    columnsLayout->addWidget(m_columns, 1);
    columnsLayout->addLayout(columnButtons);
    columnsLayout->addWidget(m_clear);

    m_notes->setObjectName(QStringLiteral("presetNotesLabel"));
    m_notes->setWordWrap(true);
    m_notes->setTextFormat(Qt::PlainText);
    m_notes->hide();
    m_addFilter->setObjectName(QStringLiteral("addFilterButton"));
    m_sortColumn->setObjectName(QStringLiteral("sortColumnCombo"));
    m_sortOrder->setObjectName(QStringLiteral("sortOrderCombo"));
    m_sortOrder->addItem(tr("Ascending"), false);
    m_sortOrder->addItem(tr("Descending"), true);
    auto* sortRow = new QHBoxLayout;
    auto* sortLabel = new QLabel(tr("S&ort by:"), this);
    sortLabel->setBuddy(m_sortColumn);
    sortRow->addWidget(sortLabel);
    sortRow->addWidget(m_sortColumn, 1);
    sortRow->addWidget(m_sortOrder);
    auto* filtersBox = new QGroupBox(tr("Filters"), this);
    auto* filtersLayout = new QVBoxLayout(filtersBox);
    filtersLayout->addWidget(m_notes);
    filtersLayout->addLayout(m_filterLayout);
    auto* addRow = new QHBoxLayout;
    addRow->addWidget(m_addFilter);
    addRow->addStretch(1);
    filtersLayout->addLayout(addRow);
    filtersLayout->addStretch(1);
    filtersLayout->addLayout(sortRow);

    m_previewLabel->setObjectName(QStringLiteral("previewStatusLabel"));
    m_previewLabel->setWordWrap(true);
    m_previewLabel->setTextFormat(Qt::PlainText);
    m_previewView->setObjectName(QStringLiteral("previewTable"));
    m_previewView->setModel(m_previewModel);
    m_previewView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewView->setAlternatingRowColors(true);
    m_previewView->setWordWrap(false);
    m_previewView->setTextElideMode(Qt::ElideRight);
    m_previewView->verticalHeader()->setDefaultSectionSize(m_previewView->fontMetrics().height() + 6);
    m_previewView->horizontalHeader()->setDefaultSectionSize(120);
    m_previewView->horizontalHeader()->setMaximumSectionSize(320);

    auto* top = new QWidget(this);
    auto* topLayout = new QHBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(columnsBox, 2);
    topLayout->addWidget(filtersBox, 3);
    auto* bottom = new QWidget(this);
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_requestError);
    bottomLayout->addWidget(m_previewLabel);
    // Without rows, the message stands where the rows would be.
    m_previewEmpty->setObjectName(QStringLiteral("previewEmptyLabel"));
    m_previewEmpty->setAlignment(Qt::AlignCenter);
    m_previewEmpty->setWordWrap(true);
    m_previewEmpty->setTextFormat(Qt::PlainText);
    m_previewEmpty->setAutoFillBackground(true);
    m_previewEmpty->setBackgroundRole(QPalette::Base);
    m_previewEmpty->setFrameShape(QFrame::StyledPanel);
    QFont bigger = m_previewEmpty->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.2);
    m_previewEmpty->setFont(bigger);
    m_previewStack->setObjectName(QStringLiteral("previewStack"));
    m_previewStack->addWidget(m_previewView);
    m_previewStack->addWidget(m_previewEmpty);
    bottomLayout->addWidget(m_previewStack, 1);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("columnsSplitter"));
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(kPreviewDebounceMs);
    connect(m_previewTimer, &QTimer::timeout, this, &ExportWizardPageColumns::startPreview);
    connect(m_columns, &QListWidget::itemChanged, this, &ExportWizardPageColumns::changed);
    connect(m_columns->model(), &QAbstractItemModel::rowsMoved, this, &ExportWizardPageColumns::changed);
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_all, &QPushButton::clicked, this, [this] {
        if (!m_source)
            return;
        ExportRequest r = m_wizard.rememberedRequest(*m_source);
        fill(r);
        r.columns.clear();
        load(*m_source, r);
    });
    connect(m_clear, &QCheckBox::toggled, this, [this] {
        updatePersonal();
        changed();
    });
    connect(m_addFilter, &QPushButton::clicked, this, [this] {
        const int row = addFilter();
        m_filters.at(row).value->setFocus();
    });
    connect(m_sortColumn, &QComboBox::currentIndexChanged, this, &ExportWizardPageColumns::changed);
    connect(m_sortOrder, &QComboBox::currentIndexChanged, this, &ExportWizardPageColumns::changed);
}

ExportWizardPageColumns::~ExportWizardPageColumns()
{
    // The workers refer to the store and post to this page: stop and wait for them.
    if (m_preview)
        m_preview->interrupt();
    for (QFuture<void>& f : m_running)
        f.waitForFinished();
}

int ExportWizardPageColumns::nextId() const
{
    return ExportWizard::FormatPage;
}

void ExportWizardPageColumns::initializePage()
{
    const ExportSourceId source = m_wizard.sourcePage()->source();
    std::optional<QList<ExportCondition>> preset = m_wizard.takePreset(source);
    if (m_source != source || preset) {
        ExportRequest r = m_source == source ? m_wizard.request() : m_wizard.rememberedRequest(source);
        if (preset)
            r.filters = *preset;
        load(source, r);
    }
    const QStringList notes = m_wizard.presetNotes(source);
    m_notes->setText(notes.join(QLatin1Char('\n')));
    m_notes->setVisible(!notes.isEmpty());
}

void ExportWizardPageColumns::load(ExportSourceId source, const ExportRequest& request)
{
    m_loading = true;
    m_source = source;
    const ExportSourceInfo& info = exportSource(source);
    const bool hasPersonal = !info.personalColumns.isEmpty();
    m_clear->setVisible(hasPersonal);
    const bool mayClear = m_wizard.session().can(Action::ViewPersonalData);
    m_clear->setEnabled(hasPersonal && mayClear);
    const bool audit = source == ExportSourceId::AuditEvents;
    // Names what "clear" adds for this source, and what stands for the person without it.
    m_clear->setText(audit ? tr("Export personal data in &clear (actor's name, e-mail, address, personal details)")
                           : tr("Export personal data in &clear (e-mail, name)"));
    if (mayClear)
        m_clear->setToolTip(audit ? tr("Adds the events' personal parts; an erased person's events have none. "
                                       "The export is recorded in the audit trail.")
                                  : QString());
    else
        m_clear->setToolTip(audit ? tr("Your role may not see personal data; events are exported with the "
                                       "actor's pseudonym only.")
                                  : tr("Your role may not see personal data; users are exported under their "
                                       "pseudonym."));
    m_clear->setChecked(hasPersonal && mayClear && request.clearPersonalData);

    m_columns->clear();
    QStringList order = request.columns;
    for (const ExportColumn& c : info.columns)
        if (!order.contains(c.name))
            order << c.name;
    const bool defaults = request.columns.isEmpty();
    for (const QString& name : std::as_const(order)) {
        const ExportColumn* c = findColumn(info, name);
        if (!c)
            continue; // a column a newer version dropped
        const bool personal = info.personalColumns.contains(name);
        auto* item = new QListWidgetItem(tr("%1  (%2)").arg(c->label, c->name), m_columns);
        item->setData(kNameRole, c->name);
        item->setData(kPersonalRole, personal);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemIsDragEnabled);
        const bool checked = defaults ? (!personal || m_clear->isChecked()) : request.columns.contains(name);
        item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
    updatePersonal();

    while (!m_filters.isEmpty())
        removeFilter(int(m_filters.size()) - 1);
    for (const ExportCondition& c : request.filters)
        addFilter(c.column, c.op, c.value);

    m_sortColumn->clear();
    m_sortColumn->addItem(tr("Source order"), QString());
    for (const ExportColumn& c : info.columns) {
        // The audit trail is read in pages by sequence number: only seq and time order it.
        if (source == ExportSourceId::AuditEvents && c.name != QLatin1String("seq")
            && c.name != QLatin1String("time"))
            continue;
        if (filterable(info, c))
            m_sortColumn->addItem(c.label, c.name);
    }
    const int sortIndex = request.sort ? m_sortColumn->findData(request.sort->column) : 0;
    m_sortColumn->setCurrentIndex(std::max(sortIndex, 0));
    m_sortOrder->setCurrentIndex(request.sort && request.sort->descending ? 1 : 0);
    m_loading = false;
    changed();
}

void ExportWizardPageColumns::updatePersonal()
{
    const bool clear = m_clear->isChecked();
    const QSignalBlocker block(m_columns);
    for (int i = 0; i < m_columns->count(); ++i) {
        QListWidgetItem* item = m_columns->item(i);
        if (!item->data(kPersonalRole).toBool())
            continue;
        Qt::ItemFlags flags = item->flags();
        flags.setFlag(Qt::ItemIsUserCheckable, clear);
        flags.setFlag(Qt::ItemIsEnabled, clear);
        item->setFlags(flags);
        item->setCheckState(clear ? Qt::Checked : Qt::Unchecked);
        item->setToolTip(clear ? QString() : tr("Personal data: tick “Export personal data in clear” first."));
    }
}

void ExportWizardPageColumns::moveCurrent(int delta)
{
    const int row = m_columns->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_columns->count())
        return;
    QListWidgetItem* item = m_columns->takeItem(row);
    m_columns->insertItem(to, item);
    m_columns->setCurrentRow(to);
    changed();
}

void ExportWizardPageColumns::fillColumnCombo(QComboBox* combo, const QString& current) const
{
    combo->clear();
    if (!m_source)
        return;
    const ExportSourceInfo& info = exportSource(*m_source);
    for (const ExportColumn& c : info.columns)
        if (filterable(info, c))
            combo->addItem(c.name, c.name);
    const int index = combo->findData(current);
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

int ExportWizardPageColumns::addFilter(const QString& column, ExportOperator op, const QString& value)
{
    FilterRow row;
    const int index = int(m_filters.size());
    row.box = new QWidget(this);
    row.box->setObjectName(QStringLiteral("filterRow%1").arg(index));
    row.column = new QComboBox(row.box);
    row.column->setObjectName(QStringLiteral("filterColumnCombo"));
    row.column->setAccessibleName(tr("Filter column"));
    fillColumnCombo(row.column, column);
    row.op = new QComboBox(row.box);
    row.op->setObjectName(QStringLiteral("filterOperatorCombo"));
    row.op->setAccessibleName(tr("Filter operator"));
    const std::pair<ExportOperator, QString> ops[] = {
        { ExportOperator::Equal, tr("= equals") },
        { ExportOperator::NotEqual, tr("≠ differs") },
        { ExportOperator::Less, tr("< less") },
        { ExportOperator::LessOrEqual, tr("≤ at most") },
        { ExportOperator::Greater, tr("> greater") },
        { ExportOperator::GreaterOrEqual, tr("≥ at least") },
        { ExportOperator::Contains, tr("~ contains") },
    };
    for (const auto& [o, text] : ops)
        row.op->addItem(text, int(o));
    row.op->setCurrentIndex(row.op->findData(int(op)));
    row.value = new QLineEdit(value, row.box);
    row.value->setObjectName(QStringLiteral("filterValueEdit"));
    row.value->setAccessibleName(tr("Filter value"));
    row.value->setPlaceholderText(tr("value, or null"));
    row.remove = new QToolButton(row.box);
    row.remove->setObjectName(QStringLiteral("removeFilterButton"));
    row.remove->setIcon(style()->standardIcon(QStyle::SP_DialogDiscardButton));
    row.remove->setToolTip(tr("Remove this filter"));
    row.remove->setAccessibleName(tr("Remove filter"));
    row.error = makeErrorLabel(row.box, QStringLiteral("filterErrorLabel"));
    auto* line = new QHBoxLayout;
    line->addWidget(row.column, 2);
    line->addWidget(row.op, 1);
    line->addWidget(row.value, 3);
    line->addWidget(row.remove);
    auto* boxLayout = new QVBoxLayout(row.box);
    boxLayout->setContentsMargins(0, 0, 0, 0);
    boxLayout->setSpacing(2);
    boxLayout->addLayout(line);
    boxLayout->addWidget(row.error);
    m_filterLayout->addWidget(row.box);
    m_filters.append(row);

    connect(row.column, &QComboBox::currentIndexChanged, this, &ExportWizardPageColumns::changed);
    connect(row.op, &QComboBox::currentIndexChanged, this, &ExportWizardPageColumns::changed);
    connect(row.value, &QLineEdit::textChanged, this, &ExportWizardPageColumns::changed);
    QWidget* box = row.box;
    connect(row.remove, &QToolButton::clicked, this, [this, box] {
        for (int i = 0; i < m_filters.size(); ++i)
            if (m_filters.at(i).box == box) {
                removeFilter(i);
                return;
            }
    });
    changed();
    return index;
}

void ExportWizardPageColumns::removeFilter(int index)
{
    if (index < 0 || index >= m_filters.size())
        return;
    const FilterRow row = m_filters.takeAt(index);
    row.box->hide();
    row.box->deleteLater();
    changed();
}

QString ExportWizardPageColumns::filterError(int index) const
{
    return index >= 0 && index < m_filters.size() ? m_filters.at(index).error->text() : QString();
}

QLineEdit* ExportWizardPageColumns::filterValueEdit(int index) const
{
    return m_filters.at(index).value;
}

QComboBox* ExportWizardPageColumns::filterColumnCombo(int index) const
{
    return m_filters.at(index).column;
}

QComboBox* ExportWizardPageColumns::filterOperatorCombo(int index) const
{
    return m_filters.at(index).op;
}

QList<ExportCondition> ExportWizardPageColumns::conditions() const
{
    QList<ExportCondition> out;
    for (const FilterRow& row : m_filters) {
        const QString column = row.column->currentData().toString();
        if (column.isEmpty())
            continue;
        out.append({ column, ExportOperator(row.op->currentData().toInt()), row.value->text().trimmed() });
    }
    return out;
}

QStringList ExportWizardPageColumns::columns() const
{
    QStringList out;
    for (int i = 0; i < m_columns->count(); ++i)
        if (m_columns->item(i)->checkState() == Qt::Checked)
            out << m_columns->item(i)->data(kNameRole).toString();
    return out;
}

void ExportWizardPageColumns::fill(ExportRequest& request) const
{
    request.columns = columns();
    request.filters = conditions();
    request.clearPersonalData = m_clear->isChecked();
    const QString sort = m_sortColumn->currentData().toString();
    if (sort.isEmpty())
        request.sort.reset();
    else
        request.sort = ExportSort { sort, m_sortOrder->currentData().toBool() };
}

ExportRequest ExportWizardPageColumns::previewRequest() const
{
    ExportRequest r;
    r.source = m_source.value_or(ExportSourceId::Predictions);
    fill(r);
    return r;
}

void ExportWizardPageColumns::changed()
{
    if (m_loading)
        return;
    validate();
    if (m_valid) {
        ++m_generation; // whatever is still being read is stale now
        m_previewTimer->start();
        showPreviewMessage(tr("Reading the first rows…"));
    } else {
        m_previewTimer->stop();
        ++m_generation;
        // Nothing will answer for this edit: stop what is being read.
        if (m_preview)
            m_preview->interrupt();
        m_previewRunning = false;
        m_previewModel->clear();
        showPreviewMessage(tr("Correct the choices above to see a preview."));
    }
    emit completeChanged();
}

void ExportWizardPageColumns::validate()
{
    m_previewRefusal.clear();
    m_valid = false;
    if (!m_source)
        return;
    const ExportSourceInfo& info = exportSource(*m_source);
    bool rowsOk = true;
    for (const FilterRow& row : std::as_const(m_filters)) {
        QString message;
        const ExportColumn* column = findColumn(info, row.column->currentData().toString());
        if (column) {
            try {
                const ExportCondition c { column->name, ExportOperator(row.op->currentData().toInt()),
                    row.value->text().trimmed() };
                (void)ExportTypedCondition::from(c, *column);
            } catch (const DomainError& e) {
                message = e.message();
            }
        }
        row.error->setText(message);
        row.error->setVisible(!message.isEmpty());
        rowsOk = rowsOk && message.isEmpty();
    }
    QString requestMessage;
    if (columns().isEmpty()) {
        requestMessage = tr("Tick at least one column.");
    } else if (rowsOk) {
        try {
            (void)ExportSourcePlan::from(previewRequest(), m_wizard.session());
        } catch (const DomainError& e) {
            requestMessage = e.message();
        }
    }
    m_requestError->setText(requestMessage);
    m_requestError->setVisible(!requestMessage.isEmpty());
    m_valid = rowsOk && requestMessage.isEmpty();
}

bool ExportWizardPageColumns::isComplete() const
{
    return m_valid && m_previewRefusal.isEmpty();
}

QString ExportWizardPageColumns::previewStatus() const
{
    return m_previewLabel->text();
}

QString ExportWizardPageColumns::requestError() const
{
    return m_requestError->isVisible() ? m_requestError->text() : QString();
}

bool ExportWizardPageColumns::isPreviewPending() const
{
    return m_previewTimer->isActive() || m_previewRunning;
}

void ExportWizardPageColumns::showPreviewMessage(const QString& text, bool isError)
{
    m_previewLabel->setText(text);
    QPalette pal = palette();
    if (isError)
        pal.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_previewLabel->setPalette(pal);
    m_previewEmpty->setText(text);
    m_previewEmpty->setPalette(pal);
    // Rows show in the table under the count; anything else stands in the table's place.
    const bool rows = m_previewModel->rowCount() > 0;
    m_previewStack->setCurrentWidget(rows ? static_cast<QWidget*>(m_previewView) : m_previewEmpty);
    m_previewLabel->setVisible(rows);
}

void ExportWizardPageColumns::startPreview()
{
    if (!m_valid)
        return;
    const ExportRequest request = previewRequest();
    QByteArray key;
    if (request.source == ExportSourceId::TenantUsers) {
        try {
            key = m_wizard.pseudonymKey();
        } catch (const StoreError& e) {
            m_previewModel->clear();
            showPreviewMessage(tr("The preview could not be read: %1").arg(e.message()), true);
            return;
        }
    }
    if (m_preview)
        m_preview->interrupt();
    m_running.erase(std::remove_if(m_running.begin(), m_running.end(), [](const QFuture<void>& f) {
        return f.isFinished();
    }), m_running.end());
    auto preview = std::make_shared<ExportPreview>(m_wizard.store(), m_wizard.session());
    m_preview = preview;
    const int generation = ++m_generation;
    m_previewRunning = true;
    m_running.append(QtConcurrent::run([this, preview, request, key, generation] {
        auto outcome = std::make_shared<PreviewOutcome>();
        try {
            outcome->rows = preview->read(request, key, kPreviewRows);
        } catch (const DomainError& e) {
            outcome->refused = e;
        } catch (const StoreError& e) {
            outcome->failed = e;
        }
        QMetaObject::invokeMethod(
            this, [this, generation, outcome] { previewDone(generation, outcome); }, Qt::QueuedConnection);
    }));
}

void ExportWizardPageColumns::previewDone(int generation, const std::shared_ptr<PreviewOutcome>& outcome)
{
    if (generation != m_generation)
        return; // a later edit replaced this preview
    m_previewRunning = false;
    m_previewModel->clear();
    if (outcome->refused) {
        // The request as a whole (the audit trail's conditions are checked by its reader).
        m_previewRefusal = outcome->refused->message();
        m_requestError->setText(m_previewRefusal);
        m_requestError->show();
        showPreviewMessage(tr("Correct the choices above to see a preview."));
        emit completeChanged();
        return;
    }
    if (outcome->failed) {
        // The wizard stays usable: the next edit reads again.
        showPreviewMessage(tr("The preview could not be read: %1").arg(outcome->failed->message()), true);
        return;
    }
    const ExportPreviewRows& rows = *outcome->rows;
    QStringList headers;
    for (const ExportColumn& c : rows.columns)
        headers << c.name;
    m_previewModel->setColumnCount(int(headers.size()));
    m_previewModel->setHorizontalHeaderLabels(headers);
    for (int i = 0; i < rows.columns.size(); ++i)
        m_previewModel->horizontalHeaderItem(i)->setToolTip(rows.columns.at(i).label);
    QFont italic = m_previewView->font();
    italic.setItalic(true);
    for (const QVariantList& values : rows.rows) {
        QList<QStandardItem*> items;
        for (const QVariant& v : values) {
            auto* item = new QStandardItem;
            if (v.isNull()) {
                item->setText(tr("NULL"));
                item->setFont(italic);
                item->setForeground(m_previewView->palette().color(QPalette::Disabled, QPalette::Text));
            } else {
                item->setText(previewText(v));
                item->setToolTip(item->text());
                if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Double)
                    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            }
            item->setData(v, Qt::UserRole);
            items << item;
        }
        m_previewModel->appendRow(items);
    }
    m_previewView->resizeColumnsToContents();
    if (rows.rows.isEmpty()) {
        showPreviewMessage(tr("No rows match the filters: the file would hold no rows."));
    } else {
        const QLocale locale;
        const QString total = locale.toString(rows.matching);
        if (rows.rows.size() >= rows.matching)
            showPreviewMessage(tr("All %1 matching rows.").arg(total));
        else if (rows.matchingExact)
            showPreviewMessage(tr("The first %1 of %2 matching rows.").arg(locale.toString(rows.rows.size()), total));
        else
            showPreviewMessage(
                tr("The first %1 of at most %2 matching rows.").arg(locale.toString(rows.rows.size()), total));
    }
    emit completeChanged();
}

} // namespace gc
