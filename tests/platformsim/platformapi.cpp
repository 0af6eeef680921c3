#include "platformapi.h"

#include "claimbook.h"
#include "itemjson.h"
#include "params.h"
#include "rejectreasons.h"
#include "simconfig.h"
#include "statemachine.h"
#include "tokens.h"

#include <QJsonArray>

#include <limits>

namespace aftersales::platformsim
{
namespace
{

constexpr int maxPageSize = 100;
constexpr int maxOperateItems = 50;

MethodAnswer failed(const QString &logId, const PlatformError &e)
{
    return {envelope::error(logId, e), {}, 0, {}};
}

QJsonObject tokenData(const TokenPair &pair, const SimConfig &config)
{
    return {{QStringLiteral("access_token"), pair.accessToken},
            {QStringLiteral("expires_in"), pair.expiresIn},
            {QStringLiteral("refresh_token"), pair.refreshToken},
            {QStringLiteral("shop_id"), config.shopId},
            {QStringLiteral("shop_name"), config.shopName}};
}

} // namespace

PlatformApi::PlatformApi(const SimConfig &config, ClaimBook &book, StateMachine &machine, TokenStore &tokens)
    : m_config(config), m_book(book), m_machine(machine), m_tokens(tokens)
{
}

MethodAnswer PlatformApi::call(const QString &method, const QByteArray &body, const QString &logId,
                               qint64 now, int extraListItems)
{
    std::optional<PlatformError> error;
    const std::optional<QJsonObject> p = params::parse(body, error);
    if (!p)
        return failed(logId, *error);
    if (method == QLatin1String("token.create"))
        return tokenCreate(*p, logId, now);
    if (method == QLatin1String("token.refresh"))
        return tokenRefresh(*p, logId, now);
    if (method == QLatin1String("afterSale.List"))
        return list(*p, logId, extraListItems);
    if (method == QLatin1String("afterSale.Detail"))
        return detail(*p, logId);
    if (method == QLatin1String("afterSale.operate"))
        return operate(*p, logId, now);
    if (method == QLatin1String("afterSale.fillLogistics"))
        return fillLogistics(*p, logId, now);
    if (method == QLatin1String("afterSale.rejectReasonCodeList"))
        return rejectReasons(logId);
    return failed(logId, errors::methodInvalid(QStringLiteral("不存在的方法 %1").arg(method)));
}

MethodAnswer PlatformApi::tokenCreate(const QJsonObject &p, const QString &logId, qint64 now)
{
    std::optional<PlatformError> error;
    const auto grant = params::string(p, "grant_type", true, error);
    const auto shop = params::string(p, "shop_id", true, error);
    if (error)
        return failed(logId, *error);
    if (*grant != QLatin1String("authorization_self"))
        return failed(logId, errors::parameterInvalid(QStringLiteral("grant_type 须为 authorization_self")));
    if (*shop != m_config.shopId)
        return failed(logId, errors::authorizationMissing());
    return {envelope::ok(logId, tokenData(m_tokens.create(now), m_config)), {}, 0, {}};
}

MethodAnswer PlatformApi::tokenRefresh(const QJsonObject &p, const QString &logId, qint64 now)
{
    std::optional<PlatformError> error;
    const auto grant = params::string(p, "grant_type", true, error);
    const auto token = params::string(p, "refresh_token", true, error);
    if (error)
        return failed(logId, *error);
    if (*grant != QLatin1String("refresh_token"))
        return failed(logId, errors::parameterInvalid(QStringLiteral("grant_type 须为 refresh_token")));
    const std::optional<TokenPair> pair = m_tokens.refresh(*token, now);
    if (!pair)
        return failed(logId, errors::refreshTokenInvalid());
    return {envelope::ok(logId, tokenData(*pair, m_config)), {}, 0, {}};
}

MethodAnswer PlatformApi::list(const QJsonObject &p, const QString &logId, int extra)
{
    std::optional<PlatformError> error;
    const auto page = params::integer(p, "page", false, error, 0);
    const auto size = params::integer(p, "size", false, error, 10);
    const auto from = params::integer(p, "update_start_time", false, error, 0);
    const auto to = params::integer(p, "update_end_time", false, error, std::numeric_limits<qint64>::max());
    if (error)
        return failed(logId, *error);
    if (*page < 0 || *page > 10'000'000)
        return failed(logId, errors::parameterInvalid(QStringLiteral("page 须为从 0 开始的页码")));
    if (*size < 1 || *size > maxPageSize)
        return failed(logId,
                      errors::parameterInvalid(QStringLiteral("size 须在 1 到 %1 之间").arg(maxPageSize)));
    const QJsonValue orderBy = p.value(QStringLiteral("order_by"));
    if (!orderBy.isUndefined() && orderBy.toArray() != QJsonArray{QStringLiteral("update_time asc")})
        return failed(logId,
                      errors::parameterInvalid(QStringLiteral("order_by 仅支持 [\"update_time asc\"]")));

    const ClaimBook::Page result = m_book.page(*from, *to, *page, int(*size), extra);
    QJsonArray items;
    MethodAnswer answer;
    for (const SimClaim *c : result.items)
        items.append(itemjson::listItem(*c));
    // The oversized-page fault needs more items than exist in a small window: repeat.
    for (qsizetype i = 0; extra > 0 && !result.items.isEmpty() && items.size() <= *size; ++i)
        items.append(itemjson::listItem(*result.items.at(i % result.items.size())));
    answer.envelope = envelope::ok(logId, {{QStringLiteral("items"), items},
                                           {QStringLiteral("has_more"), result.hasMore},
                                           {QStringLiteral("total"), result.total},
                                           {QStringLiteral("page"), *page},
                                           {QStringLiteral("size"), *size}});
    return answer;
}

MethodAnswer PlatformApi::detail(const QJsonObject &p, const QString &logId)
{
    std::optional<PlatformError> error;
    const auto id = params::id(p, "after_sale_id", error);
    if (error)
        return failed(logId, *error);
    MethodAnswer answer;
    answer.ids = {QString::number(*id)};
    const SimClaim *c = m_book.find(*id);
    if (!c) {
        answer.envelope = envelope::error(logId, errors::businessFailed(QStringLiteral("售后单不存在")));
        return answer;
    }
    answer.envelope =
        envelope::ok(logId, {{QStringLiteral("process_info"),
                              QJsonObject{{QStringLiteral("after_sale_info"), itemjson::detailInfo(*c)}}}});
    return answer;
}

MethodAnswer PlatformApi::operate(const QJsonObject &p, const QString &logId, qint64 now)
{
    std::optional<PlatformError> error;
    const auto type = params::integer(p, "type", true, error);
    if (error)
        return failed(logId, *error);
    if (!StateMachine::knownOperateType(int(*type)))
        return failed(logId, errors::parameterInvalid(QStringLiteral("不支持的操作类型 %1").arg(*type)));
    const QJsonValue itemsValue = p.value(QStringLiteral("items"));
    if (itemsValue.isUndefined())
        return failed(logId, errors::parameterMissing(QStringLiteral("items")));
    const QJsonArray rawItems = itemsValue.toArray();
    if (!itemsValue.isArray() || rawItems.isEmpty() || rawItems.size() > maxOperateItems)
        return failed(logId, errors::parameterInvalid(
                                 QStringLiteral("items 须为 1 到 %1 个售后单").arg(maxOperateItems)));
    // The whole call is read before anything is applied: a malformed item refuses it all.
    QList<OperateItem> items;
    for (const QJsonValue &raw : rawItems) {
        const QJsonObject o = raw.toObject();
        OperateItem item;
        item.id = params::id(o, "aftersale_id", error).value_or(0);
        item.updateTime = params::integer(o, "update_time", true, error).value_or(0);
        if (o.contains(QStringLiteral("reject_reason_code")))
            item.rejectReasonCode = int(params::integer(o, "reject_reason_code", true, error).value_or(0));
        item.remark = params::string(o, "remark", false, error).value_or(QString());
        const QJsonValue logistics = o.value(QStringLiteral("logistics"));
        if (logistics.isObject()) {
            item.hasLogistics = true;
            item.companyCode =
                params::string(logistics.toObject(), "company_code", true, error).value_or(QString());
            item.logisticsCode =
                params::string(logistics.toObject(), "logistics_code", true, error).value_or(QString());
        } else if (!logistics.isUndefined() && !logistics.isNull()) {
            error = errors::parameterInvalid(QStringLiteral("logistics 须为对象"));
        }
        if (!raw.isObject())
            error = errors::parameterInvalid(QStringLiteral("items 的元素须为对象"));
        if (error)
            return failed(logId, *error);
        items.append(item);
    }

    MethodAnswer answer;
    answer.operateType = int(*type);
    QJsonArray results;
    QString firstRefusal;
    for (const OperateItem &item : items) {
        const QString id = QString::number(item.id);
        answer.ids.append(id);
        const ItemOutcome outcome = m_machine.operate(int(*type), item, now);
        if (outcome.applied())
            answer.appliedIds.append(id);
        else if (firstRefusal.isEmpty())
            firstRefusal = outcome.statusMsg;
        results.append(QJsonObject{{QStringLiteral("aftersale_id"), id},
                                   {QStringLiteral("status_code"), outcome.statusCode},
                                   {QStringLiteral("status_msg"),
                                    outcome.applied() ? QStringLiteral("success") : outcome.statusMsg}});
    }
    const QJsonObject data{{QStringLiteral("items"), results}};
    // Nothing taken: the call as a whole is a business refusal, naming the first reason.
    answer.envelope = answer.appliedIds.isEmpty()
                          ? envelope::error(logId, errors::businessFailed(firstRefusal), data)
                          : envelope::ok(logId, data);
    return answer;
}

MethodAnswer PlatformApi::fillLogistics(const QJsonObject &p, const QString &logId, qint64 now)
{
    std::optional<PlatformError> error;
    const auto id = params::id(p, "aftersale_id", error);
    const auto sendType = params::integer(p, "send_type", true, error);
    const auto company = params::string(p, "company_code", true, error);
    const auto tracking = params::string(p, "tracking_no", true, error);
    if (error)
        return failed(logId, *error);
    if (*sendType != 1)
        return failed(logId, errors::parameterInvalid(QStringLiteral("send_type 仅支持 1 (补寄)")));
    MethodAnswer answer;
    answer.ids = {QString::number(*id)};
    const ItemOutcome outcome = m_machine.fillLogistics(*id, *company, *tracking, now);
    if (!outcome.applied()) {
        answer.envelope = envelope::error(logId, errors::businessFailed(outcome.statusMsg));
        return answer;
    }
    answer.appliedIds = answer.ids;
    answer.envelope = envelope::ok(logId, {});
    return answer;
}

MethodAnswer PlatformApi::rejectReasons(const QString &logId)
{
    QJsonArray items;
    for (const rejectreasons::RejectReason &r : rejectreasons::all())
        items.append(QJsonObject{{QStringLiteral("reject_reason_code"), r.code},
                                 {QStringLiteral("reason"), r.reason}});
    return {envelope::ok(logId, {{QStringLiteral("items"), items}}), {}, 0, {}};
}

} // namespace aftersales::platformsim
