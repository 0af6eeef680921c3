#include "syncharness.h"

#include "domain/names.h"
#include "simstate.h"

#include <QJsonArray>
#include <QTest>
#include <QTimer>

using namespace aftersales;
using namespace aftersales::platform;
using namespace aftersales::platform::testing;

// The pull (PLATFORM.md, "Pull"): paging, idempotence by aftersale_id, the fields of a
// platform claim, the platform's own changes adopted (the buyer's, its automatic steps at their
// deadlines, new claims), ids of claims made here refused, local-only claims left alone.
class TestSyncPull : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { aftersales::testing::addBackendRows(); }
    void init() { AFTERSALES_FETCH_BACKEND(backend); }

    void pagingPast100_everyClaimOnceAndIdempotent();
    void platformClaim_fieldsAndTrail();
    void buyerCancels_adoptedAsClosed();
    void autoApproval_notAt47h59m59s_butAt48h();
    void localSweep_leavesPlatformClaims_localClaimsAsBefore();
    void newClaims_arriveInLaterRounds();
    void collisions_refusedByName_restOfPageApplied();
    void localIds_stayBelowPlatformIds();
    void notConnected_stopsWithExitCode2();
    void claimChangingDuringPull_noneSkipped();
    void firstBigPull_bulkLoadIndexesRebuilt();

private:
    static qint64 count(SyncHarness &h, QuickFilter q)
    {
        ClaimQuery query;
        query.quick = q;
        return *h.workbench().reader().count(query);
    }
};

void TestSyncPull::pagingPast100_everyClaimOnceAndIdempotent()
{
    SyncHarness h(aftersales::testing::currentBackend());
    const auto r = h.fixture().client->control(
        "POST", QStringLiteral("claims"), {{QStringLiteral("generate"), 250}, {QStringLiteral("seed"), 7}});
    QCOMPARE(r.httpStatus, 200);
    QCOMPARE(h.connect().status, ConnectResult::Status::Connected);

    const SyncSummary first = h.round();
    QVERIFY2(first.ok(), qPrintable(first.error));
    QCOMPARE(first.pulled, 250);
    QVERIFY(first.pullCompleted);
    QCOMPARE(first.exitCode(), 0);
    QCOMPARE(h.claimCount(), 250);
    QCOMPARE(h.requests(QStringLiteral("afterSale.List")), 3); // 100 + 100 + 50
    QCOMPARE(h.problems(), QStringList());
    const QJsonArray ids = r.json.value(QStringLiteral("ids")).toArray();
    for (const QJsonValue &id : ids) {
        const Claim c = h.claim(id.toString().toLongLong());
        QVERIFY(c.sync.onPlatform());
        QCOMPARE(c.sync.state, SyncState::Synced);
        QCOMPARE(*c.sync.platformUpdateTime,
                 qint64(h.simClaim(c.id).value(QStringLiteral("update_time")).toDouble()));
    }

    // The same claims again (the overlap): nothing changes, no event is added.
    const qint64 someId = ids.first().toString().toLongLong();
    const qsizetype eventsBefore = h.events(someId).size();
    const SyncSummary second = h.round();
    QVERIFY2(second.ok(), qPrintable(second.error));
    QCOMPARE(second.pulled, 0);
    QCOMPARE(h.claimCount(), 250);
    QCOMPARE(h.events(someId).size(), eventsBefore);
    QVERIFY(second.lastPull.has_value());
}

