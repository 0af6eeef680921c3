// The client against the simulator's faults: 60000 backed off and retried, 50002 refused,
// a write whose answer was lost (dropped, stalled, 5xx, 20000, reset) reported as Unknown
// and applied once at most, a refused connection retried, a stall cut by the timeout, and
// every hostile answer refused with a message naming what was wrong.
#include "clientharness.h"
#include "simstate.h"

#include <QJsonArray>
#include <QTcpServer>
#include <QTest>

using namespace aftersales;
using namespace aftersales::platform;
using namespace aftersales::platform::testing;

Q_DECLARE_METATYPE(aftersales::platform::CallKind)

class TestPlatformClientFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void trafficLimited_backsOffAndRetries();
    void trafficLimited_exhausted_stopsAfterFiveTries();
    void trafficLimited_onWrite_retried_appliedOnce();
    void operate_accepted_detailReadsItBack();
    void businessRefused_50002_notRetried();
    void operate_perItemRefusal();
    void fillLogistics_acceptedAndRefused();
    void rejectReasons_read();
    void writeAnswerLost_unknown_data();
    void writeAnswerLost_unknown();
    void readFaults_retried_data();
    void readFaults_retried();
    void connectionRefused_retriedForReadsAndWrites();
    void stall_hitsTheTimeout();
    void hostileAnswer_refused_data();
    void hostileAnswer_refused();
    void hostileAnswerToWrite_unknown_data();
    void hostileAnswerToWrite_unknown();

private:
    static PlatformReply<ListPage> list(ClientHarness &h, int size = 100)
    {
        return await<ListPage>([&h, size](auto done) {
            h.client().list(ListQuery{h.now() - 86400, h.now(), 0, size}, done);
        });
    }
    static PlatformReply<QList<OperateResult>> approve(ClientHarness &h, qint64 id, qint64 updateTime)
    {
        return await<QList<OperateResult>>([&](auto done) {
            h.client().operate(OperateRequest{501, {OperateItem{id, updateTime, {}, {}, {}}}}, done);
        });
    }
    static PlatformReply<ClaimDetail> detail(ClientHarness &h, qint64 id)
    {
        return await<ClaimDetail>([&](auto done) { h.client().detail(id, done); });
    }
    // A harness holding a token already, with its request log read.
    static void warm(ClientHarness &h)
    {
        QVERIFY(list(h).ok());
        h.requests();
    }
    static int applied(ClientHarness &h, qint64 id, const char *action = "501")
    {
        return h.sim().log.appliedCount(QString::number(id), QLatin1String(action));
    }
    static QJsonObject fault(const char *kind, const char *method, int count = 1)
    {
        return {{QStringLiteral("kind"), QLatin1String(kind)},
                {QStringLiteral("method"), QLatin1String(method)},
                {QStringLiteral("count"), count}};
    }
};

void TestPlatformClientFaults::trafficLimited_backsOffAndRetries()
{
    ClientHarness h;
    warm(h);
    h.addFault(fault("code", "afterSale/List", 3)); // 60000 by default
    const auto r = list(h);
    QVERIFY2(r.ok(), qPrintable(r.record.message));
    QCOMPARE(r.record.tries, 4);
    // Base 10 ms doubling, the draw fixed at 0 (the lower end of [d/2, d)).
    QCOMPARE(r.record.waitsMs, (QList<int>{5, 10, 20}));
    QCOMPARE(
        h.requests(),
        (QStringList{QStringLiteral("afterSale.List 60000 code"), QStringLiteral("afterSale.List 60000 code"),
                     QStringLiteral("afterSale.List 60000 code"), QStringLiteral("afterSale.List 10000")}));
}

void TestPlatformClientFaults::trafficLimited_exhausted_stopsAfterFiveTries()
{
    ClientHarness h;
    warm(h);
    h.client().setRandomSource([] { return 0.5; });
    h.addFault(fault("code", "afterSale/List", 10));
    const auto r = list(h);
    QCOMPARE(r.record.kind, CallKind::TrafficLimited);
    QCOMPARE(r.record.tries, 5);
    QCOMPARE(r.record.waitsMs, (QList<int>{7, 15, 30, 60}));
    QCOMPARE(r.record.subCode, QStringLiteral("isv.traffic-limited"));
    QVERIFY2(r.record.message.contains(QLatin1String("after 5 tries")), qPrintable(r.record.message));
    QVERIFY2(r.record.message.contains(QLatin1String("isv.traffic-limited")), qPrintable(r.record.message));
    QVERIFY(!r.value);
    QCOMPARE(h.requests().size(), 5);
}

