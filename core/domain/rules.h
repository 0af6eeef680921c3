#pragma once

#include "domain/claim.h"
#include "domain/outcome.h"
#include "domain/policy.h"

#include <QDateTime>
#include <QList>

namespace aftersales
{

// What a merchant, the buyer or the platform asks to do to a claim.
enum class Action {
    Approve,
    Reject,
    Ship,
    Refund, // convert an exchange or a return to a refund (321 / 121)
    Cancel,
    Modify,
    Escalate,
    Confirm,
    Return,
    DecideForBuyer,
    DecideForMerchant,
};

struct ActionRequest {
    Action action = Action::Approve;
    QString actor; // operator name, or actors::buyer / actors::platform
    std::optional<RejectCode> rejectCode;
    QString note;
    QString carrier;
    QString trackingNo;
};

struct ApplyRequest {
    ClaimType type = ClaimType::Reship;
    Reason reason = Reason::Other;
    QString note;
};

// The next state of a claim and the events that record how it got there.
struct Decision {
    Claim claim;
    QList<Event> events;
};

// The platform's rules as pure functions of (claim, action, now, policy): no I/O, no clock.
namespace rules
{

// The buyer applies against `order`; `hasOpenClaim` says whether the order already has one.
Result<Decision> apply(const Order &order, const ApplyRequest &request, bool hasOpenClaim,
                       const QDateTime &now, const Policy &policy);
// The application itself, without asking whether the buyer may apply: the new claim, pending
// review from `at`, and its "apply" event by the buyer. What apply() decides when it allows
// it, and how a claim the platform already holds starts its trail.
Decision application(const Order &order, const ApplyRequest &request, const QDateTime &at,
                     const Policy &policy);

Result<Decision> act(const Claim &claim, const ActionRequest &request, const QDateTime &now,
                     const Policy &policy);

// The automatic step that happens at claim.deadline, stamped at it; nullopt when the
// claim has no deadline.
std::optional<Decision> automaticStep(const Claim &claim, const Policy &policy);

// What happens at a claim's deadline and what letting it pass costs the merchant.
struct DeadlineCost {
    QString step; // the automatic step's action: "auto_approve", "late_shipment", "window_lapsed", …
    ClaimStatus to = ClaimStatus::PendingReview;
    // The late-shipment compensation the buyer is paid (a reshipment's, once per claim).
    qint64 compensationCents = 0;
    // The full refund a late shipment makes instead of the goods owed. An approval at the
    // deadline (of a refund too) pays only what approving would have: no cost of lapsing.
    qint64 refundCents = 0;
};
// Asked of the very decision automaticStep() makes, so the money-at-risk strip, the detail
// pane's sentence and the sweep cannot disagree; nullopt when nothing happens by itself.
std::optional<DeadlineCost> atDeadline(const Claim &claim, const Policy &policy);

// What an automatic step's event says it cost the merchant, read back from the event the
// step wrote (its action and detail): what atDeadline() answered for that claim at that
// deadline. Zero for any other event.
struct StepCost {
    qint64 compensationCents = 0;
    qint64 refundCents = 0;
};
StepCost stepCost(const QString &action, const QString &detail);
// The automatic steps whose events can carry a cost (what a report needs to read).
QStringList costlySteps();

// The steps due by `now`, one after another (a step may open a window that has also
// lapsed by then), each at its own deadline.
QList<Decision> dueSteps(const Claim &claim, const QDateTime &now, const Policy &policy);

// The deadline a claim gets on entering `status` at `since`; nullopt where nothing
// happens automatically.
std::optional<QDateTime> deadlineFor(ClaimStatus status, const QDateTime &since, const Policy &policy);

// Final states: nobody acts any more.
bool isOpen(ClaimStatus status);
// The merchant acts next (for due_soon and the money-at-risk strip).
bool merchantActsNext(ClaimStatus status);
// Which actions the merchant can take in this status (for the window's buttons).
QList<Action> merchantActions(const Claim &claim);

} // namespace rules
} // namespace aftersales
