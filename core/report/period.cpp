#include "report/period.h"

namespace aftersales::report::period
{

QDateTime startOfDay(QDate day, const QTimeZone &zone)
{
    return day.startOfDay(zone).toUTC();
}

Period lastDays(int days, const QDateTime &now, const QTimeZone &zone)
{
    const QDate today = now.toTimeZone(zone).date();
    return {startOfDay(today.addDays(1 - std::max(days, 1)), zone), now.toUTC(), zone};
}

Period days(QDate first, QDate last, const QTimeZone &zone)
{
    return {startOfDay(first, zone), startOfDay(last.addDays(1), zone), zone};
}

namespace
{

// Buckets that start at each `next` boundary after the period's start, clipped to it.
template <typename Next> QList<Bucket> cut(const Period &p, QDate first, Next next)
{
    QList<Bucket> out;
    if (!(p.from < p.to))
        return out;
    for (QDate label = first;; label = next(label)) {
        const QDateTime start = std::max(startOfDay(label, p.zone), p.from);
        const QDateTime end = std::min(startOfDay(next(label), p.zone), p.to);
        if (start >= p.to)
            break;
        if (start < end)
            out.append({label, start, end});
    }
    return out;
}

} // namespace

QList<Bucket> dayBuckets(const Period &p)
{
    return cut(p, p.from.toTimeZone(p.zone).date(), [](QDate d) { return d.addDays(1); });
}

QList<Bucket> weekBuckets(const Period &p)
{
    const QDate first = p.from.toTimeZone(p.zone).date();
    return cut(p, first.addDays(1 - first.dayOfWeek()), [](QDate d) { return d.addDays(7); });
}

Bounds bounds(const QList<Bucket> &buckets, qint64 shiftSecs)
{
    // Buckets of a period follow one another: each ends where the next starts.
    Bounds out;
    if (buckets.isEmpty())
        return out;
    out.append(buckets.first().from.addSecs(shiftSecs));
    for (const Bucket &b : buckets)
        out.append(b.to.addSecs(shiftSecs));
    return out;
}

} // namespace aftersales::report::period
