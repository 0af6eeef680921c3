// The rules of RULES.md as pure functions: every condition, transition and deadline,
// each deadline one second before and at it, every refusal with the rule it names.
#include "domain/names.h"
#include "domain/policy.h"
#include "domain/rules.h"

#include <QTest>

using namespace aftersales;

namespace
{

constexpr qint64 hour = 3600;
const QString merchant = QStringLiteral("alice");
const QString originalTracking = QStringLiteral("SF1000000000001");
constexpr qint64 orderAmount = 19900;

QDateTime t0()
{
    return QDateTime(QDate(2026, 11, 26), QTime(2, 0), Qt::UTC);
}

// "47:59:59" → seconds.
qint64 hms(const char *text)
{
    const QStringList parts = QString::fromLatin1(text).split(QLatin1Char(':'));
    return parts.at(0).toLongLong() * 3600 + parts.at(1).toLongLong() * 60 + parts.at(2).toLongLong();
}

Order shippedOrder()
{
    Order o;
    o.orderId = QStringLiteral("6920001");
    o.category = QStringLiteral("smart_home");
    o.amountCents = orderAmount;
    o.carrier = QStringLiteral("shunfeng");
    o.trackingNo = originalTracking;
    o.shippedAt = t0().addSecs(-72 * hour);
    return o;
}

// A claim that entered `status` at `since`, with the deadline the rules give it there.
Claim claimIn(ClaimType type, Reason reason, ClaimStatus status, const QDateTime &since,
              qint64 compensation = 0)
{
    Claim c;
    c.id = 7;
    c.order = shippedOrder();
    c.orderId = c.order.orderId;
    c.type = type;
    c.reason = reason;
    c.status = status;
    c.appliedAt = since;
    c.updatedAt = since;
    c.deadline = rules::deadlineFor(status, since, Policy::defaults());
    c.compensationCents = compensation;
    c.version = 1;
    return c;
}

ActionRequest request(Action action, const QString &input = {})
{
    ActionRequest r;
    r.action = action;
    r.actor = merchant;
    if (action == Action::Reject) {
        if (input != QLatin1String("no code"))
            r.rejectCode = names::parseRejectCode(input.isEmpty() ? QStringLiteral("other") : input);
    } else if (!input.isEmpty()) {
        const QStringList parts = input.split(QLatin1Char(' '));
        r.carrier = parts.value(0);
        r.trackingNo = input.mid(r.carrier.size() + 1);
    }
    return r;
}

QString expectedActor(Action a)
{
    switch (a) {
    case Action::Cancel:
    case Action::Modify:
    case Action::Escalate:
    case Action::Confirm:
    case Action::Return:
        return actors::buyer;
    case Action::DecideForBuyer:
    case Action::DecideForMerchant:
        return actors::platform;
    default:
        return merchant;
    }
}

QByteArray describe(const Outcome &o)
{
    return (o.rule + QStringLiteral(": ") + o.message).toUtf8();
}

} // namespace

class TestRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void apply_conditions_data();
    void apply_conditions();
    void apply_opensReviewWindow();

    void transitions_data();
    void transitions();

    void reviewDeadline_autoApproves_data();
    void reviewDeadline_autoApproves();
    void reviewWindow_merchantActsBeforeDeadline_data();
    void reviewWindow_merchantActsBeforeDeadline();
    void shipDeadline_lateShipment_data();
    void shipDeadline_lateShipment();
    void shipWindow_shipBeforeDeadline_data();
    void shipWindow_shipBeforeDeadline();
    void buyerWindow_lapsesToClosed_data();
    void buyerWindow_lapsesToClosed();
    void buyerWindow_actsBeforeDeadline_data();
    void buyerWindow_actsBeforeDeadline();

    void automaticStep_atDeadline_data();
    void automaticStep_atDeadline();
    void automaticStep_noneWithoutDeadline_data();
    void automaticStep_noneWithoutDeadline();

    void lateShipment_compensationOncePerClaim();
    void lateShipment_neverReceivedRefundsOrderAmount();
    void dueSteps_eachAtItsOwnDeadline_data();
    void dueSteps_eachAtItsOwnDeadline();

    void ship_validation_data();
    void ship_validation();
    void reject_branchFollowsBuyersReason_data();
    void reject_branchFollowsBuyersReason();
    void modify_opensFreshReview();
    void cancel_untilTheReplacementShips_data();
    void cancel_untilTheReplacementShips();
    void cancel_aroundShippingDeadline_data();
    void cancel_aroundShippingDeadline();
    void decideForBuyer_freshShippingDeadline();

    void deadline_noneWherePlatformOrBuyerAfterShipment_data();
    void deadline_noneWherePlatformOrBuyerAfterShipment();
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

// ---------------------------------------------------------------- deadlines

