#pragma once

#include "claimreader.h"
#include "domain/claim.h"
#include "domain/clock.h"
#include "domain/outcome.h"
#include "domain/policy.h"
#include "domain/rules.h"
#include "storage/syncrecords.h"

#include <QObject>

#include <functional>
#include <limits>

namespace aftersales
{

class Storage;

// The one write path. Every change of a claim, whoever makes it, goes through here: "the
// merchant does" (act, actMany, shipMany, remarks and flags), "the platform says"
// (platformSays, platformPage and the outbox's answers), "time passes" (sweep), and bulk
// loads (addDecided). Each is decided by the rules at the injected clock's time, written with
// its events in one transaction, and announced with claimsChanged.
//
// A platform claim (one pulled from the platform: claim.sync.onPlatform()) is the platform's:
// a merchant's action on it is decided by the rules, applied here at once and queued for the
// platform in the same transaction (an outbox row; the claim shows SyncState::Pending); the
// buyer's moves and the platform's decisions are refused here (they happen on the platform
// and a pull brings them); the sweep leaves it alone (the platform's automatic steps arrive
// by pull); remarks and flags stay local.
class Workbench : public QObject
{
    Q_OBJECT

public:
    // `storage` and `clock` must outlive the workbench.
    Workbench(Storage &storage, const Clock &clock, Policy policy, QObject *parent = nullptr);

    // For services that change no claim (backups, checkpoints, change detection, a second
    // storage for another thread) and the storage's own reads.
    const Storage &storage() const { return m_storage; }
    // Lists and claims as of the clock, with this workbench's policy.
    const ClaimReader &reader() const { return m_reader; }
    const Policy &policy() const { return m_policy; }
    void setPolicy(const Policy &policy) { m_policy = policy; }
    QDateTime now() const;

    // Bad input when the clock is behind the newest event in the database.
    Outcome checkClock() const;

    // Time passes: every automatic step due by now, each at its deadline, in deadline order,
    // in transactions of at most `batchSize` claims, at most `maxBatches` of them (the window
    // sweeps a batch at a time so that it never blocks for long). Returns the events written.
    // A sweep made of several calls (the window's) passes `resumeFrom`, invalid at first: each
    // call moves it to where the claims it left are due from, and the next reads on from there.
    Result<QList<Event>> sweep(int batchSize = 500, int maxBatches = std::numeric_limits<int>::max(),
                               QDateTime *resumeFrom = nullptr);

    // The merchant does (and the buyer, and the platform's decisions made locally).
    Outcome addOrder(const Order &order);
    Result<qint64> apply(const QString &orderId, const ApplyRequest &request);
    // Acts on a claim. With `expectedVersion`, a claim changed since is a conflict.
    Result<Claim> act(qint64 id, const ActionRequest &request, std::optional<qint64> expectedVersion = {});

    // One claim of a call on many, and how it ended.
    struct Target {
        qint64 id = 0;
        std::optional<qint64> expectedVersion; // a claim changed since is a conflict
    };
    struct ItemResult {
        qint64 id = 0;
        Outcome outcome;
        std::optional<Claim> claim; // as it is now, when the change was made
    };
    // Takes `request` on each claim on its own (a refusal holds back no other), after one
    // sweep, in one transaction, announced with one claimsChanged. Every result carries the
    // same storage failure when the transaction could not be written.
    QList<ItemResult> actMany(const QList<Target> &claims, const ActionRequest &request);
    // actMany() with an approval.
    QList<ItemResult> approveMany(const QList<Target> &claims, const QString &actor,
                                  const QString &note = {});

    // Hands each claim to `assignee` (empty: nobody), each on its own, in one transaction,
    // announced with one claimsChanged: an "assign" event by `actor`, the status the same
    // twice, the new assignee as its detail. On a team's database only an agent (or the
    // owner) can hold claims. Results as approveMany's.
    QList<ItemResult> assign(const QList<Target> &claims, const QString &assignee, const QString &actor);

