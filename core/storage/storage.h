#pragma once

#include "domain/claim.h"
#include "domain/outcome.h"
#include "domain/rules.h"
#include "storage/claimquery.h"
#include "storage/consistency.h"
#include "storage/reportrows.h"
#include "storage/syncrecords.h"

#include <QFlags>
#include <QStringList>

#include <functional>

namespace aftersales
{

// How a storage is opened, whatever the backend.
struct StorageOptions {
    // Only read: every write is refused by the backend (a file this program may not write).
    bool readOnly = false;
    // How long a write waits for another writer's lock before it gives up as "busy".
    int busyTimeoutMs = 5000;
    // The process keeps the database open for long (the window, a command's --watch): a backend
    // may keep more of it in memory, which a short command would fill and never use again.
    bool longLived = false;
};

// Where claims, orders and events are kept: the one thing the Workbench and every read
// depend on (qBittorrent's ResumeDataStorage). A backend (storage/sqlite/, later
// storage/postgres/) implements it with its own schema and queries; nothing above it
// knows which one runs. Errors end at this boundary as an Outcome with a sentence for
// the user, never a driver message alone.
//
// Reads and writes run on the thread that opened the storage; another thread opens a
// storage of its own (storage::open with location()).
class Storage
{
public:
    // What a backend can do beyond claims and events (Tiled's FileFormat::Capabilities).
    // Callers ask for the capability, never which backend runs.
    enum class Capability {
        // backupTo(): a consistent copy into a file, taken while others keep working.
        Backup = 0x1,
        // checkConsistency(): the database's own integrity and every claim's audit trail.
        ConsistencyCheck = 0x2,
        // setCheckpointOnCommit() / checkpoint(): a write-ahead log copied back into the
        // database by whoever asks for it, so that a window can leave it to another thread.
        Checkpoint = 0x4,
        // changeMark(): notices what other connections commit (SQLite polls data_version;
        // PostgreSQL listens for notifications, and also calls the change listener).
        ExternalChangeDetection = 0x8,
        // Several agents on one server (PostgreSQL): connectedRole() is the operator of the
        // audit trail, grantAgent() / revokeAgent() give and take an agent's rights, and the
        // team lock says which process runs the automatic steps and the platform sync.
        Team = 0x10,
        // The platform sync's storage (the sync columns, the outbox, the connection, the
        // lease below): a backend without it refuses those calls with a sentence saying so.
        PlatformSync = 0x20,
    };
    Q_DECLARE_FLAGS(Capabilities, Capability)

    Storage() = default;
    virtual ~Storage();
    Storage(const Storage &) = delete;
    Storage &operator=(const Storage &) = delete;

    virtual Capabilities capabilities() const = 0;
    bool has(Capability capability) const { return capabilities().testFlag(capability); }

    // What was opened, as storage::open takes it (a file path; a URI without its password):
    // for messages, and for another thread to open the same database.
    virtual QString location() const = 0;
    virtual bool isReadOnly() const = 0;
    virtual int schemaVersion() const = 0;

    // Runs `body` as one transaction: everything it wrote is kept when it returns success,
    // nothing when it fails (its outcome is returned). Holds the write lock from the start,
    // so what `body` reads is not changed by others before it writes.
    // A backend may run `body` more than once (PostgreSQL retries a serialization failure):
    // `body` must have no effect outside the storage, and reset whatever it collects for
    // its caller at its start.
    virtual Outcome transaction(const std::function<Outcome()> &body) = 0;

