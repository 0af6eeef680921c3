#include "storage/sqlrows.h"

#include <QSqlQuery>
#include <QVariant>

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

QString escapeLike(QString s)
{
    s.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    s.replace(QLatin1Char('%'), QLatin1String("\\%"));
    s.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return s;
}

} // namespace aftersales::sqlrows
