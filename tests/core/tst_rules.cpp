// The rules of RULES.md as pure functions: which claims may be applied for and every
// transition an action makes, each refusal with the rule it names, and the actions the
// window offers (tst_rules_deadlines: the deadlines and automatic steps; tst_rules_actions:
// what an action's input and timing allow).
#include "rulecases.h"

#include "domain/names.h"
#include "domain/policy.h"
#include "domain/rules.h"

#include <QTest>

using namespace aftersales;
using namespace aftersales::rulecases;

class TestRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void apply_conditions_data();
    void apply_conditions();
    void apply_opensReviewWindow();
    void transitions_data();
    void transitions();
    void merchantActions_matchRules_data();
    void merchantActions_matchRules();
};

// ---------------------------------------------------------------- apply

void TestRules::apply_conditions_data()
{
    QTest::addColumn<ClaimType>("type");
    QTest::addColumn<Reason>("reason");
    QTest::addColumn<QString>("category");
    QTest::addColumn<qint64>("shippedSecsAgo");  // -1: not shipped
    QTest::addColumn<qint64>("receivedSecsAgo"); // -1: not confirmed
    QTest::addColumn<bool>("hasOpenClaim");
    QTest::addColumn<Outcome::Kind>("kind");
    QTest::addColumn<QString>("rule");

    const QString smart = QStringLiteral("smart_home");
    const QString apparel = QStringLiteral("apparel");
    using K = Outcome::Kind;
    const auto R = ClaimType::Reship;

    QTest::newRow("reship after shipment accepted")
        << R << Reason::MissingItems << smart << 72 * hour << qint64(-1) << false << K::Ok << QString();
    QTest::newRow("reship never_received accepted")
        << R << Reason::NeverReceived << smart << 72 * hour << qint64(-1) << false << K::Ok << QString();
    QTest::newRow("reship reason other accepted")
        << R << Reason::Other << smart << 72 * hour << qint64(-1) << false << K::Ok << QString();
    QTest::newRow("reship order not shipped refused")
        << R << Reason::MissingItems << smart << qint64(-1) << qint64(-1) << false << K::Refused
        << "order_not_shipped";
    QTest::newRow("reship order shipping later than now refused")
        << R << Reason::MissingItems << smart << -hour << qint64(-1) << false << K::Refused
        << "order_not_shipped";
    QTest::newRow("reship category not in whitelist refused")
        << R << Reason::MissingItems << apparel << 72 * hour << qint64(-1) << false << K::Refused
        << "category_not_open";
    QTest::newRow("reship 359:59:59 after receipt accepted")
        << R << Reason::MissingItems << smart << 400 * hour << hms("359:59:59") << false << K::Ok
        << QString();
    QTest::newRow("reship 360:00:00 after receipt refused")
        << R << Reason::MissingItems << smart << 400 * hour << hms("360:00:00") << false << K::Refused
        << "reship_window_closed";
    QTest::newRow("reship received just now accepted")
        << R << Reason::Other << smart << 72 * hour << qint64(0) << false << K::Ok << QString();
    QTest::newRow("reship second open claim refused")
        << R << Reason::MissingItems << smart << 72 * hour << qint64(-1) << true << K::Refused
        << "open_claim_exists";
    QTest::newRow("reship reason quality_issue bad input")
        << R << Reason::QualityIssue << smart << 72 * hour << qint64(-1) << false << K::BadInput << QString();
    QTest::newRow("reship reason no_longer_needed bad input")
        << R << Reason::NoLongerNeeded << smart << 72 * hour << qint64(-1) << false << K::BadInput
        << QString();
    QTest::newRow("exchange reason never_received bad input")
        << ClaimType::Exchange << Reason::NeverReceived << smart << 72 * hour << qint64(-1) << false
        << K::BadInput << QString();
    QTest::newRow("exchange outside the reship whitelist accepted")
        << ClaimType::Exchange << Reason::QualityIssue << apparel << 72 * hour << qint64(-1) << false << K::Ok
        << QString();
    QTest::newRow("exchange second open claim refused")
        << ClaimType::Exchange << Reason::WrongItem << apparel << 72 * hour << qint64(-1) << true
        << K::Refused << "open_claim_exists";
    QTest::newRow("return_refund 400 h after receipt accepted")
        << ClaimType::ReturnRefund << Reason::QualityIssue << apparel << 500 * hour << 400 * hour << false
        << K::Ok << QString();
    QTest::newRow("return_refund before shipment refused")
        << ClaimType::ReturnRefund << Reason::Other << apparel << qint64(-1) << qint64(-1) << false
        << K::Refused << "order_not_shipped";
    QTest::newRow("refund_shipped after shipment accepted")
        << ClaimType::RefundShipped << Reason::NotAsDescribed << apparel << 72 * hour << qint64(-1) << false
        << K::Ok << QString();
    QTest::newRow("refund_unshipped before shipment accepted")
        << ClaimType::RefundUnshipped << Reason::NoLongerNeeded << apparel << qint64(-1) << qint64(-1)
        << false << K::Ok << QString();
    QTest::newRow("refund_unshipped after shipment refused")
        << ClaimType::RefundUnshipped << Reason::NoLongerNeeded << apparel << 72 * hour << qint64(-1) << false
        << K::Refused << "order_already_shipped";
    QTest::newRow("refund_unshipped reason quality_issue bad input")
        << ClaimType::RefundUnshipped << Reason::QualityIssue << apparel << qint64(-1) << qint64(-1) << false
        << K::BadInput << QString();
}