void TestRules::reviewDeadline_autoApproves_data()
{
    QTest::addColumn<ClaimType>("type");
    QTest::addColumn<Reason>("reason");
    QTest::addColumn<qint64>("elapsed");
    QTest::addColumn<bool>("approved");
    QTest::addColumn<ClaimStatus>("to");

    struct Kind {
        const char *name;
        ClaimType type;
        Reason reason;
        ClaimStatus to;
    };
    for (const Kind &k :
         {Kind{"reship", ClaimType::Reship, Reason::MissingItems, ClaimStatus::AwaitingShipment},
          Kind{"reship never_received", ClaimType::Reship, Reason::NeverReceived,
               ClaimStatus::AwaitingShipment},
          Kind{"exchange", ClaimType::Exchange, Reason::WrongItem, ClaimStatus::AwaitingBuyerReturn},
          Kind{"return_refund", ClaimType::ReturnRefund, Reason::QualityIssue,
               ClaimStatus::AwaitingBuyerReturn},
          Kind{"refund_shipped", ClaimType::RefundShipped, Reason::Other, ClaimStatus::Refunded},
          Kind{"refund_unshipped", ClaimType::RefundUnshipped, Reason::NoLongerNeeded,
               ClaimStatus::Refunded}}) {
        QTest::addRow("%s 47:59:59 still open", k.name)
            << k.type << k.reason << hms("47:59:59") << false << ClaimStatus::PendingReview;
        QTest::addRow("%s 48:00:00 auto-approved", k.name)
            << k.type << k.reason << hms("48:00:00") << true << k.to;
    }
}

void TestRules::reviewDeadline_autoApproves()
{
    QFETCH(ClaimType, type);
    QFETCH(Reason, reason);
    QFETCH(qint64, elapsed);
    QFETCH(bool, approved);
    QFETCH(ClaimStatus, to);

    const Claim c = claimIn(type, reason, ClaimStatus::PendingReview, t0());
    const QList<Decision> steps = rules::dueSteps(c, t0().addSecs(elapsed), Policy::defaults());
    QCOMPARE(steps.size(), approved ? 1 : 0);
    if (!approved)
        return;
    const Decision &d = steps.first();
    QCOMPARE(d.claim.status, to);
    QCOMPARE(d.events.size(), 1);
    QCOMPARE(d.events.first().at, t0().addSecs(48 * hour)); // at the deadline, not at "now"
    QCOMPARE(d.events.first().actor, actors::system);
    QCOMPARE(d.events.first().action, QStringLiteral("auto_approve"));
    QCOMPARE(d.events.first().from, ClaimStatus::PendingReview);
    QCOMPARE(d.events.first().to, to);
    QCOMPARE(d.claim.updatedAt, t0().addSecs(48 * hour));
    if (to == ClaimStatus::AwaitingShipment)
        QCOMPARE(d.claim.deadline, std::optional(t0().addSecs(96 * hour)));
    if (to == ClaimStatus::Refunded) {
        QCOMPARE(d.claim.refundCents, orderAmount);
        QCOMPARE(d.claim.deadline, std::nullopt);
    }
}

void TestRules::reviewWindow_merchantActsBeforeDeadline_data()
{
    QTest::addColumn<ClaimStatus>("status");
    QTest::addColumn<Action>("action");
    QTest::addColumn<qint64>("elapsed");
    QTest::addColumn<bool>("allowed");

    for (Action a : {Action::Approve, Action::Reject}) {
        const char *name = a == Action::Approve ? "approve" : "reject";
        QTest::addRow("%s at 47:59:59 allowed", name)
            << ClaimStatus::PendingReview << a << hms("47:59:59") << true;
        QTest::addRow("%s at 48:00:00 refused", name)
            << ClaimStatus::PendingReview << a << hms("48:00:00") << false;
        QTest::addRow("%s at 72:00:00 refused", name)
            << ClaimStatus::PendingReview << a << hms("72:00:00") << false;
        QTest::addRow("second review %s at 47:59:59 allowed", name)
            << ClaimStatus::PendingSecondReview << a << hms("47:59:59") << true;
        QTest::addRow("second review %s at 48:00:00 refused", name)
            << ClaimStatus::PendingSecondReview << a << hms("48:00:00") << false;
    }
}

void TestRules::reviewWindow_merchantActsBeforeDeadline()
{
    QFETCH(ClaimStatus, status);
    QFETCH(Action, action);
    QFETCH(qint64, elapsed);
    QFETCH(bool, allowed);

    const Claim c = claimIn(ClaimType::Exchange, Reason::WrongItem, status, t0());
    const Result<Decision> d = rules::act(c, request(action), t0().addSecs(elapsed), Policy::defaults());
    if (allowed) {
        QVERIFY2(d.ok(), describe(d.outcome).constData());
        return;
    }
    QCOMPARE(d.outcome.kind, Outcome::Kind::Refused);
    QCOMPARE(d.outcome.rule, QStringLiteral("review_window_closed"));
}

void TestRules::shipDeadline_lateShipment_data()
{
    QTest::addColumn<Reason>("reason");
    QTest::addColumn<qint64>("elapsed");
    QTest::addColumn<bool>("late");
    QTest::addColumn<ClaimStatus>("to");

    for (Reason r : {Reason::NeverReceived, Reason::MissingItems, Reason::Other}) {
        const QByteArray name = names::reasonName(r).toLatin1();
        const ClaimStatus to = r == Reason::NeverReceived ? ClaimStatus::Refunded : ClaimStatus::ShipOverdue;
        QTest::addRow("%s 47:59:59 still awaiting shipment", name.constData())
            << r << hms("47:59:59") << false << ClaimStatus::AwaitingShipment;
        QTest::addRow("%s 48:00:00 late shipment -> %s", name.constData(),
                      names::statusName(to).toLatin1().constData())
            << r << hms("48:00:00") << true << to;
    }
}

