#pragma once

#include "callrecord.h"
#include "domain/outcome.h"
#include "syncsummary.h"
#include "wirevalues.h"

#include <QObject>

#include <deque>
#include <functional>

namespace aftersales
{
class Workbench;
}

namespace aftersales::platform
{

class PlatformClient;
class RejectReasonMap;
struct SyncOptions;

// One claim's queued actions, delivered one after another in the order they were made
// (PLATFORM.md, "Exactly once in effect, in order"). For each row, by its state:
//  - refused, its claim still to be read back: read back (afterSale/Detail) and adopted;
//  - sending (a round that ended, or a process killed, before the answer): resolved by
//    reading the claim back — never sent blindly again;
//  - waiting: its base update_time read first when unknown (an earlier action of the claim
//    was taken since), marked sending (committed), then sent; accepted → delivered; refused
//    → refused and kept, its later actions refused with it, the claim read back and adopted;
//    the answer lost → the claim read back: the platform took it when its update_time moved
//    past the base and its status is where the action leads, it did not when the update_time
//    is the base (then it is sent again), and otherwise it is refused as not confirmed.
// A failure to reach the platform leaves the row waiting (or sending, when the answer was
// lost) and stops the lane and the round; the next round goes on from there.
class OutboxLane final : public QObject
{
    Q_OBJECT

public:
    struct Context {
        Workbench &workbench;
        PlatformClient &client;
        const SyncOptions &options;
        const RejectReasonMap &reasons;
    };

    OutboxLane(Context context, qint64 claimId, QList<qint64> entryIds, QObject *parent = nullptr);

    void start();
    // No new request after the one in flight.
    void stop() { m_stopping = true; }

    qint64 claimId() const { return m_claimId; }
    int delivered() const { return m_delivered; }
    const QList<SyncFailure> &refused() const { return m_refused; }
    const PhaseResult &result() const { return m_result; }

Q_SIGNALS:
    // A row settled (delivered, refused, resolved) or was left for a later round.
    void rowDone();
    void finished();

private:
    using DetailDone = std::function<void(const ClaimDetail &)>;

    void next();
    void finish();
    void readBack(const OutboxEntry &row);
    void prepare(const OutboxEntry &row);
    void send(const OutboxEntry &row, qint64 base);
    void onAnswer(qint64 entryId, const CallRecord &record, bool accepted, const QString &refusal);
    void resolve(qint64 entryId);
    void refuse(qint64 entryId, const QString &message);
    void refuseWith(qint64 entryId, const QString &message, const std::optional<ClaimDetail> &detail);
    void deliveredNow(qint64 entryId);
    // afterSale/Detail of this claim; a failure stops the lane (and the round).
    void withDetail(const DetailDone &done);
    // Stops the lane, and with `stop` the round, for `why`.
    void halt(SyncSummary::Stop stop, const QString &why);
    void skipRow();
    // Settles a storage outcome: false (and the lane halted) when it failed.
    bool saved(const Outcome &outcome);
    std::optional<OutboxEntry> row(qint64 entryId);
    // Whether the tracking number `held` shows came from an action from `firstRefused` on
    // that the platform did not take.
    bool shippedByRefused(qint64 firstRefused, const Claim &held) const;

    Context m_context;
    qint64 m_claimId;
    std::deque<qint64> m_ids;
    int m_resends = 0;
    bool m_stopping = false;
    bool m_finished = false;
    int m_delivered = 0;
    QList<SyncFailure> m_refused;
    PhaseResult m_result;
};

} // namespace aftersales::platform