void TestPlatformClientFaults::trafficLimited_onWrite_retried_appliedOnce()
{
    ClientHarness h;
    const qint64 id = h.addClaim();
    warm(h);
    h.addFault(fault("code", "afterSale/operate", 2));
    const auto r = approve(h, id, h.now());
    QVERIFY2(r.ok(), qPrintable(r.record.message));
    QCOMPARE(r.record.tries, 3);
    QVERIFY(r.value->first().accepted());
    QCOMPARE(applied(h, id), 1);
}

void TestPlatformClientFaults::operate_accepted_detailReadsItBack()
{
    ClientHarness h;
    const qint64 id = h.addClaim();
    const auto before = detail(h, id);
    QVERIFY2(before.ok(), qPrintable(before.record.message));
    QCOMPARE(before.value->statusCode, 6);
    const auto r = approve(h, id, before.value->updateTime);
    QVERIFY2(r.ok(), qPrintable(r.record.message));
    QCOMPARE(r.value->size(), 1);
    QCOMPARE(r.value->first().aftersaleId, id);
    QVERIFY(r.value->first().accepted());
    const auto after = detail(h, id);
    QCOMPARE(after.value->statusCode, 8);
    QVERIFY(after.value->updateTime > before.value->updateTime);
}

void TestPlatformClientFaults::businessRefused_50002_notRetried()
{
    ClientHarness h;
    const qint64 id = h.addClaim();
    warm(h);
    const auto r = approve(h, id, h.now() - 1); // not the update_time last pulled
    QCOMPARE(r.record.kind, CallKind::BusinessRefused);
    QCOMPARE(r.record.code, 50002);
    QCOMPARE(r.record.subMsg, QStringLiteral("售后单状态已变更"));
    QVERIFY2(r.record.message.contains(QStringLiteral("售后单状态已变更")), qPrintable(r.record.message));
    QVERIFY2(r.record.message.startsWith(QLatin1String("afterSale.operate: ")), qPrintable(r.record.message));
    QCOMPARE(r.record.tries, 1);
    QCOMPARE(applied(h, id), 0);
    QCOMPARE(h.requests(), QStringList{QStringLiteral("afterSale.operate 50002")});
}

void TestPlatformClientFaults::operate_perItemRefusal()
{
    ClientHarness h;
    const qint64 fresh = h.addClaim();
    const qint64 stale = h.addClaim();
    const auto r = await<QList<OperateResult>>([&](auto done) {
        h.client().operate(
            OperateRequest{
                501, {OperateItem{fresh, h.now(), {}, {}, {}}, OperateItem{stale, h.now() - 5, {}, {}, {}}}},
            done);
    });
    QVERIFY2(r.ok(), qPrintable(r.record.message));
    QCOMPARE(r.value->size(), 2);
    QVERIFY(r.value->at(0).accepted());
    QCOMPARE(r.value->at(1).aftersaleId, stale);
    QCOMPARE(r.value->at(1).statusCode, 1002);
    QCOMPARE(r.value->at(1).statusMsg, QStringLiteral("售后单状态已变更"));
}

void TestPlatformClientFaults::fillLogistics_acceptedAndRefused()
{
    ClientHarness h;
    const qint64 id = h.addClaim({{QStringLiteral("status"), QStringLiteral("awaiting_shipment")}});
    const auto bad = await<NoData>([&](auto done) {
        h.client().fillLogistics(id, QStringLiteral("shunfeng"), QStringLiteral("YT1234567890123"), done);
    });
    QCOMPARE(bad.record.kind, CallKind::BusinessRefused);
    QVERIFY2(bad.record.message.contains(QStringLiteral("运单号格式与物流公司不符")),
             qPrintable(bad.record.message));
    const auto ok = await<NoData>([&](auto done) {
        h.client().fillLogistics(id, QStringLiteral("shunfeng"), QStringLiteral("SF1300000009999"), done);
    });
    QVERIFY2(ok.ok(), qPrintable(ok.record.message));
    QCOMPARE(detail(h, id).value->statusCode, 13);
    QCOMPARE(applied(h, id, "fillLogistics"), 1);
}

void TestPlatformClientFaults::rejectReasons_read()
{
    ClientHarness h;
    const auto r = await<QList<RejectReason>>([&](auto done) { h.client().rejectReasons(done); });
    QVERIFY2(r.ok(), qPrintable(r.record.message));
    QVERIFY(r.value->size() >= 2);
    QCOMPARE(r.value->first().code, 1);
    QCOMPARE(r.value->first().reason, QStringLiteral("已与买家协商一致"));
}

