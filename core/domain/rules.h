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
