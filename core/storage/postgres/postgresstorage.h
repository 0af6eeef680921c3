#pragma once

#include "storage/milestones.h"
#include "storage/postgres/postgreslocation.h"
#include "storage/postgres/postgresvalues.h"
#include "storage/storage.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

class QSqlDatabase;
class QSqlError;
class QSqlQuery;

namespace aftersales
{

namespace postgres
{
// How many claims a search term finds, from capped counts: few (its matches drive the query),
// or many (checked on each row while the list's index is walked), with few or many buyers.
enum class Spread { Few, Many, ManyBuyers };
class CopyIn;
} // namespace postgres

// The team's backend: one PostgreSQL 15 database that several agents' programs share, through
// Qt's QPSQL driver. Everything PostgreSQL-specific lives in this folder: the schema and its
// numbered migrations (table aftersales_schema), serializable transactions retried on
// serialization failures and deadlocks, the list queries with partial indexes per quick
// filter, pg_trgm search, counts kept by triggers in an append-only log, keyset pages, the
// reports' counts over what the writes keep on each claim, the audit trail's operator set by
// the server (session_user), agents' rights, the team lock, change notifications (LISTEN /
// NOTIFY), and the platform sync's outbox, taken by the desktops of a team with FOR UPDATE …
// SKIP LOCKED. Times are bigint seconds since the epoch, as on SQLite, so that both backends'
// rules and queries agree.
class PostgresStorage final : public Storage
{
public:
    struct Options {
        bool readOnly = false;
        // How long a statement waits for another connection's lock (lock_timeout).
        int busyTimeoutMs = 5000;
    };

    PostgresStorage();
    ~PostgresStorage() override;

    // Whether Qt's PostgreSQL driver (Debian: libqt6sql6-psql) can be loaded.
    static bool isDriverAvailable();

    // Connects (the password from PGPASSWORD or the password file, as libpq reads them), and
    // sets up an empty database or brings an older one up to this program's schema when the
    // role may; a clear refusal for a newer schema, a role without rights, an unreachable
    // server, a failed login.
    Outcome open(const QString &location, const Options &options);
    Outcome open(const QString &location) { return open(location, Options{}); }
    void close();
    bool isOpen() const;

    Capabilities capabilities() const override;
    QString location() const override;
    bool isReadOnly() const override { return m_options.readOnly; }
    int schemaVersion() const override;

    // SERIALIZABLE, retried (the body runs again) on a serialization failure, a deadlock, or
    // an automatic claim id another agent took first. BEGIN goes out with the body's first
    // statement: a sweep with nothing due sends none.
    Outcome transaction(const std::function<Outcome()> &body) override;

    Result<Order> order(const QString &orderId) const override;
    Result<Claim> claim(qint64 id) const override;
    Result<QList<Event>> events(qint64 claimId) const override;
    Result<bool> hasOpenClaim(const QString &orderId) const override;
    Result<QList<Claim>> claimsForOrder(const QString &orderId) const override;
    Result<std::optional<qint64>> trackingUsedBy(const QString &trackingNo, qint64 exceptId) const override;
    Result<std::optional<QDateTime>> newestEventAt() const override;
    // Inside a transaction: nothing is locked when nothing is due; else the team's sweep turn
    // (LOCK TABLE sweep_turn, which takes no snapshot, so the rows read next include what the
    // sweep before wrote) and the claims' rows (FOR UPDATE).
    Result<QList<Claim>> dueClaims(const QDateTime &from, const QDateTime &now, int limit) const override;
    Result<qint64> dueCount(const QDateTime &now) const override;
    Result<bool> isEmpty() const override;

    Result<Page> page(const ClaimQuery &query, const std::optional<PageKey> &after, int limit) const override;
    Result<qint64> count(const ClaimQuery &query) const override;
    Result<QList<qint64>> counts(const QList<ClaimQuery> &queries) const override;
    Result<bool> anythingDue(const QDateTime &from, const QDateTime &now) const override;
    Result<std::optional<PageKey>> keyAfter(const ClaimQuery &query, const std::optional<PageKey> &after,
                                            qint64 skip) const override;
    Result<QList<ClaimGroup>> groups(const ClaimQuery &query) const override;

    // postgresreports.cpp: over what the writes keep on each claim (postgresmilestones.h).
    Result<QList<reportrows::TypeCount>> claimsByType(const Bounds &bounds) const override;
    Result<QList<reportrows::ProductReasonCount>> claimsByProduct(ClaimType type, const QDateTime &from,
                                                                  const QDateTime &to) const override;
    Result<QList<reportrows::WindowEndCount>> firstReviewEnds(const Bounds &bounds) const override;
    Result<QList<reportrows::WindowEndCount>> firstShipmentEnds(const Bounds &bounds) const override;
    Result<QList<reportrows::StepCount>> automaticSteps(const Bounds &bounds,
                                                        const QStringList &actions) const override;
    Result<QList<reportrows::OperatorCount>> firstActions(const QDateTime &from,
                                                          const QDateTime &to) const override;
    Result<QList<qint64>> firstActionDelays(const QString &operatorName, const QDateTime &from,
                                            const QDateTime &to, qint64 rank, int count) const override;

