#include "mainwindow.h"

#include "claimtablemodel.h"
#include "detailpane.h"
#include "domain/names.h"
#include "logging.h"
#include "storage/checkpointer.h"
#include "storage/storage.h"
#include "synccontroller.h"
#include "teamtools.h"
#include "workbench.h"

#include <QElapsedTimer>
#include <QItemSelectionModel>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>

#include <algorithm>
#include <array>

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
    // Changes made in this window. A claim the merchant handled leaves a list it no longer
    // belongs to at once, the claim below it selected, so that the list's count agrees with
    // its filter's; a claim that still belongs keeps its row, and the merchant their place.
    bool left = false;
    for (qint64 id : ids) {
        if (!m_model->refreshClaim(id))
            continue;
        const int row = m_model->rowOf(id);
        if (row >= 0 && !holdsApartFromSearch(m_model->query(), m_model->claimAt(m_model->index(row, 0))))
            left = true;
    }
    if (left)
        reloadKeepingSelection(Departure::FollowToNext);
    else
        showCurrent();
    // The detail pane follows the list's current claim. A changed claim it still shows
    // (the last one to leave its list, one found by a search the list no longer holds) is read
    // again; not before, when the claim below would take its place right after.
    if (const std::optional<Claim> shown = m_detail->claim(); shown && ids.contains(shown->id)) {
        const int row = m_model->rowOf(shown->id);
        if (row < 0 || m_model->claimAt(m_model->index(row, 0)).version != shown->version)
            m_detail->reload();
    }
    updateCounts(true);
}

void MainWindow::reloadKeepingSelection(Departure departure)
{
    QItemSelectionModel *selectionModel = m_view->selectionModel();
    const std::optional<Claim> target = currentClaim();
    const int row = selectionModel->currentIndex().row();
    QList<qint64> selected;
    QList<int> rows{row};
    for (const QModelIndex &index : selectionModel->selectedRows()) {
        selected.append(m_model->claimAt(index).id);
        rows.append(index.row());
    }
    bool left = false;
    {
        const QSignalBlocker blocker(selectionModel);
        m_model->reload(rows);
        QItemSelection selection;
        int firstKept = -1;
        for (qint64 id : std::as_const(selected)) {
            const int r = m_model->rowOf(id);
            if (r < 0)
                continue;
            selection.select(m_model->index(r, 0), m_model->index(r, ClaimTableModel::ColumnCount - 1));
            if (firstKept < 0 || r < firstKept)
                firstKept = r;
        }
        // Where the current claim was: the claim below it has moved up into its row.
        const int place = row >= 0 && m_model->rowCount() > 0 ? std::min(row, m_model->rowCount() - 1) : -1;
        int currentRow = target ? m_model->rowOf(target->id) : (row < m_model->rowCount() ? row : place);
        left = target && currentRow < 0;
        if (left) {
            // Claims still selected stay the target; otherwise the handled claim's successor
            // is, or (changed elsewhere) nothing is.
            if (firstKept >= 0)
                currentRow = firstKept;
            else {
                currentRow = place;
                if (currentRow >= 0 && departure == Departure::FollowToNext)
                    selection.select(m_model->index(currentRow, 0),
                                     m_model->index(currentRow, ClaimTableModel::ColumnCount - 1));
            }
        } else if (target && selection.isEmpty() && currentRow >= 0) {
            selection.select(m_model->index(currentRow, 0),
                             m_model->index(currentRow, ClaimTableModel::ColumnCount - 1));
        }
        selectionModel->select(selection, QItemSelectionModel::ClearAndSelect);
        if (currentRow >= 0)
            selectionModel->setCurrentIndex(m_model->index(currentRow, 0), QItemSelectionModel::NoUpdate);
        else
            selectionModel->clearCurrentIndex();
    }
    m_view->viewport()->update();
    if (left && departure == Departure::KeepPlace)
        noticeDeparture(target->id);
    else if (target && departure == Departure::KeepPlace)
        if (const std::optional<Claim> now = currentClaim(); now && now->version != target->version)
            statusBar()->showMessage(tr("Claim %1 was changed outside this window: it is now %2.")
                                         .arg(now->id)
                                         .arg(names::statusLabel(now->status)),
                                     15000);
    showCurrent();
    updateListStatus();
}

void MainWindow::noticeDeparture(qint64 id)
{
    const Result<Claim> now = m_workbench.claim(id);
    const QString status = now.ok() ? names::statusLabel(now->status) : QString();
    const QString what = tr("Claim %1 was changed outside this window (by another program or at a "
                            "deadline) and left this list: it is now %2.")
                             .arg(id)
                             .arg(status);
    statusBar()->showMessage(what, 30000);
    if (!targetIndex().isValid())
        m_notice = what + QStringLiteral("\n\n") +
                   tr("No claim is selected, so no action reaches a claim you have not looked at. "
                      "Press ↓ or J for the claim that took its place.");
}

