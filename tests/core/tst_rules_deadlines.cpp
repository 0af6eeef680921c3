// The rules of RULES.md as pure functions: every deadline, one second before and at it,
// and the automatic step the clock takes there.
#include "rulecases.h"

#include "domain/names.h"
#include "domain/policy.h"
#include "domain/rules.h"

#include <QTest>

using namespace aftersales;
using namespace aftersales::rulecases;

class TestRuleDeadlines : public QObject
{
    Q_OBJECT

private Q_SLOTS:
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
};

// ---------------------------------------------------------------- deadlines

void TestRuleDeadlines::reviewDeadline_autoApproves_data()
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

void TestRuleDeadlines::reviewDeadline_autoApproves()
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

void TestRuleDeadlines::reviewWindow_merchantActsBeforeDeadline_data()
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

void TestRuleDeadlines::reviewWindow_merchantActsBeforeDeadline()
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

void TestRuleDeadlines::shipDeadline_lateShipment_data()
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

void TestRuleDeadlines::shipDeadline_lateShipment()
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

void TestRuleDeadlines::shipWindow_shipBeforeDeadline_data()
{
    QTest::addColumn<qint64>("elapsed");
    QTest::addColumn<bool>("allowed");

    QTest::newRow("ship at 47:59:59 allowed") << hms("47:59:59") << true;
    QTest::newRow("ship at 48:00:00 refused") << hms("48:00:00") << false;
}

void TestRuleDeadlines::shipWindow_shipBeforeDeadline()
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

void TestRuleDeadlines::buyerWindow_lapsesToClosed_data()
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

void TestRuleDeadlines::buyerWindow_lapsesToClosed()
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

void TestRuleDeadlines::buyerWindow_actsBeforeDeadline_data()
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

void TestRuleDeadlines::buyerWindow_actsBeforeDeadline()
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

void TestRuleDeadlines::automaticStep_atDeadline_data()
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

void TestRuleDeadlines::automaticStep_atDeadline()
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

void TestRuleDeadlines::automaticStep_noneWithoutDeadline_data()
{
    QTest::addColumn<ClaimStatus>("status");
    for (ClaimStatus s :
         {ClaimStatus::InArbitration, ClaimStatus::PlatformIntervention, ClaimStatus::Shipped,
          ClaimStatus::Completed, ClaimStatus::Refunded, ClaimStatus::Closed, ClaimStatus::Cancelled})
        QTest::addRow("%s", names::statusName(s).toLatin1().constData()) << s;
}

void TestRuleDeadlines::automaticStep_noneWithoutDeadline()
{
    QFETCH(ClaimStatus, status);
    const Claim c = claimIn(ClaimType::Reship, Reason::NeverReceived, status, t0());
    QCOMPARE(c.deadline, std::nullopt);
    QVERIFY(!rules::automaticStep(c, Policy::defaults()));
    QVERIFY(rules::dueSteps(c, t0().addSecs(1000 * hour), Policy::defaults()).isEmpty());
}

void TestRuleDeadlines::lateShipment_compensationOncePerClaim()
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

void TestRuleDeadlines::lateShipment_neverReceivedRefundsOrderAmount()
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

void TestRuleDeadlines::dueSteps_eachAtItsOwnDeadline_data()
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

void TestRuleDeadlines::dueSteps_eachAtItsOwnDeadline()
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

QTEST_GUILESS_MAIN(TestRuleDeadlines)
#include "tst_rules_deadlines.moc"
