// What the Insight report reads of each claim, as each backend keeps it: read again from the
// trails by the migration that added it, kept by a bulk load as by actions, the same counts
// from PostgreSQL as from SQLite for the same history, read by a team's agents, and carried
// along by `copy --to` (tst_report: the figures themselves).
#include "insightreports.h"
#include "io/demo.h"
#include "report/drilldown.h"
#include "report/reportjson.h"
#include "storage/databasecopy.h"
#include "storage/postgres/postgresmigrations.h"
#include "storage/sqlite/migrations.h"
#include "storage/storagefactory.h"
#include "testbackend.h"
#include "workbench.h"

#include <QTest>

using namespace aftersales;
using namespace aftersales::report;
using aftersales::testing::Backend;
using aftersales::testing::InsightHistory;
using aftersales::testing::InsightReports;
using aftersales::testing::TempDatabase;

namespace
{

// The migration's reading of the trails already there (the step that adds the reports).
QStringList reportsBackfill(Backend backend)
{
    QStringList out;
    if (backend == Backend::Sqlite) {
        for (const QStringList &step : migrations::steps())
            for (const QString &sql : step)
                if (sql.startsWith(QLatin1String("UPDATE claims SET product_id")))
                    out << sql;
    } else {
        for (const QStringList &step : postgres::migrations::steps())
            for (const QString &sql : step)
                if (sql.startsWith(QLatin1String("UPDATE claims c SET product")) ||
                    sql.startsWith(QLatin1String("UPDATE claims c SET first_action_at")))
                    out << sql;
    }
    return out;
}

// What the reports read of each claim forgotten, then read again from the trails by the
// migration: as a database from before the reports is upgraded.
bool readTrailsAgain(TempDatabase &db)
{
    const QString product =
        db.backend() == Backend::Sqlite ? QStringLiteral("product_id") : QStringLiteral("product");
    QString error;
    if (!db.database().exec(QStringLiteral("UPDATE claims SET ") + product +
                                QStringLiteral(" = NULL, first_action_at = NULL, first_actor = NULL,"
                                               " first_action_delay = NULL, review_end = NULL,"
                                               " ship_start = NULL, ship_end = NULL"),
                            &error)) {
        qWarning() << error;
        return false;
    }
    if (db.database()
            .scalar(QStringLiteral("SELECT count(*) FROM claims WHERE review_end IS NOT NULL"))
            .toInt() != 0)
        return false;
    const QStringList backfill = reportsBackfill(db.backend());
    if (backfill.size() != (db.backend() == Backend::Sqlite ? 1 : 2))
        return false;
    for (const QString &sql : backfill)
        if (!db.database().exec(sql, &error)) {
            qWarning() << error;
            return false;
        }
    return true;
}

} // namespace

class TestReportStorage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { testing::addBackendRows(); }
    void init() { AFTERSALES_FETCH_BACKEND(backend); }
    void migrationReadsTheTrailAsTheStorageKeepsIt();
    void bulkLoadKeepsTheTrailAsActionsDo();
    void sameCountsOnBothBackends_data();
    void sameCountsOnBothBackends();
    void agentsReadReports();
    void copyToTeamDatabaseKeepsTheReport();

private:
    InsightReports m_reports;
    // The current row's.
    InsightReports::Built &f() { return m_reports.on(testing::currentBackend()); }
};

// A database upgraded from before the reports reads its existing trail once (the
// migration's UPDATE): the same figures as the storage keeps as events are written.
void TestReportStorage::migrationReadsTheTrailAsTheStorageKeepsIt()
{
    TempDatabase &db = f().history->db();
    QVERIFY(readTrailsAgain(db));
    const Result<Report> again = build(db.workbench(), InsightReports::week());
    QVERIFY(again.ok());
    QCOMPARE(toJson(*again), toJson(f().week));
    QCOMPARE(again->backlog.claims, f().week.backlog.claims);
    const Result<Report> across = build(db.workbench(), InsightReports::acrossWeeks());
    QCOMPARE(toJson(*across), toJson(f().across));
}

