#include "gate.h"

#include "signature.h"
#include "simconfig.h"
#include "tokens.h"

#include <QUrlQuery>

namespace aftersales::platformsim
{
namespace
{

QString queryValue(const QUrlQuery &query, const char *key)
{
    return query.queryItemValue(QLatin1String(key), QUrl::FullyDecoded);
}

bool allDigits(const QString &text)
{
    if (text.isEmpty() || text.size() > 12)
        return false;
    for (QChar c : text)
        if (!c.isDigit())
            return false;
    return true;
}

} // namespace

CallParams CallParams::fromRequest(const HttpRequest &request)
{
    CallParams call;
    call.path = QUrl::fromPercentEncoding(request.path).mid(1);
    call.method = QString(call.path).replace(QLatin1Char('/'), QLatin1Char('.'));
    const QUrlQuery query(QString::fromUtf8(request.query));
    call.accessToken = queryValue(query, "access_token");
    return call;
}

bool CallParams::needsToken() const
{
    return method != QLatin1String("token.create") && method != QLatin1String("token.refresh");
}

namespace gate
{

bool knownMethod(const QString &method)
{
    static const QStringList methods{
        QStringLiteral("token.create"),
        QStringLiteral("token.refresh"),
        QStringLiteral("afterSale.List"),
        QStringLiteral("afterSale.Detail"),
        QStringLiteral("afterSale.operate"),
        QStringLiteral("afterSale.fillLogistics"),
        QStringLiteral("afterSale.rejectReasonCodeList"),
    };
    return methods.contains(method);
}

std::optional<PlatformError> checkRequest(const HttpRequest &request, const CallParams &call,
                                          const SimConfig &config, qint64 now)
{
    const QUrlQuery query(QString::fromUtf8(request.query));
    const QString appKey = queryValue(query, "app_key");
    if (appKey.isEmpty())
        return errors::parameterMissing(QStringLiteral("app_key"));
    if (appKey != config.appKey)
        return errors::appKeyInvalid();
    const QString method = queryValue(query, "method");
    if (method.isEmpty())
        return errors::parameterMissing(QStringLiteral("method"));
    if (method != call.method)
        return errors::methodInvalid(
            QStringLiteral("method %1 与请求路径 /%2 不一致").arg(method, call.path));
    if (!knownMethod(method))
        return errors::methodInvalid(QStringLiteral("不存在的方法 %1").arg(method));
    const QString version = queryValue(query, "v");
    if (version.isEmpty())
        return errors::parameterMissing(QStringLiteral("v"));
    if (version != QLatin1String("2"))
        return errors::parameterInvalid(QStringLiteral("v 必须为 2"));
    if (queryValue(query, "sign_method") != QLatin1String("hmac-sha256"))
        return errors::parameterInvalid(QStringLiteral("sign_method 必须为 hmac-sha256"));
    const QString timestamp = queryValue(query, "timestamp");
    if (timestamp.isEmpty())
        return errors::parameterMissing(QStringLiteral("timestamp"));
    if (!allDigits(timestamp))
        return errors::timestampInvalid(QStringLiteral("timestamp 须为 Unix 秒"));
    if (config.timestampWindowSecs > 0 && std::abs(timestamp.toLongLong() - now) > config.timestampWindowSecs)
        return errors::timestampInvalid(
            QStringLiteral("timestamp 与平台时间相差超过 %1 秒").arg(config.timestampWindowSecs));
    const QString sign = queryValue(query, "sign");
    if (sign.isEmpty())
        return errors::signatureMissing();
    const QByteArray expected = signature::sign(config.appSecret.toUtf8(), appKey.toUtf8(), method.toUtf8(),
                                                request.body, timestamp.toUtf8());
    if (!signature::matches(expected, sign.toUtf8()))
        return errors::signatureInvalid();
    if (!config.authorized)
        return errors::authorizationMissing();
    return std::nullopt;
}

std::optional<PlatformError> checkToken(const CallParams &call, const TokenStore &tokens, qint64 now)
{
    if (!call.needsToken())
        return std::nullopt;
    if (call.accessToken.isEmpty())
        return errors::accessTokenMissing();
    // A token the platform does not know (issued before a restart, say) counts as
    // expired: the client's way out, refresh or create, is the same.
    if (tokens.check(call.accessToken, now) != TokenStore::Check::Valid)
        return errors::accessTokenExpired();
    return std::nullopt;
}

} // namespace gate
} // namespace aftersales::platformsim
