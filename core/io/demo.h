#pragma once

#include "domain/outcome.h"

#include <functional>

namespace aftersales
{

class Workbench;

namespace demo
{

// Adds `count` realistic synthetic claims (Chinese order ids, buyers, products of smart
// home and other categories, every type and status, deadlines spread around now, some
// overdue), the same for the same seed. `progress(done, total)` may return false to
// cancel; what was added so far stays (each claim is written whole).
Outcome generate(Workbench &workbench, int count, quint32 seed,
                 const std::function<bool(int, int)> &progress = {});

} // namespace demo
} // namespace aftersales
