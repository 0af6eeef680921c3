#pragma once

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrl>

#include <optional>

namespace aftersales::platformsim::testing
{

// What came back from one call, whatever it was.
struct Reply {
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int httpStatus = 0;
    QByteArray body;
    QJsonObject json; // empty unless the body was a JSON object
    bool timedOut = false;

    int code() const { return json.value(QStringLiteral("code")).toInt(); }
    QString subCode() const { return json.value(QStringLiteral("sub_code")).toString(); }
    QString subMsg() const { return json.value(QStringLiteral("sub_msg")).toString(); }
    QJsonObject data() const { return json.value(QStringLiteral("data")).toObject(); }
};

// A raw client of the simulator for tests: QNetworkAccessManager and a signature of its
// own (HMAC written out over QCryptographicHash), so a bug in the simulator's signing
// cannot hide behind the same bug here.
class SimClient
{
public:
    SimClient(const QUrl &base, QString appKey = QStringLiteral("demo-app-key"),
              QByteArray secret = QByteArrayLiteral("demo-app-secret"));

    static QByteArray hmacSha256Hex(const QByteArray &key, const QByteArray &message);
    QByteArray sign(const QByteArray &method, const QByteArray &body, const QByteArray &timestamp) const;

    // The timestamp requests carry (the simulator's clock in the tests).
    void setNow(qint64 secs) { m_now = secs; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    void setToken(const QString &token) { m_token = token; }
    QString token() const { return m_token; }

    // A signed call with param_json = the compact, key-sorted JSON of `params`.
    Reply call(const QString &path, const QJsonObject &params = {});
    // A signed call of these exact body bytes.
    Reply callBody(const QString &path, const QByteArray &body);
    // Anything: the query as given, the body as given.
    Reply raw(const QString &path, const QByteArray &query, const QByteArray &body);
    // Any verb on any path of the server, no signing.
    Reply request(const QByteArray &verb, const QString &path, const QByteArray &body = {});
    // The control API.
    Reply control(const QByteArray &verb, const QString &path, const QJsonObject &body = {});

    // token/create for the demo shop; the token is kept for the calls that follow.
    QString createToken(const QString &shopId = QStringLiteral("10086"));
    // The query of a signed call of `method` over `body` at `timestamp`.
    QByteArray signedQuery(const QString &method, const QByteArray &body, qint64 timestamp) const;

    // Sends without waiting: for tests that need several calls in flight at once.
    QNetworkReply *start(const QString &path, const QJsonObject &params);
    static Reply wait(QNetworkReply *reply, int timeoutMs);

private:
    Reply send(const QByteArray &verb, const QUrl &url, const QByteArray &body);

    QUrl m_base;
    QString m_appKey;
    QByteArray m_secret;
    QString m_token;
    std::optional<qint64> m_now;
    int m_timeoutMs = 10000;
    QNetworkAccessManager m_manager;
};

} // namespace aftersales::platformsim::testing
