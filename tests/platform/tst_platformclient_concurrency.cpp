// Several calls in flight at once, bounded by the configuration; the client on a worker
// thread with its own event loop, answering there.
#include "clientharness.h"
#include "platform/credentials.h"

#include <QTest>
#include <QThread>
#include <QTimer>

#include <atomic>

using namespace aftersales;
using namespace aftersales::platform;
using namespace aftersales::platform::testing;

class TestPlatformClientConcurrency : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void callsInFlight_boundedByConfig_data();
    void callsInFlight_boundedByConfig();
    void tokenRenewal_sharedByCallsWaitingForIt();
    void runsOnAWorkerThread();
};

void TestPlatformClientConcurrency::callsInFlight_boundedByConfig_data()
{
    QTest::addColumn<int>("configured");
    QTest::addColumn<int>("limit");
    QTest::newRow("one at a time") << 1 << 1;
    QTest::newRow("three") << 3 << 3;
    QTest::newRow("six") << 6 << 6;
    QTest::newRow("ten: Qt's six connections") << 10 << 6;
    QTest::newRow("zero: one") << 0 << 1;
}

void TestPlatformClientConcurrency::callsInFlight_boundedByConfig()
{
    QFETCH(int, configured);
    QFETCH(int, limit);
    PlatformConfig c = ClientHarness::testConfig();
    c.maxConcurrent = configured;
    ClientHarness h(c);
    QList<qint64> ids;
    for (int i = 0; i < 12; ++i)
        ids << h.addClaim();
    QVERIFY(await<ListPage>([&](auto done) { h.client().list(ListQuery{0, h.now(), 0, 100}, done); }).ok());
    h.fixture().client->control("POST", QStringLiteral("latency"), {{QStringLiteral("ms"), 50}});

    int most = 0;
    QTimer sample;
    connect(&sample, &QTimer::timeout, this, [&] { most = std::max(most, h.client().inFlight()); });
    sample.start(1);
    QList<PlatformReply<ClaimDetail>> replies;
    for (qint64 id : ids)
        h.client().detail(id, [&replies](const PlatformReply<ClaimDetail> &r) { replies << r; });
    QCOMPARE(h.client().inFlight(), 0); // nothing starts before the call returns
    QVERIFY(spinUntil([&] { return replies.size() == ids.size(); }));
    sample.stop();

    QCOMPARE(most, limit);
    QCOMPARE(h.client().inFlight(), 0);
    QList<qint64> answered;
    for (const auto &r : replies) {
        QVERIFY2(r.ok(), qPrintable(r.record.message));
        QCOMPARE(r.record.tries, 1);
        answered << r.value->afterSaleId;
    }
    std::sort(answered.begin(), answered.end());
    std::sort(ids.begin(), ids.end());
    QCOMPARE(answered, ids);
}

void TestPlatformClientConcurrency::tokenRenewal_sharedByCallsWaitingForIt()
{
    ClientHarness h;
    int answered = 0;
    for (int i = 0; i < 8; ++i)
        h.client().list(ListQuery{0, h.now(), 0, 10}, [&answered](const PlatformReply<ListPage> &r) {
            QVERIFY2(r.ok(), qPrintable(r.record.message));
            ++answered;
        });
    QVERIFY(spinUntil([&] { return answered == 8; }));
    const QStringList seen = h.requests();
    QCOMPARE(seen.count(QStringLiteral("token.create 10000")), 1);
    QCOMPARE(seen.count(QStringLiteral("afterSale.List 10000")), 8);
}

void TestPlatformClientConcurrency::runsOnAWorkerThread()
{
    ClientHarness h; // the simulator serves from this thread's event loop
    MemoryKeyring keyring;
    credentials::storeSecret(keyring, QStringLiteral("demo-app-key"), QStringLiteral("demo-app-secret"),
                             [](bool, const QString &) {});
    PlatformConfig c = ClientHarness::testConfig();
    c.baseUrl = h.fixture().sim->baseUrl();

    QThread worker;
    worker.start();
    QObject anchor;
    anchor.moveToThread(&worker);
    PlatformClient *client = nullptr;
    QMetaObject::invokeMethod(
        &anchor, [&] { client = new PlatformClient(c, h.clock(), keyring); }, Qt::BlockingQueuedConnection);
    QCOMPARE(client->thread(), &worker);

    std::atomic<bool> done{false};
    std::atomic<QThread *> answeredOn{nullptr};
    std::atomic<bool> ok{false};
    QMetaObject::invokeMethod(client, [&] {
        client->list(ListQuery{0, h.clock().now().toSecsSinceEpoch(), 0, 10},
                     [&](const PlatformReply<ListPage> &r) {
                         answeredOn = QThread::currentThread();
                         ok = r.ok();
                         done = true;
                     });
    });
    QVERIFY(spinUntil([&] { return done.load(); }));
    QVERIFY(ok);
    QCOMPARE(answeredOn.load(), &worker);

    QMetaObject::invokeMethod(
        client, [&] { delete client; }, Qt::BlockingQueuedConnection);
    anchor.moveToThread(thread());
    worker.quit();
    QVERIFY(worker.wait(5000));
}

QTEST_GUILESS_MAIN(TestPlatformClientConcurrency)
#include "tst_platformclient_concurrency.moc"
