// Drives the real main window offscreen and the command line over a generated database
// of N claims, and prints each figure of the README's performance table as the median of
// several runs; eight agents approving at once on their own connections.
//
//   build/release/tests/bench/bench_workbench [--count 1000000] [--runs 5] [--db FILE|URI]
//
// The database (a file, or a PostgreSQL database: --db postgresql://ROLE@HOST/DATABASE, a
// role that may create databases) is generated once (`aftersales demo`, timed) and reused
// afterwards; the runs that write (actions, the sweep, the agents) work on a copy of it.

#include "benchagents.h"
#include "benchdatabase.h"
#include "benchtools.h"
#include "claimtablemodel.h"
#include "domain/timeformat.h"
#include "filterbar.h"
#include "heaptuning.h"
#include "mainwindow.h"
#include "quickfilterbar.h"
#include "settings.h"
#include "storage/claimquery.h"
#include "storage/storagefactory.h"
#include "workbench.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QProcess>
#include <QScrollBar>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace aftersales;
using namespace aftersales::bench;

namespace
{

// As the window opens it.
std::unique_ptr<Storage> openStorage(const QString &location)
{
    StorageOptions options;
    options.longLived = true;
    Result<std::unique_ptr<Storage>> opened = storage::open(location, options);
    if (!opened.ok())
        qFatal("cannot open %s: %s", qPrintable(location), qPrintable(opened.outcome.message));
    return std::move(*opened);
}

struct Figure {
    QString what;
    double value;
    QString unit;
    QString target;
};

class Bench
{
public:
    Bench(QString db, int runs) : m_db(std::move(db)), m_runs(runs) {}

    QList<Figure> figures;

    void add(const QString &what, double value, const QString &unit, const QString &target)
    {
        figures.append({what, value, unit, target});
        std::printf("  %-58s %10.1f %-4s (target %s)\n", qPrintable(what), value, qPrintable(unit),
                    qPrintable(target));
        std::fflush(stdout);
    }

    // The clock stands just after the newest event: nothing is due at launch.
    QDateTime quietTime(const Storage &store)
    {
        const auto newest = store.newestEventAt();
        return newest.ok() && *newest ? (*newest)->addSecs(1) : QDateTime::currentDateTimeUtc();
    }

    void launch()
    {
        QList<double> times;
        for (int i = 0; i < m_runs; ++i) {
            QElapsedTimer t;
            t.start();
            const std::unique_ptr<Storage> store = openStorage(m_db);
            FixedClock clock(quietTime(*store));
            Workbench wb(*store, clock, Policy::defaults());
            Settings settings(m_settingsFile);
            ui::MainWindow window(wb, settings);
            window.resize(1366, 768);
            bool painted = false;
            PaintWatch watch(window.view()->viewport(), painted);
            window.show();
            waitUntil([&] { return painted && window.model()->rowCount() > 0; });
            times.append(msSince(t));
        }
        add(QStringLiteral("launch to first page of exchange_reship_pending painted"), median(times),
            QStringLiteral("ms"), QStringLiteral("< 500 ms"));
    }

