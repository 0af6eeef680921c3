#include "syncround.h"

#include "outboxpusher.h"
#include "platformclient.h"
#include "pullpager.h"
#include "rejectreasonmap.h"
#include "storage/storage.h"
#include "synclease.h"
#include "syncoptions.h"
#include "wirerequests.h"
#include "workbench.h"

#include <QCoreApplication>

namespace aftersales::platform
{
namespace
{

constexpr int leaseRetryMs = 200;

} // namespace

SyncRound::SyncRound(Context context, QObject *parent) : QObject(parent), m_context(context)
{
    m_renewal.setInterval(std::max(1, m_context.options.leaseSecs) * 1000 / 3);
    connect(&m_renewal, &QTimer::timeout, this, &SyncRound::renewLease);
    m_leaseRetry.setSingleShot(true);
    m_leaseRetry.setInterval(leaseRetryMs);
    connect(&m_leaseRetry, &QTimer::timeout, this, &SyncRound::takeLease);
}

SyncRound::~SyncRound()
{
    m_context.lease.release();
}

void SyncRound::start()
{
    const Result<std::optional<PlatformConnection>> connection =
        m_context.workbench.storage().platformConnection();
    if (!connection.ok())
        return stopWith(SyncSummary::Stop::Storage, connection.outcome.message);
    if (!*connection)
        return stopWith(
            SyncSummary::Stop::NotConnected,
            tr("This database is not connected to a shop: run 'aftersales platform connect' first."));
    takeLease();
}

void SyncRound::takeLease()
{
    if (m_stopping)
        return wrapUp();
    const Result<LeaseAnswer> answer = m_context.lease.take();
    if (!answer.ok())
        return stopWith(SyncSummary::Stop::Storage, answer.outcome.message);
    if (!answer->taken) {
        if (m_leaseWaited < m_context.options.leaseWaitMs) {
            m_leaseWaited += leaseRetryMs;
            m_leaseRetry.start();
            return;
        }
        return stopWith(SyncSummary::Stop::Busy,
                        tr("Another process (%1) is syncing this database until %2; nothing was sent.")
                            .arg(answer->holder, answer->expiresAt.toLocalTime().toString(Qt::ISODate)));
    }
    m_renewal.start();
    readReasons();
}

void SyncRound::renewLease()
{
    const Result<LeaseAnswer> answer = m_context.lease.take();
    if (answer.ok() && answer->taken)
        return;
    // Another process holds it now: no further request of this round.
    stopWith(
        answer.ok() ? SyncSummary::Stop::Busy : SyncSummary::Stop::Storage,
        answer.ok()
            ? tr("The sync lease passed to another process (%1); this round stopped.").arg(answer->holder)
            : answer.outcome.message);
}

bool SyncRound::rejectionWaits() const
{
    const Result<QList<OutboxEntry>> waiting =
        m_context.workbench.storage().outboxInState(OutboxState::Waiting, 1000000);
    if (!waiting.ok())
        return false;
    for (const OutboxEntry &e : *waiting)
        if (e.method == OutboxEntry::Method::Operate && wirerequests::isRefusalType(e.operateType))
            return true;
    return false;
}

void SyncRound::readReasons()
{
    if (!rejectionWaits())
        return push();
    QPointer<SyncRound> self(this);
    m_context.client.rejectReasons([self](const PlatformReply<QList<RejectReason>> &reply) {
        if (!self || self->m_done)
            return;
        if (reply.ok()) {
            self->m_context.reasons = RejectReasonMap(*reply.value);
        } else {
            const SyncSummary::Stop stop = stopForCall(reply.record.kind);
            // A list that cannot be read holds back the rejections only; no connection at all
            // holds back the round.
            if (stop != SyncSummary::Stop::BadAnswer)
                return self->stopWith(stop, reply.record.message);
            self->m_context.reasons = RejectReasonMap();
            self->m_summary.warnings.append(reply.record.message);
        }
        self->push();
    });
}

void SyncRound::push()
{
    if (m_stopping)
        return wrapUp();
    auto *pusher = new OutboxPusher(
        OutboxLane::Context{m_context.workbench, m_context.client, m_context.options, m_context.reasons},
        m_context.lease, this);
    m_pusher = pusher;
    connect(pusher, &OutboxPusher::progress, this, [this](qint64 done, qint64 total) {
        Q_EMIT progress(SyncProgress{SyncProgress::Phase::Pushing, done, total});
    });
    connect(pusher, &OutboxPusher::finished, this, [this, pusher] {
        m_pusher.clear();
        m_summary.pushed += pusher->delivered();
        m_summary.failed += pusher->refused();
        m_summary.warnings += pusher->result().warnings;
        pusher->deleteLater();
        if (pusher->result().stopped())
            return stopWith(pusher->result().stop, pusher->result().error);
        pull();
    });
    pusher->start();
}

void SyncRound::pull()
{
    if (m_stopping)
        return wrapUp();
    auto *puller = new PullPager(m_context.workbench, m_context.client, m_context.platformClock,
                                 m_context.options, this);
    m_puller = puller;
    connect(puller, &PullPager::progress, this, [this](qint64 done, qint64 total) {
        Q_EMIT progress(SyncProgress{SyncProgress::Phase::Pulling, done, total});
    });
    connect(puller, &PullPager::finished, this, [this, puller] {
        m_puller.clear();
        m_summary.pulled += puller->changed();
        m_summary.warnings += puller->result().warnings;
        m_summary.pullCompleted = puller->completed();
        puller->deleteLater();
        if (puller->result().stopped())
            return stopWith(puller->result().stop, puller->result().error);
        wrapUp();
    });
    puller->start();
}

void SyncRound::stop()
{
    stopWith(SyncSummary::Stop::Stopped, tr("The sync was stopped."));
}

void SyncRound::stopWith(SyncSummary::Stop stop, const QString &why)
{
    if (m_summary.stop == SyncSummary::Stop::None) {
        m_summary.stop = stop;
        m_summary.error = why;
    }
    m_stopping = true;
    if (m_pusher)
        return m_pusher->stop(); // its end comes back here
    if (m_puller)
        return m_puller->stop();
    wrapUp();
}

void SyncRound::wrapUp()
{
    if (m_done)
        return;
    m_done = true;
    m_renewal.stop();
    m_leaseRetry.stop();
    Workbench &wb = m_context.workbench;
    if (m_summary.stop != SyncSummary::Stop::NotConnected && m_summary.stop != SyncSummary::Stop::Busy)
        if (const Outcome o = wb.recordSyncRound(m_summary.pullCompleted); !o.ok())
            m_summary.warnings.append(o.message);
    if (const Result<qint64> pending = wb.storage().openOutboxCount(); pending.ok())
        m_summary.pending = *pending;
    if (const Result<std::optional<PlatformConnection>> c = wb.storage().platformConnection(); c.ok() && *c)
        m_summary.lastPull = (*c)->lastPullAt;
    m_context.lease.release();
    Q_EMIT finished(m_summary);
}

} // namespace aftersales::platform
