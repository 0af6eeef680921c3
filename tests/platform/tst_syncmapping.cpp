// From the platform's words to the workbench's (core/platform/claimfit, rejectreasonmap): the
// statuses a platform code means against the claim held, the pulled claim fitted onto it, and
// the workbench's reject reasons found in the platform's own list by their wording.
#include "platform/claimfit.h"
#include "platform/rejectreasonmap.h"

#include <QTest>

using namespace aftersales;
using namespace aftersales::platform;

class TestSyncMapping : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statusFor_data();
    void statusFor();
    void wireStatus_roundTrips();
    void pulled_refusesLocalIdsAndOlderTimes();
    void pulled_newClaimCarriesTheItem();
    void rejectReasons_byWording();
    void rejectReasons_withoutOther_noCode();
};

void TestSyncMapping::statusFor_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("arbitrating"); // -1: unknown (Detail)
    QTest::addColumn<QString>("reasonText");
    QTest::addColumn<int>("prior");
    QTest::addColumn<int>("priorReason");
    QTest::addColumn<qint64>("priorDeadline"); // 0: none
    QTest::addColumn<qint64>("updateTime");
    QTest::addColumn<int>("expected");
    using S = ClaimStatus;
    const int pending = int(S::PendingReview), never = int(Reason::NeverReceived), other = int(Reason::Other);
    QTest::newRow("27 deciding, never received")
        << 27 << 1 << "一直未收到货" << pending << never << 0LL << 100LL << int(S::InArbitration);
    QTest::newRow("27 deciding, other reason")
        << 27 << 1 << "其他" << pending << other << 0LL << 100LL << int(S::PlatformIntervention);
    QTest::newRow("27 not deciding") << 27 << 0 << "一直未收到货" << pending << never << 0LL << 100LL
                                     << int(S::Rejected);
    QTest::newRow("27 from Detail, held rejected")
        << 27 << -1 << "" << int(S::Rejected) << other << 0LL << 100LL << int(S::Rejected);
    QTest::newRow("27 from Detail, held in intervention")
        << 27 << -1 << "" << int(S::PlatformIntervention) << other << 0LL << 100LL
        << int(S::PlatformIntervention);
    QTest::newRow("27 from Detail, never received")
        << 27 << -1 << "" << pending << never << 0LL << 100LL << int(S::InArbitration);
    QTest::newRow("27 from Detail, other")
        << 27 << -1 << "" << pending << other << 0LL << 100LL << int(S::Rejected);
    QTest::newRow("8 held overdue") << 8 << 0 << "" << int(S::ShipOverdue) << other << 500LL << 100LL
                                    << int(S::ShipOverdue);
    QTest::newRow("8 at the shipping deadline")
        << 8 << 0 << "" << int(S::AwaitingShipment) << other << 100LL << 100LL << int(S::ShipOverdue);
    QTest::newRow("8 before the shipping deadline")
        << 8 << 0 << "" << int(S::AwaitingShipment) << other << 101LL << 100LL << int(S::AwaitingShipment);
    QTest::newRow("8 after approval")
        << 8 << 0 << "" << pending << other << 50LL << 100LL << int(S::AwaitingShipment);
    QTest::newRow("28 held cancelled")
        << 28 << 0 << "" << int(S::Cancelled) << other << 0LL << 100LL << int(S::Cancelled);
    QTest::newRow("28") << 28 << 0 << "" << pending << other << 0LL << 100LL << int(S::Closed);
    QTest::newRow("6") << 6 << 0 << "" << int(S::Rejected) << other << 0LL << 100LL << int(S::PendingReview);
    QTest::newRow("12") << 12 << 0 << "" << pending << other << 0LL << 100LL << int(S::Refunded);
    QTest::newRow("13") << 13 << 0 << "" << int(S::AwaitingShipment) << other << 0LL << 100LL
                        << int(S::Shipped);
}

void TestSyncMapping::statusFor()
{
    QFETCH(int, code);
    QFETCH(int, arbitrating);
    QFETCH(QString, reasonText);
    QFETCH(int, prior);
    QFETCH(int, priorReason);
    QFETCH(qint64, priorDeadline);
    QFETCH(qint64, updateTime);
    QFETCH(int, expected);
    Claim held;
    held.type = ClaimType::Reship;
    held.status = ClaimStatus(prior);
    held.reason = Reason(priorReason);
    if (priorDeadline)
        held.deadline = QDateTime::fromSecsSinceEpoch(priorDeadline, Qt::UTC);
    const std::optional<bool> deciding =
        arbitrating < 0 ? std::nullopt : std::optional<bool>(arbitrating == 1);
    QCOMPARE(int(claimfit::statusFor(code, deciding, reasonText, held, updateTime)), expected);
}

void TestSyncMapping::wireStatus_roundTrips()
{
    QCOMPARE(claimfit::wireStatus(ClaimStatus::InArbitration), 27);
    QCOMPARE(claimfit::wireStatus(ClaimStatus::PlatformIntervention), 27);
    QCOMPARE(claimfit::wireStatus(ClaimStatus::ShipOverdue), 8);
    QCOMPARE(claimfit::wireStatus(ClaimStatus::Cancelled), 28);
    QCOMPARE(claimfit::wireStatus(ClaimStatus::AwaitingShipment), 8);
    QCOMPARE(claimfit::wireStatus(ClaimStatus::Shipped), 13);
}

