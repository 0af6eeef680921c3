#pragma once

#include "insighthistory.h"
#include "report/report.h"

#include <map>
#include <memory>

namespace aftersales::testing
{

// The InsightHistory on each backend with its two reports, built once per backend for the
// test process that asks: the week of Monday 2026-11-16 and Thursday 11-19 to Tuesday 11-24
// (two weeks, each clipped to the period), in Asia/Shanghai.
class InsightReports
{
public:
    struct Built {
        std::unique_ptr<InsightHistory> history;
        report::Report week;
        report::Report across;
    };

    Built &on(Backend backend);
    // [11-16 00:00, 11-23 00:00).
    static report::Period week();
    static report::Period acrossWeeks();

private:
    std::map<Backend, Built> m_built;
};

} // namespace aftersales::testing