    void interactive()
    {
        const std::unique_ptr<Storage> opened = openStorage(m_db);
        const Storage &store = *opened;
        FixedClock clock(quietTime(store));
        Workbench wb(*opened, clock, Policy::defaults());
        Settings settings(m_settingsFile);
        ui::MainWindow window(wb, settings);
        window.resize(1366, 768);
        window.show();
        waitUntil([&] { return window.model()->rowCount() > 0; });

        // Quick filters: click, list and counts follow synchronously. Each is clicked from
        // the next one in the bar, so the list and the claim shown in the detail pane change.
        double worstFilter = 0;
        const QList<QuickFilter> bar = quickfilters::bar();
        for (int b = 0; b < bar.size(); ++b) {
            const QuickFilter f = bar.at(b);
            auto *button =
                window.findChild<QAbstractButton *>(QStringLiteral("quickFilter_") + quickfilters::name(f));
            QList<double> times;
            for (int i = 0; i < m_runs; ++i) {
                window.setQuickFilter(bar.at((b + 1) % bar.size()));
                QCoreApplication::processEvents();
                QElapsedTimer t;
                t.start();
                button->click();
                QCoreApplication::processEvents();
                times.append(msSince(t));
            }
            std::printf("    quick filter %-28s %6.1f ms (%lld claims)\n", qPrintable(quickfilters::name(f)),
                        median(times), window.quickFilterBar()->count(f));
            worstFilter = std::max(worstFilter, median(times));
        }
        add(QStringLiteral("switching a quick filter, counts included (slowest filter)"), worstFilter,
            QStringLiteral("ms"), QStringLiteral("< 20 ms"));

        auto *type = window.findChild<QComboBox *>(QStringLiteral("typeFilter"));
        QList<double> typeTimes;
        for (int i = 0; i < m_runs; ++i)
            for (int index = 1; index < type->count(); ++index) {
                QElapsedTimer t;
                t.start();
                type->setCurrentIndex(index);
                QCoreApplication::processEvents();
                typeTimes.append(msSince(t));
            }
        type->setCurrentIndex(0);
        add(QStringLiteral("switching the type filter"), median(typeTimes), QStringLiteral("ms"),
            QStringLiteral("< 20 ms"));

        search(window, store);
        scroll(window);
        std::printf("    window RSS after scrolling: %ld MiB\n", bench::statusKiB("VmRSS:") / 1024);
    }

    void search(ui::MainWindow &window, const Storage &store)
    {
        window.setQuickFilter(QuickFilter::All);
        const BenchDatabase raw(store.location());
        const QString buyer =
            raw.scalar(QStringLiteral("SELECT o.buyer FROM claims c JOIN orders o "
                                      "ON o.order_id = c.order_id ORDER BY c.id DESC LIMIT 1"))
                .toString();
        const QString orderPrefix =
            raw.scalar(QStringLiteral("SELECT order_id FROM claims ORDER BY id DESC LIMIT 1"))
                .toString()
                .left(10);
        auto *edit = window.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        const QList<std::pair<QString, QString>> terms{
            {QStringLiteral("buyer"), buyer},
            {QStringLiteral("product"), QStringLiteral("扫地机器人")},
            {QStringLiteral("order-id prefix"), orderPrefix}};
        // Timed from the moment the filter bar asks (after its typing delay) to the first page.
        QElapsedTimer t;
        const QMetaObject::Connection timing =
            QObject::connect(window.filterBar(), &ui::FilterBar::changed, [&t] { t.start(); });
        double worst = 0;
        for (const auto &[kind, term] : terms) {
            QList<double> times;
            for (int i = 0; i < m_runs; ++i) {
                edit->clear();
                waitUntil([&] { return window.model()->query().search.isEmpty(); });
                edit->setText(term);
                waitUntil([&] { return window.model()->query().search == term; });
                times.append(msSince(t));
            }
            std::printf("    search %-16s %-24s %6.1f ms\n", qPrintable(kind), qPrintable(term),
                        median(times));
            worst = std::max(worst, median(times));
        }
        add(QStringLiteral("search (buyer, product, order-id prefix) to first page"), worst,
            QStringLiteral("ms"), QStringLiteral("< 30 ms"));
        // A two-character term is a LIKE over every claim: it runs off the UI thread.
        edit->clear();
        waitUntil([&] { return window.model()->query().search.isEmpty(); });
        const double stall = longestStall([&] {
            edit->setText(QStringLiteral("小鱼"));
            waitUntil([&] { return window.model()->query().search == QStringLiteral("小鱼"); });
        });
        std::printf("    short search '小鱼': result after %.0f ms\n", msSince(t));
        QObject::disconnect(timing);
        add(QStringLiteral("short search: longest UI stall while it runs"), stall, QStringLiteral("ms"),
            QStringLiteral("no freeze"));
        edit->clear();
        QCoreApplication::processEvents();
    }

