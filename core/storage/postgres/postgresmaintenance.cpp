#include "storage/postgres/postgresstate.h"
#include "storage/postgres/postgresstorage.h"
#include "storage/postgres/postgresvalues.h"
#include "storage/sqlrows.h"

#include <QCoreApplication>
#include <QMap>

// The PostgreSQL backend's capabilities beyond claims and events: the audit-trail check,
// and the reads that copy a whole database.
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

// Claims checked per read: their events come in one query too.
constexpr int checkBatch = 5000;

} // namespace

Storage::Capabilities PostgresStorage::capabilities() const
{
    // No Backup and no Checkpoint: the server's own backups (pg_dump, base backups) and its
    // write-ahead log are the administrator's.
    return Capability::ConsistencyCheck | Capability::ExternalChangeDetection | Capability::Team |
           Capability::PlatformSync;
}

Result<QList<consistency::Problem>> PostgresStorage::checkConsistency(int maxProblems) const
{
    using consistency::Problem;
    QList<Problem> problems;
    // One snapshot for the whole check, whatever others write meanwhile.
    QSqlQuery snapshot(db());
    if (!snapshot.exec(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")))
        return failure(snapshot);
    const auto end = [this] {
        QSqlQuery commit(db());
        commit.exec(QStringLiteral("COMMIT"));
    };
    // The counts the triggers keep against the claims themselves.
    QSqlQuery counts(db());
    if (!counts.exec(QStringLiteral(
            "SELECT COALESCE(k.type, c.type), COALESCE(k.status, c.status), COALESCE(k.n, 0), COALESCE(c.n, "
            "0)"
            " FROM (SELECT type, status, sum(n) AS n FROM claim_counts_now GROUP BY type, status) k"
            " FULL JOIN (SELECT type, status, count(*) AS n FROM claims GROUP BY type, status) c"
            " ON c.type = k.type AND c.status = k.status WHERE COALESCE(k.n, 0) <> COALESCE(c.n, 0)"))) {
        const Outcome o = failure(counts);
        end();
        return o;
    }
    while (counts.next())
        problems.append({0, tr("the kept count of type %1 in status %2 is %3, but %4 claims are")
                                .arg(counts.value(0).toInt())
                                .arg(counts.value(1).toInt())
                                .arg(counts.value(2).toLongLong())
                                .arg(counts.value(3).toLongLong())});
    // The audit trails, a range of claims at a time, both in claim order.
    qint64 after = 0;
    while (problems.size() < maxProblems) {
        QSqlQuery claims(db());
        claims.prepare(
            QStringLiteral("SELECT id, status, compensation_cents FROM claims WHERE id > ? ORDER BY id"
                           " LIMIT ?"));
        claims.addBindValue(after);
        claims.addBindValue(checkBatch);
        if (!claims.exec()) {
            const Outcome o = failure(claims);
            end();
            return o;
        }
        struct Row {
            qint64 id;
            ClaimStatus status;
            qint64 compensation;
        };
        QList<Row> rows;
        while (claims.next())
            rows.append({claims.value(0).toLongLong(), static_cast<ClaimStatus>(claims.value(1).toInt()),
                         claims.value(2).toLongLong()});
        if (rows.isEmpty())
            break;
        const Result<QList<Event>> events = eventsOfClaims(rows.first().id, rows.last().id);
        if (!events.ok()) {
            end();
            return events.outcome;
        }
        qsizetype e = 0;
        for (const Row &row : std::as_const(rows)) {
            consistency::TrailCheck trail(row.id, row.status, row.compensation);
            while (e < events->size() && events->at(e).claimId == row.id)
                trail.add(events->at(e++), problems);
            trail.finish(problems);
        }
        after = rows.last().id;
    }
    // The sync's own rules: each claim's sync state against its queued actions.
    if (problems.size() < maxProblems)
        if (Outcome o = checkSync(problems, maxProblems); !o.ok()) {
            end();
            return o;
        }
    end();
    if (problems.size() > maxProblems)
        problems.resize(maxProblems);
    return problems;
}

Result<QList<Order>> PostgresStorage::ordersAfter(const QString &afterId, int limit) const
{
    QSqlQuery &q = statement(QStringLiteral("SELECT order_id, category, amount_cents, carrier, tracking_no,"
                                            " shipped_at, received_at, buyer, product FROM orders"
                                            " WHERE order_id > ? ORDER BY order_id LIMIT ?"));
    q.addBindValue(text(afterId));
    q.addBindValue(limit);
    if (!run(q))
        return failure(q);
    QList<Order> out;
    while (q.next())
        out.append(sqlrows::orderFromRow(q));
    q.finish();
    return out;
}

Result<QList<Claim>> PostgresStorage::claimsAfter(qint64 afterId, int limit) const
{
    QSqlQuery &q = statement(QStringLiteral("SELECT ") + claimColumns() +
                             QStringLiteral(" FROM claims c JOIN orders o ON o.order_id = c.order_id"
                                            " WHERE c.id > ? ORDER BY c.id LIMIT ?"));
    q.addBindValue(afterId);
    q.addBindValue(limit);
    return claimsOf(q);
}

Result<QList<Event>> PostgresStorage::eventsOfClaims(qint64 firstId, qint64 lastId) const
{
    QSqlQuery &q =
        statement(QStringLiteral("SELECT id, claim_id, at, actor, action, from_status, to_status, detail"
                                 " FROM events WHERE claim_id BETWEEN ? AND ? ORDER BY claim_id, id"));
    q.addBindValue(firstId);
    q.addBindValue(lastId);
    return eventsOf(q);
}

} // namespace aftersales