void TestRules::shipDeadline_lateShipment()
{
    QFETCH(Reason, reason);
    QFETCH(qint64, elapsed);
    QFETCH(bool, late);
    QFETCH(ClaimStatus, to);

    const QDateTime approvedAt = t0();
    const Claim c = claimIn(ClaimType::Reship, reason, ClaimStatus::AwaitingShipment, approvedAt);
    const QList<Decision> steps = rules::dueSteps(c, approvedAt.addSecs(elapsed), Policy::defaults());
    QCOMPARE(steps.size(), late ? 1 : 0);
    if (!late)
        return;
    const Decision &d = steps.first();
    const QDateTime deadline = approvedAt.addSecs(48 * hour);
    QCOMPARE(d.claim.status, to);
    QCOMPARE(d.claim.compensationCents, 300);
    QCOMPARE(d.events.size(), 1); // penalty and compensation are one event
    QCOMPARE(d.events.first().at, deadline);
    QCOMPARE(d.events.first().actor, actors::system);
    QCOMPARE(d.events.first().action, QStringLiteral("late_shipment"));
    QVERIFY2(d.events.first().detail.contains(QStringLiteral("compensation_cents=300")),
             qPrintable(d.events.first().detail));
    if (to == ClaimStatus::Refunded) {
        QCOMPARE(d.claim.refundCents, orderAmount);
        QCOMPARE(d.claim.deadline, std::nullopt);
    } else {
        QCOMPARE(d.claim.refundCents, 0);
        QCOMPARE(d.claim.deadline, std::optional(deadline.addSecs(48 * hour))); // the buyer's window
    }
}

void TestRules::shipWindow_shipBeforeDeadline_data()
{
    QTest::addColumn<qint64>("elapsed");
    QTest::addColumn<bool>("allowed");

    QTest::newRow("ship at 47:59:59 allowed") << hms("47:59:59") << true;
    QTest::newRow("ship at 48:00:00 refused") << hms("48:00:00") << false;
}

void TestRules::shipWindow_shipBeforeDeadline()
{
    QFETCH(qint64, elapsed);
    QFETCH(bool, allowed);

    const Claim c = claimIn(ClaimType::Reship, Reason::MissingItems, ClaimStatus::AwaitingShipment, t0());
    const Result<Decision> d =
        rules::act(c, request(Action::Ship, QStringLiteral("shunfeng SF1234567890123")),
                   t0().addSecs(elapsed), Policy::defaults());
    if (allowed) {
        QVERIFY2(d.ok(), describe(d.outcome).constData());
        QCOMPARE(d->claim.status, ClaimStatus::Shipped);
        return;
    }
    QCOMPARE(d.outcome.kind, Outcome::Kind::Refused);
    QCOMPARE(d.outcome.rule, QStringLiteral("shipping_window_closed"));
}

void TestRules::buyerWindow_lapsesToClosed_data()
{
    QTest::addColumn<ClaimType>("type");
    QTest::addColumn<ClaimStatus>("status");
    QTest::addColumn<qint64>("window");
    QTest::addColumn<qint64>("elapsed");
    QTest::addColumn<bool>("closed");

    struct Row {
        const char *name;
        ClaimType type;
        ClaimStatus status;
        qint64 window;
    };
    for (const Row &r : {Row{"rejected", ClaimType::Reship, ClaimStatus::Rejected, 48 * hour},
                         Row{"ship_overdue", ClaimType::Reship, ClaimStatus::ShipOverdue, 48 * hour},
                         Row{"second_rejected", ClaimType::Exchange, ClaimStatus::SecondRejected, 48 * hour},
                         Row{"awaiting_buyer_return", ClaimType::ReturnRefund,
                             ClaimStatus::AwaitingBuyerReturn, 168 * hour}}) {
        QTest::addRow("%s one second before the window ends still open", r.name)
            << r.type << r.status << r.window << r.window - 1 << false;
        QTest::addRow("%s window lapsed -> closed", r.name)
            << r.type << r.status << r.window << r.window << true;
    }
}

void TestRules::buyerWindow_lapsesToClosed()
{
    QFETCH(ClaimType, type);
    QFETCH(ClaimStatus, status);
    QFETCH(qint64, window);
    QFETCH(qint64, elapsed);
    QFETCH(bool, closed);

    const Claim c = claimIn(type, Reason::Other, status, t0());
    QCOMPARE(c.deadline, std::optional(t0().addSecs(window)));
    const QList<Decision> steps = rules::dueSteps(c, t0().addSecs(elapsed), Policy::defaults());
    QCOMPARE(steps.size(), closed ? 1 : 0);
    if (!closed)
        return;
    QCOMPARE(steps.first().claim.status, ClaimStatus::Closed);
    QCOMPARE(steps.first().claim.deadline, std::nullopt);
    QCOMPARE(steps.first().events.first().at, t0().addSecs(window));
    QCOMPARE(steps.first().events.first().action, QStringLiteral("window_lapsed"));
    QCOMPARE(steps.first().events.first().actor, actors::system);
}

