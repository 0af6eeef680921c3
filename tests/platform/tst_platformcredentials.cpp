// Credentials: the secret from the environment or the keyring, tokens kept in the keyring
// when there is one (else only in memory), renewed ahead of expiry by the injected clock.
#include "domain/clock.h"
#include "platform/credentials.h"
#include "platform/memorykeyring.h"
#include "platform/tokenkeeper.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace aftersales;
using namespace aftersales::platform;

class TestPlatformCredentials : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void secret_environmentFirst();
    void secret_fromKeyring();
    void secret_missing_saysWhere();
    void secret_keyringUnavailable_saysWhere();
    void secret_storedThenFound();
    void tokens_noneAtFirst();
    void tokens_adoptedAndKeptAcrossRuns();
    void tokens_renewedUnderAnHourLeft();
    void tokens_shortLifetime_renewedAtHalf();
    void tokens_expiredDropped_refreshKept();
    void tokens_withoutKeyring_memoryOnly();
    void tokens_otherShopIgnored();
    void tokens_forgetRemovesFromKeyring();
    void tokens_loadWaitersAnsweredOnce();

private:
    FixedClock m_clock{QDateTime(QDate(2026, 11, 26), QTime(10, 0), Qt::UTC)};
};

namespace
{

SecretAnswer fetch(Keyring &keyring, const QString &appKey)
{
    SecretAnswer result;
    int calls = 0;
    credentials::fetchSecret(keyring, appKey, [&](const SecretAnswer &a) {
        result = a;
        ++calls;
    });
    if (calls != 1)
        qFatal("fetchSecret answered %d times", calls);
    return result;
}

TokenAnswer answer(const QString &access, qint64 expiresIn, const QString &refresh = QStringLiteral("rt"))
{
    return TokenAnswer{access, expiresIn, refresh, QStringLiteral("10086"), QStringLiteral("演示小店")};
}

void loaded(TokenKeeper &k)
{
    bool done = false;
    k.load([&done] { done = true; });
    QVERIFY(done);
}

} // namespace

void TestPlatformCredentials::init()
{
    qunsetenv(credentials::secretVariable);
}

void TestPlatformCredentials::cleanup()
{
    qunsetenv(credentials::secretVariable);
}

void TestPlatformCredentials::secret_environmentFirst()
{
    MemoryKeyring keyring;
    credentials::storeSecret(keyring, QStringLiteral("app"), QStringLiteral("from-keyring"),
                             [](bool, const QString &) {});
    qputenv(credentials::secretVariable, "from-environment");
    const int before = keyring.calls();
    const SecretAnswer a = fetch(keyring, QStringLiteral("app"));
    QCOMPARE(a.secret, QStringLiteral("from-environment"));
    QCOMPARE(keyring.calls(), before);
}

void TestPlatformCredentials::secret_fromKeyring()
{
    MemoryKeyring keyring;
    credentials::storeSecret(keyring, QStringLiteral("app"), QStringLiteral("from-keyring"),
                             [](bool, const QString &) {});
    qputenv(credentials::secretVariable, ""); // set but empty: not a secret
    QCOMPARE(fetch(keyring, QStringLiteral("app")).secret, QStringLiteral("from-keyring"));
    QVERIFY(!fetch(keyring, QStringLiteral("other-app")).ok());
}

void TestPlatformCredentials::secret_missing_saysWhere()
{
    MemoryKeyring keyring;
    const SecretAnswer a = fetch(keyring, QStringLiteral("app"));
    QVERIFY(!a.ok());
    QVERIFY2(a.detail.contains(QLatin1String("AFTERSALES_APP_SECRET")), qPrintable(a.detail));
    QVERIFY2(a.detail.contains(QLatin1String("keyring")), qPrintable(a.detail));
}

void TestPlatformCredentials::secret_keyringUnavailable_saysWhere()
{
    MemoryKeyring keyring(false);
    const SecretAnswer a = fetch(keyring, QStringLiteral("app"));
    QVERIFY(!a.ok());
    QVERIFY2(a.detail.contains(QLatin1String("there is no keyring")), qPrintable(a.detail));
}

