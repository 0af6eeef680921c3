#include "storage/claimstate.h"
#include "storage/postgres/postgresmilestones.h"
#include "storage/postgres/postgresstate.h"
#include "storage/postgres/postgresstorage.h"
#include "storage/postgres/postgresvalues.h"
#include "storage/syncsql.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

// Writing orders, claims and their events: a decision's change, and what the sweep and a
// copy write (written behind inside a transaction: postgreswritebehind.cpp).
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

Outcome PostgresStorage::insertOrder(const Order &order)
{
    if (bulkLoading()) {
        m_state->bulkOrders.append(order);
        return Outcome::success();
    }
    // ON CONFLICT: a known order is bad input, and the transaction goes on (a failed
    // statement would end it).
    QSqlQuery &q = statement(QStringLiteral(
        "INSERT INTO orders (order_id, category, amount_cents, carrier, tracking_no, shipped_at, received_at,"
        " buyer, product) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (order_id) DO NOTHING"));
    q.addBindValue(text(order.orderId));
    q.addBindValue(text(order.category));
    q.addBindValue(order.amountCents);
    q.addBindValue(textOrNull(order.carrier));
    q.addBindValue(textOrNull(order.trackingNo));
    q.addBindValue(timeValue(order.shippedAt));
    q.addBindValue(timeValue(order.receivedAt));
    q.addBindValue(text(order.buyer));
    q.addBindValue(text(order.product));
    if (!run(q))
        return failure(q);
    if (q.numRowsAffected() != 1)
        return Outcome::badInput(tr("Order %1 already exists.").arg(order.orderId));
    return Outcome::success();
}