void TestPlatformClientFaults::writeAnswerLost_unknown_data()
{
    QTest::addColumn<QJsonObject>("fault");
    QTest::addColumn<int>("appliedOnPlatform");
    QTest::addColumn<QString>("mention");
    QTest::newRow("answer dropped after applying") << fault("drop_answer", "afterSale/operate") << 1
                                                   << QStringLiteral("closed after the request was sent");
    QJsonObject stall = fault("stall", "afterSale/operate");
    stall.insert(QStringLiteral("seconds"), 30);
    QTest::newRow("30 s stall after applying") << stall << 1 << QStringLiteral("no answer within 0.3 s");
    QTest::newRow("reset") << fault("reset", "afterSale/operate") << 0
                           << QStringLiteral("afterSale.operate: ");
    QJsonObject serviceError = fault("code", "afterSale/operate");
    serviceError.insert(QStringLiteral("code"), 20000);
    QTest::newRow("20000") << serviceError << 0 << QStringLiteral("dop.service-error");
    QJsonObject http = fault("http_status", "afterSale/operate");
    http.insert(QStringLiteral("status"), 503);
    QTest::newRow("HTTP 503") << http << 0 << QStringLiteral("HTTP 503");
}

void TestPlatformClientFaults::writeAnswerLost_unknown()
{
    QFETCH(QJsonObject, fault);
    QFETCH(int, appliedOnPlatform);
    QFETCH(QString, mention);
    ClientHarness h(ClientHarness::testConfig(300));
    const qint64 id = h.addClaim();
    warm(h);
    h.addFault(fault);
    const auto r = approve(h, id, h.now());
    QCOMPARE(r.record.kind, CallKind::Unknown);
    QVERIFY(!r.value);
    QCOMPARE(r.record.tries, 1); // never sent again blindly: not by the client, not by Qt
    QVERIFY2(r.record.message.contains(mention), qPrintable(r.record.message));
    QVERIFY2(r.record.message.contains(QLatin1String("read the claim back")), qPrintable(r.record.message));
    QCOMPARE(h.requests().size(), 1);
    QCOMPARE(applied(h, id), appliedOnPlatform);
    // Reading the claim back tells the caller whether the platform took it.
    const auto back = detail(h, id);
    QVERIFY2(back.ok(), qPrintable(back.record.message));
    QCOMPARE(back.value->statusCode, appliedOnPlatform ? 8 : 6);
}

void TestPlatformClientFaults::readFaults_retried_data()
{
    QTest::addColumn<QJsonObject>("fault");
    QTest::newRow("drop") << fault("drop_answer", "afterSale/List");
    QTest::newRow("reset") << fault("reset", "afterSale/List");
    QJsonObject http = fault("http_status", "afterSale/List");
    http.insert(QStringLiteral("status"), 502);
    QTest::newRow("HTTP 502") << http;
    QJsonObject serviceError = fault("code", "afterSale/List");
    serviceError.insert(QStringLiteral("code"), 20000);
    QTest::newRow("20000") << serviceError;
    QTest::newRow("truncated") << fault("truncated", "afterSale/List");
}

void TestPlatformClientFaults::readFaults_retried()
{
    QFETCH(QJsonObject, fault);
    ClientHarness h;
    h.addClaim();
    warm(h);
    h.addFault(fault);
    const auto r = list(h);
    QVERIFY2(r.ok(), qPrintable(r.record.message));
    QCOMPARE(r.value->items.size(), 1);
    // Asked again, by the client or (for a read, whose body may go twice) by Qt itself.
    const QStringList seen = h.requests();
    QCOMPARE(seen.size(), 2);
    QVERIFY2(seen.first().contains(fault.value(QStringLiteral("kind")).toString()),
             qPrintable(seen.join(u',')));
    QCOMPARE(seen.last(), QStringLiteral("afterSale.List 10000"));
}

void TestPlatformClientFaults::connectionRefused_retriedForReadsAndWrites()
{
    ClientHarness h;
    warm(h);
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    }
    PlatformConfig c = ClientHarness::testConfig();
    c.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    h.remake(c); // the token comes from the keyring: only the calls themselves fail
    const auto r = list(h);
    QCOMPARE(r.record.kind, CallKind::Transient);
    QCOMPARE(r.record.tries, 5);
    QCOMPARE(r.record.waitsMs.size(), 4);
    QVERIFY2(r.record.message.contains(QLatin1String("connection was refused")),
             qPrintable(r.record.message));
    QCOMPARE(r.record.httpStatus, 0);
    // A write that never arrived may be tried again: it is Transient, not Unknown.
    const auto w = approve(h, 7300000000000001, h.now());
    QCOMPARE(w.record.kind, CallKind::Transient);
    QCOMPARE(w.record.tries, 5);
}

void TestPlatformClientFaults::stall_hitsTheTimeout()
{
    ClientHarness h(ClientHarness::testConfig(300));
    h.addClaim();
    warm(h);
    QJsonObject stall = fault("stall", "afterSale/List", 5);
    stall.insert(QStringLiteral("seconds"), 30);
    h.addFault(stall);
    const auto r = list(h);
    QCOMPARE(r.record.kind, CallKind::Transient);
    QCOMPARE(r.record.tries, 5);
    QVERIFY2(r.record.message.contains(QLatin1String("no answer within 0.3 s (after 5 tries)")),
             qPrintable(r.record.message));
    // The next call, past the stalls, goes through.
    const auto next = list(h);
    QVERIFY2(next.ok(), qPrintable(next.record.message));
}

