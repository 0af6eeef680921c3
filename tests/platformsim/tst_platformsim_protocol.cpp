// The simulator's protocol (PLATFORM.md): the signature and every refusal of a request,
// tokens (create, refresh, expiry, revocation) and the reject reason list.
#include "signature.h"
#include "simfixture.h"
#include "simstate.h"

#include <QJsonArray>
#include <QTest>
#include <QUrlQuery>

using namespace aftersales::platformsim;
using namespace aftersales::platformsim::testing;

class TestPlatformSimProtocol : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signature_knownAnswer_data();
    void signature_knownAnswer();
    void signature_clientAndSimulatorAgree();
    void request_signedIsAccepted();
    void request_signatureOverBodyBytesAsReceived();
    void request_refused_data();
    void request_refused();
    void request_timestampWindowBoundary();
    void request_notPost();
    void token_createAndUse();
    void token_otherShopIsNotAuthorised();
    void token_missingOrUnknown();
    void token_expiresOnTheSimulatorsClock();
    void token_refresh();
    void token_refreshGraceAndReuse();
    void token_revocationAndRestore();
    void token_expireAllThroughControl();
    void rejectReasons_fixedList();
};

void TestPlatformSimProtocol::signature_knownAnswer_data()
{
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<QByteArray>("appKey");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("timestamp");
    QTest::addColumn<QByteArray>("expected");

    // printf '%s'
    // 'demo-app-secretapp_keydemo-app-keymethodafterSale.Listparam_json{"page":0,"size":100}timestamp1796000000v2demo-app-secret'
    // | openssl dgst -sha256 -hmac demo-app-secret
    QTest::newRow("ascii") << QByteArray("demo-app-secret") << QByteArray("demo-app-key")
                           << QByteArray("afterSale.List") << QByteArray(R"({"page":0,"size":100})")
                           << QByteArray("1796000000")
                           << QByteArray("4891b631029d02f665fc3816ab3dcf81ef268e353ec8b47e7e39d702b91ca675");
    // printf '%s'
    // 'sk-测试app_keyk1methodafterSale.operateparam_json{"items":[{"aftersale_id":"7300000000000001","remark":"已与买家协商一致","update_time":1796000000}],"type":502}timestamp1796000123v2sk-测试'
    // | openssl dgst -sha256 -hmac 'sk-测试'
    QTest::newRow("utf-8 body and secret")
        << QByteArray("sk-测试") << QByteArray("k1") << QByteArray("afterSale.operate")
        << QByteArray(
               R"({"items":[{"aftersale_id":"7300000000000001","remark":"已与买家协商一致","update_time":1796000000}],"type":502})")
        << QByteArray("1796000123")
        << QByteArray("4b8e09eeb3f24497124d5d06580f1f153163a52d2b4a406981a8234a9807aec7");
}

void TestPlatformSimProtocol::signature_knownAnswer()
{
    QFETCH(QByteArray, secret);
    QFETCH(QByteArray, appKey);
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, timestamp);
    QFETCH(QByteArray, expected);
    QCOMPARE(signature::sign(secret, appKey, method, body, timestamp), expected);
    SimClient client(QUrl(QStringLiteral("http://127.0.0.1:1")), QString::fromUtf8(appKey), secret);
    QCOMPARE(client.sign(method, body, timestamp), expected);
}

void TestPlatformSimProtocol::signature_clientAndSimulatorAgree()
{
    // A key longer than the hash's block is hashed first (RFC 2104): both must agree there too.
    const QByteArray longSecret(100, 'k');
    SimClient client(QUrl(QStringLiteral("http://127.0.0.1:1")), QStringLiteral("k"), longSecret);
    QCOMPARE(client.sign("token.create", "{}", "1"),
             signature::sign(longSecret, "k", "token.create", "{}", "1"));
    QVERIFY(signature::matches("abc", "abc"));
    QVERIFY(!signature::matches("abc", "abd"));
    QVERIFY(!signature::matches("abc", "ab"));
}

