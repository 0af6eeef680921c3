#pragma once

// Core's domain, the one place the simulator includes it from: claim values, names and
// codes, carriers, the policy, the rules and the clock. When core's folders move, only
// this file follows.
#include "domain/carriers.h"
#include "domain/claim.h"
#include "domain/clock.h"
#include "domain/names.h"
#include "domain/policy.h"
#include "domain/rules.h"
