// The platform sync against the simulator's program: a pull of N claims into a fresh database
// (claims per second, peak RSS), and the delivery of M queued actions to a platform that
// answers in L ms, at each concurrency asked for (actions per second); each claim's actions
// in order, every action applied exactly once (the simulator's counters say so).
//
//   build/release/tests/bench/bench_sync [--claims 100000] [--actions 1000] [--latency-ms 20]
//                                        [--concurrency 1,4,8] [--window]
//
// The sync runs on its engine's thread; the figures include the caller's longest event-loop
// turn meanwhile. With --window the caller is the real window, offscreen, on the same database
// with the engine attached as the desktop app has it: the list, the counts and the indicator
// follow the round, and the turn measured is the window's.

#include "domain/clock.h"
#include "domain/policy.h"
#include "heaptuning.h"
#include "platform/memorykeyring.h"
#include "platform/syncengine.h"
#include "simclient.h"
#include "storage/sqlite/sqlitestorage.h"
#include "workbench.h"

#ifdef AFTERSALES_BENCH_WINDOW
#include "benchtools.h"
#include "mainwindow.h"
#include "settings.h"
#include "synccontroller.h"

#include <QApplication>
#endif

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace aftersales;
using namespace aftersales::platform;
using aftersales::platformsim::testing::SimClient;

namespace
{

// The simulator's program on a free port.
struct Sim {
    QProcess process;
    QUrl base;
    std::unique_ptr<SimClient> control;

