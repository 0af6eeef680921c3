#pragma once

#include "storage/syncrecords.h"
#include "wirevalues.h"
#include "workbench.h"

#include <optional>

// From what the platform says of a claim to the claim the Workbench takes in (PLATFORM.md,
// "Pull"): the platform's codes read against the claim held here, since 27, 8 and 28 each
// stand for more than one of the workbench's statuses.
namespace aftersales::platform::claimfit
{

// A status as the platform's codes show it: 27 for both kinds of dispute, 8 for a late
// shipment, 28 for a withdrawal; otherwise RULES.md's code.
int wireStatus(ClaimStatus status);

// The status the platform's `code` means for a claim that stood at `prior` when the platform
// last said (or, for a claim read back, when the refused action was made), changed at
// `updateTime`. `arbitrating`: List's arbitrate_status (1: the platform is deciding, with the
// buyer's `reasonText` telling arbitration from intervention); nullopt from Detail, which
// does not say.
//  - 27 deciding → in_arbitration (一直未收到货) or platform_intervention; 27 from Detail keeps
//    a dispute or rejection held, else a reshipment never received is in arbitration;
//    otherwise rejected.
//  - 8 → ship_overdue when held so, or when the claim awaited shipment and its shipping
//    deadline had passed by `updateTime` (the late shipment happened on the platform);
//    otherwise awaiting_shipment.
//  - 28 → cancelled when held so (the buyer withdrew), otherwise closed.
ClaimStatus statusFor(int code, std::optional<bool> arbitrating, const QString &reasonText,
                      const Claim &prior, qint64 updateTime);

// A pulled claim fitted onto the claim held with that id: refused when the id is one of a
// claim made here (below localIdLimit, or held as a local-only claim); not newer when the
// update_time is not past the one held; otherwise the claim to take in.
Workbench::PlatformFit pulled(const PlatformClaim &item, const std::optional<Claim> &held);

// The claim read back with afterSale/Detail after `refused` (the claim's first refused action)
// was refused, fitted onto `held` (which still shows the local effect of the refused actions,
// `shipped` when one of them entered a tracking number). A platform unchanged since the
// action's base stands where the action started from.
Workbench::PlatformFit readBack(const ClaimDetail &detail, const Claim &held, const OutboxEntry &refused,
                                bool shipped);

} // namespace aftersales::platform::claimfit