    // The scroll bar dragged from the top to the bottom of the whole list in 200 moves,
    // then back up a page at a time: each step until its rows are painted. The longest step
    // of one pass is one stall among 300: the figure is the median of the runs' passes, each
    // from the top of a list shown afresh.
    void scroll(ui::MainWindow &window)
    {
        for (QuickFilter f : {QuickFilter::ExchangeReshipPending, QuickFilter::All}) {
            QList<double> worsts;
            QStringList runs;
            for (int run = 0; run < m_runs; ++run) {
                window.setQuickFilter(f == QuickFilter::All ? QuickFilter::ExchangeReshipPending
                                                            : QuickFilter::All);
                window.setQuickFilter(f);
                QCoreApplication::processEvents();
                QScrollBar *bar = window.view()->verticalScrollBar();
                double worst = 0;
                const auto step = [&](const std::function<void()> &move) {
                    QElapsedTimer t;
                    t.start();
                    move();
                    QCoreApplication::processEvents();
                    worst = std::max(worst, msSince(t));
                };
                constexpr int moves = 200;
                for (int i = 1; i <= moves; ++i)
                    step([&] { bar->setValue(int(qint64(bar->maximum()) * i / moves)); });
                for (int i = 0; i < 100; ++i)
                    step([&] { bar->triggerAction(QAbstractSlider::SliderPageStepSub); });
                worsts.append(worst);
                runs << QString::number(worst, 'f', 1);
            }
            std::printf("    scroll %s, longest step run by run (the first the coldest): %s ms\n",
                        qPrintable(quickfilters::name(f)), qPrintable(runs.join(QLatin1String(", "))));
            add(QStringLiteral("scroll %1 (%2 rows) top to bottom, back a page at a time: longest step")
                    .arg(quickfilters::name(f))
                    .arg(window.model()->rowCount()),
                median(worsts), QStringLiteral("ms"), QStringLiteral("< 50 ms"));
            std::printf("    claims held by the list: %d\n", window.model()->heldClaims());
        }
    }

    // The window's sweeps vary more between runs than any other figure: each run's sweeps
    // start from a fresh copy of the database, and the figures are the medians of the runs.
    void actionsAndSweep()
    {
        QList<double> approvals;
        QList<Sweep> sweeps;
        long rssKb = 0;
        for (int run = 0; run < m_runs; ++run) {
            sweeps.append(actionsAndSweepOnce(run == 0 ? &approvals : nullptr));
            rssKb = std::max(rssKb, sweeps.last().rssKb);
        }
        add(QStringLiteral("one action (approve) to the row repainted"), median(approvals),
            QStringLiteral("ms"), QStringLiteral("< 20 ms"));
        const QStringList labels{QStringLiteral("sweep of 10,000 due claims in the window"),
                                 QStringLiteral("sweep two days later")};
        for (int i = 0; i < 2; ++i) {
            QList<double> perTenThousand;
            QList<double> stalls;
            QStringList runs;
            for (const Sweep &s : std::as_const(sweeps)) {
                perTenThousand.append(s.perTenThousand[i]);
                stalls.append(s.stall[i]);
                runs << QString::number(s.perTenThousand[i], 'f', 0);
            }
            std::printf("    %s, per 10,000 claims, run by run: %s ms\n", qPrintable(labels[i]),
                        qPrintable(runs.join(QLatin1String(", "))));
            add(labels[i] + QStringLiteral(", per 10,000 claims"), median(perTenThousand),
                QStringLiteral("ms"), QStringLiteral("< 1000 ms"));
            add(labels[i] + QStringLiteral(": longest time the window was blocked"), median(stalls),
                QStringLiteral("ms"), QStringLiteral("< 100 ms"));
        }
        std::printf("    window RSS: %ld MiB (target < 150 MiB)\n", rssKb / 1024);
    }

    // Both sweeps' time per 10,000 claims and longest stall; the window's RSS after them.
    struct Sweep {
        double perTenThousand[2];
        double stall[2];
        long rssKb;
    };

