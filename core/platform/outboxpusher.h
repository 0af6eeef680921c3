#pragma once

#include "outboxlane.h"
#include "syncsummary.h"

#include <QObject>

#include <deque>

namespace aftersales::platform
{

class SyncLease;

// Push: every queued action of the round's start that this process may send (taken under
// its lease, SyncLease::takeOutbox: another desktop's claims are left to it), claim by claim
// (OutboxLane), with up to SyncOptions::concurrency claims in flight at once; among them, the
// refusals still to be read back and the actions a round left sending. One lane's failure to
// reach the platform stops the others after their request in flight; what they did is saved.
class OutboxPusher final : public QObject
{
    Q_OBJECT

public:
    // `lease` must be held while the pusher runs.
    OutboxPusher(OutboxLane::Context context, SyncLease &lease, QObject *parent = nullptr);

    void start();
    void stop();

    int delivered() const { return m_delivered; }
    const QList<SyncFailure> &refused() const { return m_refused; }
    const PhaseResult &result() const { return m_result; }

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void finished();

private:
    void launch();
    void onLaneFinished(OutboxLane *lane);

    OutboxLane::Context m_context;
    SyncLease &m_lease;
    std::deque<std::pair<qint64, QList<qint64>>> m_queue; // claim → its rows, oldest claim first
    QList<OutboxLane *> m_active;
    bool m_stopping = false;
    bool m_finished = false;
    qint64 m_total = 0;
    qint64 m_done = 0;
    int m_delivered = 0;
    QList<SyncFailure> m_refused;
    PhaseResult m_result;
};

} // namespace aftersales::platform
