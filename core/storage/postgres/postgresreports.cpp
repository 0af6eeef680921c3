#include "storage/postgres/postgresstorage.h"

#include "domain/names.h"
#include "storage/postgres/postgresvalues.h"
#include "storage/sqlrows.h"

#include <QSqlQuery>
#include <QSqlRecord>

// The PostgreSQL backend's report counts (storage.h, "Reports"), over the columns and indexes
// of the reports' migration step. A span of buckets is one index range: each row's bucket is
// found by width_bucket() among the bounds (one array parameter) and the period's rows are
// counted in one pass, instead of one range per bucket (tests/core/tst_postgresqueryplan).
namespace aftersales
{
using namespace postgres;

namespace
{

qsizetype bucketCount(const Bounds &bounds)
{
    return std::max<qsizetype>(0, bounds.size() - 1);
}

// A report's statement and its values, in the order of its parameters.
struct Statement {
    QString sql;
    QVariantList values;
};

// The bounds as one bigint[] parameter, then the span they cover (two parameters).
QVariantList buckets(const Bounds &bounds)
{
    BulkColumn all;
    for (const QDateTime &b : bounds)
        all.number(b.toSecsSinceEpoch());
    return {all.literal(), bounds.first().toSecsSinceEpoch(), bounds.last().toSecsSinceEpoch()};
}

// width_bucket() numbers the buckets from 1; the span's rows are never before the first
// bound nor at or after the last.
QString bucketOf(const QString &column)
{
    return QStringLiteral("width_bucket(") + column + QStringLiteral(", CAST(? AS bigint[])) - 1");
}

Statement byType(const Bounds &bounds)
{
    return {QStringLiteral("SELECT ") + bucketOf(QStringLiteral("c.applied_at")) +
                QStringLiteral(", c.type, count(*) FROM claims c"
                               " WHERE c.applied_at >= ? AND c.applied_at < ? GROUP BY 1, 2"),
            buckets(bounds)};
}

Statement byProduct(ClaimType type, const QDateTime &from, const QDateTime &to)
{
    const QVariantList span{from.toSecsSinceEpoch(), to.toSecsSinceEpoch()};
    if (type != ClaimType::Reship)
        // Reports ask this of reshipments only; another type's claims are grouped as read.
        return {QStringLiteral(
                    "SELECT COALESCE(c.product, ''), c.reason, count(*) FROM claims c WHERE c.type = ") +
                    QString::number(int(type)) +
                    QStringLiteral(" AND c.applied_at >= ? AND c.applied_at < ? GROUP BY 1, 2"),
                span};
    // A count per product title and reason (a shop sells thousands of products, not a
    // million), each a range of claims_reship_by_product, whose literal type condition is
    // repeated: no sort of the period's claims.
    QStringList reasons;
    for (Reason r : names::reasonsFor(type))
        reasons << QStringLiteral("(%1)").arg(int(r));
    return {QStringLiteral("SELECT t.title, r.reason, k.n FROM product_titles t CROSS JOIN (VALUES ") +
                reasons.join(QLatin1String(", ")) +
                QStringLiteral(") AS r (reason) CROSS JOIN LATERAL (SELECT count(*) AS n FROM claims c"
                               " WHERE c.type = 7 AND c.product = t.title AND c.reason = r.reason"
                               " AND c.applied_at >= ? AND c.applied_at < ?) k WHERE k.n > 0"),
            span};
}

Statement reviewEnds(const Bounds &bounds)
{
    return {QStringLiteral("SELECT ") + bucketOf(QStringLiteral("c.applied_at")) +
                QStringLiteral(", c.review_end, count(*) FROM claims c WHERE c.applied_at >= ?"
                               " AND c.applied_at < ? AND c.review_end IS NOT NULL GROUP BY 1, 2"),
            buckets(bounds)};
}

Statement shipmentEnds(const Bounds &bounds)
{
    return {QStringLiteral("SELECT ") + bucketOf(QStringLiteral("c.ship_start")) +
                QStringLiteral(", c.ship_end, count(*) FROM claims c WHERE c.ship_start >= ?"
                               " AND c.ship_start < ? AND c.ship_end IS NOT NULL GROUP BY 1, 2"),
            buckets(bounds)};
}

Statement steps(const Bounds &bounds, const QStringList &actions)
{
    BulkColumn names;
    for (const QString &action : actions)
        names.text(action);
    // The literal actor repeats the partial index's condition (events_automatic).
    return {QStringLiteral("SELECT ") + bucketOf(QStringLiteral("e.at")) +
                QStringLiteral(", e.action, e.detail, count(*) FROM events e"
                               " WHERE e.at >= ? AND e.at < ? AND e.actor = 'system'"
                               " AND e.action = ANY (CAST(? AS text[])) GROUP BY 1, 2, 3"),
            buckets(bounds) + QVariantList{names.literal()}};
}

Statement firstActors(const QDateTime &from, const QDateTime &to)
{
    return {sqlrows::firstActionsSql(), {from.toSecsSinceEpoch(), to.toSecsSinceEpoch()}};
}

// The operator's claims of the period are one range of claims_first_actor, which holds their
// delays: sorted from there, never read from the table.
Statement delays(const QString &operatorName, const QDateTime &from, const QDateTime &to, qint64 rank,
                 int count)
{
    return {QStringLiteral("SELECT first_action_delay FROM claims WHERE first_actor = ? AND applied_at >= ?"
                           " AND applied_at < ? ORDER BY first_action_delay LIMIT ? OFFSET ?"),
            {text(operatorName), from.toSecsSinceEpoch(), to.toSecsSinceEpoch(), count, rank}};
}

} // namespace

Result<QList<QVariantList>> PostgresStorage::reportRows(const QString &sql, const QVariantList &values) const
{
    QSqlQuery &q = statement(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!run(q))
        return failure(q);
    QList<QVariantList> rows;
    const int columns = q.record().count();
    while (q.next()) {
        QVariantList row;
        for (int i = 0; i < columns; ++i)
            row << q.value(i);
        rows << row;
    }
    q.finish();
    return rows;
}

Result<QList<reportrows::TypeCount>> PostgresStorage::claimsByType(const Bounds &bounds) const
{
    if (bucketCount(bounds) == 0)
        return QList<reportrows::TypeCount>();
    const Statement s = byType(bounds);
    const Result<QList<QVariantList>> rows = reportRows(s.sql, s.values);
    if (!rows.ok())
        return rows.outcome;
    QList<reportrows::TypeCount> out;
    for (const QVariantList &r : *rows)
        out.append({r.at(0).toInt(), static_cast<ClaimType>(r.at(1).toInt()), r.at(2).toLongLong()});
    return out;
}

Result<QList<reportrows::ProductReasonCount>>
PostgresStorage::claimsByProduct(ClaimType type, const QDateTime &from, const QDateTime &to) const
{
    const Statement s = byProduct(type, from, to);
    const Result<QList<QVariantList>> rows = reportRows(s.sql, s.values);
    if (!rows.ok())
        return rows.outcome;
    QList<reportrows::ProductReasonCount> out;
    for (const QVariantList &r : *rows)
        out.append({r.at(0).toString(), static_cast<Reason>(r.at(1).toInt()), r.at(2).toLongLong()});
    return out;
}

Result<QList<reportrows::WindowEndCount>> PostgresStorage::windowEnds(const QString &sql,
                                                                      const Bounds &bounds) const
{
    if (bucketCount(bounds) == 0)
        return QList<reportrows::WindowEndCount>();
    const Result<QList<QVariantList>> rows = reportRows(sql, buckets(bounds));
    if (!rows.ok())
        return rows.outcome;
    QList<reportrows::WindowEndCount> out;
    for (const QVariantList &r : *rows)
        out.append({r.at(0).toInt(), static_cast<WindowEnd>(r.at(1).toInt()), r.at(2).toLongLong()});
    return out;
}

Result<QList<reportrows::WindowEndCount>> PostgresStorage::firstReviewEnds(const Bounds &bounds) const
{
    return windowEnds(reviewEnds(bounds).sql, bounds);
}

Result<QList<reportrows::WindowEndCount>> PostgresStorage::firstShipmentEnds(const Bounds &bounds) const
{
    return windowEnds(shipmentEnds(bounds).sql, bounds);
}

Result<QList<reportrows::StepCount>> PostgresStorage::automaticSteps(const Bounds &bounds,
                                                                     const QStringList &actions) const
{
    if (bucketCount(bounds) == 0 || actions.isEmpty())
        return QList<reportrows::StepCount>();
    const Statement s = steps(bounds, actions);
    const Result<QList<QVariantList>> rows = reportRows(s.sql, s.values);
    if (!rows.ok())
        return rows.outcome;
    QList<reportrows::StepCount> out;
    for (const QVariantList &r : *rows)
        out.append({r.at(0).toInt(), r.at(1).toString(), r.at(2).toString(), r.at(3).toLongLong()});
    return out;
}

Result<QList<reportrows::OperatorCount>> PostgresStorage::firstActions(const QDateTime &from,
                                                                       const QDateTime &to) const
{
    const Statement s = firstActors(from, to);
    const Result<QList<QVariantList>> rows = reportRows(s.sql, s.values);
    if (!rows.ok())
        return rows.outcome;
    QList<reportrows::OperatorCount> out;
    for (const QVariantList &r : *rows)
        if (const qint64 n = r.at(1).toLongLong(); n > 0)
            out.append({r.at(0).toString(), n});
    return out;
}

Result<QList<qint64>> PostgresStorage::firstActionDelays(const QString &operatorName, const QDateTime &from,
                                                         const QDateTime &to, qint64 rank, int count) const
{
    if (count <= 0 || rank < 0)
        return QList<qint64>();
    const Statement s = delays(operatorName, from, to, rank, count);
    const Result<QList<QVariantList>> rows = reportRows(s.sql, s.values);
    if (!rows.ok())
        return rows.outcome;
    QList<qint64> out;
    for (const QVariantList &r : *rows)
        out.append(r.at(0).toLongLong());
    return out;
}

Result<QList<QStringList>> PostgresStorage::explainReports(const Bounds &bounds, const QStringList &actions,
                                                           const QString &operatorName) const
{
    const QDateTime from = bounds.first();
    const QDateTime to = bounds.last();
    QList<QStringList> plans;
    for (const Statement &s :
         {byType(bounds), byProduct(ClaimType::Reship, from, to), reviewEnds(bounds), shipmentEnds(bounds),
          steps(bounds, actions), firstActors(from, to), delays(operatorName, from, to, 0, 2)}) {
        const Result<QStringList> plan = explainPositional(s.sql, s.values);
        if (!plan.ok())
            return plan.outcome;
        plans << *plan;
    }
    return plans;
}

} // namespace aftersales
