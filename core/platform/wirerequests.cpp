#include "wirerequests.h"

#include "wireparse.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <array>

namespace aftersales::platform::wirerequests
{
namespace
{

// The context lupdate gives tr() calls in this namespace.
QString tr(const char *text)
{
    return QCoreApplication::translate("aftersales::platform::wirerequests", text);
}

constexpr std::array operateTypes{501, 502, 301, 302, 311, 312, 321, 101, 102, 111, 112, 121, 201, 202, 401};
constexpr std::array refusalTypes{502, 302, 312, 102, 112, 202};
constexpr int maxCodeLength = 64;

bool isDigits(const QString &s)
{
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

bool inTimeRange(qint64 t)
{
    return t >= wireparse::earliestTime && t <= wireparse::latestTime;
}

QString checkCode(const QString &what, const QString &value)
{
    if (value.isEmpty() || value.size() > maxCodeLength)
        return tr("%1 must be 1 to %2 characters").arg(what, QString::number(maxCodeLength));
    return {};
}

QString checkItem(const OperateItem &item, int type)
{
    const QString id = QString::number(item.aftersaleId);
    if (item.aftersaleId <= 0)
        return tr("an operate item has no claim id");
    if (!inTimeRange(item.updateTime))
        return tr("claim %1: update_time %2 is out of range").arg(id, QString::number(item.updateTime));
    if (isRefusalType(type) && !item.rejectReasonCode)
        return tr("claim %1: a refusal (type %2) needs a reject reason code").arg(id, QString::number(type));
    if (item.rejectReasonCode && *item.rejectReasonCode < 0)
        return tr("claim %1: the reject reason code is negative").arg(id);
    if (type == 311 && !item.logistics)
        return tr("claim %1: type 311 ships the new item and needs its logistics").arg(id);
    if (item.remark.size() > 500)
        return tr("claim %1: the remark is longer than 500 characters").arg(id);
    if (item.logistics) {
        if (const QString e =
                checkCode(tr("claim %1: the carrier code").arg(id), item.logistics->companyCode);
            !e.isEmpty())
            return e;
        if (const QString e =
                checkCode(tr("claim %1: the tracking number").arg(id), item.logistics->trackingNo);
            !e.isEmpty())
            return e;
    }
    return {};
}

} // namespace

bool isOperateType(int type)
{
    return std::find(operateTypes.begin(), operateTypes.end(), type) != operateTypes.end();
}

bool isRefusalType(int type)
{
    return std::find(refusalTypes.begin(), refusalTypes.end(), type) != refusalTypes.end();
}

Parsed<QJsonObject> tokenCreate(const QString &shopId)
{
    if (!isDigits(shopId) || shopId.size() > 32)
        return Parsed<QJsonObject>::refused(tr("the shop id must be a string of digits"));
    return QJsonObject{{QStringLiteral("grant_type"), QStringLiteral("authorization_self")},
                       {QStringLiteral("shop_id"), shopId}};
}

Parsed<QJsonObject> tokenRefresh(const QString &refreshToken)
{
    if (refreshToken.isEmpty())
        return Parsed<QJsonObject>::refused(tr("there is no refresh token"));
    return QJsonObject{{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                       {QStringLiteral("refresh_token"), refreshToken}};
}

Parsed<QJsonObject> list(const ListQuery &query)
{
    if (query.size < 1 || query.size > 100)
        return Parsed<QJsonObject>::refused(tr("a page size must be 1 to 100, not %1").arg(query.size));
    if (query.page < 0 || query.page > 1000000)
        return Parsed<QJsonObject>::refused(tr("the page number %1 is out of range").arg(query.page));
    if (query.updateStart < 0 || query.updateEnd > wireparse::latestTime ||
        query.updateStart > query.updateEnd)
        return Parsed<QJsonObject>::refused(
            tr("the update time window %1 to %2 is not valid")
                .arg(QString::number(query.updateStart), QString::number(query.updateEnd)));
    return QJsonObject{
        {QStringLiteral("page"), query.page},
        {QStringLiteral("size"), query.size},
        {QStringLiteral("update_start_time"), query.updateStart},
        {QStringLiteral("update_end_time"), query.updateEnd},
        {QStringLiteral("order_by"), QJsonArray{QStringLiteral("update_time asc")}},
    };
}

Parsed<QJsonObject> detail(qint64 aftersaleId)
{
    if (aftersaleId <= 0)
        return Parsed<QJsonObject>::refused(tr("a claim id must be positive"));
    return QJsonObject{{QStringLiteral("after_sale_id"), QString::number(aftersaleId)}};
}

Parsed<QJsonObject> operate(const OperateRequest &request)
{
    if (!isOperateType(request.type))
        return Parsed<QJsonObject>::refused(
            tr("%1 is not an operate type of the platform").arg(request.type));
    if (request.items.isEmpty() || request.items.size() > 50)
        return Parsed<QJsonObject>::refused(tr("an operate request carries 1 to 50 claims"));
    QSet<qint64> ids;
    QJsonArray items;
    for (const OperateItem &item : request.items) {
        if (const QString e = checkItem(item, request.type); !e.isEmpty())
            return Parsed<QJsonObject>::refused(e);
        if (ids.contains(item.aftersaleId))
            return Parsed<QJsonObject>::refused(
                tr("claim %1 is twice in one operate request").arg(QString::number(item.aftersaleId)));
        ids.insert(item.aftersaleId);
        QJsonObject o{{QStringLiteral("aftersale_id"), QString::number(item.aftersaleId)},
                      {QStringLiteral("update_time"), item.updateTime}};
        if (item.rejectReasonCode)
            o.insert(QStringLiteral("reject_reason_code"), *item.rejectReasonCode);
        if (!item.remark.isEmpty())
            o.insert(QStringLiteral("remark"), item.remark);
        if (item.logistics)
            o.insert(QStringLiteral("logistics"),
                     QJsonObject{{QStringLiteral("company_code"), item.logistics->companyCode},
                                 {QStringLiteral("logistics_code"), item.logistics->trackingNo}});
        items << o;
    }
    return QJsonObject{{QStringLiteral("type"), request.type}, {QStringLiteral("items"), items}};
}

Parsed<QJsonObject> fillLogistics(qint64 aftersaleId, const QString &companyCode, const QString &trackingNo)
{
    if (aftersaleId <= 0)
        return Parsed<QJsonObject>::refused(tr("a claim id must be positive"));
    if (const QString e = checkCode(tr("the carrier code"), companyCode); !e.isEmpty())
        return Parsed<QJsonObject>::refused(e);
    if (const QString e = checkCode(tr("the tracking number"), trackingNo); !e.isEmpty())
        return Parsed<QJsonObject>::refused(e);
    return QJsonObject{
        {QStringLiteral("aftersale_id"), QString::number(aftersaleId)},
        {QStringLiteral("send_type"), 1},
        {QStringLiteral("company_code"), companyCode},
        {QStringLiteral("tracking_no"), trackingNo},
    };
}

QJsonObject rejectReasons()
{
    return {};
}

} // namespace aftersales::platform::wirerequests