void TestPlatformCredentials::secret_storedThenFound()
{
    MemoryKeyring keyring;
    bool stored = false;
    credentials::storeSecret(keyring, QStringLiteral("app"), QStringLiteral("s3"),
                             [&](bool ok, const QString &) { stored = ok; });
    QVERIFY(stored);
    QVERIFY(keyring.contains(credentials::secretKey(QStringLiteral("app"))));
    QCOMPARE(fetch(keyring, QStringLiteral("app")).secret, QStringLiteral("s3"));

    MemoryKeyring none(false);
    QString why;
    credentials::storeSecret(none, QStringLiteral("app"), QStringLiteral("s3"),
                             [&](bool ok, const QString &detail) {
                                 stored = ok;
                                 why = detail;
                             });
    QVERIFY(!stored);
    QVERIFY(!why.isEmpty());
}

void TestPlatformCredentials::tokens_noneAtFirst()
{
    MemoryKeyring keyring;
    TokenKeeper k(keyring, m_clock, QStringLiteral("app"), QStringLiteral("10086"));
    loaded(k);
    QVERIFY(!k.hasAccessToken());
    QVERIFY(k.needsRenewal());
    QVERIFY(!k.canRefresh());
    QVERIFY(k.keptInKeyring());
}

void TestPlatformCredentials::tokens_adoptedAndKeptAcrossRuns()
{
    MemoryKeyring keyring;
    {
        TokenKeeper k(keyring, m_clock, QStringLiteral("app"), QStringLiteral("10086"));
        loaded(k);
        k.adopt(answer(QStringLiteral("at-1"), 7 * 24 * 3600));
        QVERIFY(k.hasAccessToken());
        QVERIFY(!k.needsRenewal());
        QCOMPARE(k.expiresAt(), m_clock.now().addSecs(7 * 24 * 3600));
    }
    const QString key = credentials::tokenKey(QStringLiteral("app"), QStringLiteral("10086"));
    QVERIFY(keyring.contains(key));
    TokenKeeper next(keyring, m_clock, QStringLiteral("app"), QStringLiteral("10086"));
    loaded(next);
    QCOMPARE(next.accessToken(), QStringLiteral("at-1"));
    QCOMPARE(next.refreshToken(), QStringLiteral("rt"));
    QCOMPARE(next.expiresAt(), m_clock.now().addSecs(7 * 24 * 3600));
    QCOMPARE(next.shopName(), QStringLiteral("演示小店"));
}

void TestPlatformCredentials::tokens_renewedUnderAnHourLeft()
{
    MemoryKeyring keyring;
    TokenKeeper k(keyring, m_clock, QStringLiteral("app"), QStringLiteral("10086"));
    loaded(k);
    k.adopt(answer(QStringLiteral("at"), 2 * 3600));
    QVERIFY(!k.needsRenewal());
    m_clock.advance(3600); // exactly an hour left: not yet under
    QVERIFY(!k.needsRenewal());
    m_clock.advance(1);
    QVERIFY(k.needsRenewal());
    QVERIFY(k.hasAccessToken());
    m_clock.advance(3599); // the expiry instant itself: expired
    QVERIFY(!k.hasAccessToken());
    m_clock.advance(-2 * 3600);
}

void TestPlatformCredentials::tokens_shortLifetime_renewedAtHalf()
{
    // A token given for 10 minutes is not renewed on every call, only in its second half.
    MemoryKeyring keyring;
    TokenKeeper k(keyring, m_clock, QStringLiteral("app"), QStringLiteral("10086"));
    loaded(k);
    k.adopt(answer(QStringLiteral("at"), 600));
    QVERIFY(!k.needsRenewal());
    m_clock.advance(300);
    QVERIFY(!k.needsRenewal());
    m_clock.advance(1);
    QVERIFY(k.needsRenewal());
    QVERIFY(k.hasAccessToken());
    m_clock.advance(-301);
    TokenKeeper next(keyring, m_clock, QStringLiteral("app"), QStringLiteral("10086"));
    loaded(next);
    QVERIFY(!next.needsRenewal()); // the lifetime is kept with the token
}

