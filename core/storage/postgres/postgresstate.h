#pragma once

#include "storage/postgres/postgresstorage.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <functional>
#include <map>
#include <memory>
#include <set>

// What a PostgresStorage keeps between calls: its prepared statements, where its
// transaction stands, the rows a bulk load collects, and its notification listener.
namespace aftersales
{

struct PostgresStorage::State {
    // Prepared once per connection, by their SQL. A map: references to its statements stay
    // valid while others are added; statements of a lost connection are retired, not freed,
    // so that a caller still holding one does not hold a dangling reference.
    std::map<QString, std::unique_ptr<QSqlQuery>> statements;
    std::vector<std::unique_ptr<QSqlQuery>> retired;
    // Retired statements whose prepare failed: running one fails with that error.
    std::set<const QSqlQuery *> unprepared;

    // Inside transaction(): whether BEGIN went out, and how the current try failed.
    bool inTransaction = false;
    bool begun = false;
    bool retry = false;   // a serialization failure or deadlock: another try may succeed
    bool aborted = false; // a statement failed: the server refuses the rest until ROLLBACK
    bool lost = false;    // the connection is gone (the server ends an open transaction)
    QSqlError failed;     // the first failure of the try

    // Written behind, before the transaction's next statement or its COMMIT: events (they
    // are only appended), and updates of claims this transaction locked (dueClaims), whose
    // version nobody else can change meanwhile. A sweep of thousands of claims goes out in a
    // few multi-row statements instead of two round trips per claim.
    struct PendingUpdate {
        Claim claim;
        qint64 expectedVersion = 0;
    };
    QList<PendingUpdate> pendingUpdates;
    QList<Event> pendingEvents;
    // Of the events, those whose milestones (reports) no statement has written yet: a sweep's
    // steps, and the events of changes written behind. They go out with the claims' updates.
    QList<Event> pendingTrail;
    QHash<qint64, qint64> locked; // claim id -> the version this transaction locked it at
    bool flushing = false;

    int schemaVersion = -1;
    int commits = 0; // since the counts were last compacted

    bool listening = false;
    qint64 notifications = 0;
    std::function<void()> listener;

    // A bulk load: the SQL of what beginBulkLoad() dropped, the next automatic claim id, and
    // the rows of the current transaction, written by COPY before it commits.
    bool bulk = false;
    QStringList suspended;
    qint64 nextBulkId = 1;
    qint64 nextBulkIdAtBegin = 1;
    QList<Order> bulkOrders;
    QList<Claim> bulkClaims;
    QList<Event> bulkEvents;
    // Rows of a copy keep their events' actors: the operator trigger is off while they go in.
    bool bulkCopied = false;
    // The owner's bulk load: its indexes and keys are suspended, and its batches go in with
    // the operator trigger off (the operator written by the batch itself).
    bool bulkAsOwner = false;
};

} // namespace aftersales