    // Reads. An unknown order or claim is bad input naming it.
    virtual Result<Order> order(const QString &orderId) const = 0;
    virtual Result<Claim> claim(qint64 id) const = 0;
    // A claim's events, oldest first.
    virtual Result<QList<Event>> events(qint64 claimId) const = 0;
    // Whether the order has a claim that is not finished (rules::isOpen).
    virtual Result<bool> hasOpenClaim(const QString &orderId) const = 0;
    // Every claim on an order, newest first.
    virtual Result<QList<Claim>> claimsForOrder(const QString &orderId) const = 0;
    // The claim (other than `exceptId`) that already uses this tracking number.
    virtual Result<std::optional<qint64>> trackingUsedBy(const QString &trackingNo,
                                                         qint64 exceptId) const = 0;
    // The newest event anywhere: the clock may not go behind it.
    virtual Result<std::optional<QDateTime>> newestEventAt() const = 0;
    // Claims whose deadline is at or before `now`, soonest first (then by id), at most `limit`;
    // none before `from` when it is valid (where a sweep's earlier batches ended: the index
    // entries their claims left behind are not read again).
    // Inside transaction() they are the caller's to change until it ends: another process's
    // sweep waits meanwhile, then sees what this one wrote (SQLite's write lock; PostgreSQL
    // locks the team's sweep turn and the rows), so an automatic step is never applied twice.
    virtual Result<QList<Claim>> dueClaims(const QDateTime &from, const QDateTime &now, int limit) const = 0;
    // How many claims have a deadline at or before `now`.
    virtual Result<qint64> dueCount(const QDateTime &now) const = 0;
    // Whether any claim dueClaims() would take is due at `now` (by default: it takes one).
    virtual Result<bool> anythingDue(const QDateTime &from, const QDateTime &now) const;
    // No order and no claim at all.
    virtual Result<bool> isEmpty() const = 0;

    // Lists. `query` is stamped (ClaimReader): its `now` and due-soon threshold are set.
    // A page holds at most `limit` claims from after `after` (the top when none).
    virtual Result<Page> page(const ClaimQuery &query, const std::optional<PageKey> &after,
                              int limit) const = 0;
    // Every claim the query matches.
    virtual Result<qint64> count(const ClaimQuery &query) const = 0;
    // count() of each query, in their order. By default one count() after another; a server
    // answers them in one round trip (the quick filters' badges are eighteen counts).
    virtual Result<QList<qint64>> counts(const QList<ClaimQuery> &queries) const;
    // The key of the row `skip` rows after `after` (after the top when none): where a page
    // far down the list starts, without reading the rows in between. None when the list is
    // shorter.
    virtual Result<std::optional<PageKey>>
    keyAfter(const ClaimQuery &query, const std::optional<PageKey> &after, qint64 skip) const = 0;
    // The claims the query matches, grouped as ClaimGroup says.
    virtual Result<QList<ClaimGroup>> groups(const ClaimQuery &query) const = 0;

    // Reports (core/report): counts that an index answers at a million claims, never rows
    // for the caller to add up. `bounds` cut time into buckets (reportrows.h); rows whose
    // count is 0 may be left out, and rows come in no particular order. "An operator" is
    // any actor but buyer, platform and system (the merchant's people). Each list has a
    // ClaimQuery field that finds exactly the claims counted (drill-down), noted here.
    // What they read of a claim's trail (its first action, how its first review and first
    // shipping window ended) is defined once in storage/milestones.h: both backends keep it on
    // the claim as insertClaim(), updateClaim() and insertEvents() write the events; a backend
    // may as well work it out from the events when asked, as long as the counts and the
    // drill-downs agree.

