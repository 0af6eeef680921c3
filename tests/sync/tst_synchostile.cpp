#include "syncharness.h"

#include "simstate.h"

#include <QTest>

using namespace aftersales;
using namespace aftersales::platform;
using namespace aftersales::platform::testing;

// A hostile platform during a pull: every answer that breaks the contract is refused with a
// message naming the method, nothing of it is applied, the database stays consistent, and the
// next good round takes what the bad one could not.
class TestSyncHostile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hostileList_refusedNothingCorrupted_data();
    void hostileList_refusedNothingCorrupted();
    void stalledOnce_retriedWithinTheRound();
};

void TestSyncHostile::hostileList_refusedNothingCorrupted_data()
{
    QTest::addColumn<QJsonObject>("fault");
    QTest::addColumn<int>("stop");
    const auto f = [](const char *kind, int count) {
        return QJsonObject{{QStringLiteral("kind"), QLatin1String(kind)},
                           {QStringLiteral("method"), QStringLiteral("afterSale/List")},
                           {QStringLiteral("count"), count}};
    };
    const int bad = int(SyncSummary::Stop::BadAnswer);
    const int unreachable = int(SyncSummary::Stop::Unreachable);
    QTest::newRow("malformed JSON") << f("malformed_json", 1) << bad;
    QTest::newRow("wrong types") << f("wrong_types", 1) << bad;
    QTest::newRow("ids past 2^53") << f("big_id", 1) << bad;
    QTest::newRow("a bigger page than asked") << f("oversized_page", 1) << bad;
    QJsonObject huge = f("huge_body", 1);
    huge.insert(QStringLiteral("bytes"), 12 * 1024 * 1024);
    QTest::newRow("a huge body") << huge << bad;
    const int tries = SyncHarness::fastOptions().retry.maxTries;
    QTest::newRow("truncated") << f("truncated", tries) << unreachable;
    QJsonObject stall = f("stall", tries);
    stall.insert(QStringLiteral("seconds"), 30);
    QTest::newRow("a 30-second stall") << stall << unreachable;
    QJsonObject http = f("http_status", tries);
    http.insert(QStringLiteral("status"), 502);
    QTest::newRow("HTTP 502") << http << unreachable;
}

void TestSyncHostile::hostileList_refusedNothingCorrupted()
{
    QFETCH(QJsonObject, fault);
    QFETCH(int, stop);
    SyncHarness h;
    h.fixture().client->control("POST", QStringLiteral("claims"),
                                {{QStringLiteral("generate"), 120}, {QStringLiteral("seed"), 3}});
    QCOMPARE(h.connect().status, ConnectResult::Status::Connected);
    QVERIFY(h.round().ok());
    QCOMPARE(h.claimCount(), 120);

    h.advance(120);
    const qint64 added = h.addClaim();
    h.addFault(fault);
    const SyncSummary s = h.round();
    QCOMPARE(int(s.stop), stop);
    QCOMPARE(s.exitCode(), 3);
    QVERIFY2(s.error.contains(QLatin1String("afterSale.List")), qPrintable(s.error));
    QVERIFY(!s.pullCompleted);
    QCOMPARE(h.claimCount(), 120);
    QVERIFY(!h.workbench().claim(added).ok());
    QCOMPARE(h.problems(), QStringList());

    h.clearFaults();
    const SyncSummary next = h.round();
    QVERIFY2(next.ok(), qPrintable(next.error));
    QCOMPARE(h.claimCount(), 121);
    QCOMPARE(h.claim(added).sync.state, SyncState::Synced);
    QCOMPARE(h.problems(), QStringList());
}

void TestSyncHostile::stalledOnce_retriedWithinTheRound()
{
    SyncHarness h;
    h.addClaim();
    QCOMPARE(h.connect().status, ConnectResult::Status::Connected);
    h.addFault({{QStringLiteral("kind"), QStringLiteral("stall")},
                {QStringLiteral("method"), QStringLiteral("afterSale/List")},
                {QStringLiteral("seconds"), 30}});
    const SyncSummary s = h.round();
    QVERIFY2(s.ok(), qPrintable(s.error));
    QCOMPARE(s.pulled, 1);
    QCOMPARE(h.requests(QStringLiteral("afterSale.List")), 2);
}

QTEST_GUILESS_MAIN(TestSyncHostile)
#include "tst_synchostile.moc"