    bool start(const QStringList &args)
    {
        process.setProcessChannelMode(QProcess::SeparateChannels);
        process.start(QStringLiteral(AFTERSALES_PLATFORM_SIM),
                      QStringList{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--quiet")} +
                          args);
        if (!process.waitForStarted())
            return false;
        while (!process.canReadLine())
            if (!process.waitForReadyRead(120000))
                return false;
        const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("(http://127\\.0\\.0\\.1:\\d+)"))
                                              .match(QString::fromUtf8(process.readLine()));
        if (!m.hasMatch())
            return false;
        base = QUrl(m.captured(1));
        control = std::make_unique<SimClient>(base);
        control->setTimeoutMs(600000);
        return true;
    }
    ~Sim()
    {
        process.terminate();
        process.waitForFinished(10000);
    }
};

// The desktop app's side of the database: the window when asked for (and built), else only a
// Workbench, the one the merchant's approvals go through either way.
class Desk
{
public:
    Desk(const QString &db, bool withWindow, const QString &settingsFile)
    {
        if (!m_storage.open(db).ok())
            return;
        m_workbench = std::make_unique<Workbench>(m_storage, m_clock, Policy::defaults());
#ifdef AFTERSALES_BENCH_WINDOW
        if (withWindow) {
            m_settings = std::make_unique<Settings>(settingsFile);
            m_settings->syncIntervalSecs().setValue(0); // only the rounds the benchmark asks for
            m_window = std::make_unique<ui::MainWindow>(*m_workbench, *m_settings);
            m_window->resize(1366, 768);
            m_window->show();
        }
#else
        Q_UNUSED(withWindow);
        Q_UNUSED(settingsFile);
#endif
    }
    // As in the desktop app: the window goes before the engine it is attached to.
    ~Desk()
    {
#ifdef AFTERSALES_BENCH_WINDOW
        m_window.reset();
#endif
        m_engine.reset();
    }
    bool ok() const
    {
        return m_workbench != nullptr;
    }
    Workbench &workbench()
    {
        return *m_workbench;
    }
    // The engine, kept here and attached to the window when there is one.
    SyncEngine &attach(std::unique_ptr<SyncEngine> engine)
    {
        m_engine = std::move(engine);
#ifdef AFTERSALES_BENCH_WINDOW
        if (m_window)
            m_window->attachSync(*m_engine);
#endif
        return *m_engine;
    }
    // `done` runs when a round is over for the merchant: with the window, once it has read
    // the list, the counts and the indicator again.
    template <typename F> void onRoundDone(QObject *context, F done)
    {
#ifdef AFTERSALES_BENCH_WINDOW
        if (m_window) {
            QObject::connect(m_window->syncController(), &ui::SyncController::roundShown, context, done);
            return;
        }
#endif
        QObject::connect(m_engine.get(), &SyncEngine::roundFinished, context, done);
    }

private:
    SqliteStorage m_storage;
    SystemClock m_clock;
    std::unique_ptr<Workbench> m_workbench;
    std::unique_ptr<SyncEngine> m_engine;
#ifdef AFTERSALES_BENCH_WINDOW
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<ui::MainWindow> m_window;
#endif
};

struct Measured {
    SyncSummary summary;
    double ms = 0;
    // The longest time between two ticks of a 1 ms timer: an event-loop turn, plus at most
    // the millisecond the timer waits.
    double longestTurnMs = 0;
    // When the longest turn ended, from the round's start; and the turns over 50 ms.
    double longestTurnAtS = 0;
    int slowTurns = 0;
};

// One round of `engine`, timed until the merchant sees it over, with the caller's event loop
// watched meanwhile.
Measured round(SyncEngine &engine, Desk &desk)
{
    Measured m;
    QEventLoop loop;
    QElapsedTimer total;
    QElapsedTimer gap;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(1);
    QObject::connect(&ticker, &QTimer::timeout, &loop, [&] {
        const double turnMs = gap.nsecsElapsed() / 1e6;
        if (turnMs > m.longestTurnMs) {
            m.longestTurnMs = turnMs;
            m.longestTurnAtS = total.nsecsElapsed() / 1e9;
        }
        m.slowTurns += turnMs > 50;
        gap.restart();
    });
    desk.onRoundDone(&loop, [&](const SyncSummary &s) {
        m.summary = s;
        loop.quit();
    });
    total.start();
    gap.start();
    ticker.start();
    engine.syncNow();
    loop.exec();
    m.ms = total.nsecsElapsed() / 1e6;
    return m;
}

SyncEngine &engineFor(const QString &db, int concurrency, Desk &desk)
{
    SyncEnvironment env;
    env.location = db;
    env.policy = Policy::defaults();
    env.localClock = std::make_shared<SystemClock>();
    env.platformClock = std::make_shared<SystemClock>();
    env.makeKeyring = [] { return std::make_unique<MemoryKeyring>(); };
    env.options.concurrency = concurrency;
    return desk.attach(std::make_unique<SyncEngine>(env));
}

bool connectTo(SyncEngine &engine, const QUrl &base)
{
    QEventLoop loop;
    ConnectResult result;
    QObject::connect(&engine, &SyncEngine::connectFinished, &loop, [&](const ConnectResult &r) {
        result = r;
        loop.quit();
    });
    ShopCredentials c;
    c.appKey = QStringLiteral("demo-app-key");
    c.shopId = QStringLiteral("10086");
    c.baseUrl = base;
    engine.connectShop(c);
    loop.exec();
    if (result.status != ConnectResult::Status::Connected)
        std::fprintf(stderr, "connect: %s\n", qPrintable(result.message));
    return result.status == ConnectResult::Status::Connected;
}

int benchPull(int claims, bool withWindow)
{
    Sim sim;
    if (!sim.start({QStringLiteral("--demo"), QString::number(claims), QStringLiteral("--seed"),
                    QStringLiteral("1")}))
        return 1;
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("pull.db"));
    Desk desk(db, withWindow, dir.filePath(QStringLiteral("workbench.ini")));
    if (!desk.ok())
        return 1;
    SyncEngine &engine = engineFor(db, 4, desk);
    if (!connectTo(engine, sim.base))
        return 1;
    const long rssBefore = bench::statusKiB("VmRSS:");
    const Measured m = round(engine, desk);
    if (!m.summary.ok()) {
        std::fprintf(stderr, "pull: %s\n", qPrintable(m.summary.error));
        return 1;
    }
    const int pages = sim.control->control("GET", QStringLiteral("counters"))
                          .json.value(QStringLiteral("requests"))
                          .toObject()
                          .value(QStringLiteral("afterSale.List"))
                          .toInt();
    std::printf("pull: %lld claims (%d pages) in %.1f s = %.0f claims/s; RSS %ld MiB before, peak %ld MiB "
                "(target < 30 s, < 150 MiB); %s longest event-loop turn %.1f ms at %.1f s, %d over 50 ms "
                "(target < 50 ms)\n",
                qint64(m.summary.pulled), pages, m.ms / 1000, m.summary.pulled / (m.ms / 1000),
                rssBefore / 1024, bench::statusKiB("VmHWM:") / 1024,
                withWindow ? "the window's" : "the caller's", m.longestTurnMs, m.longestTurnAtS, m.slowTurns);
    const Measured again = round(engine, desk);
    std::printf("      a round with nothing new after it: %.0f ms (pulled %lld), longest turn %.1f ms\n",
                again.ms, qint64(again.summary.pulled), again.longestTurnMs);
    std::fflush(stdout);
    return m.summary.pulled == claims ? 0 : 1;
}

