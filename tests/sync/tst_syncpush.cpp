#include "syncharness.h"

#include "domain/names.h"
#include "simstate.h"

#include <QTest>

using namespace aftersales;
using namespace aftersales::platform;
using namespace aftersales::platform::testing;

// The push (PLATFORM.md, "Push"): every action code of the contract delivered exactly once,
// reject reasons mapped onto the platform's own list, a claim's actions in the order they were
// made, several claims at once; what happens on the platform refused here, what stays local.
class TestSyncPush : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { aftersales::testing::addBackendRows(); }
    void init() { AFTERSALES_FETCH_BACKEND(backend); }

    void everyActionCode_deliveredOnce_data();
    void everyActionCode_deliveredOnce();
    void actionsOfOneClaim_inOrder();
    void manyClaims_inFlightTogether();
    void buyerAndPlatformMoves_refusedOnPlatformClaims();
    void withoutPlatformOperation_refusedAndNothingQueued();
    void remarksAndFlags_stayLocal();
    void actionOffline_appliedAtOnceAndQueued();
};

void TestSyncPush::everyActionCode_deliveredOnce_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("action");
    QTest::addColumn<QString>("code"); // the simulator's counter: the operate type or fillLogistics
    QTest::addColumn<int>("rejectCode");
    // What the simulator made of the platform code it received (its numbers are its own:
    // 1 协商一致, 3 签收, 5 缺货, 99 其他): the workbench's code, when the mapping is right.
    QTest::addColumn<QString>("platformReason");
    const int approve = int(Action::Approve), reject = int(Action::Reject), ship = int(Action::Ship),
              refund = int(Action::Refund);
    const int none = 0;
    QTest::newRow("501") << "reship"
                         << "pending_review" << approve << "501" << none << "";
    QTest::newRow("502") << "reship"
                         << "pending_review" << reject << "502" << int(RejectCode::OutOfStock)
                         << "out_of_stock";
    QTest::newRow("fillLogistics") << "reship"
                                   << "awaiting_shipment" << ship << "fillLogistics" << none << "";
    QTest::newRow("301") << "exchange"
                         << "pending_review" << approve << "301" << none << "";
    QTest::newRow("302") << "exchange"
                         << "pending_review" << reject << "302" << int(RejectCode::AgreedWithBuyer)
                         << "agreed_with_buyer";
    QTest::newRow("311") << "exchange"
                         << "pending_second_review" << ship << "311" << none << "";
    QTest::newRow("311 late") << "exchange"
                              << "awaiting_shipment" << ship << "311" << none << "";
    QTest::newRow("312") << "exchange"
                         << "pending_second_review" << reject << "312" << int(RejectCode::Other) << "other";
    QTest::newRow("321") << "exchange"
                         << "pending_review" << refund << "321" << none << "";
    QTest::newRow("101") << "return_refund"
                         << "pending_review" << approve << "101" << none << "";
    QTest::newRow("102") << "return_refund"
                         << "pending_review" << reject << "102" << int(RejectCode::Delivered) << "delivered";
    QTest::newRow("111") << "return_refund"
                         << "pending_second_review" << approve << "111" << none << "";
    QTest::newRow("112") << "return_refund"
                         << "pending_second_review" << reject << "112" << int(RejectCode::AgreedWithBuyer)
                         << "agreed_with_buyer";
    QTest::newRow("121") << "return_refund"
                         << "pending_review" << refund << "121" << none << "";
    QTest::newRow("201") << "refund_shipped"
                         << "pending_review" << approve << "201" << none << "";
    QTest::newRow("202") << "refund_shipped"
                         << "pending_review" << reject << "202" << int(RejectCode::OutOfStock)
                         << "out_of_stock";
    QTest::newRow("401") << "refund_unshipped"
                         << "pending_review" << approve << "401" << none << "";
}

