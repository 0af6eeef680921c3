#pragma once

#include "domain/claim.h"
#include "storage/consistency.h"
#include "storage/syncrecords.h"

#include <QString>

#include <optional>

class QSqlDatabase;
class QSqlQuery;

// What both SQL backends keep alike for the platform sync (PLATFORM.md): the claims' sync
// columns and their codes, the outbox's and the connection's rows, the SQL that takes queued
// actions for one sender, and the sync's rules of consistency. Each backend binds and runs the
// statements its own way; the text and the reading of the rows are one.
namespace aftersales::syncsql
{

// claims.sync_state: 0 synced (or local-only: platform_update_time is NULL), 1 actions waiting,
// 2 an action refused and not seen yet. The sync_failed filter's partial index repeats the
// literal 2.
int stateCode(SyncState state);
SyncState stateFrom(int code); // of a platform claim
inline constexpr int failedCode = 2;
// A claim's platform_update_time, sync_state and sync_message, columns `first` to `first + 2`.
ClaimSync claimSyncFrom(const QSqlQuery &q, int first);

// The outbox's columns, in the order outboxFromRow() reads them.
QString outboxColumns();
OutboxEntry outboxFromRow(const QSqlQuery &q);
// Every row the query selects (outboxColumns()); the query has run.
QList<OutboxEntry> outboxRows(QSqlQuery &q);
// An INSERT of one outbox row: its columns in outboxColumns()' order, the id first when
// `withId` (a copy) and left out otherwise (the backend gives it).
QString insertOutboxSql(bool withId);

// platform_connection's columns, in the order connectionFromRow() reads them.
QString connectionColumns();
PlatformConnection connectionFromRow(const QSqlQuery &q);

// Storage::takeOutbox in two statements. The first marks the rows taken (binds: the holder, the
// holder, now, the limit): every open row of the claims whose oldest open row is free, the
// claims chosen oldest first with `lock` after the choice (PostgreSQL's FOR UPDATE … SKIP
// LOCKED; SQLite's write lock needs none). The second reads what the holder holds (bind: the
// holder), oldest first.
QString takeOutboxSql(const QString &lock);
QString heldOutboxSql();

// The sync lease (Storage::takeLease), in one transaction: the row read (bind: the name), then,
// unless another holds it, the row written (binds: the name, the holder, until when).
QString leaseSql();
QString takeLeaseSql();
// The answer when the lease read (leaseSql(), on its row) is another's, alive and not
// `replacing`; nothing when `holder` may take it.
std::optional<LeaseAnswer> heldByAnother(const QSqlQuery &q, const QString &holder, const QDateTime &now,
                                         const QString &replacing);

// The consistency check's two queries over the sync, and what their rows say is wrong, appended
// to `problems` (at most `maxProblems` in all). The queries have run.
QString queuedForLocalSql();
QString syncStatesSql();
void appendQueuedForLocal(QSqlQuery &q, QList<consistency::Problem> &problems, int maxProblems);
void appendSyncStates(QSqlQuery &q, QList<consistency::Problem> &problems, int maxProblems);
// Both queries run on `db` and their problems appended: the query that failed, if one did.
std::optional<QSqlQuery> checkSync(const QSqlDatabase &db, QList<consistency::Problem> &problems,
                                   int maxProblems);

} // namespace aftersales::syncsql
