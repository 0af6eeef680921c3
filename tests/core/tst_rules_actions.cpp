// The rules of RULES.md as pure functions: what an action's input and timing allow (the
// replacement's tracking number, the reject branch, the buyer's changes and cancellations,
// the platform's decision) and where no deadline runs.
#include "rulecases.h"

#include "domain/names.h"
#include "domain/policy.h"
#include "domain/rules.h"

#include <QTest>

using namespace aftersales;
using namespace aftersales::rulecases;

class TestRuleActions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
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
};

// ---------------------------------------------------------------- ship input, reject branch

void TestRuleActions::ship_validation_data()
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

void TestRuleActions::ship_validation()
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

void TestRuleActions::reject_branchFollowsBuyersReason_data()
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

void TestRuleActions::reject_branchFollowsBuyersReason()
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

void TestRuleActions::modify_opensFreshReview()
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

void TestRuleActions::cancel_untilTheReplacementShips_data()
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

void TestRuleActions::cancel_untilTheReplacementShips()
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

void TestRuleActions::cancel_aroundShippingDeadline_data()
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

void TestRuleActions::cancel_aroundShippingDeadline()
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

void TestRuleActions::decideForBuyer_freshShippingDeadline()
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

void TestRuleActions::deadline_noneWherePlatformOrBuyerAfterShipment_data()
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

void TestRuleActions::deadline_noneWherePlatformOrBuyerAfterShipment()
{
    QFETCH(ClaimStatus, status);
    QFETCH(qint64, hours);
    const std::optional<QDateTime> d = rules::deadlineFor(status, t0(), Policy::defaults());
    if (hours < 0)
        QCOMPARE(d, std::nullopt);
    else
        QCOMPARE(d, std::optional(t0().addSecs(hours * hour)));
}

QTEST_GUILESS_MAIN(TestRuleActions)
#include "tst_rules_actions.moc"
