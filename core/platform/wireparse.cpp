#include "wireparse.h"

#include "domain/names.h"
#include "wirereader.h"

#include <QCoreApplication>
#include <QSet>

namespace aftersales::platform::wireparse
{
namespace
{

// The context lupdate gives tr() calls in this namespace.
QString tr(const char *text)
{
    return QCoreApplication::translate("aftersales::platform::wireparse", text);
}

constexpr int maxCodeLength = 64;

qint64 time(const WireReader &r, const char *key)
{
    return r.integer(key, earliestTime, latestTime);
}

// 0 (none) or a time in range.
qint64 deadline(const WireReader &r, const char *key)
{
    const qint64 t = r.optionalInteger(key, 0, latestTime, 0);
    if (t != 0 && t < earliestTime) {
        r.fail(tr("%1 is %2, expected 0 or a time from %3 on")
                   .arg(r.path(key), QString::number(t), QString::number(earliestTime)));
        return 0;
    }
    return t;
}

ClaimType claimType(const WireReader &r, const char *key)
{
    const int code = int(r.integer(key, 0, 999));
    const std::optional<ClaimType> type = names::typeFromPlatformCode(code);
    if (r.ok() && !type)
        r.fail(tr("%1 is %2, not a claim type code of RULES.md").arg(r.path(key), QString::number(code)));
    return type.value_or(ClaimType::Reship);
}

int statusCode(const WireReader &r, const char *key)
{
    const int code = int(r.integer(key, 0, 999));
    if (r.ok() && !names::statusFromPlatformCode(code))
        r.fail(tr("%1 is %2, not a claim status code of RULES.md").arg(r.path(key), QString::number(code)));
    return code;
}

Logistics logistics(const WireReader &r)
{
    return {r.optionalText("company_code", maxCodeLength), r.optionalText("tracking_no", maxCodeLength)};
}

} // namespace

Parsed<PlatformClaim> claim(const QJsonObject &item, const QString &path)
{
    const WireReader r(item, path);
    const WireReader info = r.object("aftersale_info");
    PlatformClaim c;
    c.aftersaleId = info.id("aftersale_id");
    c.type = claimType(info, "aftersale_type");
    c.statusCode = statusCode(info, "aftersale_status");
    c.applyTime = time(info, "apply_time");
    c.updateTime = time(info, "update_time");
    c.statusDeadline = deadline(info, "status_deadline");
    c.refundAmount = info.optionalInteger("refund_amount", 0, largestAmount, 0);
    c.arbitrateStatus = int(info.optionalInteger("arbitrate_status", 0, 9, 0));
    const QJsonArray shipments = info.optionalArray("order_logistics", 20);
    for (qsizetype i = 0; i < shipments.size() && info.ok(); ++i)
        c.orderLogistics << logistics(info.element(shipments, "order_logistics", i));
    c.resendLogistics = logistics(info.optionalObject("resend_logistics"));

    const WireReader order = r.object("order_info");
    c.shopOrderId = order.digits("shop_order_id", 32);
    const QJsonArray lines = order.optionalArray("related_order_info", 100);
    for (qsizetype i = 0; i < lines.size() && order.ok(); ++i) {
        const WireReader line = order.element(lines, "related_order_info", i);
        const QString product = line.optionalText("product_name", 1000);
        const qint64 paid = line.optionalInteger("pay_amount", 0, largestAmount, 0);
        if (i == 0) {
            c.productName = product;
            c.payAmount = paid;
        }
    }
    c.reasonText = r.optionalObject("text_part").optionalText("reason_text", 200);
    if (!r.ok())
        return Parsed<PlatformClaim>::refused(r.error());
    return c;
}

Parsed<ListPage> listPage(const QJsonObject &data, const ListQuery &asked)
{
    const WireReader r(data, QStringLiteral("data"));
    ListPage page;
    const QJsonArray items = r.array("items", asked.size);
    page.hasMore = r.boolean("has_more");
    page.total = r.integer("total", 0, 1000000000);
    page.page = int(r.integer("page", 0, 1000000));
    page.size = int(r.integer("size", 0, 100));
    if (r.ok() && (page.page != asked.page || page.size != asked.size))
        r.fail(tr("data.page and data.size are %1 and %2, but page %3 of size %4 was asked")
                   .arg(QString::number(page.page), QString::number(page.size), QString::number(asked.page),
                        QString::number(asked.size)));
    if (!r.ok())
        return Parsed<ListPage>::refused(r.error());
    page.items.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString at = QStringLiteral("data.items[%1]").arg(i);
        if (!items.at(i).isObject())
            return Parsed<ListPage>::refused(
                tr("%1 is %2, expected an object").arg(at, jsonTypeName(items.at(i))));
        Parsed<PlatformClaim> c = claim(items.at(i).toObject(), at);
        if (!c.ok())
            return Parsed<ListPage>::refused(c.error);
        page.items << std::move(*c.value);
    }
    return page;
}