    // Claims applied for (applied_at) in each bucket, by type.
    // Drill-down: ClaimQuery::applied and ::type.
    virtual Result<QList<reportrows::TypeCount>> claimsByType(const Bounds &bounds) const = 0;
    // Claims of `type` applied for in [from, to), by their order's product title and the
    // buyer's reason. Drill-down: ::type, ::applied, ::product and ::reason.
    virtual Result<QList<reportrows::ProductReasonCount>>
    claimsByProduct(ClaimType type, const QDateTime &from, const QDateTime &to) const = 0;
    // Claims applied for in each bucket, by how their first review ended: the claim's first
    // event whose `from` is pending_review and whose `to` is another status. WindowEnd::
    // Merchant when its actor is an operator, Automatic when it is system (auto_approve),
    // Other when it is the buyer or the platform. Claims whose first review has not ended
    // are left out. Drill-down: ::applied and ::firstReviewEnd.
    virtual Result<QList<reportrows::WindowEndCount>> firstReviewEnds(const Bounds &bounds) const = 0;
    // Claims whose first shipping window opened in each bucket — the `at` of the claim's
    // first event whose `to` is awaiting_shipment and whose `from` is not — by how it ended:
    // the claim's first event whose `from` is awaiting_shipment and whose `to` is not.
    // Merchant when an operator shipped (`to` is shipped), Automatic when system
    // (late_shipment), Other for anything else. Windows still open are left out.
    // Drill-down: ::shipmentOpened and ::firstShipmentEnd.
    virtual Result<QList<reportrows::WindowEndCount>> firstShipmentEnds(const Bounds &bounds) const = 0;
    // Automatic steps (events whose actor is system) whose action is one of `actions`, by
    // bucket (of their `at`), action and detail, counted. Drill-down: ::step.
    virtual Result<QList<reportrows::StepCount>> automaticSteps(const Bounds &bounds,
                                                                const QStringList &actions) const = 0;
    // Claims applied for in [from, to) that an operator has acted on, by the operator of
    // the claim's first event by an operator whose `from` and `to` differ (the merchant's
    // first action). Drill-down: ::applied and ::firstActor.
    virtual Result<QList<reportrows::OperatorCount>> firstActions(const QDateTime &from,
                                                                  const QDateTime &to) const = 0;
    // Of the claims firstActions() counts for `operatorName`: the seconds from the
    // application (applied_at) to that first action, ascending, from the `rank`-th (0 the
    // shortest) on, at most `count` of them (a median is one or two of these).
    virtual Result<QList<qint64>> firstActionDelays(const QString &operatorName, const QDateTime &from,
                                                    const QDateTime &to, qint64 rank, int count) const = 0;

    // Writes, inside transaction(). An order id that exists is bad input.
    virtual Outcome insertOrder(const Order &order) = 0;
    // A new claim (its id as given, or the next free one for 0) with its events; its id.
    virtual Result<qint64> insertClaim(const Decision &decision) = 0;
    // The claim as decided, if it is still at `expectedVersion` (a conflict otherwise, and
    // nothing written), with its events; its version goes up by one.
    virtual Outcome updateClaim(const Decision &decision, qint64 expectedVersion) = 0;
    // Events are appended, never changed or removed.
    virtual Outcome insertEvents(qint64 claimId, const QList<Event> &events) = 0;
    // A sweep's batch: each claim `after` its automatic steps, if it is still as it was
    // `before` (a conflict otherwise, and nothing written), then every step's event in the
    // order of `trail` (the order the steps happened in, across claims). The same as
    // updateClaim() with no events for each claim and insertEvents() for each event in
    // turn, which this does unless a backend writes the batch faster.
    struct SweptClaim {
        Claim before;
        Decision after;
    };
    virtual Outcome writeSweep(const QList<SweptClaim> &claims, const QList<Event> &trail);

    // --- The platform sync (PLATFORM.md; storage/syncrecords.h) ---
    // Claims: insertClaim() writes claim.sync as given; updateClaim() leaves it alone, so
    // the sync state is written only here. A new claim with id 0 takes the next id below
    // localIdLimit (the highest such id plus one), never one near the platform's ids.

    // A claim's sync fields (platform update_time, state, message), exactly as given; its
    // version, events and everything else untouched: the sync state is bookkeeping that
    // a window holding the claim need not reload for. Inside transaction().
    virtual Outcome setClaimSync(qint64 claimId, const ClaimSync &sync) = 0;
    // The newest platform update_time of any claim held (none before the first pull): where
    // the next pull starts, less its overlap.
    virtual Result<std::optional<qint64>> newestPlatformUpdate() const = 0;

