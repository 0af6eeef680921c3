// The Insight figures of the README's performance table over a generated database of N
// claims: the report as the core reads it and as `aftersales report` costs above the
// command's start-up, and the window's Insight view opened and switched between periods
// (offscreen, to the view painted). Each figure is the median of several runs.
//
//   build/release/tests/bench/bench_insight [--count 1000000] [--runs 5] [--db FILE|URI]
//
// The database (a file, or a team's PostgreSQL database: --db postgresql://ROLE@HOST/DATABASE)
// is generated once (`aftersales demo`, timed) and reused afterwards; by default it is the
// file bench_workbench uses. BENCH_PLANS=1 also prints each drill-down's
// query plans.

#include "benchdatabase.h"
#include "benchtools.h"
#include "heaptuning.h"
#include "insightview.h"
#include "mainwindow.h"
#include "periodselector.h"
#include "report/drilldown.h"
#include "report/report.h"
#include "settings.h"
#include "storage/postgres/postgresstorage.h"
#include "storage/sqlite/sqlitestorage.h"
#include "storage/storagefactory.h"
#include "workbench.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace aftersales;
using namespace aftersales::bench;

namespace
{

void add(const QString &what, double value, const QString &unit, const QString &target)
{
    std::printf("  %-62s %10.1f %-4s (target %s)\n", qPrintable(what), value, qPrintable(unit),
                qPrintable(target));
    std::fflush(stdout);
}

class Bench
{
public:
    Bench(QString db, int runs) : m_db(std::move(db)), m_runs(runs) {}

    std::unique_ptr<Storage> openStore() const
    {
        Result<std::unique_ptr<Storage>> store = storage::open(m_db);
        if (!store.ok())
            qFatal("cannot open %s: %s", qPrintable(m_db), qPrintable(store.outcome.message));
        return std::move(*store);
    }

    // The list's plans of a drill-down, whichever backend runs.
    static QString plans(const Storage &store, const ClaimQuery &q)
    {
        Result<QStringList> page = QStringList();
        Result<QStringList> count = QStringList();
        if (const auto *file = dynamic_cast<const SqliteStorage *>(&store)) {
            page = file->explainPage(q, false);
            count = file->explainCount(q);
        } else if (const auto *team = dynamic_cast<const PostgresStorage *>(&store)) {
            page = team->explainPage(q, false);
            count = team->explainCount(q);
        }
        return QStringLiteral("    page: %1\n    count: %2\n")
            .arg(page.ok() ? page->join(QStringLiteral(" | ")) : page.outcome.message,
                 count.ok() ? count->join(QStringLiteral(" | ")) : count.outcome.message);
    }

    // The clock just after the newest event: nothing is due.
    QDateTime quietTime(const Storage &store) const
    {
        const auto newest = store.newestEventAt();
        return newest.ok() && *newest ? (*newest)->addSecs(1) : QDateTime::currentDateTimeUtc();
    }

    // report::build over the last 7, 30 and 90 days, in process: what `report` adds to the
    // command's start-up, without the process around it.
    void core()
    {
        const std::unique_ptr<Storage> store = openStore();
        FixedClock clock(quietTime(*store));
        Workbench wb(*store, clock, Policy::defaults());
        for (int days : {7, 30, 90}) {
            QList<double> times;
            qint64 claims = 0;
            for (int i = 0; i < m_runs; ++i) {
                QElapsedTimer t;
                t.start();
                const Result<report::Report> r = report::build(
                    wb, report::period::lastDays(days, clock.now(), QTimeZone::systemTimeZone()));
                times.append(msSince(t));
                if (!r.ok())
                    qFatal("report failed: %s", qPrintable(r.outcome.message));
                claims = r->claims;
            }
            add(QStringLiteral("report of %1 days, in process (%2 claims)").arg(days).arg(claims),
                median(times), QStringLiteral("ms"), QStringLiteral("< 200 ms"));
        }
    }