void TestPlatformSimProtocol::request_signedIsAccepted()
{
    SimFixture f;
    QVERIFY(!f.client->token().isEmpty());
    const Reply r = f.client->call(QStringLiteral("afterSale/rejectReasonCodeList"));
    QCOMPARE(r.httpStatus, 200);
    QCOMPARE(r.code(), 10000);
    QCOMPARE(r.json.value(QStringLiteral("msg")).toString(), QStringLiteral("success"));
    QVERIFY(!r.json.value(QStringLiteral("log_id")).toString().isEmpty());
    for (const char *key : {"code", "msg", "sub_code", "sub_msg", "log_id", "data"})
        QVERIFY2(r.json.contains(QLatin1String(key)), key);
}

void TestPlatformSimProtocol::request_signatureOverBodyBytesAsReceived()
{
    SimFixture f;
    // Not compact, keys unsorted: the platform signs what it received, not a re-encoding.
    const QByteArray body = "{ \"size\": 10,\n  \"page\": 0, \"note\": \"补寄\" }";
    QCOMPARE(f.client->callBody(QStringLiteral("afterSale/List"), body).code(), 10000);
    // The same parameters signed compact but sent spaced: refused.
    const QByteArray compact = R"({"note":"补寄","page":0,"size":10})";
    QUrlQuery q(QString::fromUtf8(f.client->signedQuery(QStringLiteral("afterSale.List"), compact, f.now())));
    const Reply r =
        f.client->raw(QStringLiteral("afterSale/List"), q.toString(QUrl::FullyEncoded).toUtf8(), body);
    QCOMPARE(r.code(), 40003);
    QCOMPARE(r.subCode(), QStringLiteral("isv.signature-invalid"));
}

void TestPlatformSimProtocol::request_refused_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("dropKey");
    QTest::addColumn<QString>("setKey");
    QTest::addColumn<QString>("setValue");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("subCode");

    const QString list = QStringLiteral("afterSale/List");
    QTest::newRow("sign missing") << list << "sign"
                                  << ""
                                  << "" << 40001 << "isv.signature-missing";
    QTest::newRow("sign wrong") << list << ""
                                << "sign" << QString(64, QLatin1Char('0')) << 40003
                                << "isv.signature-invalid";
    QTest::newRow("sign upper case") << list << ""
                                     << "sign"
                                     << "UPPER" << 40003 << "isv.signature-invalid";
    QTest::newRow("method not the path") << list << ""
                                         << "method"
                                         << "afterSale.Detail" << 40003 << "isv.method-invalid";
    QTest::newRow("method missing") << list << "method"
                                    << ""
                                    << "" << 40001 << "isv.parameter-missing";
    QTest::newRow("unknown method") << "afterSale/Nothing"
                                    << ""
                                    << ""
                                    << "" << 40003 << "isv.method-invalid";
    QTest::newRow("app_key unknown") << list << ""
                                     << "app_key"
                                     << "other-app" << 40003 << "isv.app-key-invalid";
    QTest::newRow("app_key missing") << list << "app_key"
                                     << ""
                                     << "" << 40001 << "isv.parameter-missing";
    QTest::newRow("v is 1") << list << ""
                            << "v"
                            << "1" << 40003 << "isv.parameter-invalid";
    QTest::newRow("sign_method md5") << list << ""
                                     << "sign_method"
                                     << "md5" << 40003 << "isv.parameter-invalid";
    QTest::newRow("timestamp missing") << list << "timestamp"
                                       << ""
                                       << "" << 40001 << "isv.parameter-missing";
    QTest::newRow("timestamp as a date") << list << ""
                                         << "timestamp"
                                         << "2026-11-26 10:00:00" << 40003 << "isv.timestamp-invalid";
    QTest::newRow("access_token missing") << list << "access_token"
                                          << ""
                                          << "" << 40001 << "isv.access-token-missing";
}

