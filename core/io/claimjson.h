#pragma once

#include "domain/claim.h"

#include <QJsonObject>

namespace aftersales::claimjson
{

// A claim as `show --json` and `list --json` print it (CLI.md): names from RULES.md,
// times as ISO 8601 UTC with Z, money in fen. The platform's codes ride along.
QJsonObject toJson(const Claim &claim);
QJsonObject toJson(const Event &event);
QJsonObject toJson(const Claim &claim, const QList<Event> &events);

} // namespace aftersales::claimjson