void TestSyncPull::platformClaim_fieldsAndTrail()
{
    SyncHarness h(aftersales::testing::currentBackend());
    const qint64 applied = h.now() - 3600;
    const qint64 id = h.addClaim({{QStringLiteral("aftersale_id"), QStringLiteral("7300000000000123")},
                                  {QStringLiteral("aftersale_type"), QStringLiteral("reship")},
                                  {QStringLiteral("reason"), QStringLiteral("missing_items")},
                                  {QStringLiteral("apply_time"), double(applied)},
                                  {QStringLiteral("shop_order_id"), QStringLiteral("6921345678901234567")},
                                  {QStringLiteral("product_name"), QStringLiteral("小米智能门锁 Pro")},
                                  {QStringLiteral("pay_amount"), 129900},
                                  {QStringLiteral("order_tracking_no"), QStringLiteral("SF1300000000001")}});
    QCOMPARE(id, 7300000000000123LL);
    QCOMPARE(h.connect().status, ConnectResult::Status::Connected);
    QVERIFY(h.round().ok());

    const Claim c = h.claim(id);
    QCOMPARE(c.type, ClaimType::Reship);
    QCOMPARE(c.reason, Reason::MissingItems);
    QCOMPARE(c.status, ClaimStatus::PendingReview);
    QCOMPARE(c.orderId, QStringLiteral("6921345678901234567"));
    QCOMPARE(c.order.product, QStringLiteral("小米智能门锁 Pro"));
    QCOMPARE(c.order.amountCents, 129900);
    QCOMPARE(c.order.trackingNo, QStringLiteral("SF1300000000001"));
    QCOMPARE(c.appliedAt.toSecsSinceEpoch(), applied);
    QCOMPARE(c.deadline->toSecsSinceEpoch(), applied + 48 * 3600);
    QCOMPARE(c.sync.state, SyncState::Synced);
    const QList<Event> trail = h.events(id);
    QCOMPARE(trail.size(), 2);
    QCOMPARE(trail.at(0).action, QStringLiteral("apply"));
    QCOMPARE(trail.at(0).actor, actors::buyer);
    QCOMPARE(trail.at(1).action, QStringLiteral("import"));
    QCOMPARE(trail.at(1).actor, actors::platform);
}

void TestSyncPull::buyerCancels_adoptedAsClosed()
{
    SyncHarness h(aftersales::testing::currentBackend());
    const qint64 id = h.addClaim();
    QCOMPARE(h.connect().status, ConnectResult::Status::Connected);
    QVERIFY(h.round().ok());
    QCOMPARE(h.claim(id).status, ClaimStatus::PendingReview);

    h.advance(60);
    h.simAction(id, QStringLiteral("cancel"));
    const SyncSummary s = h.round();
    QVERIFY2(s.ok(), qPrintable(s.error));
    QCOMPARE(s.pulled, 1);
    // The platform reports a withdrawal as 28, closed (PLATFORM.md).
    const Claim c = h.claim(id);
    QCOMPARE(c.status, ClaimStatus::Closed);
    QVERIFY(!c.deadline);
    const Event last = h.events(id).last();
    QCOMPARE(last.actor, actors::platform);
    QCOMPARE(last.action, QStringLiteral("platform_update"));
    QCOMPARE(last.from, ClaimStatus::PendingReview);
    QCOMPARE(last.to, ClaimStatus::Closed);
    QCOMPARE(h.problems(), QStringList());
}

void TestSyncPull::autoApproval_notAt47h59m59s_butAt48h()
{
    SyncHarness h(aftersales::testing::currentBackend());
    const qint64 applied = h.now();
    const qint64 id = h.addClaim({{QStringLiteral("apply_time"), double(applied)}});
    QCOMPARE(h.connect().status, ConnectResult::Status::Connected);
    QVERIFY(h.round().ok());

    h.setClock(applied + 48 * 3600 - 1);
    QVERIFY(h.round().ok());
    QCOMPARE(h.claim(id).status, ClaimStatus::PendingReview);

    h.setClock(applied + 48 * 3600);
    const SyncSummary s = h.round();
    QVERIFY2(s.ok(), qPrintable(s.error));
    QCOMPARE(s.pulled, 1);
    const Claim c = h.claim(id);
    QCOMPARE(c.status, ClaimStatus::AwaitingShipment);
    QCOMPARE(*c.sync.platformUpdateTime, applied + 48 * 3600); // stamped at the deadline
    QCOMPARE(c.deadline->toSecsSinceEpoch(), applied + 96 * 3600);
    const Event last = h.events(id).last();
    QCOMPARE(last.actor, actors::platform);
    QCOMPARE(last.to, ClaimStatus::AwaitingShipment);
}