    // postgressync.cpp: the platform sync's tables (outbox, platform_connection, sync_lease)
    // and the claims' sync columns. savePlatformConnection() writes a round's times alone when
    // the shop is the same (an agent's right); another shop is the owner's to set.
    Outcome setClaimSync(qint64 claimId, const ClaimSync &sync) override;
    Result<std::optional<qint64>> newestPlatformUpdate() const override;
    Result<qint64> insertOutbox(const OutboxEntry &entry) override;
    Result<std::optional<OutboxEntry>> outboxEntry(qint64 entryId) const override;
    Result<QList<OutboxEntry>> outboxInState(OutboxState state, int limit) const override;
    Result<QList<OutboxEntry>> outboxOfClaim(qint64 claimId) const override;
    Result<QList<OutboxEntry>> unseenRefusals(int limit) const override;
    Result<QList<OutboxEntry>> refusalsToReadBack(int limit) const override;
    Result<qint64> openOutboxCount() const override;
    Outcome updateOutbox(const OutboxEntry &entry, OutboxState expectedState) override;
    Result<std::optional<PlatformConnection>> platformConnection() const override;
    Outcome savePlatformConnection(const PlatformConnection &connection) override;
    Result<LeaseAnswer> takeLease(const QString &name, const QString &holder, const QDateTime &now,
                                  const QDateTime &until, const QString &replacing = {}) override;
    Outcome releaseLease(const QString &name, const QString &holder) override;
    // FOR UPDATE … SKIP LOCKED: desktops taking at once pass over each other's claims.
    Result<QList<OutboxEntry>> takeOutbox(const QString &holder, const QDateTime &now, int limit) override;

    Outcome insertOrder(const Order &order) override;
    Result<qint64> insertClaim(const Decision &decision) override;
    Outcome updateClaim(const Decision &decision, qint64 expectedVersion) override;
    Outcome insertEvents(qint64 claimId, const QList<Event> &events) override;

    // Drops the secondary indexes and the count-keeping triggers, and collects the rows of
    // each transaction into multi-row INSERTs; the end builds the indexes, recounts, and
    // VACUUM ANALYZEs. Only for the database's owner.
    Outcome beginBulkLoad() override;
    Outcome endBulkLoad() override;

    // The audit trails in claim order, a range of claims at a time, and the trigger-kept
    // counts against the claims themselves.
    Result<QList<consistency::Problem>> checkConsistency(int maxProblems) const override;
    // Notifications received from other connections (LISTEN aftersales_claims).
    Result<qint64> changeMark() const override;
    void setChangeListener(std::function<void()> listener) const override;

    QString connectedRole() const override { return m_role; }
    Outcome grantAgent(const QString &role) const override;
    Outcome revokeAgent(const QString &role) const override;
    Result<QStringList> agents() const override;
    Result<bool> isAgent(const QString &role) const override;
    Result<bool> takeTeamLock() const override;
    void releaseTeamLock() const override;
    bool holdsTeamLock() const override { return m_holdsTeamLock; }

    Result<QList<Order>> ordersAfter(const QString &afterId, int limit) const override;
    Result<QList<Claim>> claimsAfter(qint64 afterId, int limit) const override;
    Result<QList<Event>> eventsOfClaims(qint64 firstId, qint64 lastId) const override;
    // Keeps each event's actor: the operator trigger is switched off for the copy's
    // transaction (only the owner may).
    Outcome insertCopied(const QList<Order> &orders, const QList<Claim> &claims,
                         const QList<Event> &events) override;
    Result<QList<OutboxEntry>> outboxAfter(qint64 afterId, int limit) const override;
    Outcome insertCopiedOutbox(const QList<OutboxEntry> &rows) override;

    // The server process of this connection (pg_backend_pid()): for tests that cut it.
    int backendPid() const { return m_backendPid; }
    // PostgreSQL's plans for the page, count and key-after queries (EXPLAIN, one line per
    // row): what tests check for sequential scans of claims.
    Result<QStringList> explainPage(const ClaimQuery &query, bool keyset) const;
    Result<QStringList> explainCount(const ClaimQuery &query) const;
    Result<QStringList> explainKeyAfter(const ClaimQuery &query) const;
    // The plans of the report's statements over `bounds` (their span the period): claims by
    // type, reshipments by product, first reviews' and shipping windows' ends, the automatic
    // steps of `actions`, first actions, and `operatorName`'s delays.
    Result<QList<QStringList>> explainReports(const Bounds &bounds, const QStringList &actions,
                                              const QString &operatorName) const;

private:
    struct State;

