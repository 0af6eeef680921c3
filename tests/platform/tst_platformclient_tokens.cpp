// The client against the simulator: tokens created, kept, renewed ahead of expiry and
// once when the platform says expired; credentials refused, the authorisation gone, no
// secret at all; requests refused before sending; answers never before the call returns.
#include "clientharness.h"
#include "platform/credentials.h"
#include "simstate.h"

#include <QJsonArray>
#include <QTest>

using namespace aftersales;
using namespace aftersales::platform;
using namespace aftersales::platform::testing;

class TestPlatformClientTokens : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void firstCall_createsToken_thenReusesIt();
    void createToken_checksTheConnection();
    void createToken_otherShop_authorizationGone();
    void token_renewedAheadOfExpiry();
    void token_expiredMidRound_requestRepeatedOnce();
    void token_expiredTwice_stops();
    void token_refreshRefused_createdAgain();
    void token_keptInKeyringAcrossClients();
    void token_withoutKeyring_createdAgain();
    void signatureError_stopsWithoutRetry();
    void signatureErrorOnCall_stops_data();
    void signatureErrorOnCall_stops();
    void authorizationGone_tellsToAuthoriseAgain();
    void noSecret_nothingSent();
    void secretFromEnvironment();
    void plainHttpElsewhere_refused();
    void invalidRequest_nothingSent();
    void answers_neverBeforeTheCallReturns();

private:
    static ListQuery today(ClientHarness &h) { return ListQuery{h.now() - 86400, h.now(), 0, 100}; }
    static PlatformReply<ListPage> list(ClientHarness &h)
    {
        return await<ListPage>([&h](auto done) { h.client().list(today(h), done); });
    }
};

void TestPlatformClientTokens::cleanup()
{
    qunsetenv(credentials::secretVariable);
}

void TestPlatformClientTokens::firstCall_createsToken_thenReusesIt()
{
    ClientHarness h;
    const qint64 id = h.addClaim();
    const auto first = list(h);
    QVERIFY2(first.ok(), qPrintable(first.record.message));
    QCOMPARE(first.value->items.size(), 1);
    QCOMPARE(first.value->items.first().aftersaleId, id);
    QCOMPARE(first.record.tries, 1);
    QCOMPARE(first.record.method, QStringLiteral("afterSale.List"));
    QVERIFY(!first.record.logId.isEmpty());
    QCOMPARE(h.requests(),
             (QStringList{QStringLiteral("token.create 10000"), QStringLiteral("afterSale.List 10000")}));
    QVERIFY(h.client().tokens().hasAccessToken());

    const auto second = list(h);
    QVERIFY(second.ok());
    QCOMPARE(h.requests(), QStringList{QStringLiteral("afterSale.List 10000")});
}

void TestPlatformClientTokens::createToken_checksTheConnection()
{
    ClientHarness h;
    const auto t = await<TokenAnswer>([&h](auto done) { h.client().createToken(done); });
    QVERIFY2(t.ok(), qPrintable(t.record.message));
    QCOMPARE(t.value->shopId, QStringLiteral("10086"));
    QCOMPARE(t.value->shopName, QStringLiteral("演示小店"));
    QCOMPARE(t.value->expiresIn, qint64(7 * 24 * 3600));
    QCOMPARE(h.client().tokens().accessToken(), t.value->accessToken);
    QCOMPARE(h.client().tokens().shopName(), QStringLiteral("演示小店"));
    const auto page = list(h);
    QVERIFY(page.ok());
    QCOMPARE(h.requests(),
             (QStringList{QStringLiteral("token.create 10000"), QStringLiteral("afterSale.List 10000")}));
}

void TestPlatformClientTokens::createToken_otherShop_authorizationGone()
{
    PlatformConfig c = ClientHarness::testConfig();
    c.shopId = QStringLiteral("99999");
    ClientHarness h(c);
    const auto t = await<TokenAnswer>([&h](auto done) { h.client().createToken(done); });
    QCOMPARE(t.record.kind, CallKind::AuthorizationGone);
    QVERIFY2(t.record.message.contains(QLatin1String("authorise the app again")),
             qPrintable(t.record.message));
    QCOMPARE(t.record.subCode, QStringLiteral("dop.authorization-no-existed"));
}

void TestPlatformClientTokens::token_renewedAheadOfExpiry()
{
    platformsim::SimConfig simConfig;
    simConfig.tokenTtlSecs = 2 * 3600;
    ClientHarness h(ClientHarness::testConfig(), simConfig);
    QVERIFY(list(h).ok());
    QCOMPARE(h.requests().first(), QStringLiteral("token.create 10000"));

    h.setClock(h.now() + 3600); // exactly an hour left: kept
    QVERIFY(list(h).ok());
    QCOMPARE(h.requests(), QStringList{QStringLiteral("afterSale.List 10000")});

    h.setClock(h.now() + 1); // under an hour left: refreshed first, before it fails
    const auto r = list(h);
    QVERIFY2(r.ok(), qPrintable(r.record.message));
    QVERIFY(!r.record.tokenRenewed);
    QCOMPARE(h.requests(),
             (QStringList{QStringLiteral("token.refresh 10000"), QStringLiteral("afterSale.List 10000")}));
    QCOMPARE(h.client().tokens().expiresAt().toSecsSinceEpoch(), h.now() + 2 * 3600);
}