// A bulk load (the demo's, a copy's) writes whole lives at once, and then perhaps more events
// of claims it wrote before (here a sweep inside the load): what it keeps of the trails is
// what the migration reads from them.
void TestReportStorage::bulkLoadKeepsTheTrailAsActionsDo()
{
    TempDatabase db(testing::currentBackend());
    QVERIFY(db.workbench().beginBulkLoad().ok());
    QVERIFY(demo::generate(db.workbench(), 3000, 7).ok());
    db.clock().set(db.clock().now().addDays(3));
    const Result<QList<Event>> swept = db.workbench().sweep();
    QVERIFY2(swept.ok(), qPrintable(swept.outcome.message));
    QVERIFY(swept->size() > 100);
    QVERIFY(db.workbench().endBulkLoad().ok());
    const Period p = period::lastDays(30, db.clock().now(), InsightHistory::zone());
    const Result<Report> loaded = build(db.workbench(), p);
    QVERIFY(loaded.ok());
    QVERIFY(loaded->claims > 1000);
    QVERIFY(loaded->review.due() > 0 && loaded->shipment.due() > 0 && loaded->compensationCents > 0);
    QVERIFY(loaded->review.late > 0 && loaded->shipment.late > 0);
    // On a team's database the operator is the role logged in, whoever the demo names.
    QCOMPARE(loaded->operators.size(), db.storage().has(Storage::Capability::Team) ? 1 : 3);

    QVERIFY(readTrailsAgain(db));
    const Result<Report> read = build(db.workbench(), p);
    QVERIFY(read.ok());
    QCOMPARE(toJson(*read), toJson(*loaded));
}

void TestReportStorage::sameCountsOnBothBackends_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::newRow("the week") << QDate(2026, 11, 16) << QDate(2026, 11, 22);
    QTest::newRow("across weeks") << QDate(2026, 11, 19) << QDate(2026, 11, 24);
    // Midnight in Asia/Shanghai: C1 at 11-15 23:59:59, C2 at 11-16 00:00:00 (11-15 in UTC).
    QTest::newRow("two days at midnight") << QDate(2026, 11, 15) << QDate(2026, 11, 16);
    QTest::newRow("one day") << QDate(2026, 11, 16) << QDate(2026, 11, 16);
    QTest::newRow("the whole history") << QDate(2026, 11, 1) << QDate(2026, 11, 30);
}

