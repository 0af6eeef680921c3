#include "storage/sqlite/sqlitestorage.h"

#include "domain/names.h"
#include "storage/sqlite/sqlliterals.h"
#include "storage/sqlrows.h"

#include <QSqlQuery>

#include <algorithm>

// The SQLite backend's report counts (storage.h, "Reports"). Each is one statement whose
// counts come from an index range: buckets are a VALUES list joined to a correlated count,
// so SQLite seeks each bucket's range instead of sorting the period's rows to group them.
namespace aftersales
{
namespace
{

// "(0, ?, ?), (1, ?, ?), …": bucket numbers are ours, the instants are bound.
QString bucketRows(qsizetype buckets)
{
    QStringList rows;
    for (qsizetype i = 0; i < buckets; ++i)
        rows << QStringLiteral("(%1, ?, ?)").arg(i);
    return rows.join(QLatin1String(", "));
}

qsizetype bucketCount(const Bounds &bounds)
{
    return std::max<qsizetype>(0, bounds.size() - 1);
}

void bindBuckets(QSqlQuery &q, const Bounds &bounds)
{
    for (qsizetype i = 0; i + 1 < bounds.size(); ++i) {
        q.addBindValue(bounds.at(i).toSecsSinceEpoch());
        q.addBindValue(bounds.at(i + 1).toSecsSinceEpoch());
    }
}

// The ways a window ends, as stored.
const QString endCodes = QStringLiteral("VALUES (1), (2), (3)");

// Integers apart by `separator` (group_concat's text), appended to `out`.
void appendNumbers(QStringView text, QChar separator, QList<qint64> &out)
{
    qint64 value = 0;
    bool negative = false;
    bool any = false;
    for (const QChar ch : text) {
        if (ch == separator) {
            if (any)
                out.append(negative ? -value : value);
            value = 0;
            negative = false;
            any = false;
        } else if (ch == QLatin1Char('-')) {
            negative = true;
        } else {
            value = value * 10 + (ch.unicode() - '0');
            any = true;
        }
    }
    if (any)
        out.append(negative ? -value : value);
}

} // namespace

Result<QList<reportrows::TypeCount>> SqliteStorage::claimsByType(const Bounds &bounds) const
{
    if (bucketCount(bounds) == 0)
        return QList<reportrows::TypeCount>();
    QStringList types;
    for (ClaimType t : names::allTypes())
        types << QStringLiteral("(%1)").arg(int(t));
    QSqlQuery q =
        prepare(QStringLiteral("WITH b(i, lo, hi) AS (VALUES ") + bucketRows(bucketCount(bounds)) +
                QStringLiteral("), t(type) AS (VALUES ") + types.join(QLatin1String(", ")) +
                QStringLiteral(") SELECT b.i, t.type, (SELECT count(*) FROM claims c"
                               " WHERE c.type = t.type AND c.applied_at >= b.lo AND c.applied_at < b.hi)"
                               " FROM b, t"));
    bindBuckets(q, bounds);
    if (!q.exec())
        return failure(q);
    QList<reportrows::TypeCount> out;
    while (q.next())
        if (const qint64 n = q.value(2).toLongLong(); n > 0)
            out.append({q.value(0).toInt(), static_cast<ClaimType>(q.value(1).toInt()), n});
    return out;
}

Result<QList<reportrows::ProductReasonCount>>
SqliteStorage::claimsByProduct(ClaimType type, const QDateTime &from, const QDateTime &to) const
{
    QSqlQuery q;
    if (type == ClaimType::Reship) {
        // A count per product title and reason (a shop sells thousands of products, not a
        // million), each a range of claims_reship_by_product: no sort of the period's claims.
        // The literal type repeats the partial index's condition. The index is named: without
        // statistics the planner takes claims_by_applied and reads the period's reshipments once
        // per product and reason.
        QStringList reasons;
        for (Reason r : names::reasonsFor(type))
            reasons << QStringLiteral("(%1)").arg(int(r));
        q = prepare(QStringLiteral("WITH r(reason) AS (VALUES ") + reasons.join(QLatin1String(", ")) +
                    QStringLiteral(") SELECT t.title, r.reason, (SELECT count(*) FROM claims c INDEXED BY "
                                   "claims_reship_by_product WHERE ") +
                    sqlite::typeCondition(QStringLiteral("c.type"), {type}) +
                    QStringLiteral(" AND c.product_id = t.id AND c.reason = r.reason"
                                   " AND c.applied_at >= ? AND c.applied_at < ?) FROM product_titles t, r"));
    } else {
        // Reports ask this of reshipments only; another type's claims are grouped as read.
        q = prepare(QStringLiteral("SELECT IFNULL(t.title, ''), g.reason, g.n FROM (SELECT product_id,"
                                   " reason, count(*) AS n FROM claims WHERE type = ") +
                    QString::number(int(type)) +
                    QStringLiteral(" AND applied_at >= ? AND applied_at < ? GROUP BY product_id, reason) g"
                                   " LEFT JOIN product_titles t ON t.id = g.product_id"));
    }
    q.addBindValue(from.toSecsSinceEpoch());
    q.addBindValue(to.toSecsSinceEpoch());
    if (!q.exec())
        return failure(q);
    // Counts of 0 are left out here: a condition on the count in SQL would count each range twice.
    QList<reportrows::ProductReasonCount> out;
    while (q.next())
        if (const qint64 n = q.value(2).toLongLong(); n > 0)
            out.append({q.value(0).toString(), static_cast<Reason>(q.value(1).toInt()), n});
    return out;
}

Result<QList<reportrows::WindowEndCount>>
SqliteStorage::windowEnds(const QString &claims, const QString &range, const Bounds &bounds) const
{
    if (bucketCount(bounds) == 0)
        return QList<reportrows::WindowEndCount>();
    QSqlQuery q = prepare(QStringLiteral("WITH b(i, lo, hi) AS (VALUES ") + bucketRows(bucketCount(bounds)) +
                          QStringLiteral("), e(k) AS (") + endCodes +
                          QStringLiteral(") SELECT b.i, e.k, (SELECT count(*) FROM ") + claims +
                          QStringLiteral(" WHERE ") + range + QStringLiteral(") FROM b, e"));
    bindBuckets(q, bounds);
    if (!q.exec())
        return failure(q);
    QList<reportrows::WindowEndCount> out;
    while (q.next())
        if (const qint64 n = q.value(2).toLongLong(); n > 0)
            out.append({q.value(0).toInt(), static_cast<WindowEnd>(q.value(1).toInt()), n});
    return out;
}

Result<QList<reportrows::WindowEndCount>> SqliteStorage::firstReviewEnds(const Bounds &bounds) const
{
    // Each way a review ended is a range of claims_review_end per bucket, the index alone (named:
    // the planner would as well read claims_by_applied once per way, type by type).
    return windowEnds(QStringLiteral("claims c INDEXED BY claims_review_end"),
                      QStringLiteral("c.review_end = e.k AND c.applied_at >= b.lo AND c.applied_at < b.hi"),
                      bounds);
}

Result<QList<reportrows::WindowEndCount>> SqliteStorage::firstShipmentEnds(const Bounds &bounds) const
{
    return windowEnds(QStringLiteral("claims c"),
                      QStringLiteral("c.ship_end = e.k AND c.ship_end IS NOT NULL AND c.ship_start >= b.lo"
                                     " AND c.ship_start < b.hi"),
                      bounds);
}

Result<QList<reportrows::StepCount>> SqliteStorage::automaticSteps(const Bounds &bounds,
                                                                   const QStringList &actions) const
{
    if (bucketCount(bounds) == 0 || actions.isEmpty())
        return QList<reportrows::StepCount>();
    QStringList wanted = actions;
    wanted.removeDuplicates(); // each action's steps counted once
    // The literal actor repeats the partial index's condition (events_automatic). Each bucket's
    // steps of each action are grouped on their own: small sorts by detail instead of one of
    // the period's events. Refunds make thousands of distinct details over a quarter: the
    // groups come back as one text per bucket and action (how many, then the groups; fields
    // and groups apart by the ASCII group, unit and record separators), which costs a tenth
    // of handing them over row by row.
    QStringList actionRows;
    for (qsizetype i = 0; i < wanted.size(); ++i)
        actionRows << QStringLiteral("(?)");
    QSqlQuery q = prepare(
        QStringLiteral("WITH b(i, lo, hi) AS (VALUES ") + bucketRows(bucketCount(bounds)) +
        QStringLiteral("), a(action) AS (VALUES ") + actionRows.join(QLatin1String(", ")) +
        QStringLiteral(
            ") SELECT b.i, a.action, (SELECT count(*) || char(29) || group_concat(g.detail || char(31)"
            " || g.n, char(30)) FROM (SELECT e.detail AS detail, count(*) AS n FROM events e"
            " WHERE e.actor = 'system' AND e.action = a.action AND e.at >= b.lo AND e.at < b.hi"
            " GROUP BY e.detail) g) FROM b, a"));
    bindBuckets(q, bounds);
    for (const QString &action : wanted)
        q.addBindValue(action);
    if (!q.exec())
        return failure(q);
    QList<reportrows::StepCount> out;
    bool whole = true;
    while (whole && q.next()) {
        if (q.isNull(2))
            continue; // no such step in the bucket
        const int bucket = q.value(0).toInt();
        const QString action = q.value(1).toString();
        const QString all = q.value(2).toString();
        const qsizetype mark = all.indexOf(QChar(29));
        const qint64 groups = QStringView(all).left(mark).toLongLong();
        qint64 read = 0;
        for (QStringView group : QStringView(all).mid(mark + 1).split(QChar(30))) {
            const QList<QStringView> fields = group.split(QChar(31));
            if (fields.size() != 2) {
                whole = false; // a detail holding a separator: read the groups one by one below
                break;
            }
            out.append({bucket, action, fields.at(0).toString(), fields.at(1).toLongLong()});
            ++read;
        }
        whole = whole && read == groups;
    }
    if (whole)
        return out;
    QStringList marks;
    for (qsizetype i = 0; i < wanted.size(); ++i)
        marks << QStringLiteral("?");
    QSqlQuery rows =
        prepare(QStringLiteral("WITH b(i, lo, hi) AS (VALUES ") + bucketRows(bucketCount(bounds)) +
                QStringLiteral(") SELECT b.i, e.action, e.detail, count(*) FROM b"
                               " JOIN events e ON e.actor = 'system' AND e.action IN (") +
                marks.join(QLatin1String(", ")) +
                QStringLiteral(") AND e.at >= b.lo AND e.at < b.hi GROUP BY b.i, e.action, e.detail"));
    bindBuckets(rows, bounds);
    for (const QString &action : wanted)
        rows.addBindValue(action);
    if (!rows.exec())
        return failure(rows);
    out.clear();
    while (rows.next())
        out.append({rows.value(0).toInt(), rows.value(1).toString(), rows.value(2).toString(),
                    rows.value(3).toLongLong()});
    return out;
}

Result<QList<reportrows::OperatorCount>> SqliteStorage::firstActions(const QDateTime &from,
                                                                     const QDateTime &to) const
{
    // Each operator's claims of the period are one range of claims_first_actor, named: the
    // planner would as well walk claims_by_applied and read each claim of the period.
    QSqlQuery q = prepare(sqlrows::firstActionsSql(QStringLiteral("claims c INDEXED BY claims_first_actor")));
    q.addBindValue(from.toSecsSinceEpoch());
    q.addBindValue(to.toSecsSinceEpoch());
    if (!q.exec())
        return failure(q);
    QList<reportrows::OperatorCount> out;
    while (q.next())
        if (const qint64 n = q.value(1).toLongLong(); n > 0)
            out.append({q.value(0).toString(), n});
    return out;
}

Result<QList<qint64>> SqliteStorage::firstActionDelays(const QString &operatorName, const QDateTime &from,
                                                       const QDateTime &to, qint64 rank, int count) const
{
    if (count <= 0 || rank < 0)
        return QList<qint64>();
    // The operator's delays of the period, one range of claims_first_actor (the index alone),
    // handed over as one text; the middle ones are picked here. ORDER BY … OFFSET would keep
    // half the period's delays sorted in a temporary b-tree, and walking all the operator's
    // delays in order reads about half the claims they ever acted on, whatever the period.
    QSqlQuery q = prepare(QStringLiteral("SELECT group_concat(first_action_delay) FROM claims INDEXED BY"
                                         " claims_first_actor WHERE first_actor = ? AND applied_at >= ?"
                                         " AND applied_at < ?"));
    q.addBindValue(operatorName);
    q.addBindValue(from.toSecsSinceEpoch());
    q.addBindValue(to.toSecsSinceEpoch());
    if (!q.exec() || !q.next())
        return failure(q);
    QList<qint64> delays;
    const QString all = q.value(0).toString();
    delays.reserve(all.count(QLatin1Char(',')) + 1);
    appendNumbers(all, QLatin1Char(','), delays);
    if (rank >= delays.size())
        return QList<qint64>();
    const auto first = delays.begin() + rank;
    const auto last = delays.begin() + std::min<qint64>(delays.size(), rank + count);
    std::nth_element(delays.begin(), first, delays.end());
    std::partial_sort(first + 1, last, delays.end());
    return QList<qint64>(first, last);
}

} // namespace aftersales
