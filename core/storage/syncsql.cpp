#include "storage/syncsql.h"

#include "storage/sqlrows.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace aftersales::syncsql
{
namespace
{

// The context lupdate gives tr() calls in this namespace.
QString tr(const char *text)
{
    return QCoreApplication::translate("aftersales::syncsql", text);
}

} // namespace

int stateCode(SyncState state)
{
    switch (state) {
    case SyncState::Pending:
        return 1;
    case SyncState::Failed:
        return failedCode;
    case SyncState::Local:
    case SyncState::Synced:
        break;
    }
    return 0;
}

SyncState stateFrom(int code)
{
    return code == 1 ? SyncState::Pending : code == failedCode ? SyncState::Failed : SyncState::Synced;
}

ClaimSync claimSyncFrom(const QSqlQuery &q, int first)
{
    ClaimSync sync;
    if (q.value(first).isNull())
        return sync;
    sync.platformUpdateTime = q.value(first).toLongLong();
    sync.state = stateFrom(q.value(first + 1).toInt());
    sync.message = q.value(first + 2).toString();
    return sync;
}

QString outboxColumns()
{
    return QStringLiteral("id, claim_id, action, method, operate_type, reject_code, remark, company_code,"
                          " tracking_no, from_status, to_status, base_update_time, created_at, state,"
                          " attempts, last_error, updated_at, needs_readback, seen_at");
}

OutboxEntry outboxFromRow(const QSqlQuery &q)
{
    OutboxEntry e;
    e.id = q.value(0).toLongLong();
    e.claimId = q.value(1).toLongLong();
    e.action = q.value(2).toString();
    e.method = q.value(3).toInt() == 2 ? OutboxEntry::Method::FillLogistics : OutboxEntry::Method::Operate;
    e.operateType = q.value(4).toInt();
    if (!q.value(5).isNull())
        e.rejectCode = static_cast<RejectCode>(q.value(5).toInt());
    e.remark = q.value(6).toString();
    e.companyCode = q.value(7).toString();
    e.trackingNo = q.value(8).toString();
    e.fromStatus = static_cast<ClaimStatus>(q.value(9).toInt());
    e.toStatus = static_cast<ClaimStatus>(q.value(10).toInt());
    e.baseUpdateTime = q.value(11).toLongLong();
    e.createdAt = sqlrows::timeAt(q.value(12));
    e.state = static_cast<OutboxState>(q.value(13).toInt());
    e.attempts = q.value(14).toInt();
    e.lastError = q.value(15).toString();
    e.updatedAt = sqlrows::timeAt(q.value(16));
    // An integer on SQLite, a boolean on PostgreSQL.
    e.needsReadback = q.value(17).toBool();
    e.seenAt = sqlrows::timeFrom(q.value(18));
    return e;
}

QList<OutboxEntry> outboxRows(QSqlQuery &q)
{
    QList<OutboxEntry> out;
    while (q.next())
        out.append(outboxFromRow(q));
    q.finish();
    return out;
}

QString insertOutboxSql(bool withId)
{
    QString columns = outboxColumns();
    if (!withId)
        columns.remove(0, columns.indexOf(QLatin1Char(',')) + 2);
    const QStringList marks(columns.count(QLatin1Char(',')) + 1, QStringLiteral("?"));
    return QStringLiteral("INSERT INTO outbox (") + columns + QStringLiteral(") VALUES (") +
           marks.join(QLatin1String(", ")) + QLatin1Char(')');
}

QString connectionColumns()
{
    return QStringLiteral("app_key, shop_id, base_url, shop_name, connected_at, last_pull_at, last_round_at");
}

PlatformConnection connectionFromRow(const QSqlQuery &q)
{
    PlatformConnection c;
    c.appKey = q.value(0).toString();
    c.shopId = q.value(1).toString();
    c.baseUrl = q.value(2).toString();
    c.shopName = q.value(3).toString();
    c.connectedAt = sqlrows::timeAt(q.value(4));
    c.lastPullAt = sqlrows::timeFrom(q.value(5));
    c.lastRoundAt = sqlrows::timeFrom(q.value(6));
    return c;
}

QString takeOutboxSql(const QString &lock)
{
    // A claim's rows go together, from its oldest open one: a claim is never split between two
    // senders, so its actions leave in order. A row is free when nobody took it, its holder asks
    // again, or its holder holds no lease any more (it ended its round, or died and its time ran
    // out): what that holder left sending is read back by the next, never sent blindly.
    return QStringLiteral("UPDATE outbox SET sender = ? WHERE state IN (0, 1) AND claim_id IN ("
                          "SELECT o.claim_id FROM outbox o WHERE o.state IN (0, 1)"
                          " AND NOT EXISTS (SELECT 1 FROM outbox p WHERE p.claim_id = o.claim_id"
                          " AND p.state IN (0, 1) AND p.id < o.id)"
                          " AND (o.sender IS NULL OR o.sender = ? OR NOT EXISTS (SELECT 1 FROM sync_lease l"
                          " WHERE l.holder = o.sender AND l.expires_at > ?))"
                          " ORDER BY o.id LIMIT ?") +
           lock + QLatin1Char(')');
}

QString heldOutboxSql()
{
    return QStringLiteral("SELECT ") + outboxColumns() +
           QStringLiteral(" FROM outbox WHERE sender = ? AND state IN (0, 1) ORDER BY id");
}

QString queuedForLocalSql()
{
    return QStringLiteral("SELECT DISTINCT o.claim_id FROM outbox o JOIN claims c ON c.id = o.claim_id"
                          " WHERE c.platform_update_time IS NULL ORDER BY o.claim_id");
}

QString syncStatesSql()
{
    return QStringLiteral(
        "SELECT c.id, c.sync_state, c.platform_update_time IS NULL,"
        " EXISTS (SELECT 1 FROM outbox o WHERE o.claim_id = c.id AND o.state = 3 AND o.seen_at IS NULL),"
        " EXISTS (SELECT 1 FROM outbox o WHERE o.claim_id = c.id AND o.state IN (0, 1))"
        " FROM claims c WHERE c.sync_state <> 0 OR c.id IN (SELECT claim_id FROM outbox"
        " WHERE state IN (0, 1) OR (state = 3 AND seen_at IS NULL)) ORDER BY c.id");
}

void appendQueuedForLocal(QSqlQuery &q, QList<consistency::Problem> &problems, int maxProblems)
{
    while (q.next() && problems.size() < maxProblems)
        problems.append({q.value(0).toLongLong(),
                         tr("actions are queued for the platform, but the claim is not on the platform")});
    q.finish();
}

void appendSyncStates(QSqlQuery &q, QList<consistency::Problem> &problems, int maxProblems)
{
    // Each claim's sync state against its outbox rows: failed exactly while a refusal is
    // unseen, pending while actions wait, and never both.
    while (q.next() && problems.size() < maxProblems) {
        const qint64 id = q.value(0).toLongLong();
        const int state = q.value(1).toInt();
        const bool localOnly = q.value(2).toBool();
        const bool unseen = q.value(3).toBool();
        const bool open = q.value(4).toBool();
        if (localOnly && state != 0) {
            problems.append({id, tr("a claim that is not on the platform is marked as syncing")});
            continue;
        }
        if (unseen && open)
            problems.append({id, tr("actions wait to be sent behind a refused one")});
        const int expected = unseen ? failedCode : open ? 1 : 0;
        if (state != expected)
            problems.append({id, tr("the sync state (%1) does not match the queued actions (%2 expected)")
                                     .arg(state)
                                     .arg(expected)});
    }
    q.finish();
}

QString leaseSql()
{
    return QStringLiteral("SELECT holder, expires_at FROM sync_lease WHERE name = ?");
}

QString takeLeaseSql()
{
    return QStringLiteral("INSERT INTO sync_lease (name, holder, expires_at) VALUES (?, ?, ?)"
                          " ON CONFLICT (name) DO UPDATE SET holder = excluded.holder,"
                          " expires_at = excluded.expires_at");
}

std::optional<LeaseAnswer> heldByAnother(const QSqlQuery &q, const QString &holder, const QDateTime &now,
                                         const QString &replacing)
{
    const QString held = q.value(0).toString();
    const QDateTime expires = sqlrows::timeAt(q.value(1));
    if (held == holder || expires <= now || (!replacing.isEmpty() && held == replacing))
        return std::nullopt;
    return LeaseAnswer{false, held, expires};
}

std::optional<QSqlQuery> checkSync(const QSqlDatabase &db, QList<consistency::Problem> &problems,
                                   int maxProblems)
{
    QSqlQuery local(db);
    local.setForwardOnly(true);
    if (!local.exec(queuedForLocalSql()))
        return local;
    appendQueuedForLocal(local, problems, maxProblems);
    QSqlQuery states(db);
    states.setForwardOnly(true);
    if (!states.exec(syncStatesSql()))
        return states;
    appendSyncStates(states, problems, maxProblems);
    return std::nullopt;
}

} // namespace aftersales::syncsql
