#include "storage/postgres/postgresstorage.h"
#include "storage/sqlrows.h"
#include "storage/syncsql.h"

#include "storage/postgres/postgresstate.h"
#include "storage/postgres/postgresvalues.h"

#include <QCoreApplication>
#include <QSqlQuery>

// Reading claims, orders and events one at a time, and whether anything is due.
namespace aftersales
{
using namespace postgres;

namespace
{

// The context lupdate gives tr() calls in this namespace.
QString tr(const char *text)
{
    return QCoreApplication::translate("aftersales::PostgresStorage", text);
}

} // namespace

QString PostgresStorage::claimColumns()
{
    return QStringLiteral(
        "c.id, c.order_id, c.type, c.reason, c.status, c.note, c.applied_at, c.deadline, "
        "c.carrier, c.tracking_no, c.return_carrier, c.return_tracking_no, c.refund_cents, "
        "c.compensation_cents, c.reject_code, c.remark, c.flag, c.version, c.updated_at, "
        "o.category, o.amount_cents, o.carrier, o.tracking_no, o.shipped_at, o.received_at, "
        "o.buyer, o.product, c.assignee, c.platform_update_time, c.sync_state, c.sync_message");
}

Claim PostgresStorage::claimFromRow(const QSqlQuery &q)
{
    // The columns both backends share (sqlrows.h); then this backend's own.
    Claim c = sqlrows::claimFromColumns(q);
    c.assignee = q.value(27).toString();
    c.sync = syncsql::claimSyncFrom(q, 28);
    return c;
}

Event PostgresStorage::eventFromRow(const QSqlQuery &q)
{
    return sqlrows::eventFromRow(q);
}

Result<QList<Claim>> PostgresStorage::claimsOf(QSqlQuery &query) const
{
    if (!run(query))
        return failure(query);
    QList<Claim> out;
    while (query.next())
        out.append(claimFromRow(query));
    query.finish();
    return out;
}

Result<QList<Event>> PostgresStorage::eventsOf(QSqlQuery &query) const
{
    if (!run(query))
        return failure(query);
    QList<Event> out;
    while (query.next())
        out.append(eventFromRow(query));
    query.finish();
    return out;
}

Result<Order> PostgresStorage::order(const QString &orderId) const
{
    QSqlQuery &q =
        statement(QStringLiteral("SELECT order_id, category, amount_cents, carrier, tracking_no, shipped_at,"
                                 " received_at, buyer, product FROM orders WHERE order_id = ?"));
    q.addBindValue(text(orderId));
    if (!run(q))
        return failure(q);
    if (!q.next())
        return Outcome::badInput(tr("Unknown order %1.").arg(orderId));
    const Order o = sqlrows::orderFromRow(q);
    q.finish();
    return o;
}

Result<Claim> PostgresStorage::claim(qint64 id) const
{
    QSqlQuery &q =
        statement(QStringLiteral("SELECT ") + claimColumns() +
                  QStringLiteral(" FROM claims c JOIN orders o ON o.order_id = c.order_id WHERE c.id = ?"));
    q.addBindValue(id);
    Result<QList<Claim>> found = claimsOf(q);
    if (!found.ok())
        return found.outcome;
    if (found->isEmpty())
        return Outcome::badInput(tr("Unknown claim %1.").arg(id));
    return found->first();
}

Result<QList<Event>> PostgresStorage::events(qint64 claimId) const
{
    QSqlQuery &q =
        statement(QStringLiteral("SELECT id, claim_id, at, actor, action, from_status, to_status, detail"
                                 " FROM events WHERE claim_id = ? ORDER BY id"));
    q.addBindValue(claimId);
    return eventsOf(q);
}

Result<bool> PostgresStorage::hasOpenClaim(const QString &orderId) const
{
    QSqlQuery &q = statement(QStringLiteral("SELECT 1 FROM claims WHERE order_id = ? AND status NOT IN (") +
                             codes(finishedStatuses()) + QStringLiteral(") LIMIT 1"));
    q.addBindValue(text(orderId));
    if (!run(q))
        return failure(q);
    const bool open = q.next();
    q.finish();
    return open;
}

Result<QList<Claim>> PostgresStorage::claimsForOrder(const QString &orderId) const
{
    QSqlQuery &q = statement(QStringLiteral("SELECT ") + claimColumns() +
                             QStringLiteral(" FROM claims c JOIN orders o ON o.order_id = c.order_id"
                                            " WHERE c.order_id = ? ORDER BY c.id DESC"));
    q.addBindValue(text(orderId));
    return claimsOf(q);
}

Result<std::optional<qint64>> PostgresStorage::trackingUsedBy(const QString &trackingNo,
                                                              qint64 exceptId) const
{
    QSqlQuery &q =
        statement(QStringLiteral("SELECT id FROM claims WHERE tracking_no = ? AND id <> ? LIMIT 1"));
    q.addBindValue(text(trackingNo));
    q.addBindValue(exceptId);
    if (!run(q))
        return failure(q);
    std::optional<qint64> used;
    if (q.next())
        used = q.value(0).toLongLong();
    q.finish();
    return used;
}

Result<std::optional<QDateTime>> PostgresStorage::newestEventAt() const
{
    QSqlQuery &q = statement(QStringLiteral("SELECT max(at) FROM events"));
    if (!run(q) || !q.next())
        return failure(q);
    const std::optional<QDateTime> newest = timeFrom(q.value(0));
    q.finish();
    return newest;
}

Result<QList<Claim>> PostgresStorage::dueClaims(const QDateTime &from, const QDateTime &now, int limit) const
{
    State &s = *m_state;
    if (s.inTransaction) {
        if (!s.begun) {
            // Most sweeps find nothing: asked outside the transaction, they send no BEGIN and
            // take no lock at all.
            const Result<bool> due = anythingDue(from, now);
            if (!due.ok())
                return due.outcome;
            if (!*due)
                return QList<Claim>();
        }
        // The team's sweep turn: LOCK TABLE takes no snapshot, so when a sweep ahead of this
        // one commits, the rows read below are read after it.
        // A sweep reads and writes claims by due date and by id: no partial index to fit, so its
        // plans are made once and kept, rather than for the values of each batch (the session's
        // custom plans). That includes the plan each event's foreign key check runs: planned
        // for every event, it took most of a sweep's time on the server.
        // Both with the transaction's BEGIN, in one round trip.
        if (Outcome o = exec(QStringLiteral("LOCK TABLE sweep_turn IN EXCLUSIVE MODE;"
                                            " SET LOCAL plan_cache_mode = force_generic_plan"));
            !o.ok())
            return o;
    }
    // The platform's claims take their automatic steps on the platform; a pull brings them.
    // The limit is part of the statement (a sweep's batches come in a few sizes): the generic
    // plan made once for each size knows it (with a parameter it would plan for a tenth of the
    // table).
    QSqlQuery &q = statement(
        QStringLiteral("SELECT ") + claimColumns() +
        QStringLiteral(" FROM claims c JOIN orders o ON o.order_id = c.order_id"
                       " WHERE c.due >= ? AND c.due <= ? AND c.platform_update_time IS NULL"
                       " ORDER BY c.due, c.id LIMIT ") +
        QString::number(limit) + (s.inTransaction ? QStringLiteral(" FOR UPDATE OF c") : QString()));
    q.addBindValue(sqlrows::dueFrom(from));
    q.addBindValue(now.toSecsSinceEpoch());
    Result<QList<Claim>> due = claimsOf(q);
    if (due.ok() && s.inTransaction)
        for (const Claim &c : *due)
            s.locked.insert(c.id, c.version);
    return due;
}

Result<bool> PostgresStorage::anythingDue(const QDateTime &from, const QDateTime &now) const
{
    // Not a claim read with its order: a generic plan of dueClaims()'s LIMIT took 1.4 ms.
    QSqlQuery &any = statement(QStringLiteral(
        "SELECT EXISTS (SELECT 1 FROM claims WHERE due >= ? AND due <= ? AND platform_update_time IS NULL)"));
    any.addBindValue(sqlrows::dueFrom(from));
    any.addBindValue(now.toSecsSinceEpoch());
    // In a transaction that has not begun yet, asked without beginning it.
    if (!run(any, !m_state->begun) || !any.next())
        return failure(any);
    const bool due = any.value(0).toBool();
    any.finish();
    return due;
}

Result<qint64> PostgresStorage::dueCount(const QDateTime &now) const
{
    QSqlQuery &q = statement(
        QStringLiteral("SELECT count(*) FROM claims WHERE due <= ? AND platform_update_time IS NULL"));
    q.addBindValue(now.toSecsSinceEpoch());
    if (!run(q) || !q.next())
        return failure(q);
    const qint64 n = q.value(0).toLongLong();
    q.finish();
    return n;
}

Result<bool> PostgresStorage::isEmpty() const
{
    QSqlQuery &q = statement(
        QStringLiteral("SELECT NOT (EXISTS (SELECT 1 FROM orders) OR EXISTS (SELECT 1 FROM claims))"));
    if (!run(q) || !q.next())
        return failure(q);
    const bool empty = q.value(0).toBool();
    q.finish();
    return empty;
}

} // namespace aftersales
