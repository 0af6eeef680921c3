#include "report/report.h"

#include "domain/names.h"
#include "domain/rules.h"
#include "logcategories.h"
#include "report/drilldown.h"
#include "storage/storage.h"
#include "workbench.h"

#include <QElapsedTimer>

#include <algorithm>
#include <functional>

namespace aftersales::report
{

qint64 DayRow::total() const
{
    qint64 n = 0;
    for (qint64 v : byType)
        n += v;
    return n;
}

qint64 ProductRow::total() const
{
    qint64 n = 0;
    for (qint64 v : byReason)
        n += v;
    return n;
}

std::optional<double> OnTime::rate() const
{
    if (due() == 0)
        return std::nullopt;
    return double(onTime) / double(due());
}

QList<BacklogBucket> backlogBuckets()
{
    return {BacklogBucket::Overdue, BacklogBucket::Under12h, BacklogBucket::Under24h, BacklogBucket::Later};
}

QList<Reason> reshipReasons()
{
    return names::reasonsFor(ClaimType::Reship);
}

qint64 median(const QList<qint64> &middle, qint64 count)
{
    if (middle.isEmpty())
        return 0;
    if (count % 2 == 1 || middle.size() < 2)
        return middle.first();
    // Two middle values: their mean, rounded down (both are whole seconds).
    return middle.at(0) + (middle.at(1) - middle.at(0)) / 2;
}

namespace
{

Outcome byDay(const Storage &storage, Report &r)
{
    const QList<Bucket> days = period::dayBuckets(r.period);
    for (const Bucket &b : days) {
        DayRow row{b, {}};
        for (ClaimType t : names::allTypes())
            row.byType.insert(t, 0);
        r.days.append(row);
    }
    for (ClaimType t : names::allTypes())
        r.byType.insert(t, 0);
    const Result<QList<reportrows::TypeCount>> counts = storage.claimsByType(period::bounds(days));
    if (!counts.ok())
        return counts.outcome;
    for (const reportrows::TypeCount &c : *counts) {
        r.days[c.bucket].byType[c.type] += c.claims;
        r.byType[c.type] += c.claims;
        r.claims += c.claims;
    }
    return Outcome::success();
}

Outcome byProduct(const Storage &storage, Report &r)
{
    const Result<QList<reportrows::ProductReasonCount>> counts =
        storage.claimsByProduct(ClaimType::Reship, r.period.from, r.period.to);
    if (!counts.ok())
        return counts.outcome;
    QMap<QString, ProductRow> rows;
    for (const reportrows::ProductReasonCount &c : *counts) {
        ProductRow &row = rows[c.product];
        if (row.byReason.isEmpty()) {
            row.product = c.product;
            for (Reason reason : reshipReasons())
                row.byReason.insert(reason, 0);
        }
        row.byReason[c.reason] += c.claims;
    }
    r.products = rows.values();
    std::stable_sort(r.products.begin(), r.products.end(),
                     [](const ProductRow &a, const ProductRow &b) { return a.total() > b.total(); });
    return Outcome::success();
}

void addEnds(const QList<reportrows::WindowEndCount> &ends, QList<WeekRow> &weeks, OnTime WeekRow::*which,
             OnTime &total)
{
    for (const reportrows::WindowEndCount &e : ends) {
        OnTime &week = weeks[e.bucket].*which;
        if (e.end == WindowEnd::Merchant) {
            week.onTime += e.claims;
            total.onTime += e.claims;
        } else if (e.end == WindowEnd::Automatic) {
            week.late += e.claims;
            total.late += e.claims;
        }
    }
}

Outcome byWeek(const Storage &storage, const Policy &policy, Report &r)
{
    const QList<Bucket> weeks = period::weekBuckets(r.period);
    for (const Bucket &b : weeks) {
        WeekRow row;
        row.week = b;
        r.weeks.append(row);
    }
    // A review's deadline is its application plus the review window, a shipment's the
    // window's opening plus the shipping window (rules::deadlineFor): the storage counts
    // claims by those instants, moved back by the windows' lengths.
    const Result<QList<reportrows::WindowEndCount>> reviews =
        storage.firstReviewEnds(period::bounds(weeks, -drilldown::reviewSecs(policy)));
    if (!reviews.ok())
        return reviews.outcome;
    addEnds(*reviews, r.weeks, &WeekRow::review, r.review);
    const Result<QList<reportrows::WindowEndCount>> shipments =
        storage.firstShipmentEnds(period::bounds(weeks, -drilldown::shipSecs(policy)));
    if (!shipments.ok())
        return shipments.outcome;
    addEnds(*shipments, r.weeks, &WeekRow::shipment, r.shipment);

    const Result<QList<reportrows::StepCount>> steps =
        storage.automaticSteps(period::bounds(weeks), rules::costlySteps());
    if (!steps.ok())
        return steps.outcome;
    for (const reportrows::StepCount &s : *steps) {
        const rules::StepCost cost = rules::stepCost(s.action, s.detail);
        WeekRow &week = r.weeks[s.bucket];
        if (cost.compensationCents > 0) {
            week.compensationCents += cost.compensationCents * s.events;
            week.compensations += s.events;
            week.compensationDetails.append(s.detail);
        }
        if (cost.refundCents > 0) {
            week.autoRefundCents += cost.refundCents * s.events;
            week.autoRefunds += s.events;
            week.refundDetails.append(s.detail);
        }
    }
    for (WeekRow &week : r.weeks) {
        week.compensationDetails.sort();
        week.refundDetails.sort();
        r.compensationCents += week.compensationCents;
        r.autoRefundCents += week.autoRefundCents;
    }
    return Outcome::success();
}

Outcome byOperator(const Storage &storage, Report &r)
{
    const Result<QList<reportrows::OperatorCount>> counts = storage.firstActions(r.period.from, r.period.to);
    if (!counts.ok())
        return counts.outcome;
    for (const reportrows::OperatorCount &c : *counts) {
        // The middle one of an odd count; the two middle ones of an even count.
        const qint64 rank = (c.claims - 1) / 2;
        const Result<QList<qint64>> middle =
            storage.firstActionDelays(c.operatorName, r.period.from, r.period.to, rank, c.claims % 2 ? 1 : 2);
        if (!middle.ok())
            return middle.outcome;
        r.operators.append({c.operatorName, c.claims, median(*middle, c.claims)});
    }
    std::sort(r.operators.begin(), r.operators.end(),
              [](const OperatorRow &a, const OperatorRow &b) { return a.name < b.name; });
    return Outcome::success();
}

Outcome backlog(const Workbench &workbench, Report &r)
{
    for (BacklogBucket b : backlogBuckets()) {
        const Result<qint64> n = workbench.reader().count(drilldown::backlog(b, r.now).query);
        if (!n.ok())
            return n.outcome;
        r.backlog.claims.insert(b, *n);
    }
    return Outcome::success();
}

} // namespace

Result<Report> build(const Workbench &workbench, const Period &period)
{
    Report r;
    r.period = period;
    r.now = workbench.now();
    const Storage &storage = workbench.storage();
    QElapsedTimer timer;
    timer.start();
    const std::pair<const char *, std::function<Outcome()>> steps[] = {
        {"by day", [&] { return byDay(storage, r); }},
        {"by product", [&] { return byProduct(storage, r); }},
        {"by week", [&] { return byWeek(storage, workbench.policy(), r); }},
        {"by operator", [&] { return byOperator(storage, r); }},
        {"backlog", [&] { return backlog(workbench, r); }},
    };
    for (const auto &[name, step] : steps) {
        if (Outcome o = step(); !o.ok())
            return o;
        qCDebug(lcTiming) << "report" << name << "in" << timer.restart() << "ms";
    }
    return r;
}

} // namespace aftersales::report
