#include "IntegrityBadge.h"
#include "JsonView.h"
#include "QuotaBar.h"
#include "UsageChartView.h"

#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QLegend>
#include <QChart>
#include <QLabel>
#include <QLineSeries>
#include <QJsonObject>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using namespace gc;

class TestWidgets : public QObject
{
    Q_OBJECT
private slots:
    void quotaLevels_data();
    void quotaLevels();
    void quotaText();
    void quotaUnlimited();
    void chartEmpty();
    void chartWithQuota();
    void chartUnlimitedAndGaps();
    void chartAxisGroupsDigits();
    void chartNiceSteps();
    void jsonViewIndentsAndColours();
    void jsonViewPlaceholder();
    void integrityBadgeStates();
};

void TestWidgets::quotaLevels_data()
{
    QTest::addColumn<qint64>("used");
    QTest::addColumn<qint64>("limit");
    QTest::addColumn<int>("level");
    QTest::newRow("empty") << qint64(0) << qint64(5) << int(QuotaBar::Level::Normal);
    QTest::newRow("79%") << qint64(79) << qint64(100) << int(QuotaBar::Level::Normal);
    QTest::newRow("80%") << qint64(80) << qint64(100) << int(QuotaBar::Level::Warning);
    QTest::newRow("99%") << qint64(99) << qint64(100) << int(QuotaBar::Level::Warning);
    QTest::newRow("100%") << qint64(5) << qint64(5) << int(QuotaBar::Level::Exceeded);
    QTest::newRow("over") << qint64(7) << qint64(5) << int(QuotaBar::Level::Exceeded);
    QTest::newRow("zero limit unused") << qint64(0) << qint64(0) << int(QuotaBar::Level::Normal);
    QTest::newRow("zero limit used") << qint64(1) << qint64(0) << int(QuotaBar::Level::Exceeded);
}

void TestWidgets::quotaLevels()
{
    QFETCH(qint64, used);
    QFETCH(qint64, limit);
    QFETCH(int, level);
    QuotaBar bar;
    bar.setUsage(used, limit, QStringLiteral("users"));
    QCOMPARE(int(bar.level()), level);
    QVERIFY(bar.fraction() >= 0.0 && bar.fraction() <= 1.0);
}

void TestWidgets::quotaText()
{
    QLocale::setDefault(QLocale::c());
    QuotaBar bar;
    bar.setTitle(QStringLiteral("Users"));
    bar.setUsage(4, 5, QStringLiteral("users"));
    QCOMPARE(bar.valueText(), QStringLiteral("4 / 5 users (80 %)"));
    QCOMPARE(bar.findChild<QLabel*>(QStringLiteral("quotaValue"))->text(), bar.valueText());
    QCOMPARE(bar.level(), QuotaBar::Level::Warning);
    const QColor amber = bar.barColor();
    bar.setUsage(1, 5, QStringLiteral("users"));
    const QColor normal = bar.barColor();
    bar.setUsage(5, 5, QStringLiteral("users"));
    const QColor red = bar.barColor();
    QVERIFY(amber != normal);
    QVERIFY(red != amber);
    QVERIFY(red != normal);
    QCOMPARE(bar.fraction(), 1.0);
}

void TestWidgets::quotaUnlimited()
{
    QuotaBar bar;
    bar.setUsage(1234, std::nullopt, QStringLiteral("requests"));
    QCOMPARE(bar.level(), QuotaBar::Level::Unlimited);
    QCOMPARE(bar.fraction(), 0.0);
    QVERIFY(bar.valueText().contains(QStringLiteral("unlimited")));
    // Painting the unlimited state must not need a limit.
    bar.resize(300, bar.sizeHint().height());
    QVERIFY(!bar.grab().isNull());
}

void TestWidgets::chartEmpty()
{
    UsageChartView view;
    view.setUsage({}, 1000);
    QVERIFY(view.isEmptyState());
    QVERIFY(view.chart()->series().isEmpty());
    QVERIFY(!view.chart()->title().isEmpty());
    view.resize(500, 300);
    QVERIFY(!view.grab().isNull());
}

void TestWidgets::chartWithQuota()
{
    UsageChartView view;
    QList<QPair<QDate, qint64>> days;
    const QDate start(2026, 10, 29);
    for (int i = 0; i < 30; ++i)
        days.append({start.addDays(i), 100 * i});
    view.setUsage(days, 2000);
    QVERIFY(!view.isEmptyState());
    QVERIFY(view.hasQuotaLine());
    QCOMPARE(view.dayCount(), 30);
    QCOMPARE(view.chart()->series().size(), 2);
    auto* line = qobject_cast<QLineSeries*>(view.chart()->series().at(1));
    QVERIFY(line);
    QCOMPARE(line->pen().style(), Qt::DashLine);
    QCOMPARE(line->at(0).y(), 2000.0);
    QVERIFY(view.chart()->legend()->isVisible());
    // Replacing the data replaces the series instead of piling them up.
    view.setUsage(days, 2000);
    QCOMPARE(view.chart()->series().size(), 2);
    view.clear();
    QVERIFY(view.isEmptyState());
    QVERIFY(view.chart()->series().isEmpty());
}

void TestWidgets::chartUnlimitedAndGaps()
{
    UsageChartView view;
    const QDate d(2026, 11, 1);
    view.setUsage({{d.addDays(4), 7}, {d, 3}}, std::nullopt);
    QVERIFY(!view.hasQuotaLine());
    QCOMPARE(view.dayCount(), 5);
    QCOMPARE(view.chart()->series().size(), 1);
    auto* bars = qobject_cast<QBarSeries*>(view.chart()->series().constFirst());
    QVERIFY(bars);
    const QBarSet* set = bars->barSets().constFirst();
    QCOMPARE(set->at(0), 3.0);
    QCOMPARE(set->at(2), 0.0);
    QCOMPARE(set->at(4), 7.0);
}

