// The Insight view in the real window, offscreen, on the hand-built history of
// tests/support/insighthistory: View → Insight (Ctrl+0), the charts drawn (a screenshot that
// is not blank), a click on a bar, point or slice listing exactly the claims it counted with
// the drill-down shown and cleared, the empty messages, and PNG and CSV exports; on a database
// file and on a team's PostgreSQL database.
#include "chartlegend.h"
#include "claimtablemodel.h"
#include "domain/names.h"
#include "drilldownbar.h"
#include "filedialog.h"
#include "filterbar.h"
#include "guitestbase.h"
#include "insightchart.h"
#include "insighthistory.h"
#include "insightview.h"
#include "periodselector.h"
#include "quickfilterbar.h"
#include "testbackend.h"

#include <QAction>
#include <QChartView>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QScrollArea>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace aftersales;
using namespace aftersales::ui;
using aftersales::report::tables::Figure;
using aftersales::testing::InsightHistory;

class TestInsight : public testing::GuiTestBase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { testing::addBackendRows(); }
    void initTestCase();
    void init();
    void cleanup();

    void ctrl0OpensInsightBesideTheList();
    void screenshotIsNotBlank();
    void clickOnADayBarListsItsClaims();
    void everyFigureDrillsDown_data();
    void everyFigureDrillsDown();
    void quickFilterEndsTheDrillDown();
    void periodPresets();
    void emptyDatabaseSaysSo();
    void emptyPeriodSaysSo();
    void exportsPngAndCsv();
    void legendsWrapRatherThanCut();

private:
    // The window on the history, Insight shown for the week of 2026-11-16.
    void openOnHistoryWeek();
    InsightChart *chart(Figure figure) const;
    // Clicks where bar/point `index` of set `set` is drawn.
    void clickChart(Figure figure, int set, int index);
    QList<qint64> listedIds() const;
    // The window's quick filters in the order of their shortcuts (a team's database has
    // 我的待处理 first) and the key of one.
    QList<QuickFilter> quickFilterBar();
    Qt::Key quickFilterKey(QuickFilter filter);

    std::unique_ptr<InsightHistory> m_history;
};

void TestInsight::initTestCase()
{
    initGui();
}

void TestInsight::init()
{
    AFTERSALES_FETCH_BACKEND(backend);
    initFixture(backend);
    // The window's time zone setting: days and weeks in Asia/Shanghai.
    m_settings->timeZone().setValue(QStringLiteral("Asia/Shanghai"));
}

void TestInsight::cleanup()
{
    cleanupFixture();
    m_history.reset();
}

void TestInsight::openOnHistoryWeek()
{
    m_history = std::make_unique<InsightHistory>(testing::currentBackend());
    // The fixture on the history's database, its settings in that database's folder.
    m_settings.reset();
    m_db = m_history->takeDatabase();
    m_settings = std::make_unique<Settings>(QDir(m_db->dir()).filePath(QStringLiteral("workbench.ini")));
    m_settings->timeZone().setValue(QStringLiteral("Asia/Shanghai"));
    openWindow();
    m_window->resize(1366, 900);
    QVERIFY(triggerAction("actionInsight"));
    QVERIFY(m_window->insightView());
    m_window->insightView()->periodSelector()->setCustom(QDate(2026, 11, 16), QDate(2026, 11, 22));
    QVERIFY(m_window->insightView()->report());
    QCOMPARE(m_window->insightView()->report()->claims, 8);
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

InsightChart *TestInsight::chart(Figure figure) const
{
    return m_window->insightView()->chart(figure);
}

void TestInsight::clickChart(Figure figure, int set, int index)
{
    InsightChart *c = chart(figure);
    QVERIFY(c);
    QVERIFY(c->isVisible());
    const std::optional<QPoint> at = c->pointOf(set, index);
    QVERIFY2(at, "no such bar");
    QVERIFY2(c->chartView()->viewport()->rect().contains(*at), "the bar is outside the chart");
    QTest::mouseClick(c->chartView()->viewport(), Qt::LeftButton, {}, *at);
}

QList<qint64> TestInsight::listedIds() const
{
    QList<qint64> ids;
    ClaimTableModel *model = m_window->model();
    while (model->canFetchMore({}))
        model->fetchMore({});
    for (int row = 0; row < model->rowCount(); ++row)
        ids.append(model->claimAt(model->index(row, 0)).id);
    std::sort(ids.begin(), ids.end());
    return ids;
}

QList<QuickFilter> TestInsight::quickFilterBar()
{
    QList<QuickFilter> bar = quickfilters::bar();
    if (m_db->storage().has(Storage::Capability::Team))
        bar.prepend(QuickFilter::MyPending);
    return bar;
}

Qt::Key TestInsight::quickFilterKey(QuickFilter filter)
{
    return Qt::Key(Qt::Key_1 + quickFilterBar().indexOf(filter));
}

void TestInsight::ctrl0OpensInsightBesideTheList()
{
    openWindow();
    QAction *insight = action("actionInsight");
    QVERIFY(insight);
    QCOMPARE(insight->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_0));
    QVERIFY(!m_window->isInsightShown());
    QTest::keyClick(m_window.get(), Qt::Key_0, Qt::ControlModifier);
    QVERIFY(m_window->isInsightShown());
    QVERIFY(m_window->insightView()->isVisible());
    QVERIFY(!m_window->view()->isVisible());
    // Ctrl+0 again, or the back button, returns to the list.
    QTest::keyClick(m_window.get(), Qt::Key_0, Qt::ControlModifier);
    QVERIFY(!m_window->isInsightShown());
    QVERIFY(m_window->view()->isVisible());
    insight->trigger();
    QVERIFY(m_window->isInsightShown());
    QTest::mouseClick(m_window->insightView()->findChild<QWidget *>(QStringLiteral("insightBack")),
                      Qt::LeftButton);
    QVERIFY(!m_window->isInsightShown());
    // The quick filters keep Ctrl+1 … Ctrl+7, and one chosen from Insight shows the list.
    insight->trigger();
    QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier);
    QVERIFY(!m_window->isInsightShown());
    QCOMPARE(m_window->quickFilter(), quickFilterBar().at(2));
    // View → Insight.
    QMenu *view = m_window->findChild<QMenu *>(QStringLiteral("menuView"));
    QVERIFY(view && view->actions().contains(insight));
}