Result<qint64> PostgresStorage::insertClaim(const Decision &d)
{
    const Claim &c = d.claim;
    if (bulkLoading()) {
        Claim stored = c;
        if (stored.id <= 0)
            stored.id = m_state->nextBulkId++;
        else if (stored.id < localIdLimit)
            m_state->nextBulkId = std::max(m_state->nextBulkId, stored.id + 1);
        stored.version = 1;
        m_state->bulkClaims.append(stored);
        for (Event e : d.events) {
            e.claimId = stored.id;
            m_state->bulkEvents.append(e);
        }
        return stored.id;
    }
    // An id the caller gives, or the next after the highest made here (as SQLite's rowid, below
    // the platform's ids): two agents applying at once may both pick it, and the one that commits
    // second tries again. The sync state is set apart from a decision (setClaimSync), but a claim
    // starts with the platform's.
    const bool automatic = c.id <= 0;
    // With its order's product title and what its events reach of its milestones (reports).
    static const QString columns = QStringLiteral("id, order_id, type, applied_at, ") +
                                   claimstate::columns().join(QLatin1String(", ")) +
                                   QStringLiteral(", version, product, first_action_at, first_actor,"
                                                  " first_action_delay, review_end, ship_start, ship_end,"
                                                  " platform_update_time, sync_state, sync_message");
    static const QString stateMarks =
        QStringList(claimstate::columns().size(), QStringLiteral("?")).join(QLatin1String(", "));
    QSqlQuery &q = statement(
        QStringLiteral("INSERT INTO claims (") + columns + QStringLiteral(") VALUES (") +
        (automatic ? QStringLiteral("(SELECT COALESCE(max(id), 0) + 1 FROM claims WHERE id < ?)")
                   : QStringLiteral("?")) +
        QStringLiteral(", ?, ?, ?, ") + stateMarks +
        QStringLiteral(
            ", 1, (SELECT o.product FROM orders o WHERE o.order_id = ?), ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "RETURNING id"));
    q.addBindValue(automatic ? localIdLimit : c.id);
    q.addBindValue(text(c.orderId));
    q.addBindValue(int(c.type));
    q.addBindValue(c.appliedAt.toSecsSinceEpoch());
    for (const QVariant &v : claimstate::values(c, &postgres::text))
        q.addBindValue(v);
    q.addBindValue(text(c.orderId));
    const milestones::Milestones m = storedMilestones(d.events, false);
    const QVariantList reached = milestoneValues(m);
    q.addBindValue(reached.at(0));
    q.addBindValue(reached.at(1));
    q.addBindValue(m.firstActionAt ? QVariant(c.appliedAt.secsTo(*m.firstActionAt))
                                   : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(reached.at(2));
    q.addBindValue(reached.at(3));
    q.addBindValue(reached.at(4));
    q.addBindValue(c.sync.platformUpdateTime ? QVariant(*c.sync.platformUpdateTime)
                                             : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(c.sync.onPlatform() ? syncsql::stateCode(c.sync.state) : 0);
    q.addBindValue(text(c.sync.message));
    if (!run(q)) {
        const bool taken = q.lastError().nativeErrorCode() == QLatin1String("23505");
        if (taken && automatic)
            m_state->retry = true;
        if (taken && !automatic)
            return Outcome::badInput(tr("A claim with id %1 already exists.").arg(c.id));
        return failure(q);
    }
    if (!q.next())
        return failure(q);
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    if (automatic && id >= localIdLimit)
        return Outcome::storage(tr("No claim id is left for claims made here."));
    if (Outcome o = addEvents(id, d.events, true); !o.ok())
        return o;
    return id;
}

Outcome PostgresStorage::updateClaim(const Decision &d, qint64 expectedVersion)
{
    const Claim &c = d.claim;
    if (writeBehind(c, expectedVersion))
        return addEvents(c.id, d.events, false);
    // With what its events reach of its milestones (reports), in the same statement.
    static const QString sets = [] {
        QStringList out;
        for (const QString &column : claimstate::columns())
            out << column + QStringLiteral(" = ?");
        return out.join(QLatin1String(", "));
    }();
    QSqlQuery &q = statement(QStringLiteral("UPDATE claims AS c SET ") + sets +
                             QStringLiteral(", version = c.version + 1, ") +
                             milestoneSets(QStringLiteral("m")) + QStringLiteral(" FROM (VALUES ") +
                             typedValues(1, milestoneTypes()) + QStringLiteral(") AS m (") +
                             milestoneColumns() + QStringLiteral(") WHERE c.id = ? AND c.version = ?"));
    for (const QVariant &v : claimstate::values(c, &postgres::text))
        q.addBindValue(v);
    for (const QVariant &v : milestoneValues(storedMilestones(d.events, false)))
        q.addBindValue(v);
    q.addBindValue(c.id);
    q.addBindValue(expectedVersion);
    if (!run(q))
        return failure(q);
    if (q.numRowsAffected() != 1)
        return Outcome::conflict(tr("Claim %1 was changed elsewhere in the meantime; nothing was written. "
                                    "Reload it and try again.")
                                     .arg(c.id));
    return addEvents(c.id, d.events, true);
}

Outcome PostgresStorage::insertEvents(qint64 claimId, const QList<Event> &events)
{
    // An automatic step of the sweep ends a review or a shipping window.
    return addEvents(claimId, events, false);
}

Outcome PostgresStorage::addEvents(qint64 claimId, const QList<Event> &events, bool milestonesWritten)
{
    if (events.isEmpty())
        return Outcome::success();
    if (bulkLoading()) {
        for (Event e : events) {
            e.claimId = claimId;
            m_state->bulkEvents.append(e);
        }
        return Outcome::success();
    }
    if (m_state->inTransaction) {
        // Only ever appended: they go out with the transaction's next statement, and what they
        // reach of the claim's milestones with its update written behind, if any.
        for (Event e : events) {
            e.claimId = claimId;
            m_state->pendingEvents.append(e);
            if (!milestonesWritten)
                m_state->pendingTrail.append(e);
        }
        return Outcome::success();
    }
    // One statement for all of a change's events; the server writes the operator of a
    // merchant's action itself (session_user).
    QString sql =
        QStringLiteral("INSERT INTO events (claim_id, at, actor, action, from_status, to_status, detail)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?)");
    for (qsizetype i = 1; i < events.size(); ++i)
        sql += QStringLiteral(", (?, ?, ?, ?, ?, ?, ?)");
    QSqlQuery &q = statement(sql);
    for (const Event &e : events) {
        q.addBindValue(claimId);
        q.addBindValue(e.at.toSecsSinceEpoch());
        q.addBindValue(text(e.actor));
        q.addBindValue(text(e.action));
        q.addBindValue(int(e.from));
        q.addBindValue(int(e.to));
        q.addBindValue(text(e.detail));
    }
    if (!run(q))
        return failure(q);
    if (milestonesWritten)
        return Outcome::success();
    return keepMilestones({{claimId, storedMilestones(events, false)}});
}

milestones::Milestones PostgresStorage::storedMilestones(const QList<Event> &events, bool copied) const
{
    QList<Event> stored = events;
    // As the server writes them: a merchant's action by the role logged in, unless copied.
    if (!copied)
        for (Event &e : stored)
            if (milestones::isOperator(e.actor))
                e.actor = m_role;
    return milestones::advance({}, stored);
}

Outcome PostgresStorage::keepMilestones(const QList<std::pair<qint64, milestones::Milestones>> &reached) const
{
    Columns columns(6);
    bool any = false;
    for (const auto &[id, m] : reached) {
        if (m.isEmpty())
            continue;
        any = true;
        columns[0].number(id);
        addMilestones(&columns[1], m);
    }
    if (!any)
        return Outcome::success();
    QSqlQuery &q = statement(
        QStringLiteral("UPDATE claims AS c SET ") + milestoneSets(QStringLiteral("u")) +
        QStringLiteral(" FROM ") + unnestOf(QStringList{QStringLiteral("bigint")} + milestoneTypes()) +
        QStringLiteral(" AS u (id, ") + milestoneColumns() + QStringLiteral(") WHERE c.id = u.id"));
    for (const BulkColumn &column : columns)
        q.addBindValue(column.literal());
    if (!run(q))
        return failure(q);
    return Outcome::success();
}

} // namespace aftersales
