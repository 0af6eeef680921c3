#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

// Signing a call the way the platform checks it (PLATFORM.md, "Requests"): the method
// name, the HMAC-SHA256 signature and the request URL. The signed URL carries the
// signature and the access token: it is never logged.
namespace aftersales::platform
{

struct SignedRequest {
    QUrl url;
    QByteArray body; // the exact param_json bytes that were signed
};

namespace signer
{

// "afterSale/List" -> "afterSale.List".
QString methodName(const QString &path);
// Every method but token/create and token/refresh carries the access token.
bool needsAccessToken(const QString &path);

// Lowercase hex HMAC-SHA256, key app_secret, over app_secret + "app_key" + K + "method" + M
// + "param_json" + param_json + "timestamp" + T + "v" + "2" + app_secret.
QByteArray sign(const QString &appSecret, const QString &appKey, const QString &method,
                const QByteArray &paramJson, qint64 timestamp);

// POST {base_url}/{path}?app_key=K&method=M&v=2&timestamp=T&sign=S&sign_method=hmac-sha256
// [&access_token=A]; the access token only where needsAccessToken(path).
SignedRequest build(const QUrl &baseUrl, const QString &path, const QString &appKey, const QString &appSecret,
                    qint64 timestamp, const QByteArray &paramJson, const QString &accessToken);

} // namespace signer
} // namespace aftersales::platform
