#pragma once

#include "storage/storage.h"

#include <QString>
#include <QStringList>

#include <memory>

class QSqlDatabase;
class QSqlQuery;

namespace aftersales
{

class BulkLoadLock;
namespace sqlite
{
class NativeStatement;
}

// The embedded backend: one SQLite file in WAL mode. Everything SQLite-specific lives in
// this folder: the schema and its numbered migrations (PRAGMA user_version), the pragmas,
// the list queries with their partial-index literals, planner hints and two-arm keyset
// seeks, trigram (FTS5) search over buyers and product titles, trigger-kept counts, bulk
// loads that suspend the indexes, VACUUM INTO backups, integrity checks, data_version and
// WAL checkpoints.
class SqliteStorage final : public Storage
{
public:
    struct Options {
        bool readOnly = false;
        int busyTimeoutMs = 5000;
        // Tests only: PRAGMA max_page_count on this connection, to simulate a full disk.
        int maxPageCount = 0;
        // Fuzzing only: no fsync at all (PRAGMA synchronous=OFF).
        bool unsafeFast = false;
        // The process keeps the file open (StorageOptions::longLived): an 8 MB page cache,
        // where SQLite's default is 2 MB.
        bool longLived = false;
    };

    SqliteStorage();
    ~SqliteStorage() override;

    // Whether this program may write the file: the file and its folder are writable, and
    // somebody may write the file (chmod a-w is respected even by root).
    static bool isWritableFile(const QString &path);

    // Opens (creating it and its folder when missing) and migrates the file; a file that
    // holds anything is backed up before an upgrade.
    Outcome open(const QString &path, const Options &options);
    Outcome open(const QString &path) { return open(path, Options{}); }
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }

    Capabilities capabilities() const override;
    QString location() const override { return m_path; }
    bool isReadOnly() const override { return m_readOnly; }
    int schemaVersion() const override;

    Outcome transaction(const std::function<Outcome()> &body) override;

    Result<Order> order(const QString &orderId) const override;
    Result<Claim> claim(qint64 id) const override;
    Result<QList<Event>> events(qint64 claimId) const override;
    Result<bool> hasOpenClaim(const QString &orderId) const override;
    Result<QList<Claim>> claimsForOrder(const QString &orderId) const override;
    Result<std::optional<qint64>> trackingUsedBy(const QString &trackingNo, qint64 exceptId) const override;
    Result<std::optional<QDateTime>> newestEventAt() const override;
    Result<QList<Claim>> dueClaims(const QDateTime &from, const QDateTime &now, int limit) const override;
    Result<qint64> dueCount(const QDateTime &now) const override;
    Result<bool> isEmpty() const override;

    Result<Page> page(const ClaimQuery &query, const std::optional<PageKey> &after, int limit) const override;
    Result<qint64> count(const ClaimQuery &query) const override;
    Result<std::optional<PageKey>> keyAfter(const ClaimQuery &query, const std::optional<PageKey> &after,
                                            qint64 skip) const override;
    Result<QList<ClaimGroup>> groups(const ClaimQuery &query) const override;

    // sqlitereports.cpp
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

    Outcome insertOrder(const Order &order) override;
    Result<qint64> insertClaim(const Decision &decision) override;
    Outcome updateClaim(const Decision &decision, qint64 expectedVersion) override;
    Outcome insertEvents(qint64 claimId, const QList<Event> &events) override;
    Outcome writeSweep(const QList<SweptClaim> &claims, const QList<Event> &trail) override;

    // sqlitesync.cpp: the platform sync's tables (outbox, platform_connection, sync_lease)
    // and the claims' sync columns.
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
    Result<QList<OutboxEntry>> takeOutbox(const QString &holder, const QDateTime &now, int limit) override;

    // Drops the secondary indexes of claims, events and orders and the per-row index-keeping
    // triggers, remembering their SQL; the end rebuilds them all in one go (full-text index
    // and counts included), ANALYZEs and checkpoints.
    // A lock file beside the database (bulkloadlock.h) tells the other connections meanwhile.
    Outcome beginBulkLoad() override;
    Outcome endBulkLoad() override;
    bool isBulkLoading() const override;

    // sqlitecopy.cpp: a whole database read in key order, and written as it was.
    Result<QList<Order>> ordersAfter(const QString &afterId, int limit) const override;
    Result<QList<Claim>> claimsAfter(qint64 afterId, int limit) const override;
    Result<QList<Event>> eventsOfClaims(qint64 firstId, qint64 lastId) const override;
    Outcome insertCopied(const QList<Order> &orders, const QList<Claim> &claims,
                         const QList<Event> &events) override;
    Result<QList<OutboxEntry>> outboxAfter(qint64 afterId, int limit) const override;
    Outcome insertCopiedOutbox(const QList<OutboxEntry> &rows) override;

    // VACUUM INTO.
    Outcome backupTo(const QString &file) const override;
    // PRAGMA integrity_check and foreign_key_check, then the audit trails in one pass.
    Result<QList<consistency::Problem>> checkConsistency(int maxProblems) const override;
    // PRAGMA wal_autocheckpoint (SQLite's default of 1000 pages, or 0) and
    // wal_checkpoint(PASSIVE).
    Outcome setCheckpointOnCommit(bool on) const override;
    Outcome checkpoint() const override;
    // PRAGMA data_version.
    Result<qint64> changeMark() const override;

