#include "report/reporttables.h"

#include "domain/names.h"
#include "domain/timeformat.h"
#include "io/claimtext.h"

#include <QCoreApplication>

namespace aftersales::report::tables
{
namespace
{

// The context lupdate gives tr() calls in this namespace.
QString tr(const char *text)
{
    return QCoreApplication::translate("aftersales::report", text);
}

Cell text(const QString &t)
{
    return {Cell::Kind::Text, t};
}

Cell count(qint64 n)
{
    return {Cell::Kind::Count, n};
}

Cell cents(qint64 c)
{
    return {Cell::Kind::Cents, c};
}

Cell rate(const OnTime &t)
{
    const std::optional<double> r = t.rate();
    return {Cell::Kind::Rate, r ? QVariant(*r) : QVariant()};
}

Table byDay(const Report &r)
{
    Table t{tr("Claims per day by type"), {tr("Day")}, {}};
    for (ClaimType type : names::allTypes())
        t.headers << names::typeLabel(type);
    t.headers << tr("Total");
    for (const DayRow &d : r.days) {
        QList<Cell> row{text(dayLabel(d))};
        for (ClaimType type : names::allTypes())
            row << count(d.byType.value(type));
        row << count(d.total());
        t.rows << row;
    }
    return t;
}

Table byProduct(const Report &r)
{
    Table t{tr("Reshipments by product and reason"), {tr("Product")}, {}};
    for (Reason reason : reshipReasons())
        t.headers << names::reasonLabel(reason);
    t.headers << tr("Total");
    for (const ProductRow &p : r.products) {
        QList<Cell> row{text(p.product)};
        for (Reason reason : reshipReasons())
            row << count(p.byReason.value(reason));
        row << count(p.total());
        t.rows << row;
    }
    return t;
}

Table onTime(const Report &r)
{
    Table t{tr("On-time rate by week"),
            {tr("Week"), tr("Reviews due"), tr("Reviewed on time"), tr("Review on-time rate"),
             tr("Shipments due"), tr("Shipped on time"), tr("Shipment on-time rate")},
            {}};
    for (const WeekRow &w : r.weeks)
        t.rows << QList<Cell>{text(weekLabel(w)), count(w.review.due()),   count(w.review.onTime),
                              rate(w.review),     count(w.shipment.due()), count(w.shipment.onTime),
                              rate(w.shipment)};
    return t;
}

Table moneyLost(const Report &r)
{
    Table t{tr("Money lost to deadlines by week"),
            {tr("Week"), tr("Compensations"), tr("Compensation (yuan)"), tr("Automatic refunds"),
             tr("Automatic refunds (yuan)"), tr("Total (yuan)")},
            {}};
    for (const WeekRow &w : r.weeks)
        t.rows << QList<Cell>{text(weekLabel(w)),         count(w.compensations),
                              cents(w.compensationCents), count(w.autoRefunds),
                              cents(w.autoRefundCents),   cents(w.compensationCents + w.autoRefundCents)};
    return t;
}

Table firstAction(const Report &r)
{
    Table t{tr("Time to the merchant's first action"),
            {tr("Operator"), tr("Claims"), tr("Median time to first action")},
            {}};
    for (const OperatorRow &o : r.operators)
        t.rows << QList<Cell>{text(o.name), count(o.claims), {Cell::Kind::Seconds, o.medianSecs}};
    return t;
}

Table backlog(const Report &r)
{
    Table t{tr("Backlog now by time left"), {tr("Time left"), tr("Claims")}, {}};
    for (BacklogBucket b : backlogBuckets())
        t.rows << QList<Cell>{text(backlogLabel(b)), count(r.backlog.claims.value(b))};
    return t;
}

} // namespace

QList<Figure> figures()
{
    return {Figure::ByDay,     Figure::ReshipByProduct, Figure::OnTime,
            Figure::MoneyLost, Figure::FirstAction,     Figure::Backlog};
}

Table table(const Report &report, Figure figure)
{
    switch (figure) {
    case Figure::ByDay:
        return byDay(report);
    case Figure::ReshipByProduct:
        return byProduct(report);
    case Figure::OnTime:
        return onTime(report);
    case Figure::MoneyLost:
        return moneyLost(report);
    case Figure::FirstAction:
        return firstAction(report);
    case Figure::Backlog:
        return backlog(report);
    }
    return {};
}

QString human(const Cell &cell)
{
    switch (cell.kind) {
    case Cell::Kind::Text:
        return cell.value.toString();
    case Cell::Kind::Count:
        return QString::number(cell.value.toLongLong());
    case Cell::Kind::Cents:
        return claimtext::money(cell.value.toLongLong());
    case Cell::Kind::Rate:
        return cell.value.isNull() ? QStringLiteral("—")
                                   : QString::number(cell.value.toDouble() * 100, 'f', 1) + QLatin1Char('%');
    case Cell::Kind::Seconds:
        return timeformat::remaining(cell.value.toLongLong());
    }
    return {};
}

QString spreadsheet(const Cell &cell)
{
    switch (cell.kind) {
    case Cell::Kind::Text:
    case Cell::Kind::Count:
        return cell.value.toString();
    case Cell::Kind::Cents: {
        const qint64 c = cell.value.toLongLong();
        return QStringLiteral("%1%2.%3")
            .arg(c < 0 ? QStringLiteral("-") : QString())
            .arg(std::abs(c) / 100)
            .arg(std::abs(c) % 100, 2, 10, QLatin1Char('0'));
    }
    case Cell::Kind::Rate:
        return cell.value.isNull() ? QString() : QString::number(cell.value.toDouble(), 'f', 4);
    case Cell::Kind::Seconds:
        return QString::number(cell.value.toDouble() / 3600.0, 'f', 2);
    }
    return {};
}

QString backlogLabel(BacklogBucket bucket)
{
    switch (bucket) {
    case BacklogBucket::Overdue:
        return tr("Overdue");
    case BacklogBucket::Under12h:
        return tr("Under 12 h");
    case BacklogBucket::Under24h:
        return tr("12 to 24 h");
    case BacklogBucket::Later:
        return tr("24 h or more");
    }
    return {};
}

QString weekLabel(const WeekRow &week)
{
    return week.week.label.toString(Qt::ISODate);
}

QString dayLabel(const DayRow &day)
{
    return day.day.label.toString(Qt::ISODate);
}

} // namespace aftersales::report::tables
