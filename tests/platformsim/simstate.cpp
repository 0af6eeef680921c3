#include "simstate.h"

namespace aftersales::platformsim
{

SimState::SimState(SimConfig initial) : config(std::move(initial)), machine(book, Policy::defaults())
{
    if (config.now)
        clock.set(*config.now);
    tokens.setAccessTtl(config.tokenTtlSecs);
    tokens.setRefreshTtl(config.refreshTtlSecs);
    faults.setSeed(config.faultSeed);
}

} // namespace aftersales::platformsim