void TestPlatformClientFaults::hostileAnswer_refused_data()
{
    QTest::addColumn<QJsonObject>("fault");
    QTest::addColumn<QString>("call");
    QTest::addColumn<CallKind>("kind");
    QTest::addColumn<QString>("mention");
    QTest::newRow("malformed JSON") << fault("malformed_json", "afterSale/List") << "list"
                                    << CallKind::BadAnswer
                                    << "afterSale.List: the answer was refused: the answer is not valid JSON";
    QTest::newRow("wrong types") << fault("wrong_types", "afterSale/List") << "list" << CallKind::BadAnswer
                                 << "afterSale.List: the answer was refused: data.";
    QTest::newRow("ids past 2^53 as numbers")
        << fault("big_id", "afterSale/List") << "list" << CallKind::BadAnswer
        << "data.items[0].aftersale_info.aftersale_id is a JSON number, expected a string of digits";
    QTest::newRow("page bigger than asked")
        << fault("oversized_page", "afterSale/List") << "list" << CallKind::BadAnswer << "data.items has";
    QTest::newRow("huge body") << fault("huge_body", "afterSale/List") << "list" << CallKind::BadAnswer
                               << "the answer is larger than 8 MiB";
    QTest::newRow("truncated every time")
        << fault("truncated", "afterSale/List", 5) << "list" << CallKind::Transient
        << "before the whole answer came (after 5 tries)";
    QTest::newRow("detail id as number")
        << fault("big_id", "afterSale/Detail") << "detail" << CallKind::BadAnswer
        << "data.process_info.after_sale_info.after_sale_id is a JSON number";
    QTest::newRow("detail wrong types")
        << fault("wrong_types", "afterSale/Detail") << "detail" << CallKind::BadAnswer
        << "afterSale.Detail: the answer was refused: data.";
}

void TestPlatformClientFaults::hostileAnswer_refused()
{
    QFETCH(QJsonObject, fault);
    QFETCH(QString, call);
    QFETCH(CallKind, kind);
    QFETCH(QString, mention);
    ClientHarness h;
    const qint64 id = h.addClaim();
    h.addClaim();
    warm(h);
    h.addFault(fault);
    if (call == QLatin1String("list")) {
        const auto r = list(h, 1);
        QCOMPARE(r.record.kind, kind);
        QVERIFY(!r.value); // nothing of a refused answer is handed over
        QVERIFY2(r.record.message.contains(mention), qPrintable(r.record.message));
        if (kind == CallKind::BadAnswer)
            QCOMPARE(r.record.tries, 1); // a broken answer is not asked for again within the call
    } else {
        const auto r = detail(h, id);
        QCOMPARE(r.record.kind, kind);
        QVERIFY(!r.value);
        QVERIFY2(r.record.message.contains(mention), qPrintable(r.record.message));
    }
    // The client goes on afterwards.
    QVERIFY(list(h).ok());
}

void TestPlatformClientFaults::hostileAnswerToWrite_unknown_data()
{
    QTest::addColumn<QJsonObject>("fault");
    QTest::addColumn<QString>("mention");
    QTest::newRow("malformed JSON") << fault("malformed_json", "afterSale/operate") << "not valid JSON";
    QTest::newRow("wrong types") << fault("wrong_types", "afterSale/operate") << "data.items[0]";
    QTest::newRow("ids as numbers") << fault("big_id", "afterSale/operate") << "is a JSON number";
    QTest::newRow("huge body") << fault("huge_body", "afterSale/operate") << "larger than 8 MiB";
    QTest::newRow("truncated") << fault("truncated", "afterSale/operate") << "afterSale.operate: ";
}

void TestPlatformClientFaults::hostileAnswerToWrite_unknown()
{
    QFETCH(QJsonObject, fault);
    QFETCH(QString, mention);
    ClientHarness h;
    const qint64 id = h.addClaim();
    warm(h);
    h.addFault(fault);
    const auto r = approve(h, id, h.now());
    QCOMPARE(r.record.kind, CallKind::Unknown);
    QVERIFY2(r.record.message.contains(mention), qPrintable(r.record.message));
    QCOMPARE(r.record.tries, 1);
    QCOMPARE(applied(h, id), 1);
    QCOMPARE(detail(h, id).value->statusCode, 8);
}

QTEST_GUILESS_MAIN(TestPlatformClientFaults)
#include "tst_platformclient_faults.moc"
