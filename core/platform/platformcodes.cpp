#include "platformcodes.h"

#include "domain/names.h"

namespace aftersales::platform::codes
{

ClaimStatus domainStatus(const PlatformClaim &claim)
{
    if (claim.arbitrateStatus == 1)
        return reasonFromText(claim.reasonText) == Reason::NeverReceived ? ClaimStatus::InArbitration
                                                                         : ClaimStatus::PlatformIntervention;
    // The parser admits only codes the names table knows.
    return names::statusFromPlatformCode(claim.statusCode).value_or(ClaimStatus::PendingReview);
}

std::optional<Reason> reasonFromText(const QString &reasonText)
{
    const QString text = reasonText.trimmed();
    if (text == QStringLiteral("一直未收到货"))
        return Reason::NeverReceived;
    if (text == QStringLiteral("商家少发/漏发"))
        return Reason::MissingItems;
    if (text == QStringLiteral("其他"))
        return Reason::Other;
    if (text == QStringLiteral("质量问题"))
        return Reason::QualityIssue;
    if (text == QStringLiteral("商家发错货"))
        return Reason::WrongItem;
    if (text == QStringLiteral("与商品描述不符"))
        return Reason::NotAsDescribed;
    if (text == QStringLiteral("不想要了"))
        return Reason::NoLongerNeeded;
    return std::nullopt;
}

} // namespace aftersales::platform::codes