void TestRules::apply_conditions()
{
    QFETCH(ClaimType, type);
    QFETCH(Reason, reason);
    QFETCH(QString, category);
    QFETCH(qint64, shippedSecsAgo);
    QFETCH(qint64, receivedSecsAgo);
    QFETCH(bool, hasOpenClaim);
    QFETCH(Outcome::Kind, kind);
    QFETCH(QString, rule);

    const QDateTime now = t0();
    Order order = shippedOrder();
    order.category = category;
    order.shippedAt.reset();
    if (shippedSecsAgo != -1) // a negative age is a shipping time still in the future
        order.shippedAt = now.addSecs(-shippedSecsAgo);
    if (receivedSecsAgo >= 0)
        order.receivedAt = now.addSecs(-receivedSecsAgo);
    ApplyRequest r;
    r.type = type;
    r.reason = reason;
    r.note = QStringLiteral("门锁少发了一把钥匙");

    const Result<Decision> d = rules::apply(order, r, hasOpenClaim, now, Policy::defaults());
    QCOMPARE(d.outcome.kind, kind);
    QCOMPARE(d.outcome.rule, rule);
    if (kind != Outcome::Kind::Ok) {
        QVERIFY(!d.outcome.message.isEmpty());
        return;
    }
    QVERIFY(d.ok());
    QCOMPARE(d->claim.status, ClaimStatus::PendingReview);
    QCOMPARE(d->claim.type, type);
    QCOMPARE(d->claim.reason, reason);
    QCOMPARE(d->claim.orderId, order.orderId);
    QCOMPARE(d->claim.appliedAt, now);
    QCOMPARE(d->claim.refundCents, 0);
    QCOMPARE(d->claim.compensationCents, 0);
}

void TestRules::apply_opensReviewWindow()
{
    ApplyRequest r;
    r.type = ClaimType::Reship;
    r.reason = Reason::NeverReceived;
    const Result<Decision> d = rules::apply(shippedOrder(), r, false, t0(), Policy::defaults());
    QVERIFY(d.ok());
    QCOMPARE(d->claim.deadline, std::optional(t0().addSecs(48 * hour)));
    QCOMPARE(d->events.size(), 1);
    const Event &e = d->events.first();
    QCOMPARE(e.at, t0());
    QCOMPARE(e.actor, actors::buyer);
    QCOMPARE(e.action, QStringLiteral("apply"));
    QCOMPARE(e.from, ClaimStatus::PendingReview);
    QCOMPARE(e.to, ClaimStatus::PendingReview);
}

// ---------------------------------------------------------------- transitions

