#pragma once

#include "domain/claim.h"

#include <QDateTime>
#include <QList>
#include <QStringList>
#include <QVariant>

#include <optional>

// What a list asks of the storage: plain values, the same for every backend.
namespace aftersales
{

// The quick filters of the workbench (CLI.md). AtRisk is the money-at-risk strip's own.
enum class QuickFilter {
    All,
    PendingReview,
    ExchangeReshipPending,
    AwaitingShipment,
    DueSoon,
    Overdue,
    Platform,
    AtRisk,
    // 我的待处理: assigned to ClaimQuery::me, and the merchant acts next.
    MyPending,
    SyncFailed
};

namespace quickfilters
{
QString name(QuickFilter q);
std::optional<QuickFilter> parse(const QString &name);
QString label(QuickFilter q);
// The filters shown in the bar, in order.
QList<QuickFilter> bar();

// How far ahead the money-at-risk strip looks.
constexpr qint64 atRiskSecs = 24 * 3600;

// What a quick filter means, for every backend to turn into its own query: claims of these
// types (empty: any) in these statuses (empty: any) whose deadline falls before the limit,
// and (mine) assigned to ClaimQuery::me, and with `syncFailed` only the platform claims whose
// action the platform refused and the merchant has not seen yet (SyncState::Failed).
struct Definition {
    enum class Until { Any, DueSoon, AtRisk };
    QList<ClaimType> types;
    QList<ClaimStatus> statuses;
    Until until = Until::Any;
    bool mine = false;
    bool syncFailed = false;
};
Definition definition(QuickFilter q);
} // namespace quickfilters

enum class SortKey { Deadline, Id, OrderId, Type, Status, Amount, Applied };

// A span of time [from, to): `from` included, `to` not; an end left empty is open.
struct TimeSpan {
    std::optional<QDateTime> from;
    std::optional<QDateTime> to;
};

// How a claim's first review, or its first shipping window, ended (reports; the values are
// stored by both backends).
enum class WindowEnd {
    // An operator acted: approved, rejected or converted to a refund in review; shipped
    // (the replacement's tracking number) in the shipping window.
    Merchant = 1,
    // The automatic step at the deadline (system): auto_approve; late_shipment.
    Automatic = 2,
    // Anybody else ended it: the buyer withdrew, the platform decided or took the claim
    // over; in the shipping window also an operator who converted the claim to a refund.
    Other = 3,
};

// Claims that had an automatic step (an event by "system") of this action within `at`,
// with one of these details (none: no claim matches).
struct StepFilter {
    QString action;
    TimeSpan at;
    QStringList details;
};

// What a list shows. Everything is filtered, sorted and counted by the storage.
struct ClaimQuery {
    QuickFilter quick = QuickFilter::All;
    std::optional<ClaimType> type;
    // Any of these types (empty: no restriction); the window's "Refund only" is two types.
    QList<ClaimType> types;
    std::optional<ClaimStatus> status;
    std::optional<int> flag; // the platform's order_flag, 0 (none) to 5 (red)
    // Only the claims this agent holds; an empty name: the claims nobody holds.
    std::optional<QString> assignee;
    // Who "mine" is for MyPending: the operator name (SQLite) or the connected role
    // (PostgreSQL, Storage::connectedRole()). Empty: MyPending matches nothing.
    QString me;
    QString search;
    // Drill-downs from a report (core/report/drilldown.h), each narrowing further:
    // applied for within the span; the deadline within the span (claims without one never
    // match); in any of these statuses (empty: any); for this buyer's reason; on an order of
    // this product title, exactly.
    std::optional<TimeSpan> applied;
    std::optional<TimeSpan> deadline;
    QList<ClaimStatus> statuses;
    std::optional<Reason> reason;
    std::optional<QString> product;
    // The claim's first review ended in one of these ways (empty: no restriction). A claim
    // still in its first review never matches a non-empty list.
    QList<WindowEnd> firstReviewEnd;
    // The claim's first shipping window (status awaiting_shipment) opened within the span and
    // ended in one of these ways.
    std::optional<TimeSpan> shipmentOpened;
    QList<WindowEnd> firstShipmentEnd;
    // The merchant's first action on the claim (the first status change by an operator) was
    // this operator's.
    std::optional<QString> firstActor;
    std::optional<StepFilter> step;
    // The time due_soon and at_risk are relative to, and the due-soon threshold: stamped
    // by ClaimReader (from the clock and the policy), never set by hand.
    QDateTime now;
    qint64 dueSoonSecs = 12 * 3600;
    SortKey sort = SortKey::Deadline;
    bool descending = false;
};

// Whether `claim` belongs to the list `query` describes, its search aside (only the storage
// matches a search): the conditions every backend turns into its own query, for a claim
// already in memory, so that a claim just changed leaves a list it no longer belongs to.
bool holdsApartFromSearch(const ClaimQuery &query, const Claim &claim);
// Whether a report's drill-down narrows the query (any of ClaimQuery::applied … ::step).
bool isDrillDown(const ClaimQuery &query);
// `query` narrowed by what `drill` sets: its type, types and status when set, and every
// drill-down field.
void narrow(ClaimQuery &query, const ClaimQuery &drill);

// Where the next page starts (keyset pagination): the last row's sort value and id.
struct PageKey {
    QVariant sortValue;
    qint64 id = 0;
};

struct Page {
    QList<Claim> claims;
    std::optional<PageKey> next; // none: this was the last page
};

// Claims a query matches that are alike for the rules, counted: what the rules price
// (the money-at-risk strip) without the storage knowing what anything costs.
struct ClaimGroup {
    ClaimType type = ClaimType::Reship;
    ClaimStatus status = ClaimStatus::PendingReview;
    Reason reason = Reason::Other;
    bool compensated = false;  // the late-shipment compensation is paid already
    bool refundAgreed = false; // the claim carries a refund amount of its own
    qint64 claims = 0;
    qint64 amountCents = 0; // their orders' amounts, summed
    qint64 refundCents = 0; // their own refund amounts, summed
};

} // namespace aftersales
