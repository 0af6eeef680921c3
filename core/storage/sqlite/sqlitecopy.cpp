#include "storage/sqlite/nativestatement.h"
#include "storage/sqlite/sqlitestorage.h"
#include "storage/sqlite/sqlitevalues.h"
#include "storage/sqlrows.h"
#include "storage/syncsql.h"

#include <QSqlQuery>

// The SQLite backend's side of copying a whole database (`copy --to`): everything read in
// key order a batch at a time, and rows written as another database holds them (the queued
// platform actions too).
namespace aftersales
{
using namespace sqlite; // the stored forms of values

Result<QList<Order>> SqliteStorage::ordersAfter(const QString &afterId, int limit) const
{
    QSqlQuery q = prepare(QStringLiteral("SELECT order_id, category, amount_cents, carrier, tracking_no, "
                                         "shipped_at, received_at, buyer, product FROM orders"
                                         " WHERE order_id > ? ORDER BY order_id LIMIT ?"));
    q.addBindValue(text(afterId));
    q.addBindValue(limit);
    if (!q.exec())
        return failure(q);
    QList<Order> out;
    while (q.next())
        out.append(sqlrows::orderFromRow(q));
    return out;
}

Result<QList<Claim>> SqliteStorage::claimsAfter(qint64 afterId, int limit) const
{
    QSqlQuery q = prepare(QStringLiteral("SELECT ") + claimColumns() +
                          QStringLiteral(" FROM claims c JOIN orders o ON o.order_id = c.order_id"
                                         " WHERE c.id > ? ORDER BY c.id LIMIT ?"));
    q.addBindValue(afterId);
    q.addBindValue(limit);
    return claimsOf(q);
}

Result<QList<Event>> SqliteStorage::eventsOfClaims(qint64 firstId, qint64 lastId) const
{
    QSqlQuery q =
        prepare(QStringLiteral("SELECT id, claim_id, at, actor, action, from_status, to_status, detail"
                               " FROM events WHERE claim_id BETWEEN ? AND ? ORDER BY claim_id, id"));
    q.addBindValue(firstId);
    q.addBindValue(lastId);
    if (!q.exec())
        return failure(q);
    QList<Event> out;
    while (q.next())
        out.append(eventFromRow(q));
    return out;
}

Outcome SqliteStorage::insertCopied(const QList<Order> &orders, const QList<Claim> &claims,
                                    const QList<Event> &events)
{
    m_nextLocalId.reset(); // the claims below bring their own ids
    for (const Order &order : orders)
        if (Outcome o = insertOrder(order); !o.ok())
            return o;
    for (const Claim &c : claims) {
        sqlite::NativeStatement &q = nativeWrite(QStringLiteral(
            "INSERT INTO claims (id, order_id, type, reason, status, note, applied_at, deadline, carrier,"
            " tracking_no, return_carrier, return_tracking_no, refund_cents, compensation_cents, reject_code,"
            " remark, flag, version, updated_at, assignee, platform_update_time, sync_state, sync_message,"
            " product_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            " (SELECT t.id FROM orders o JOIN product_titles t ON t.title = o.product WHERE o.order_id = "
            "?))"));
        q.addBindValue(c.id);
        q.addBindValue(text(c.orderId));
        q.addBindValue(int(c.type));
        q.addBindValue(int(c.reason));
        q.addBindValue(int(c.status));
        q.addBindValue(text(c.note));
        q.addBindValue(c.appliedAt.toSecsSinceEpoch());
        q.addBindValue(timeValue(c.deadline));
        q.addBindValue(textOrNull(c.carrier));
        q.addBindValue(textOrNull(c.trackingNo));
        q.addBindValue(textOrNull(c.returnCarrier));
        q.addBindValue(textOrNull(c.returnTrackingNo));
        q.addBindValue(c.refundCents);
        q.addBindValue(c.compensationCents);
        q.addBindValue(c.rejectCode ? QVariant(int(*c.rejectCode)) : QVariant(QMetaType::fromType<int>()));
        q.addBindValue(text(c.remark));
        q.addBindValue(c.flag);
        q.addBindValue(c.version);
        q.addBindValue(c.updatedAt.toSecsSinceEpoch());
        q.addBindValue(textOrNull(c.assignee));
        q.addBindValue(c.sync.platformUpdateTime ? QVariant(*c.sync.platformUpdateTime)
                                                 : QVariant(QMetaType::fromType<qint64>()));
        q.addBindValue(c.sync.onPlatform() ? syncsql::stateCode(c.sync.state) : 0);
        q.addBindValue(text(c.sync.message));
        q.addBindValue(text(c.orderId));
        if (!q.exec())
            return failure(q);
    }
    for (const Event &e : events) {
        sqlite::NativeStatement &q = nativeWrite(QStringLiteral(
            "INSERT INTO events (id, claim_id, at, actor, action, from_status, to_status, detail)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(e.id);
        bindEvent(q, e, e.claimId);
        if (!q.exec())
            return failure(q);
    }
    // What reports read of each claim's trail (milestones.h), from its events as copied
    // (they come in claim order).
    for (qsizetype i = 0; i < events.size();) {
        qsizetype end = i;
        while (end < events.size() && events.at(end).claimId == events.at(i).claimId)
            ++end;
        if (Outcome o = keepMilestones(events.at(i).claimId, events.mid(i, end - i)); !o.ok())
            return o;
        i = end;
    }
    return Outcome::success();
}

Result<QList<OutboxEntry>> SqliteStorage::outboxAfter(qint64 afterId, int limit) const
{
    QSqlQuery q = prepare(QStringLiteral("SELECT ") + syncsql::outboxColumns() +
                          QStringLiteral(" FROM outbox WHERE id > ? ORDER BY id LIMIT ?"));
    q.addBindValue(afterId);
    q.addBindValue(limit);
    return outboxOf(q);
}

Outcome SqliteStorage::insertCopiedOutbox(const QList<OutboxEntry> &rows)
{
    for (const OutboxEntry &e : rows) {
        QSqlQuery &q = preparedWrite(syncsql::insertOutboxSql(true));
        q.addBindValue(e.id);
        bindOutbox(q, e);
        if (!q.exec())
            return failure(q);
    }
    return Outcome::success();
}

} // namespace aftersales