    // PRAGMA `name` on this connection ("synchronous", "journal_mode=WAL"): its first value.
    Result<QVariant> pragma(const QString &name) const;
    // The SQL a page query runs. `dense`: the search matches many claims, so it is probed
    // while the list's index is walked.
    static QString pageSql(const ClaimQuery &query, bool keyset, bool dense = false);
    // SQLite's plan for the page, count and key-after queries, one line per step (EXPLAIN
    // QUERY PLAN): what tests/core/tst_queryplan checks for full scans.
    Result<QStringList> explainPage(const ClaimQuery &query, bool keyset) const;
    Result<QStringList> explainCount(const ClaimQuery &query) const;
    Result<QStringList> explainKeyAfter(const ClaimQuery &query) const;
    // Whether the query's search term matches many claims (2,000 or more).
    Result<bool> isDense(const ClaimQuery &query) const;

private:
    QSqlDatabase db() const;
    QSqlQuery prepare(const QString &sql) const;
    // A prepared write statement kept for reuse (bulk inserts parse it once). Only for
    // INSERT/UPDATE statements, which finish on exec and hold no read snapshot, and reads
    // inside a write that finish() at once.
    QSqlQuery &preparedWrite(const QString &sql);
    // A read statement kept for reuse, for reads made one row at a time in a loop; the
    // caller finish()es it once read, so that it holds no read snapshot.
    QSqlQuery &preparedRead(const QString &sql) const;
    // A write statement bound through SQLite's own interface (nativestatement.h), kept for
    // reuse: for the writes that bind many values (claims, orders, events).
    sqlite::NativeStatement &nativeWrite(const QString &sql);
    // A failed query as a storage outcome with a sentence for the user.
    static Outcome failure(const QSqlQuery &query);
    static Outcome failure(const sqlite::NativeStatement &statement);
    // The same from SQLite's (extended) result code, its message and the whole error's text.
    static Outcome failure(int nativeCode, const QString &detail, const QString &text);
    static QString claimColumns();
    static Claim claimFromRow(const QSqlQuery &query);
    static Event eventFromRow(const QSqlQuery &query);
    // Runs a prepared query that selects claimColumns() and reads its claims.
    static Result<QList<Claim>> claimsOf(QSqlQuery &query);
    Outcome exec(const QString &statement) const;
    // sqlitewrites.cpp
    // The event rows alone, of `claimId` (0: each event's own); insertEvents() also keeps the
    // claim's milestones, which insertClaim(), updateClaim() and writeSweep() write with the
    // claim itself.
    Outcome insertEventRows(qint64 claimId, const QList<Event> &events);
    // The claim's row with `sets` ("column = ?", their `values` in order), if it is still at
    // `expectedVersion`; its version goes up by one.
    Outcome updateClaimRow(qint64 id, qint64 expectedVersion, QStringList sets, const QVariantList &values);
    // What `events` reach of the claim's milestones (milestones.h), kept on it, each only the
    // first time.
    Outcome keepMilestones(qint64 claimId, const QList<Event> &events);

    // sqliteschema.cpp
    Outcome configure();
    Outcome migrate();
    // The journal mode, and the indexes and triggers a killed bulk load left out.
    Outcome settle();
    QStringList missingSchema(Outcome &outcome) const;
    Result<QStringList> suspendIndexing();
    Outcome resumeIndexing(const QStringList &savedSql);

    // sqlitesync.cpp: runs a prepared query that selects syncsql::outboxColumns().
    static Result<QList<OutboxEntry>> outboxOf(QSqlQuery &query);
    // An outbox row's values after its id, as syncsql::insertOutboxSql() takes them.
    static void bindOutbox(QSqlQuery &query, const OutboxEntry &entry);
    // The sync's own rules of consistency (sync states against the outbox), appended.
    Outcome checkSync(QList<consistency::Problem> &problems, int maxProblems) const;
    // sqlitereports.cpp: claims counted per bucket b and way a window ended e.k, where
    // `range` says which (its claims c in b's range, ending e.k), read from `claims` (the
    // table as c, with the index named).
    Result<QList<reportrows::WindowEndCount>> windowEnds(const QString &claims, const QString &range,
                                                         const Bounds &bounds) const;

    // sqlitelists.cpp
    // A count's SQL and, for a short term, the buyers' index terms it matches (bound as
    // :searchBuyers).
    struct CountSql {
        QString sql;
        QString buyersMatch;
    };
    Result<CountSql> countSql(const ClaimQuery &query) const;
    // For a search of one or two characters: an FTS5 query of the buyers' index terms that
    // begin with it (empty when none), or nullopt where that cannot stand for a LIKE (a
    // letter with case beyond ASCII, too many terms).
    Result<std::optional<QString>> shortTermBuyers(const QString &term) const;
    Result<QStringList> explain(const QString &sql, const ClaimQuery &query,
                                const QString &buyersMatch = {}) const;

    // The prepared write statements, by their SQL.
    struct Statements;
    std::unique_ptr<Statements> m_writes;
    QString m_connection;
    QString m_path;
    bool m_readOnly = false;
    // In a transaction(), the id the next claim made here takes once it has been asked for:
    // nothing else writes meanwhile (a bulk load asked for every claim, 5 % of its time).
    std::optional<qint64> m_nextLocalId;
    bool m_inTransaction = false;
    // What beginBulkLoad() dropped, for endBulkLoad() to build again.
    QStringList m_suspended;
    std::unique_ptr<BulkLoadLock> m_bulkLock;
};

} // namespace aftersales