Parsed<ClaimDetail> detail(const QJsonObject &data, qint64 askedId)
{
    const WireReader r(data, QStringLiteral("data"));
    const WireReader info = r.object("process_info").object("after_sale_info");
    ClaimDetail d;
    d.afterSaleId = info.id("after_sale_id");
    d.statusCode = statusCode(info, "after_sale_status");
    d.type = claimType(info, "after_sale_type");
    d.updateTime = time(info, "update_time");
    d.statusDeadline = deadline(info, "status_deadline");
    if (r.ok() && d.afterSaleId != askedId)
        r.fail(
            tr("%1 is %2, but %3 was asked")
                .arg(info.path("after_sale_id"), QString::number(d.afterSaleId), QString::number(askedId)));
    if (!r.ok())
        return Parsed<ClaimDetail>::refused(r.error());
    return d;
}

Parsed<QList<OperateResult>> operateAnswer(const QJsonObject &data, const OperateRequest &sent)
{
    const WireReader r(data, QStringLiteral("data"));
    const QJsonArray items = r.array("items", sent.items.size());
    QSet<qint64> waiting;
    for (const OperateItem &item : sent.items)
        waiting.insert(item.aftersaleId);
    QList<OperateResult> results;
    for (qsizetype i = 0; i < items.size() && r.ok(); ++i) {
        const WireReader item = r.element(items, "items", i);
        OperateResult result;
        result.aftersaleId = item.id("aftersale_id");
        result.statusCode = int(item.integer("status_code", -2147483647, 2147483647));
        result.statusMsg = item.optionalText("status_msg", 4096);
        if (item.ok() && !waiting.remove(result.aftersaleId))
            item.fail(tr("%1 is %2, which was not sent or is answered twice")
                          .arg(item.path("aftersale_id"), QString::number(result.aftersaleId)));
        results << result;
    }
    if (r.ok() && !waiting.isEmpty())
        r.fail(tr("data.items answers %1 of the %2 claims sent")
                   .arg(QString::number(items.size()), QString::number(sent.items.size())));
    if (!r.ok())
        return Parsed<QList<OperateResult>>::refused(r.error());
    return results;
}

Parsed<QList<RejectReason>> rejectReasons(const QJsonObject &data)
{
    const WireReader r(data, QStringLiteral("data"));
    const QJsonArray items = r.array("items", 500);
    QList<RejectReason> reasons;
    QSet<int> seen;
    for (qsizetype i = 0; i < items.size() && r.ok(); ++i) {
        const WireReader item = r.element(items, "items", i);
        RejectReason reason;
        reason.code = int(item.integer("reject_reason_code", 0, 999999999));
        reason.reason = item.text("reason", 200);
        if (item.ok() && seen.contains(reason.code))
            item.fail(tr("%1 is %2 a second time")
                          .arg(item.path("reject_reason_code"), QString::number(reason.code)));
        seen.insert(reason.code);
        reasons << reason;
    }
    if (!r.ok())
        return Parsed<QList<RejectReason>>::refused(r.error());
    return reasons;
}

Parsed<TokenAnswer> token(const QJsonObject &data)
{
    const WireReader r(data, QStringLiteral("data"));
    TokenAnswer t;
    t.accessToken = r.text("access_token", 1024);
    if (r.ok() && t.accessToken.isEmpty())
        r.fail(tr("%1 is empty").arg(r.path("access_token")));
    t.expiresIn = r.integer("expires_in", 1, 10LL * 366 * 24 * 3600);
    t.refreshToken = r.optionalText("refresh_token", 1024);
    // The shop id is asked as a string; a number is taken only where it cannot have been rounded.
    const QJsonValue shop = data.value(QLatin1String("shop_id"));
    if (shop.isDouble())
        t.shopId = QString::number(r.integer("shop_id", 1, (qint64(1) << 53) - 1));
    else
        t.shopId = r.digits("shop_id", 32);
    t.shopName = r.optionalText("shop_name", 200);
    if (!r.ok())
        return Parsed<TokenAnswer>::refused(r.error());
    return t;
}

} // namespace aftersales::platform::wireparse