    // The outbox. A new row (its id as the backend gives it, increasing in the order rows are
    // added); inside transaction(), with the change it belongs to.
    virtual Result<qint64> insertOutbox(const OutboxEntry &entry) = 0;
    // One row; none when there is no such row.
    virtual Result<std::optional<OutboxEntry>> outboxEntry(qint64 entryId) const = 0;
    // Rows in `state`, oldest first (by id), at most `limit`.
    virtual Result<QList<OutboxEntry>> outboxInState(OutboxState state, int limit) const = 0;
    // Every row of one claim, oldest first.
    virtual Result<QList<OutboxEntry>> outboxOfClaim(qint64 claimId) const = 0;
    // Refused rows not seen yet, oldest first, at most `limit`.
    virtual Result<QList<OutboxEntry>> unseenRefusals(int limit) const = 0;
    // Refused rows whose claim's platform state has still to be read back.
    virtual Result<QList<OutboxEntry>> refusalsToReadBack(int limit) const = 0;
    // How many rows are waiting or sending.
    virtual Result<qint64> openOutboxCount() const = 0;
    // A row's state, attempts, last error, base update_time, read-back and seen fields as
    // given, if the row is still in `expectedState`; a conflict otherwise (nothing written):
    // the compare-and-set by which exactly one sender takes a waiting row. Inside transaction().
    virtual Outcome updateOutbox(const OutboxEntry &entry, OutboxState expectedState) = 0;

    // The connection: none before the first `platform connect`.
    virtual Result<std::optional<PlatformConnection>> platformConnection() const = 0;
    // Replaces the connection (there is at most one), inside transaction().
    virtual Outcome savePlatformConnection(const PlatformConnection &connection) = 0;

    // The lease `name` (one sender at a time). Takes it for `holder` until `until` when
    // nobody holds it, its holder's time ran out (expiresAt <= now), it is this holder's own
    // (a renewal), or it is held by exactly `replacing` (a holder the caller knows is dead);
    // otherwise changes nothing and answers who holds it. Runs in a write transaction of its
    // own (a backend with session locks may use them instead: the lease then also ends with
    // its holder's connection).
    virtual Result<LeaseAnswer> takeLease(const QString &name, const QString &holder, const QDateTime &now,
                                          const QDateTime &until, const QString &replacing = {}) = 0;
    // Gives the lease up, if `holder` has it.
    virtual Outcome releaseLease(const QString &name, const QString &holder) = 0;

    // The queued actions `holder` (a lease holder, platform/synclease.h) is to send now, taken
    // for it: every open row (waiting or sending) of the claims whose oldest open row is free —
    // taken by nobody, by `holder` itself, or by a holder that holds no lease unexpired at `now`
    // — at most `limit` such claims, with whatever `holder` held already; oldest first. Another
    // holder's rows are left alone while its lease lives: a claim's actions leave from one
    // process, in order, and a row another process is sending is never read back and sent again
    // meanwhile; the rows of a process that ended its round, or died, are free once its lease is
    // gone. A write transaction of its own: two processes taking at once never take the same
    // claim (PostgreSQL skips the rows another is taking, FOR UPDATE SKIP LOCKED; SQLite's write
    // lock makes one wait for the other).
    virtual Result<QList<OutboxEntry>> takeOutbox(const QString &holder, const QDateTime &now, int limit) = 0;

    // A bulk load into an empty database, outside any transaction: the backend may stop
    // keeping its indexes row by row meanwhile and build them once at the end. A load killed
    // in between leaves a database that the next opening puts right.
    virtual Outcome beginBulkLoad() = 0;
    virtual Outcome endBulkLoad() = 0;
    // A bulk load runs on this database now (this connection's or another's): lists and counts
    // read meanwhile are incomplete and unindexed, so a window waits for its end.
    virtual bool isBulkLoading() const;

