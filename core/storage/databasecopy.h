#pragma once

#include "domain/outcome.h"

#include <functional>

namespace aftersales
{
class Storage;

// `aftersales copy --to`: a whole database moved into an empty one (a shop's SQLite file onto
// the team's PostgreSQL server), every id, version, assignee and event (with its actor) kept,
// in one transaction of the target: all of it arrives, or nothing does.
namespace databasecopy
{

struct Copied {
    qint64 orders = 0;
    qint64 claims = 0;
    qint64 events = 0;
};

// Refuses a target that holds anything. `progress(claimsDone, claimsTotal)` may return false
// to stop (nothing is kept then).
Result<Copied> copy(const Storage &from, Storage &to,
                    const std::function<bool(qint64, qint64)> &progress = {});

} // namespace databasecopy
} // namespace aftersales
