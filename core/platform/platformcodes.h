#pragma once

#include "wirevalues.h"

#include <optional>

// From the platform's codes and wording to the workbench's names (RULES.md, PLATFORM.md),
// through the domain's names table where it has the code.
namespace aftersales::platform::codes
{

// arbitrate_status 1 (the platform is deciding): in_arbitration when the buyer's reason is
// 一直未收到货, else platform_intervention; otherwise the status of aftersale_status.
ClaimStatus domainStatus(const PlatformClaim &claim);
// 一直未收到货, 商家少发/漏发, 其他, 质量问题, 商家发错货, 与商品描述不符, 不想要了; std::nullopt
// for a wording the workbench has no reason for.
std::optional<Reason> reasonFromText(const QString &reasonText);

} // namespace aftersales::platform::codes
