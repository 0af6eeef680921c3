// `aftersales report`: the JSON document's shape and figures (the same as the core's report
// of the hand-built history), the default period, the period's options, bad times refused
// with exit 2, and the human tables; on a database file and on a team's PostgreSQL database.
#include "clirunner.h"
#include "insighthistory.h"
#include "report/report.h"
#include "report/reportjson.h"
#include "testbackend.h"

#include <QJsonArray>
#include <QTest>

#include <map>

using namespace aftersales;
using aftersales::testing::InsightHistory;

namespace
{
const QString now = QStringLiteral("2026-11-26T10:00:00+08:00");
} // namespace

class TestCliReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { testing::addBackendRows(); }
    void initTestCase();
    void init() { AFTERSALES_FETCH_BACKEND(backend); }
    void jsonIsTheCoresReport();
    void defaultPeriodIsTheLastSevenDays();
    void timesWithOffsets();
    void badTimesAreBadUsage_data();
    void badTimesAreBadUsage();
    void humanTables();
    void emptyPeriod();

private:
    // The history on the current row's backend, built once per backend.
    InsightHistory &history();
    CliRunner::Run report(const QStringList &args, bool json = true);

    CliRunner m_cli;
    std::map<testing::Backend, std::unique_ptr<InsightHistory>> m_histories;
};

void TestCliReport::initTestCase()
{
    // Days and weeks in the system's time zone (no zone set in the runner's settings).
    qputenv("TZ", "Asia/Shanghai");
}

InsightHistory &TestCliReport::history()
{
    std::unique_ptr<InsightHistory> &h = m_histories[testing::currentBackend()];
    if (!h)
        h = std::make_unique<InsightHistory>(testing::currentBackend());
    return *h;
}

CliRunner::Run TestCliReport::report(const QStringList &args, bool json)
{
    QStringList all{QStringLiteral("--db"), history().db().path(), QStringLiteral("--now"), now};
    if (json)
        all << QStringLiteral("--json");
    return m_cli.raw(all + QStringList{QStringLiteral("report")} + args);
}

