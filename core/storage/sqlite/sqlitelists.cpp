#include "storage/sqlite/sqlitestorage.h"
#include "storage/sqlrows.h"

#include "domain/carriers.h"
#include "storage/sqlite/sqlliterals.h"
#include "storage/syncsql.h"

#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

// The SQLite backend's lists: what a ClaimQuery shows, counts and groups, as SQL that
// finds its rows through an index at a million claims (tests/core/tst_queryplan).
namespace aftersales
{
namespace
{

// A quick filter's condition. Its type and status lists are literals (sqlliterals.h):
// SQLite only uses a partial index when the query repeats its literal condition.
QString quickCondition(QuickFilter q)
{
    const quickfilters::Definition d = quickfilters::definition(q);
    QStringList parts;
    if (!d.types.isEmpty())
        parts << sqlite::typeCondition(QStringLiteral("c.type"), d.types);
    if (!d.statuses.isEmpty())
        parts << sqlite::statusCondition(QStringLiteral("c.status"), d.statuses);
    switch (d.until) {
    case quickfilters::Definition::Until::Any:
        break;
    case quickfilters::Definition::Until::DueSoon:
        parts << QStringLiteral("c.due < :dueSoon");
        break;
    case quickfilters::Definition::Until::AtRisk:
        parts << QStringLiteral("c.due < :atRisk");
        break;
    }
    if (d.mine)
        parts << QStringLiteral("c.assignee = :me");
    // The literal of the partial claims_sync_failed index.
    if (d.syncFailed)
        parts << QStringLiteral("c.sync_state = %1").arg(syncsql::failedCode);
    return parts.join(QLatin1String(" AND "));
}

using sqlrows::escapeLike;
using sqlrows::sortColumn;

// The ids of the product titles a term of three characters or more finds, by trigram: a
// few, even when they are on tens of thousands of claims.
QString titleIds()
{
    return QStringLiteral("SELECT rowid FROM product_fts WHERE product_fts MATCH :searchFts");
}

// Those titles themselves.
QString titleSet()
{
    return QStringLiteral("SELECT title FROM product_titles WHERE id IN (") + titleIds() + QLatin1Char(')');
}

// The orders (or with `claims`, the claims on them) of the titles a term finds. CROSS JOIN
// keeps the titles outermost: at a handful of titles SQLite would otherwise scan orders.
QString productMatches(const QString &column, bool claims)
{
    return QStringLiteral("SELECT ") + column +
           QStringLiteral(" FROM product_fts f CROSS JOIN product_titles t CROSS JOIN orders o3") +
           (claims ? QStringLiteral(" CROSS JOIN claims c3") : QString()) +
           QStringLiteral(
               " WHERE f.product_fts MATCH :searchFts AND t.id = f.rowid AND o3.product = t.title") +
           (claims ? QStringLiteral(" AND c3.order_id = o3.order_id") : QString());
}

// The ids of the claims a search term finds by an index: claim id, order-id prefix,
// tracking-number prefix, and (three characters or more) buyer by trigram. With
// `withProducts`, also the claims on the orders of the matching titles (through
// orders_by_product); without, the caller checks each row's title against titleSet().
QString matchSet(const QString &term, bool distinct, bool withProducts)
{
    // Inside IN (…) duplicates do not matter: UNION ALL spares SQLite a second temporary
    // b-tree. A count needs each claim once.
    const QString unite = distinct ? QStringLiteral(" UNION ") : QStringLiteral(" UNION ALL ");
    QString set = QStringLiteral("SELECT c2.id FROM claims c2 WHERE c2.id = :searchId") + unite +
                  QStringLiteral("SELECT c2.id FROM claims c2 WHERE c2.order_id >= :searchLo"
                                 " AND c2.order_id < :searchHi") +
                  unite +
                  QStringLiteral("SELECT c2.id FROM claims c2 WHERE c2.tracking_no >= :searchTracking"
                                 " AND c2.tracking_no < :searchTrackingHi");
    if (!sqlrows::hasNoTrigram(term)) {
        set += unite + QStringLiteral("SELECT rowid FROM claims_fts WHERE claims_fts MATCH :searchFts");
        if (withProducts)
            set += unite + productMatches(QStringLiteral("c3.id"), true);
    }
    return set;
}

// A report's drill-down (ClaimQuery::applied … ::step): each a column the report counted by,
// with what SQLite needs to take the reports' indexes.
void drillDownConditions(QStringList &parts, const ClaimQuery &q)
{
    parts << sqlrows::drillDownConditions(
        q, QStringLiteral("c.product_id = (SELECT id FROM product_titles WHERE title = :product)"));
    // Reshipments by product have an index of their own, used when its literal condition is
    // repeated.
    if (q.product && q.type == ClaimType::Reship)
        parts << sqlite::typeCondition(QStringLiteral("c.type"), {ClaimType::Reship});
}

// The claims a list reads, as "claims c". A report's drill-down into a product's reshipments,
// an operator's first actions or a week's reviews names the index its figure was counted
// from: with sampled statistics (or none) the planner may take claims_by_applied and read
// each claim of the period from the table instead.
QString claimsTable(const ClaimQuery &q)
{
    if (q.product && q.type == ClaimType::Reship)
        return QStringLiteral("claims c INDEXED BY claims_reship_by_product");
    if (q.firstActor)
        return QStringLiteral("claims c INDEXED BY claims_first_actor");
    if (!q.firstReviewEnd.isEmpty())
        return QStringLiteral("claims c INDEXED BY claims_review_end");
    return QStringLiteral("claims c");
}

QString whereClause(const ClaimQuery &q, bool dense)
{
    QStringList parts;
    if (const QString quick = quickCondition(q.quick); !quick.isEmpty())
        parts << quick;
    // 同步失败 holds a few claims, in a partial index of its own; a type, status or assignee
    // bound beside it would draw SQLite to that column's index, through a fifth of the table.
    // A unary + keeps those columns' indexes out of the plan.
    const QString c =
        quickfilters::definition(q.quick).syncFailed ? QStringLiteral("+c.") : QStringLiteral("c.");
    if (q.type)
        parts << c + QStringLiteral("type = :type");
    if (!q.types.isEmpty())
        parts << c + QStringLiteral("type IN (") + sqlite::codes(q.types) + QLatin1Char(')');
    if (q.status)
        parts << c + QStringLiteral("status = :status");
    if (q.assignee)
        parts << (q.assignee->isEmpty() ? c + QStringLiteral("assignee IS NULL")
                                        : c + QStringLiteral("assignee = :assignee"));
    if (q.flag) {
        parts << QStringLiteral("c.flag = :flag");
        // The literal condition of the partial claims_flagged index, which SQLite cannot
        // infer from a bound value.
        if (*q.flag > 0)
            parts << QStringLiteral("c.flag > 0");
    }
    drillDownConditions(parts, q);
    const QString term = q.search.trimmed();
    if (!term.isEmpty()) {
        // Claim id, order-id prefix and tracking-number prefix each use their own index;
        // buyer and product use the trigram index from three characters, a LIKE below.
        // A dense match (many claims) is probed row by row while the list's own index
        // is walked in order (unary + keeps SQLite from driving the join from the set);
        // a sparse one drives the query from the set.
        const QString probe = dense ? QStringLiteral("+c.id") : QStringLiteral("c.id");
        if (sqlrows::hasNoTrigram(term))
            parts << QStringLiteral("(") + probe + QStringLiteral(" IN (") + matchSet(term, false, false) +
                         QStringLiteral(") OR o.buyer LIKE :searchLike ESCAPE '\\'"
                                        " OR o.product LIKE :searchLike ESCAPE '\\')");
        else if (dense)
            // The claim's own product id (kept with its order's title): claims that do not
            // match are passed over without reading their orders.
            parts << QStringLiteral("(+c.id IN (") + matchSet(term, false, false) +
                         QStringLiteral(") OR c.product_id IN (") + titleIds() + QStringLiteral("))");
        else
            parts << QStringLiteral("c.id IN (") + matchSet(term, false, true) + QLatin1Char(')');
    }
    return parts.isEmpty() ? QString() : parts.join(QLatin1String(" AND "));
}

void bindFilters(QSqlQuery &sql, const ClaimQuery &q)
{
    const QString text = sql.lastQuery();
    auto bindIf = [&](const char *name, const QVariant &value) {
        if (text.contains(QLatin1String(name)))
            sql.bindValue(QLatin1String(name), value);
    };
    bindIf(":dueSoon", q.now.toSecsSinceEpoch() + q.dueSoonSecs);
    bindIf(":atRisk", q.now.toSecsSinceEpoch() + quickfilters::atRiskSecs);
    sqlrows::bindDrillDown(sql, q);
    if (q.type)
        bindIf(":type", int(*q.type));
    if (q.status)
        bindIf(":status", int(*q.status));
    if (q.flag)
        bindIf(":flag", *q.flag);
    if (q.assignee)
        bindIf(":assignee", *q.assignee);
    // Nobody is "me" without a name: the condition then matches no claim.
    bindIf(":me", q.me.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(q.me));
    const QString term = q.search.trimmed();
    if (!term.isEmpty()) {
        bool numeric = false;
        const qint64 id = term.toLongLong(&numeric);
        bindIf(":searchId", numeric ? id : -1);
        bindIf(":searchLo", term);
        bindIf(":searchHi", QString(term + QChar(0xFFFF)));
        const QString tracking = carriers::normalized(term);
        bindIf(":searchTracking", tracking);
        bindIf(":searchTrackingHi", QString(tracking + QChar(0xFFFF)));
        bindIf(":searchLike", QString(QLatin1Char('%') + escapeLike(term) + QLatin1Char('%')));
        // A phrase: the term as data, with its quotes doubled (FTS5 string syntax).
        bindIf(":searchFts",
               QString(QLatin1Char('"') + QString(term).replace(QLatin1Char('"'), QLatin1String("\"\"")) +
                       QLatin1Char('"')));
    }
}

// The list's rows in order from a keyset position: its page's columns, or (keys only)
// the sort value and id, reading the orders only when the filter or the order needs them.
//
// After a keyset position the rows come in two ranges, each its own index seek: the rest
// of the position's sort value (by id), then the sort values after it. SQLite seeks a row
// value (due, id) > (?, ?) on the first column alone when the second is the rowid, then
// steps through every row of the value: the 920,000 claims without a deadline share one.
// Each range gives at most :armLimit rows; the few are merged in order.
QString listSql(const ClaimQuery &query, bool keyset, bool dense, bool keysOnly, const QString &claimColumns)
{
    const QString column = sortColumn(query.sort);
    const QString direction = query.descending ? QStringLiteral(" DESC") : QString();
    const QString where = whereClause(query, dense);
    const bool orders =
        !keysOnly || where.contains(QLatin1String("o.")) || column.startsWith(QLatin1String("o."));
    const QString select = QStringLiteral("SELECT ") +
                           (keysOnly ? QString() : claimColumns + QStringLiteral(", ")) + column +
                           QStringLiteral(" AS sort_value, c.id AS sort_id FROM ") + claimsTable(query) +
                           (orders ? QStringLiteral(" JOIN orders o ON o.order_id = c.order_id") : QString());
    const auto filtered = [&where](const QString &condition) {
        const QString all = where.isEmpty()
                                ? condition
                                : (condition.isEmpty() ? where : where + QStringLiteral(" AND ") + condition);
        return all.isEmpty() ? QString() : QStringLiteral(" WHERE ") + all;
    };
    const QString order =
        QStringLiteral(" ORDER BY sort_value") + direction + QStringLiteral(", sort_id") + direction;
    const QString tail =
        QStringLiteral(" LIMIT :limit") + (keysOnly ? QStringLiteral(" OFFSET :offset") : QString());
    if (!keyset)
        return select + filtered(QString()) + order + tail;
    const QString cmp = query.descending ? QStringLiteral("<") : QStringLiteral(">");
    const QString sameValue =
        select +
        filtered(column + QStringLiteral(" = :afterValue AND c.id ") + cmp + QStringLiteral(" :afterId")) +
        QStringLiteral(" ORDER BY c.id") + direction + QStringLiteral(" LIMIT :armLimit");
    const QString laterValues = select +
                                filtered(column + QLatin1Char(' ') + cmp + QStringLiteral(" :afterValue")) +
                                order + QStringLiteral(" LIMIT :armLimit");
    return QStringLiteral("SELECT * FROM (") + sameValue + QStringLiteral(") UNION ALL SELECT * FROM (") +
           laterValues + QLatin1Char(')') + order + tail;
}

void bindAfter(QSqlQuery &sql, const std::optional<PageKey> &after)
{
    if (after) {
        sql.bindValue(QStringLiteral(":afterValue"), after->sortValue);
        sql.bindValue(QStringLiteral(":afterId"), after->id);
    }
}

// A search alone, counted without gathering the claims of the titles it finds: their
// claims as the titles count them, plus the claims it finds otherwise (`found`: id, order,
// tracking number, buyer), less those of them on the titles already (`onTitles`, looked at
// only when any title matches).
QString searchAloneCount(const QString &titles, const QString &found, const QString &onTitles)
{
    return QStringLiteral("SELECT (SELECT IFNULL(sum(t.claims), 0) FROM product_titles t WHERE ") + titles +
           QStringLiteral(") + (SELECT count(*) FROM (") + found +
           QStringLiteral(")) - CASE WHEN EXISTS (SELECT 1 FROM product_titles t WHERE ") + titles +
           QStringLiteral(") THEN (SELECT count(*) FROM claims c JOIN orders o ON o.order_id = c.order_id"
                          " WHERE c.id IN (") +
           found + QStringLiteral(") AND ") + onTitles + QStringLiteral(") ELSE 0 END");
}

} // namespace

QString SqliteStorage::pageSql(const ClaimQuery &query, bool keyset, bool dense)
{
    // A report's drill-down may match tens of thousands of claims that its own index finds
    // in another order than the list's: their keys are sorted first, and only the page's
    // rows are then read with their orders (the usual query reads every match's order).
    if (isDrillDown(query) && query.search.trimmed().isEmpty())
        return QStringLiteral("SELECT ") + claimColumns() +
               QStringLiteral(", k.sort_value, k.sort_id FROM (") + listSql(query, keyset, dense, true, {}) +
               QStringLiteral(
                   ") k CROSS JOIN claims c ON c.id = k.sort_id JOIN orders o ON o.order_id = c.order_id"
                   " ORDER BY k.sort_value") +
               (query.descending ? QStringLiteral(" DESC") : QString()) + QStringLiteral(", k.sort_id") +
               (query.descending ? QStringLiteral(" DESC") : QString());
    return listSql(query, keyset, dense, false, claimColumns());
}

Result<std::optional<PageKey>> SqliteStorage::keyAfter(const ClaimQuery &query,
                                                       const std::optional<PageKey> &after, qint64 skip) const
{
    const Result<bool> dense = isDense(query);
    if (!dense.ok())
        return dense.outcome;
    QSqlQuery sql = prepare(listSql(query, after.has_value(), *dense, true, {}));
    bindFilters(sql, query);
    bindAfter(sql, after);
    sql.bindValue(QStringLiteral(":limit"), 1);
    sql.bindValue(QStringLiteral(":offset"), skip);
    if (after)
        sql.bindValue(QStringLiteral(":armLimit"), skip + 1);
    if (!sql.exec())
        return failure(sql);
    if (!sql.next())
        return std::optional<PageKey>();
    return std::optional<PageKey>(PageKey{sql.value(0), sql.value(1).toLongLong()});
}

Result<Page> SqliteStorage::page(const ClaimQuery &query, const std::optional<PageKey> &after,
                                 int limit) const
{
    if (limit <= 0)
        return Page{};
    const Result<bool> dense = isDense(query);
    if (!dense.ok())
        return dense.outcome;
    QSqlQuery sql = prepare(pageSql(query, after.has_value(), *dense));
    bindFilters(sql, query);
    bindAfter(sql, after);
    sql.bindValue(QStringLiteral(":limit"), limit + 1);
    if (sql.lastQuery().contains(QLatin1String(":offset")))
        sql.bindValue(QStringLiteral(":offset"), 0);
    if (after)
        sql.bindValue(QStringLiteral(":armLimit"), limit + 1);
    if (!sql.exec())
        return failure(sql);
    Page page;
    const int sortIndex = sql.record().count() - 2; // then c.id
    QVariant lastSort;
    while (sql.next()) {
        if (page.claims.size() == limit) {
            page.next = PageKey{lastSort, page.claims.last().id};
            break;
        }
        page.claims.append(claimFromRow(sql));
        lastSort = sql.value(sortIndex);
    }
    return page;
}

Result<bool> SqliteStorage::isDense(const ClaimQuery &query) const
{
    const QString term = query.search.trimmed();
    if (term.isEmpty())
        return false;
    if (sqlrows::hasNoTrigram(term))
        return true; // a LIKE filter: walk the list's index
    // Capped counts: each stops at the threshold, so this costs a few index pages.
    QSqlQuery sql = prepare(
        QStringLiteral("SELECT (SELECT count(*) FROM (SELECT 1 FROM claims_fts WHERE claims_fts MATCH "
                       ":searchFts LIMIT 2000))"
                       " + (SELECT count(*) FROM (") +
        // Orders for claims: a covering index alone, and near enough for a threshold.
        productMatches(QStringLiteral("1"), false) +
        QStringLiteral(" LIMIT 2000))"
                       " + (SELECT count(*) FROM (SELECT 1 FROM claims WHERE order_id >= :searchLo AND "
                       "order_id < :searchHi"
                       " LIMIT 2000))"
                       " + (SELECT count(*) FROM (SELECT 1 FROM claims WHERE tracking_no >= :searchTracking"
                       " AND tracking_no < :searchTrackingHi LIMIT 2000))"));
    bindFilters(sql, query);
    if (!sql.exec() || !sql.next())
        return failure(sql);
    return sql.value(0).toInt() >= 2000;
}

Result<std::optional<QString>> SqliteStorage::shortTermBuyers(const QString &term) const
{
    // The index folds case; a LIKE folds ASCII only. Terms whose letters have case beyond
    // ASCII are left to the scan, so the count stays the list's.
    for (const QChar ch : term)
        if (ch.unicode() > 0x7f && ch.toLower() != ch.toUpper())
            return std::optional<QString>();
    const QString from = term.toLower();
    QSqlQuery q =
        prepare(QStringLiteral("SELECT term FROM claims_fts_terms WHERE term >= ? AND term < ? LIMIT 2001"));
    q.addBindValue(from);
    q.addBindValue(QString(from + QChar(0xFFFF)));
    if (!q.exec())
        return failure(q);
    QStringList terms;
    while (q.next())
        terms.append(QLatin1Char('"') +
                     q.value(0).toString().replace(QLatin1Char('"'), QLatin1String("\"\"")) +
                     QLatin1Char('"'));
    if (terms.size() > 2000)
        return std::optional<QString>(); // a scan is as quick
    return std::optional<QString>(terms.join(QLatin1String(" OR ")));
}

Result<SqliteStorage::CountSql> SqliteStorage::countSql(const ClaimQuery &query) const
{
    const QString term = query.search.trimmed();
    const bool timed = query.quick == QuickFilter::DueSoon || query.quick == QuickFilter::AtRisk;
    ClaimQuery unsearched = query;
    unsearched.search.clear();
    if (term.isEmpty() && query.assignee && query.assignee->isEmpty()) {
        // Held by nobody: the list's count less its assigned claims (claims_assigned holds
        // only those), as for unflagged claims below.
        ClaimQuery anyone = query;
        anyone.assignee.reset();
        const Result<CountSql> all = countSql(anyone);
        if (!all.ok())
            return all;
        const QString where = whereClause(anyone, false);
        return CountSql{
            QStringLiteral("SELECT (") + all->sql +
                QStringLiteral(") - (SELECT count(*) FROM claims c INDEXED BY claims_assigned WHERE ") +
                (where.isEmpty() ? QString() : where + QStringLiteral(" AND ")) +
                QStringLiteral("c.assignee IS NOT NULL)"),
            {}};
    }
    if (term.isEmpty() && query.flag == 0) {
        // Unflagged: the list's count less its flagged claims (claims_flagged holds only
        // those); most claims carry no flag and no index lists them.
        ClaimQuery anyFlag = query;
        anyFlag.flag.reset();
        const Result<CountSql> all = countSql(anyFlag);
        if (!all.ok())
            return all;
        const QString where = whereClause(anyFlag, false);
        return CountSql{
            QStringLiteral("SELECT (") + all->sql +
                QStringLiteral(") - (SELECT count(*) FROM claims c INDEXED BY claims_flagged WHERE ") +
                (where.isEmpty() ? QString() : where + QStringLiteral(" AND ")) +
                QStringLiteral("c.flag > 0)"),
            {}};
    }
    if (term.isEmpty() && !timed) {
        // Type/status predicates are answered from the trigger-kept claim_counts table.
        const QString where = whereClause(query, false);
        if (!where.contains(QLatin1String("c.flag")) && !where.contains(QLatin1String("c.assignee")) &&
            !where.contains(QLatin1String("c.sync_state")) && !isDrillDown(query))
            return CountSql{QStringLiteral("SELECT IFNULL(sum(c.n), 0) FROM claim_counts c") +
                                (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where),
                            {}};
    }
    const bool searchAlone = !term.isEmpty() && whereClause(unsearched, false).isEmpty();
    if (searchAlone && !sqlrows::hasNoTrigram(term))
        return CountSql{searchAloneCount(QStringLiteral("t.id IN (") + titleIds() + QLatin1Char(')'),
                                         matchSet(term, true, false),
                                         QStringLiteral("o.product IN (") + titleSet() + QLatin1Char(')')),
                        {}};
    if (searchAlone) {
        const Result<std::optional<QString>> buyers = shortTermBuyers(term);
        if (!buyers.ok())
            return buyers.outcome;
        if (*buyers) {
            // A short term's buyers through the buyers' index terms that begin with it. The
            // index folds ASCII case as LIKE does; a term with a Latin letter is checked
            // against the LIKE the list runs all the same, as the index folds some other
            // characters into Latin letters too (the Kelvin sign).
            const QString like = QStringLiteral(" LIKE :searchLike ESCAPE '\\'");
            bool letters = false;
            for (const QChar ch : term)
                letters = letters || (ch.unicode() < 0x80 && ch.isLetter());
            QString found = matchSet(term, true, false);
            if (!(*buyers)->isEmpty() && !letters)
                found += QStringLiteral(
                    " UNION SELECT rowid FROM claims_fts WHERE claims_fts MATCH :searchBuyers");
            else if (!(*buyers)->isEmpty())
                found += QStringLiteral(
                             " UNION SELECT c4.id FROM claims_fts f4 CROSS JOIN claims c4 ON c4.id = f4.rowid"
                             " JOIN orders o4 ON o4.order_id = c4.order_id"
                             " WHERE f4.claims_fts MATCH :searchBuyers AND o4.buyer") +
                         like;
            return CountSql{
                searchAloneCount(QStringLiteral("t.title") + like, found, QStringLiteral("o.product") + like),
                **buyers};
        }
    }
    const Result<bool> dense = isDense(query);
    if (!dense.ok())
        return dense.outcome;
    const QString where = whereClause(query, *dense);
    return CountSql{QStringLiteral("SELECT count(*) FROM ") + claimsTable(query) +
                        (where.contains(QLatin1String("o."))
                             ? QStringLiteral(" JOIN orders o ON o.order_id = c.order_id")
                             : QString()) +
                        (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where),
                    {}};
}

Result<QStringList> SqliteStorage::explain(const QString &sql, const ClaimQuery &query,
                                           const QString &buyersMatch) const
{
    QSqlQuery q = prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql);
    bindFilters(q, query);
    if (sql.contains(QLatin1String(":searchBuyers")))
        q.bindValue(QStringLiteral(":searchBuyers"), buyersMatch);
    if (sql.contains(QLatin1String(":afterValue"))) {
        q.bindValue(QStringLiteral(":afterValue"), 0);
        q.bindValue(QStringLiteral(":afterId"), 0);
    }
    if (sql.contains(QLatin1String(":limit")))
        q.bindValue(QStringLiteral(":limit"), 51);
    if (sql.contains(QLatin1String(":offset")))
        q.bindValue(QStringLiteral(":offset"), 1000);
    if (sql.contains(QLatin1String(":armLimit")))
        q.bindValue(QStringLiteral(":armLimit"), 1001);
    if (!q.exec())
        return failure(q);
    QStringList plan;
    while (q.next())
        plan.append(q.value(3).toString());
    return plan;
}