    // A bar clicked: the list of its claims, counted and its first page read, for a figure
    // of each chart over the last 90 days (the largest of its bars).
    void drillDowns()
    {
        const std::unique_ptr<Storage> store = openStore();
        FixedClock clock(quietTime(*store));
        Workbench wb(*store, clock, Policy::defaults());
        const Result<report::Report> r =
            report::build(wb, report::period::lastDays(90, clock.now(), QTimeZone::systemTimeZone()));
        if (!r.ok() || r->days.isEmpty() || r->weeks.isEmpty() || r->products.isEmpty() ||
            r->operators.isEmpty())
            qFatal("no report to drill into");
        using namespace report::drilldown;
        const QList<std::pair<QString, DrillDown>> drills{
            {QStringLiteral("a day's reshipments"), day(r->days.at(r->days.size() / 2), ClaimType::Reship)},
            {QStringLiteral("a product's missing items"),
             product(r->period, r->products.first().product, Reason::MissingItems)},
            {QStringLiteral("a week's reviews"), reviews(r->weeks.at(r->weeks.size() / 2), wb.policy())},
            {QStringLiteral("a week's shipments"), shipments(r->weeks.at(r->weeks.size() / 2), wb.policy())},
            {QStringLiteral("a week's compensations"), compensations(r->weeks.at(r->weeks.size() / 2))},
            {QStringLiteral("a week's automatic refunds"), autoRefunds(r->weeks.at(r->weeks.size() / 2))},
            {QStringLiteral("an operator's first actions"),
             firstActions(r->period, r->operators.first().name)},
            {QStringLiteral("backlog 24 h or more"), backlog(report::BacklogBucket::Later, clock.now())},
        };
        for (const auto &[what, drill] : drills) {
            QList<double> times;
            qint64 n = 0;
            for (int i = 0; i < m_runs; ++i) {
                QElapsedTimer t;
                t.start();
                const ClaimQuery q = wb.reader().stamped(drill.query);
                const Result<qint64> count = wb.reader().count(q);
                const Result<Page> page = wb.reader().page(q, std::nullopt, 100);
                times.append(msSince(t));
                if (!count.ok() || !page.ok())
                    qFatal("drill-down failed");
                n = *count;
            }
            if (qEnvironmentVariableIsSet("BENCH_PLANS"))
                std::printf("%s", qPrintable(plans(*store, wb.reader().stamped(drill.query))));
            add(QStringLiteral("drill-down list (count, first page): %1 (%2)").arg(what).arg(n),
                median(times), QStringLiteral("ms"), QStringLiteral("< 200 ms"));
        }
    }

    // `aftersales report --json` over 90 days against `aftersales list --limit 1` (start-up:
    // opening the file, the clock check, one indexed page).
    void commandLine()
    {
        std::unique_ptr<Storage> store = openStore();
        const QDateTime now = quietTime(*store);
        store.reset();
        const QString at = now.toString(Qt::ISODateWithMs);
        const QString from = now.addDays(-89).toLocalTime().date().toString(Qt::ISODate);
        auto run = [&](const QStringList &args) {
            QElapsedTimer t;
            t.start();
            QProcess p;
            p.setStandardOutputFile(QProcess::nullDevice());
            p.start(QStringLiteral(AFTERSALES_CLI),
                    QStringList{QStringLiteral("--db"), m_db, QStringLiteral("--now"), at,
                                QStringLiteral("--json")} +
                        args);
            if (!p.waitForFinished(120000) || p.exitCode() != 0)
                qFatal("aftersales %s failed", qPrintable(args.join(QLatin1Char(' '))));
            return msSince(t);
        };
        // The first run takes the daily backup, when due, and warms the cache.
        run({QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("1")});
        QList<double> base, report;
        for (int i = 0; i < m_runs; ++i) {
            base.append(run({QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("1")}));
            report.append(run({QStringLiteral("report"), QStringLiteral("--from"), from}));
        }
        add(QStringLiteral("aftersales list --limit 1 (start-up)"), median(base), QStringLiteral("ms"),
            QStringLiteral("—"));
        add(QStringLiteral("aftersales report, 90 days"), median(report), QStringLiteral("ms"),
            QStringLiteral("—"));
        add(QStringLiteral("aftersales report, 90 days, above start-up"), median(report) - median(base),
            QStringLiteral("ms"), QStringLiteral("< 200 ms"));
    }

