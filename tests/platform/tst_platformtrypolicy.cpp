// What a try's outcome means: retried, final, or Unknown for a write that may have been
// applied (PLATFORM.md's error table and "Exactly once").
#include "platform/trypolicy.h"

#include <QTest>

using namespace aftersales::platform;

Q_DECLARE_METATYPE(aftersales::platform::CallKind)
Q_DECLARE_METATYPE(aftersales::platform::TryOutcome::Transport)

class TestPlatformTryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void judge_data();
    void judge();
    void messages_nameTheMethodAndPlatformWords();
};

namespace
{
QByteArray env(int code, const char *sub = "", const char *msg = "")
{
    return QStringLiteral(R"({"code":%1,"msg":"m","sub_code":"%2","sub_msg":"%3","log_id":"L1","data":{}})")
        .arg(code)
        .arg(QString::fromUtf8(sub), QString::fromUtf8(msg))
        .toUtf8();
}
} // namespace

void TestPlatformTryPolicy::judge_data()
{
    using T = TryOutcome::Transport;
    QTest::addColumn<TryOutcome::Transport>("transport");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("write");
    QTest::addColumn<CallKind>("kind");
    QTest::addColumn<bool>("retry");

    const QByteArray ok = env(10000);
    QTest::newRow("read success") << T::Answered << 200 << ok << false << CallKind::Success << false;
    QTest::newRow("write success") << T::Answered << 200 << ok << true << CallKind::Success << false;
    QTest::newRow("read refused connection")
        << T::NotDelivered << 0 << QByteArray() << false << CallKind::Transient << true;
    QTest::newRow("write refused connection, never arrived")
        << T::NotDelivered << 0 << QByteArray() << true << CallKind::Transient << true;
    QTest::newRow("read timeout") << T::TimedOut << 0 << QByteArray() << false << CallKind::Transient << true;
    QTest::newRow("write timeout") << T::TimedOut << 0 << QByteArray() << true << CallKind::Unknown << false;
    QTest::newRow("read reset") << T::Lost << 0 << QByteArray() << false << CallKind::Transient << true;
    QTest::newRow("write reset") << T::Lost << 0 << QByteArray() << true << CallKind::Unknown << false;
    QTest::newRow("write other failure")
        << T::Failed << 0 << QByteArray() << true << CallKind::Unknown << false;
    QTest::newRow("read too big") << T::TooBig << 200 << QByteArray() << false << CallKind::BadAnswer
                                  << false;
    QTest::newRow("write too big") << T::TooBig << 200 << QByteArray() << true << CallKind::Unknown << false;
    QTest::newRow("read 503") << T::Answered << 503 << QByteArray("busy") << false << CallKind::Transient
                              << true;
    QTest::newRow("write 502") << T::Answered << 502 << QByteArray() << true << CallKind::Unknown << false;
    QTest::newRow("write 429") << T::Answered << 429 << QByteArray() << true << CallKind::TrafficLimited
                               << true;
    QTest::newRow("read 20000") << T::Answered << 200 << env(20000, "dop.service-error") << false
                                << CallKind::Transient << true;
    QTest::newRow("write 20000") << T::Answered << 200 << env(20000, "dop.service-error") << true
                                 << CallKind::Unknown << false;
    QTest::newRow("read 60000") << T::Answered << 200 << env(60000, "isv.traffic-limited") << false
                                << CallKind::TrafficLimited << true;
    QTest::newRow("write 60000") << T::Answered << 200 << env(60000, "isv.traffic-limited") << true
                                 << CallKind::TrafficLimited << true;
    QTest::newRow("write 50002") << T::Answered << 200
                                 << env(50002, "isv.business-failed", "售后单状态已变更") << true
                                 << CallKind::BusinessRefused << false;
    QTest::newRow("token expired") << T::Answered << 200 << env(40003, "isv.access-token-expired") << true
                                   << CallKind::TokenExpired << false;
    QTest::newRow("signature") << T::Answered << 200 << env(40003, "isv.signature-invalid") << false
                               << CallKind::Unauthorised << false;
    QTest::newRow("authorization gone") << T::Answered << 200 << env(30001, "dop.authorization-no-existed")
                                        << false << CallKind::AuthorizationGone << false;
    QTest::newRow("unknown code") << T::Answered << 200 << env(90000) << false << CallKind::Unexpected
                                  << false;
    QTest::newRow("read malformed") << T::Answered << 200 << QByteArray(R"({"code":10000,"da)") << false
                                    << CallKind::BadAnswer << false;
    QTest::newRow("write malformed") << T::Answered << 200 << QByteArray(R"({"code":10000,"da)") << true
                                     << CallKind::Unknown << false;
    QTest::newRow("404 html") << T::Answered << 404 << QByteArray("<html/>") << false << CallKind::BadAnswer
                              << false;
    QTest::newRow("success under 302") << T::Answered << 302 << ok << false << CallKind::BadAnswer << false;
    QTest::newRow("400 with envelope") << T::Answered << 400 << env(40003, "isv.signature-invalid") << false
                                       << CallKind::Unauthorised << false;
}

void TestPlatformTryPolicy::judge()
{
    QFETCH(TryOutcome::Transport, transport);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(bool, write);
    QFETCH(CallKind, kind);
    QFETCH(bool, retry);
    TryOutcome o;
    o.transport = transport;
    o.httpStatus = status;
    o.body = body;
    o.detail = QStringLiteral("detail");
    const TryVerdict v = trypolicy::judge(QStringLiteral("afterSale.operate"), o, write);
    QCOMPARE(v.kind, kind);
    QCOMPARE(v.retry, retry);
    if (kind != CallKind::Success)
        QVERIFY2(v.message.startsWith(QLatin1String("afterSale.operate: ")), qPrintable(v.message));
    if (kind == CallKind::Unknown)
        QVERIFY2(v.message.contains(QLatin1String("read the claim back")), qPrintable(v.message));
}

void TestPlatformTryPolicy::messages_nameTheMethodAndPlatformWords()
{
    TryOutcome o;
    o.transport = TryOutcome::Transport::Answered;
    o.httpStatus = 200;
    o.body = env(50002, "isv.business-failed", "售后单状态已变更");
    const TryVerdict v = trypolicy::judge(QStringLiteral("afterSale.operate"), o, true);
    QVERIFY2(v.message.contains(QStringLiteral("售后单状态已变更")), qPrintable(v.message));
    QVERIFY2(v.message.contains(QStringLiteral("isv.business-failed")), qPrintable(v.message));
    QCOMPARE(v.envelope->logId, QStringLiteral("L1"));
    o.body = env(20000, "dop.service-error", "服务繁忙");
    const TryVerdict w = trypolicy::judge(QStringLiteral("afterSale.operate"), o, true);
    QVERIFY2(w.message.contains(QStringLiteral("dop.service-error")) &&
                 w.message.contains(QStringLiteral("服务繁忙")),
             qPrintable(w.message));
}

QTEST_GUILESS_MAIN(TestPlatformTryPolicy)
#include "tst_platformtrypolicy.moc"