void TestSyncPull::localSweep_leavesPlatformClaims_localClaimsAsBefore()
{
    SyncHarness h(aftersales::testing::currentBackend());
    const qint64 applied = h.now();
    const qint64 platformId = h.addClaim({{QStringLiteral("apply_time"), double(applied)}});
    h.db().addShippedOrder(QStringLiteral("L1"));
    const qint64 localId = h.db().applyFor(QStringLiteral("L1"), ClaimType::Reship, Reason::MissingItems);
    QCOMPARE(h.connect().status, ConnectResult::Status::Connected);
    QVERIFY(h.round().ok());

    // Both deadlines pass before anybody pulls: the sweep approves the local claim only.
    h.setClock(applied + 49 * 3600);
    const Result<QList<Event>> swept = h.workbench().sweep();
    QVERIFY(swept.ok());
    QCOMPARE(swept->size(), 1);
    QCOMPARE(swept->first().claimId, localId);
    QCOMPARE(h.claim(localId).status, ClaimStatus::AwaitingShipment);
    QCOMPARE(h.claim(platformId).status, ClaimStatus::PendingReview);
    QCOMPARE(*h.workbench().reader().dueCount(), 0);

    // The platform's approval arrives by pull; the local claim never goes to the platform.
    const SyncSummary s = h.round();
    QVERIFY2(s.ok(), qPrintable(s.error));
    QCOMPARE(h.claim(platformId).status, ClaimStatus::AwaitingShipment);
    QCOMPARE(h.claim(localId).sync.state, SyncState::Local);
    QVERIFY(!h.claim(localId).sync.onPlatform());
    QCOMPARE(h.requests(QStringLiteral("afterSale.operate")), 0);
    QCOMPARE(h.problems(), QStringList());
}

void TestSyncPull::newClaims_arriveInLaterRounds()
{
    SyncHarness h(aftersales::testing::currentBackend());
    h.addClaim();
    QCOMPARE(h.connect().status, ConnectResult::Status::Connected);
    QCOMPARE(h.round().pulled, 1);
    h.advance(600);
    const qint64 later = h.addClaim({{QStringLiteral("aftersale_type"), QStringLiteral("exchange")}});
    const SyncSummary s = h.round();
    QCOMPARE(s.pulled, 1);
    QCOMPARE(h.claim(later).type, ClaimType::Exchange);
    QCOMPARE(h.claimCount(), 2);
}

void TestSyncPull::collisions_refusedByName_restOfPageApplied()
{
    SyncHarness h(aftersales::testing::currentBackend());
    // A claim imported from a file earlier, with the id the platform will send.
    Claim imported;
    imported.id = 7300000000000555;
    imported.orderId = QStringLiteral("IMPORTED-1");
    imported.order.orderId = imported.orderId;
    imported.order.category = QStringLiteral("smart_home");
    imported.appliedAt = QDateTime::fromSecsSinceEpoch(h.now() - 60, Qt::UTC);
    imported.updatedAt = imported.appliedAt;
    QVERIFY(h.workbench().platformSays({imported}).ok());
    const qsizetype importedEvents = h.events(imported.id).size();

    h.addClaim({{QStringLiteral("aftersale_id"), QStringLiteral("7300000000000555")}});
    h.addClaim({{QStringLiteral("aftersale_id"), QStringLiteral("42")}}); // in the local range
    const qint64 good = h.addClaim();
    QCOMPARE(h.connect().status, ConnectResult::Status::Connected);
    const SyncSummary s = h.round();
    QVERIFY2(s.ok(), qPrintable(s.error));
    QCOMPARE(s.pulled, 1);
    QCOMPARE(s.warnings.size(), 2);
    QVERIFY(s.warnings.join(QLatin1Char('\n')).contains(QLatin1String("7300000000000555")));
    QVERIFY(s.warnings.join(QLatin1Char('\n')).contains(QLatin1String("42")));
    QCOMPARE(h.claim(good).sync.state, SyncState::Synced);
    QVERIFY(!h.claim(imported.id).sync.onPlatform());
    QCOMPARE(h.events(imported.id).size(), importedEvents);
    QVERIFY(!h.workbench().claim(42).ok());
    QCOMPARE(h.problems(), QStringList());
}

void TestSyncPull::localIds_stayBelowPlatformIds()
{
    SyncHarness h(aftersales::testing::currentBackend());
    h.addClaim();
    QCOMPARE(h.connect().status, ConnectResult::Status::Connected);
    QVERIFY(h.round().ok());
    h.db().addShippedOrder(QStringLiteral("L2"));
    const qint64 local = h.db().applyFor(QStringLiteral("L2"), ClaimType::Reship, Reason::Other);
    QVERIFY(local > 0);
    QVERIFY(local < localIdLimit);
    h.db().addShippedOrder(QStringLiteral("L3"));
    QCOMPARE(h.db().applyFor(QStringLiteral("L3"), ClaimType::Reship, Reason::Other), local + 1);
}