    Result<Claim> setRemark(qint64 id, const QString &remark, const QString &actor,
                            std::optional<qint64> expectedVersion = {});
    // The platform's order_flag: 0 none, 1 purple, 2 cyan, 3 green, 4 orange, 5 red.
    // Written with a "flag" event; the status does not change.
    Result<Claim> setFlag(qint64 id, int flag, const QString &actor,
                          std::optional<qint64> expectedVersion = {});

    // One reshipment / exchange shipment of a batch (批量导入物流单号).
    struct Shipment {
        qint64 claimId = 0;
        QString carrier;
        QString trackingNo;
        std::optional<qint64> expectedVersion;
    };
    // Ships every claim in ONE transaction: all or nothing. The first refusal rolls the
    // whole batch back and names its claim. `progress(done, total)` may return false to
    // cancel (nothing is written then).
    Result<QList<Claim>> shipMany(const QList<Shipment> &shipments, const QString &actor,
                                  const std::function<bool(int, int)> &progress = {});

    // The platform says: claims as the platform holds them, each by its id (the platform's
    // aftersale_id), its order in claim.order. Idempotent, in one transaction, all or nothing:
    //  - a new claim is inserted (its order too, when unknown) with the buyer's application
    //    (rules::application) and an "import" event by `platform` from pending_review to its
    //    status;
    //  - a known claim the platform holds as it is here changes nothing;
    //  - a known claim the platform changed is updated with a "platform_update" event by
    //    `platform` from its status here to the platform's.
    // `check(index, claim, existing)` runs first for each claim, inside the transaction; an
    // outcome other than success refuses the whole call with it (the importer refuses known
    // ids and used tracking numbers this way).
    // Such claims are local-only (claim.sync says so), as from a file.
    enum class PlatformChange { Inserted, Unchanged, Updated, Refused };
    using PlatformCheck =
        std::function<Outcome(int index, const Claim &claim, const std::optional<Claim> &existing)>;
    Result<QList<PlatformChange>> platformSays(const QList<Claim> &claims, const PlatformCheck &check = {});

    // How one claim the platform holds fits onto the claim held here (a pull, or a claim read
    // back): the platform's codes need the local claim to be read (27, 8 and 28 each stand for
    // more than one status), and only what is newer than what is held is taken in.
    struct PlatformFit {
        enum class Kind {
            TakeIn,   // `claim` is the claim as the platform holds it now
            NotNewer, // the platform's claim is not newer than the one held: nothing changes
            Refused,  // not taken (`why`), e.g. the id of a claim made here; the others go on
            Abort,    // the whole call is refused with `abort`, nothing written
        };
        Kind kind = Kind::NotNewer;
        Claim claim;
        QString why;
        Outcome abort;
    };
    struct PageItem {
        qint64 id = 0;
        PlatformChange change = PlatformChange::Unchanged;
        QString why; // Refused
    };
    using PlatformFitter = std::function<PlatformFit(int index, const std::optional<Claim> &held)>;
    // A page of claims the platform holds (a pull's page), by id, in one transaction, each on
    // its own: `fit` says what each one is, and what it says to take in is taken in as by
    // platformSays (inserted with the application and an "import" event, or updated with a
    // "platform_update" event, by `platform`), its platform update_time with it. A claim
    // whose platform state is the one held but whose update_time is newer only takes that time.
    // `clockChecked`: the caller checked the clock for this series of pages already (a bulk
    // pull, during which the events' time index is suspended).
    Result<QList<PageItem>> platformPage(const QList<qint64> &ids, const PlatformFitter &fit,
                                         bool clockChecked = false);
    // A large first pull into an empty database: the storage stops keeping its indexes row by
    // row meanwhile and builds them once at the end (as addDecided does for the demo). A pull
    // killed in between leaves a database that the next opening puts right.
    Outcome beginBulkLoad();
    Outcome endBulkLoad();

