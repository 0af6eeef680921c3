#include "storage/sqlrows.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <limits>

namespace aftersales::sqlrows
{

std::optional<QDateTime> timeFrom(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return QDateTime::fromSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

QDateTime timeAt(const QVariant &v)
{
    return QDateTime::fromSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

qint64 dueFrom(const QDateTime &from)
{
    return from.isValid() ? from.toSecsSinceEpoch() : std::numeric_limits<qint64>::min();
}

namespace
{

// "1, 2": the codes of WindowEnd as both backends store them.
QString windowEndCodes(QList<WindowEnd> ends)
{
    std::sort(ends.begin(), ends.end());
    QStringList out;
    for (WindowEnd e : ends)
        out << QString::number(int(e));
    return out.join(QLatin1String(", "));
}

void spanCondition(QStringList &parts, const QString &column, const TimeSpan &span, const QString &name)
{
    if (span.from)
        parts << column + QStringLiteral(" >= :") + name + QStringLiteral("From");
    if (span.to)
        parts << column + QStringLiteral(" < :") + name + QStringLiteral("To");
}

// "(1, 3, 4)" or "= 1".
QString statusList(QList<ClaimStatus> statuses)
{
    std::sort(statuses.begin(), statuses.end());
    if (statuses.size() == 1)
        return QStringLiteral(" = ") + QString::number(int(statuses.first()));
    QStringList out;
    for (ClaimStatus s : statuses)
        out << QString::number(int(s));
    return QStringLiteral(" IN (") + out.join(QLatin1String(", ")) + QLatin1Char(')');
}

} // namespace

Order orderFromRow(const QSqlQuery &q)
{
    Order o;
    o.orderId = q.value(0).toString();
    o.category = q.value(1).toString();
    o.amountCents = q.value(2).toLongLong();
    o.carrier = q.value(3).toString();
    o.trackingNo = q.value(4).toString();
    o.shippedAt = timeFrom(q.value(5));
    o.receivedAt = timeFrom(q.value(6));
    o.buyer = q.value(7).toString();
    o.product = q.value(8).toString();
    return o;
}

Event eventFromRow(const QSqlQuery &q)
{
    Event e;
    e.id = q.value(0).toLongLong();
    e.claimId = q.value(1).toLongLong();
    e.at = timeAt(q.value(2));
    e.actor = q.value(3).toString();
    e.action = q.value(4).toString();
    e.from = static_cast<ClaimStatus>(q.value(5).toInt());
    e.to = static_cast<ClaimStatus>(q.value(6).toInt());
    e.detail = q.value(7).toString();
    return e;
}

Claim claimFromColumns(const QSqlQuery &q)
{
    Claim c;
    c.id = q.value(0).toLongLong();
    c.orderId = q.value(1).toString();
    c.type = static_cast<ClaimType>(q.value(2).toInt());
    c.reason = static_cast<Reason>(q.value(3).toInt());
    c.status = static_cast<ClaimStatus>(q.value(4).toInt());
    c.note = q.value(5).toString();
    c.appliedAt = timeAt(q.value(6));
    c.deadline = timeFrom(q.value(7));
    c.carrier = q.value(8).toString();
    c.trackingNo = q.value(9).toString();
    c.returnCarrier = q.value(10).toString();
    c.returnTrackingNo = q.value(11).toString();
    c.refundCents = q.value(12).toLongLong();
    c.compensationCents = q.value(13).toLongLong();
    if (!q.value(14).isNull())
        c.rejectCode = static_cast<RejectCode>(q.value(14).toInt());
    c.remark = q.value(15).toString();
    c.flag = q.value(16).toInt();
    c.version = q.value(17).toLongLong();
    c.updatedAt = timeAt(q.value(18));
    c.order.orderId = c.orderId;
    c.order.category = q.value(19).toString();
    c.order.amountCents = q.value(20).toLongLong();
    c.order.carrier = q.value(21).toString();
    c.order.trackingNo = q.value(22).toString();
    c.order.shippedAt = timeFrom(q.value(23));
    c.order.receivedAt = timeFrom(q.value(24));
    c.order.buyer = q.value(25).toString();
    c.order.product = q.value(26).toString();
    return c;
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

bool hasNoTrigram(const QString &term)
{
    return term.toUcs4().size() < 3;
}

QString escapeLike(QString s)
{
    s.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    s.replace(QLatin1Char('%'), QLatin1String("\\%"));
    s.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return s;
}

QStringList drillDownConditions(const ClaimQuery &q, const QString &productCondition)
{
    QStringList parts;
    if (q.applied)
        spanCondition(parts, QStringLiteral("c.applied_at"), *q.applied, QStringLiteral("applied"));
    if (q.deadline) {
        // On `due`, the lists' own index column (the deadline, or the end of year 9999 for a
        // claim without one), so the index alone answers.
        spanCondition(parts, QStringLiteral("c.due"), *q.deadline, QStringLiteral("deadline"));
        parts << QStringLiteral("c.due < 253402300799");
    }
    if (!q.statuses.isEmpty())
        parts << QStringLiteral("c.status") + statusList(q.statuses);
    if (q.reason)
        parts << QStringLiteral("c.reason = :reason");
    if (q.product)
        parts << productCondition;
    if (!q.firstReviewEnd.isEmpty())
        parts << QStringLiteral("c.review_end IN (") + windowEndCodes(q.firstReviewEnd) + QLatin1Char(')');
    if (q.shipmentOpened)
        spanCondition(parts, QStringLiteral("c.ship_start"), *q.shipmentOpened, QStringLiteral("shipOpened"));
    if (!q.firstShipmentEnd.isEmpty())
        parts << QStringLiteral("c.ship_end IN (") + windowEndCodes(q.firstShipmentEnd) + QLatin1Char(')');
    if (q.firstActor)
        parts << QStringLiteral("c.first_actor = :firstActor");
    if (q.step) {
        // The literal actor repeats the partial index's condition (events_automatic).
        QStringList step{QStringLiteral("e.actor = 'system'"), QStringLiteral("e.action = :stepAction")};
        spanCondition(step, QStringLiteral("e.at"), q.step->at, QStringLiteral("step"));
        QStringList details;
        for (qsizetype i = 0; i < q.step->details.size(); ++i)
            details << QStringLiteral(":stepDetail%1x").arg(i);
        step << (details.isEmpty() ? QStringLiteral("FALSE")
                                   : QStringLiteral("e.detail IN (") + details.join(QLatin1String(", ")) +
                                         QLatin1Char(')'));
        parts << QStringLiteral("c.id IN (SELECT e.claim_id FROM events e WHERE ") +
                     step.join(QLatin1String(" AND ")) + QLatin1Char(')');
    }
    return parts;
}

void bindDrillDown(QSqlQuery &sql, const ClaimQuery &q, const QString &suffix)
{
    const QString text = sql.lastQuery();
    auto bindIf = [&](const QString &name, const QVariant &value) {
        if (text.contains(name + suffix))
            sql.bindValue(name + suffix, value);
    };
    auto bindSpan = [&](const std::optional<TimeSpan> &span, const QString &name) {
        if (span && span->from)
            bindIf(QLatin1Char(':') + name + QStringLiteral("From"), span->from->toSecsSinceEpoch());
        if (span && span->to)
            bindIf(QLatin1Char(':') + name + QStringLiteral("To"), span->to->toSecsSinceEpoch());
    };
    bindSpan(q.applied, QStringLiteral("applied"));
    bindSpan(q.deadline, QStringLiteral("deadline"));
    bindSpan(q.shipmentOpened, QStringLiteral("shipOpened"));
    if (q.reason)
        bindIf(QStringLiteral(":reason"), int(*q.reason));
    if (q.product)
        bindIf(QStringLiteral(":product"), *q.product);
    if (q.firstActor)
        bindIf(QStringLiteral(":firstActor"), *q.firstActor);
    if (q.step) {
        bindIf(QStringLiteral(":stepAction"), q.step->action);
        bindSpan(q.step->at, QStringLiteral("step"));
        for (qsizetype i = 0; i < q.step->details.size(); ++i)
            bindIf(QStringLiteral(":stepDetail%1x").arg(i), q.step->details.at(i));
    }
}

QString firstActionsSql(const QString &claims)
{
    return QStringLiteral(
               "WITH RECURSIVE ops(name) AS ("
               " SELECT min(first_actor) FROM claims WHERE first_actor IS NOT NULL"
               " UNION ALL SELECT (SELECT min(c.first_actor) FROM claims c WHERE c.first_actor > ops.name)"
               " FROM ops WHERE ops.name IS NOT NULL)"
               " SELECT ops.name, (SELECT count(*) FROM ") +
           claims +
           QStringLiteral(" WHERE c.first_actor = ops.name"
                          " AND c.applied_at >= ? AND c.applied_at < ?) FROM ops WHERE ops.name IS NOT NULL");
}

} // namespace aftersales::sqlrows