void TestRules::transitions_data()
{
    QTest::addColumn<ClaimType>("type");
    QTest::addColumn<Reason>("reason");
    QTest::addColumn<ClaimStatus>("from");
    QTest::addColumn<Action>("action");
    QTest::addColumn<QString>("input"); // reject code, or "carrier tracking"
    QTest::addColumn<Outcome::Kind>("kind");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<ClaimStatus>("to");
    QTest::addColumn<qint64>("deadlineSecs"); // from the action; -1: none

    using K = Outcome::Kind;
    using S = ClaimStatus;
    using A = Action;
    const auto R = ClaimType::Reship;
    const auto X = ClaimType::Exchange;
    const auto RR = ClaimType::ReturnRefund;
    const auto RS = ClaimType::RefundShipped;
    const auto RU = ClaimType::RefundUnshipped;
    const auto MI = Reason::MissingItems;
    const auto NR = Reason::NeverReceived;
    const auto QI = Reason::QualityIssue;
    const qint64 h48 = 48 * hour;
    const qint64 none = -1;
    const QString sf = QStringLiteral("shunfeng SF1234567890123");
    const QString yt = QStringLiteral("yuantong YT1234567890123");
    const QString notAllowed = QStringLiteral("action_not_allowed");
    const QString ok;

    // Reshipment (补寄).
    QTest::newRow("reship pending_review approve -> awaiting_shipment")
        << R << MI << S::PendingReview << A::Approve << ok << K::Ok << ok << S::AwaitingShipment << h48;
    QTest::newRow("reship missing_items reject -> rejected")
        << R << MI << S::PendingReview << A::Reject << "out_of_stock" << K::Ok << ok << S::Rejected << h48;
    QTest::newRow("reship other reject -> rejected") << R << Reason::Other << S::PendingReview << A::Reject
                                                     << "other" << K::Ok << ok << S::Rejected << h48;
    QTest::newRow("reship never_received reject -> in_arbitration")
        << R << NR << S::PendingReview << A::Reject << "delivered" << K::Ok << ok << S::InArbitration << none;
    QTest::newRow("reship reject without reason code bad input")
        << R << MI << S::PendingReview << A::Reject << "no code" << K::BadInput << ok << S::PendingReview
        << none;
    QTest::newRow("reship pending_review cancel -> cancelled")
        << R << MI << S::PendingReview << A::Cancel << ok << K::Ok << ok << S::Cancelled << none;
    QTest::newRow("reship pending_review ship refused")
        << R << MI << S::PendingReview << A::Ship << sf << K::Refused << notAllowed << S::PendingReview
        << none;
    QTest::newRow("reship pending_review modify refused")
        << R << MI << S::PendingReview << A::Modify << ok << K::Refused << notAllowed << S::PendingReview
        << none;
    QTest::newRow("reship pending_review escalate refused")
        << R << MI << S::PendingReview << A::Escalate << ok << K::Refused << notAllowed << S::PendingReview
        << none;
    QTest::newRow("reship pending_review confirm refused")
        << R << MI << S::PendingReview << A::Confirm << ok << K::Refused << notAllowed << S::PendingReview
        << none;
    QTest::newRow("reship pending_review refund refused")
        << R << MI << S::PendingReview << A::Refund << ok << K::Refused << notAllowed << S::PendingReview
        << none;
    QTest::newRow("reship pending_review return refused")
        << R << MI << S::PendingReview << A::Return << yt << K::Refused << notAllowed << S::PendingReview
        << none;
    QTest::newRow("reship pending_review decide refused")
        << R << MI << S::PendingReview << A::DecideForBuyer << ok << K::Refused << "not_before_platform"
        << S::PendingReview << none;
    QTest::newRow("reship rejected approve -> awaiting_shipment")
        << R << MI << S::Rejected << A::Approve << ok << K::Ok << ok << S::AwaitingShipment << h48;
    QTest::newRow("reship rejected modify -> pending_review")
        << R << MI << S::Rejected << A::Modify << ok << K::Ok << ok << S::PendingReview << h48;
    QTest::newRow("reship rejected escalate -> platform_intervention")
        << R << MI << S::Rejected << A::Escalate << ok << K::Ok << ok << S::PlatformIntervention << none;
    QTest::newRow("reship rejected cancel -> cancelled")
        << R << MI << S::Rejected << A::Cancel << ok << K::Ok << ok << S::Cancelled << none;
    QTest::newRow("reship rejected reject again refused")
        << R << MI << S::Rejected << A::Reject << "other" << K::Refused << notAllowed << S::Rejected << none;
    QTest::newRow("reship awaiting_shipment ship -> shipped")
        << R << MI << S::AwaitingShipment << A::Ship << sf << K::Ok << ok << S::Shipped << none;
    QTest::newRow("reship awaiting_shipment cancel -> cancelled")
        << R << NR << S::AwaitingShipment << A::Cancel << ok << K::Ok << ok << S::Cancelled << none;
    QTest::newRow("reship awaiting_shipment approve refused")
        << R << MI << S::AwaitingShipment << A::Approve << ok << K::Refused << notAllowed
        << S::AwaitingShipment << none;
    QTest::newRow("reship awaiting_shipment reject refused")
        << R << MI << S::AwaitingShipment << A::Reject << "out_of_stock" << K::Refused << notAllowed
        << S::AwaitingShipment << none;
    QTest::newRow("reship ship_overdue late ship -> shipped")
        << R << MI << S::ShipOverdue << A::Ship << sf << K::Ok << ok << S::Shipped << none;
    QTest::newRow("reship ship_overdue modify -> pending_review")
        << R << MI << S::ShipOverdue << A::Modify << ok << K::Ok << ok << S::PendingReview << h48;
    QTest::newRow("reship ship_overdue escalate -> platform_intervention")
        << R << Reason::Other << S::ShipOverdue << A::Escalate << ok << K::Ok << ok << S::PlatformIntervention
        << none;
    QTest::newRow("reship ship_overdue cancel -> cancelled")
        << R << MI << S::ShipOverdue << A::Cancel << ok << K::Ok << ok << S::Cancelled << none;
    QTest::newRow("reship shipped confirm -> completed")
        << R << MI << S::Shipped << A::Confirm << ok << K::Ok << ok << S::Completed << none;
    QTest::newRow("reship shipped cancel refused") << R << MI << S::Shipped << A::Cancel << ok << K::Refused
                                                   << "cancel_after_shipment" << S::Shipped << none;
    QTest::newRow("reship shipped ship again refused")
        << R << MI << S::Shipped << A::Ship << sf << K::Refused << notAllowed << S::Shipped << none;
    QTest::newRow("reship completed cancel refused")
        << R << MI << S::Completed << A::Cancel << ok << K::Refused << "action_not_allowed" << S::Completed
        << none;
    QTest::newRow("reship closed approve refused")
        << R << MI << S::Closed << A::Approve << ok << K::Refused << notAllowed << S::Closed << none;
    QTest::newRow("reship cancelled modify refused")
        << R << MI << S::Cancelled << A::Modify << ok << K::Refused << notAllowed << S::Cancelled << none;
    QTest::newRow("reship refunded confirm refused")
        << R << NR << S::Refunded << A::Confirm << ok << K::Refused << notAllowed << S::Refunded << none;
    QTest::newRow("reship in_arbitration decide buyer -> awaiting_shipment")
        << R << NR << S::InArbitration << A::DecideForBuyer << ok << K::Ok << ok << S::AwaitingShipment
        << h48;
    QTest::newRow("reship in_arbitration decide merchant -> closed")
        << R << NR << S::InArbitration << A::DecideForMerchant << ok << K::Ok << ok << S::Closed << none;
    QTest::newRow("reship in_arbitration approve refused")
        << R << NR << S::InArbitration << A::Approve << ok << K::Refused << notAllowed << S::InArbitration
        << none;
    QTest::newRow("reship in_arbitration ship refused")
        << R << NR << S::InArbitration << A::Ship << sf << K::Refused << notAllowed << S::InArbitration
        << none;
    QTest::newRow("reship platform_intervention decide buyer -> awaiting_shipment")
        << R << MI << S::PlatformIntervention << A::DecideForBuyer << ok << K::Ok << ok << S::AwaitingShipment
        << h48;
    QTest::newRow("reship platform_intervention decide merchant -> closed")
        << R << MI << S::PlatformIntervention << A::DecideForMerchant << ok << K::Ok << ok << S::Closed
        << none;
    QTest::newRow("reship platform_intervention modify refused")
        << R << MI << S::PlatformIntervention << A::Modify << ok << K::Refused << notAllowed
        << S::PlatformIntervention << none;
    QTest::newRow("reship closed decide refused") << R << MI << S::Closed << A::DecideForBuyer << ok
                                                  << K::Refused << "not_before_platform" << S::Closed << none;

    // Exchange (换货).
    QTest::newRow("exchange approve 301 -> awaiting_buyer_return")
        << X << QI << S::PendingReview << A::Approve << ok << K::Ok << ok << S::AwaitingBuyerReturn
        << 168 * hour;
    QTest::newRow("exchange reject 302 -> rejected")
        << X << QI << S::PendingReview << A::Reject << "other" << K::Ok << ok << S::Rejected << h48;
    QTest::newRow("exchange convert to refund 321 -> refunded")
        << X << QI << S::PendingReview << A::Refund << ok << K::Ok << ok << S::Refunded << none;
    QTest::newRow("exchange pending_review ship refused")
        << X << QI << S::PendingReview << A::Ship << sf << K::Refused << notAllowed << S::PendingReview
        << none;
    QTest::newRow("exchange buyer return -> pending_second_review")
        << X << QI << S::AwaitingBuyerReturn << A::Return << yt << K::Ok << ok << S::PendingSecondReview
        << h48;
    QTest::newRow("exchange buyer return malformed tracking bad input")
        << X << QI << S::AwaitingBuyerReturn << A::Return << "yuantong 12345" << K::BadInput << ok
        << S::AwaitingBuyerReturn << none;
    QTest::newRow("exchange buyer return unknown carrier bad input")
        << X << QI << S::AwaitingBuyerReturn << A::Return << "pigeon YT1234567890123" << K::BadInput << ok
        << S::AwaitingBuyerReturn << none;
    QTest::newRow("exchange awaiting_buyer_return cancel -> cancelled")
        << X << QI << S::AwaitingBuyerReturn << A::Cancel << ok << K::Ok << ok << S::Cancelled << none;
    QTest::newRow("exchange awaiting_buyer_return approve refused")
        << X << QI << S::AwaitingBuyerReturn << A::Approve << ok << K::Refused << notAllowed
        << S::AwaitingBuyerReturn << none;
    QTest::newRow("exchange second review ship 311 -> shipped")
        << X << QI << S::PendingSecondReview << A::Ship << sf << K::Ok << ok << S::Shipped << none;
    QTest::newRow("exchange second review approve -> awaiting_shipment")
        << X << QI << S::PendingSecondReview << A::Approve << ok << K::Ok << ok << S::AwaitingShipment << h48;
    QTest::newRow("exchange second review reject 312 -> second_rejected")
        << X << QI << S::PendingSecondReview << A::Reject << "other" << K::Ok << ok << S::SecondRejected
        << h48;
    QTest::newRow("exchange second review refund 321 -> refunded")
        << X << QI << S::PendingSecondReview << A::Refund << ok << K::Ok << ok << S::Refunded << none;
    QTest::newRow("exchange awaiting_shipment ship -> shipped")
        << X << QI << S::AwaitingShipment << A::Ship << sf << K::Ok << ok << S::Shipped << none;
    QTest::newRow("exchange awaiting_shipment refund -> refunded")
        << X << QI << S::AwaitingShipment << A::Refund << ok << K::Ok << ok << S::Refunded << none;
    QTest::newRow("exchange second_rejected modify -> pending_review")
        << X << QI << S::SecondRejected << A::Modify << ok << K::Ok << ok << S::PendingReview << h48;
    QTest::newRow("exchange second_rejected escalate -> platform_intervention")
        << X << QI << S::SecondRejected << A::Escalate << ok << K::Ok << ok << S::PlatformIntervention
        << none;
    QTest::newRow("exchange platform decide buyer -> awaiting_shipment")
        << X << QI << S::PlatformIntervention << A::DecideForBuyer << ok << K::Ok << ok << S::AwaitingShipment
        << h48;
    QTest::newRow("exchange shipped confirm -> completed")
        << X << QI << S::Shipped << A::Confirm << ok << K::Ok << ok << S::Completed << none;

    // Return and refund (退货退款).
    QTest::newRow("return_refund approve 101 -> awaiting_buyer_return")
        << RR << QI << S::PendingReview << A::Approve << ok << K::Ok << ok << S::AwaitingBuyerReturn
        << 168 * hour;
    QTest::newRow("return_refund reject 102 -> rejected")
        << RR << QI << S::PendingReview << A::Reject << "other" << K::Ok << ok << S::Rejected << h48;
    QTest::newRow("return_refund convert to refund only 121 -> refunded")
        << RR << QI << S::PendingReview << A::Refund << ok << K::Ok << ok << S::Refunded << none;
    QTest::newRow("return_refund buyer return -> pending_second_review")
        << RR << QI << S::AwaitingBuyerReturn << A::Return << "zhongtong 73123456789012" << K::Ok << ok
        << S::PendingSecondReview << h48;
    QTest::newRow("return_refund second review approve 111 -> refunded")
        << RR << QI << S::PendingSecondReview << A::Approve << ok << K::Ok << ok << S::Refunded << none;
    QTest::newRow("return_refund second review reject 112 -> second_rejected")
        << RR << QI << S::PendingSecondReview << A::Reject << "other" << K::Ok << ok << S::SecondRejected
        << h48;
    QTest::newRow("return_refund second review ship refused")
        << RR << QI << S::PendingSecondReview << A::Ship << sf << K::Refused << notAllowed
        << S::PendingSecondReview << none;
    QTest::newRow("return_refund second review refund refused")
        << RR << QI << S::PendingSecondReview << A::Refund << ok << K::Refused << notAllowed
        << S::PendingSecondReview << none;
    QTest::newRow("return_refund platform decide buyer -> refunded")
        << RR << QI << S::PlatformIntervention << A::DecideForBuyer << ok << K::Ok << ok << S::Refunded
        << none;
    QTest::newRow("return_refund platform decide merchant -> closed")
        << RR << QI << S::PlatformIntervention << A::DecideForMerchant << ok << K::Ok << ok << S::Closed
        << none;

    // Refund only (仅退款).
    QTest::newRow("refund_shipped approve 201 -> refunded")
        << RS << QI << S::PendingReview << A::Approve << ok << K::Ok << ok << S::Refunded << none;
    QTest::newRow("refund_shipped reject 202 -> rejected")
        << RS << QI << S::PendingReview << A::Reject << "delivered" << K::Ok << ok << S::Rejected << h48;
    QTest::newRow("refund_shipped ship refused") << RS << QI << S::PendingReview << A::Ship << sf
                                                 << K::Refused << notAllowed << S::PendingReview << none;
    QTest::newRow("refund_shipped rejected approve -> refunded")
        << RS << QI << S::Rejected << A::Approve << ok << K::Ok << ok << S::Refunded << none;
    QTest::newRow("refund_unshipped approve 401 -> refunded")
        << RU << Reason::NoLongerNeeded << S::PendingReview << A::Approve << ok << K::Ok << ok << S::Refunded
        << none;
    QTest::newRow("refund_unshipped reject -> rejected")
        << RU << Reason::NoLongerNeeded << S::PendingReview << A::Reject << "out_of_stock" << K::Ok << ok
        << S::Rejected << h48;
    QTest::newRow("refund_unshipped refund refused")
        << RU << Reason::NoLongerNeeded << S::PendingReview << A::Refund << ok << K::Refused << notAllowed
        << S::PendingReview << none;

    // Withdrawal (RULES.md §7): until the replacement ships, a dispute before the platform
    // included; types without a replacement until their refund, which ends the claim.
    const auto O = Reason::Other;
    const QString afterShipment = QStringLiteral("cancel_after_shipment");
    for (const auto &[name, type] :
         {std::pair{"reship", R}, std::pair{"exchange", X}, std::pair{"return_refund", RR},
          std::pair{"refund_shipped", RS}, std::pair{"refund_unshipped", RU}}) {
        QTest::addRow("%s in_arbitration cancel -> cancelled", name)
            << type << O << S::InArbitration << A::Cancel << ok << K::Ok << ok << S::Cancelled << none;
        QTest::addRow("%s platform_intervention cancel -> cancelled", name)
            << type << O << S::PlatformIntervention << A::Cancel << ok << K::Ok << ok << S::Cancelled << none;
        QTest::addRow("%s pending_review cancel -> cancelled", name)
            << type << O << S::PendingReview << A::Cancel << ok << K::Ok << ok << S::Cancelled << none;
        QTest::addRow("%s rejected cancel -> cancelled", name)
            << type << O << S::Rejected << A::Cancel << ok << K::Ok << ok << S::Cancelled << none;
        QTest::addRow("%s cancelled cancel again refused", name)
            << type << O << S::Cancelled << A::Cancel << ok << K::Refused << notAllowed << S::Cancelled
            << none;
        QTest::addRow("%s closed cancel refused", name)
            << type << O << S::Closed << A::Cancel << ok << K::Refused << notAllowed << S::Closed << none;
    }
    QTest::newRow("reship never_received in_arbitration cancel -> cancelled")
        << R << NR << S::InArbitration << A::Cancel << ok << K::Ok << ok << S::Cancelled << none;
    QTest::newRow("reship missing_items platform_intervention cancel -> cancelled")
        << R << MI << S::PlatformIntervention << A::Cancel << ok << K::Ok << ok << S::Cancelled << none;
    QTest::newRow("reship refunded cancel refused")
        << R << NR << S::Refunded << A::Cancel << ok << K::Refused << notAllowed << S::Refunded << none;
    // Exchange: the buyer's return is not the replacement; the new item is.
    QTest::newRow("exchange second review (goods returned, new item not shipped) cancel -> cancelled")
        << X << QI << S::PendingSecondReview << A::Cancel << ok << K::Ok << ok << S::Cancelled << none;
    QTest::newRow("exchange second_rejected cancel -> cancelled")
        << X << QI << S::SecondRejected << A::Cancel << ok << K::Ok << ok << S::Cancelled << none;
    QTest::newRow("exchange awaiting_shipment cancel -> cancelled")
        << X << QI << S::AwaitingShipment << A::Cancel << ok << K::Ok << ok << S::Cancelled << none;
    QTest::newRow("exchange ship_overdue cancel -> cancelled")
        << X << QI << S::ShipOverdue << A::Cancel << ok << K::Ok << ok << S::Cancelled << none;
    QTest::newRow("exchange shipped cancel refused")
        << X << QI << S::Shipped << A::Cancel << ok << K::Refused << afterShipment << S::Shipped << none;
    QTest::newRow("exchange completed cancel refused")
        << X << QI << S::Completed << A::Cancel << ok << K::Refused << notAllowed << S::Completed << none;
    // Return and refund: the buyer's return shipment does not end the right to withdraw.
    QTest::newRow("return_refund awaiting_buyer_return cancel -> cancelled")
        << RR << QI << S::AwaitingBuyerReturn << A::Cancel << ok << K::Ok << ok << S::Cancelled << none;
    QTest::newRow("return_refund second review (goods returned) cancel -> cancelled")
        << RR << QI << S::PendingSecondReview << A::Cancel << ok << K::Ok << ok << S::Cancelled << none;
    QTest::newRow("return_refund second_rejected cancel -> cancelled")
        << RR << QI << S::SecondRejected << A::Cancel << ok << K::Ok << ok << S::Cancelled << none;
    QTest::newRow("return_refund refunded cancel refused")
        << RR << QI << S::Refunded << A::Cancel << ok << K::Refused << notAllowed << S::Refunded << none;
    QTest::newRow("refund_shipped refunded cancel refused")
        << RS << QI << S::Refunded << A::Cancel << ok << K::Refused << notAllowed << S::Refunded << none;
    QTest::newRow("refund_unshipped refunded cancel refused")
        << RU << O << S::Refunded << A::Cancel << ok << K::Refused << notAllowed << S::Refunded << none;

    // Where RULES.md is silent (the README's table of choices): approve from `rejected` for
    // every type, to where a first approval leads; not from the other buyer windows.
    QTest::newRow("exchange rejected approve -> awaiting_buyer_return")
        << X << QI << S::Rejected << A::Approve << ok << K::Ok << ok << S::AwaitingBuyerReturn << 168 * hour;
    QTest::newRow("return_refund rejected approve -> awaiting_buyer_return")
        << RR << QI << S::Rejected << A::Approve << ok << K::Ok << ok << S::AwaitingBuyerReturn << 168 * hour;
    QTest::newRow("refund_unshipped rejected approve -> refunded")
        << RU << O << S::Rejected << A::Approve << ok << K::Ok << ok << S::Refunded << none;
    QTest::newRow("exchange second_rejected approve refused")
        << X << QI << S::SecondRejected << A::Approve << ok << K::Refused << notAllowed << S::SecondRejected
        << none;
    QTest::newRow("reship ship_overdue approve refused")
        << R << MI << S::ShipOverdue << A::Approve << ok << K::Refused << notAllowed << S::ShipOverdue
        << none;
    QTest::newRow("exchange ship_overdue late ship -> shipped")
        << X << QI << S::ShipOverdue << A::Ship << sf << K::Ok << ok << S::Shipped << none;
    QTest::newRow("refund_shipped platform decide buyer -> refunded")
        << RS << O << S::PlatformIntervention << A::DecideForBuyer << ok << K::Ok << ok << S::Refunded
        << none;
    QTest::newRow("exchange in_arbitration decide merchant -> closed")
        << X << QI << S::InArbitration << A::DecideForMerchant << ok << K::Ok << ok << S::Closed << none;
    QTest::newRow("return_refund awaiting_buyer_return refund refused")
        << RR << QI << S::AwaitingBuyerReturn << A::Refund << ok << K::Refused << notAllowed
        << S::AwaitingBuyerReturn << none;
}