void TestPlatformClientTokens::token_expiredMidRound_requestRepeatedOnce()
{
    ClientHarness h;
    QVERIFY(list(h).ok());
    h.requests();
    h.addFault({{QStringLiteral("kind"), QStringLiteral("expire_token")},
                {QStringLiteral("method"), QStringLiteral("afterSale/List")}});
    const auto r = list(h);
    QVERIFY2(r.ok(), qPrintable(r.record.message));
    QVERIFY(r.record.tokenRenewed);
    QCOMPARE(r.record.tries, 2);
    QVERIFY(r.record.waitsMs.isEmpty());
    QCOMPARE(h.requests(),
             (QStringList{QStringLiteral("afterSale.List 40003 expire_token"),
                          QStringLiteral("token.refresh 10000"), QStringLiteral("afterSale.List 10000")}));
}

void TestPlatformClientTokens::token_expiredTwice_stops()
{
    ClientHarness h;
    QVERIFY(list(h).ok());
    h.requests();
    h.addFault({{QStringLiteral("kind"), QStringLiteral("expire_token")},
                {QStringLiteral("method"), QStringLiteral("afterSale/List")},
                {QStringLiteral("count"), 2}});
    const auto r = list(h);
    QCOMPARE(r.record.kind, CallKind::TokenExpired);
    QVERIFY2(r.record.message.contains(QLatin1String("isv.access-token-expired")),
             qPrintable(r.record.message));
    QCOMPARE(h.requests(), (QStringList{QStringLiteral("afterSale.List 40003 expire_token"),
                                        QStringLiteral("token.refresh 10000"),
                                        QStringLiteral("afterSale.List 40003 expire_token")}));
}

void TestPlatformClientTokens::token_refreshRefused_createdAgain()
{
    ClientHarness h;
    QVERIFY(list(h).ok());
    h.requests();
    h.sim().tokens.expireAll(true);
    const auto r = list(h);
    QVERIFY2(r.ok(), qPrintable(r.record.message));
    QVERIFY(r.record.tokenRenewed);
    QCOMPARE(h.requests(),
             (QStringList{QStringLiteral("afterSale.List 40003"), QStringLiteral("token.refresh 40003"),
                          QStringLiteral("token.create 10000"), QStringLiteral("afterSale.List 10000")}));
}

void TestPlatformClientTokens::token_keptInKeyringAcrossClients()
{
    ClientHarness h;
    QVERIFY(list(h).ok());
    QVERIFY(
        h.keyring().contains(credentials::tokenKey(QStringLiteral("demo-app-key"), QStringLiteral("10086"))));
    h.requests();
    h.remake(ClientHarness::testConfig());
    QVERIFY(list(h).ok());
    QCOMPARE(h.requests(), QStringList{QStringLiteral("afterSale.List 10000")});
}

void TestPlatformClientTokens::token_withoutKeyring_createdAgain()
{
    ClientHarness h;
    h.keyring().setAvailable(false);
    PlatformConfig c = ClientHarness::testConfig();
    c.appSecret = QStringLiteral("demo-app-secret");
    h.remake(c);
    QVERIFY(list(h).ok());
    QVERIFY(!h.client().tokens().keptInKeyring());
    h.requests();
    h.remake(c);
    QVERIFY(list(h).ok());
    QCOMPARE(h.requests(),
             (QStringList{QStringLiteral("token.create 10000"), QStringLiteral("afterSale.List 10000")}));
}

void TestPlatformClientTokens::signatureError_stopsWithoutRetry()
{
    ClientHarness h;
    PlatformConfig c = ClientHarness::testConfig();
    c.appSecret = QStringLiteral("not-the-app-secret");
    h.remake(c);
    const auto r = list(h);
    QCOMPARE(r.record.kind, CallKind::Unauthorised);
    QVERIFY2(r.record.message.startsWith(QLatin1String("afterSale.List: ")), qPrintable(r.record.message));
    QVERIFY2(r.record.message.contains(QLatin1String("isv.signature-invalid")), qPrintable(r.record.message));
    QVERIFY2(r.record.message.contains(QLatin1String("app secret")), qPrintable(r.record.message));
    QCOMPARE(h.requests(), QStringList{QStringLiteral("token.create 40003")});
}

void TestPlatformClientTokens::signatureErrorOnCall_stops_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("subCode");
    QTest::newRow("40003 signature invalid") << 40003 << QStringLiteral("isv.signature-invalid");
    QTest::newRow("40001 signature missing") << 40001 << QStringLiteral("isv.signature-missing");
}