    // On a fresh copy of the database: approvals one by one when asked, then the two sweeps.
    Sweep actionsAndSweepOnce(QList<double> *approvals)
    {
        const BenchDatabase original(m_db);
        const QString copy = original.workCopy();
        const std::unique_ptr<Storage> opened = openStorage(copy);
        Storage &store = *opened;
        FixedClock clock(quietTime(store));
        Workbench wb(store, clock, Policy::defaults());
        Settings settings(m_settingsFile);
        ui::MainWindow window(wb, settings);
        window.setPollInterval(3600 * 1000);
        window.resize(1366, 768);
        window.show();
        window.setQuickFilter(QuickFilter::PendingReview);
        QCoreApplication::processEvents();
        QAction *approve = window.findChild<QAction *>(QStringLiteral("actionApprove"));
        // An approved claim stays in the list until the next refresh: take the next row each time.
        for (int i = 0; approvals && i < m_runs * 2 && i < window.model()->rowCount(); ++i) {
            window.selectClaim(window.model()->claimAt(window.model()->index(i, 0)).id);
            QCoreApplication::processEvents();
            QElapsedTimer t;
            t.start();
            approve->trigger();
            QCoreApplication::processEvents();
            approvals->append(msSince(t));
        }

        // 10,000 reshipments applied two days ago whose review window closes in one second:
        // copies of finished claims' orders, each with its application event, straight into
        // the work copy. One second later exactly they are due.
        const qint64 now = clock.now().toSecsSinceEpoch();
        const qint64 applied = now - 172800 + 1;
        const BenchDatabase raw(copy);
        // SQLite picks the next ids itself; PostgreSQL is given them.
        const QString newId = raw.isPostgres()
                                  ? QStringLiteral("(SELECT max(id) FROM claims) + row_number() OVER (), ")
                                  : QString();
        const bool made = raw.execAll(
            {QStringLiteral("INSERT INTO claims (") +
                 (raw.isPostgres() ? QStringLiteral("id, ") : QString()) +
                 QStringLiteral("order_id, type, reason, status, note, applied_at, deadline,"
                                " refund_cents, compensation_cents, remark, flag, version, updated_at)"
                                " SELECT ") +
                 newId +
                 QStringLiteral("order_id, 7, 2, 1, '', %1, %1 + 172800, 0, 0, '', 0, 1, %1 FROM claims"
                                " WHERE status = 7 LIMIT 10000")
                     .arg(applied),
             QStringLiteral("INSERT INTO events (claim_id, at, actor, action, from_status, to_status, detail)"
                            " SELECT id, %1, 'buyer', 'apply', 1, 1, 'reship/missing_items' FROM claims"
                            " WHERE applied_at = %1 AND status = 1 AND deadline = %1 + 172800")
                 .arg(applied)});
        if (!made)
            qFatal("cannot prepare the sweep");
        if (raw.isPostgres())
            raw.exec(QStringLiteral("ANALYZE claims"));
        clock.set(QDateTime::fromSecsSinceEpoch(applied + 172800, Qt::UTC));
        Sweep figures{};
        sweepInWindow(window, store, clock, QStringLiteral("sweep of 10,000 due claims in the window"),
                      &figures.perTenThousand[0], &figures.stall[0]);
        // Two days later: what the demo's own open claims do with their deadlines, scattered
        // across the table and the indexes, some taking more than one step.
        clock.set(clock.now().addSecs(172800));
        sweepInWindow(window, store, clock, QStringLiteral("sweep two days later"),
                      &figures.perTenThousand[1], &figures.stall[1]);
        figures.rssKb = bench::statusKiB("VmRSS:");
        window.close();
        return figures;
    }

    // Lets the window find and apply what is due: the time per 10,000 claims and the longest
    // time the window was blocked.
    void sweepInWindow(ui::MainWindow &window, const Storage &store, const Clock &clock, const QString &label,
                       double *perTenThousand, double *stall)
    {
        const auto due = store.dueClaims({}, clock.now(), 1000000);
        const qint64 count = due.ok() ? due->size() : 0;
        QElapsedTimer t;
        t.start();
        bool finished = false;
        const QMetaObject::Connection done =
            QObject::connect(&window, &ui::MainWindow::sweepFinished, [&finished] { finished = true; });
        *stall = longestStall([&] {
            QMetaObject::invokeMethod(&window, "poll");
            // Until the window has applied all and brought its list up to date, as it says: the
            // benchmark's own looking sends nothing to the database meanwhile.
            waitUntil([&] { return finished || count == 0; });
        });
        const double ms = msSince(t);
        QObject::disconnect(done);
        if (const Result<bool> left = store.anythingDue({}, clock.now()); !left.ok() || *left)
            qFatal("%s: the window's sweep left claims due", qPrintable(label));
        std::printf("    %s: %lld claims due, %.0f ms in all, the window blocked %.1f ms at most\n",
                    qPrintable(label), count, ms, *stall);
        *perTenThousand = count ? ms * 10000 / count : 0;
    }

