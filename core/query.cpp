#include "query.h"

#include "carriers.h"
#include "store.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QSqlRecord>

#include <array>

namespace aftersales {
namespace quickfilters {
namespace {

struct Row {
    QuickFilter value;
    const char *name;
    const char *label;
};

constexpr std::array rows{
    Row{QuickFilter::All, "all", QT_TRANSLATE_NOOP("quickfilters", "All")},
    Row{QuickFilter::ExchangeReshipPending, "exchange_reship_pending",
        QT_TRANSLATE_NOOP("quickfilters", "Exchanges & reshipments pending")},
    Row{QuickFilter::PendingReview, "pending_review", QT_TRANSLATE_NOOP("quickfilters", "Pending review")},
    Row{QuickFilter::AwaitingShipment, "awaiting_shipment", QT_TRANSLATE_NOOP("quickfilters", "Awaiting shipment")},
    Row{QuickFilter::DueSoon, "due_soon", QT_TRANSLATE_NOOP("quickfilters", "Due soon")},
    Row{QuickFilter::Overdue, "overdue", QT_TRANSLATE_NOOP("quickfilters", "Shipment overdue")},
    Row{QuickFilter::Platform, "platform", QT_TRANSLATE_NOOP("quickfilters", "With the platform")},
    Row{QuickFilter::AtRisk, "at_risk", QT_TRANSLATE_NOOP("quickfilters", "Money at risk")},
};

} // namespace

QString name(QuickFilter q)
{
    for (const Row &r : rows)
        if (r.value == q)
            return QLatin1String(r.name);
    return {};
}

std::optional<QuickFilter> parse(const QString &name)
{
    for (const Row &r : rows)
        if (name == QLatin1String(r.name))
            return r.value;
    return std::nullopt;
}

QString label(QuickFilter q)
{
    for (const Row &r : rows)
        if (r.value == q)
            return QCoreApplication::translate("quickfilters", r.label);
    return {};
}

QList<QuickFilter> bar()
{
    return {QuickFilter::ExchangeReshipPending, QuickFilter::PendingReview, QuickFilter::AwaitingShipment,
            QuickFilter::DueSoon,               QuickFilter::Overdue,       QuickFilter::Platform,
            QuickFilter::All};
}

} // namespace quickfilters

namespace queries {
namespace {

constexpr qint64 atRiskSecs = 24 * 3600;

// Status lists are literals (from our enum, never from user text): SQLite only uses a
// partial index when the query repeats its literal condition.
QString quickCondition(QuickFilter q)
{
    switch (q) {
    case QuickFilter::All:
        return {};
    case QuickFilter::PendingReview:
        return QStringLiteral("c.status = 1");
    case QuickFilter::ExchangeReshipPending:
        return QStringLiteral("c.type IN (3, 7) AND c.status IN (1, 3, 4, 11)");
    case QuickFilter::AwaitingShipment:
        return QStringLiteral("c.status = 3");
    case QuickFilter::DueSoon:
        return QStringLiteral("c.status IN (1, 3, 4) AND c.due < :dueSoon");
    case QuickFilter::Overdue:
        return QStringLiteral("c.status = 11");
    case QuickFilter::Platform:
        return QStringLiteral("c.status IN (12, 13)");
    case QuickFilter::AtRisk:
        return QStringLiteral("c.status IN (1, 3) AND c.due < :atRisk");
    }
    return {};
}

QString sortColumn(SortKey k)
{
    switch (k) {
    case SortKey::Deadline:
        return QStringLiteral("c.due");
    case SortKey::Id:
        return QStringLiteral("c.id");
    case SortKey::OrderId:
        return QStringLiteral("c.order_id");
    case SortKey::Type:
        return QStringLiteral("c.type");
    case SortKey::Status:
        return QStringLiteral("c.status");
    case SortKey::Amount:
        return QStringLiteral("o.amount_cents");
    case SortKey::Applied:
        return QStringLiteral("c.applied_at");
    }
    return QStringLiteral("c.due");
}

QString escapeLike(QString s)
{
    s.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    s.replace(QLatin1Char('%'), QLatin1String("\\%"));
    s.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return s;
}

QString whereClause(const ClaimQuery &q)
{
    QStringList parts;
    if (const QString quick = quickCondition(q.quick); !quick.isEmpty())
        parts << quick;
    if (q.type)
        parts << QStringLiteral("c.type = :type");
    if (!q.types.isEmpty()) {
        // Literal codes from our own enum, never user text.
        QStringList codes;
        for (ClaimType t : q.types)
            codes << QString::number(int(t));
        parts << QStringLiteral("c.type IN (") + codes.join(QLatin1String(", ")) + QLatin1Char(')');
    }
    if (q.status)
        parts << QStringLiteral("c.status = :status");
    if (!q.search.trimmed().isEmpty())
        parts << QStringLiteral("(c.id = :searchId OR (c.order_id >= :searchLo AND c.order_id < :searchHi)"
                                " OR c.tracking_no = :searchTracking"
                                " OR o.buyer LIKE :searchLike ESCAPE '\\' OR o.product LIKE :searchLike ESCAPE '\\')");
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
    bindIf(":atRisk", q.now.toSecsSinceEpoch() + atRiskSecs);
    if (q.type)
        bindIf(":type", int(*q.type));
    if (q.status)
        bindIf(":status", int(*q.status));
    const QString term = q.search.trimmed();
    if (!term.isEmpty()) {
        bool numeric = false;
        const qint64 id = term.toLongLong(&numeric);
        bindIf(":searchId", numeric ? id : -1);
        bindIf(":searchLo", term);
        bindIf(":searchHi", QString(term + QChar(0xFFFF)));
        bindIf(":searchTracking", carriers::normalized(term));
        bindIf(":searchLike", QString(QLatin1Char('%') + escapeLike(term) + QLatin1Char('%')));
    }
}

} // namespace

QString pageSql(const ClaimQuery &query, bool keyset)
{
    const QString column = sortColumn(query.sort);
    const QString direction = query.descending ? QStringLiteral(" DESC") : QString();
    QString where = whereClause(query);
    if (keyset) {
        const QString cmp = query.descending ? QStringLiteral("<") : QStringLiteral(">");
        const QString seek = QStringLiteral("(%1, c.id) %2 (:afterValue, :afterId)").arg(column, cmp);
        where = where.isEmpty() ? seek : where + QStringLiteral(" AND ") + seek;
    }
    return QStringLiteral("SELECT ") + Store::claimColumns() + QStringLiteral(", ") + column +
           QStringLiteral(" FROM claims c JOIN orders o ON o.order_id = c.order_id") +
           (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where) + QStringLiteral(" ORDER BY ") +
           column + direction + QStringLiteral(", c.id") + direction + QStringLiteral(" LIMIT :limit");
}

Result<Page> page(const Store &store, const ClaimQuery &query, const std::optional<PageKey> &after, int limit)
{
    if (limit <= 0)
        return Page{};
    QSqlQuery sql = store.prepare(pageSql(query, after.has_value()));
    bindFilters(sql, query);
    if (after) {
        sql.bindValue(QStringLiteral(":afterValue"), after->sortValue);
        sql.bindValue(QStringLiteral(":afterId"), after->id);
    }
    sql.bindValue(QStringLiteral(":limit"), limit + 1);
    if (!sql.exec())
        return Store::failure(sql);
    Page page;
    const int sortIndex = sql.record().count() - 1;
    QVariant lastSort;
    while (sql.next()) {
        if (page.claims.size() == limit) {
            page.next = PageKey{lastSort, page.claims.last().id};
            break;
        }
        page.claims.append(Store::claimFromRow(sql));
        lastSort = sql.value(sortIndex);
    }
    return page;
}

Result<qint64> count(const Store &store, const ClaimQuery &query)
{
    const QString where = whereClause(query);
    const bool needsOrders = where.contains(QLatin1String("o."));
    QSqlQuery sql = store.prepare(QStringLiteral("SELECT count(*) FROM claims c") +
                                  (needsOrders ? QStringLiteral(" JOIN orders o ON o.order_id = c.order_id")
                                               : QString()) +
                                  (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where));
    bindFilters(sql, query);
    if (!sql.exec() || !sql.next())
        return Store::failure(sql);
    return sql.value(0).toLongLong();
}

Result<MoneyAtRisk> moneyAtRisk(const Store &store, const QDateTime &now, const Policy &policy)
{
    ClaimQuery q;
    q.quick = QuickFilter::AtRisk;
    q.now = now;
    // One pass, grouped in SQL: what each lapsing deadline costs.
    QSqlQuery sql = store.prepare(QStringLiteral(
        "SELECT c.status, c.reason = 1 AND c.type = 7, c.compensation_cents = 0, count(*), sum(o.amount_cents)"
        " FROM claims c JOIN orders o ON o.order_id = c.order_id WHERE ") +
                                  quickCondition(QuickFilter::AtRisk) + QStringLiteral(" GROUP BY 1, 2, 3"));
    bindFilters(sql, q);
    if (!sql.exec())
        return Store::failure(sql);
    MoneyAtRisk m;
    while (sql.next()) {
        const int status = sql.value(0).toInt();
        const bool neverReceived = sql.value(1).toBool();
        const bool uncompensated = sql.value(2).toBool();
        const int n = sql.value(3).toInt();
        m.claims += n;
        if (status == int(ClaimStatus::PendingReview)) {
            m.autoApprovals += n;
            continue;
        }
        if (uncompensated) {
            m.compensations += n;
            m.compensationCents += n * policy.compensationCents;
        }
        if (neverReceived) {
            m.autoRefunds += n;
            m.refundCents += sql.value(4).toLongLong();
        }
    }
    return m;
}

} // namespace queries
} // namespace aftersales