void TestRules::buyerWindow_actsBeforeDeadline_data()
{
    QTest::addColumn<ClaimStatus>("status");
    QTest::addColumn<Action>("action");
    QTest::addColumn<qint64>("elapsed");
    QTest::addColumn<bool>("allowed");

    struct Row {
        const char *name;
        ClaimStatus status;
        Action action;
    };
    for (const Row &r : {Row{"rejected modify", ClaimStatus::Rejected, Action::Modify},
                         Row{"rejected escalate", ClaimStatus::Rejected, Action::Escalate},
                         Row{"rejected merchant approves", ClaimStatus::Rejected, Action::Approve},
                         Row{"ship_overdue modify", ClaimStatus::ShipOverdue, Action::Modify},
                         Row{"ship_overdue escalate", ClaimStatus::ShipOverdue, Action::Escalate},
                         Row{"ship_overdue merchant ships late", ClaimStatus::ShipOverdue, Action::Ship}}) {
        QTest::addRow("%s at 47:59:59 allowed", r.name) << r.status << r.action << hms("47:59:59") << true;
        QTest::addRow("%s at 48:00:00 refused", r.name) << r.status << r.action << hms("48:00:00") << false;
    }
}

void TestRules::buyerWindow_actsBeforeDeadline()
{
    QFETCH(ClaimStatus, status);
    QFETCH(Action, action);
    QFETCH(qint64, elapsed);
    QFETCH(bool, allowed);

    const Claim c = claimIn(ClaimType::Reship, Reason::MissingItems, status, t0(), 300);
    const QString input = action == Action::Ship ? QStringLiteral("jd JDVA12345678901") : QString();
    const Result<Decision> d =
        rules::act(c, request(action, input), t0().addSecs(elapsed), Policy::defaults());
    if (allowed) {
        QVERIFY2(d.ok(), describe(d.outcome).constData());
        QCOMPARE(d->claim.compensationCents, 300); // a late shipment keeps its penalty
        return;
    }
    QCOMPARE(d.outcome.kind, Outcome::Kind::Refused);
    QCOMPARE(d.outcome.rule, QStringLiteral("buyer_window_closed"));
}

// ---------------------------------------------------------------- automatic steps

void TestRules::automaticStep_atDeadline_data()
{
    QTest::addColumn<ClaimType>("type");
    QTest::addColumn<Reason>("reason");
    QTest::addColumn<ClaimStatus>("from");
    QTest::addColumn<qint64>("compensationBefore");
    QTest::addColumn<ClaimStatus>("to");
    QTest::addColumn<QString>("action");
    QTest::addColumn<qint64>("compensationAfter");
    QTest::addColumn<qint64>("refund");
    QTest::addColumn<qint64>("nextDeadline"); // from the step; -1: none

    using S = ClaimStatus;
    const auto R = ClaimType::Reship;
    const qint64 h48 = 48 * hour;
    const qint64 c0 = 0;
    const qint64 none = -1;

    QTest::newRow("reship review lapses -> auto_approve")
        << R << Reason::MissingItems << S::PendingReview << c0 << S::AwaitingShipment << "auto_approve" << c0
        << c0 << h48;
    QTest::newRow("reship missing_items late -> ship_overdue with 300 fen")
        << R << Reason::MissingItems << S::AwaitingShipment << c0 << S::ShipOverdue << "late_shipment"
        << qint64(300) << c0 << h48;
    QTest::newRow("reship other late -> ship_overdue with 300 fen")
        << R << Reason::Other << S::AwaitingShipment << c0 << S::ShipOverdue << "late_shipment" << qint64(300)
        << c0 << h48;
    QTest::newRow("reship never_received late -> refunded with 300 fen")
        << R << Reason::NeverReceived << S::AwaitingShipment << c0 << S::Refunded << "late_shipment"
        << qint64(300) << orderAmount << none;
    QTest::newRow("reship already compensated late again -> no second compensation")
        << R << Reason::MissingItems << S::AwaitingShipment << qint64(300) << S::ShipOverdue
        << "late_shipment" << qint64(300) << c0 << h48;
    QTest::newRow("reship never_received compensated late again -> refunded, no second compensation")
        << R << Reason::NeverReceived << S::AwaitingShipment << qint64(300) << S::Refunded << "late_shipment"
        << qint64(300) << orderAmount << none;
    QTest::newRow("reship rejected window lapses -> closed")
        << R << Reason::MissingItems << S::Rejected << c0 << S::Closed << "window_lapsed" << c0 << c0 << none;
    QTest::newRow("reship ship_overdue window lapses -> closed")
        << R << Reason::Other << S::ShipOverdue << qint64(300) << S::Closed << "window_lapsed" << qint64(300)
        << c0 << none;
    QTest::newRow("exchange review lapses -> awaiting_buyer_return")
        << ClaimType::Exchange << Reason::WrongItem << S::PendingReview << c0 << S::AwaitingBuyerReturn
        << "auto_approve" << c0 << c0 << 168 * hour;
    QTest::newRow("exchange return not shipped back -> closed")
        << ClaimType::Exchange << Reason::WrongItem << S::AwaitingBuyerReturn << c0 << S::Closed
        << "window_lapsed" << c0 << c0 << none;
    QTest::newRow("exchange second review lapses -> awaiting_shipment")
        << ClaimType::Exchange << Reason::WrongItem << S::PendingSecondReview << c0 << S::AwaitingShipment
        << "auto_confirm_return" << c0 << c0 << h48;
    QTest::newRow("exchange second_rejected lapses -> closed")
        << ClaimType::Exchange << Reason::WrongItem << S::SecondRejected << c0 << S::Closed << "window_lapsed"
        << c0 << c0 << none;
    QTest::newRow("return_refund second review lapses -> refunded")
        << ClaimType::ReturnRefund << Reason::QualityIssue << S::PendingSecondReview << c0 << S::Refunded
        << "auto_refund" << c0 << orderAmount << none;
    QTest::newRow("exchange late -> ship_overdue, no compensation")
        << ClaimType::Exchange << Reason::Other << S::AwaitingShipment << c0 << S::ShipOverdue
        << "late_shipment" << c0 << c0 << h48;
    QTest::newRow("return_refund return not shipped back -> closed")
        << ClaimType::ReturnRefund << Reason::QualityIssue << S::AwaitingBuyerReturn << c0 << S::Closed
        << "window_lapsed" << c0 << c0 << none;
    QTest::newRow("refund_shipped review lapses -> refunded")
        << ClaimType::RefundShipped << Reason::Other << S::PendingReview << c0 << S::Refunded
        << "auto_approve" << c0 << orderAmount << none;
}