    // The window: Insight opened (view made, report read, charts drawn and painted), then
    // each period chosen in turn.
    void window()
    {
        QList<double> open, to30, to90, to7;
        for (int i = 0; i < m_runs; ++i) {
            const std::unique_ptr<Storage> store = openStore();
            FixedClock clock(quietTime(*store));
            Workbench wb(*store, clock, Policy::defaults());
            QTemporaryDir dir;
            Settings settings(dir.filePath(QStringLiteral("workbench.ini")));
            ui::MainWindow window(wb, settings);
            window.resize(1366, 768);
            window.show();
            QCoreApplication::processEvents();
            QElapsedTimer t;
            t.start();
            window.showInsight(true);
            window.repaint();
            open.append(msSince(t));
            ui::PeriodSelector *period = window.insightView()->periodSelector();
            const auto choose = [&](const char *name, QList<double> &into) {
                auto *button = period->findChild<QAbstractButton *>(QLatin1String(name));
                QElapsedTimer s;
                s.start();
                button->click();
                window.repaint();
                into.append(msSince(s));
            };
            choose("period30", to30);
            choose("period90", to90);
            choose("period7", to7);
        }
        add(QStringLiteral("Insight opened (7 days), to painted"), median(open), QStringLiteral("ms"),
            QStringLiteral("< 200 ms"));
        add(QStringLiteral("Insight switched to 30 days, to painted"), median(to30), QStringLiteral("ms"),
            QStringLiteral("< 200 ms"));
        add(QStringLiteral("Insight switched to 90 days, to painted"), median(to90), QStringLiteral("ms"),
            QStringLiteral("< 200 ms"));
        add(QStringLiteral("Insight switched back to 7 days, to painted"), median(to7), QStringLiteral("ms"),
            QStringLiteral("< 200 ms"));
    }

private:
    QString m_db;
    int m_runs;
};

} // namespace

int main(int argc, char *argv[])
{
    // As the programs do: the figures are theirs.
    heap::keepFreedMemoryForReuse();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        qputenv("QT_LOGGING_RULES", "qt.qpa.*=false;aftersales.*=false");
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
        if (type != QtDebugMsg && !message.contains(QLatin1String("propagateSizeHints")))
            std::fprintf(stderr, "%s\n", qPrintable(message));
    });
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Benchmarks of the Insight view and aftersales report."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("count"), QStringLiteral("Claims in the database."), QStringLiteral("N"),
                      QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs per figure (the median is printed)."),
                      QStringLiteral("R"), QStringLiteral("5")});
    parser.addOption(
        {QStringLiteral("db"),
         QStringLiteral("The database, a file or a postgresql:// address (generated when it holds "
                        "no claims)."),
         QStringLiteral("FILE|URI")});
    parser.process(app);
    const int count = parser.value(QStringLiteral("count")).toInt();
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    const QString db = parser.isSet(QStringLiteral("db"))
                           ? parser.value(QStringLiteral("db"))
                           : QDir::temp().filePath(QStringLiteral("aftersales-bench-%1.db").arg(count));
    std::printf("aftersales Insight benchmark: N = %d claims, median of %d runs, %s\n", count, runs,
                qPrintable(QDateTime::currentDateTime().toString(Qt::ISODate)));
    if (!BenchDatabase(db).holdsClaims()) {
        QElapsedTimer t;
        t.start();
        const int rc =
            QProcess::execute(QStringLiteral(AFTERSALES_CLI),
                              {QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--count"),
                               QString::number(count), QStringLiteral("--seed"), QStringLiteral("1")});
        if (rc != 0)
            qFatal("demo generation failed");
        add(QStringLiteral("aftersales demo --count %1").arg(count), t.elapsed() / 1000.0,
            QStringLiteral("s"), QStringLiteral("< 60 s"));
    } else {
        std::printf("  (reusing %s; delete it to time its generation)\n", qPrintable(db));
    }
    Bench bench(db, runs);
    bench.core();
    bench.drillDowns();
    bench.commandLine();
    bench.window();
    return 0;
}