    // The command line's search, total included, as a script runs it: each run a process of
    // its own, less the same program's start-up with an unsearched list of one claim.
    void commandLineSearch()
    {
        QString now;
        {
            const std::unique_ptr<Storage> store = openStorage(m_db);
            now = timeformat::toIsoUtc(quietTime(*store));
        }
        const QStringList common{QStringLiteral("--json"), QStringLiteral("--db"), m_db,
                                 QStringLiteral("--now"), now};
        const auto run = [&common](const QStringList &command) {
            QProcess p;
            QElapsedTimer t;
            t.start();
            p.start(QStringLiteral(AFTERSALES_CLI), common + command);
            if (!p.waitForFinished(-1) || p.exitCode() != 0)
                qFatal("aftersales %s failed", qPrintable(command.join(QLatin1Char(' '))));
            return msSince(t);
        };
        const QStringList unsearched{QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("1")};
        run(unsearched); // the daily backup, once, before the clock starts
        const QList<std::pair<QString, QString>> terms{{QStringLiteral("蓝牙耳"), QStringLiteral("< 30 ms")},
                                                       {QStringLiteral("蓝牙"), QStringLiteral("< 150 ms")}};
        QList<double> startUp;
        QList<QList<double>> searched(terms.size());
        for (int i = 0; i < 2 * m_runs; ++i) {
            startUp.append(run(unsearched));
            for (qsizetype t = 0; t < terms.size(); ++t)
                searched[t].append(run({QStringLiteral("list"), QStringLiteral("--search"), terms[t].first,
                                        QStringLiteral("--limit"), QStringLiteral("50")}));
        }
        std::printf("    aftersales list --limit 1 (start-up): %.1f ms\n", median(startUp));
        for (qsizetype t = 0; t < terms.size(); ++t)
            add(QStringLiteral("aftersales list --search %1 --limit 50, total included, above start-up")
                    .arg(terms[t].first),
                median(searched[t]) - median(startUp), QStringLiteral("ms"), terms[t].second);
    }

    // Eight agents approve claims pending review at once, each on a connection of its own (as
    // eight desktops would), every claim wanted by two of them: how many actions a second in
    // all, and that each acknowledged approval is there once and nothing else is.
    void agents()
    {
        const BenchDatabase original(m_db);
        const QString copy = original.workCopy();
        const BenchDatabase raw(copy);
        QDateTime quiet;
        {
            const std::unique_ptr<Storage> store = openStorage(copy);
            quiet = quietTime(*store);
        }
        constexpr int agentCount = 8;
        constexpr int perAgent = 1500;
        QList<qint64> ids;
        {
            const std::unique_ptr<Storage> store = openStorage(copy);
            ids = pendingReviews(*store, quiet, agentCount * perAgent / 2);
        }
        const AgentsApproving r =
            approveAtOnce(ids, agentCount, quiet, [&copy] { return openStorage(copy); });
        const int acknowledged = r.acknowledged;
        const int refused = r.refused;
        const int failed = r.failed;
        const double seconds = r.seconds;
        const qint64 stored =
            raw.scalar(QStringLiteral("SELECT count(*) FROM events WHERE action = 'approve' AND at = %1")
                           .arg(quiet.toSecsSinceEpoch()))
                .toLongLong();
        const qint64 twice = raw.scalar(QStringLiteral("SELECT count(*) FROM (SELECT claim_id FROM events"
                                                       " WHERE action = 'approve' AND at = %1"
                                                       " GROUP BY claim_id HAVING count(*) > 1) x")
                                            .arg(quiet.toSecsSinceEpoch()))
                                 .toLongLong();
        std::printf(
            "    8 agents: %d approvals tried in %.1f s: %d acknowledged, %d refused (the other agent "
            "was first), %d failed; %lld approvals stored, %lld claims approved twice\n",
            acknowledged + refused + failed, seconds, int(acknowledged), int(refused), int(failed), stored,
            twice);
        if (stored != acknowledged || twice != 0 || failed != 0)
            qFatal("lost or doubled approvals: %lld stored for %d acknowledged, %lld twice, %d failed",
                   stored, int(acknowledged), twice, int(failed));
        add(QStringLiteral("8 agents approving at once: acknowledged actions a second, in all"),
            acknowledged / seconds, QStringLiteral("/s"), QStringLiteral(">= 500 /s"));
        add(QStringLiteral("8 agents approving at once: tries a second (approve or refused), in all"),
            (acknowledged + refused + failed) / seconds, QStringLiteral("/s"), QStringLiteral("-"));
    }