    // Capability Backup: a consistent copy of the whole database written to `file`, which
    // does not exist yet (backup.h names, rotates and renames into place).
    virtual Outcome backupTo(const QString &file) const;
    // Capability ConsistencyCheck: see consistency::check().
    virtual Result<QList<consistency::Problem>> checkConsistency(int maxProblems) const;
    // Capability Checkpoint: whether this connection copies the log back itself as it
    // commits (the default), and one copy now of as much as no reader still needs, without
    // waiting for anybody. Neither changes what is stored.
    virtual Outcome setCheckpointOnCommit(bool on) const;
    virtual Outcome checkpoint() const;
    // Capability ExternalChangeDetection: a value that changes whenever another connection
    // has committed since the last call.
    virtual Result<qint64> changeMark() const;
    // Capability ExternalChangeDetection, pushed: `listener` is called on this storage's thread
    // (from its event loop) soon after another connection committed a change of claims. A
    // backend that can only be polled (SQLite) never calls it; changeMark() still tells. An
    // empty function stops the calls.
    virtual void setChangeListener(std::function<void()> listener) const;

    // Capability Team. Who the database says is connected (PostgreSQL's session_user): the
    // operator written for every merchant action through this storage, whatever name the
    // caller gives, and "me" of MyPending. Empty where the caller names the operator (SQLite).
    virtual QString connectedRole() const;
    // Capability Team: gives an existing login role an agent's rights (read everything, act
    // through the rules, add events but never change or remove them), or takes them back.
    // Only the database's owner may. Like the team lock below, no claim, order or event
    // changes: a storage handed out read-only (Session) may do it.
    virtual Outcome grantAgent(const QString &role) const;
    virtual Outcome revokeAgent(const QString &role) const;
    // Capability Team: the roles that hold an agent's rights, and the owner, by name.
    virtual Result<QStringList> agents() const;
    // Capability Team: whether `role` may log in here and be assigned claims.
    virtual Result<bool> isAgent(const QString &role) const;
    // Capability Team: the team lock. Whoever holds it runs the automatic steps and the
    // platform sync for the team. Takes it when it is free, without waiting; true when this
    // connection holds it (already, or now). It goes with the connection: a process that
    // closes or dies lets another take it.
    virtual Result<bool> takeTeamLock() const;
    virtual void releaseTeamLock() const;
    virtual bool holdsTeamLock() const;

    // Copying a whole database (`copy --to`): the orders and the claims in key order, a batch
    // at a time, after the key given (the start for an empty one / 0), and the events of the
    // claims from `firstId` to `lastId` (both included) in claim and event order.
    virtual Result<QList<Order>> ordersAfter(const QString &afterId, int limit) const;
    virtual Result<QList<Claim>> claimsAfter(qint64 afterId, int limit) const;
    virtual Result<QList<Event>> eventsOfClaims(qint64 firstId, qint64 lastId) const;
    // Inside transaction(), into a database being bulk loaded: rows as another database holds
    // them, every id, version, assignee, sync state and actor kept.
    virtual Outcome insertCopied(const QList<Order> &orders, const QList<Claim> &claims,
                                 const QList<Event> &events);
    // Capability PlatformSync, the same way: the outbox in id order, a batch at a time after
    // `afterId` (0: from the start); and its rows written, after the claims they belong to, as
    // another database holds them (ids and states kept, taken by nobody).
    virtual Result<QList<OutboxEntry>> outboxAfter(qint64 afterId, int limit) const;
    virtual Outcome insertCopiedOutbox(const QList<OutboxEntry> &rows);

protected:
    // The outcome of a capability this storage has not got.
    static Outcome unsupported();
};

Q_DECLARE_OPERATORS_FOR_FLAGS(Storage::Capabilities)

} // namespace aftersales
