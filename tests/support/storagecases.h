#pragma once

#include "domain/claim.h"

#include <QString>

namespace aftersales::testing
{

// A shipped smart-home order of 259.00 (小王's 智能门锁), shipped three days before
// TempDatabase's default start: what the storage tests write and read back.
Order sampleOrder(const QString &id);

} // namespace aftersales::testing
