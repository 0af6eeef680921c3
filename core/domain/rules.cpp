#include "domain/rules.h"

#include "domain/carriers.h"
#include "domain/names.h"

#include <QCoreApplication>

namespace aftersales::rules
{
namespace
{

// The context lupdate gives tr() calls in this namespace.
QString tr(const char *text)
{
    return QCoreApplication::translate("aftersales::rules", text);
}

Outcome refuse(const char *rule, const char *message)
{
    return Outcome::refused(QLatin1String(rule), tr(message));
}

bool inWindow(const Claim &claim, const QDateTime &now)
{
    return !claim.deadline || now < *claim.deadline;
}

// Moves the claim to `to` at `at`, with its new deadline, and records the event.
Decision transition(const Claim &claim, ClaimStatus to, const QDateTime &at, const QString &actor,
                    const QString &action, const QString &detail, const Policy &policy)
{
    Decision d{claim, {}};
    d.claim.status = to;
    d.claim.deadline = deadlineFor(to, at, policy);
    d.claim.updatedAt = at;
    if (to == ClaimStatus::Refunded && d.claim.refundCents == 0)
        d.claim.refundCents = claim.order.amountCents;
    Event e;
    e.claimId = claim.id;
    e.at = at;
    e.actor = actor;
    e.action = action;
    e.from = claim.status;
    e.to = to;
    e.detail = detail;
    d.events.append(e);
    return d;
}

// Where an approval leads, from first review or from a rejection the merchant reconsiders.
ClaimStatus approvedStatus(ClaimType type)
{
    switch (type) {
    case ClaimType::Reship:
        return ClaimStatus::AwaitingShipment;
    case ClaimType::Exchange:
    case ClaimType::ReturnRefund:
        return ClaimStatus::AwaitingBuyerReturn;
    case ClaimType::RefundShipped:
    case ClaimType::RefundUnshipped:
        return ClaimStatus::Refunded;
    }
    return ClaimStatus::AwaitingShipment;
}

Outcome windowClosed(ClaimStatus status)
{
    switch (status) {
    case ClaimStatus::PendingReview:
    case ClaimStatus::PendingSecondReview:
        return refuse("review_window_closed",
                      QT_TRANSLATE_NOOP("aftersales::rules", "The review window is closed."));
    case ClaimStatus::AwaitingShipment:
        return refuse("shipping_window_closed",
                      QT_TRANSLATE_NOOP("aftersales::rules", "The shipping window is closed."));
    default:
        return refuse("buyer_window_closed",
                      QT_TRANSLATE_NOOP("aftersales::rules", "The buyer's 48-hour window is closed."));
    }
}

Outcome notAllowed(const Claim &claim)
{
    return Outcome::refused(QStringLiteral("action_not_allowed"),
                            tr("This action is not allowed for a %1 claim in status \"%2\".")
                                .arg(names::typeLabel(claim.type), names::statusLabel(claim.status)));
}

Result<Decision> approve(const Claim &c, const ActionRequest &r, const QDateTime &now, const Policy &p)
{
    if (c.status == ClaimStatus::PendingReview || c.status == ClaimStatus::Rejected)
        return transition(c, approvedStatus(c.type), now, r.actor, QStringLiteral("approve"), r.note, p);
    if (c.status == ClaimStatus::PendingSecondReview && c.type == ClaimType::ReturnRefund)
        return transition(c, ClaimStatus::Refunded, now, r.actor, QStringLiteral("approve"), r.note, p);
    if (c.status == ClaimStatus::PendingSecondReview && c.type == ClaimType::Exchange)
        return transition(c, ClaimStatus::AwaitingShipment, now, r.actor, QStringLiteral("approve"), r.note,
                          p);
    return notAllowed(c);
}

Result<Decision> reject(const Claim &c, const ActionRequest &r, const QDateTime &now, const Policy &p)
{
    if (!r.rejectCode)
        return Outcome::badInput(tr("A rejection needs a reason code."));
    const QString detail =
        names::rejectCodeName(*r.rejectCode) + (r.note.isEmpty() ? QString() : QStringLiteral(": ") + r.note);
    ClaimStatus to;
    if (c.status == ClaimStatus::PendingReview) {
        // The buyer's reason decides the branch, not the merchant's reject code (RULES.md, Time).
        to = (c.type == ClaimType::Reship && c.reason == Reason::NeverReceived) ? ClaimStatus::InArbitration
                                                                                : ClaimStatus::Rejected;
    } else if (c.status == ClaimStatus::PendingSecondReview) {
        to = ClaimStatus::SecondRejected;
    } else {
        return notAllowed(c);
    }
    Result<Decision> d = transition(c, to, now, r.actor, QStringLiteral("reject"), detail, p);
    d.value->claim.rejectCode = r.rejectCode;
    return d;
}

Result<Decision> ship(const Claim &c, const ActionRequest &r, const QDateTime &now, const Policy &p)
{
    const bool reshipOk = c.type == ClaimType::Reship &&
                          (c.status == ClaimStatus::AwaitingShipment || c.status == ClaimStatus::ShipOverdue);
    const bool exchangeOk = c.type == ClaimType::Exchange && (c.status == ClaimStatus::AwaitingShipment ||
                                                              c.status == ClaimStatus::ShipOverdue ||
                                                              c.status == ClaimStatus::PendingSecondReview);
    // Malformed input is bad input whatever the claim's status.
    if (!carriers::find(r.carrier))
        return Outcome::badInput(tr("Unknown carrier code \"%1\".").arg(r.carrier));
    const QString number = carriers::normalized(r.trackingNo);
    if (number.isEmpty())
        return Outcome::badInput(tr("A tracking number is required."));
    if (!carriers::matches(r.carrier, number))
        return Outcome::badInput(
            tr("\"%1\" is not a %2 tracking number (expected like %3).")
                .arg(number, carriers::find(r.carrier)->name, carriers::find(r.carrier)->example));
    if (!reshipOk && !exchangeOk)
        return notAllowed(c);
    if (!c.order.trackingNo.isEmpty() && carriers::normalized(c.order.trackingNo) == number)
        return refuse(
            "tracking_same_as_original",
            QT_TRANSLATE_NOOP(
                "aftersales::rules",
                "The tracking number is the original order's: enter the replacement's own number."));
    Result<Decision> d = transition(c, ClaimStatus::Shipped, now, r.actor, QStringLiteral("ship"),
                                    r.carrier + QLatin1Char(' ') + number, p);
    d.value->claim.carrier = r.carrier;
    d.value->claim.trackingNo = number;
    return d;
}

Result<Decision> refund(const Claim &c, const ActionRequest &r, const QDateTime &now, const Policy &p)
{
    const bool exchangeOk = c.type == ClaimType::Exchange && (c.status == ClaimStatus::PendingReview ||
                                                              c.status == ClaimStatus::PendingSecondReview ||
                                                              c.status == ClaimStatus::AwaitingShipment);
    const bool returnOk = c.type == ClaimType::ReturnRefund && c.status == ClaimStatus::PendingReview;
    if (!exchangeOk && !returnOk)
        return notAllowed(c);
    return transition(c, ClaimStatus::Refunded, now, r.actor, QStringLiteral("refund"), r.note, p);
}

Result<Decision> buyerReturn(const Claim &c, const ActionRequest &r, const QDateTime &now, const Policy &p)
{
    if (c.status != ClaimStatus::AwaitingBuyerReturn)
        return notAllowed(c);
    if (!carriers::find(r.carrier))
        return Outcome::badInput(tr("Unknown carrier code \"%1\".").arg(r.carrier));
    const QString number = carriers::normalized(r.trackingNo);
    if (!carriers::matches(r.carrier, number))
        return Outcome::badInput(
            tr("\"%1\" is not a %2 tracking number (expected like %3).")
                .arg(number, carriers::find(r.carrier)->name, carriers::find(r.carrier)->example));
    Result<Decision> d = transition(c, ClaimStatus::PendingSecondReview, now, actors::buyer,
                                    QStringLiteral("return"), r.carrier + QLatin1Char(' ') + number, p);
    d.value->claim.returnCarrier = r.carrier;
    d.value->claim.returnTrackingNo = number;
    return d;
}

bool buyerWindowOpen(ClaimStatus s)
{
    return s == ClaimStatus::Rejected || s == ClaimStatus::ShipOverdue || s == ClaimStatus::SecondRejected;
}

} // namespace

std::optional<QDateTime> deadlineFor(ClaimStatus status, const QDateTime &since, const Policy &p)
{
    switch (status) {
    case ClaimStatus::PendingReview:
        return since.addSecs(p.reviewSecs);
    case ClaimStatus::AwaitingShipment:
        return since.addSecs(p.shipSecs);
    case ClaimStatus::PendingSecondReview:
        return since.addSecs(p.secondReviewSecs);
    case ClaimStatus::AwaitingBuyerReturn:
        return since.addSecs(p.buyerReturnSecs);
    case ClaimStatus::Rejected:
    case ClaimStatus::SecondRejected:
    case ClaimStatus::ShipOverdue:
        return since.addSecs(p.buyerWindowSecs);
    default:
        return std::nullopt;
    }
}

bool isOpen(ClaimStatus s)
{
    return s != ClaimStatus::Refunded && s != ClaimStatus::Completed && s != ClaimStatus::Closed &&
           s != ClaimStatus::Cancelled;
}

bool merchantActsNext(ClaimStatus s)
{
    return s == ClaimStatus::PendingReview || s == ClaimStatus::AwaitingShipment ||
           s == ClaimStatus::PendingSecondReview;
}

Result<Decision> apply(const Order &order, const ApplyRequest &r, bool hasOpenClaim, const QDateTime &now,
                       const Policy &p)
{
    if (!names::reasonsFor(r.type).contains(r.reason))
        return Outcome::badInput(tr("Reason \"%1\" does not apply to a %2 claim.")
                                     .arg(names::reasonName(r.reason), names::typeLabel(r.type)));
    const bool shipped = order.shippedAt && *order.shippedAt <= now;
    if (r.type == ClaimType::RefundUnshipped) {
        if (shipped)
            return refuse("order_already_shipped",
                          QT_TRANSLATE_NOOP("aftersales::rules",
                                            "The order has shipped: apply for a refund of a shipped order."));
    } else if (!shipped) {
        return refuse("order_not_shipped",
                      QT_TRANSLATE_NOOP("aftersales::rules", "The order has not shipped yet."));
    }
    if (r.type == ClaimType::Reship) {
        if (!p.reshipCategories.contains(order.category))
            return refuse(
                "category_not_open",
                QT_TRANSLATE_NOOP("aftersales::rules", "Reshipment is not open for this product category."));
        if (order.receivedAt && now >= order.receivedAt->addSecs(p.reshipAfterReceiptSecs))
            return refuse("reship_window_closed",
                          QT_TRANSLATE_NOOP(
                              "aftersales::rules",
                              "Reshipment can only be applied for within 15 days of confirming receipt."));
    }
    if (hasOpenClaim)
        return refuse(
            "open_claim_exists",
            QT_TRANSLATE_NOOP("aftersales::rules", "The order already has an open after-sales claim."));
    return application(order, r, now, p);
}

Decision application(const Order &order, const ApplyRequest &r, const QDateTime &at, const Policy &p)
{
    Claim c;
    c.orderId = order.orderId;
    c.order = order;
    c.type = r.type;
    c.reason = r.reason;
    c.note = r.note;
    c.appliedAt = at;
    c.status = ClaimStatus::PendingReview;
    Decision d = transition(c, ClaimStatus::PendingReview, at, actors::buyer, QStringLiteral("apply"),
                            names::typeName(r.type) + QLatin1Char('/') + names::reasonName(r.reason), p);
    d.claim.refundCents = 0;
    return d;
}

Result<Decision> act(const Claim &c, const ActionRequest &r, const QDateTime &now, const Policy &p)
{
    if (!inWindow(c, now))
        return windowClosed(c.status);
    switch (r.action) {
    case Action::Approve:
        return approve(c, r, now, p);
    case Action::Reject:
        return reject(c, r, now, p);
    case Action::Ship:
        return ship(c, r, now, p);
    case Action::Refund:
        return refund(c, r, now, p);
    case Action::Cancel:
        // RULES.md §7: withdrawing is possible until the replacement ships, a dispute before
        // the platform included (the withdrawal ends it). A goods return by the buyer is not
        // that shipment. Types without a replacement end in a refund, a final status, so
        // every open status of theirs comes before it.
        if (!isOpen(c.status))
            return notAllowed(c);
        if (c.status == ClaimStatus::Shipped)
            return refuse(
                "cancel_after_shipment",
                QT_TRANSLATE_NOOP("aftersales::rules", "The buyer can only cancel before the goods ship."));
        return transition(c, ClaimStatus::Cancelled, now, actors::buyer, QStringLiteral("cancel"), r.note, p);
    case Action::Modify:
        if (!buyerWindowOpen(c.status))
            return notAllowed(c);
        return transition(c, ClaimStatus::PendingReview, now, actors::buyer, QStringLiteral("modify"), r.note,
                          p);
    case Action::Escalate:
        if (!buyerWindowOpen(c.status))
            return notAllowed(c);
        return transition(c, ClaimStatus::PlatformIntervention, now, actors::buyer,
                          QStringLiteral("escalate"), r.note, p);
    case Action::Confirm:
        if (c.status != ClaimStatus::Shipped)
            return notAllowed(c);
        return transition(c, ClaimStatus::Completed, now, actors::buyer, QStringLiteral("confirm"), r.note,
                          p);
    case Action::Return:
        return buyerReturn(c, r, now, p);
    case Action::DecideForBuyer:
    case Action::DecideForMerchant: {
        if (c.status != ClaimStatus::InArbitration && c.status != ClaimStatus::PlatformIntervention)
            return refuse("not_before_platform",
                          QT_TRANSLATE_NOOP("aftersales::rules", "The claim is not before the platform."));
        if (r.action == Action::DecideForMerchant)
            return transition(c, ClaimStatus::Closed, now, actors::platform,
                              QStringLiteral("decide_merchant"), r.note, p);
        const bool goodsOwed = c.type == ClaimType::Reship || c.type == ClaimType::Exchange;
        return transition(c, goodsOwed ? ClaimStatus::AwaitingShipment : ClaimStatus::Refunded, now,
                          actors::platform, QStringLiteral("decide_buyer"), r.note, p);
    }
    }
    return notAllowed(c);
}

namespace
{

// The automatic step at a claim's deadline with what it costs: automaticStep() and
// atDeadline() both ask here.
struct Step {
    Decision decision;
    qint64 compensationCents = 0;
    qint64 refundCents = 0;
};

std::optional<Step> stepAtDeadline(const Claim &c, const Policy &p)
{
    if (!c.deadline)
        return std::nullopt;
    const QDateTime at = *c.deadline;
    const QString system = actors::system;
    switch (c.status) {
    case ClaimStatus::PendingReview:
        return Step{transition(c, approvedStatus(c.type), at, system, QStringLiteral("auto_approve"), {}, p)};
    case ClaimStatus::AwaitingShipment: {
        // Late shipment: the penalty and (for a reshipment, RULES.md §3.3.2) the
        // compensation, once per claim, in the same event.
        const qint64 compensation =
            c.type == ClaimType::Reship && c.compensationCents == 0 ? p.compensationCents : 0;
        const bool refundNow = c.reason == Reason::NeverReceived;
        Step s{transition(c, refundNow ? ClaimStatus::Refunded : ClaimStatus::ShipOverdue, at, system,
                          QStringLiteral("late_shipment"),
                          QStringLiteral("compensation_cents=%1").arg(compensation), p),
               compensation, 0};
        Decision &d = s.decision;
        d.claim.compensationCents += compensation;
        if (refundNow) {
            s.refundCents = d.claim.refundCents;
            d.events.first().detail += QStringLiteral("; refund_cents=%1").arg(d.claim.refundCents);
        }
        return s;
    }
    case ClaimStatus::PendingSecondReview:
        if (c.type == ClaimType::Exchange)
            return Step{transition(c, ClaimStatus::AwaitingShipment, at, system,
                                   QStringLiteral("auto_confirm_return"), {}, p)};
        return Step{transition(c, ClaimStatus::Refunded, at, system, QStringLiteral("auto_refund"), {}, p)};
    case ClaimStatus::Rejected:
    case ClaimStatus::SecondRejected:
    case ClaimStatus::ShipOverdue:
    case ClaimStatus::AwaitingBuyerReturn:
        return Step{transition(c, ClaimStatus::Closed, at, system, QStringLiteral("window_lapsed"), {}, p)};
    default:
        return std::nullopt;
    }
}

} // namespace

std::optional<Decision> automaticStep(const Claim &c, const Policy &p)
{
    std::optional<Step> s = stepAtDeadline(c, p);
    if (!s)
        return std::nullopt;
    return std::move(s->decision);
}

std::optional<DeadlineCost> atDeadline(const Claim &c, const Policy &p)
{
    const std::optional<Step> s = stepAtDeadline(c, p);
    if (!s)
        return std::nullopt;
    return DeadlineCost{s->decision.events.first().action, s->decision.claim.status, s->compensationCents,
                        s->refundCents};
}

namespace
{

// "compensation_cents=300; refund_cents=25900" → the value of `key`, 0 when absent.
qint64 detailValue(const QString &detail, QLatin1String key)
{
    for (const QString &part : detail.split(QLatin1Char(';'))) {
        const QString item = part.trimmed();
        if (item.startsWith(key) && item.mid(key.size()).startsWith(QLatin1Char('=')))
            return item.mid(key.size() + 1).toLongLong();
    }
    return 0;
}

} // namespace

StepCost stepCost(const QString &action, const QString &detail)
{
    // Only the late shipment costs anything of its own (stepAtDeadline): the compensation and,
    // for a reshipment never received, the full refund. An automatic approval or refund at a
    // review deadline pays what approving would have.
    if (action != QLatin1String("late_shipment"))
        return {};
    return {detailValue(detail, QLatin1String("compensation_cents")),
            detailValue(detail, QLatin1String("refund_cents"))};
}

QStringList costlySteps()
{
    return {QStringLiteral("late_shipment")};
}

QList<Decision> dueSteps(const Claim &claim, const QDateTime &now, const Policy &p)
{
    QList<Decision> steps;
    Claim current = claim;
    while (current.deadline && *current.deadline <= now) {
        std::optional<Decision> step = automaticStep(current, p);
        if (!step)
            break;
        current = step->claim;
        steps.append(*step);
    }
    return steps;
}

QList<Action> merchantActions(const Claim &c)
{
    QList<Action> out;
    for (Action a : {Action::Approve, Action::Reject, Action::Ship, Action::Refund}) {
        ActionRequest r;
        r.action = a;
        r.rejectCode = RejectCode::Other;
        r.carrier = QStringLiteral("shunfeng");
        r.trackingNo = QStringLiteral("SF0000000000000");
        // Ask the rules themselves, one instant inside the window, so the buttons can
        // never disagree with what acting would do. A bad-input answer means "allowed,
        // given the right input".
        const QDateTime inside = c.deadline ? c.deadline->addSecs(-1) : c.updatedAt;
        Result<Decision> d = act(c, r, inside, Policy{});
        if (d.outcome.rule != QLatin1String("action_not_allowed"))
            out.append(a);
    }
    return out;
}

} // namespace aftersales::rules