void TestRules::transitions()
{
    QFETCH(ClaimType, type);
    QFETCH(Reason, reason);
    QFETCH(ClaimStatus, from);
    QFETCH(Action, action);
    QFETCH(QString, input);
    QFETCH(Outcome::Kind, kind);
    QFETCH(QString, rule);
    QFETCH(ClaimStatus, to);
    QFETCH(qint64, deadlineSecs);

    const Claim before = claimIn(type, reason, from, t0());
    const QDateTime now = t0().addSecs(hour);
    const Result<Decision> d = rules::act(before, request(action, input), now, Policy::defaults());
    QVERIFY2(d.outcome.kind == kind, describe(d.outcome).constData());
    QCOMPARE(d.outcome.rule, rule);
    if (kind != Outcome::Kind::Ok) {
        QVERIFY(!d.value);
        QVERIFY(!d.outcome.message.isEmpty());
        return;
    }
    QCOMPARE(names::statusName(d->claim.status), names::statusName(to));
    if (deadlineSecs < 0)
        QCOMPARE(d->claim.deadline, std::nullopt);
    else
        QCOMPARE(d->claim.deadline, std::optional(now.addSecs(deadlineSecs)));
    QCOMPARE(d->claim.updatedAt, now);
    QCOMPARE(d->claim.id, before.id);
    QCOMPARE(d->claim.version, before.version); // the store bumps it
    QCOMPARE(d->events.size(), 1);
    const Event &e = d->events.first();
    QCOMPARE(e.at, now);
    QCOMPARE(e.actor, expectedActor(action));
    QCOMPARE(e.from, from);
    QCOMPARE(e.to, to);
    QCOMPARE(e.claimId, before.id);
    QVERIFY(!e.action.isEmpty());
    if (to == ClaimStatus::Refunded)
        QCOMPARE(d->claim.refundCents, orderAmount);
    else
        QCOMPARE(d->claim.refundCents, 0);
    if (to == ClaimStatus::Shipped) {
        QCOMPARE(d->claim.carrier, QStringLiteral("shunfeng"));
        QCOMPARE(d->claim.trackingNo, QStringLiteral("SF1234567890123"));
    }
    if (action == Action::Return) {
        QVERIFY(!d->claim.returnCarrier.isEmpty());
        QCOMPARE(d->claim.returnTrackingNo, input.section(QLatin1Char(' '), 1));
    }
    if (action == Action::Reject)
        QCOMPARE(d->claim.rejectCode, names::parseRejectCode(input));
    QCOMPARE(d->claim.compensationCents, 0); // only the clock compensates
}