void TestRules::automaticStep_atDeadline()
{
    QFETCH(ClaimType, type);
    QFETCH(Reason, reason);
    QFETCH(ClaimStatus, from);
    QFETCH(qint64, compensationBefore);
    QFETCH(ClaimStatus, to);
    QFETCH(QString, action);
    QFETCH(qint64, compensationAfter);
    QFETCH(qint64, refund);
    QFETCH(qint64, nextDeadline);

    const Claim c = claimIn(type, reason, from, t0(), compensationBefore);
    QVERIFY(c.deadline);
    const std::optional<Decision> d = rules::automaticStep(c, Policy::defaults());
    QVERIFY(d);
    QCOMPARE(names::statusName(d->claim.status), names::statusName(to));
    QCOMPARE(d->claim.compensationCents, compensationAfter);
    QCOMPARE(d->claim.refundCents, refund);
    QCOMPARE(d->claim.updatedAt, *c.deadline);
    if (nextDeadline < 0)
        QCOMPARE(d->claim.deadline, std::nullopt);
    else
        QCOMPARE(d->claim.deadline, std::optional(c.deadline->addSecs(nextDeadline)));
    QCOMPARE(d->events.size(), 1);
    const Event &e = d->events.first();
    QCOMPARE(e.action, action);
    QCOMPARE(e.actor, actors::system);
    QCOMPARE(e.at, *c.deadline);
    QCOMPARE(e.from, from);
    QCOMPARE(e.to, to);
    if (action == QLatin1String("late_shipment"))
        QVERIFY2(e.detail.contains(
                     QStringLiteral("compensation_cents=%1").arg(compensationAfter - compensationBefore)),
                 qPrintable(e.detail));
}

void TestRules::automaticStep_noneWithoutDeadline_data()
{
    QTest::addColumn<ClaimStatus>("status");
    for (ClaimStatus s :
         {ClaimStatus::InArbitration, ClaimStatus::PlatformIntervention, ClaimStatus::Shipped,
          ClaimStatus::Completed, ClaimStatus::Refunded, ClaimStatus::Closed, ClaimStatus::Cancelled})
        QTest::addRow("%s", names::statusName(s).toLatin1().constData()) << s;
}

void TestRules::automaticStep_noneWithoutDeadline()
{
    QFETCH(ClaimStatus, status);
    const Claim c = claimIn(ClaimType::Reship, Reason::NeverReceived, status, t0());
    QCOMPARE(c.deadline, std::nullopt);
    QVERIFY(!rules::automaticStep(c, Policy::defaults()));
    QVERIFY(rules::dueSteps(c, t0().addSecs(1000 * hour), Policy::defaults()).isEmpty());
}

void TestRules::lateShipment_compensationOncePerClaim()
{
    const Policy p = Policy::defaults();
    // Applied, auto-approved at +48 h, shipped late at +96 h (300 fen), escalated,
    // decided for the buyer, and late again: no second compensation.
    Claim c = claimIn(ClaimType::Reship, Reason::MissingItems, ClaimStatus::PendingReview, t0());
    QList<Decision> steps = rules::dueSteps(c, t0().addSecs(96 * hour), p);
    QCOMPARE(steps.size(), 2);
    c = steps.last().claim;
    QCOMPARE(c.status, ClaimStatus::ShipOverdue);
    QCOMPARE(c.compensationCents, 300);

    Result<Decision> d = rules::act(c, request(Action::Escalate), t0().addSecs(100 * hour), p);
    QVERIFY(d.ok());
    c = d->claim;
    QCOMPARE(c.status, ClaimStatus::PlatformIntervention);
    d = rules::act(c, request(Action::DecideForBuyer), t0().addSecs(120 * hour), p);
    QVERIFY(d.ok());
    c = d->claim;
    QCOMPARE(c.status, ClaimStatus::AwaitingShipment);
    QCOMPARE(c.deadline, std::optional(t0().addSecs(168 * hour)));

    steps = rules::dueSteps(c, t0().addSecs(168 * hour), p);
    QCOMPARE(steps.size(), 1);
    QCOMPARE(steps.first().claim.status, ClaimStatus::ShipOverdue);
    QCOMPARE(steps.first().claim.compensationCents, 300);
    QCOMPARE(steps.first().events.first().action, QStringLiteral("late_shipment"));
    QVERIFY2(steps.first().events.first().detail.contains(QStringLiteral("compensation_cents=0")),
             qPrintable(steps.first().events.first().detail));
}

