#include "report/reportjson.h"

#include "domain/names.h"
#include "domain/timeformat.h"

#include <QJsonArray>

namespace aftersales::report
{
namespace
{

QJsonValue rate(const OnTime &t)
{
    const std::optional<double> r = t.rate();
    return r ? QJsonValue(*r) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject toJson(const Report &r)
{
    QJsonObject byType;
    for (auto it = r.byType.begin(); it != r.byType.end(); ++it)
        byType.insert(names::typeName(it.key()), it.value());
    QJsonArray byDay;
    for (const DayRow &d : r.days) {
        QJsonObject day{{QStringLiteral("day"), d.day.label.toString(Qt::ISODate)}};
        for (auto it = d.byType.begin(); it != d.byType.end(); ++it)
            day.insert(names::typeName(it.key()), it.value());
        byDay.append(day);
    }
    QJsonArray products;
    for (const ProductRow &p : r.products) {
        QJsonObject product{{QStringLiteral("product"), p.product}};
        for (auto it = p.byReason.begin(); it != p.byReason.end(); ++it)
            product.insert(names::reasonName(it.key()), it.value());
        products.append(product);
    }
    QJsonObject medians;
    for (const OperatorRow &o : r.operators)
        medians.insert(o.name, o.medianSecs);
    return QJsonObject{
        {QStringLiteral("from"), timeformat::toIsoUtc(r.period.from)},
        {QStringLiteral("to"), timeformat::toIsoUtc(r.period.to)},
        {QStringLiteral("claims"), r.claims},
        {QStringLiteral("by_type"), byType},
        {QStringLiteral("by_day"), byDay},
        {QStringLiteral("reship_reasons_by_product"), products},
        {QStringLiteral("review_on_time_rate"), rate(r.review)},
        {QStringLiteral("ship_on_time_rate"), rate(r.shipment)},
        {QStringLiteral("compensation_cents"), r.compensationCents},
        {QStringLiteral("auto_refund_cents"), r.autoRefundCents},
        {QStringLiteral("first_action_median_s_by_operator"), medians},
    };
}

} // namespace aftersales::report
