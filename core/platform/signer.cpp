#include "signer.h"

#include <QMessageAuthenticationCode>

namespace aftersales::platform::signer
{
namespace
{

QByteArray queryPair(const char *name, const QString &value)
{
    return QByteArray(name) + '=' + QUrl::toPercentEncoding(value);
}

} // namespace

QString methodName(const QString &path)
{
    QString method = path;
    method.replace(QLatin1Char('/'), QLatin1Char('.'));
    return method;
}

bool needsAccessToken(const QString &path)
{
    return path != QLatin1String("token/create") && path != QLatin1String("token/refresh");
}

QByteArray sign(const QString &appSecret, const QString &appKey, const QString &method,
                const QByteArray &paramJson, qint64 timestamp)
{
    const QByteArray secret = appSecret.toUtf8();
    QByteArray text;
    text.reserve(paramJson.size() + 2 * secret.size() + 128);
    text += secret;
    text += "app_key" + appKey.toUtf8();
    text += "method" + method.toUtf8();
    text += "param_json" + paramJson;
    text += "timestamp" + QByteArray::number(timestamp);
    text += "v2";
    text += secret;
    return QMessageAuthenticationCode::hash(text, secret, QCryptographicHash::Sha256).toHex();
}

SignedRequest build(const QUrl &baseUrl, const QString &path, const QString &appKey, const QString &appSecret,
                    qint64 timestamp, const QByteArray &paramJson, const QString &accessToken)
{
    const QString method = methodName(path);
    const QByteArray signature = sign(appSecret, appKey, method, paramJson, timestamp);

    QByteArrayList query{
        queryPair("app_key", appKey),
        queryPair("method", method),
        "v=2",
        "timestamp=" + QByteArray::number(timestamp),
        "sign=" + signature,
        "sign_method=hmac-sha256",
    };
    if (needsAccessToken(path))
        query << queryPair("access_token", accessToken);

    QUrl url = baseUrl;
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + QLatin1Char('/') + path);
    url.setQuery(QString::fromLatin1(query.join('&')), QUrl::StrictMode);
    return {url, paramJson};
}

} // namespace aftersales::platform::signer