void MainWindow::refresh()
{
    // Imports and other bulk writes end with a refresh: their log is checkpointed too.
    m_checkpointer->request();
    if (isInsightShown())
        m_insightRefresh->start();
    reloadKeepingSelection(Departure::KeepPlace);
    updateCounts();
    if (m_sync)
        m_sync->updateIndicator();
}

void MainWindow::startSweep()
{
    if (m_sweeping)
        return;
    // Each sweep starts small: claims due after a while away are scattered and cold, far
    // slower per claim than the last sweep's.
    m_sweeping = true;
    m_sweepBatch = 100;
    m_sweepFrom = QDateTime();
    m_nextSweepBatch->start();
}

void MainWindow::sweepBatch()
{
    // One batch at a time, the next one after the events in between, each batch sized to
    // take about 30 ms: thousands of due claims never block the window for long. The list
    // and the counts are brought up to date once, when nothing more is due.
    QElapsedTimer timer;
    timer.start();
    Result<QList<Event>> events = m_workbench.sweep(m_sweepBatch, 1, &m_sweepFrom);
    const qint64 took = timer.elapsed();
    qCInfo(lcTiming) << "sweep batch of" << m_sweepBatch << "claims:" << (events.ok() ? events->size() : 0)
                     << "steps in" << took << "ms";
    // The next batch sized toward 30 ms from this one's pace, at most twice or half as large:
    // fewer, fuller batches spread what each costs apart from its claims (its transaction, the
    // query for the next due claims, the events in between) over more claims. Sizes come
    // from a few steps, so that a backend prepares the batch's statements once for each.
    static constexpr std::array sizes{20, 30, 50, 70, 100, 140, 200, 280, 400, 560, 800, 1100, 1600, 2000};
    constexpr double batchMs = 30;
    const int paced = std::clamp(int(m_sweepBatch * batchMs / double(std::max<qint64>(took, 1))),
                                 m_sweepBatch / 2, m_sweepBatch * 2);
    const auto above = std::upper_bound(sizes.begin(), sizes.end(), paced);
    m_sweepBatch = above == sizes.begin() ? sizes.front() : *std::prev(above);
    if (!events.ok()) {
        if (events.outcome.message != m_lastPollError)
            statusBar()->showMessage(events.outcome.message, 15000);
        m_lastPollError = events.outcome.message;
        endSweep(std::exchange(m_swept, 0));
        return;
    }
    m_lastPollError.clear();
    m_swept += events->size();
    // More may be due: the next batch asks (not asked here as well, a round trip to a team's
    // server each batch), and ends the sweep when it finds nothing.
    if (!events->isEmpty()) {
        m_nextSweepBatch->start();
        return;
    }
    const int swept = std::exchange(m_swept, 0);
    if (swept > 0)
        statusBar()->showMessage(tr("%n automatic step(s) applied at their deadlines.", nullptr, swept),
                                 8000);
    endSweep(swept);
}

void MainWindow::endSweep(int swept)
{
    m_sweeping = false;
    // Claims moved on their own (some leave the list, others join it), or others changed them
    // meanwhile: the list and counts are read once, now.
    if (std::exchange(m_refreshAfterSweep, false) || swept > 0) {
        QElapsedTimer timer;
        timer.start();
        refresh();
        qCInfo(lcTiming) << "list and counts refreshed after the sweep in" << timer.elapsed() << "ms";
    }
    Q_EMIT sweepFinished(swept);
}

void MainWindow::followExternalChange()
{
    if (m_sweeping) {
        m_refreshAfterSweep = true;
        return;
    }
    refresh();
}

void MainWindow::poll()
{
    const Storage &storage = m_workbench.storage();
    // A bulk load (a large shop's first pull from the platform, a demo) keeps the indexes away
    // until its end: lists and counts read meanwhile would scan the growing tables, block the
    // window and show half of it. The list follows once, when the load is done.
    const QString loading =
        tr("Claims are being loaded into the database; the list and counts follow when it is done.");
    if (storage.isBulkLoading()) {
        if (!std::exchange(m_waitingForBulkLoad, true))
            statusBar()->showMessage(loading);
        return;
    }
    if (std::exchange(m_waitingForBulkLoad, false)) {
        if (statusBar()->currentMessage() == loading)
            statusBar()->clearMessage();
        m_changeMark.reset();
    }
    // A team's server tells of other agents' changes itself (TeamTools::othersChanged); a
    // file is asked.
    if (storage.has(Storage::Capability::ExternalChangeDetection) && !storage.has(Storage::Capability::Team))
        if (Result<qint64> mark = storage.changeMark();
            mark.ok() && (!m_changeMark || *mark != *m_changeMark)) {
            m_changeMark = *mark;
            qCDebug(lcUi) << "another connection changed the database";
            followExternalChange();
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
