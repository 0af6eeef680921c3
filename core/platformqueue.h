#pragma once

#include "domain/claim.h"
#include "domain/outcome.h"
#include "domain/rules.h"
#include "storage/syncrecords.h"

// What a merchant's action on a platform claim sends to the platform (PLATFORM.md, "Push"):
// the outbox row the Workbench writes in the same transaction as the local change.
namespace aftersales::platformqueue
{

// The buyer's moves and the platform's decisions on a platform claim: refused here, since
// they happen on the platform and a pull brings them.
bool happensOnPlatform(Action action);

// The row for `request` on `before` (a platform claim), which the rules took to `after`; or
// a refusal naming the rule when the platform has no operation for it (a rejection of a
// refund before shipping), or needs what the action does not carry (an exchange's return is
// confirmed on the platform together with the new item's shipment).
Result<OutboxEntry> entryFor(const Claim &before, const Claim &after, const ActionRequest &request,
                             const QDateTime &now);

} // namespace aftersales::platformqueue
