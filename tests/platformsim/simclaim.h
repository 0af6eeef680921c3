#pragma once

#include "domain.h"

namespace aftersales::platformsim
{

// A claim as the simulated platform holds it: core's claim (type, reason, status,
// deadline, shipments, the order) under the platform's id and times, in Unix seconds.
struct SimClaim {
    quint64 id = 0; // aftersale_id: up to 19 digits, past 2^53
    Claim claim;
    qint64 applyTime = 0;
    qint64 updateTime = 0;

    qint64 deadlineSecs() const { return claim.deadline ? claim.deadline->toSecsSinceEpoch() : 0; }
};

} // namespace aftersales::platformsim
