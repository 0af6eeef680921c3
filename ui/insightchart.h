#pragma once

#include "domain/policy.h"
#include "report/drilldown.h"
#include "report/reporttables.h"

#include <QFrame>

#include <functional>
#include <optional>

class QAbstractSeries;
class QChart;
class QChartView;
class QLabel;
class QStackedWidget;
class QToolButton;

namespace aftersales::ui
{
class ChartLegend;

// One chart of the Insight view: a title, the chart (or a sentence when there is nothing to
// draw), and buttons saving it as PNG and its numbers as CSV. A bar, a point or a slice
// clicked is a drill-down: the claims it stands for (report/drilldown.h).
class InsightChart : public QFrame
{
    Q_OBJECT

public:
    explicit InsightChart(report::tables::Figure figure, QWidget *parent = nullptr);
    ~InsightChart() override;

    report::tables::Figure figure() const { return m_figure; }
    // Draws the figure of `report` (its drill-downs need the policy's durations).
    void setReport(const report::Report &report, const Policy &policy);
    QChartView *chartView() const { return m_view; }
    // The chart with its legend: what "PNG" saves.
    QWidget *picture() const { return m_picture; }
    ChartLegend *legend() const { return m_legend; }
    // Nothing to draw: the sentence shows instead of empty axes.
    bool isEmpty() const { return m_empty; }
    QString title() const;
    // Where bar `index` of set `set` (or point `index` of line `set`) is drawn, in the chart
    // view's viewport: what a click there drills into.
    std::optional<QPoint> pointOf(int set, int index) const;

Q_SIGNALS:
    void drillDown(const aftersales::report::drilldown::DrillDown &drill);
    void savePngRequested();
    void saveCsvRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void rebuild();
    void buildByDay(QChart *chart);
    void buildByProduct(QChart *chart);
    void buildOnTime(QChart *chart);
    void buildMoneyLost(QChart *chart);
    void buildFirstAction(QChart *chart);
    void buildBacklog(QChart *chart);
    void tip(const QString &text);

    report::tables::Figure m_figure;
    std::optional<report::Report> m_report;
    Policy m_policy;
    bool m_empty = true;
    QLabel *m_title;
    QToolButton *m_png;
    QToolButton *m_csv;
    QStackedWidget *m_stack;
    QWidget *m_picture;
    QChartView *m_view;
    ChartLegend *m_legend;
    QLabel *m_nothing;
    // What pointOf() needs: per set, the value of each bar's middle (x or y as drawn).
    std::function<std::optional<QPointF>(int set, int index)> m_valueOf;
    QAbstractSeries *m_firstSeries = nullptr;
};

} // namespace aftersales::ui
