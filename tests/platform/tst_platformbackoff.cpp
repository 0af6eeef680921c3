// Back-off: doubling from the base, capped, jittered within [d/2, d), bounded tries.
#include "platform/backoff.h"

#include <QTest>

using namespace aftersales::platform;

class TestPlatformBackoff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void delays_doubleFromOneSecond_data();
    void delays_doubleFromOneSecond();
    void cap_neverExceeded();
    void jitter_spreadsWithinBounds();
    void tries_boundedByPolicy();
    void base_scaledForTests();
    void defaults_matchTheContract();
};

void TestPlatformBackoff::delays_doubleFromOneSecond_data()
{
    QTest::addColumn<int>("failedTries");
    QTest::addColumn<int>("lowest");  // draw 0
    QTest::addColumn<int>("highest"); // draw just below 1
    QTest::newRow("1") << 1 << 500 << 999;
    QTest::newRow("2") << 2 << 1000 << 1999;
    QTest::newRow("3") << 3 << 2000 << 3999;
    QTest::newRow("4") << 4 << 4000 << 7999;
    QTest::newRow("5") << 5 << 8000 << 15999;
    QTest::newRow("6") << 6 << 15000 << 29999;
    QTest::newRow("7 capped") << 7 << 15000 << 29999;
}

void TestPlatformBackoff::delays_doubleFromOneSecond()
{
    QFETCH(int, failedTries);
    QFETCH(int, lowest);
    QFETCH(int, highest);
    QCOMPARE(Backoff({}, [] { return 0.0; }).delayMs(failedTries), lowest);
    QCOMPARE(Backoff({}, [] { return 0.9999999; }).delayMs(failedTries), highest);
}

void TestPlatformBackoff::cap_neverExceeded()
{
    const Backoff b({}, [] { return 1.0; });
    for (int n = 1; n < 100; ++n)
        QVERIFY2(b.delayMs(n) <= 30000, qPrintable(QString::number(n)));
    QCOMPARE(b.delayMs(1000), 30000);
    QCOMPARE(b.delayMs(0), 1000);
    QCOMPARE(b.delayMs(-3), 1000);
}

void TestPlatformBackoff::jitter_spreadsWithinBounds()
{
    double next = 0.0;
    const Backoff b({}, [&next] {
        const double d = next;
        next += 0.1;
        return d;
    });
    QList<int> seen;
    for (int i = 0; i < 10; ++i)
        seen << b.delayMs(3);
    QCOMPARE(seen.first(), 2000);
    for (int i = 1; i < seen.size(); ++i)
        QVERIFY(seen.at(i) > seen.at(i - 1));
    QVERIFY(seen.last() < 4000);
    // The real source stays within the bounds too.
    const Backoff real;
    for (int i = 0; i < 200; ++i) {
        const int d = real.delayMs(2);
        QVERIFY(d >= 1000 && d < 2000);
    }
}

void TestPlatformBackoff::tries_boundedByPolicy()
{
    const Backoff b;
    QVERIFY(b.mayTryAgain(1));
    QVERIFY(b.mayTryAgain(4));
    QVERIFY(!b.mayTryAgain(5));
    RetryPolicy once;
    once.maxTries = 1;
    QVERIFY(!Backoff(once).mayTryAgain(1));
}

void TestPlatformBackoff::base_scaledForTests()
{
    RetryPolicy fast;
    fast.baseMs = 10;
    fast.capMs = 300;
    const Backoff b(fast, [] { return 0.0; });
    QCOMPARE(b.delayMs(1), 5);
    QCOMPARE(b.delayMs(4), 40);
    QCOMPARE(b.delayMs(10), 150);
}

void TestPlatformBackoff::defaults_matchTheContract()
{
    const RetryPolicy p;
    QCOMPARE(p.maxTries, 5);
    QCOMPARE(p.timeoutMs, 15000);
    QCOMPARE(p.baseMs, 1000);
    QCOMPARE(p.capMs, 30000);
}

QTEST_GUILESS_MAIN(TestPlatformBackoff)
#include "tst_platformbackoff.moc"
