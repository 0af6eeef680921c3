#include "claimspec.h"

#include "catalog.h"
#include "claimbook.h"
#include "domain.h"

namespace aftersales::platformsim
{
namespace
{

QString text(const QJsonObject &o, const char *key, const QString &fallback)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isString() ? v.toString() : fallback;
}

} // namespace

std::optional<qint64> parseTime(const QJsonValue &value)
{
    if (value.isDouble())
        return qint64(value.toDouble());
    const QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODate);
    if (!t.isValid())
        return std::nullopt;
    return t.toSecsSinceEpoch();
}

std::optional<SimClaim> claimFromSpec(const QJsonObject &spec, ClaimBook &book, qint64 now,
                                      const Policy &policy, QString *error)
{
    auto fail = [error](const QString &message) {
        *error = message;
        return std::optional<SimClaim>();
    };
    SimClaim c;
    Claim &claim = c.claim;

    const QJsonValue id = spec.value(QStringLiteral("aftersale_id"));
    if (id.isUndefined()) {
        do
            c.id = 7300000000000000ULL + quint64(book.nextSerial());
        while (book.find(c.id));
    } else {
        bool ok = id.isString() && !id.toString().isEmpty() && id.toString().size() <= 19;
        c.id = ok ? id.toString().toULongLong(&ok) : 0;
        if (!ok || c.id == 0)
            return fail(QStringLiteral("aftersale_id must be a string of 1 to 19 digits"));
        if (book.find(c.id))
            return fail(QStringLiteral("aftersale_id %1 exists already").arg(c.id));
    }

    const QJsonValue type = spec.value(QStringLiteral("aftersale_type"));
    const std::optional<ClaimType> parsedType =
        type.isUndefined() ? ClaimType::Reship
                           : (type.isDouble() ? names::typeFromPlatformCode(type.toInt(-1))
                                              : names::parseType(type.toString()));
    if (!parsedType)
        return fail(QStringLiteral("aftersale_type must be a code (0, 1, 2, 3, 7) or a type name"));
    claim.type = *parsedType;

    const std::optional<ClaimStatus> status =
        names::parseStatus(text(spec, "status", QStringLiteral("pending_review")));
    if (!status)
        return fail(QStringLiteral("status must be a status name of RULES.md (pending_review, ...)"));
    claim.status = *status;

    const QList<Reason> reasons = names::reasonsFor(claim.type);
    // By default the type's first reason; "other" before the platform, where the first
    // (never_received) would mean arbitration.
    const Reason fallback =
        claim.status == ClaimStatus::PlatformIntervention ? Reason::Other : reasons.first();
    const std::optional<Reason> reason =
        names::parseReason(text(spec, "reason", names::reasonName(fallback)));
    if (!reason || !reasons.contains(*reason))
        return fail(QStringLiteral("reason must be one of the claim type's reasons"));
    claim.reason = *reason;
    // The platform reports both as 27 + arbitrate_status 1; the reason tells them apart.
    if (claim.status == ClaimStatus::InArbitration && claim.reason != Reason::NeverReceived)
        return fail(QStringLiteral("in_arbitration is for the reason never_received"));
    if (claim.status == ClaimStatus::PlatformIntervention && claim.reason == Reason::NeverReceived)
        return fail(QStringLiteral("platform_intervention is for reasons other than never_received"));

    const std::optional<qint64> applyTime = parseTime(spec.value(QStringLiteral("apply_time")).isUndefined()
                                                          ? QJsonValue(double(now))
                                                          : spec.value(QStringLiteral("apply_time")));
    const std::optional<qint64> updateTime = parseTime(spec.value(QStringLiteral("update_time")).isUndefined()
                                                           ? QJsonValue(double(applyTime.value_or(now)))
                                                           : spec.value(QStringLiteral("update_time")));
    if (!applyTime || !updateTime || *updateTime < *applyTime)
        return fail(
            QStringLiteral("apply_time and update_time must be times, update_time not before apply_time"));
    c.applyTime = *applyTime;
    c.updateTime = *updateTime;
    claim.appliedAt = QDateTime::fromSecsSinceEpoch(*applyTime, Qt::UTC);
    claim.updatedAt = QDateTime::fromSecsSinceEpoch(*updateTime, Qt::UTC);
    // A deadline only where something happens at it; by default the status's own one.
    claim.deadline = rules::deadlineFor(claim.status, claim.updatedAt, policy);
    if (claim.deadline && spec.contains(QStringLiteral("status_deadline"))) {
        const std::optional<qint64> deadline = parseTime(spec.value(QStringLiteral("status_deadline")));
        if (!deadline)
            return fail(QStringLiteral("status_deadline must be a time"));
        claim.deadline = QDateTime::fromSecsSinceEpoch(*deadline, Qt::UTC);
    }

    Order &order = claim.order;
    const catalog::Product &product = catalog::product(0);
    order.orderId = text(spec, "shop_order_id",
                         QStringLiteral("69%1").arg(c.id % 100000000000000000ULL, 17, 10, QLatin1Char('0')));
    order.product = text(spec, "product_name", product.title);
    order.category = text(spec, "category", product.category);
    order.amountCents = qint64(spec.value(QStringLiteral("pay_amount")).toDouble(129900));
    order.buyer = text(spec, "buyer", catalog::buyerName(0, 0, 1234));
    claim.orderId = order.orderId;
    if (claim.type != ClaimType::RefundUnshipped) {
        order.carrier = text(spec, "order_company_code", QStringLiteral("shunfeng"));
        order.trackingNo = carriers::normalized(text(spec, "order_tracking_no", QString()));
        if (!order.trackingNo.isEmpty() && book.trackingUsed(order.trackingNo))
            return fail(QStringLiteral("order_tracking_no %1 is used already").arg(order.trackingNo));
        while (order.trackingNo.isEmpty())
            order.trackingNo = QStringLiteral("SF9%1").arg(book.nextSerial(), 12, 10, QLatin1Char('0'));
        order.shippedAt = QDateTime::fromSecsSinceEpoch(*applyTime - 2 * 24 * 3600, Qt::UTC);
    }
    claim.carrier = text(spec, "resend_company_code", QString());
    claim.trackingNo = carriers::normalized(text(spec, "resend_tracking_no", QString()));
    if (!claim.trackingNo.isEmpty() && book.trackingUsed(claim.trackingNo))
        return fail(QStringLiteral("resend_tracking_no %1 is used already").arg(claim.trackingNo));
    claim.refundCents = qint64(spec.value(QStringLiteral("refund_amount")).toDouble(0));
    claim.id = qint64(c.id);
    return c;
}

} // namespace aftersales::platformsim
