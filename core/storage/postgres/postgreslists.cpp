#include "domain/carriers.h"
#include "storage/postgres/postgresstate.h"
#include "storage/postgres/postgresstorage.h"
#include "storage/postgres/postgresvalues.h"
#include "storage/sqlrows.h"
#include "storage/syncsql.h"

#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlField>
#include <QSqlRecord>

// The PostgreSQL backend's lists: what a ClaimQuery shows, counts and groups, as SQL that
// finds its rows through an index at a million claims (tests/core/tst_postgresqueryplan).
namespace aftersales
{
using namespace postgres;

namespace
{

// A quick filter's condition. Its type and status lists are literals, as the partial
// indexes' conditions are written: PostgreSQL uses a partial index when the query's
// condition implies the index's, which it proves for equal literal lists.
QString quickCondition(QuickFilter q)
{
    const quickfilters::Definition d = quickfilters::definition(q);
    QStringList parts;
    if (!d.types.isEmpty())
        parts << condition(QStringLiteral("c.type"), d.types);
    if (!d.statuses.isEmpty())
        parts << condition(QStringLiteral("c.status"), d.statuses);
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

// The claims a term finds by a b-tree: its id, an order-id prefix, a tracking-number prefix.
QString keyMatches(const QString &unite)
{
    return QStringLiteral("SELECT c2.id FROM claims c2 WHERE c2.id = :searchId") + unite +
           QStringLiteral(
               "SELECT c2.id FROM claims c2 WHERE c2.order_id >= :searchLo AND c2.order_id < :searchHi") +
           unite +
           QStringLiteral("SELECT c2.id FROM claims c2 WHERE c2.tracking_no >= :searchTracking"
                          " AND c2.tracking_no < :searchTrackingHi");
}

// The product titles a term finds (pg_trgm from three characters; a shorter term reads the
// titles): a few, even when they are on tens of thousands of claims.
QString titleSet()
{
    return QStringLiteral("SELECT t.title FROM product_titles t WHERE t.title LIKE :searchLike");
}

// The claims on the titles a term finds, through claims_by_product (a claim's product is its
// order's, kept so by the storage and a trigger): a count reads that index alone.
QString productClaims()
{
    return QStringLiteral("SELECT c3.id FROM claims c3 WHERE c3.product IN (") + titleSet() +
           QLatin1Char(')');
}

// The buyers a term finds: by trigram (orders_buyer_trgm), or for a shorter term by each of
// their characters and pairs of characters (orders_buyer_grams), which hold every term of one
// or two characters that a buyer's name contains. The LIKE decides either way.
QString buyerCondition(bool shortTerm)
{
    return (shortTerm
                ? QStringLiteral("aftersales_short_grams(o3.buyer) @> ARRAY[CAST(:searchGram AS text)] AND ")
                : QString()) +
           QStringLiteral("o3.buyer LIKE :searchLike");
}

QString buyerClaims(bool shortTerm)
{
    return QStringLiteral("SELECT c3.id FROM orders o3 JOIN claims c3 ON c3.order_id = o3.order_id WHERE ") +
           buyerCondition(shortTerm);
}

// The claims a term finds but by product: by key and by buyer.
QString foundSet(bool shortTerm, const QString &unite)
{
    return keyMatches(unite) + unite + buyerClaims(shortTerm);
}

// Every claim a term finds: by key, by buyer, and on the titles it finds.
QString matchSet(bool shortTerm)
{
    const QString unite = QStringLiteral(" UNION ALL ");
    return foundSet(shortTerm, unite) + unite + productClaims();
}

// A report's drill-down (ClaimQuery::applied … ::step): each a column the report counted by.
// The product's reshipments have an index of their own, whose literal type condition is
// repeated: the planner cannot take it for a bound type.
QStringList drillDownConditions(const ClaimQuery &q)
{
    QStringList parts = sqlrows::drillDownConditions(q, QStringLiteral("c.product = :product"));
    if (q.product && q.type == ClaimType::Reship)
        parts << condition(QStringLiteral("c.type"), QList<ClaimType>{ClaimType::Reship});
    return parts;
}

QString whereClause(const ClaimQuery &q, Spread spread = Spread::Few)
{
    QStringList parts;
    if (const QString quick = quickCondition(q.quick); !quick.isEmpty())
        parts << quick;
    if (q.type)
        parts << QStringLiteral("c.type = :type");
    if (!q.types.isEmpty())
        parts << QStringLiteral("c.type IN (") + codes(q.types) + QLatin1Char(')');
    if (q.status)
        parts << QStringLiteral("c.status = :status");
    if (q.assignee)
        parts << (q.assignee->isEmpty() ? QStringLiteral("c.assignee IS NULL")
                                        : QStringLiteral("c.assignee = :assignee"));
    if (q.flag) {
        parts << QStringLiteral("c.flag = :flag");
        // The literal condition of the partial claims_flagged index.
        if (*q.flag > 0)
            parts << QStringLiteral("c.flag > 0");
    }
    parts << drillDownConditions(q);
    const QString term = q.search.trimmed();
    if (!term.isEmpty()) {
        // A term that finds many claims is checked on each row while the list's own index is
        // walked in order: the first page is found early. Each row's title is its claim's; its
        // buyer is the order's, read for each row only when many buyers match (else their few
        // claims are gathered first). A term that finds few drives the query from its matches.
        const QString keys = keyMatches(QStringLiteral(" UNION ALL "));
        const QString titles = QStringLiteral(" OR c.product IN (") + titleSet() + QLatin1Char(')');
        if (spread == Spread::ManyBuyers)
            parts << QStringLiteral("(c.id IN (") + keys + QStringLiteral(") OR o.buyer LIKE :searchLike") +
                         titles + QLatin1Char(')');
        else if (spread == Spread::Many)
            parts << QStringLiteral("(c.id IN (") +
                         foundSet(sqlrows::hasNoTrigram(term), QStringLiteral(" UNION ALL ")) +
                         QLatin1Char(')') + titles + QLatin1Char(')');
        else
            // An array the server makes once, then looks up by the primary key: a join would
            // be planned from an estimate of the matches, a scan of claims for a few of them.
            parts << QStringLiteral("c.id = ANY (ARRAY(") + matchSet(sqlrows::hasNoTrigram(term)) +
                         QStringLiteral("))");
    }
    return parts.join(QLatin1String(" AND "));
}

// The query's parameters; each name ends in `suffix` (see withSuffix()).
void bindFilters(QSqlQuery &sql, const ClaimQuery &q, const QString &suffix = {})
{
    const QString text = sql.lastQuery();
    auto bindIf = [&](const char *name, const QVariant &value) {
        const QString named = QLatin1String(name) + suffix;
        if (text.contains(named))
            sql.bindValue(named, value);
    };
    bindIf(":dueSoon", q.now.toSecsSinceEpoch() + q.dueSoonSecs);
    bindIf(":atRisk", q.now.toSecsSinceEpoch() + quickfilters::atRiskSecs);
    sqlrows::bindDrillDown(sql, q, suffix);
    if (q.type)
        bindIf(":type", int(*q.type));
    if (q.status)
        bindIf(":status", int(*q.status));
    if (q.flag)
        bindIf(":flag", *q.flag);
    if (q.assignee)
        bindIf(":assignee", postgres::text(*q.assignee));
    // Nobody is "me" without a name: the condition then matches no claim.
    bindIf(":me", q.me.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(postgres::text(q.me)));
    const QString term = postgres::text(q.search.trimmed());
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
        bindIf(":searchGram", term);
    }
}

// `sql` with `suffix` after each parameter's name (":status" to ":status_2_"), so that the
// conditions of several queries can share one statement. A cast ("::text") is no parameter.
QString withSuffix(const QString &sql, const QString &suffix)
{
    static const QRegularExpression parameter(QStringLiteral("(?<![:\\w]):([A-Za-z]\\w*)"));
    QString out = sql;
    out.replace(parameter, QStringLiteral(":\\1") + suffix);
    return out;
}

void bindAfter(QSqlQuery &sql, const std::optional<PageKey> &after)
{
    if (after) {
        sql.bindValue(QStringLiteral(":afterValue"), after->sortValue);
        sql.bindValue(QStringLiteral(":afterId"), after->id);
    }
}

// The list's rows in order after a keyset position (a row comparison, which the (value, id)
// indexes seek directly): the page's columns, or (keys only) the sort value and id, joining
// the orders only when the filter or the order needs them.
QString listSql(const ClaimQuery &query, bool keyset, Spread spread, bool keysOnly,
                const QString &claimColumns)
{
    const QString column = sortColumn(query.sort);
    const QString direction = query.descending ? QStringLiteral(" DESC") : QString();
    QString where = whereClause(query, spread);
    const bool orders =
        !keysOnly || where.contains(QLatin1String("o.")) || column.startsWith(QLatin1String("o."));
    if (keyset) {
        const QString after = QStringLiteral("(") + column + QStringLiteral(", c.id) ") +
                              (query.descending ? QStringLiteral("<") : QStringLiteral(">")) +
                              QStringLiteral(" (:afterValue, :afterId)");
        where = where.isEmpty() ? after : where + QStringLiteral(" AND ") + after;
    }
    return QStringLiteral("SELECT ") + (keysOnly ? QString() : claimColumns + QStringLiteral(", ")) + column +
           QStringLiteral(" AS sort_value, c.id AS sort_id FROM claims c") +
           (orders ? QStringLiteral(" JOIN orders o ON o.order_id = c.order_id") : QString()) +
           (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where) + QStringLiteral(" ORDER BY ") +
           column + direction + QStringLiteral(", c.id") + direction + QStringLiteral(" LIMIT :limit") +
           (keysOnly ? QStringLiteral(" OFFSET :offset") : QString());
}

} // namespace

Result<Page> PostgresStorage::page(const ClaimQuery &query, const std::optional<PageKey> &after,
                                   int limit) const
{
    if (limit <= 0)
        return Page{};
    const Result<Spread> spread = this->spread(query);
    if (!spread.ok())
        return spread.outcome;
    QSqlQuery &sql = statement(listSql(query, after.has_value(), *spread, false, claimColumns()));
    bindFilters(sql, query);
    bindAfter(sql, after);
    sql.bindValue(QStringLiteral(":limit"), limit + 1);
    if (!run(sql))
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
    sql.finish();
    return page;
}

Result<std::optional<PageKey>>
PostgresStorage::keyAfter(const ClaimQuery &query, const std::optional<PageKey> &after, qint64 skip) const
{
    const Result<Spread> spread = this->spread(query);
    if (!spread.ok())
        return spread.outcome;
    QSqlQuery &sql = statement(listSql(query, after.has_value(), *spread, true, {}));
    bindFilters(sql, query);
    bindAfter(sql, after);
    sql.bindValue(QStringLiteral(":limit"), 1);
    sql.bindValue(QStringLiteral(":offset"), skip);
    if (!run(sql))
        return failure(sql);
    std::optional<PageKey> key;
    if (sql.next())
        key = PageKey{sql.value(0), sql.value(1).toLongLong()};
    sql.finish();
    return key;
}

Result<Spread> PostgresStorage::spread(const ClaimQuery &query) const
{
    const QString term = query.search.trimmed();
    if (term.isEmpty())
        return Spread::Few;
    // Capped counts: each stops at the threshold, so this costs a few index pages.
    QSqlQuery &sql = statement(
        QStringLiteral("SELECT (SELECT count(*) FROM (SELECT 1 FROM orders o3 WHERE ") +
        buyerCondition(sqlrows::hasNoTrigram(term)) +
        QStringLiteral(" LIMIT 2000) a), (SELECT count(*) FROM (") + productClaims() +
        QStringLiteral(" LIMIT 2000) b)"
                       " + (SELECT count(*) FROM (SELECT 1 FROM claims WHERE order_id >= :searchLo AND "
                       "order_id < :searchHi"
                       "  LIMIT 2000) c)"
                       " + (SELECT count(*) FROM (SELECT 1 FROM claims WHERE tracking_no >= :searchTracking"
                       "  AND tracking_no < :searchTrackingHi LIMIT 2000) d)"));
    bindFilters(sql, query);
    if (!run(sql) || !sql.next())
        return failure(sql);
    const qint64 buyers = sql.value(0).toLongLong();
    const qint64 others = sql.value(1).toLongLong();
    sql.finish();
    if (buyers >= 2000)
        return Spread::ManyBuyers;
    return buyers + others >= 2000 ? Spread::Many : Spread::Few;
}

Result<QString> PostgresStorage::countSql(const ClaimQuery &query) const
{
    const QString term = query.search.trimmed();
    const bool timed = query.quick == QuickFilter::DueSoon || query.quick == QuickFilter::AtRisk;
    if (term.isEmpty() && query.assignee && query.assignee->isEmpty()) {
        // Held by nobody: the list's count less its assigned claims (claims_assigned holds
        // only those).
        ClaimQuery anyone = query;
        anyone.assignee.reset();
        const Result<QString> all = countSql(anyone);
        if (!all.ok())
            return all;
        const QString where = whereClause(anyone);
        return QString(QStringLiteral("SELECT (") + *all +
                       QStringLiteral(") - (SELECT count(*) FROM claims c WHERE ") +
                       (where.isEmpty() ? QString() : where + QStringLiteral(" AND ")) +
                       QStringLiteral("c.assignee IS NOT NULL)"));
    }
    if (term.isEmpty() && query.flag == 0) {
        // Unflagged: the list's count less its flagged claims (claims_flagged holds only those).
        ClaimQuery anyFlag = query;
        anyFlag.flag.reset();
        const Result<QString> all = countSql(anyFlag);
        if (!all.ok())
            return all;
        const QString where = whereClause(anyFlag);
        return QString(
            QStringLiteral("SELECT (") + *all + QStringLiteral(") - (SELECT count(*) FROM claims c WHERE ") +
            (where.isEmpty() ? QString() : where + QStringLiteral(" AND ")) + QStringLiteral("c.flag > 0)"));
    }
    if (term.isEmpty() && !timed) {
        // Type and status conditions are answered from the trigger-kept counts.
        const QString where = whereClause(query);
        if (!where.contains(QLatin1String("c.flag")) && !where.contains(QLatin1String("c.assignee")) &&
            !isDrillDown(query) && !where.contains(QLatin1String("c.sync_state")))
            return QString(QStringLiteral("SELECT COALESCE(sum(c.n), 0) FROM claim_counts_now c") +
                           (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where));
    }
    ClaimQuery unsearched = query;
    unsearched.search.clear();
    if (!term.isEmpty() && whereClause(unsearched).isEmpty())
        // A search alone: the claims on the titles it finds, counted from claims_by_product
        // alone, plus those it finds otherwise (by key, by buyer), less those of them on the
        // titles already; never gathering the tens of thousands of claims of a title.
        return QString(QStringLiteral("WITH found AS MATERIALIZED (") +
                       foundSet(sqlrows::hasNoTrigram(term), QStringLiteral(" UNION ")) +
                       QStringLiteral(") SELECT (SELECT count(*) FROM (") + productClaims() +
                       QStringLiteral(") p) + (SELECT count(*) FROM found) - (SELECT count(*) FROM found f"
                                      " JOIN claims c4 ON c4.id = f.id WHERE c4.product IN (") +
                       titleSet() + QStringLiteral("))"));
    const Result<Spread> spread = this->spread(query);
    if (!spread.ok())
        return spread.outcome;
    const QString where = whereClause(query, *spread);
    return QString(QStringLiteral("SELECT count(*) FROM claims c") +
                   (where.contains(QLatin1String("o."))
                        ? QStringLiteral(" JOIN orders o ON o.order_id = c.order_id")
                        : QString()) +
                   (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where));
}

Result<qint64> PostgresStorage::count(const ClaimQuery &query) const
{
    const Result<QString> sql = countSql(query);
    if (!sql.ok())
        return sql.outcome;
    QSqlQuery &q = statement(*sql);
    bindFilters(q, query);
    if (!run(q) || !q.next())
        return failure(q);
    const qint64 n = q.value(0).toLongLong();
    q.finish();
    return n;
}

Result<QList<qint64>> PostgresStorage::counts(const QList<ClaimQuery> &queries) const
{
    // One statement, one round trip: each count a column of its own. A search's count keeps
    // its own statement (how it is counted depends on how many claims it finds).
    const bool searched = std::any_of(queries.cbegin(), queries.cend(),
                                      [](const ClaimQuery &q) { return !q.search.trimmed().isEmpty(); });
    if (queries.size() < 2 || searched)
        return Storage::counts(queries);
    // The counts the triggers keep are summed once for all the columns that read them (the
    // view, a union of two small tables, read once per column took 70 µs each).
    static const QString kept = QStringLiteral("FROM claim_counts_now c");
    QStringList columns;
    bool anyKept = false;
    for (qsizetype i = 0; i < queries.size(); ++i) {
        Result<QString> sql = countSql(queries.at(i));
        if (!sql.ok())
            return sql.outcome;
        if (sql->contains(kept)) {
            sql->replace(kept, QStringLiteral("FROM kept c"));
            anyKept = true;
        }
        columns << QLatin1Char('(') + withSuffix(*sql, QStringLiteral("_%1_").arg(i)) + QLatin1Char(')');
    }
    QSqlQuery &q =
        statement((anyKept ? QStringLiteral("WITH kept AS MATERIALIZED (SELECT type, status, sum(n) AS n"
                                            " FROM claim_counts_now GROUP BY type, status) ")
                           : QString()) +
                  QStringLiteral("SELECT ") + columns.join(QLatin1String(", ")));
    for (qsizetype i = 0; i < queries.size(); ++i)
        bindFilters(q, queries.at(i), QStringLiteral("_%1_").arg(i));
    if (!run(q) || !q.next())
        return failure(q);
    QList<qint64> out;
    out.reserve(queries.size());
    for (qsizetype i = 0; i < queries.size(); ++i)
        out.append(q.value(int(i)).toLongLong());
    q.finish();
    return out;
}

Result<QList<ClaimGroup>> PostgresStorage::groups(const ClaimQuery &query) const
{
    const Result<Spread> spread = this->spread(query);
    if (!spread.ok())
        return spread.outcome;
    const QString where = whereClause(query, *spread);
    QSqlQuery &sql = statement(
        QStringLiteral(
            "SELECT c.type, c.status, c.reason, c.compensation_cents > 0, c.refund_cents > 0, count(*),"
            " sum(o.amount_cents), sum(c.refund_cents)"
            " FROM claims c JOIN orders o ON o.order_id = c.order_id") +
        (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where) +
        QStringLiteral(" GROUP BY 1, 2, 3, 4, 5"));
    bindFilters(sql, query);
    if (!run(sql))
        return failure(sql);
    QList<ClaimGroup> out;
    while (sql.next())
        out.append(ClaimGroup{
            static_cast<ClaimType>(sql.value(0).toInt()), static_cast<ClaimStatus>(sql.value(1).toInt()),
            static_cast<Reason>(sql.value(2).toInt()), sql.value(3).toBool(), sql.value(4).toBool(),
            sql.value(5).toLongLong(), sql.value(6).toLongLong(), sql.value(7).toLongLong()});
    sql.finish();
    return out;
}

Result<QStringList> PostgresStorage::explain(const QString &sql, const ClaimQuery &query) const
{
    // EXPLAIN cannot be prepared: the statement is prepared under a name of our own with
    // $n parameters, and explained executing with the values the driver formats as it
    // formats every bound value.
    QSqlQuery bound(db());
    if (!bound.prepare(sql))
        return failure(bound);
    bindFilters(bound, query);
    if (sql.contains(QLatin1String(":afterValue"))) {
        bound.bindValue(QStringLiteral(":afterValue"),
                        query.sort == SortKey::OrderId ? QVariant(QStringLiteral("0")) : QVariant(qint64(0)));
        bound.bindValue(QStringLiteral(":afterId"), 0);
    }
    if (sql.contains(QLatin1String(":limit")))
        bound.bindValue(QStringLiteral(":limit"), 51);
    if (sql.contains(QLatin1String(":offset")))
        bound.bindValue(QStringLiteral(":offset"), 1000);
    static const QRegularExpression placeholder(QStringLiteral("(?<![:\\w]):([A-Za-z_]\\w*)"));
    QString positional;
    QStringList names;
    qsizetype from = 0;
    for (auto it = placeholder.globalMatch(sql); it.hasNext();) {
        const auto m = it.next();
        positional += sql.mid(from, m.capturedStart() - from);
        qsizetype index = names.indexOf(m.captured(1));
        if (index < 0) {
            names << m.captured(1);
            index = names.size() - 1;
        }
        positional += QStringLiteral("$%1").arg(index + 1);
        from = m.capturedEnd();
    }
    positional += sql.mid(from);
    QVariantList values;
    for (const QString &name : std::as_const(names))
        values << bound.boundValue(QLatin1Char(':') + name);
    return explainNumbered(positional, values);
}

Result<QStringList> PostgresStorage::explainPositional(const QString &sql, const QVariantList &values) const
{
    // Our statements hold no question mark but their parameters.
    QString numbered;
    int n = 0;
    for (const QChar ch : sql)
        numbered += ch == QLatin1Char('?') ? QStringLiteral("$%1").arg(++n) : QString(ch);
    return explainNumbered(numbered, values);
}

Result<QStringList> PostgresStorage::explainNumbered(const QString &sql, const QVariantList &values) const
{
    QStringList literals;
    for (const QVariant &value : values) {
        QSqlField field(QString(), value.metaType());
        field.setValue(value);
        literals << db().driver()->formatValue(field);
    }
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("PREPARE aftersales_explain AS ") + sql))
        return failure(q);
    QStringList plan;
    const bool explained =
        q.exec(QStringLiteral("EXPLAIN EXECUTE aftersales_explain") +
               (literals.isEmpty() ? QString() : QLatin1Char('(') + literals.join(u", ") + QLatin1Char(')')));
    while (explained && q.next())
        plan << q.value(0).toString();
    const Outcome failed = explained ? Outcome::success() : failure(q);
    q.exec(QStringLiteral("DEALLOCATE aftersales_explain"));
    if (!failed.ok())
        return failed;
    return plan;
}

Result<QStringList> PostgresStorage::explainPage(const ClaimQuery &query, bool keyset) const
{
    const Result<Spread> spread = this->spread(query);
    if (!spread.ok())
        return spread.outcome;
    return explain(listSql(query, keyset, *spread, false, claimColumns()), query);
}

Result<QStringList> PostgresStorage::explainKeyAfter(const ClaimQuery &query) const
{
    const Result<Spread> spread = this->spread(query);
    if (!spread.ok())
        return spread.outcome;
    return explain(listSql(query, true, *spread, true, {}), query);
}

Result<QStringList> PostgresStorage::explainCount(const ClaimQuery &query) const
{
    const Result<QString> sql = countSql(query);
    if (!sql.ok())
        return sql.outcome;
    return explain(*sql, query);
}

} // namespace aftersales