void TestRules::lateShipment_neverReceivedRefundsOrderAmount()
{
    Claim c = claimIn(ClaimType::Reship, Reason::NeverReceived, ClaimStatus::PendingReview, t0());
    c.order.amountCents = 123456;
    const QList<Decision> steps = rules::dueSteps(c, t0().addSecs(1000 * hour), Policy::defaults());
    QCOMPARE(steps.size(), 2); // approved at +48 h, refunded at +96 h, then nothing
    const Decision &last = steps.last();
    QCOMPARE(last.claim.status, ClaimStatus::Refunded);
    QCOMPARE(last.claim.refundCents, 123456);
    QCOMPARE(last.claim.compensationCents, 300);
    QCOMPARE(last.events.first().at, t0().addSecs(96 * hour));
    QVERIFY(last.events.first().detail.contains(QStringLiteral("refund_cents=123456")));
}

void TestRules::dueSteps_eachAtItsOwnDeadline_data()
{
    QTest::addColumn<Reason>("reason");
    QTest::addColumn<qint64>("elapsed");
    QTest::addColumn<QStringList>("actions");
    QTest::addColumn<QList<qint64>>("hours");
    QTest::addColumn<ClaimStatus>("end");

    const auto a = [](const char *s) { return QString::fromLatin1(s); };
    QTest::newRow("missing_items 95:59:59 approved only")
        << Reason::MissingItems << hms("95:59:59") << QStringList{a("auto_approve")} << QList<qint64>{48}
        << ClaimStatus::AwaitingShipment;
    QTest::newRow("missing_items 96:00:00 late shipment too")
        << Reason::MissingItems << hms("96:00:00") << QStringList{a("auto_approve"), a("late_shipment")}
        << QList<qint64>{48, 96} << ClaimStatus::ShipOverdue;
    QTest::newRow("missing_items 143:59:59 buyer window still open")
        << Reason::MissingItems << hms("143:59:59") << QStringList{a("auto_approve"), a("late_shipment")}
        << QList<qint64>{48, 96} << ClaimStatus::ShipOverdue;
    QTest::newRow("missing_items 144:00:00 closed")
        << Reason::MissingItems << hms("144:00:00")
        << QStringList{a("auto_approve"), a("late_shipment"), a("window_lapsed")}
        << QList<qint64>{48, 96, 144} << ClaimStatus::Closed;
    QTest::newRow("never_received 96:00:00 refunded")
        << Reason::NeverReceived << hms("96:00:00") << QStringList{a("auto_approve"), a("late_shipment")}
        << QList<qint64>{48, 96} << ClaimStatus::Refunded;
}

void TestRules::dueSteps_eachAtItsOwnDeadline()
{
    QFETCH(Reason, reason);
    QFETCH(qint64, elapsed);
    QFETCH(QStringList, actions);
    QFETCH(QList<qint64>, hours);
    QFETCH(ClaimStatus, end);

    const Claim c = claimIn(ClaimType::Reship, reason, ClaimStatus::PendingReview, t0());
    const QList<Decision> steps = rules::dueSteps(c, t0().addSecs(elapsed), Policy::defaults());
    QStringList gotActions;
    QList<qint64> gotHours;
    for (const Decision &d : steps) {
        QCOMPARE(d.events.size(), 1);
        gotActions << d.events.first().action;
        gotHours << t0().secsTo(d.events.first().at) / hour;
    }
    QCOMPARE(gotActions, actions);
    QCOMPARE(gotHours, hours);
    QCOMPARE(steps.last().claim.status, end);
}

// ---------------------------------------------------------------- ship input, reject branch

void TestRules::ship_validation_data()
{
    QTest::addColumn<QString>("carrier");
    QTest::addColumn<QString>("tracking");
    QTest::addColumn<Outcome::Kind>("kind");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("stored");

    using K = Outcome::Kind;
    QTest::newRow("valid SF number accepted") << "shunfeng"
                                              << "SF1234567890123" << K::Ok << QString() << "SF1234567890123";
    QTest::newRow("lower case and spaces normalized")
        << "shunfeng"
        << " sf 1234 5678 90123 " << K::Ok << QString() << "SF1234567890123";
    QTest::newRow("valid JD number accepted") << "jd"
                                              << "JDVA12345678901" << K::Ok << QString() << "JDVA12345678901";
    QTest::newRow("SF with 12 digits bad input") << "shunfeng"
                                                 << "SF123456789012" << K::BadInput << QString() << QString();
    QTest::newRow("number of another carrier bad input")
        << "shunfeng"
        << "YT1234567890123" << K::BadInput << QString() << QString();
    QTest::newRow("empty number bad input") << "shunfeng"
                                            << "" << K::BadInput << QString() << QString();
    QTest::newRow("unknown carrier bad input") << "pigeon"
                                               << "SF1234567890123" << K::BadInput << QString() << QString();
    QTest::newRow("original order's number refused")
        << "shunfeng"
        << "SF1000000000001" << K::Refused << "tracking_same_as_original" << QString();
    QTest::newRow("original order's number in lower case refused")
        << "shunfeng"
        << "sf1000000000001" << K::Refused << "tracking_same_as_original" << QString();
}

