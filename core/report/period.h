#pragma once

#include "storage/reportrows.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QTimeZone>

// The span a report covers and how it is cut into days and weeks: calendar days and weeks
// (from Monday) in the user's time zone, whatever the database keeps (UTC).
namespace aftersales::report
{

// [from, to) in `zone`.
struct Period {
    QDateTime from;
    QDateTime to;
    QTimeZone zone;
};

// A day or a week of a period, clipped to it: [from, to).
struct Bucket {
    QDate label; // the day; the week's Monday
    QDateTime from;
    QDateTime to;
};

namespace period
{

// The last `days` calendar days up to `now`: from the midnight that starts the day
// `days` − 1 days before now's day (in `zone`) to `now`.
Period lastDays(int days, const QDateTime &now, const QTimeZone &zone);
// From the start of the day `first` to the end of the day `last` (both in `zone`).
Period days(QDate first, QDate last, const QTimeZone &zone);
// The midnight that starts `day` in `zone` (the first instant of the day where a
// transition skips midnight).
QDateTime startOfDay(QDate day, const QTimeZone &zone);

// Each calendar day the period touches, clipped to it.
QList<Bucket> dayBuckets(const Period &period);
// Each week (Monday to Sunday) the period touches, clipped to it.
QList<Bucket> weekBuckets(const Period &period);
// The buckets' bounds (reportrows.h), each moved by `shiftSecs`.
Bounds bounds(const QList<Bucket> &buckets, qint64 shiftSecs = 0);

} // namespace period
} // namespace aftersales::report