void TestInsight::screenshotIsNotBlank()
{
    openOnHistoryWeek();
    for (Figure f : report::tables::figures())
        QVERIFY2(!chart(f)->isEmpty(), qPrintable(chart(f)->title()));
    QVERIFY(!m_window->insightView()->showsEmptyMessage());
    const QString path = QDir(m_db->dir()).filePath(QStringLiteral("insight.png"));
    QVERIFY(m_window->grab().save(path, "PNG"));
    QImage image(path);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= 1000);
    // Not one colour, not a handful: bars in six colours, text, axes, antialiasing.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    QVERIFY2(colours.size() > 50, qPrintable(QString::number(colours.size())));
    // Each chart's own picture has more than a background in it.
    for (Figure f : report::tables::figures()) {
        const QImage c = chart(f)->chartView()->grab().toImage();
        QSet<QRgb> inChart;
        for (int y = 0; y < c.height(); y += 2)
            for (int x = 0; x < c.width(); x += 2)
                inChart.insert(c.pixel(x, y));
        QVERIFY2(inChart.size() > 8, qPrintable(chart(f)->title()));
    }
}

void TestInsight::clickOnADayBarListsItsClaims()
{
    openOnHistoryWeek();
    // Reshipment is the fifth set; 11-16 the first day: C2 and C3.
    clickChart(Figure::ByDay, 4, 0);
    QTRY_VERIFY(!m_window->isInsightShown());
    QCOMPARE(listedIds(), m_history->ids({"C2", "C3"}));
    QVERIFY(m_window->drillDownBar()->isVisible());
    QVERIFY2(m_window->drillDownBar()->description().contains(QStringLiteral("2026-11-16")),
             qPrintable(m_window->drillDownBar()->description()));
    QCOMPARE(m_window->quickFilter(), QuickFilter::All);
    // Clearing it shows the whole list again.
    QTest::mouseClick(m_window->drillDownBar()->findChild<QToolButton *>(QStringLiteral("drillDownClear")),
                      Qt::LeftButton);
    QVERIFY(!m_window->drillDownBar()->isVisible());
    QCOMPARE(listedIds().size(), 16);
}

