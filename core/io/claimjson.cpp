#include "io/claimjson.h"

#include "domain/names.h"
#include "domain/timeformat.h"

#include <QJsonArray>

namespace aftersales::claimjson
{
namespace
{
QJsonValue textOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}
QJsonValue timeOrNull(const std::optional<QDateTime> &t)
{
    return t ? QJsonValue(timeformat::toIsoUtc(*t)) : QJsonValue();
}
} // namespace

QJsonObject toJson(const Claim &c)
{
    const std::optional<int> statusCode = names::platformCode(c.status);
    return QJsonObject{
        {QStringLiteral("id"), c.id},
        {QStringLiteral("order_id"), c.orderId},
        {QStringLiteral("type"), names::typeName(c.type)},
        {QStringLiteral("aftersale_type"), names::platformCode(c.type)},
        {QStringLiteral("reason"), names::reasonName(c.reason)},
        {QStringLiteral("status"), names::statusName(c.status)},
        {QStringLiteral("aftersale_status"), statusCode ? QJsonValue(*statusCode) : QJsonValue()},
        {QStringLiteral("deadline"), timeOrNull(c.deadline)},
        {QStringLiteral("applied_at"), timeformat::toIsoUtc(c.appliedAt)},
        {QStringLiteral("updated_at"), timeformat::toIsoUtc(c.updatedAt)},
        {QStringLiteral("note"), c.note},
        {QStringLiteral("carrier"), textOrNull(c.carrier)},
        {QStringLiteral("tracking_no"), textOrNull(c.trackingNo)},
        {QStringLiteral("return_carrier"), textOrNull(c.returnCarrier)},
        {QStringLiteral("return_tracking_no"), textOrNull(c.returnTrackingNo)},
        {QStringLiteral("refund_cents"), c.refundCents},
        {QStringLiteral("compensation_cents"), c.compensationCents},
        {QStringLiteral("reject_code"),
         c.rejectCode ? QJsonValue(names::rejectCodeName(*c.rejectCode)) : QJsonValue()},
        {QStringLiteral("remark"), c.remark},
        {QStringLiteral("flag"), c.flag},
        {QStringLiteral("version"), c.version},
        {QStringLiteral("amount_cents"), c.order.amountCents},
        {QStringLiteral("category"), c.order.category},
        {QStringLiteral("buyer"), c.order.buyer},
        {QStringLiteral("product"), c.order.product},
        {QStringLiteral("original_carrier"), textOrNull(c.order.carrier)},
        {QStringLiteral("original_tracking_no"), textOrNull(c.order.trackingNo)},
        {QStringLiteral("assignee"), textOrNull(c.assignee)},
        {QStringLiteral("sync"), QJsonObject{{QStringLiteral("state"), names::syncStateName(c.sync.state)},
                                             {QStringLiteral("message"), textOrNull(c.sync.message)}}},
    };
}

QJsonObject toJson(const Event &e)
{
    return QJsonObject{
        {QStringLiteral("at"), timeformat::toIsoUtc(e.at)},
        {QStringLiteral("actor"), e.actor},
        {QStringLiteral("action"), e.action},
        {QStringLiteral("from"), names::statusName(e.from)},
        {QStringLiteral("to"), names::statusName(e.to)},
        {QStringLiteral("detail"), e.detail},
    };
}

QJsonObject toJson(const Claim &claim, const QList<Event> &events)
{
    QJsonObject o = toJson(claim);
    QJsonArray list;
    for (const Event &e : events)
        list.append(toJson(e));
    o.insert(QStringLiteral("events"), list);
    return o;
}

} // namespace aftersales::claimjson
