#pragma once

#include "report/drilldown.h"
#include "report/report.h"
#include "report/reporttables.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QScrollArea;
class QStackedWidget;

namespace aftersales
{
class Workbench;
}

namespace aftersales::ui
{

class InsightChart;
class PeriodSelector;

// 统计 / Insight: where claims come from and what missed deadlines cost, over a period in the
// user's time zone (core/report). Six charts; a bar, point or slice clicked asks for the list
// of exactly those claims (drillDown); each chart saves as PNG and its numbers as CSV.
class InsightView : public QWidget
{
    Q_OBJECT

public:
    // `workbench` must outlive the view.
    explicit InsightView(Workbench &workbench, QWidget *parent = nullptr);

    PeriodSelector *periodSelector() const { return m_period; }
    InsightChart *chart(report::tables::Figure figure) const;
    // The report shown (none before the first refresh or after a failed one).
    const std::optional<report::Report> &report() const { return m_report; }
    // "No claims in this period" is shown instead of the charts.
    bool showsEmptyMessage() const;

public Q_SLOTS:
    // Reads the report of the selected period again.
    void refresh();

Q_SIGNALS:
    void drillDown(const aftersales::report::drilldown::DrillDown &drill);
    void backToList();
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void savePng(InsightChart *chart);
    void saveCsv(InsightChart *chart);
    QString suggestedName(InsightChart *chart, const QString &suffix) const;

    Workbench &m_workbench;
    std::optional<report::Report> m_report;
    PeriodSelector *m_period;
    QPushButton *m_back;
    QLabel *m_summary;
    QStackedWidget *m_stack;
    QScrollArea *m_scroll;
    QLabel *m_empty;
    QList<InsightChart *> m_charts;
};

} // namespace aftersales::ui
