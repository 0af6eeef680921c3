#include "syncharness.h"

#include "platform/memorykeyring.h"
#include "platform/synclease.h"
#include "simstate.h"
#include "storage/storage.h"
#include "storage/storagefactory.h"

#include <QProcess>
#include <QSysInfo>
#include <QTest>

using namespace aftersales;
using namespace aftersales::platform;
using namespace aftersales::platform::testing;

// Exactly once across processes: one sender at a time (the lease), and each queued action
// taken for sending by a compare-and-set even so.
class TestSyncLease : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void twoEnginesAtOnce_noActionSentTwice();
    void leaseHeldElsewhere_busyUntilItRunsOut();
    void holderGoneFromThisMachine_takenOverAtOnce();
    void startSending_onlyOneConnectionTakesARow();

private:
    static SyncEnvironment environmentFor(SyncHarness &h, SyncOptions options)
    {
        SyncEnvironment env;
        env.location = h.db().path();
        env.policy = h.db().policy();
        env.localClock = std::make_shared<FixedClock>(QDateTime::fromSecsSinceEpoch(h.now(), Qt::UTC));
        env.platformClock = std::make_shared<FixedClock>(QDateTime::fromSecsSinceEpoch(h.now(), Qt::UTC));
        env.makeKeyring = [] { return std::make_unique<MemoryKeyring>(); };
        env.options = options;
        return env;
    }
};

void TestSyncLease::twoEnginesAtOnce_noActionSentTwice()
{
    SyncOptions options = SyncHarness::fastOptions();
    options.leaseWaitMs = 20000;
    SyncHarness h(options);
    const QList<qint64> ids = h.approvedClaims(30);
    h.sim().config.latencyMs = 10;

    SyncEngine other(environmentFor(h, options));
    QList<SyncSummary> done;
    for (SyncEngine *e : {&h.engine(), &other})
        QObject::connect(e, &SyncEngine::roundFinished, e, [&done](const SyncSummary &s) { done << s; });
    h.engine().syncNow();
    other.syncNow();
    QVERIFY(spinUntil([&] { return done.size() == 2; }, 60000));
    for (const SyncSummary &s : done)
        QVERIFY2(s.ok(), qPrintable(s.error));
    QCOMPARE(done.at(0).pushed + done.at(1).pushed, 30);
    for (qint64 id : ids)
        QCOMPARE(h.applied(id, QStringLiteral("501")), 1);
    QCOMPARE(h.requests(QStringLiteral("afterSale.operate")), 30);
    QCOMPARE(h.problems(), QStringList());
}

void TestSyncLease::leaseHeldElsewhere_busyUntilItRunsOut()
{
    SyncHarness h;
    const qint64 id = h.approvedClaims(1).first();
    // Another machine's process holds it for two more minutes.
    const QDateTime now = QDateTime::fromSecsSinceEpoch(h.now(), Qt::UTC);
    QVERIFY(h.db()
                .storage()
                .takeLease(SyncLease::name, QStringLiteral("other-desk:4242:1"), now, now.addSecs(120))
                ->taken);
    const SyncSummary busy = h.round();
    QCOMPARE(busy.stop, SyncSummary::Stop::Busy);
    QCOMPARE(busy.exitCode(), 3);
    QVERIFY(busy.error.contains(QLatin1String("other-desk:4242:1")));
    QCOMPARE(h.requests(QStringLiteral("afterSale.operate")), 0);
    QCOMPARE(h.claim(id).sync.state, SyncState::Pending);

    h.advance(121);
    const SyncSummary s = h.round();
    QVERIFY2(s.ok(), qPrintable(s.error));
    QCOMPARE(h.applied(id, QStringLiteral("501")), 1);
}

void TestSyncLease::holderGoneFromThisMachine_takenOverAtOnce()
{
    SyncHarness h;
    const qint64 id = h.approvedClaims(1).first();
    QProcess gone;
    gone.start(QStringLiteral("sleep"), {QStringLiteral("0.1")});
    QVERIFY(gone.waitForStarted());
    const qint64 pid = gone.processId();
    QVERIFY(gone.waitForFinished());
    const QString holder = QStringLiteral("%1:%2:dead").arg(QSysInfo::machineHostName()).arg(pid);
    QVERIFY(SyncLease::isGoneFromThisMachine(holder));
    const QDateTime now = QDateTime::fromSecsSinceEpoch(h.now(), Qt::UTC);
    QVERIFY(h.db().storage().takeLease(SyncLease::name, holder, now, now.addSecs(3600))->taken);

    const SyncSummary s = h.round();
    QVERIFY2(s.ok(), qPrintable(s.error));
    QCOMPARE(h.applied(id, QStringLiteral("501")), 1);
    // And it gave the lease up at the end.
    QVERIFY(
        h.db().storage().takeLease(SyncLease::name, QStringLiteral("next:1:1"), now, now.addSecs(1))->taken);
}

void TestSyncLease::startSending_onlyOneConnectionTakesARow()
{
    SyncHarness h;
    const qint64 id = h.approvedClaims(1).first();
    const OutboxEntry row = h.workbench().storage().outboxOfClaim(id)->first();

    Result<std::unique_ptr<Storage>> second = storage::open(h.db().path());
    QVERIFY(second.ok());
    FixedClock clock(QDateTime::fromSecsSinceEpoch(h.now(), Qt::UTC));
    Workbench other(**second, clock, h.db().policy());
    QVERIFY(h.workbench().startSending(row.id, row.baseUpdateTime).ok());
    const Result<OutboxEntry> again = other.startSending(row.id, row.baseUpdateTime);
    QVERIFY(!again.ok());
    QCOMPARE(again.outcome.kind, Outcome::Kind::Conflict);
}

QTEST_GUILESS_MAIN(TestSyncLease)
#include "tst_synclease.moc"
