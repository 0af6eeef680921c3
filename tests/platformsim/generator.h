#pragma once

#include "domain.h"

#include <QList>

namespace aftersales::platformsim
{

class ClaimBook;

namespace generator
{

// Adds `count` realistic synthetic claims: every type, statuses reached by living through
// core's rules from an application in the last weeks up to `now` (so deadlines fall on
// both sides of now), smart-home products for reshipments, 16-19 digit aftersale ids,
// 19-digit order ids. The same seed on the same book at the same `now` makes the same
// claims. Returns their ids in the order they were made.
QList<quint64> generate(ClaimBook &book, int count, quint32 seed, qint64 now, const Policy &policy);

} // namespace generator
} // namespace aftersales::platformsim
