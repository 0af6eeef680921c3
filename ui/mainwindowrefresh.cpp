#include "mainwindow.h"

#include "claimtablemodel.h"
#include "detailpane.h"
#include "logging.h"
#include "storage/checkpointer.h"
#include "storage/storage.h"
#include "teamtools.h"
#include "workbench.h"

#include <QElapsedTimer>
#include <QItemSelectionModel>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>

// Keeping the main window current: changes made here, by other processes (polled) and by
// the clock (sweeps).
namespace aftersales::ui
{

void MainWindow::onClaimsChanged(const QList<qint64> &ids)
{
    if (isInsightShown())
        m_insightRefresh->start();
    // A sweep in progress refreshes everything once it is done.
    if (m_sweeping)
        return;
    for (qint64 id : ids)
        m_model->refreshClaim(id);
    if (m_detail->claim() && ids.contains(m_detail->claim()->id))
        m_detail->reload();
    updateActions();
    updateCounts();
}

void MainWindow::reloadKeepingSelection()
{
    const std::optional<qint64> current = currentClaimId();
    const int row = m_view->selectionModel()->currentIndex().row();
    QList<qint64> selected;
    QList<int> rows{row};
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows()) {
        selected.append(m_model->claimAt(index).id);
        rows.append(index.row());
    }
    const QSignalBlocker blocker(m_view->selectionModel());
    m_model->reload(rows);
    QItemSelection selection;
    for (qint64 id : std::as_const(selected)) {
        const int r = m_model->rowOf(id);
        if (r >= 0)
            selection.select(m_model->index(r, 0), m_model->index(r, ClaimTableModel::ColumnCount - 1));
    }
    int currentRow = current ? m_model->rowOf(*current) : -1;
    if (currentRow < 0 && row >= 0 && m_model->rowCount() > 0)
        currentRow = std::min(row, m_model->rowCount() - 1); // the claim left the list: the next one
    if (currentRow >= 0) {
        if (selection.isEmpty() || m_model->rowOf(current.value_or(-1)) < 0)
            selection.select(m_model->index(currentRow, 0),
                             m_model->index(currentRow, ClaimTableModel::ColumnCount - 1));
        m_view->selectionModel()->setCurrentIndex(m_model->index(currentRow, 0),
                                                  QItemSelectionModel::NoUpdate);
    }
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    m_view->viewport()->update();
    showCurrent();
    updateListStatus();
}

void MainWindow::refresh()
{
    // Imports and other bulk writes end with a refresh: their log is checkpointed too.
    m_checkpointer->request();
    if (isInsightShown())
        m_insightRefresh->start();
    reloadKeepingSelection();
    updateCounts();
}

void MainWindow::startSweep()
{
    if (m_sweeping)
        return;
    // Each sweep starts small: claims due after a while away are scattered and cold, far
    // slower per claim than the last sweep's.
    m_sweeping = true;
    m_sweepBatch = 100;
    m_nextSweepBatch->start();
}

void MainWindow::sweepBatch()
{
    // One batch at a time, the next one after the events in between, each batch sized to
    // take about 30 ms: thousands of due claims never block the window for long. The list
    // and the counts are brought up to date once, when nothing more is due.
    QElapsedTimer timer;
    timer.start();
    Result<QList<Event>> events = m_workbench.sweep(m_sweepBatch, 1);
    const qint64 took = timer.elapsed();
    qCInfo(lcTiming) << "sweep batch of" << m_sweepBatch << "claims:" << (events.ok() ? events->size() : 0)
                     << "steps in" << took << "ms";
    if (took < 15)
        m_sweepBatch = std::min(m_sweepBatch * 2, 1000);
    else if (took > 45)
        m_sweepBatch = std::max(m_sweepBatch / 2, 20);
    if (!events.ok()) {
        m_sweeping = false;
        if (events.outcome.message != m_lastPollError)
            statusBar()->showMessage(events.outcome.message, 15000);
        m_lastPollError = events.outcome.message;
        return;
    }
    m_lastPollError.clear();
    m_swept += events->size();
    if (!events->isEmpty()) {
        if (Result<bool> due = m_workbench.reader().anythingDue(); due.ok() && *due) {
            m_nextSweepBatch->start();
            return;
        }
    }
    m_sweeping = false;
    const int swept = std::exchange(m_swept, 0);
    if (swept == 0)
        return;
    // Claims moved on their own: some leave the list, others join it.
    statusBar()->showMessage(tr("%n automatic step(s) applied at their deadlines.", nullptr, swept), 8000);
    timer.restart();
    refresh();
    qCInfo(lcTiming) << "list and counts refreshed after the sweep in" << timer.elapsed() << "ms";
}

void MainWindow::poll()
{
    const Storage &storage = m_workbench.storage();
    // A team's server tells of other agents' changes itself (TeamTools::othersChanged); a
    // file is asked.
    if (storage.has(Storage::Capability::ExternalChangeDetection) && !storage.has(Storage::Capability::Team))
        if (Result<qint64> mark = storage.changeMark();
            mark.ok() && (!m_changeMark || *mark != *m_changeMark)) {
            m_changeMark = *mark;
            qCDebug(lcUi) << "another connection changed the database";
            refresh();
        }
    m_model->updateTimes();
    if (m_sweeping)
        return;
    const QDateTime now = m_workbench.now();
    // On a team's database one window runs the automatic steps: the one holding the team lock.
    if (m_team->mayRunAutomaticSteps())
        if (Result<bool> due = m_workbench.reader().anythingDue(); due.ok() && *due) {
            // The sweep's batches run on their own turns of the event loop, and it brings the
            // counts up to date when it is done.
            startSweep();
            return;
        }
    // Due soon and money at risk are relative to now.
    if (!m_countsAt.isValid() || m_countsAt.secsTo(now) >= 30)
        updateCounts();
}

} // namespace aftersales::ui