    // --- The outbox's answers, for the sync engine (core/platform). Each in one transaction.
    // The sending of an outbox row starts: waiting → sending, committed before the request
    // leaves, one more attempt, with the platform update_time it is sent on. A conflict when
    // the row is no longer waiting (another process took it): it must not be sent.
    Result<OutboxEntry> startSending(qint64 entryId, qint64 baseUpdateTime);
    // The platform took the sending row: delivered. The claim's actions still waiting were
    // based on the platform's claim before it: their base becomes unknown (0), to be read
    // from the platform before they are sent.
    Outcome outboxDelivered(qint64 entryId);
    // The sending row goes back to waiting (`why` kept): it did not reach the platform, or
    // the claim read back shows the platform did not take it.
    Outcome outboxNotDelivered(qint64 entryId, const QString &why);
    // The platform refused the row (sending or waiting) with `message`: it is kept as refused,
    // the claim's later queued actions are refused with it (they were based on it and are not
    // sent blindly), the claim is marked Failed with the message and gets a `platform` event
    // "sync_refused" per refused action. `readBack(held)` gives the claim as the platform holds
    // it now (a PlatformFit), which the claim adopts; when it cannot (the platform could not
    // be read), the row waits for readBackRefused().
    using ReadBack = std::function<PlatformFit(const Claim &held)>;
    Outcome outboxRefused(qint64 entryId, const QString &message, const ReadBack &readBack);
    // A refused row's claim read back later (refusalsToReadBack).
    Outcome readBackRefused(qint64 entryId, const ReadBack &readBack);
    // The merchant has seen the claim's refused actions: it leaves sync_failed (a "sync_seen"
    // event by `actor`). Acting on the claim again does the same. Bad input when there is none.
    Result<Claim> acknowledgeRefusals(qint64 claimId, const QString &actor);
    // `platform connect`: the shop this database syncs with.
    Outcome savePlatformConnection(const PlatformConnection &connection);
    // A round ended; `pulled` when its pull went through to the end.
    Outcome recordSyncRound(bool pulled);

    // A claim whose whole life the rules decided elsewhere (the demo), with its order.
    struct DecidedClaim {
        Order order;
        Decision decision; // the claim as it is now and every event of its life
    };
    // Adds `count` such claims, `next(i)` giving the i-th, in batches of one transaction each,
    // without the per-claim checks of apply() and act(). Into an empty database a large load
    // lets the storage build its indexes once, at the end. `progress(done, total)` may return
    // false to stop after a batch: what was added stays. claimsChanged follows each batch.
    Outcome addDecided(int count, const std::function<Result<DecidedClaim>(int index)> &next,
                       const std::function<bool(int, int)> &progress = {});

    Result<Claim> claim(qint64 id) const;
    Result<QList<Event>> events(qint64 id) const;

Q_SIGNALS:
    // Claims changed through this workbench (not by another process).
    void claimsChanged(const QList<qint64> &ids);

private:
    // Inside a transaction: the rules' decision on the claim, written. Every change the
    // merchant (or the buyer, or a local platform decision) makes to one claim passes here:
    // the place for what must be written with it (the coming sync's outbox row).
    Outcome decide(qint64 id, const ActionRequest &request, std::optional<qint64> expectedVersion,
                   Claim &after);
    // The window-closed refusal when an automatic step has just taken the claim out of
    // the status where the action was allowed; nullopt otherwise.
    std::optional<Outcome> lapsedWindow(const Claim &claim, const ActionRequest &request) const;
    // A merchant's note on a claim that does not change its status (remark, flag): one
    // event, the same status before and after.
    Result<Claim> annotate(qint64 id, std::optional<qint64> expectedVersion, const QString &actor,
                           const QString &action, const QString &detail,
                           const std::function<void(Claim &)> &change);
    // Inside a transaction: one claim the platform holds, taken in.
    Result<PlatformChange> takeIn(const Claim &claim, const std::optional<Claim> &existing);
    // Inside a transaction, after the action `entry` queues was written: its outbox row, and
    // the claim Pending (its earlier refusals count as seen: the merchant acted on it again).
    Outcome queueForPlatform(const OutboxEntry &entry);
    // Inside a transaction: the claim's sync state from its outbox rows.
    Outcome resettleSync(qint64 claimId, const QString &failure = {});
    // Inside a transaction: refuses the row, and the claim's later open rows, with events.
    Outcome refuseRows(const OutboxEntry &first, const QString &message, const ReadBack &readBack,
                       QList<qint64> &changed);

    Storage &m_storage;
    const Clock &m_clock;
    Policy m_policy;
    ClaimReader m_reader;
};

} // namespace aftersales
