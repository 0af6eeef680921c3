#pragma once

#include "domain/claim.h"
#include "domain/outcome.h"
#include "report/period.h"

#include <QMap>
#include <QStringList>

#include <optional>

namespace aftersales
{
class Workbench;
}

// What a shop owner reads on Monday: where claims come from and what missed deadlines
// cost, over a period in the user's time zone (README, "Insight"). The storage counts over
// its indexes (storage.h, "Reports"); rates, medians, money and buckets are worked out here,
// and what an automatic step cost is the rules' answer (rules::stepCost).
namespace aftersales::report
{

// Claims applied for on one day, by type.
struct DayRow {
    Bucket day;
    QMap<ClaimType, qint64> byType; // every type, 0 included
    qint64 total() const;
};

// Reshipment claims on one product, by the buyer's reason.
struct ProductRow {
    QString product;
    QMap<Reason, qint64> byReason; // never_received, missing_items, other; 0 included
    qint64 total() const;
};

// Of the claims whose deadline fell in a span: acted on by the merchant before it, and
// reached by the automatic step at it.
struct OnTime {
    qint64 onTime = 0;
    qint64 late = 0;
    qint64 due() const { return onTime + late; }
    // onTime / due; none when nothing was due.
    std::optional<double> rate() const;
};

// One week (Monday to Sunday, clipped to the period).
struct WeekRow {
    Bucket week;
    OnTime review;   // first reviews whose deadline fell in the week
    OnTime shipment; // first shipping windows whose deadline fell in the week
    // Money lost to deadlines in the week: the late-shipment compensations and the automatic
    // full refunds, as the automatic steps of the week recorded them, and how many.
    qint64 compensationCents = 0;
    qint64 compensations = 0;
    qint64 autoRefundCents = 0;
    qint64 autoRefunds = 0;
    // The details of the week's late-shipment events that cost a compensation / a refund:
    // what finds exactly those claims (drilldown.h).
    QStringList compensationDetails;
    QStringList refundDetails;
};

// The merchant's first action on the claims applied for in the period, per operator.
struct OperatorRow {
    QString name;
    qint64 claims = 0;     // claims whose first action was this operator's
    qint64 medianSecs = 0; // from the application to that action
};

// Today's backlog: claims waiting for the merchant, by the time left to their deadline.
enum class BacklogBucket { Overdue, Under12h, Under24h, Later };
struct Backlog {
    QMap<BacklogBucket, qint64> claims; // every bucket, 0 included
};

struct Report {
    Period period;
    QDateTime now;
    qint64 claims = 0; // applied for in the period
    QMap<ClaimType, qint64> byType;
    QList<DayRow> days;
    QList<ProductRow> products; // most claims first, then by title
    QList<WeekRow> weeks;
    OnTime review;   // the whole period
    OnTime shipment; // the whole period
    qint64 compensationCents = 0;
    qint64 autoRefundCents = 0;
    QList<OperatorRow> operators; // by name
    Backlog backlog;
};

// The report over `period`, read through the workbench's storage, with its policy and clock
// (the backlog is as of the clock's now).
Result<Report> build(const Workbench &workbench, const Period &period);

// The buckets of the backlog in order, and the reasons of reshipment in order.
QList<BacklogBucket> backlogBuckets();
QList<Reason> reshipReasons();
// The median of values sorted ascending: the middle one, or the two middle ones' mean
// rounded down to the second.
qint64 median(const QList<qint64> &middle, qint64 count);

} // namespace aftersales::report