void TestPlatformSimProtocol::request_refused()
{
    QFETCH(QString, path);
    QFETCH(QString, dropKey);
    QFETCH(QString, setKey);
    QFETCH(QString, setValue);
    QFETCH(int, code);
    QFETCH(QString, subCode);

    SimFixture f;
    const QByteArray body = R"({"page":0,"size":10})";
    const QString method = QString(path).replace(QLatin1Char('/'), QLatin1Char('.'));
    QUrlQuery q(QString::fromUtf8(f.client->signedQuery(method, body, f.now())));
    if (!dropKey.isEmpty())
        q.removeAllQueryItems(dropKey);
    if (!setKey.isEmpty()) {
        q.removeAllQueryItems(setKey);
        q.addQueryItem(setKey, setValue);
    }
    const Reply r = f.client->raw(path, q.toString(QUrl::FullyEncoded).toUtf8(), body);
    QCOMPARE(r.httpStatus, 200);
    QCOMPARE(r.code(), code);
    QCOMPARE(r.subCode(), subCode);
    QVERIFY(!r.subMsg().isEmpty());
    QCOMPARE(f.sim->state().log.counters().value(QStringLiteral("writes_applied")).toInt(), 0);
}

void TestPlatformSimProtocol::request_timestampWindowBoundary()
{
    SimFixture f;
    const QString path = QStringLiteral("afterSale/rejectReasonCodeList");
    f.client->setNow(f.now() - 600);
    QCOMPARE(f.client->call(path).code(), 10000);
    f.client->setNow(f.now() + 600);
    QCOMPARE(f.client->call(path).code(), 10000);
    f.client->setNow(f.now() - 601);
    Reply r = f.client->call(path);
    QCOMPARE(r.code(), 40003);
    QCOMPARE(r.subCode(), QStringLiteral("isv.timestamp-invalid"));
    f.client->setNow(f.now() + 601);
    QCOMPARE(f.client->call(path).subCode(), QStringLiteral("isv.timestamp-invalid"));

    // The window follows the simulator's clock, not the wall clock; 0 turns it off.
    f.setClock(f.now() + 48 * 3600);
    QCOMPARE(f.client->call(path).code(), 10000);
    f.client->control("POST", QStringLiteral("config"), {{QStringLiteral("timestamp_window"), 0}});
    f.client->setNow(1);
    QCOMPARE(f.client->call(path).code(), 10000);
}

void TestPlatformSimProtocol::request_notPost()
{
    SimFixture f;
    const Reply r = f.client->request("GET", QStringLiteral("/afterSale/List"));
    QCOMPARE(r.httpStatus, 405);
    QCOMPARE(f.client->request("PUT", QStringLiteral("/token/create"), "{}").httpStatus, 405);
}

void TestPlatformSimProtocol::token_createAndUse()
{
    SimFixture f;
    const Reply r = f.client->call(QStringLiteral("token/create"),
                                   {{QStringLiteral("grant_type"), QStringLiteral("authorization_self")},
                                    {QStringLiteral("shop_id"), QStringLiteral("10086")}});
    QCOMPARE(r.code(), 10000);
    const QJsonObject d = r.data();
    QVERIFY(!d.value(QStringLiteral("access_token")).toString().isEmpty());
    QVERIFY(!d.value(QStringLiteral("refresh_token")).toString().isEmpty());
    QCOMPARE(d.value(QStringLiteral("expires_in")).toInteger(), 7 * 24 * 3600);
    QCOMPARE(d.value(QStringLiteral("shop_id")).toString(), QStringLiteral("10086"));
    QCOMPARE(d.value(QStringLiteral("shop_name")).toString(), QStringLiteral("演示小店"));
    // A second pair does not end the first.
    const QString first = f.client->token();
    f.client->setToken(d.value(QStringLiteral("access_token")).toString());
    QCOMPARE(f.client->call(QStringLiteral("afterSale/rejectReasonCodeList")).code(), 10000);
    f.client->setToken(first);
    QCOMPARE(f.client->call(QStringLiteral("afterSale/rejectReasonCodeList")).code(), 10000);

    Reply bad = f.client->call(QStringLiteral("token/create"),
                               {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                                {QStringLiteral("shop_id"), QStringLiteral("10086")}});
    QCOMPARE(bad.code(), 40003);
    bad = f.client->call(QStringLiteral("token/create"),
                         {{QStringLiteral("grant_type"), QStringLiteral("authorization_self")}});
    QCOMPARE(bad.code(), 40001);
    QCOMPARE(bad.subCode(), QStringLiteral("isv.parameter-missing"));
}

