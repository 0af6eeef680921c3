#pragma once

#include "report/report.h"

#include <QJsonObject>

namespace aftersales::report
{

// `aftersales report --json`: {"from", "to", "claims", "by_type", "by_day",
// "reship_reasons_by_product", "review_on_time_rate", "ship_on_time_rate",
// "compensation_cents", "auto_refund_cents", "first_action_median_s_by_operator"} with the
// names of RULES.md, times as ISO 8601 UTC, days as dates in the report's time zone, rates
// from 0 to 1 or null when nothing was due.
QJsonObject toJson(const Report &report);

} // namespace aftersales::report