void TestWidgets::chartAxisGroupsDigits()
{
    const QList<QPair<QDate, qint64>> days{{QDate(2026, 11, 1), 1'200'000}, {QDate(2026, 11, 2), 800'000}};
    UsageChartView view;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    view.setUsage(days, 1'500'000);
    QStringList labels = view.yAxisLabels();
    QVERIFY2(labels.contains(QStringLiteral("1,500,000")), qPrintable(labels.join(QLatin1Char('|'))));
    QCOMPARE(labels.constFirst(), QStringLiteral("0"));
    // The top tick is above the quota line, with no raw, ungrouped numbers anywhere.
    QVERIFY(QLocale().toLongLong(labels.constLast()) > 1'500'000);
    for (const QString& l : std::as_const(labels))
        QVERIFY2(l.size() < 4 || l.contains(QLatin1Char(',')), qPrintable(l));
    // The axis on the chart carries the same labels, so what is tested is what is drawn.
    auto* axis = qobject_cast<QCategoryAxis*>(view.chart()->axes(Qt::Vertical).value(0));
    QVERIFY(axis);
    QCOMPARE(axis->categoriesLabels(), labels);
    QCOMPARE(axis->max(), QLocale().toDouble(labels.constLast()));

    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    view.setUsage(days, 1'500'000);
    labels = view.yAxisLabels();
    QVERIFY2(labels.contains(QStringLiteral("1.500.000")), qPrintable(labels.join(QLatin1Char('|'))));
    view.resize(500, 300);
    QVERIFY(!view.grab().isNull());
    view.clear();
    QVERIFY(view.yAxisLabels().isEmpty());
    QLocale::setDefault(QLocale::c());
}

void TestWidgets::chartNiceSteps()
{
    QCOMPARE(UsageChartView::niceStep(1), qint64(1));
    QCOMPARE(UsageChartView::niceStep(7), qint64(2));
    QCOMPARE(UsageChartView::niceStep(100), qint64(20));
    QCOMPARE(UsageChartView::niceStep(1'575'000), qint64(500'000));
    QCOMPARE(UsageChartView::niceStep(1'200), qint64(250));
    QCOMPARE(UsageChartView::niceStep(11), qint64(5)); // 2.5 would not be a whole number
}

void TestWidgets::jsonViewIndentsAndColours()
{
    JsonView view;
    view.setJson(QJsonObject { { QStringLiteral("rows"), 12 },
        { QStringLiteral("window"),
            QJsonObject { { QStringLiteral("from"), QStringLiteral("2026-11-01") } } },
        { QStringLiteral("ok"), true } });
    const QStringList lines = view.json().split(u'\n');
    QCOMPARE(lines.first(), QStringLiteral("{"));
    QVERIFY(lines.contains(QStringLiteral("  \"rows\": 12,")));
    QVERIFY(lines.contains(QStringLiteral("    \"from\": \"2026-11-01\"")));
    QCOMPARE(lines.last(), QStringLiteral("}"));
    QVERIFY(view.isReadOnly());
    // Keys, strings, numbers and literals are coloured differently.
    const QTextBlock block
        = view.document()->findBlockByNumber(int(lines.indexOf(QStringLiteral("  \"ok\": true,"))));
    QVERIFY(block.isValid());
    const QList<QTextLayout::FormatRange> formats = block.layout()->formats();
    QCOMPARE(formats.size(), 2);
    QVERIFY(formats.at(0).format.foreground() != formats.at(1).format.foreground());
}

void TestWidgets::jsonViewPlaceholder()
{
    JsonView view;
    view.setPlaceholderText(QStringLiteral("No details"));
    view.setJson(QJsonObject { { QStringLiteral("a"), 1 } });
    QVERIFY(!view.json().isEmpty());
    view.setJson(QJsonObject {});
    QVERIFY(view.json().isEmpty());
    QCOMPARE(view.placeholderText(), QStringLiteral("No details"));
}

void TestWidgets::integrityBadgeStates()
{
    IntegrityBadge badge;
    QCOMPARE(badge.state(), IntegrityBadge::State::Idle);
    const QString longText = QStringLiteral("Audit trail tampered: modified at event %1").arg(QString(80, u'9'));
    badge.setMaximumTextWidth(200);
    badge.setState(
        IntegrityBadge::State::Failed, longText, QStringLiteral("Event 9 differs from its record."));
    QCOMPARE(badge.fullText(), longText);
    QVERIFY(badge.text().size() < longText.size()); // elided on the button
    QVERIFY(badge.toolTip().contains(longText));
    QVERIFY(badge.toolTip().contains(QStringLiteral("Event 9 differs from its record.")));
    QVERIFY(badge.font().bold());
    badge.setState(IntegrityBadge::State::Verified, QStringLiteral("Audit trail verified: 3 events"));
    QCOMPARE(badge.text(), QStringLiteral("Audit trail verified: 3 events"));
    QVERIFY(!badge.font().bold());
    QVERIFY(IntegrityBadge::colour(IntegrityBadge::State::Verified)
        != IntegrityBadge::colour(IntegrityBadge::State::Failed));
    bool clicked = false;
    connect(&badge, &IntegrityBadge::clicked, this, [&clicked] { clicked = true; });
    badge.show();
    QTest::mouseClick(&badge, Qt::LeftButton);
    QVERIFY(clicked);
}

QTEST_MAIN(TestWidgets)
#include "TestWidgets.moc"