int benchPush(int actions, int latencyMs, int concurrency, bool withWindow)
{
    Sim sim;
    if (!sim.start({QStringLiteral("--latency-ms"), QString::number(latencyMs)}))
        return 1;
    QJsonArray specs;
    for (int i = 0; i < actions; ++i)
        specs.append(QJsonObject{});
    const auto added =
        sim.control->control("POST", QStringLiteral("claims"), {{QStringLiteral("claims"), specs}});
    const QJsonArray ids = added.json.value(QStringLiteral("ids")).toArray();
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("push.db"));
    Desk desk(db, withWindow, dir.filePath(QStringLiteral("workbench.ini")));
    if (!desk.ok())
        return 1;
    SyncEngine &engine = engineFor(db, concurrency, desk);
    if (!connectTo(engine, sim.base) || !round(engine, desk).summary.ok())
        return 1;
    // The merchant approves them all (one transaction), through the window's Workbench.
    QList<Workbench::Target> targets;
    for (const QJsonValue &id : ids)
        targets.append({id.toString().toLongLong(), std::nullopt});
    for (const Workbench::ItemResult &r : desk.workbench().approveMany(targets, QStringLiteral("bench")))
        if (!r.outcome.ok())
            return 1;
    sim.control->control("DELETE", QStringLiteral("log"));
    const Measured m = round(engine, desk);
    const QJsonObject counters = sim.control->control("GET", QStringLiteral("counters")).json;
    const int applied = counters.value(QStringLiteral("writes_applied")).toInt();
    int twice = 0;
    const QJsonObject perClaim = counters.value(QStringLiteral("applied")).toObject();
    for (auto it = perClaim.begin(); it != perClaim.end(); ++it)
        twice += it.value().toObject().value(QStringLiteral("501")).toInt() > 1;
    std::printf(
        "push: %lld actions at concurrency %d, %d ms a call: %.2f s = %.0f actions/s; applied %d, twice "
        "%d, lost %lld (target < 10 s); %s longest event-loop turn %.1f ms, %d over 50 ms (target < 50 ms)\n",
        qint64(m.summary.pushed), concurrency, latencyMs, m.ms / 1000, m.summary.pushed / (m.ms / 1000),
        applied, twice, qint64(actions - applied), withWindow ? "the window's" : "the caller's",
        m.longestTurnMs, m.slowTurns);
    std::fflush(stdout);
    return m.summary.ok() && applied == actions && twice == 0 ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    // As the programs do: the figures are theirs.
    heap::keepFreedMemoryForReuse();
#ifdef AFTERSALES_BENCH_WINDOW
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
#else
    QCoreApplication app(argc, argv);
#endif
    QLoggingCategory::setFilterRules(QStringLiteral("aftersales.*=false\nqt.qpa.*=false"));
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("claims"), QStringLiteral("Claims to pull."), QStringLiteral("N"),
                      QStringLiteral("100000")});
    parser.addOption({QStringLiteral("actions"), QStringLiteral("Actions to deliver."), QStringLiteral("N"),
                      QStringLiteral("1000")});
    parser.addOption({QStringLiteral("latency-ms"), QStringLiteral("The simulator's answer time."),
                      QStringLiteral("MS"), QStringLiteral("20")});
    parser.addOption({QStringLiteral("concurrency"), QStringLiteral("Concurrencies to deliver at."),
                      QStringLiteral("LIST"), QStringLiteral("1,4,8")});
#ifdef AFTERSALES_BENCH_WINDOW
    parser.addOption(
        {QStringLiteral("window"),
         QStringLiteral("Run the sync under the real window (offscreen) and measure its event loop.")});
#endif
    parser.process(app);
#ifdef AFTERSALES_BENCH_WINDOW
    const bool withWindow = parser.isSet(QStringLiteral("window"));
#else
    const bool withWindow = false;
#endif
    qputenv("AFTERSALES_APP_SECRET", "demo-app-secret");
    int failures = 0;
    if (const int claims = parser.value(QStringLiteral("claims")).toInt(); claims > 0)
        failures += benchPull(claims, withWindow);
    const int actions = parser.value(QStringLiteral("actions")).toInt();
    const int latency = parser.value(QStringLiteral("latency-ms")).toInt();
    for (const QString &c : parser.value(QStringLiteral("concurrency")).split(QLatin1Char(',')))
        if (actions > 0)
            failures += benchPush(actions, latency, c.toInt(), withWindow);
    return failures == 0 ? 0 : 1;
}
