#pragma once

#include "claimbook.h"
#include "faults.h"
#include "requestlog.h"
#include "simclock.h"
#include "simconfig.h"
#include "statemachine.h"
#include "tokens.h"

namespace aftersales::platformsim
{

// Everything the simulated platform knows, shared by its platform and control sides.
struct SimState {
    explicit SimState(SimConfig initial);

    SimConfig config;
    SimClock clock;
    ClaimBook book;
    StateMachine machine;
    TokenStore tokens;
    FaultPlan faults;
    RequestLog log;

    qint64 now() const { return clock.nowSecs(); }
    // The automatic steps due by now, before anyone looks at or changes a claim.
    int catchUp() { return machine.applyDue(clock.nowSecs()); }
};

} // namespace aftersales::platformsim