void TestPlatformCredentials::tokens_expiredDropped_refreshKept()
{
    MemoryKeyring keyring;
    TokenKeeper k(keyring, m_clock, QStringLiteral("app"), QStringLiteral("10086"));
    loaded(k);
    k.adopt(answer(QStringLiteral("at"), 7 * 24 * 3600));
    k.dropAccessToken();
    QVERIFY(!k.hasAccessToken());
    QVERIFY(k.canRefresh());
    k.dropRefreshToken();
    QVERIFY(!k.canRefresh());
}

void TestPlatformCredentials::tokens_withoutKeyring_memoryOnly()
{
    MemoryKeyring keyring(false);
    {
        TokenKeeper k(keyring, m_clock, QStringLiteral("app"), QStringLiteral("10086"));
        loaded(k);
        QVERIFY(!k.keptInKeyring());
        k.adopt(answer(QStringLiteral("at"), 7 * 24 * 3600));
        QVERIFY(k.hasAccessToken());
    }
    keyring.setAvailable(true);
    TokenKeeper next(keyring, m_clock, QStringLiteral("app"), QStringLiteral("10086"));
    loaded(next);
    QVERIFY(!next.hasAccessToken()); // a process without a keyring asks token/create again
}

void TestPlatformCredentials::tokens_otherShopIgnored()
{
    MemoryKeyring keyring;
    const QJsonObject other{{QStringLiteral("access_token"), QStringLiteral("at")},
                            {QStringLiteral("shop_id"), QStringLiteral("99")},
                            {QStringLiteral("expires_at"), m_clock.now().addDays(1).toSecsSinceEpoch()}};
    keyring.write(credentials::tokenKey(QStringLiteral("app"), QStringLiteral("10086")),
                  QString::fromUtf8(QJsonDocument(other).toJson()), [](bool, const QString &) {});
    TokenKeeper k(keyring, m_clock, QStringLiteral("app"), QStringLiteral("10086"));
    loaded(k);
    QVERIFY(!k.hasAccessToken());
}

void TestPlatformCredentials::tokens_forgetRemovesFromKeyring()
{
    MemoryKeyring keyring;
    TokenKeeper k(keyring, m_clock, QStringLiteral("app"), QStringLiteral("10086"));
    loaded(k);
    k.adopt(answer(QStringLiteral("at"), 7 * 24 * 3600));
    k.forget();
    QVERIFY(!k.hasAccessToken());
    QVERIFY(!k.canRefresh());
    QVERIFY(!keyring.contains(credentials::tokenKey(QStringLiteral("app"), QStringLiteral("10086"))));
}

void TestPlatformCredentials::tokens_loadWaitersAnsweredOnce()
{
    // A keyring that answers later: every waiter is answered once, when it does.
    class LateKeyring final : public Keyring
    {
    public:
        void read(const QString &, ReadDone done) override { pending = std::move(done); }
        void write(const QString &, const QString &, WriteDone done) override { done(true, {}); }
        void remove(const QString &, WriteDone done) override { done(true, {}); }
        ReadDone pending;
    } keyring;
    TokenKeeper k(keyring, m_clock, QStringLiteral("app"), QStringLiteral("10086"));
    int answered = 0;
    k.load([&] { ++answered; });
    k.load([&] { ++answered; });
    QCOMPARE(answered, 0);
    QVERIFY(!k.isLoaded());
    keyring.pending({KeyringAnswer::Status::NotFound, {}, {}});
    QCOMPARE(answered, 2);
    k.load([&] { ++answered; });
    QCOMPARE(answered, 3);
}

QTEST_GUILESS_MAIN(TestPlatformCredentials)
#include "tst_platformcredentials.moc"