void TestPlatformSimProtocol::token_otherShopIsNotAuthorised()
{
    SimFixture f;
    const Reply r = f.client->call(QStringLiteral("token/create"),
                                   {{QStringLiteral("grant_type"), QStringLiteral("authorization_self")},
                                    {QStringLiteral("shop_id"), QStringLiteral("10010")}});
    QCOMPARE(r.code(), 30001);
    QCOMPARE(r.subCode(), QStringLiteral("dop.authorization-no-existed"));
}

void TestPlatformSimProtocol::token_missingOrUnknown()
{
    SimFixture f;
    f.client->setToken(QStringLiteral("not-a-token"));
    const Reply r = f.client->call(QStringLiteral("afterSale/List"), {{QStringLiteral("size"), 1}});
    QCOMPARE(r.code(), 40003);
    QCOMPARE(r.subCode(), QStringLiteral("isv.access-token-expired"));
}

void TestPlatformSimProtocol::token_expiresOnTheSimulatorsClock()
{
    SimConfig config;
    config.tokenTtlSecs = 3600;
    SimFixture f(config);
    const QString path = QStringLiteral("afterSale/rejectReasonCodeList");
    const qint64 created = f.now();
    f.setClock(created + 3599);
    QCOMPARE(f.client->call(path).code(), 10000);
    f.setClock(created + 3600);
    const Reply r = f.client->call(path);
    QCOMPARE(r.code(), 40003);
    QCOMPARE(r.subCode(), QStringLiteral("isv.access-token-expired"));
    // token/create needs no token, and answers a working one.
    QVERIFY(!f.client->createToken().isEmpty());
    QCOMPARE(f.client->call(path).code(), 10000);
}

void TestPlatformSimProtocol::token_refresh()
{
    SimConfig config;
    config.tokenTtlSecs = 3600;
    SimFixture f(config);
    const Reply created = f.client->call(
        QStringLiteral("token/create"), {{QStringLiteral("grant_type"), QStringLiteral("authorization_self")},
                                         {QStringLiteral("shop_id"), QStringLiteral("10086")}});
    const QString refreshToken = created.data().value(QStringLiteral("refresh_token")).toString();
    f.client->setToken(created.data().value(QStringLiteral("access_token")).toString());
    f.setClock(f.now() + 3600);
    QCOMPARE(f.client->call(QStringLiteral("afterSale/rejectReasonCodeList")).subCode(),
             QStringLiteral("isv.access-token-expired"));

    const Reply refreshed = f.client->call(QStringLiteral("token/refresh"),
                                           {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                            {QStringLiteral("refresh_token"), refreshToken}});
    QCOMPARE(refreshed.code(), 10000);
    const QJsonObject d = refreshed.data();
    QVERIFY(d.value(QStringLiteral("access_token")).toString() != f.client->token());
    QVERIFY(d.value(QStringLiteral("refresh_token")).toString() != refreshToken);
    QCOMPARE(d.value(QStringLiteral("expires_in")).toInteger(), 3600);
    f.client->setToken(d.value(QStringLiteral("access_token")).toString());
    QCOMPARE(f.client->call(QStringLiteral("afterSale/rejectReasonCodeList")).code(), 10000);

    const Reply unknown = f.client->call(QStringLiteral("token/refresh"),
                                         {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                          {QStringLiteral("refresh_token"), QStringLiteral("nope")}});
    QCOMPARE(unknown.code(), 40003);
    QCOMPARE(unknown.subCode(), QStringLiteral("isv.refresh-token-invalid"));
}

