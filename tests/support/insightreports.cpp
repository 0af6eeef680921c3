#include "insightreports.h"

namespace aftersales::testing
{

report::Period InsightReports::week()
{
    return report::period::days(QDate(2026, 11, 16), QDate(2026, 11, 22), InsightHistory::zone());
}

report::Period InsightReports::acrossWeeks()
{
    return report::period::days(QDate(2026, 11, 19), QDate(2026, 11, 24), InsightHistory::zone());
}

InsightReports::Built &InsightReports::on(Backend backend)
{
    Built &built = m_built[backend];
    if (built.history)
        return built;
    built.history = std::make_unique<InsightHistory>(backend);
    Result<report::Report> w = report::build(built.history->db().workbench(), week());
    if (!w.ok())
        qFatal("report of the week: %s", qPrintable(w.outcome.message));
    built.week = *w;
    Result<report::Report> a = report::build(built.history->db().workbench(), acrossWeeks());
    if (!a.ok())
        qFatal("report across weeks: %s", qPrintable(a.outcome.message));
    built.across = *a;
    return built;
}

} // namespace aftersales::testing
