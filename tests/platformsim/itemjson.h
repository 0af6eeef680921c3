#pragma once

#include "simclaim.h"

#include <QJsonObject>

namespace aftersales::platformsim::itemjson
{

// aftersale_status as the platform reports it: RULES.md's code, 27 for a claim before
// the platform (with arbitrate_status 1), 8 for ship_overdue, 28 for cancelled.
int platformStatus(ClaimStatus status);
int arbitrateStatus(ClaimStatus status);
// The buyer's reason as the platform words it (reason_text).
QString reasonText(Reason reason);

// One afterSale/List item, in PLATFORM.md's shape, ids as strings.
QJsonObject listItem(const SimClaim &c);
// afterSale/Detail's data.process_info.after_sale_info.
QJsonObject detailInfo(const SimClaim &c);

} // namespace aftersales::platformsim::itemjson
