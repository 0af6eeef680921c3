#pragma once

#include "storage/storage.h"

#include <QDateTime>
#include <QList>

#include <functional>
#include <memory>

// Agents approving claims at once, each on a connection of its own (as desktops would), for
// bench_workbench's team figure.
namespace aftersales::bench
{

struct AgentsApproving {
    int acknowledged = 0;
    // Refused by the rules: another agent approved the claim first.
    int refused = 0;
    int failed = 0;
    double seconds = 0;
};

// Up to `count` claims pending review at `now` whose approval the rules allow at once (not
// exchanges or return refunds), by id.
QList<qint64> pendingReviews(const Storage &store, const QDateTime &now, int count);
// `agents` threads approve `ids` at `now`, each through a Workbench on a storage `open` gives
// it: agent i takes its own share (position % agents == i) first, then its neighbour's, so
// that every claim is wanted by two.
AgentsApproving approveAtOnce(const QList<qint64> &ids, int agents, const QDateTime &now,
                              const std::function<std::unique_ptr<Storage>()> &open);

} // namespace aftersales::bench
