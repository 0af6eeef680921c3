// A report's days and weeks are the user's calendar days and Monday weeks in their time zone,
// whatever the offset or a daylight-saving change does to the instants.
#include "report/period.h"

#include <QTest>

using namespace aftersales::report;

namespace
{

QDateTime local(const char *text, const QTimeZone &zone)
{
    const QDateTime t = QDateTime::fromString(QLatin1String(text), Qt::ISODate);
    return QDateTime(t.date(), t.time(), zone).toUTC();
}

} // namespace

class TestPeriod : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lastDaysStartAtLocalMidnight();
    void daysAreLocalCalendarDays();
    void daylightSavingDaysKeepTheirLength();
    void weeksStartOnMonday();
    void boundsFollowTheBuckets();
    void emptyPeriod();
};

void TestPeriod::lastDaysStartAtLocalMidnight()
{
    const QTimeZone shanghai("Asia/Shanghai");
    // 01:30 on Thursday 11-26 in Shanghai is still Wednesday in UTC.
    const QDateTime now = local("2026-11-26T01:30:00", shanghai);
    const Period p = period::lastDays(7, now, shanghai);
    QCOMPARE(p.from, local("2026-11-20T00:00:00", shanghai));
    QCOMPARE(p.to, now);
    const QList<Bucket> days = period::dayBuckets(p);
    QCOMPARE(days.size(), 7);
    QCOMPARE(days.first().label, QDate(2026, 11, 20));
    QCOMPARE(days.last().label, QDate(2026, 11, 26));
    QCOMPARE(days.last().to, now); // today so far
}

void TestPeriod::daysAreLocalCalendarDays()
{
    const QTimeZone newYork("America/New_York");
    const Period p = period::days(QDate(2026, 11, 2), QDate(2026, 11, 3), newYork);
    const QList<Bucket> days = period::dayBuckets(p);
    QCOMPARE(days.size(), 2);
    QCOMPARE(days.at(0).from, QDateTime::fromString(QStringLiteral("2026-11-02T05:00:00Z"), Qt::ISODate));
    QCOMPARE(days.at(1).to, QDateTime::fromString(QStringLiteral("2026-11-04T05:00:00Z"), Qt::ISODate));
}

void TestPeriod::daylightSavingDaysKeepTheirLength()
{
    // Europe/Berlin leaves summer time on Sunday 2026-10-25: that day has 25 hours.
    const QTimeZone berlin("Europe/Berlin");
    const Period p = period::days(QDate(2026, 10, 24), QDate(2026, 10, 26), berlin);
    const QList<Bucket> days = period::dayBuckets(p);
    QCOMPARE(days.size(), 3);
    QCOMPARE(days.at(0).from.secsTo(days.at(0).to), 24 * 3600);
    QCOMPARE(days.at(1).from.secsTo(days.at(1).to), 25 * 3600);
    QCOMPARE(days.at(2).from.secsTo(days.at(2).to), 24 * 3600);
    QCOMPARE(days.at(1).label, QDate(2026, 10, 25));
}

void TestPeriod::weeksStartOnMonday()
{
    const QTimeZone shanghai("Asia/Shanghai");
    // Thursday 11-19 to Tuesday 12-01.
    const Period p = period::days(QDate(2026, 11, 19), QDate(2026, 12, 1), shanghai);
    const QList<Bucket> weeks = period::weekBuckets(p);
    QCOMPARE(weeks.size(), 3);
    QCOMPARE(weeks.at(0).label, QDate(2026, 11, 16));
    QCOMPARE(weeks.at(0).from, p.from);
    QCOMPARE(weeks.at(0).to, local("2026-11-23T00:00:00", shanghai));
    QCOMPARE(weeks.at(1).label, QDate(2026, 11, 23));
    QCOMPARE(weeks.at(1).to, local("2026-11-30T00:00:00", shanghai));
    QCOMPARE(weeks.at(2).label, QDate(2026, 11, 30));
    QCOMPARE(weeks.at(2).to, p.to);
    // A period starting on a Monday has no clipped first week.
    QCOMPARE(period::weekBuckets(period::days(QDate(2026, 11, 16), QDate(2026, 11, 22), shanghai)).size(), 1);
}

void TestPeriod::boundsFollowTheBuckets()
{
    const QTimeZone shanghai("Asia/Shanghai");
    const QList<Bucket> days =
        period::dayBuckets(period::days(QDate(2026, 11, 16), QDate(2026, 11, 18), shanghai));
    const aftersales::Bounds bounds = period::bounds(days);
    QCOMPARE(bounds.size(), 4);
    QCOMPARE(bounds.first(), days.first().from);
    QCOMPARE(bounds.last(), days.last().to);
    const aftersales::Bounds earlier = period::bounds(days, -48 * 3600);
    QCOMPARE(earlier.first(), days.first().from.addSecs(-48 * 3600));
}

void TestPeriod::emptyPeriod()
{
    const QTimeZone shanghai("Asia/Shanghai");
    const QDateTime t = local("2026-11-16T00:00:00", shanghai);
    QVERIFY(period::dayBuckets(Period{t, t, shanghai}).isEmpty());
    QVERIFY(period::weekBuckets(Period{t, t.addSecs(-1), shanghai}).isEmpty());
    QVERIFY(period::bounds({}).isEmpty());
}

QTEST_GUILESS_MAIN(TestPeriod)
#include "tst_period.moc"