void TestRules::ship_validation()
{
    QFETCH(QString, carrier);
    QFETCH(QString, tracking);
    QFETCH(Outcome::Kind, kind);
    QFETCH(QString, rule);
    QFETCH(QString, stored);

    const Claim c = claimIn(ClaimType::Reship, Reason::MissingItems, ClaimStatus::AwaitingShipment, t0());
    ActionRequest r = request(Action::Ship);
    r.carrier = carrier;
    r.trackingNo = tracking;
    const Result<Decision> d = rules::act(c, r, t0().addSecs(hour), Policy::defaults());
    QVERIFY2(d.outcome.kind == kind, describe(d.outcome).constData());
    QCOMPARE(d.outcome.rule, rule);
    if (kind != Outcome::Kind::Ok) {
        QVERIFY(!d.outcome.message.isEmpty());
        return;
    }
    QCOMPARE(d->claim.trackingNo, stored);
    QCOMPARE(d->claim.carrier, carrier);
}

void TestRules::reject_branchFollowsBuyersReason_data()
{
    QTest::addColumn<Reason>("reason");
    QTest::addColumn<QString>("code");
    QTest::addColumn<ClaimStatus>("to");

    for (RejectCode code : names::allRejectCodes()) {
        const QString name = names::rejectCodeName(code);
        QTest::addRow("never_received rejected with %s -> in_arbitration", qPrintable(name))
            << Reason::NeverReceived << name << ClaimStatus::InArbitration;
        QTest::addRow("missing_items rejected with %s -> rejected", qPrintable(name))
            << Reason::MissingItems << name << ClaimStatus::Rejected;
        QTest::addRow("other rejected with %s -> rejected", qPrintable(name))
            << Reason::Other << name << ClaimStatus::Rejected;
    }
}

void TestRules::reject_branchFollowsBuyersReason()
{
    QFETCH(Reason, reason);
    QFETCH(QString, code);
    QFETCH(ClaimStatus, to);

    const Claim c = claimIn(ClaimType::Reship, reason, ClaimStatus::PendingReview, t0());
    ActionRequest r = request(Action::Reject, code);
    r.note = QStringLiteral("仓库缺货");
    const Result<Decision> d = rules::act(c, r, t0().addSecs(hour), Policy::defaults());
    QVERIFY2(d.ok(), describe(d.outcome).constData());
    QCOMPARE(d->claim.status, to);
    QCOMPARE(d->events.first().action, QStringLiteral("reject"));
    QVERIFY(d->events.first().detail.contains(code));
    QVERIFY(d->events.first().detail.contains(r.note));
}

void TestRules::modify_opensFreshReview()
{
    const Policy p = Policy::defaults();
    const Claim rejected = claimIn(ClaimType::Reship, Reason::MissingItems, ClaimStatus::Rejected, t0());
    const QDateTime at = t0().addSecs(30 * hour);
    const Result<Decision> d = rules::act(rejected, request(Action::Modify), at, p);
    QVERIFY(d.ok());
    QCOMPARE(d->claim.status, ClaimStatus::PendingReview);
    QCOMPARE(d->claim.deadline, std::optional(at.addSecs(48 * hour)));
    // The fresh review deadline approves automatically in its turn.
    const QList<Decision> steps = rules::dueSteps(d->claim, at.addSecs(48 * hour), p);
    QCOMPARE(steps.size(), 1);
    QCOMPARE(steps.first().events.first().action, QStringLiteral("auto_approve"));
    QCOMPARE(steps.first().events.first().at, at.addSecs(48 * hour));
}

void TestRules::cancel_untilTheReplacementShips_data()
{
    QTest::addColumn<ClaimType>("type");
    QTest::addColumn<ClaimStatus>("from");

    QTest::newRow("reship awaiting_shipment") << ClaimType::Reship << ClaimStatus::AwaitingShipment;
    QTest::newRow("reship ship_overdue") << ClaimType::Reship << ClaimStatus::ShipOverdue;
    QTest::newRow("exchange pending_second_review (311)")
        << ClaimType::Exchange << ClaimStatus::PendingSecondReview;
    QTest::newRow("exchange awaiting_shipment") << ClaimType::Exchange << ClaimStatus::AwaitingShipment;
    QTest::newRow("exchange ship_overdue") << ClaimType::Exchange << ClaimStatus::ShipOverdue;
}

void TestRules::cancel_untilTheReplacementShips()
{
    QFETCH(ClaimType, type);
    QFETCH(ClaimStatus, from);
    const Policy p = Policy::defaults();
    const Claim c = claimIn(type, Reason::Other, from, t0());
    const QDateTime at = t0().addSecs(hour);

    // Withdrawn instead of shipped: allowed.
    const Result<Decision> before = rules::act(c, request(Action::Cancel), at, p);
    QVERIFY2(before.ok(), describe(before.outcome).constData());
    QCOMPARE(before->claim.status, ClaimStatus::Cancelled);
    QCOMPARE(before->claim.deadline, std::nullopt);

    // Shipped first, then withdrawn at the same instant: refused.
    const Result<Decision> shipped =
        rules::act(c, request(Action::Ship, QStringLiteral("shunfeng SF1234567890123")), at, p);
    QVERIFY2(shipped.ok(), describe(shipped.outcome).constData());
    const Result<Decision> after = rules::act(shipped->claim, request(Action::Cancel), at, p);
    QCOMPARE(after.outcome.kind, Outcome::Kind::Refused);
    QCOMPARE(after.outcome.rule, QStringLiteral("cancel_after_shipment"));
    QVERIFY(!after.value);
}