void TestInsight::everyFigureDrillsDown_data()
{
    QTest::addColumn<int>("figure");
    QTest::addColumn<int>("set");
    QTest::addColumn<int>("index");
    QTest::addColumn<QByteArrayList>("expected");
    QTest::newRow("day 11-20, reshipment") << int(Figure::ByDay) << 4 << 4 << QByteArrayList{"C6", "C9"};
    QTest::newRow("day 11-22, refund not shipped") << int(Figure::ByDay) << 2 << 6 << QByteArrayList{"C7"};
    // Products bottom-up: 扫地机器人 B (index 0) below 智能门锁 A (index 1); sets by reason.
    QTest::newRow("lock, missing items")
        << int(Figure::ReshipByProduct) << 1 << 1 << QByteArrayList{"C2", "C3", "C6", "C9"};
    QTest::newRow("robot, never received") << int(Figure::ReshipByProduct) << 0 << 0 << QByteArrayList{"C10"};
    QTest::newRow("reviews due in the week")
        << int(Figure::OnTime) << 0 << 0 << QByteArrayList{"C0", "C1", "C2", "C3", "C4", "C5", "C9"};
    QTest::newRow("shipments due in the week")
        << int(Figure::OnTime) << 1 << 0 << QByteArrayList{"C0", "C1", "C2", "C3", "C4"};
    QTest::newRow("compensations") << int(Figure::MoneyLost) << 0 << 0 << QByteArrayList{"C1", "C3"};
    QTest::newRow("automatic refunds") << int(Figure::MoneyLost) << 1 << 0 << QByteArrayList{"C1"};
    QTest::newRow("alice acted first")
        << int(Figure::FirstAction) << 0 << 0 << QByteArrayList{"C3", "C5", "C7"};
    QTest::newRow("bob acted first") << int(Figure::FirstAction) << 0 << 1
                                     << QByteArrayList{"C2", "C4", "C9", "C10"};
    QTest::newRow("backlog overdue") << int(Figure::Backlog) << 0 << 0 << QByteArrayList{"C8"};
    QTest::newRow("backlog under 12 h") << int(Figure::Backlog) << 0 << 1 << QByteArrayList{"C12"};
    QTest::newRow("backlog 12 to 24 h") << int(Figure::Backlog) << 0 << 2 << QByteArrayList{"C13", "C15"};
    QTest::newRow("backlog later") << int(Figure::Backlog) << 0 << 3 << QByteArrayList{"C11", "C14"};
}

void TestInsight::everyFigureDrillsDown()
{
    QFETCH(int, figure);
    QFETCH(int, set);
    QFETCH(int, index);
    QFETCH(QByteArrayList, expected);
    openOnHistoryWeek();
    InsightChart *c = chart(Figure(figure));
    // Scrolled into view, as a user would.
    c->parentWidget()->parentWidget()->parentWidget()->update();
    m_window->insightView()->findChild<QScrollArea *>()->ensureWidgetVisible(c);
    QSignalSpy drilled(c, &InsightChart::drillDown);
    clickChart(Figure(figure), set, index);
    QCOMPARE(drilled.size(), 1);
    QTRY_VERIFY(!m_window->isInsightShown());
    QList<qint64> ids;
    for (const QByteArray &name : expected)
        ids.append(m_history->id(name.constData()));
    std::sort(ids.begin(), ids.end());
    QCOMPARE(listedIds(), ids);
    QVERIFY(m_window->drillDownBar()->isVisible());
    QVERIFY(!m_window->drillDownBar()->description().isEmpty());
}

void TestInsight::quickFilterEndsTheDrillDown()
{
    openOnHistoryWeek();
    clickChart(Figure::Backlog, 0, 2);
    QTRY_VERIFY(m_window->drillDownBar()->isVisible());
    QCOMPARE(listedIds().size(), 2);
    QTest::keyClick(m_window.get(), quickFilterKey(QuickFilter::All), Qt::ControlModifier); // 全部
    QVERIFY(!m_window->drillDownBar()->isVisible());
    QCOMPARE(listedIds().size(), 16);
}

void TestInsight::periodPresets()
{
    openOnHistoryWeek();
    PeriodSelector *period = m_window->insightView()->periodSelector();
    // The last 7 days up to now (Thursday 11-26): from Friday 11-20.
    QTest::mouseClick(period->findChild<QToolButton *>(QStringLiteral("period7")), Qt::LeftButton);
    const report::Report &r = *m_window->insightView()->report();
    QCOMPARE(r.period.from, InsightHistory::at("2026-11-20T00:00:00"));
    QCOMPARE(r.days.size(), 7);
    QTest::mouseClick(period->findChild<QToolButton *>(QStringLiteral("period90")), Qt::LeftButton);
    QCOMPARE(m_window->insightView()->report()->days.size(), 90);
    // All 16 claims of the history fall in the 90 days.
    QCOMPARE(m_window->insightView()->report()->claims, 16);
    QTest::mouseClick(period->findChild<QToolButton *>(QStringLiteral("period30")), Qt::LeftButton);
    QCOMPARE(m_window->insightView()->report()->days.size(), 30);
}

