// The platform sync against the simulator's program: a pull of N claims into a fresh database
// (claims per second, peak RSS), and the delivery of M queued actions to a platform that
// answers in L ms, at each concurrency asked for (actions per second); each claim's actions
// in order, every action applied exactly once (the simulator's counters say so).
//
//   build/release/tests/bench/bench_sync [--claims 100000] [--actions 1000] [--latency-ms 20]
//                                        [--concurrency 1,4,8]
//
// The sync runs on its engine's thread; the figures include the caller's longest event-loop
// stall meanwhile (the window's thread, which must stay free).

#include "domain/clock.h"
#include "domain/policy.h"
#include "platform/memorykeyring.h"
#include "platform/syncengine.h"
#include "simclient.h"
#include "storage/sqlite/sqlitestorage.h"
#include "workbench.h"

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

long statusKiB(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').first().toLong();
    return -1;
}

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

struct Measured {
    SyncSummary summary;
    double ms = 0;
    double longestStallMs = 0;
};

// One round of `engine`, timed, with the caller's event loop watched meanwhile.
Measured round(SyncEngine &engine)
{
    Measured m;
    QEventLoop loop;
    QElapsedTimer total;
    QElapsedTimer gap;
    QTimer ticker;
    ticker.setInterval(2);
    QObject::connect(&ticker, &QTimer::timeout, &loop, [&] {
        m.longestStallMs = std::max(m.longestStallMs, gap.nsecsElapsed() / 1e6);
        gap.restart();
    });
    QObject::connect(&engine, &SyncEngine::roundFinished, &loop, [&](const SyncSummary &s) {
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

std::unique_ptr<SyncEngine> engineFor(const QString &db, int concurrency)
{
    SyncEnvironment env;
    env.location = db;
    env.policy = Policy::defaults();
    env.localClock = std::make_shared<SystemClock>();
    env.platformClock = std::make_shared<SystemClock>();
    env.makeKeyring = [] { return std::make_unique<MemoryKeyring>(); };
    env.options.concurrency = concurrency;
    return std::make_unique<SyncEngine>(env);
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

int benchPull(int claims)
{
    Sim sim;
    if (!sim.start({QStringLiteral("--demo"), QString::number(claims), QStringLiteral("--seed"),
                    QStringLiteral("1")}))
        return 1;
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("pull.db"));
    std::unique_ptr<SyncEngine> engine = engineFor(db, 4);
    if (!connectTo(*engine, sim.base))
        return 1;
    const long rssBefore = statusKiB("VmRSS:");
    const Measured m = round(*engine);
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
                "(target < 30 s, < 150 MiB); caller's longest event-loop stall %.1f ms\n",
                qint64(m.summary.pulled), pages, m.ms / 1000, m.summary.pulled / (m.ms / 1000),
                rssBefore / 1024, statusKiB("VmHWM:") / 1024, m.longestStallMs);
    const Measured again = round(*engine);
    std::printf("      a round with nothing new after it: %.0f ms (pulled %lld)\n", again.ms,
                qint64(again.summary.pulled));
    return m.summary.pulled == claims ? 0 : 1;
}

int benchPush(int actions, int latencyMs, int concurrency)
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
    std::unique_ptr<SyncEngine> engine = engineFor(db, concurrency);
    if (!connectTo(*engine, sim.base) || !round(*engine).summary.ok())
        return 1;
    // The merchant approves them all here (one transaction), as the window does.
    SqliteStorage storage;
    if (!storage.open(db).ok())
        return 1;
    SystemClock clock;
    Workbench workbench(storage, clock, Policy::defaults());
    QList<Workbench::Target> targets;
    for (const QJsonValue &id : ids)
        targets.append({id.toString().toLongLong(), std::nullopt});
    for (const Workbench::ItemResult &r : workbench.approveMany(targets, QStringLiteral("bench")))
        if (!r.outcome.ok())
            return 1;
    sim.control->control("DELETE", QStringLiteral("log"));
    const Measured m = round(*engine);
    const QJsonObject counters = sim.control->control("GET", QStringLiteral("counters")).json;
    const int applied = counters.value(QStringLiteral("writes_applied")).toInt();
    int twice = 0;
    const QJsonObject perClaim = counters.value(QStringLiteral("applied")).toObject();
    for (auto it = perClaim.begin(); it != perClaim.end(); ++it)
        twice += it.value().toObject().value(QStringLiteral("501")).toInt() > 1;
    std::printf(
        "push: %lld actions at concurrency %d, %d ms a call: %.2f s = %.0f actions/s; applied %d, twice %d, "
        "lost %lld (target < 10 s); caller's longest event-loop stall %.1f ms\n",
        qint64(m.summary.pushed), concurrency, latencyMs, m.ms / 1000, m.summary.pushed / (m.ms / 1000),
        applied, twice, qint64(actions - applied), m.longestStallMs);
    return m.summary.ok() && applied == actions && twice == 0 ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("aftersales.*=false"));
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("claims"), QStringLiteral("Claims to pull."), QStringLiteral("N"),
                      QStringLiteral("100000")});
    parser.addOption({QStringLiteral("actions"), QStringLiteral("Actions to deliver."), QStringLiteral("N"),
                      QStringLiteral("1000")});
    parser.addOption({QStringLiteral("latency-ms"), QStringLiteral("The simulator's answer time."),
                      QStringLiteral("MS"), QStringLiteral("20")});
    parser.addOption({QStringLiteral("concurrency"), QStringLiteral("Concurrencies to deliver at."),
                      QStringLiteral("LIST"), QStringLiteral("1,4,8")});
    parser.process(app);
    qputenv("AFTERSALES_APP_SECRET", "demo-app-secret");
    int failures = 0;
    if (const int claims = parser.value(QStringLiteral("claims")).toInt(); claims > 0)
        failures += benchPull(claims);
    const int actions = parser.value(QStringLiteral("actions")).toInt();
    const int latency = parser.value(QStringLiteral("latency-ms")).toInt();
    for (const QString &c : parser.value(QStringLiteral("concurrency")).split(QLatin1Char(',')))
        if (actions > 0)
            failures += benchPush(actions, latency, c.toInt());
    return failures == 0 ? 0 : 1;
}
