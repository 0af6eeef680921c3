#pragma once

#include "domain/claim.h"
#include "storage/claimquery.h"

#include <QDateTime>
#include <QList>
#include <QString>

// What the storage counts for a report (core/report): plain rows, the same for every
// backend. The storage only counts; rates, medians, money and buckets in the user's time
// zone are worked out above it, and what an automatic step cost is the rules' answer.
namespace aftersales
{

// Instants that cut a span of time into buckets, ascending: bucket i is
// [bounds[i], bounds[i + 1]), so n + 1 bounds make n buckets. The caller makes them (days
// and weeks in the user's time zone); a backend only compares instants with them.
using Bounds = QList<QDateTime>;

namespace reportrows
{

// Claims of a type in a bucket.
struct TypeCount {
    int bucket = 0;
    ClaimType type = ClaimType::Reship;
    qint64 claims = 0;
};

// Claims on orders of a product (its title) for a buyer's reason.
struct ProductReasonCount {
    QString product;
    Reason reason = Reason::Other;
    qint64 claims = 0;
};

// Claims in a bucket whose first review or first shipping window ended this way.
struct WindowEndCount {
    int bucket = 0;
    WindowEnd end = WindowEnd::Merchant;
    qint64 claims = 0;
};

// Automatic steps in a bucket with this action and detail (the detail says what one cost).
struct StepCount {
    int bucket = 0;
    QString action;
    QString detail;
    qint64 events = 0;
};

// Claims whose first merchant action was this operator's.
struct OperatorCount {
    QString operatorName;
    qint64 claims = 0;
};

} // namespace reportrows
} // namespace aftersales
