#include "simclient.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrlQuery>

namespace aftersales::platformsim::testing
{

SimClient::SimClient(const QUrl &base, QString appKey, QByteArray secret)
    : m_base(base), m_appKey(std::move(appKey)), m_secret(std::move(secret))
{
}

QByteArray SimClient::hmacSha256Hex(const QByteArray &key, const QByteArray &message)
{
    // RFC 2104 by hand: H((K ^ opad) || H((K ^ ipad) || m)), K padded to the block size.
    constexpr int block = 64;
    QByteArray k = key.size() > block ? QCryptographicHash::hash(key, QCryptographicHash::Sha256) : key;
    k.append(block - k.size(), '\0');
    QByteArray inner(block, '\0');
    QByteArray outer(block, '\0');
    for (int i = 0; i < block; ++i) {
        inner[i] = char(k[i] ^ 0x36);
        outer[i] = char(k[i] ^ 0x5c);
    }
    const QByteArray innerHash =
        QCryptographicHash::hash(QByteArray(inner + message), QCryptographicHash::Sha256);
    return QCryptographicHash::hash(QByteArray(outer + innerHash), QCryptographicHash::Sha256).toHex();
}

QByteArray SimClient::sign(const QByteArray &method, const QByteArray &body,
                           const QByteArray &timestamp) const
{
    const QByteArray text = m_secret + "app_key" + m_appKey.toUtf8() + "method" + method + "param_json" +
                            body + "timestamp" + timestamp + "v" + "2" + m_secret;
    return hmacSha256Hex(m_secret, text);
}

QByteArray SimClient::signedQuery(const QString &method, const QByteArray &body, qint64 timestamp) const
{
    const QByteArray ts = QByteArray::number(timestamp);
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("app_key"), m_appKey);
    q.addQueryItem(QStringLiteral("method"), method);
    q.addQueryItem(QStringLiteral("v"), QStringLiteral("2"));
    q.addQueryItem(QStringLiteral("timestamp"), QString::fromLatin1(ts));
    q.addQueryItem(QStringLiteral("sign"), QString::fromLatin1(sign(method.toUtf8(), body, ts)));
    q.addQueryItem(QStringLiteral("sign_method"), QStringLiteral("hmac-sha256"));
    if (!m_token.isEmpty() && !method.startsWith(QLatin1String("token.")))
        q.addQueryItem(QStringLiteral("access_token"), m_token);
    return q.toString(QUrl::FullyEncoded).toUtf8();
}

Reply SimClient::call(const QString &path, const QJsonObject &params)
{
    return callBody(path, QJsonDocument(params).toJson(QJsonDocument::Compact));
}

Reply SimClient::callBody(const QString &path, const QByteArray &body)
{
    const QString method = QString(path).replace(QLatin1Char('/'), QLatin1Char('.'));
    const qint64 now = m_now.value_or(QDateTime::currentSecsSinceEpoch());
    return raw(path, signedQuery(method, body, now), body);
}

Reply SimClient::raw(const QString &path, const QByteArray &query, const QByteArray &body)
{
    QUrl url = m_base;
    url.setPath(QLatin1Char('/') + path);
    url.setQuery(QString::fromUtf8(query));
    return send("POST", url, body);
}

Reply SimClient::request(const QByteArray &verb, const QString &path, const QByteArray &body)
{
    QUrl url = m_base;
    url.setPath(path);
    return send(verb, url, body);
}

Reply SimClient::control(const QByteArray &verb, const QString &path, const QJsonObject &body)
{
    QUrl url = m_base;
    const qsizetype question = path.indexOf(QLatin1Char('?'));
    url.setPath(QStringLiteral("/_sim/") + path.left(question));
    if (question >= 0)
        url.setQuery(path.mid(question + 1));
    return send(verb, url,
                body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact));
}

QString SimClient::createToken(const QString &shopId)
{
    const Reply r = call(QStringLiteral("token/create"),
                         {{QStringLiteral("grant_type"), QStringLiteral("authorization_self")},
                          {QStringLiteral("shop_id"), shopId}});
    m_token = r.data().value(QStringLiteral("access_token")).toString();
    return m_token;
}

QNetworkReply *SimClient::start(const QString &path, const QJsonObject &params)
{
    const QByteArray body = QJsonDocument(params).toJson(QJsonDocument::Compact);
    const QString method = QString(path).replace(QLatin1Char('/'), QLatin1Char('.'));
    QUrl url = m_base;
    url.setPath(QLatin1Char('/') + path);
    url.setQuery(
        QString::fromUtf8(signedQuery(method, body, m_now.value_or(QDateTime::currentSecsSinceEpoch()))));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    return m_manager.post(request, body);
}

Reply SimClient::wait(QNetworkReply *reply, int timeoutMs)
{
    Reply out;
    if (!reply->isFinished()) {
        QEventLoop loop;
        QTimer timer;
        timer.setSingleShot(true);
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
        timer.start(timeoutMs);
        loop.exec();
        if (!reply->isFinished()) {
            out.timedOut = true;
            reply->abort();
        }
    }
    out.error = reply->error();
    out.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->isOpen() ? reply->readAll() : QByteArray();
    const QJsonDocument doc = QJsonDocument::fromJson(out.body);
    if (doc.isObject())
        out.json = doc.object();
    reply->deleteLater();
    return out;
}

Reply SimClient::send(const QByteArray &verb, const QUrl &url, const QByteArray &body)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setTransferTimeout(m_timeoutMs);
    QNetworkReply *reply =
        verb == "POST" ? m_manager.post(request, body) : m_manager.sendCustomRequest(request, verb, body);
    return wait(reply, m_timeoutMs + 5000);
}

} // namespace aftersales::platformsim::testing
