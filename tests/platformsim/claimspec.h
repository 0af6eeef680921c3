#pragma once

#include "domain.h"
#include "simclaim.h"

#include <QJsonObject>

#include <optional>

namespace aftersales::platformsim
{

class ClaimBook;

// A claim the control API describes by hand, every field optional (docs/platform-simulator.md
// lists them and their defaults). `error` says why it cannot be one.
std::optional<SimClaim> claimFromSpec(const QJsonObject &spec, ClaimBook &book, qint64 now,
                                      const Policy &policy, QString *error);

// A time in the control API: Unix seconds, or an ISO 8601 text with its offset.
std::optional<qint64> parseTime(const QJsonValue &value);

} // namespace aftersales::platformsim