void TestPlatformClientTokens::signatureErrorOnCall_stops()
{
    QFETCH(int, code);
    QFETCH(QString, subCode);
    ClientHarness h;
    QVERIFY(list(h).ok());
    h.requests();
    h.addFault({{QStringLiteral("kind"), QStringLiteral("code")},
                {QStringLiteral("code"), code},
                {QStringLiteral("method"), QStringLiteral("afterSale/List")}});
    const auto r = list(h);
    QCOMPARE(r.record.kind, CallKind::Unauthorised);
    QCOMPARE(r.record.code, code);
    QCOMPARE(r.record.subCode, subCode);
    QCOMPARE(r.record.tries, 1);
    QVERIFY2(r.record.message.contains(subCode), qPrintable(r.record.message));
    QCOMPARE(h.requests().size(), 1);
}

void TestPlatformClientTokens::authorizationGone_tellsToAuthoriseAgain()
{
    ClientHarness h;
    QVERIFY(list(h).ok());
    h.requests();
    h.fixture().client->control("POST", QStringLiteral("auth"), {{QStringLiteral("authorized"), false}});
    const auto r = list(h);
    QCOMPARE(r.record.kind, CallKind::AuthorizationGone);
    QCOMPARE(r.record.code, 30001);
    QVERIFY2(r.record.message.contains(QLatin1String("authorise the app again")),
             qPrintable(r.record.message));
    QCOMPARE(r.record.tries, 1);
    QVERIFY(!h.client().tokens().hasAccessToken());
    QVERIFY(!h.client().tokens().canRefresh());
    QCOMPARE(h.requests(), QStringList{QStringLiteral("afterSale.List 30001")});

    h.fixture().client->control("POST", QStringLiteral("auth"), {{QStringLiteral("authorized"), true}});
    QVERIFY(list(h).ok());
    QCOMPARE(h.requests(),
             (QStringList{QStringLiteral("token.create 10000"), QStringLiteral("afterSale.List 10000")}));
}

void TestPlatformClientTokens::noSecret_nothingSent()
{
    ClientHarness h;
    MemoryKeyring empty;
    PlatformConfig c = ClientHarness::testConfig();
    c.baseUrl = h.fixture().sim->baseUrl();
    PlatformClient bare(c, h.clock(), empty);
    const auto r = await<ListPage>([&](auto done) { bare.list(today(h), done); });
    QCOMPARE(r.record.kind, CallKind::Unauthorised);
    QVERIFY2(r.record.message.contains(QLatin1String("AFTERSALES_APP_SECRET")), qPrintable(r.record.message));
    QCOMPARE(r.record.tries, 0);
    QVERIFY(h.requests().isEmpty());
}

void TestPlatformClientTokens::secretFromEnvironment()
{
    ClientHarness h;
    MemoryKeyring empty;
    qputenv(credentials::secretVariable, "demo-app-secret");
    PlatformConfig c = ClientHarness::testConfig();
    c.baseUrl = h.fixture().sim->baseUrl();
    PlatformClient client(c, h.clock(), empty);
    const auto r = await<ListPage>([&](auto done) { client.list(today(h), done); });
    QVERIFY2(r.ok(), qPrintable(r.record.message));
}

void TestPlatformClientTokens::plainHttpElsewhere_refused()
{
    ClientHarness h;
    PlatformConfig c = ClientHarness::testConfig();
    c.baseUrl = QUrl(QStringLiteral("http://openapi-fxg.jinritemai.com"));
    h.remake(c);
    const auto r = list(h);
    QCOMPARE(r.record.kind, CallKind::InvalidRequest);
    QVERIFY2(r.record.message.contains(QLatin1String("https://")), qPrintable(r.record.message));
    QVERIFY(h.requests().isEmpty());
}

void TestPlatformClientTokens::invalidRequest_nothingSent()
{
    ClientHarness h;
    const auto r = await<ListPage>([&h](auto done) { h.client().list(ListQuery{0, h.now(), 0, 101}, done); });
    QCOMPARE(r.record.kind, CallKind::InvalidRequest);
    QVERIFY2(r.record.message.startsWith(QLatin1String("afterSale.List: not sent: ")),
             qPrintable(r.record.message));
    const auto o = await<QList<OperateResult>>([&h](auto done) {
        h.client().operate(OperateRequest{502, {OperateItem{1, h.now(), {}, {}, {}}}}, done);
    });
    QCOMPARE(o.record.kind, CallKind::InvalidRequest);
    QVERIFY2(o.record.message.contains(QLatin1String("reject reason")), qPrintable(o.record.message));
    QVERIFY(h.requests().isEmpty());
}

void TestPlatformClientTokens::answers_neverBeforeTheCallReturns()
{
    ClientHarness h;
    bool returned = false;
    int early = 0;
    int answered = 0;
    auto done = [&](const auto &) {
        early += returned ? 0 : 1;
        ++answered;
    };
    h.client().list(ListQuery{0, h.now(), 0, 101}, done); // refused at once
    h.client().list(today(h), done);
    returned = true;
    QTRY_COMPARE(answered, 2);
    QCOMPARE(early, 0);
}

QTEST_GUILESS_MAIN(TestPlatformClientTokens)
#include "tst_platformclient_tokens.moc"
