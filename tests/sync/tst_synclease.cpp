#include "syncharness.h"
#include "testdatabase.h"

#include "platform/memorykeyring.h"
#include "platform/outboxpusher.h"
#include "platform/platformclient.h"
#include "platform/rejectreasonmap.h"
#include "platform/synclease.h"
#include "simstate.h"
#include "storage/storage.h"
#include "storage/storagefactory.h"

#include <QJsonArray>
#include <QProcess>
#include <QSysInfo>
#include <QTest>

using namespace aftersales;
using namespace aftersales::platform;
using namespace aftersales::platform::testing;

// Exactly once across processes, on both backends: one sender at a time (the lease); the
// queued actions taken claim by claim for one lease holder, so that two desktops pushing at
// once never send the same claim's actions (Storage::takeOutbox); each action taken for
// sending by a compare-and-set even so; and what a dead desktop held taken over when its lease
// ends, read back, never sent blindly.
class TestSyncLease : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { aftersales::testing::addBackendRows(); }
    void init() { AFTERSALES_FETCH_BACKEND(backend); }

    void twoEnginesAtOnce_noActionSentTwice();
    void leaseHeldElsewhere_busyUntilItRunsOut();
    void holderGoneFromThisMachine_takenOverAtOnce();
    void startSending_onlyOneConnectionTakesARow();
    void twoDesktopsPushingAtOnce_eachActionOnce_inOrderPerClaim();
    void desktopDiedHoldingActions_nextTakesOverWhenItsLeaseEnds_readBack();
    void agentsDesktop_connectsToTheTeamsShop_andSyncs();

private:
    static SyncEnvironment environmentFor(SyncHarness &h, SyncOptions options)
    {
        return h.environment(options);
    }

    // Another desktop's sending side on the harness's database: its own connection, Workbench,
    // client (its own token) and lease holder, as a SyncWorker makes them.
    struct Desktop {
        Desktop(SyncHarness &h, const SyncOptions &options)
            : clock(QDateTime::fromSecsSinceEpoch(h.now(), Qt::UTC)), options(options)
        {
            Result<std::unique_ptr<Storage>> opened = storage::open(h.db().path());
            if (!opened.ok())
                qFatal("%s", qPrintable(opened.outcome.message));
            storage = std::move(*opened);
            workbench = std::make_unique<Workbench>(*storage, clock, h.db().policy());
            PlatformConfig config;
            config.baseUrl = h.fixture().sim->baseUrl();
            config.appKey = QStringLiteral("demo-app-key");
            config.shopId = QStringLiteral("10086");
            config.retry = options.retry;
            client = std::make_unique<PlatformClient>(config, clock, keyring);
            lease = std::make_unique<SyncLease>(*storage, clock, options.leaseSecs);
        }
        // Its pusher, started; `done` once it finished.
        OutboxPusher *push(bool &done)
        {
            auto *pusher =
                new OutboxPusher(OutboxLane::Context{*workbench, *client, options, reasons}, *lease);
            QObject::connect(pusher, &OutboxPusher::finished, pusher, [&done] { done = true; });
            pusher->start();
            return pusher;
        }

        FixedClock clock;
        SyncOptions options;
        MemoryKeyring keyring;
        RejectReasonMap reasons;
        std::unique_ptr<Storage> storage;
        std::unique_ptr<Workbench> workbench;
        std::unique_ptr<PlatformClient> client;
        std::unique_ptr<SyncLease> lease;
    };
};

