#pragma once

#include "domain/claim.h"
#include "domain/outcome.h"
#include "domain/rules.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <map>

class QSqlQuery;

namespace aftersales
{

// The SQLite database: schema, migrations, and every read and write of claims, orders
// and events. Errors end here as an Outcome; nothing above sees a driver message alone.
class Store
{
public:
    struct Options {
        bool readOnly = false;
        int busyTimeoutMs = 5000;
        // Tests only: PRAGMA max_page_count on this connection, to simulate a full disk.
        int maxPageCount = 0;
    };

    Store();
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    // Whether this program may write the file: the file and its folder are writable, and
    // somebody may write the file (chmod a-w is respected even by root).
    static bool isWritableFile(const QString &path);

    // Opens (creating when missing) and migrates the file.
    Outcome open(const QString &path, Options options);
    Outcome open(const QString &path) { return open(path, Options{}); }
    void close();
    bool isOpen() const;
    bool isReadOnly() const { return m_readOnly; }
    QString path() const { return m_path; }
    int schemaVersion() const;
    QSqlDatabase database() const;

    // Runs `body` in BEGIN IMMEDIATE … COMMIT; rolls back whole when it fails.
    Outcome transaction(const std::function<Outcome()> &body);

    Outcome insertOrder(const Order &order);
    Result<Order> order(const QString &orderId) const;
    Result<Claim> claim(qint64 id) const;
    Result<QList<Event>> events(qint64 claimId) const;
    Result<bool> hasOpenClaim(const QString &orderId) const;
    // Every claim on an order, newest first.
    Result<QList<Claim>> claimsForOrder(const QString &orderId) const;
    // The claim (other than `exceptId`) that already uses this tracking number.
    Result<std::optional<qint64>> trackingUsedBy(const QString &trackingNo, qint64 exceptId) const;
    // The newest event anywhere: the clock may not go behind it.
    Result<std::optional<QDateTime>> newestEventAt() const;
    // Changes whenever another connection commits (PRAGMA data_version): how the window
    // notices what another process wrote.
    Result<qint64> dataVersion() const;
    // Copying the write-ahead log back into the file, with its fsync: by default SQLite
    // does it on the connection that commits, once the log passes 1000 pages (0: never).
    // The window leaves it to a connection of its own, on another thread.
    Outcome setAutoCheckpoint(int pages);
    // As much of the log as no reader still needs, without waiting for anybody.
    Outcome checkpoint();
    // Open claims whose deadline is at or before `now`, soonest first.
    Result<QList<Claim>> dueClaims(const QDateTime &now, int limit) const;

    // Inside a transaction: a new claim with its events; returns its id.
    Result<qint64> insertClaim(const Decision &decision);
    // Inside a transaction: the claim as decided, if it is still at `expectedVersion`
    // (a conflict otherwise), with its events.
    Outcome updateClaim(const Decision &decision, qint64 expectedVersion);
    Outcome insertEvents(qint64 claimId, const QList<Event> &events);

    // Bulk loads: drop the secondary indexes of claims and events and the per-row
    // index-keeping triggers (returning their SQL), load, then rebuild them all in one go
    // (full-text index and counts included), ANALYZE and checkpoint.
    Result<QStringList> suspendIndexing();
    Outcome resumeIndexing(const QStringList &savedSql);

    // Turns a failed query into a storage outcome with a sentence for the user.
    static Outcome failure(const QSqlQuery &query);
    QSqlQuery prepare(const QString &sql) const;
    // A prepared write statement kept for reuse (bulk inserts parse it once). Only for
    // INSERT/UPDATE statements, which finish on exec and hold no read snapshot.
    QSqlQuery &preparedWrite(const QString &sql);

    static Claim claimFromRow(const QSqlQuery &query);
    static QString claimColumns();

private:
    // Runs a prepared query that selects claimColumns() and reads its claims.
    static Result<QList<Claim>> claimsOf(QSqlQuery &query);
    Outcome pragma(const QString &statement);
    // storeschema.cpp
    Outcome configure();
    Outcome migrate();
    // The journal mode, and the indexes and triggers a killed bulk load left out.
    Outcome settle();

    // A map: references to its statements stay valid while others are added.
    std::map<QString, QSqlQuery> m_writes;
    QString m_connection;
    QString m_path;
    bool m_readOnly = false;
};

} // namespace aftersales
