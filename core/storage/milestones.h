#pragma once

#include "domain/claim.h"
#include "storage/claimquery.h"

#include <QDateTime>
#include <QList>

#include <optional>

// What the reports read of a claim's audit trail (storage.h, "Reports"): a backend keeps
// these with the claim as its events are written — insertClaim(), updateClaim() and
// insertEvents() — so that reports count claims over an index instead of reading trails.
// Each is set by the first event that reaches it and never changes after.
namespace aftersales::milestones
{

struct Milestones {
    // The merchant's first action: the first event by an operator (any actor but buyer,
    // platform and system) whose `from` and `to` differ.
    std::optional<QDateTime> firstActionAt;
    QString firstActor;
    // How the first review ended: the first event from pending_review to another status.
    std::optional<WindowEnd> reviewEnd;
    // When the first shipping window opened (the first event into awaiting_shipment from
    // another status) and how it ended (the first event out of it to another status).
    std::optional<QDateTime> shipStart;
    std::optional<WindowEnd> shipEnd;

    bool isEmpty() const { return !firstActionAt && !reviewEnd && !shipStart && !shipEnd; }
};

// Whether `actor` is one of the merchant's people (not buyer, platform or system).
bool isOperator(const QString &actor);
// `m` with what `events` (oldest first) reach of what it has not got yet.
Milestones advance(Milestones m, const QList<Event> &events);

} // namespace aftersales::milestones