Result<qint64> SqliteStorage::count(const ClaimQuery &query) const
{
    const Result<CountSql> sql = countSql(query);
    if (!sql.ok())
        return sql.outcome;
    QSqlQuery q = prepare(sql->sql);
    bindFilters(q, query);
    if (sql->sql.contains(QLatin1String(":searchBuyers")))
        q.bindValue(QStringLiteral(":searchBuyers"), sql->buyersMatch);
    if (!q.exec() || !q.next())
        return failure(q);
    return q.value(0).toLongLong();
}

Result<QStringList> SqliteStorage::explainPage(const ClaimQuery &query, bool keyset) const
{
    const Result<bool> dense = isDense(query);
    if (!dense.ok())
        return dense.outcome;
    return explain(pageSql(query, keyset, *dense), query);
}

Result<QStringList> SqliteStorage::explainKeyAfter(const ClaimQuery &query) const
{
    const Result<bool> dense = isDense(query);
    if (!dense.ok())
        return dense.outcome;
    return explain(listSql(query, true, *dense, true, {}), query);
}

Result<QStringList> SqliteStorage::explainCount(const ClaimQuery &query) const
{
    const Result<CountSql> sql = countSql(query);
    if (!sql.ok())
        return sql.outcome;
    return explain(sql->sql, query, sql->buyersMatch);
}

