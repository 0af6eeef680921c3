#pragma once

// Core's domain, the one place the simulator includes it from: claim values, names and
// codes, carriers, the policy, the rules and the clock. When core's folders move, only
// this file follows.
#include "carriers.h"
#include "claim.h"
#include "clock.h"
#include "names.h"
#include "policy.h"
#include "rules.h"