// Each storage call of the report, PostgreSQL's rows against SQLite's for the same history and
// the same bounds (days and weeks in Asia/Shanghai): the backends bucket alike.
void TestReportStorage::sameCountsOnBothBackends()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    if (testing::currentBackend() == Backend::Sqlite)
        QSKIP("SQLite is what PostgreSQL is compared with");
    const Storage &pg = m_reports.on(Backend::Postgres).history->db().storage();
    const Storage &file = m_reports.on(Backend::Sqlite).history->db().storage();
    const Period p = period::days(from, to, InsightHistory::zone());
    const Bounds days = period::bounds(period::dayBuckets(p));
    const Bounds weeks = period::bounds(period::weekBuckets(p));
    const auto sorted = [](QStringList rows) {
        rows.sort();
        return rows;
    };
    const auto types = [&](const Storage &s) {
        QStringList out;
        const Result<QList<reportrows::TypeCount>> rows = s.claimsByType(days);
        for (const reportrows::TypeCount &r : *rows)
            out << QStringLiteral("%1 %2 %3").arg(r.bucket).arg(int(r.type)).arg(r.claims);
        return sorted(out);
    };
    QCOMPARE(types(pg), types(file));
    QVERIFY(!types(file).isEmpty());
    const auto products = [&](const Storage &s) {
        QStringList out;
        const Result<QList<reportrows::ProductReasonCount>> rows =
            s.claimsByProduct(ClaimType::Reship, p.from, p.to);
        for (const reportrows::ProductReasonCount &r : *rows)
            out << QStringLiteral("%1 %2 %3").arg(r.product).arg(int(r.reason)).arg(r.claims);
        return sorted(out);
    };
    QCOMPARE(products(pg), products(file));
    const auto ends = [&](const Result<QList<reportrows::WindowEndCount>> &rows) {
        QStringList out;
        for (const reportrows::WindowEndCount &r : *rows)
            out << QStringLiteral("%1 %2 %3").arg(r.bucket).arg(int(r.end)).arg(r.claims);
        return sorted(out);
    };
    for (const Bounds &b : {days, weeks}) {
        QCOMPARE(ends(pg.firstReviewEnds(b)), ends(file.firstReviewEnds(b)));
        QCOMPARE(ends(pg.firstShipmentEnds(b)), ends(file.firstShipmentEnds(b)));
    }
    const auto steps = [&](const Storage &s) {
        QStringList out;
        const Result<QList<reportrows::StepCount>> rows =
            s.automaticSteps(days, {QStringLiteral("late_shipment"), QStringLiteral("auto_approve")});
        for (const reportrows::StepCount &r : *rows)
            out << QStringLiteral("%1 %2 %3 %4").arg(r.bucket).arg(r.action, r.detail).arg(r.events);
        return sorted(out);
    };
    QCOMPARE(steps(pg), steps(file));
    const auto operators = [&](const Storage &s) {
        QStringList out;
        const Result<QList<reportrows::OperatorCount>> rows = s.firstActions(p.from, p.to);
        for (const reportrows::OperatorCount &r : *rows) {
            QStringList delays;
            const Result<QList<qint64>> secs = s.firstActionDelays(r.operatorName, p.from, p.to, 0, 100);
            for (qint64 d : *secs)
                delays << QString::number(d);
            out << QStringLiteral("%1 %2: %3").arg(r.operatorName).arg(r.claims).arg(delays.join(u' '));
        }
        return sorted(out);
    };
    QCOMPARE(operators(pg), operators(file));
    QCOMPARE(toJson(*build(m_reports.on(Backend::Postgres).history->db().workbench(), p)),
             toJson(*build(m_reports.on(Backend::Sqlite).history->db().workbench(), p)));
}

// An agent reads what the database's owner reads (the rights `team grant` gives).
void TestReportStorage::agentsReadReports()
{
    if (testing::currentBackend() == Backend::Sqlite)
        QSKIP("a database file has no agents");
    TempDatabase &db = f().history->db();
    Result<std::unique_ptr<Storage>> alice = storage::open(db.database().locationAs(QStringLiteral("alice")));
    QVERIFY2(alice.ok(), qPrintable(alice.outcome.message));
    Workbench wb(**alice, db.clock(), db.policy());
    const Result<Report> r = build(wb, InsightReports::week());
    QVERIFY2(r.ok(), qPrintable(r.outcome.message));
    QCOMPARE(toJson(*r), toJson(f().week));
    QCOMPARE(r->backlog.claims, f().week.backlog.claims);
    const ClaimQuery drill =
        wb.reader().stamped(drilldown::firstActions(f().week.period, QStringLiteral("bob")).query);
    QCOMPARE(*wb.reader().count(drill), 4);
}

// `copy --to` a team's database: what reports read of each claim comes along with the trail,
// whose operators a copy keeps.
void TestReportStorage::copyToTeamDatabaseKeepsTheReport()
{
    if (testing::currentBackend() == Backend::Sqlite)
        QSKIP("a copy goes from a database file to a team's database");
    TempDatabase &file = m_reports.on(Backend::Sqlite).history->db();
    TempDatabase team(Backend::Postgres, file.clock().now());
    const Result<databasecopy::Copied> copied = databasecopy::copy(file.storage(), team.storage(), {});
    QVERIFY2(copied.ok(), qPrintable(copied.outcome.message));
    QCOMPARE(copied->claims, 16);
    for (const Period &p : {InsightReports::week(), InsightReports::acrossWeeks()}) {
        const Result<Report> r = build(team.workbench(), p);
        QVERIFY2(r.ok(), qPrintable(r.outcome.message));
        QCOMPARE(toJson(*r), toJson(*build(file.workbench(), p)));
    }
}

QTEST_GUILESS_MAIN(TestReportStorage)
#include "tst_reportstorage.moc"
