#include "itemjson.h"

#include "domain.h"

#include <QJsonArray>

namespace aftersales::platformsim::itemjson
{

int platformStatus(ClaimStatus status)
{
    switch (status) {
    case ClaimStatus::InArbitration:
    case ClaimStatus::PlatformIntervention:
        return 27;
    case ClaimStatus::ShipOverdue:
        return 8;
    case ClaimStatus::Cancelled:
        return 28;
    default:
        return names::platformCode(status).value_or(0);
    }
}

int arbitrateStatus(ClaimStatus status)
{
    return status == ClaimStatus::InArbitration || status == ClaimStatus::PlatformIntervention ? 1 : 0;
}

QString reasonText(Reason reason)
{
    switch (reason) {
    case Reason::NeverReceived:
        return QStringLiteral("一直未收到货");
    case Reason::MissingItems:
        return QStringLiteral("商家少发/漏发");
    case Reason::Other:
        return QStringLiteral("其他");
    case Reason::QualityIssue:
        return QStringLiteral("质量问题");
    case Reason::WrongItem:
        return QStringLiteral("商家发错货");
    case Reason::NotAsDescribed:
        return QStringLiteral("与商品描述不符");
    case Reason::NoLongerNeeded:
        return QStringLiteral("不想要了");
    }
    return QStringLiteral("其他");
}

namespace
{

qint64 refundAmount(const SimClaim &c)
{
    if (c.claim.refundCents > 0)
        return c.claim.refundCents;
    // A refund claim asks for the order line; an exchange or reshipment asks for goods.
    const bool refundType = c.claim.type == ClaimType::ReturnRefund ||
                            c.claim.type == ClaimType::RefundShipped ||
                            c.claim.type == ClaimType::RefundUnshipped;
    return refundType ? c.claim.order.amountCents : 0;
}

QJsonObject shipment(const QString &carrier, const QString &trackingNo)
{
    return {{QStringLiteral("company_code"), carrier}, {QStringLiteral("tracking_no"), trackingNo}};
}

} // namespace

QJsonObject listItem(const SimClaim &c)
{
    const Claim &claim = c.claim;
    QJsonArray orderLogistics;
    if (!claim.order.trackingNo.isEmpty())
        orderLogistics.append(shipment(claim.order.carrier, claim.order.trackingNo));
    const QJsonObject info{
        {QStringLiteral("aftersale_id"), QString::number(c.id)},
        {QStringLiteral("aftersale_type"), names::platformCode(claim.type)},
        {QStringLiteral("aftersale_status"), platformStatus(claim.status)},
        {QStringLiteral("apply_time"), c.applyTime},
        {QStringLiteral("update_time"), c.updateTime},
        {QStringLiteral("status_deadline"), c.deadlineSecs()},
        {QStringLiteral("refund_amount"), refundAmount(c)},
        {QStringLiteral("arbitrate_status"), arbitrateStatus(claim.status)},
        {QStringLiteral("order_logistics"), orderLogistics},
        {QStringLiteral("resend_logistics"), shipment(claim.carrier, claim.trackingNo)},
    };
    const QJsonObject order{
        {QStringLiteral("shop_order_id"), claim.order.orderId},
        {QStringLiteral("related_order_info"),
         QJsonArray{QJsonObject{{QStringLiteral("product_name"), claim.order.product},
                                {QStringLiteral("pay_amount"), claim.order.amountCents}}}},
    };
    return {{QStringLiteral("aftersale_info"), info},
            {QStringLiteral("order_info"), order},
            {QStringLiteral("text_part"),
             QJsonObject{{QStringLiteral("reason_text"), reasonText(claim.reason)}}}};
}

QJsonObject detailInfo(const SimClaim &c)
{
    return {{QStringLiteral("after_sale_id"), QString::number(c.id)},
            {QStringLiteral("after_sale_status"), platformStatus(c.claim.status)},
            {QStringLiteral("after_sale_type"), names::platformCode(c.claim.type)},
            {QStringLiteral("update_time"), c.updateTime},
            {QStringLiteral("status_deadline"), c.deadlineSecs()}};
}

} // namespace aftersales::platformsim::itemjson
