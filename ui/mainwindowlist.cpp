#include "mainwindow.h"

#include "claimtablemodel.h"
#include "drilldownbar.h"
#include "filterbar.h"
#include "insightview.h"
#include "logging.h"
#include "moneyatriskstrip.h"
#include "quickfilterbar.h"
#include "storage/searchrunner.h"
#include "synccontroller.h"
#include "workbench.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>

// The main window's list: which claims it shows (a quick filter, the filters, a search, a
// report's drill-down, or Insight in its place), and the counts and money at risk above it.
namespace aftersales::ui
{

void MainWindow::setQuickFilter(QuickFilter filter)
{
    if (filter == QuickFilter::AtRisk && m_quick != QuickFilter::AtRisk)
        m_beforeAtRisk = m_quick;
    // A quick filter is a list of its own: it ends a drill-down, and Insight gives way to it.
    m_drill.reset();
    m_drillBar->hide();
    showInsight(false);
    m_quick = filter;
    if (filter == QuickFilter::SyncFailed)
        m_quickBar->setFilterVisible(filter, true);
    m_quickBar->setCurrent(filter);
    m_strip->setActive(filter == QuickFilter::AtRisk);
    applyFilters();
    focusList();
}

void MainWindow::applyFilters()
{
    QElapsedTimer timer;
    timer.start();
    ClaimQuery query;
    query.quick = m_quick;
    m_filterBar->applyTo(query);
    if (m_drill)
        narrow(query, m_drill->query);
    if (!query.search.trimmed().isEmpty()) {
        // Off the UI thread: the list keeps its rows until the result arrives.
        m_searchRunner->run(m_model->prepared(query), ClaimTableModel::pageSize);
        m_listStatus->setText(tr("Searching…"));
        return;
    }
    m_searchRunner->cancel();
    m_searchTotal.reset();
    m_model->setQuery(query);
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
    else
        showCurrent();
    updateListStatus();
    qCInfo(lcTiming) << "list" << quickfilters::name(m_quick) << "shown in" << timer.elapsed() << "ms";
}

void MainWindow::showSearchResult(const ClaimQuery &query, const Page &page)
{
    QElapsedTimer timer;
    timer.start();
    m_searchTotal.reset();
    m_model->showPage(query, page);
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
    else
        showCurrent();
    updateListStatus();
    qCInfo(lcTiming) << "search" << query.search << "shown in" << timer.elapsed() << "ms";
}

void MainWindow::updateCounts(bool riskSoon)
{
    if (!m_quickBar)
        return;
    QElapsedTimer timer;
    timer.start();
    // Every count as of one moment.
    const ClaimReader &reader = m_workbench.reader();
    const ClaimQuery stamped = reader.stamped({});
    m_countsAt = stamped.now;
    // Each filter's count and its overdue claims' (its badge turns red), read together: on a
    // server, one round trip instead of one for each.
    QList<ClaimQuery> queries;
    for (QuickFilter filter : std::as_const(m_bar)) {
        ClaimQuery q = stamped;
        q.quick = filter;
        q.me = m_operator;
        queries << q;
        q.status = ClaimStatus::ShipOverdue;
        queries << q;
    }
    if (const Result<QList<qint64>> counts = reader.counts(queries); counts.ok())
        for (qsizetype i = 0; i < m_bar.size(); ++i) {
            m_quickBar->setCount(m_bar.at(i), counts->at(2 * i));
            m_quickBar->setOverdue(m_bar.at(i), counts->at(2 * i + 1));
        }
    // 同步失败 takes room in the bar only where there is a platform to sync with.
    m_quickBar->setFilterVisible(QuickFilter::SyncFailed,
                                 m_quick == QuickFilter::SyncFailed ||
                                     m_quickBar->count(QuickFilter::SyncFailed) > 0 ||
                                     (m_sync && m_sync->isConnected()));
    qCInfo(lcTiming) << "counts in" << timer.elapsed() << "ms";
    if (riskSoon) {
        m_riskRefresh->start();
    } else {
        m_riskRefresh->stop();
        updateMoneyAtRisk();
    }
}

void MainWindow::updateMoneyAtRisk()
{
    QElapsedTimer timer;
    timer.start();
    Result<MoneyAtRisk> risk = m_workbench.reader().moneyAtRisk();
    if (risk.ok())
        m_strip->setRisk(*risk);
    qCInfo(lcTiming) << "money at risk in" << timer.elapsed() << "ms";
}

void MainWindow::updateListStatus()
{
    if (!m_listStatus)
        return;
    // An unsearched list has all its rows (counted in SQL); a searched one grows as it
    // is scrolled, and the search runner counts it off the UI thread.
    const int rows = m_model->rowCount();
    const bool searched = !m_model->query().search.trimmed().isEmpty();
    if (searched && !m_searchTotal)
        m_listStatus->setText(tr("%n claim(s) shown, counting…", nullptr, rows));
    else if (searched && *m_searchTotal > rows)
        m_listStatus->setText(tr("%1 of %n claim(s) shown", nullptr, int(*m_searchTotal)).arg(rows));
    else
        m_listStatus->setText(tr("%n claim(s)", nullptr, rows));
    updateEmptyNotice();
}

ClaimQuery MainWindow::listQuery() const
{
    return m_model->query();
}

bool MainWindow::isInsightShown() const
{
    return m_insight && m_pages->currentWidget() == m_insight;
}

void MainWindow::showInsight(bool shown)
{
    m_insightAction->setChecked(shown);
    if (shown == isInsightShown())
        return;
    if (!shown) {
        m_pages->setCurrentIndex(0);
        m_view->setFocus();
        return;
    }
    QElapsedTimer timer;
    timer.start();
    if (!m_insight) {
        m_insight = new InsightView(m_workbench, m_pages);
        m_pages->addWidget(m_insight);
        connect(m_insight, &InsightView::drillDown, this, &MainWindow::showDrillDown);
        connect(m_insight, &InsightView::backToList, this, [this] { showInsight(false); });
        connect(m_insight, &InsightView::statusMessage, this,
                [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    }
    m_insight->refresh();
    m_pages->setCurrentWidget(m_insight);
    qCInfo(lcTiming) << "insight shown in" << timer.elapsed() << "ms";
}

void MainWindow::showDrillDown(const report::drilldown::DrillDown &drill)
{
    // Exactly the claims the figure counted: every other filter off.
    m_quick = QuickFilter::All;
    m_quickBar->setCurrent(m_quick);
    m_strip->setActive(false);
    m_filterBar->reset();
    m_drill = drill;
    m_drillBar->setDescription(drill.description);
    m_drillBar->show();
    showInsight(false);
    applyFilters();
}

void MainWindow::clearDrillDown()
{
    if (!m_drill)
        return;
    m_drill.reset();
    m_drillBar->hide();
    applyFilters();
}

} // namespace aftersales::ui
