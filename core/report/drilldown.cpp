#include "report/drilldown.h"

#include "domain/names.h"
#include "domain/rules.h"

#include <QCoreApplication>

namespace aftersales::report::drilldown
{
namespace
{

// The context lupdate gives tr() calls in this namespace.
QString tr(const char *text)
{
    return QCoreApplication::translate("aftersales::report", text);
}

QString date(QDate d)
{
    return d.toString(Qt::ISODate);
}

TimeSpan span(const Bucket &b, qint64 shiftSecs = 0)
{
    return {b.from.addSecs(-shiftSecs), b.to.addSecs(-shiftSecs)};
}

// The seconds a window of `status` opened at some instant runs until its deadline.
qint64 windowSecs(ClaimStatus status, const Policy &policy)
{
    const QDateTime start = QDateTime::fromSecsSinceEpoch(0, Qt::UTC);
    const std::optional<QDateTime> deadline = rules::deadlineFor(status, start, policy);
    return deadline ? start.secsTo(*deadline) : 0;
}

} // namespace

qint64 reviewSecs(const Policy &policy)
{
    return windowSecs(ClaimStatus::PendingReview, policy);
}

qint64 shipSecs(const Policy &policy)
{
    return windowSecs(ClaimStatus::AwaitingShipment, policy);
}

DrillDown day(const DayRow &row, ClaimType type)
{
    DrillDown d;
    d.query.type = type;
    d.query.applied = span(row.day);
    d.description = tr("%1 claims applied for on %2").arg(names::typeLabel(type), date(row.day.label));
    return d;
}

DrillDown product(const Period &period, const QString &title, Reason reason)
{
    DrillDown d;
    d.query.type = ClaimType::Reship;
    d.query.applied = TimeSpan{period.from, period.to};
    d.query.product = title;
    d.query.reason = reason;
    d.description =
        tr("Reshipments of \"%1\" for \"%2\", applied for from %3 to %4")
            .arg(title, names::reasonLabel(reason), date(period.from.toTimeZone(period.zone).date()),
                 date(period.to.addSecs(-1).toTimeZone(period.zone).date()));
    return d;
}

DrillDown reviews(const WeekRow &week, const Policy &policy)
{
    DrillDown d;
    d.query.applied = span(week.week, reviewSecs(policy));
    d.query.firstReviewEnd = {WindowEnd::Merchant, WindowEnd::Automatic};
    d.description = tr("Claims whose review deadline fell in the week of %1").arg(date(week.week.label));
    return d;
}

DrillDown shipments(const WeekRow &week, const Policy &policy)
{
    DrillDown d;
    d.query.shipmentOpened = span(week.week, shipSecs(policy));
    d.query.firstShipmentEnd = {WindowEnd::Merchant, WindowEnd::Automatic};
    d.description = tr("Claims whose shipping deadline fell in the week of %1").arg(date(week.week.label));
    return d;
}

DrillDown compensations(const WeekRow &week)
{
    DrillDown d;
    d.query.step = StepFilter{QStringLiteral("late_shipment"), span(week.week), week.compensationDetails};
    d.description =
        tr("Claims paid a late-shipment compensation in the week of %1").arg(date(week.week.label));
    return d;
}

DrillDown autoRefunds(const WeekRow &week)
{
    DrillDown d;
    d.query.step = StepFilter{QStringLiteral("late_shipment"), span(week.week), week.refundDetails};
    d.description = tr("Claims refunded in full automatically in the week of %1").arg(date(week.week.label));
    return d;
}

DrillDown firstActions(const Period &period, const QString &operatorName)
{
    DrillDown d;
    d.query.applied = TimeSpan{period.from, period.to};
    d.query.firstActor = operatorName;
    d.description = tr("Claims applied for from %1 to %2 that %3 acted on first")
                        .arg(date(period.from.toTimeZone(period.zone).date()),
                             date(period.to.addSecs(-1).toTimeZone(period.zone).date()), operatorName);
    return d;
}

DrillDown backlog(BacklogBucket bucket, const QDateTime &now)
{
    DrillDown d;
    QList<ClaimStatus> waiting;
    for (ClaimStatus s : names::allStatuses())
        if (rules::merchantActsNext(s))
            waiting.append(s);
    switch (bucket) {
    case BacklogBucket::Overdue:
        d.query.statuses = {ClaimStatus::ShipOverdue};
        d.description = tr("Claims whose shipping deadline has passed (the merchant may still ship)");
        break;
    case BacklogBucket::Under12h:
        d.query.statuses = waiting;
        d.query.deadline = TimeSpan{std::nullopt, now.addSecs(12 * 3600)};
        d.description = tr("Claims waiting for the merchant with under 12 hours left");
        break;
    case BacklogBucket::Under24h:
        d.query.statuses = waiting;
        d.query.deadline = TimeSpan{now.addSecs(12 * 3600), now.addSecs(24 * 3600)};
        d.description = tr("Claims waiting for the merchant with 12 to 24 hours left");
        break;
    case BacklogBucket::Later:
        d.query.statuses = waiting;
        d.query.deadline = TimeSpan{now.addSecs(24 * 3600), std::nullopt};
        d.description = tr("Claims waiting for the merchant with 24 hours or more left");
        break;
    }
    return d;
}

} // namespace aftersales::report::drilldown