void TestPlatformSimProtocol::token_refreshGraceAndReuse()
{
    SimFixture f;
    const Reply created = f.client->call(
        QStringLiteral("token/create"), {{QStringLiteral("grant_type"), QStringLiteral("authorization_self")},
                                         {QStringLiteral("shop_id"), QStringLiteral("10086")}});
    const QString oldAccess = created.data().value(QStringLiteral("access_token")).toString();
    const QJsonObject refresh{
        {QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
        {QStringLiteral("refresh_token"), created.data().value(QStringLiteral("refresh_token"))}};
    const Reply first = f.client->call(QStringLiteral("token/refresh"), refresh);
    // A second process refreshing with the same refresh token gets the same new pair.
    const Reply second = f.client->call(QStringLiteral("token/refresh"), refresh);
    QCOMPARE(second.code(), 10000);
    QCOMPARE(second.data().value(QStringLiteral("access_token")),
             first.data().value(QStringLiteral("access_token")));
    QCOMPARE(second.data().value(QStringLiteral("refresh_token")),
             first.data().value(QStringLiteral("refresh_token")));
    // The old access token works for the grace period, not after it.
    f.client->setToken(oldAccess);
    f.setClock(f.now() + TokenStore::graceSecs - 1);
    QCOMPARE(f.client->call(QStringLiteral("afterSale/rejectReasonCodeList")).code(), 10000);
    f.setClock(f.now() + 1);
    QCOMPARE(f.client->call(QStringLiteral("afterSale/rejectReasonCodeList")).code(), 40003);
    QCOMPARE(f.client->call(QStringLiteral("token/refresh"), refresh).subCode(),
             QStringLiteral("isv.refresh-token-invalid"));
}

void TestPlatformSimProtocol::token_revocationAndRestore()
{
    SimFixture f;
    const QString path = QStringLiteral("afterSale/rejectReasonCodeList");
    QCOMPARE(
        f.client->control("POST", QStringLiteral("auth"), {{QStringLiteral("authorized"), false}}).httpStatus,
        200);
    Reply r = f.client->call(path);
    QCOMPARE(r.code(), 30001);
    QCOMPARE(r.subCode(), QStringLiteral("dop.authorization-no-existed"));
    r = f.client->call(QStringLiteral("token/create"),
                       {{QStringLiteral("grant_type"), QStringLiteral("authorization_self")},
                        {QStringLiteral("shop_id"), QStringLiteral("10086")}});
    QCOMPARE(r.code(), 30001);

    f.client->control("POST", QStringLiteral("auth"), {{QStringLiteral("authorized"), true}});
    // The tokens of before the revocation are gone for good.
    QCOMPARE(f.client->call(path).subCode(), QStringLiteral("isv.access-token-expired"));
    QVERIFY(!f.client->createToken().isEmpty());
    QCOMPARE(f.client->call(path).code(), 10000);
}

void TestPlatformSimProtocol::token_expireAllThroughControl()
{
    SimFixture f;
    f.client->control("POST", QStringLiteral("tokens"), {{QStringLiteral("expire"), true}});
    QCOMPARE(f.client->call(QStringLiteral("afterSale/rejectReasonCodeList")).subCode(),
             QStringLiteral("isv.access-token-expired"));
    const Reply ttl = f.client->control("POST", QStringLiteral("tokens"), {{QStringLiteral("ttl"), 120}});
    QCOMPARE(ttl.json.value(QStringLiteral("ttl")).toInt(), 120);
    const Reply created = f.client->call(
        QStringLiteral("token/create"), {{QStringLiteral("grant_type"), QStringLiteral("authorization_self")},
                                         {QStringLiteral("shop_id"), QStringLiteral("10086")}});
    QCOMPARE(created.data().value(QStringLiteral("expires_in")).toInt(), 120);
}

void TestPlatformSimProtocol::rejectReasons_fixedList()
{
    SimFixture f;
    const Reply r = f.client->call(QStringLiteral("afterSale/rejectReasonCodeList"));
    QMap<QString, int> byReason;
    for (const QJsonValue &v : r.data().value(QStringLiteral("items")).toArray()) {
        const QJsonObject item = v.toObject();
        QVERIFY(item.value(QStringLiteral("reject_reason_code")).isDouble());
        byReason.insert(item.value(QStringLiteral("reason")).toString(),
                        item.value(QStringLiteral("reject_reason_code")).toInt());
    }
    QCOMPARE(byReason.value(QStringLiteral("已与买家协商一致")), 1);
    QVERIFY(byReason.contains(QStringLiteral("商品缺货")));
    QVERIFY(byReason.contains(QStringLiteral("物流显示已签收")));
    QVERIFY(byReason.contains(QStringLiteral("其他")));
    QCOMPARE(QSet<int>(byReason.cbegin(), byReason.cend()).size(), byReason.size());
}

QTEST_GUILESS_MAIN(TestPlatformSimProtocol)
#include "tst_platformsim_protocol.moc"