void TestSyncPush::everyActionCode_deliveredOnce()
{
    QFETCH(QString, type);
    QFETCH(QString, status);
    QFETCH(int, action);
    QFETCH(QString, code);
    QFETCH(int, rejectCode);
    QFETCH(QString, platformReason);
    SyncHarness h(aftersales::testing::currentBackend());
    QJsonObject spec{{QStringLiteral("aftersale_type"), type}, {QStringLiteral("status"), status}};
    if (type == QLatin1String("refund_shipped") || type == QLatin1String("return_refund"))
        spec.insert(QStringLiteral("reason"), QStringLiteral("quality_issue"));
    const qint64 id = h.addClaim(spec);
    QCOMPARE(h.connect().status, ConnectResult::Status::Connected);
    QVERIFY(h.round().ok());
    QCOMPARE(names::statusName(h.claim(id).status), status);

    h.advance(60);
    const Result<Claim> acted =
        h.act(id, Action(action), QStringLiteral("shunfeng"), QStringLiteral("SF9876543210123"),
              rejectCode ? std::optional<RejectCode>(RejectCode(rejectCode)) : std::nullopt);
    QVERIFY2(acted.ok(), qPrintable(acted.outcome.message));
    QCOMPARE(h.claim(id).sync.state, SyncState::Pending);
    const ClaimStatus local = acted->status;

    const SyncSummary s = h.round();
    QVERIFY2(s.ok(), qPrintable(s.error));
    QCOMPARE(s.pushed, 1);
    QCOMPARE(s.failed.size(), 0);
    QCOMPARE(s.pending, 0);
    QCOMPARE(s.exitCode(), 0);
    QCOMPARE(h.applied(id, code), 1);
    QCOMPARE(h.sim().log.counters().value(QStringLiteral("writes_applied")).toInt(), 1);
    // The platform went where the rules took the claim here.
    QCOMPARE(h.simClaim(id).value(QStringLiteral("status")).toString(), names::statusName(local));
    QCOMPARE(h.simClaim(id).value(QStringLiteral("reject_code")).toString(), platformReason);
    const Claim after = h.claim(id);
    QCOMPARE(after.status, local);
    QCOMPARE(after.sync.state, SyncState::Synced);
    QCOMPARE(h.problems(), QStringList());

    // Nothing is sent twice.
    QVERIFY(h.round().ok());
    QCOMPARE(h.applied(id, code), 1);
}

void TestSyncPush::actionsOfOneClaim_inOrder()
{
    SyncHarness h(aftersales::testing::currentBackend());
    const qint64 id = h.addClaim({{QStringLiteral("reason"), QStringLiteral("missing_items")}});
    QCOMPARE(h.connect().status, ConnectResult::Status::Connected);
    QVERIFY(h.round().ok());
    h.advance(60);
    QVERIFY(h.act(id, Action::Approve).ok());
    h.advance(60);
    QVERIFY(h.act(id, Action::Ship, QStringLiteral("shunfeng"), QStringLiteral("SF9876543210999")).ok());

    const SyncSummary s = h.round();
    QVERIFY2(s.ok(), qPrintable(s.error));
    QCOMPARE(s.pushed, 2);
    QCOMPARE(h.applied(id, QStringLiteral("501")), 1);
    QCOMPARE(h.applied(id, QStringLiteral("fillLogistics")), 1);
    // The approval went first, then the shipment on the update_time it left.
    QStringList writes;
    for (const platformsim::LogEntry &e : h.sim().log.since(0, 1000))
        if (e.applied)
            writes << e.method;
    QCOMPARE(writes,
             (QStringList{QStringLiteral("afterSale.operate"), QStringLiteral("afterSale.fillLogistics")}));
    QCOMPARE(h.simClaim(id).value(QStringLiteral("status")).toString(), QStringLiteral("shipped"));
    QCOMPARE(h.claim(id).sync.state, SyncState::Synced);
    QCOMPARE(h.problems(), QStringList());
}

void TestSyncPush::manyClaims_inFlightTogether()
{
    SyncOptions options = SyncHarness::fastOptions();
    options.concurrency = 4;
    SyncHarness h(aftersales::testing::currentBackend(), options);
    h.sim().config.latencyMs = 20;
    const QList<qint64> ids = h.approvedClaims(24);
    const SyncSummary s = h.round();
    QVERIFY2(s.ok(), qPrintable(s.error));
    QCOMPARE(s.pushed, 24);
    for (qint64 id : ids)
        QCOMPARE(h.applied(id, QStringLiteral("501")), 1);
    QCOMPARE(h.requests(QStringLiteral("afterSale.operate")), 24);
    QCOMPARE(h.requests(QStringLiteral("afterSale.Detail")), 0); // one action each: no read-back
    QCOMPARE(h.problems(), QStringList());
}

