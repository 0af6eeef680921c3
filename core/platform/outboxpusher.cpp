#include "outboxpusher.h"

#include "storage/storage.h"
#include "synclease.h"
#include "syncoptions.h"
#include "workbench.h"

#include <QHash>
#include <QTimer>

#include <algorithm>

namespace aftersales::platform
{
namespace
{
// More than any desktop queues between two rounds; the rest waits for the next one.
constexpr int maxRowsPerRound = 1000000;
} // namespace

OutboxPusher::OutboxPusher(OutboxLane::Context context, SyncLease &lease, QObject *parent)
    : QObject(parent), m_context(context), m_lease(lease)
{
}

void OutboxPusher::start()
{
    const Storage &storage = m_context.workbench.storage();
    QList<OutboxEntry> rows;
    for (const Result<QList<OutboxEntry>> &part :
         {storage.refusalsToReadBack(maxRowsPerRound), m_lease.takeOutbox(maxRowsPerRound)}) {
        if (!part.ok()) {
            m_result.stopWith(SyncSummary::Stop::Storage, part.outcome.message);
            m_finished = true;
            QTimer::singleShot(0, this, &OutboxPusher::finished);
            return;
        }
        rows += *part;
    }
    // Each claim's rows in the order they were made; claims in the order of their oldest row.
    std::sort(rows.begin(), rows.end(),
              [](const OutboxEntry &a, const OutboxEntry &b) { return a.id < b.id; });
    QHash<qint64, qsizetype> laneOf;
    std::vector<std::pair<qint64, QList<qint64>>> lanes;
    for (const OutboxEntry &r : rows) {
        auto it = laneOf.find(r.claimId);
        if (it == laneOf.end()) {
            it = laneOf.insert(r.claimId, qsizetype(lanes.size()));
            lanes.push_back({r.claimId, {}});
        }
        lanes[*it].second.append(r.id);
    }
    m_queue.assign(lanes.begin(), lanes.end());
    m_total = rows.size();
    Q_EMIT progress(0, m_total);
    // Answers never come before the call returns.
    QTimer::singleShot(0, this, &OutboxPusher::launch);
}

void OutboxPusher::stop()
{
    m_stopping = true;
    for (OutboxLane *lane : std::as_const(m_active))
        lane->stop();
    launch();
}

void OutboxPusher::launch()
{
    if (m_finished)
        return;
    const int concurrency = std::max(1, m_context.options.concurrency);
    while (!m_stopping && !m_queue.empty() && m_active.size() < concurrency) {
        auto [claimId, ids] = std::move(m_queue.front());
        m_queue.pop_front();
        auto *lane = new OutboxLane(m_context, claimId, ids, this);
        m_active.append(lane);
        connect(lane, &OutboxLane::rowDone, this, [this] { Q_EMIT progress(++m_done, m_total); });
        connect(
            lane, &OutboxLane::finished, this, [this, lane] { onLaneFinished(lane); }, Qt::QueuedConnection);
        lane->start();
    }
    if (m_active.isEmpty() && (m_stopping || m_queue.empty())) {
        m_finished = true;
        Q_EMIT finished();
    }
}

void OutboxPusher::onLaneFinished(OutboxLane *lane)
{
    m_active.removeOne(lane);
    m_delivered += lane->delivered();
    m_refused += lane->refused();
    const bool first = !m_result.stopped() && lane->result().stopped();
    m_result.absorb(lane->result());
    if (first) {
        m_stopping = true;
        for (OutboxLane *other : std::as_const(m_active))
            other->stop();
    }
    lane->deleteLater();
    launch();
}

} // namespace aftersales::platform