    QSqlDatabase db() const;
    Outcome connect();
    Outcome configureSession();
    // A prepared statement for `sql`, prepared once per connection and kept.
    QSqlQuery &statement(const QString &sql) const;
    // Runs a prepared (bound) statement: the transaction's BEGIN first when it is the body's
    // first statement, unless `outside`; false with the failure kept for failure().
    bool run(QSqlQuery &query, bool outside = false) const;
    // Runs SQL text without parameters (schema, settings).
    Outcome exec(const QString &sql, bool outside = false) const;
    // The failed statement as an outcome with a sentence for the user; notes what a retry or
    // a reconnection needs.
    Outcome failure(const QSqlQuery &query) const;
    Outcome failure(const QSqlError &error) const;
    // What a failed statement means for the transaction and the connection (no message).
    void note(const QSqlError &error) const;
    Outcome connectionFailure(const QSqlError &error) const;

    // Events appended (inside a transaction, written behind); with `milestonesWritten` the
    // statement that changed their claim wrote what they reach of its milestones already.
    Outcome addEvents(qint64 claimId, const QList<Event> &events, bool milestonesWritten);
    // What `events` (oldest first) reach of a claim's milestones, with their actors as the server
    // stores them (a copy keeps its actors).
    milestones::Milestones storedMilestones(const QList<Event> &events, bool copied) const;
    // Each claim's milestones not reached yet, set as given: one statement for all.
    Outcome keepMilestones(const QList<std::pair<qint64, milestones::Milestones>> &reached) const;

    static QString claimColumns();
    static Claim claimFromRow(const QSqlQuery &query);
    static Event eventFromRow(const QSqlQuery &query);
    Result<QList<Claim>> claimsOf(QSqlQuery &query) const;
    Result<QList<Event>> eventsOf(QSqlQuery &query) const;
    Result<qint64> nextClaimId();

    // postgresschema.cpp
    Outcome migrate();
    Outcome repair();
    int readSchemaVersion(Outcome &outcome) const;
    Outcome compactCounts() const;
    QStringList missingSchema(Outcome &outcome) const;
    Outcome rebuildDerived();

    // postgresbulk.cpp: rows collected during a bulk load, written before COMMIT.
    bool bulkLoading() const;
    Outcome flushBulk();
    void discardBulk();
    using Columns = std::vector<postgres::BulkColumn>;
    Outcome insertColumns(const QString &target, const QStringList &types, const Columns &columns) const;
    // Ends a COPY of one table's rows: its failure reported as any statement's.
    Outcome finishCopy(postgres::CopyIn &copy) const;
    // Events by COPY, with their own ids (a copy) or numbered by the server; `actorOf` (when
    // given) says what each one's actor column holds.
    Outcome copyEvents(const QList<Event> &events, bool withIds,
                       const std::function<QString(const QString &)> &actorOf) const;
    // The product titles of claims whose order did not come with them.
    Outcome keepTitles(const QList<qint64> &claimIds);
    // postgreswritebehind.cpp: what a transaction wrote behind, sent before its next
    // statement (run() calls it) or its COMMIT.
    Outcome flushWrites() const;
    // Its events, written first.
    Outcome insertPendingEvents(const QList<Event> &events) const;
    bool writeBehind(const Claim &claim, qint64 expectedVersion);
    bool hasPendingWrites() const;

    // postgreslists.cpp
    Result<QString> countSql(const ClaimQuery &query) const;
    // Whether the query's search term matches many claims (2,000 or more), and many buyers'.
    Result<postgres::Spread> spread(const ClaimQuery &query) const;
    Result<QStringList> explain(const QString &sql, const ClaimQuery &query) const;
    // EXPLAIN of a statement with positional parameters and their values.
    Result<QStringList> explainPositional(const QString &sql, const QVariantList &values) const;
    // EXPLAIN of a statement with $1 … $n and their values.
    Result<QStringList> explainNumbered(const QString &sql, const QVariantList &values) const;

    // postgresreports.cpp: a report's rows, each as its columns.
    Result<QList<QVariantList>> reportRows(const QString &sql, const QVariantList &values) const;
    Result<QList<reportrows::WindowEndCount>> windowEnds(const QString &sql, const Bounds &bounds) const;

    // postgressync.cpp: an outbox row's values after its id (syncsql::insertOutboxSql()); a
    // query selecting syncsql::outboxColumns() run and read; the sync's consistency rules.
    static void bindOutbox(QSqlQuery &query, const OutboxEntry &entry);
    Result<QList<OutboxEntry>> outboxOf(QSqlQuery &query) const;
    Outcome checkSync(QList<consistency::Problem> &problems, int maxProblems) const;

    // postgresteam.cpp
    void listen() const;
    // Success when the connected role owns the workbench's schema.
    Outcome requireOwner() const;
    void onNotification(bool fromOthers) const;

    std::unique_ptr<State> m_state;
    postgres::Location m_location;
    Options m_options;
    QString m_connection;
    QString m_role;
    int m_backendPid = 0;
    mutable bool m_holdsTeamLock = false;
};

} // namespace aftersales
