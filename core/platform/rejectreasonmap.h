#pragma once

#include "domain/claim.h"
#include "wirevalues.h"

#include <QList>

#include <optional>

namespace aftersales::platform
{

// The workbench's reject reason codes onto the platform's list (afterSale/rejectReasonCodeList),
// matched by the platform's wording, since its numbers are its own: 与买家协商一致 by
// "协商一致", 缺货 by "缺货", 物流显示已签收 by "签收", 其他 by "其他". A code without a match
// falls back to the platform's 其他; without that either, there is no code to send.
class RejectReasonMap
{
public:
    RejectReasonMap() = default;
    explicit RejectReasonMap(const QList<RejectReason> &platformList);

    // Whether the platform's list was read.
    bool isKnown() const { return m_known; }
    std::optional<int> codeFor(RejectCode code) const;

private:
    bool m_known = false;
    std::optional<int> m_codes[4]; // by RejectCode - 1
    std::optional<int> m_other;
};

} // namespace aftersales::platform
