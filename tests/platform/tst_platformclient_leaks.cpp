// Nothing leaks: every line the process logs during a full exchange with the platform
// (tokens created and renewed, reads, writes, refusals, faults, hostile answers, a wrong
// secret) and every call record is searched for the secret and every token it ever held.
#include "clientharness.h"
#include "simstate.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QMutex>
#include <QSet>
#include <QTest>

using namespace aftersales;
using namespace aftersales::platform;
using namespace aftersales::platform::testing;

namespace
{

QMutex capturedLock;
QStringList captured;

void capture(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    const QMutexLocker lock(&capturedLock);
    captured << QString::fromLatin1(context.category ? context.category : "") + QLatin1Char(' ') + message;
}

} // namespace

class TestPlatformClientLeaks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void credentials_neverInAnyOutput();
};

void TestPlatformClientLeaks::credentials_neverInAnyOutput()
{
    ClientHarness h;
    QSet<QString> credentials{QStringLiteral("demo-app-secret")};
    QList<CallRecord> records;
    auto watch = [&](PlatformClient &client) {
        connect(&client, &PlatformClient::callFinished, this, [&](const CallRecord &r) {
            records << r;
            credentials << client.tokens().accessToken() << client.tokens().refreshToken();
        });
    };
    watch(h.client());
    const qint64 id = h.addClaim();
    const qint64 other = h.addClaim();
    const auto list = [&h] {
        return await<ListPage>([&h](auto done) { h.client().list(ListQuery{0, h.now(), 0, 100}, done); });
    };
    const auto approve = [&h](qint64 claim, qint64 updateTime) {
        return await<QList<OperateResult>>([&](auto done) {
            h.client().operate(OperateRequest{501, {OperateItem{claim, updateTime, {}, {}, {}}}}, done);
        });
    };

    QLoggingCategory::setFilterRules(QStringLiteral("aftersales.platform.debug=true"));
    const QtMessageHandler previous = qInstallMessageHandler(capture);

    QVERIFY(list().ok());
    h.addFault({{QStringLiteral("kind"), QStringLiteral("expire_token")}});
    QVERIFY(list().ok()); // refreshed: a second pair
    h.sim().tokens.expireAll(true);
    QVERIFY(list().ok()); // refresh refused, created: a third pair
    QVERIFY(approve(id, h.now()).ok());
    QCOMPARE(approve(id, h.now()).record.kind, CallKind::BusinessRefused);
    h.addFault({{QStringLiteral("kind"), QStringLiteral("code")}, {QStringLiteral("count"), 2}});
    QVERIFY(list().ok());
    h.addFault({{QStringLiteral("kind"), QStringLiteral("drop_answer")},
                {QStringLiteral("method"), QStringLiteral("afterSale/operate")}});
    QCOMPARE(approve(other, h.now()).record.kind, CallKind::Unknown);
    h.addFault({{QStringLiteral("kind"), QStringLiteral("malformed_json")}});
    QCOMPARE(list().record.kind, CallKind::BadAnswer);
    // A hostile platform echoing the credentials back in its own words.
    const QString echoed = QStringLiteral("secret demo-app-secret token %1 refresh %2")
                               .arg(h.client().tokens().accessToken(), h.client().tokens().refreshToken());
    h.addFault({{QStringLiteral("kind"), QStringLiteral("code")},
                {QStringLiteral("code"), 50002},
                {QStringLiteral("sub_msg"), echoed}});
    const auto hostile = approve(other, h.now());
    QCOMPARE(hostile.record.kind, CallKind::BusinessRefused);
    QVERIFY2(hostile.record.subMsg.contains(QLatin1String("***")), qPrintable(hostile.record.subMsg));
    // A wrong secret, and the refusals it gets.
    PlatformConfig wrong = ClientHarness::testConfig();
    wrong.appSecret = QStringLiteral("wrong-secret-of-the-merchant");
    credentials << wrong.appSecret;
    h.remake(wrong);
    watch(h.client()); // the kept token comes from the keyring; the calls are signed with the wrong secret
    QCOMPARE(list().record.kind, CallKind::Unauthorised);

    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());

    credentials.remove(QString());
    QVERIFY(credentials.size() >= 7); // the secret, the wrong one, three pairs of tokens
    QVERIFY(records.size() >= 10);
    const QString everything = captured.join(QLatin1Char('\n'));
    QVERIFY(everything.contains(QLatin1String("afterSale.List")));
    QVERIFY(everything.contains(QLatin1String("token.refresh")));
    for (const QString &secret : std::as_const(credentials))
        QVERIFY2(!everything.contains(secret), "a credential reached the log");
    QVERIFY(!everything.contains(QLatin1String("sign=")));
    QVERIFY(!everything.contains(QLatin1String("access_token=")));
    QVERIFY(!everything.contains(QLatin1String("refresh_token\"")));
    for (const CallRecord &r : std::as_const(records)) {
        const QString text = r.message + r.subMsg + r.subCode + r.logId + r.method;
        for (const QString &secret : std::as_const(credentials))
            QVERIFY2(!text.contains(secret), qPrintable(r.method));
    }
}

QTEST_GUILESS_MAIN(TestPlatformClientLeaks)
#include "tst_platformclient_leaks.moc"