void TestSyncPull::notConnected_stopsWithExitCode2()
{
    SyncHarness h(aftersales::testing::currentBackend());
    const SyncSummary s = h.round();
    QCOMPARE(s.stop, SyncSummary::Stop::NotConnected);
    QCOMPARE(s.exitCode(), 2);
    QCOMPARE(h.requests(QStringLiteral("afterSale.List")), 0);
}

void TestSyncPull::claimChangingDuringPull_noneSkipped()
{
    // 250 claims changed one second apart; while the first page is on its way the buyer
    // withdraws the first claim, which moves to the end of the window. Pages by number would
    // now skip the claim that was first on the second page.
    SyncHarness h(aftersales::testing::currentBackend());
    const qint64 t0 = h.now() - 1000;
    QJsonArray specs;
    for (int i = 0; i < 250; ++i)
        specs.append(QJsonObject{{QStringLiteral("apply_time"), double(t0 + i)},
                                 {QStringLiteral("update_time"), double(t0 + i)}});
    const auto added =
        h.fixture().client->control("POST", QStringLiteral("claims"), {{QStringLiteral("claims"), specs}});
    const QJsonArray ids = added.json.value(QStringLiteral("ids")).toArray();
    QCOMPARE(ids.size(), 250);
    QCOMPARE(h.connect().status, ConnectResult::Status::Connected);
    h.sim().config.latencyMs = 50;
    bool changed = false;
    QTimer watch;
    QObject::connect(&watch, &QTimer::timeout, &watch, [&] {
        if (!changed && h.requests(QStringLiteral("afterSale.List")) >= 1) {
            changed = true;
            h.simAction(ids.first().toString().toLongLong(), QStringLiteral("cancel"));
        }
    });
    watch.start(1);
    const SyncSummary s = h.round();
    watch.stop();
    QVERIFY(changed);
    QVERIFY2(s.ok(), qPrintable(s.error));
    QCOMPARE(h.claimCount(), 250);
    for (const QJsonValue &id : ids)
        QVERIFY(h.workbench().claim(id.toString().toLongLong()).ok());
    QCOMPARE(h.claim(ids.first().toString().toLongLong()).status, ClaimStatus::Closed);
    QCOMPARE(h.problems(), QStringList());
}

void TestSyncPull::firstBigPull_bulkLoadIndexesRebuilt()
{
    SyncOptions options = SyncHarness::fastOptions();
    options.bulkPullThreshold = 200;
    SyncHarness h(aftersales::testing::currentBackend(), options);
    // The indexes and triggers the database holds, by its own catalog.
    const QString schema =
        h.db().database().isPostgres()
            ? QStringLiteral("SELECT (SELECT count(*) FROM pg_indexes WHERE schemaname = 'aftersales') +"
                             " (SELECT count(*) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid"
                             " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'aftersales')")
            : QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type IN ('index', 'trigger')");
    const int indexes = h.db().database().scalar(schema).toInt();
    h.fixture().client->control("POST", QStringLiteral("claims"),
                                {{QStringLiteral("generate"), 250}, {QStringLiteral("seed"), 11}});
    QCOMPARE(h.connect().status, ConnectResult::Status::Connected);
    const SyncSummary s = h.round();
    QVERIFY2(s.ok(), qPrintable(s.error));
    QCOMPARE(s.pulled, 250);
    QCOMPARE(h.db().database().scalar(schema).toInt(), indexes);
    QCOMPARE(h.problems(), QStringList());
    // The counts and the search the indexes keep are whole.
    qint64 byStatus = 0;
    for (ClaimStatus st : names::allStatuses()) {
        ClaimQuery q;
        q.status = st;
        byStatus += *h.workbench().reader().count(q);
    }
    QCOMPARE(byStatus, 250);
    ClaimQuery search;
    search.search =
        h.claim(h.workbench().reader().page(ClaimQuery{}, std::nullopt, 1)->claims.first().id).order.product;
    QVERIFY(*h.workbench().reader().count(search) >= 1);
    // A second round into a database that is no longer empty is no bulk load.
    h.advance(60);
    h.addClaim();
    QCOMPARE(h.round().pulled, 1);
    QCOMPARE(h.db().database().scalar(schema).toInt(), indexes);
}

QTEST_GUILESS_MAIN(TestSyncPull)
#include "tst_syncpull.moc"