void TestRules::cancel_aroundShippingDeadline_data()
{
    QTest::addColumn<ClaimType>("type");
    QTest::addColumn<Reason>("reason");
    QTest::addColumn<qint64>("elapsed"); // since the approval
    QTest::addColumn<QString>("rule");   // empty: withdrawn
    QTest::addColumn<ClaimStatus>("from");
    QTest::addColumn<qint64>("compensation");

    const auto R = ClaimType::Reship;
    const QString ok;
    QTest::newRow("reship missing_items 47:59:59 withdrawn while awaiting shipment")
        << R << Reason::MissingItems << hms("47:59:59") << ok << ClaimStatus::AwaitingShipment << qint64(0);
    QTest::newRow("reship missing_items 48:00:00 withdrawn after the late shipment, compensation kept")
        << R << Reason::MissingItems << hms("48:00:00") << ok << ClaimStatus::ShipOverdue << qint64(300);
    QTest::newRow("reship never_received 47:59:59 withdrawn while awaiting shipment")
        << R << Reason::NeverReceived << hms("47:59:59") << ok << ClaimStatus::AwaitingShipment << qint64(0);
    QTest::newRow("reship never_received 48:00:00 refunded automatically, too late")
        << R << Reason::NeverReceived << hms("48:00:00") << QStringLiteral("action_not_allowed")
        << ClaimStatus::Refunded << qint64(300);
    QTest::newRow("exchange other 48:00:00 withdrawn from ship_overdue")
        << ClaimType::Exchange << Reason::Other << hms("48:00:00") << ok << ClaimStatus::ShipOverdue
        << qint64(0);
}

void TestRules::cancel_aroundShippingDeadline()
{
    QFETCH(ClaimType, type);
    QFETCH(Reason, reason);
    QFETCH(qint64, elapsed);
    QFETCH(QString, rule);
    QFETCH(ClaimStatus, from);
    QFETCH(qint64, compensation);
    const Policy p = Policy::defaults();
    Claim c = claimIn(type, reason, ClaimStatus::AwaitingShipment, t0());
    const QDateTime now = t0().addSecs(elapsed);
    // What the workbench does before any action: the steps due by now, at their deadlines.
    for (const Decision &step : rules::dueSteps(c, now, p))
        c = step.claim;
    QCOMPARE(names::statusName(c.status), names::statusName(from));
    QCOMPARE(c.compensationCents, compensation);

    const Result<Decision> d = rules::act(c, request(Action::Cancel), now, p);
    QCOMPARE(d.outcome.rule, rule);
    if (!rule.isEmpty()) {
        QCOMPARE(d.outcome.kind, Outcome::Kind::Refused);
        return;
    }
    QVERIFY2(d.ok(), describe(d.outcome).constData());
    QCOMPARE(d->claim.status, ClaimStatus::Cancelled);
    QCOMPARE(d->claim.deadline, std::nullopt);
    QCOMPARE(d->claim.compensationCents, compensation);
    QCOMPARE(d->events.first().from, from);
    QCOMPARE(d->events.first().actor, actors::buyer);
}

void TestRules::decideForBuyer_freshShippingDeadline()
{
    const Claim c = claimIn(ClaimType::Reship, Reason::NeverReceived, ClaimStatus::InArbitration, t0());
    const QDateTime at = t0().addSecs(200 * hour);
    const Result<Decision> d = rules::act(c, request(Action::DecideForBuyer), at, Policy::defaults());
    QVERIFY(d.ok());
    QCOMPARE(d->claim.status, ClaimStatus::AwaitingShipment);
    QCOMPARE(d->claim.deadline, std::optional(at.addSecs(48 * hour)));
    QCOMPARE(d->events.first().actor, actors::platform);
    QCOMPARE(d->events.first().action, QStringLiteral("decide_buyer"));
}

void TestRules::deadline_noneWherePlatformOrBuyerAfterShipment_data()
{
    QTest::addColumn<ClaimStatus>("status");
    QTest::addColumn<qint64>("hours"); // -1: none

    const QList<QPair<ClaimStatus, qint64>> rows{
        {ClaimStatus::PendingReview, 48},
        {ClaimStatus::AwaitingShipment, 48},
        {ClaimStatus::PendingSecondReview, 48},
        {ClaimStatus::AwaitingBuyerReturn, 168},
        {ClaimStatus::Rejected, 48},
        {ClaimStatus::SecondRejected, 48},
        {ClaimStatus::ShipOverdue, 48},
        {ClaimStatus::InArbitration, -1},
        {ClaimStatus::PlatformIntervention, -1},
        {ClaimStatus::Shipped, -1},
        {ClaimStatus::Completed, -1},
        {ClaimStatus::Refunded, -1},
        {ClaimStatus::Closed, -1},
        {ClaimStatus::Cancelled, -1},
    };
    for (const auto &[status, hours] : rows)
        QTest::addRow("%s", names::statusName(status).toLatin1().constData()) << status << hours;
}

void TestRules::deadline_noneWherePlatformOrBuyerAfterShipment()
{
    QFETCH(ClaimStatus, status);
    QFETCH(qint64, hours);
    const std::optional<QDateTime> d = rules::deadlineFor(status, t0(), Policy::defaults());
    if (hours < 0)
        QCOMPARE(d, std::nullopt);
    else
        QCOMPARE(d, std::optional(t0().addSecs(hours * hour)));
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