void TestSyncLease::twoEnginesAtOnce_noActionSentTwice()
{
    SyncOptions options = SyncHarness::fastOptions();
    options.leaseWaitMs = 20000;
    SyncHarness h(aftersales::testing::currentBackend(), options);
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
    SyncHarness h(aftersales::testing::currentBackend());
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
    SyncHarness h(aftersales::testing::currentBackend());
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
    SyncHarness h(aftersales::testing::currentBackend());
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

void TestSyncLease::twoDesktopsPushingAtOnce_eachActionOnce_inOrderPerClaim()
{
    // Two desktops of a team whose rounds overlap (a lease that passed while the first was still
    // sending, say): each holds a lease, and both push. Reshipments approved here; the last six
    // shipped too, so that their two actions must reach the platform in order.
    SyncOptions options = SyncHarness::fastOptions();
    options.concurrency = 2;
    SyncHarness h(aftersales::testing::currentBackend(), options);
    const QList<qint64> ids =
        h.approvedClaims(12, {{QStringLiteral("reason"), QStringLiteral("missing_items")}});
    const auto ship = [&h](qint64 id) {
        const Result<Claim> shipped =
            h.act(id, Action::Ship, QStringLiteral("shunfeng"),
                  QStringLiteral("SF98765%1").arg(id % 100000000, 8, 10, QLatin1Char('0')));
        if (!shipped.ok())
            qFatal("ship refused: %s", qPrintable(shipped.outcome.message));
    };
    for (qint64 id : ids.mid(6))
        ship(id);
    h.sim().config.latencyMs = 20;

    Desktop a(h, options);
    // The second sends every claim it has at once: any claim of the first's would be in flight
    // from both.
    SyncOptions wide = options;
    wide.concurrency = 12;
    Desktop b(h, wide);
    QVERIFY(a.lease->take()->taken);
    const QDateTime now = a.clock.now();
    QVERIFY(b.storage->takeLease(QStringLiteral("platform-sync-b"), b.lease->holder(), now, now.addSecs(60))
                ->taken);
    bool aDone = false, bDone = false;
    OutboxPusher *first = a.push(aDone);
    int settled = 0;
    QObject::connect(first, &OutboxPusher::progress, first,
                     [&settled](qint64 done, qint64) { settled = int(done); });
    // While the first desktop sends, the first claims it settled are shipped here, and the
    // second desktop pushes: it takes those, and none the first still holds.
    QVERIFY(spinUntil([&] { return settled >= 4; }, 30000));
    for (qint64 id : ids.mid(0, 6))
        ship(id);
    OutboxPusher *second = b.push(bDone);
    QVERIFY(spinUntil([&] { return aDone && bDone; }, 60000));
    QVERIFY2(!first->result().stopped(), qPrintable(first->result().error));
    QVERIFY2(!second->result().stopped(), qPrintable(second->result().error));
    QCOMPARE(first->refused().size() + second->refused().size(), 0);
    QVERIFY2(second->delivered() >= 4, qPrintable(QString::number(second->delivered())));
    QVERIFY(first->delivered() >= 12);
    delete first;
    delete second;
    QVERIFY(a.lease->release().ok());
    QVERIFY(b.storage->releaseLease(QStringLiteral("platform-sync-b"), b.lease->holder()).ok());
    // What neither took (shipped behind an approval the first desktop still held) goes next.
    const SyncSummary rest = h.round();
    QVERIFY2(rest.ok(), qPrintable(rest.error));
    QCOMPARE(rest.failed.size(), 0);
    QCOMPARE(rest.pending, 0);
    for (qint64 id : ids) {
        QCOMPARE(h.applied(id, QStringLiteral("501")), 1);
        QCOMPARE(h.applied(id, QStringLiteral("fillLogistics")), 1);
        QCOMPARE(h.claim(id).sync.state, SyncState::Synced);
    }
    QCOMPARE(h.requests(QStringLiteral("afterSale.operate")), 12);
    QCOMPARE(h.requests(QStringLiteral("afterSale.fillLogistics")), 12);
    QCOMPARE(h.problems(), QStringList());
}

void TestSyncLease::desktopDiedHoldingActions_nextTakesOverWhenItsLeaseEnds_readBack()
{
    SyncHarness h(aftersales::testing::currentBackend());
    const QList<qint64> ids = h.approvedClaims(2);
    // A desktop of another machine takes both claims' actions, marks the first sending, and
    // dies as its request reaches the platform: its lease and its rows are left behind.
    const QString holder = QStringLiteral("other-desk:4242:1");
    {
        Result<std::unique_ptr<Storage>> other = storage::open(h.db().path());
        QVERIFY(other.ok());
        FixedClock clock(QDateTime::fromSecsSinceEpoch(h.now(), Qt::UTC));
        Workbench desk(**other, clock, h.db().policy());
        QVERIFY((*other)->takeLease(SyncLease::name, holder, clock.now(), clock.now().addSecs(60))->taken);
        const QList<OutboxEntry> held = *(*other)->takeOutbox(holder, clock.now(), 100);
        QCOMPARE(held.size(), 2);
        QVERIFY(desk.startSending(held.first().id, held.first().baseUpdateTime).ok());
        const auto r = h.fixture().client->call(
            QStringLiteral("afterSale/operate"),
            {{QStringLiteral("type"), 501},
             {QStringLiteral("items"),
              QJsonArray{
                  QJsonObject{{QStringLiteral("aftersale_id"), QString::number(held.first().claimId)},
                              {QStringLiteral("update_time"), double(held.first().baseUpdateTime)}}}}});
        QCOMPARE(r.code(), 10000);
    }

    // Nobody here can tell it died: the next round waits for its lease to run out.
    const SyncSummary busy = h.round();
    QCOMPARE(busy.stop, SyncSummary::Stop::Busy);
    QCOMPARE(h.requests(QStringLiteral("afterSale.operate")), 1);
    h.advance(60);
    const SyncSummary s = h.round();
    QVERIFY2(s.ok(), qPrintable(s.error));
    QCOMPARE(s.pushed, 2);
    // The one sending was read back and found taken; only the other was sent.
    QCOMPARE(h.requests(QStringLiteral("afterSale.operate")), 2);
    for (qint64 id : ids) {
        QCOMPARE(h.applied(id, QStringLiteral("501")), 1);
        QCOMPARE(h.claim(id).sync.state, SyncState::Synced);
    }
    QCOMPARE(h.problems(), QStringList());
}

void TestSyncLease::agentsDesktop_connectsToTheTeamsShop_andSyncs()
{
    // The owner connected the team's database; an agent's desktop connects to the same shop (to
    // keep the secret on that computer) and runs the rounds when it holds the team lock.
    if (aftersales::testing::currentBackend() != aftersales::testing::Backend::Postgres)
        QSKIP("a team's agents are roles on the server");
    SyncHarness h(aftersales::testing::currentBackend());
    QCOMPARE(h.connect().status, ConnectResult::Status::Connected);
    const qint64 id = h.addClaim();
    h.advance(3600); // the agent comes an hour after the owner connected
    aftersales::testing::TestDatabase::ensureRole(QStringLiteral("syncdesk"));
    QVERIFY(h.db().storage().grantAgent(QStringLiteral("syncdesk")).ok());
    SyncEnvironment env = h.environment(SyncHarness::fastOptions());
    env.location = h.db().database().locationAs(QStringLiteral("syncdesk"));
    SyncEngine agent(env);
    std::optional<ConnectResult> connected;
    QObject::connect(&agent, &SyncEngine::connectFinished, &agent,
                     [&connected](const ConnectResult &r) { connected = r; });
    ShopCredentials c;
    c.appKey = QStringLiteral("demo-app-key");
    c.shopId = QStringLiteral("10086");
    c.baseUrl = h.fixture().sim->baseUrl();
    agent.connectShop(c);
    QVERIFY(spinUntil([&] { return connected.has_value(); }, 30000));
    QVERIFY2(connected->status == ConnectResult::Status::Connected, qPrintable(connected->message));

    std::optional<SyncSummary> round;
    QObject::connect(&agent, &SyncEngine::roundFinished, &agent,
                     [&round](const SyncSummary &s) { round = s; });
    agent.syncNow();
    QVERIFY(spinUntil([&] { return round.has_value(); }, 30000));
    QVERIFY2(round->ok(), qPrintable(round->error));
    QCOMPARE(round->warnings, QStringList()); // the round's times recorded too
    QCOMPARE(round->pulled, 1);
    QCOMPARE(h.claim(id).sync.state, SyncState::Synced);
    QVERIFY((*h.db().storage().platformConnection())->lastPullAt.has_value());
    QCOMPARE(h.problems(), QStringList());
}

QTEST_GUILESS_MAIN(TestSyncLease)
#include "tst_synclease.moc"