    QString m_settingsFile = QDir::temp().filePath(QStringLiteral("aftersales-bench-settings.ini"));

private:
    // Notes the first paint of a widget.
    struct PaintWatch : QObject {
        PaintWatch(QWidget *w, bool &painted) : m_painted(painted) { w->installEventFilter(this); }
        bool eventFilter(QObject *, QEvent *e) override
        {
            if (e->type() == QEvent::Paint)
                m_painted = true;
            return false;
        }
        bool &m_painted;
    };

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
    // The offscreen platform's notes about window hints are not figures.
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
        if (type != QtDebugMsg && !message.contains(QLatin1String("propagateSizeHints")))
            std::fprintf(stderr, "%s\n", qPrintable(message));
    });
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Benchmarks of the after-sales workbench."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("count"), QStringLiteral("Claims in the database."), QStringLiteral("N"),
                      QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs per figure (the median is printed)."),
                      QStringLiteral("R"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("db"),
                      QStringLiteral("The database (generated when missing): a file, or "
                                     "postgresql://ROLE@HOST/DATABASE (a role that may create databases)."),
                      QStringLiteral("FILE|URI")});
    parser.addOption(
        {QStringLiteral("only"),
         QStringLiteral(
             "Comma-separated parts to run: launch, interactive, sweep, cli, agents (all by default)."),
         QStringLiteral("PARTS")});
    parser.process(app);
    const int count = parser.value(QStringLiteral("count")).toInt();
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    const QString db = parser.isSet(QStringLiteral("db"))
                           ? parser.value(QStringLiteral("db"))
                           : QDir::temp().filePath(QStringLiteral("aftersales-bench-%1.db").arg(count));
    std::printf("aftersales benchmark: N = %d claims, median of %d runs, %s\n", count, runs,
                qPrintable(QDateTime::currentDateTime().toString(Qt::ISODate)));
    Bench bench(db, runs);
    if (!BenchDatabase(db).holdsClaims()) {
        QElapsedTimer t;
        t.start();
        const int rc =
            QProcess::execute(QStringLiteral(AFTERSALES_CLI),
                              {QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--count"),
                               QString::number(count), QStringLiteral("--seed"), QStringLiteral("1")});
        if (rc != 0)
            qFatal("demo generation failed");
        bench.add(QStringLiteral("aftersales demo --count %1").arg(count), t.elapsed() / 1000.0,
                  QStringLiteral("s"), QStringLiteral("< 60 s"));
    } else {
        std::printf("  (reusing %s; delete it to time its generation)\n", qPrintable(db));
    }
    const QStringList only = parser.value(QStringLiteral("only")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    const auto wanted = [&only](const char *part) {
        return only.isEmpty() || only.contains(QLatin1String(part));
    };
    if (wanted("launch"))
        bench.launch();
    if (wanted("interactive"))
        bench.interactive();
    if (wanted("sweep"))
        bench.actionsAndSweep();
    if (wanted("cli"))
        bench.commandLineSearch();
    if (wanted("agents"))
        bench.agents();
    return 0;
}
