#include "envelope.h"

namespace aftersales::platformsim
{
namespace errors
{

QString messageFor(int code)
{
    switch (code) {
    case 10000:
        return QStringLiteral("success");
    case 20000:
        return QStringLiteral("服务不可用");
    case 30001:
        return QStringLiteral("授权不存在");
    case 40001:
        return QStringLiteral("缺少必选参数");
    case 40003:
        return QStringLiteral("无效的参数");
    case 50002:
        return QStringLiteral("业务处理失败");
    case 60000:
        return QStringLiteral("调用频率超限");
    default:
        return QStringLiteral("error");
    }
}

namespace
{
PlatformError make(int code, const char *subCode, const QString &subMsg, const QString &msg = {})
{
    return {code, msg.isEmpty() ? messageFor(code) : msg, QLatin1String(subCode), subMsg};
}
} // namespace

PlatformError parameterMissing(const QString &name)
{
    return make(40001, "isv.parameter-missing", QStringLiteral("缺少参数 %1").arg(name));
}
PlatformError parameterInvalid(const QString &detail)
{
    return make(40003, "isv.parameter-invalid", detail);
}
PlatformError signatureMissing()
{
    return make(40001, "isv.signature-missing", QStringLiteral("缺少签名参数 sign"));
}
PlatformError signatureInvalid()
{
    return make(40003, "isv.signature-invalid", QStringLiteral("签名校验失败"), QStringLiteral("签名错误"));
}
PlatformError appKeyInvalid()
{
    return make(40003, "isv.app-key-invalid", QStringLiteral("app_key 不存在"));
}
PlatformError methodInvalid(const QString &detail)
{
    return make(40003, "isv.method-invalid", detail);
}
PlatformError timestampInvalid(const QString &detail)
{
    return make(40003, "isv.timestamp-invalid", detail);
}
PlatformError accessTokenMissing()
{
    return make(40001, "isv.access-token-missing", QStringLiteral("缺少参数 access_token"));
}
PlatformError accessTokenExpired()
{
    return make(40003, "isv.access-token-expired", QStringLiteral("access_token 已过期"),
                QStringLiteral("无效的访问令牌"));
}
PlatformError refreshTokenInvalid()
{
    return make(40003, "isv.refresh-token-invalid", QStringLiteral("refresh_token 无效或已过期"));
}
PlatformError authorizationMissing()
{
    return make(30001, "dop.authorization-no-existed", QStringLiteral("店铺授权不存在，请重新授权"));
}
PlatformError businessFailed(const QString &reason)
{
    return make(50002, "isv.business-failed", reason);
}
PlatformError trafficLimited()
{
    return make(60000, "isv.traffic-limited", QStringLiteral("调用频率超限，请稍后重试"));
}
PlatformError serviceError()
{
    return make(20000, "dop.service-error", QStringLiteral("服务暂不可用，请稍后重试"));
}

PlatformError forCode(int code)
{
    switch (code) {
    case 20000:
        return serviceError();
    case 30001:
        return authorizationMissing();
    case 40001:
        return signatureMissing();
    case 40003:
        return signatureInvalid();
    case 50002:
        return businessFailed(QStringLiteral("业务处理失败"));
    case 60000:
        return trafficLimited();
    default:
        return {code, messageFor(code), QString(), QString()};
    }
}

} // namespace errors

namespace envelope
{

QJsonObject ok(const QString &logId, const QJsonObject &data)
{
    return {{QStringLiteral("code"), success},       {QStringLiteral("msg"), QStringLiteral("success")},
            {QStringLiteral("sub_code"), QString()}, {QStringLiteral("sub_msg"), QString()},
            {QStringLiteral("log_id"), logId},       {QStringLiteral("data"), data}};
}

QJsonObject error(const QString &logId, const PlatformError &e, const QJsonObject &data)
{
    return {{QStringLiteral("code"), e.code},        {QStringLiteral("msg"), e.msg},
            {QStringLiteral("sub_code"), e.subCode}, {QStringLiteral("sub_msg"), e.subMsg},
            {QStringLiteral("log_id"), logId},       {QStringLiteral("data"), data}};
}

} // namespace envelope
} // namespace aftersales::platformsim