void TestSyncMapping::pulled_refusesLocalIdsAndOlderTimes()
{
    PlatformClaim item;
    item.aftersaleId = 42;
    item.statusCode = 6;
    item.updateTime = 1795650000;
    QCOMPARE(claimfit::pulled(item, std::nullopt).kind, Workbench::PlatformFit::Kind::Refused);

    item.aftersaleId = 7300000000000001;
    Claim local;
    local.id = item.aftersaleId;
    QCOMPARE(claimfit::pulled(item, local).kind, Workbench::PlatformFit::Kind::Refused);
    QVERIFY(claimfit::pulled(item, local).why.contains(QLatin1String("7300000000000001")));

    Claim held = local;
    held.sync.platformUpdateTime = item.updateTime;
    QCOMPARE(claimfit::pulled(item, held).kind, Workbench::PlatformFit::Kind::NotNewer);
    held.sync.platformUpdateTime = item.updateTime + 1;
    QCOMPARE(claimfit::pulled(item, held).kind, Workbench::PlatformFit::Kind::NotNewer);
    held.sync.platformUpdateTime = item.updateTime - 1;
    QCOMPARE(claimfit::pulled(item, held).kind, Workbench::PlatformFit::Kind::TakeIn);
}

void TestSyncMapping::pulled_newClaimCarriesTheItem()
{
    PlatformClaim item;
    item.aftersaleId = 7300000000000002;
    item.type = ClaimType::Exchange;
    item.statusCode = 8;
    item.applyTime = 1795600000;
    item.updateTime = 1795650000;
    item.statusDeadline = 1795822800;
    item.refundAmount = 0;
    item.orderLogistics = {{QStringLiteral("shunfeng"), QStringLiteral("SF1300000000001")}};
    item.resendLogistics = {};
    item.shopOrderId = QStringLiteral("6921345678901234567");
    item.productName = QStringLiteral("小米智能门锁 Pro");
    item.payAmount = 129900;
    item.reasonText = QStringLiteral("质量问题");
    const Workbench::PlatformFit fit = claimfit::pulled(item, std::nullopt);
    QCOMPARE(fit.kind, Workbench::PlatformFit::Kind::TakeIn);
    const Claim &c = fit.claim;
    QCOMPARE(c.id, item.aftersaleId);
    QCOMPARE(c.type, ClaimType::Exchange);
    QCOMPARE(c.reason, Reason::QualityIssue);
    QCOMPARE(c.status, ClaimStatus::AwaitingShipment);
    QCOMPARE(c.deadline->toSecsSinceEpoch(), item.statusDeadline);
    QCOMPARE(c.orderId, item.shopOrderId);
    QCOMPARE(c.order.trackingNo, QStringLiteral("SF1300000000001"));
    QCOMPARE(c.order.amountCents, 129900);
    QCOMPARE(c.sync.platformUpdateTime, item.updateTime);
    QCOMPARE(c.sync.state, SyncState::Synced);
}

void TestSyncMapping::rejectReasons_byWording()
{
    // The simulator's list, whose numbers are its own.
    const RejectReasonMap map({{1, QStringLiteral("已与买家协商一致")},
                               {2, QStringLiteral("买家提供的凭证不足")},
                               {3, QStringLiteral("物流显示已签收")},
                               {5, QStringLiteral("商品缺货")},
                               {7, QStringLiteral("退回商品影响二次销售")},
                               {99, QStringLiteral("其他")}});
    QVERIFY(map.isKnown());
    QCOMPARE(map.codeFor(RejectCode::AgreedWithBuyer), 1);
    QCOMPARE(map.codeFor(RejectCode::Delivered), 3);
    QCOMPARE(map.codeFor(RejectCode::OutOfStock), 5);
    QCOMPARE(map.codeFor(RejectCode::Other), 99);
    // A code the list has no wording for falls back to 其他.
    const RejectReasonMap sparse({{4, QStringLiteral("其他")}, {8, QStringLiteral("商品缺货")}});
    QCOMPARE(sparse.codeFor(RejectCode::Delivered), 4);
    QCOMPARE(sparse.codeFor(RejectCode::OutOfStock), 8);
}

void TestSyncMapping::rejectReasons_withoutOther_noCode()
{
    const RejectReasonMap none;
    QVERIFY(!none.isKnown());
    QVERIFY(!none.codeFor(RejectCode::Other));
    const RejectReasonMap noOther({{1, QStringLiteral("已与买家协商一致")}});
    QCOMPARE(noOther.codeFor(RejectCode::AgreedWithBuyer), 1);
    QVERIFY(!noOther.codeFor(RejectCode::Delivered));
}

QTEST_GUILESS_MAIN(TestSyncMapping)
#include "tst_syncmapping.moc"