Result<QList<ClaimGroup>> SqliteStorage::groups(const ClaimQuery &query) const
{
    const Result<bool> dense = isDense(query);
    if (!dense.ok())
        return dense.outcome;
    const QString where = whereClause(query, *dense);
    QSqlQuery sql = prepare(
        QStringLiteral(
            "SELECT c.type, c.status, c.reason, c.compensation_cents > 0, c.refund_cents > 0, count(*),"
            " sum(o.amount_cents), sum(c.refund_cents)"
            " FROM ") +
        claimsTable(query) + QStringLiteral(" JOIN orders o ON o.order_id = c.order_id") +
        (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where) +
        QStringLiteral(" GROUP BY 1, 2, 3, 4, 5"));
    bindFilters(sql, query);
    if (!sql.exec())
        return failure(sql);
    QList<ClaimGroup> out;
    while (sql.next())
        out.append(ClaimGroup{
            static_cast<ClaimType>(sql.value(0).toInt()), static_cast<ClaimStatus>(sql.value(1).toInt()),
            static_cast<Reason>(sql.value(2).toInt()), sql.value(3).toBool(), sql.value(4).toBool(),
            sql.value(5).toLongLong(), sql.value(6).toLongLong(), sql.value(7).toLongLong()});
    return out;
}

} // namespace aftersales
