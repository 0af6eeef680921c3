#include "logcategories.h"
#include "storage/postgres/postgresstate.h"
#include "storage/postgres/postgresstorage.h"
#include "storage/postgres/postgresvalues.h"

#include <QElapsedTimer>

// The PostgreSQL backend's bulk loads (demo, copy --to): the rows of each transaction go in
// as multi-row INSERTs just before it commits, while the secondary indexes and the counting
// triggers are suspended; they are built once at the end.
namespace aftersales
{
using namespace postgres;

namespace
{

// Rows per INSERT: well under PostgreSQL's 65,535 parameters of one statement.
constexpr int rowsPerInsert = 1000;

QString valuesList(int rows, int columns)
{
    QString one = QStringLiteral("(");
    for (int c = 0; c < columns; ++c)
        one += c ? QStringLiteral(", ?") : QStringLiteral("?");
    one += QLatin1Char(')');
    QString all;
    all.reserve(rows * (one.size() + 2));
    for (int r = 0; r < rows; ++r) {
        if (r)
            all += QStringLiteral(", ");
        all += one;
    }
    return all;
}

} // namespace

bool PostgresStorage::bulkLoading() const
{
    return m_state->bulk;
}

void PostgresStorage::discardBulk()
{
    State &s = *m_state;
    s.bulkOrders.clear();
    s.bulkClaims.clear();
    s.bulkEvents.clear();
    s.bulkCopied = false;
    s.nextBulkId = s.nextBulkIdAtBegin;
}

Outcome PostgresStorage::beginBulkLoad()
{
    State &s = *m_state;
    QStringList saved;
    const Outcome dropped = transaction([&]() -> Outcome {
        saved.clear();
        QSqlQuery &q = statement(QStringLiteral(
            "SELECT 'INDEX', c.relname, pg_get_indexdef(i.indexrelid), '' FROM pg_index i"
            " JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_class t ON t.oid = i.indrelid"
            " JOIN pg_namespace n ON n.oid = t.relnamespace WHERE n.nspname = 'aftersales'"
            " AND t.relname IN ('claims', 'events', 'orders', 'product_titles') AND NOT i.indisprimary"
            " UNION ALL SELECT 'TRIGGER', tg.tgname, pg_get_triggerdef(tg.oid), ' ON ' || t.relname FROM "
            "pg_trigger tg"
            " JOIN pg_class t ON t.oid = tg.tgrelid JOIN pg_namespace n ON n.oid = t.relnamespace"
            " WHERE n.nspname = 'aftersales' AND tg.tgname IN ('claims_count_insert', "
            "'orders_product_titles')"));
        if (!run(q))
            return failure(q);
        QStringList drops;
        while (q.next()) {
            drops << QStringLiteral("DROP %1 %2%3")
                         .arg(q.value(0).toString(), q.value(1).toString(), q.value(3).toString());
            saved << q.value(2).toString();
        }
        q.finish();
        for (const QString &drop : drops)
            if (Outcome o = exec(drop); !o.ok())
                return o;
        return Outcome::success();
    });
    // Another role than the owner cannot drop indexes: its load still goes in many rows at a time.
    if (!dropped.ok())
        qCInfo(lcDb) << "bulk load with the indexes kept:" << dropped.message;
    else
        s.suspended += saved;
    QSqlQuery &next = statement(QStringLiteral("SELECT COALESCE(max(id), 0) + 1 FROM claims"));
    if (!run(next, true) || !next.next())
        return failure(next);
    s.nextBulkId = s.nextBulkIdAtBegin = next.value(0).toLongLong();
    next.finish();
    s.bulk = true;
    return Outcome::success();
}

Outcome PostgresStorage::endBulkLoad()
{
    State &s = *m_state;
    s.bulk = false;
    const QStringList saved = std::exchange(s.suspended, {});
    const Outcome rebuilt = transaction([&]() -> Outcome {
        if (Outcome o = exec(QStringLiteral("SET LOCAL maintenance_work_mem = '256MB'")); !o.ok())
            return o;
        for (QString sql : saved) {
            // Another process opening the database meanwhile may have put them back already.
            sql.replace(QStringLiteral("CREATE INDEX "), QStringLiteral("CREATE INDEX IF NOT EXISTS "));
            sql.replace(QStringLiteral("CREATE TRIGGER "), QStringLiteral("CREATE OR REPLACE TRIGGER "));
            QElapsedTimer timer;
            timer.start();
            if (Outcome o = exec(sql); !o.ok())
                return o;
            qCDebug(lcDb) << "rebuilt in" << timer.elapsed() << "ms:" << sql.left(80);
        }
        return rebuildDerived();
    });
    if (!rebuilt.ok())
        return rebuilt;
    // Statistics for the planner, and the visibility map that lets counts read indexes only.
    if (Outcome o = exec(QStringLiteral("VACUUM (ANALYZE) claims, orders, events, product_titles"), true);
        !o.ok())
        qCInfo(lcDb) << "no VACUUM ANALYZE after the bulk load:" << o.message;
    return Outcome::success();
}

Outcome PostgresStorage::insertCopied(const QList<Order> &orders, const QList<Claim> &claims,
                                      const QList<Event> &events)
{
    State &s = *m_state;
    s.bulkOrders += orders;
    s.bulkClaims += claims;
    s.bulkEvents += events;
    s.bulkCopied = true;
    for (const Claim &c : claims)
        s.nextBulkId = std::max(s.nextBulkId, c.id + 1);
    // A large copy is one transaction: its rows go out as they come, not all at its end.
    if (s.inTransaction &&
        s.bulkOrders.size() + s.bulkClaims.size() + s.bulkEvents.size() >= 20 * rowsPerInsert)
        return flushBulk();
    return Outcome::success();
}

Outcome PostgresStorage::flushBulk()
{
    State &s = *m_state;
    if (s.bulkOrders.isEmpty() && s.bulkClaims.isEmpty() && s.bulkEvents.isEmpty())
        return Outcome::success();
    for (qsizetype at = 0; at < s.bulkOrders.size(); at += rowsPerInsert) {
        const int n = int(std::min<qsizetype>(rowsPerInsert, s.bulkOrders.size() - at));
        QSqlQuery &q =
            statement(QStringLiteral("INSERT INTO orders (order_id, category, amount_cents, carrier,"
                                     " tracking_no, shipped_at, received_at, buyer, product) VALUES ") +
                      valuesList(n, 9));
        for (int i = 0; i < n; ++i) {
            const Order &o = s.bulkOrders.at(at + i);
            q.addBindValue(text(o.orderId));
            q.addBindValue(text(o.category));
            q.addBindValue(o.amountCents);
            q.addBindValue(textOrNull(o.carrier));
            q.addBindValue(textOrNull(o.trackingNo));
            q.addBindValue(timeValue(o.shippedAt));
            q.addBindValue(timeValue(o.receivedAt));
            q.addBindValue(text(o.buyer));
            q.addBindValue(text(o.product));
        }
        if (!run(q))
            return failure(q);
    }
    for (qsizetype at = 0; at < s.bulkClaims.size(); at += rowsPerInsert) {
        const int n = int(std::min<qsizetype>(rowsPerInsert, s.bulkClaims.size() - at));
        QSqlQuery &q = statement(
            QStringLiteral(
                "INSERT INTO claims (id, order_id, type, reason, status, note, applied_at, deadline,"
                " carrier, tracking_no, return_carrier, return_tracking_no, refund_cents,"
                " compensation_cents, reject_code, remark, flag, version, updated_at, assignee) VALUES ") +
            valuesList(n, 20));
        for (int i = 0; i < n; ++i) {
            const Claim &c = s.bulkClaims.at(at + i);
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
            q.addBindValue(codeOrNull(c.rejectCode));
            q.addBindValue(text(c.remark));
            q.addBindValue(c.flag);
            q.addBindValue(std::max<qint64>(1, c.version));
            q.addBindValue(c.updatedAt.toSecsSinceEpoch());
            q.addBindValue(textOrNull(c.assignee));
        }
        if (!run(q))
            return failure(q);
    }
    // A copy keeps every event's actor and id: the operator trigger is off for this
    // transaction only (ALTER TABLE: the owner alone may, and others wait until it commits).
    const bool copied = s.bulkCopied;
    if (copied && !s.bulkEvents.isEmpty())
        if (Outcome o = exec(QStringLiteral("ALTER TABLE events DISABLE TRIGGER events_operator")); !o.ok())
            return o;
    const int columns = copied ? 8 : 7;
    for (qsizetype at = 0; at < s.bulkEvents.size(); at += rowsPerInsert) {
        const int n = int(std::min<qsizetype>(rowsPerInsert, s.bulkEvents.size() - at));
        QSqlQuery &q =
            statement(QStringLiteral("INSERT INTO events (") + (copied ? QStringLiteral("id, ") : QString()) +
                      QStringLiteral("claim_id, at, actor, action, from_status, to_status, detail) VALUES ") +
                      valuesList(n, columns));
        for (int i = 0; i < n; ++i) {
            const Event &e = s.bulkEvents.at(at + i);
            if (copied)
                q.addBindValue(e.id);
            q.addBindValue(e.claimId);
            q.addBindValue(e.at.toSecsSinceEpoch());
            q.addBindValue(text(e.actor));
            q.addBindValue(text(e.action));
            q.addBindValue(int(e.from));
            q.addBindValue(int(e.to));
            q.addBindValue(text(e.detail));
        }
        if (!run(q))
            return failure(q);
    }
    if (copied && !s.bulkEvents.isEmpty())
        if (Outcome o = exec(QStringLiteral("ALTER TABLE events ENABLE TRIGGER events_operator")); !o.ok())
            return o;
    s.bulkOrders.clear();
    s.bulkClaims.clear();
    s.bulkEvents.clear();
    return Outcome::success();
}

} // namespace aftersales
