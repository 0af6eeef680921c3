#pragma once

#include "domain/outcome.h"

#include <functional>

namespace aftersales
{
class Storage;

// `aftersales copy --to`: a whole database moved into an empty one (a shop's SQLite file onto
// the team's PostgreSQL server), every id, version, assignee and event (with its actor) kept,
// and the platform sync's state with them (each claim's, the queued actions, the shop
// connection), in one transaction of the target: all of it arrives, or nothing does.
namespace databasecopy
{

struct Copied {
    qint64 orders = 0;
    qint64 claims = 0;
    qint64 events = 0;
    qint64 actions = 0; // queued platform actions (outbox rows), sent or not
};

// Refuses a target that holds anything, or that is connected to another shop than the
// source. `progress(claimsDone, claimsTotal)` may return false to stop (nothing is kept then).
Result<Copied> copy(const Storage &from, Storage &to,
                    const std::function<bool(qint64, qint64)> &progress = {});

} // namespace databasecopy
} // namespace aftersales