void TestSyncPush::buyerAndPlatformMoves_refusedOnPlatformClaims()
{
    SyncHarness h(aftersales::testing::currentBackend());
    const qint64 id = h.addClaim({{QStringLiteral("status"), QStringLiteral("in_arbitration")}});
    QCOMPARE(h.connect().status, ConnectResult::Status::Connected);
    QVERIFY(h.round().ok());
    QCOMPARE(h.claim(id).status, ClaimStatus::InArbitration);
    for (Action a : {Action::Cancel, Action::DecideForBuyer, Action::DecideForMerchant, Action::Escalate}) {
        const Result<Claim> r = h.act(id, a);
        QVERIFY(!r.ok());
        QCOMPARE(r.outcome.rule, QStringLiteral("happens_on_platform"));
    }
    QCOMPARE(h.claim(id).status, ClaimStatus::InArbitration);
    QCOMPARE(*h.workbench().storage().openOutboxCount(), 0);
}

void TestSyncPush::withoutPlatformOperation_refusedAndNothingQueued()
{
    SyncHarness h(aftersales::testing::currentBackend());
    const qint64 unshipped =
        h.addClaim({{QStringLiteral("aftersale_type"), QStringLiteral("refund_unshipped")}});
    const qint64 exchange = h.addClaim({{QStringLiteral("aftersale_type"), QStringLiteral("exchange")},
                                        {QStringLiteral("status"), QStringLiteral("pending_second_review")}});
    QCOMPARE(h.connect().status, ConnectResult::Status::Connected);
    QVERIFY(h.round().ok());
    const qsizetype before = h.events(unshipped).size();
    const Result<Claim> r = h.act(unshipped, Action::Reject);
    QVERIFY(!r.ok());
    QCOMPARE(r.outcome.rule, QStringLiteral("platform_has_no_operation"));
    QCOMPARE(h.claim(unshipped).status, ClaimStatus::PendingReview);
    QCOMPARE(h.events(unshipped).size(), before);
    // The platform confirms an exchange's return together with the new item's shipment.
    const Result<Claim> confirm = h.act(exchange, Action::Approve);
    QVERIFY(!confirm.ok());
    QCOMPARE(confirm.outcome.rule, QStringLiteral("platform_needs_shipment"));
    QCOMPARE(h.claim(exchange).status, ClaimStatus::PendingSecondReview);
    QCOMPARE(*h.workbench().storage().openOutboxCount(), 0);
}

void TestSyncPush::remarksAndFlags_stayLocal()
{
    SyncHarness h(aftersales::testing::currentBackend());
    const qint64 id = h.addClaim();
    QCOMPARE(h.connect().status, ConnectResult::Status::Connected);
    QVERIFY(h.round().ok());
    QVERIFY(h.workbench().setRemark(id, QStringLiteral("call the buyer"), QStringLiteral("merchant")).ok());
    QVERIFY(h.workbench().setFlag(id, 5, QStringLiteral("merchant")).ok());
    QCOMPARE(h.claim(id).sync.state, SyncState::Synced);
    QCOMPARE(*h.workbench().storage().openOutboxCount(), 0);
    const SyncSummary s = h.round();
    QCOMPARE(s.pushed, 0);
    QCOMPARE(h.claim(id).remark, QStringLiteral("call the buyer"));
    QCOMPARE(h.claim(id).flag, 5);
    QCOMPARE(h.sim().log.counters().value(QStringLiteral("writes_applied")).toInt(), 0);
}

void TestSyncPush::actionOffline_appliedAtOnceAndQueued()
{
    SyncHarness h(aftersales::testing::currentBackend());
    const qint64 id = h.addClaim();
    QCOMPARE(h.connect().status, ConnectResult::Status::Connected);
    QVERIFY(h.round().ok());
    // The action needs no platform: it is applied and queued in one transaction.
    const Result<Claim> acted = h.act(id, Action::Approve);
    QVERIFY(acted.ok());
    QCOMPARE(acted->status, ClaimStatus::AwaitingShipment);
    QCOMPARE(acted->sync.state, SyncState::Pending);
    const QList<OutboxEntry> queued = *h.workbench().storage().outboxOfClaim(id);
    QCOMPARE(queued.size(), 1);
    QCOMPARE(queued.first().state, OutboxState::Waiting);
    QCOMPARE(queued.first().operateType, 501);
    QCOMPARE(queued.first().fromStatus, ClaimStatus::PendingReview);
    QCOMPARE(queued.first().toStatus, ClaimStatus::AwaitingShipment);
    QCOMPARE(queued.first().baseUpdateTime, *h.claim(id).sync.platformUpdateTime);
    QCOMPARE(h.requests(QStringLiteral("afterSale.operate")), 0);
    QCOMPARE(h.problems(), QStringList());
}

QTEST_GUILESS_MAIN(TestSyncPush)
#include "tst_syncpush.moc"