void TestRules::merchantActions_matchRules_data()
{
    QTest::addColumn<ClaimType>("type");
    QTest::addColumn<ClaimStatus>("status");
    QTest::addColumn<QList<Action>>("actions");

    using A = Action;
    QTest::newRow("reship pending_review")
        << ClaimType::Reship << ClaimStatus::PendingReview << QList<Action>{A::Approve, A::Reject};
    QTest::newRow("reship rejected") << ClaimType::Reship << ClaimStatus::Rejected
                                     << QList<Action>{A::Approve};
    QTest::newRow("reship awaiting_shipment")
        << ClaimType::Reship << ClaimStatus::AwaitingShipment << QList<Action>{A::Ship};
    QTest::newRow("reship ship_overdue")
        << ClaimType::Reship << ClaimStatus::ShipOverdue << QList<Action>{A::Ship};
    QTest::newRow("reship shipped") << ClaimType::Reship << ClaimStatus::Shipped << QList<Action>{};
    QTest::newRow("reship in_arbitration")
        << ClaimType::Reship << ClaimStatus::InArbitration << QList<Action>{};
    QTest::newRow("exchange pending_second_review")
        << ClaimType::Exchange << ClaimStatus::PendingSecondReview
        << QList<Action>{A::Approve, A::Reject, A::Ship, A::Refund};
    QTest::newRow("return_refund pending_review") << ClaimType::ReturnRefund << ClaimStatus::PendingReview
                                                  << QList<Action>{A::Approve, A::Reject, A::Refund};
}

void TestRules::merchantActions_matchRules()
{
    QFETCH(ClaimType, type);
    QFETCH(ClaimStatus, status);
    QFETCH(QList<Action>, actions);
    const Claim c = claimIn(type, Reason::Other, status, t0());
    QCOMPARE(rules::merchantActions(c), actions);
}

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