void TestInsight::emptyDatabaseSaysSo()
{
    openWindow();
    QVERIFY(triggerAction("actionInsight"));
    QVERIFY(m_window->insightView()->showsEmptyMessage());
    auto *empty = m_window->insightView()->findChild<QLabel *>(QStringLiteral("insightEmpty"));
    QVERIFY(empty && empty->isVisible());
    QCOMPARE(empty->text(), QStringLiteral("No claims in this period."));
}

void TestInsight::emptyPeriodSaysSo()
{
    openOnHistoryWeek();
    QVERIFY(!m_window->insightView()->showsEmptyMessage());
    m_window->insightView()->periodSelector()->setCustom(QDate(2026, 10, 1), QDate(2026, 10, 31));
    QCOMPARE(m_window->insightView()->report()->claims, 0);
    QVERIFY(m_window->insightView()->showsEmptyMessage());
    QVERIFY(m_window->insightView()->findChild<QLabel *>(QStringLiteral("insightEmpty"))->isVisible());
    m_window->insightView()->periodSelector()->setCustom(QDate(2026, 11, 16), QDate(2026, 11, 22));
    QVERIFY(!m_window->insightView()->showsEmptyMessage());
}

void TestInsight::exportsPngAndCsv()
{
    openOnHistoryWeek();
    InsightChart *money = chart(Figure::MoneyLost);
    const QString png = QDir(m_db->dir()).filePath(QStringLiteral("money.png"));
    FileDialog::setNextFileName(png);
    QTest::mouseClick(money->findChild<QToolButton *>(QStringLiteral("savePng")), Qt::LeftButton);
    QImage picture(png);
    QVERIFY(!picture.isNull());
    // The chart with its legend below it.
    QCOMPARE(picture.size(), money->picture()->grab().size());
    QVERIFY(picture.height() > money->chartView()->height());

    const QString csv = QDir(m_db->dir()).filePath(QStringLiteral("money.csv"));
    FileDialog::setNextFileName(csv);
    QTest::mouseClick(money->findChild<QToolButton *>(QStringLiteral("saveCsv")), Qt::LeftButton);
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(bytes.mid(3),
             QByteArray("Week,Compensations,Compensation (yuan),Automatic refunds,Automatic refunds (yuan),"
                        "Total (yuan)\r\n"
                        "2026-11-16,2,6.00,1,259.00,265.00\r\n"));
    // Cancelled: nothing written.
    const QString cancelled = QDir(m_db->dir()).filePath(QStringLiteral("none.csv"));
    FileDialog::setNextFileName(QString());
    QTest::mouseClick(money->findChild<QToolButton *>(QStringLiteral("saveCsv")), Qt::LeftButton);
    QVERIFY(!QFile::exists(cancelled));
}

void TestInsight::legendsWrapRatherThanCut()
{
    openOnHistoryWeek();
    // Every type by its whole name, however narrow the chart: the five names need more than one
    // line at this window's width, where Qt Charts' own legend cut them to "Refund…" twice.
    m_window->resize(1366, 768);
    InsightChart *byDay = chart(Figure::ByDay);
    QStringList types;
    for (ClaimType t : names::allTypes())
        types << names::typeLabel(t);
    QTRY_COMPARE(byDay->legend()->names(), types);
    QVERIFY(byDay->legend()->isVisible());
    QVERIFY(!byDay->chartView()->chart()->legend()->isVisible());
    const auto fitsWhole = [](const ChartLegend *legend) {
        for (const QLabel *name : legend->findChildren<QLabel *>(QStringLiteral("legendName"))) {
            const QRect at(name->mapTo(legend, QPoint(0, 0)), name->size());
            if (!legend->rect().contains(at) || name->width() < name->sizeHint().width())
                return false;
        }
        return true;
    };
    QTRY_VERIFY(fitsWhole(byDay->legend()));
    // One line per series: the on-time chart's points are not a series of their own there.
    QCOMPARE(chart(Figure::OnTime)->legend()->names(),
             QStringList({QStringLiteral("Reviews"), QStringLiteral("Shipments")}));
    // A chart without a legend shows none.
    QVERIFY(!chart(Figure::Backlog)->legend()->isVisible());
}

QTEST_MAIN(TestInsight)
#include "tst_insight.moc"
