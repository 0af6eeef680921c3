#pragma once

#include "domain/policy.h"
#include "report/report.h"
#include "storage/claimquery.h"

// What a report's figure counted, as a list query: clicking a bar or a slice of the Insight
// view lists exactly these claims (tests/core/tst_report checks every figure against its
// list). Each comes with a sentence saying which claims these are.
namespace aftersales::report::drilldown
{

struct DrillDown {
    ClaimQuery query;
    QString description;
};

// Claims of `type` applied for on the day.
DrillDown day(const DayRow &day, ClaimType type);
// Reshipments on orders of `product` for `reason`, applied for in the period.
DrillDown product(const Period &period, const QString &product, Reason reason);
// Claims whose first review / first shipping window had its deadline in the week and was
// either acted on in time or reached by the automatic step (the on-time rate's claims).
DrillDown reviews(const WeekRow &week, const Policy &policy);
DrillDown shipments(const WeekRow &week, const Policy &policy);
// Claims paid a late-shipment compensation / refunded in full automatically in the week.
DrillDown compensations(const WeekRow &week);
DrillDown autoRefunds(const WeekRow &week);
// Claims applied for in the period on which `operatorName` took the merchant's first action.
DrillDown firstActions(const Period &period, const QString &operatorName);
// Claims waiting for the merchant now, with this much time left.
DrillDown backlog(BacklogBucket bucket, const QDateTime &now);

// The span of application times whose review deadline falls in `span`; of first shipping
// windows opened whose shipping deadline falls in it: what the rules' durations move it by.
qint64 reviewSecs(const Policy &policy);
qint64 shipSecs(const Policy &policy);

} // namespace aftersales::report::drilldown