void TestCliReport::jsonIsTheCoresReport()
{
    const CliRunner::Run run = report({QStringLiteral("--from"), QStringLiteral("2026-11-16"),
                                       QStringLiteral("--to"), QStringLiteral("2026-11-22")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject o = run.json();
    QStringList keys = o.keys();
    keys.sort();
    QCOMPARE(
        keys,
        QStringList({QStringLiteral("auto_refund_cents"), QStringLiteral("by_day"), QStringLiteral("by_type"),
                     QStringLiteral("claims"), QStringLiteral("compensation_cents"),
                     QStringLiteral("first_action_median_s_by_operator"), QStringLiteral("from"),
                     QStringLiteral("reship_reasons_by_product"), QStringLiteral("review_on_time_rate"),
                     QStringLiteral("ship_on_time_rate"), QStringLiteral("to")}));
    QCOMPARE(o.value(QStringLiteral("from")).toString(), QStringLiteral("2026-11-15T16:00:00Z"));
    QCOMPARE(o.value(QStringLiteral("to")).toString(), QStringLiteral("2026-11-22T16:00:00Z"));
    QCOMPARE(o.value(QStringLiteral("claims")).toInt(), 8);
    QCOMPARE(o.value(QStringLiteral("compensation_cents")).toInt(), 600);
    QCOMPARE(o.value(QStringLiteral("auto_refund_cents")).toInt(), 25900);
    QCOMPARE(o.value(QStringLiteral("ship_on_time_rate")).toDouble(), 0.6);
    QCOMPARE(o.value(QStringLiteral("first_action_median_s_by_operator")).toObject(),
             QJsonObject({{QStringLiteral("alice"), 3601}, {QStringLiteral("bob"), 6300}}));
    for (const QJsonValue &day : o.value(QStringLiteral("by_day")).toArray()) {
        QStringList dayKeys = day.toObject().keys();
        dayKeys.sort();
        QCOMPARE(dayKeys, QStringList({QStringLiteral("day"), QStringLiteral("exchange"),
                                       QStringLiteral("refund_shipped"), QStringLiteral("refund_unshipped"),
                                       QStringLiteral("reship"), QStringLiteral("return_refund")}));
    }
    // Exactly what the core reports for the same period.
    const Result<report::Report> core =
        report::build(history().db().workbench(),
                      report::period::days(QDate(2026, 11, 16), QDate(2026, 11, 22), InsightHistory::zone()));
    QVERIFY(core.ok());
    QCOMPARE(o, report::toJson(*core));
}

void TestCliReport::defaultPeriodIsTheLastSevenDays()
{
    const CliRunner::Run run = report({});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject o = run.json();
    QCOMPARE(o.value(QStringLiteral("from")).toString(), QStringLiteral("2026-11-19T16:00:00Z"));
    QCOMPARE(o.value(QStringLiteral("to")).toString(), QStringLiteral("2026-11-26T02:00:00Z"));
    const QJsonArray days = o.value(QStringLiteral("by_day")).toArray();
    QCOMPARE(days.size(), 7);
    QCOMPARE(days.first().toObject().value(QStringLiteral("day")).toString(), QStringLiteral("2026-11-20"));
    QCOMPARE(days.last().toObject().value(QStringLiteral("day")).toString(), QStringLiteral("2026-11-26"));
    // Only --to: the seven days up to it.
    const QJsonObject upTo = report({QStringLiteral("--to"), QStringLiteral("2026-11-22")}).json();
    QCOMPARE(upTo.value(QStringLiteral("from")).toString(), QStringLiteral("2026-11-15T16:00:00Z"));
    QCOMPARE(upTo.value(QStringLiteral("claims")).toInt(), 8);
}

void TestCliReport::timesWithOffsets()
{
    // The week as instants: C2 at its first second is in, C8 at the last is not.
    const QJsonObject o = report({QStringLiteral("--from"), QStringLiteral("2026-11-15T16:00:00Z"),
                                  QStringLiteral("--to"), QStringLiteral("2026-11-23T00:00:00+08:00")})
                              .json();
    QCOMPARE(o.value(QStringLiteral("claims")).toInt(), 8);
    // One second later at both ends: C2 out, C8 in.
    const QJsonObject shifted = report({QStringLiteral("--from"), QStringLiteral("2026-11-16T00:00:01+08:00"),
                                        QStringLiteral("--to"), QStringLiteral("2026-11-23T00:00:01+08:00")})
                                    .json();
    QCOMPARE(shifted.value(QStringLiteral("claims")).toInt(), 8);
    QCOMPARE(shifted.value(QStringLiteral("by_day")).toArray().size(), 8);
}

void TestCliReport::badTimesAreBadUsage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("a word") << QStringList{QStringLiteral("--from"), QStringLiteral("yesterday")};
    QTest::newRow("no offset") << QStringList{QStringLiteral("--to"), QStringLiteral("2026-11-20T10:00:00")};
    QTest::newRow("not a day") << QStringList{QStringLiteral("--from"), QStringLiteral("2026-02-30")};
    QTest::newRow("end before start") << QStringList{QStringLiteral("--from"), QStringLiteral("2026-11-22"),
                                                     QStringLiteral("--to"), QStringLiteral("2026-11-16")};
    QTest::newRow("empty span") << QStringList{QStringLiteral("--from"),
                                               QStringLiteral("2026-11-20T00:00:00Z"), QStringLiteral("--to"),
                                               QStringLiteral("2026-11-20T00:00:00Z")};
}

void TestCliReport::badTimesAreBadUsage()
{
    QFETCH(QStringList, args);
    const CliRunner::Run run = report(args);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("kind")).toString(),
             QStringLiteral("bad_input"));
    QVERIFY(!run.err.isEmpty());
}

void TestCliReport::humanTables()
{
    const CliRunner::Run run = report({QStringLiteral("--from"), QStringLiteral("2026-11-16"),
                                       QStringLiteral("--to"), QStringLiteral("2026-11-22")},
                                      false);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("Claims applied for: 8")), qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral("On time: reviews 71.4% (5 of 7), shipments 60.0% (3 of 5)")));
    QVERIFY(run.out.contains(QStringLiteral("compensations ¥6.00, automatic refunds ¥259.00")));
    QVERIFY(run.out.contains(QStringLiteral("智能门锁 A")));
    // The backlog as of --now, a row per bucket.
    QVERIFY(run.out.contains(QStringLiteral("Backlog now by time left")));
    QVERIFY(run.out.contains(QStringLiteral("12 to 24 h    2")));
}

void TestCliReport::emptyPeriod()
{
    const CliRunner::Run run = report({QStringLiteral("--from"), QStringLiteral("2026-10-01"),
                                       QStringLiteral("--to"), QStringLiteral("2026-10-07")},
                                      false);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("No claims in this period.")), qPrintable(run.out));
    const QJsonObject o = report({QStringLiteral("--from"), QStringLiteral("2026-10-01"),
                                  QStringLiteral("--to"), QStringLiteral("2026-10-07")})
                              .json();
    QCOMPARE(o.value(QStringLiteral("claims")).toInt(), 0);
    QCOMPARE(o.value(QStringLiteral("review_on_time_rate")).type(), QJsonValue::Null);
    QCOMPARE(o.value(QStringLiteral("ship_on_time_rate")).type(), QJsonValue::Null);
    QCOMPARE(o.value(QStringLiteral("reship_reasons_by_product")).toArray().size(), 0);
    QCOMPARE(o.value(QStringLiteral("first_action_median_s_by_operator")).toObject().size(), 0);
}

QTEST_GUILESS_MAIN(TestCliReport)
#include "tst_cli_report.moc"
