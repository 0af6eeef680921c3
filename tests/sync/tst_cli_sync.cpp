// The command line's platform commands (PLATFORM.md, "Command line") against the simulator's
// program, on a database file and on a team's server: exit codes, JSON, a process killed
// mid-write and started again, two processes at once, --watch until SIGTERM, copy --to with the
// queue, and no credential in any file, table or output.
#include "simclient.h"
#include "testdatabase.h"

#include <QDeadlineTimer>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace aftersales::platformsim::testing;

namespace
{

const QString appKey = QStringLiteral("k-cli-test");
const QString secret = QStringLiteral("s3cret-Kq9-never-shown");

// The shape of the simulator's tokens (random UUIDs): none may show anywhere.
const QRegularExpression
    tokenShape(QStringLiteral("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"));

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

} // namespace

class TestCliSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { aftersales::testing::addBackendRows(); }
    void init();
    void cleanup();
    void cleanupTestCase();
    void connect_exitCodes();
    void roundTrip_statusShowListAck();
    void unreachable_exit3_thenDeliveredOnce();
    void killedMidWrite_restartDeliversExactlyOnce();
    void twoProcessesAtOnce_noDoubleSend();
    void watch_untilSigterm();
    void copyTo_otherBackend_queueAndShopGoAlong_deliveredOnceFromThere();
    void secretAndTokens_nowhere();

private:
    bool startSim(const QStringList &extra = {});
    void stopSim();
    QProcessEnvironment environment(bool withSecret = true) const;
    Run cli(const QStringList &args, bool withSecret = true);
    // `args` on another database than this test's.
    Run cliOn(const QString &db, const QStringList &args);
    QProcess *startCli(const QStringList &args);
    Run finished(QProcess *p, int timeoutMs = 60000);
    QStringList dbArgs() const { return {QStringLiteral("--db"), m_db}; }
    // Claims on the simulator; their ids.
    QStringList addClaims(int count, const QJsonObject &spec = {});
    void connectShop();
    QJsonObject counters() { return m_control->control("GET", QStringLiteral("counters")).json; }
    int applied(const QString &id, const QString &action)
    {
        return counters()
            .value(QStringLiteral("applied"))
            .toObject()
            .value(id)
            .toObject()
            .value(action)
            .toInt();
    }
    int requests(const QString &method)
    {
        return counters().value(QStringLiteral("requests")).toObject().value(method).toInt();
    }

    // Shared by every test: the leak test looks through all of it at the end.
    static inline QTemporaryDir *s_home = nullptr;
    static inline QStringList s_outputs;
    static inline int s_dbNumber = 0;

    QProcess *m_sim = nullptr;
    QUrl m_base;
    std::unique_ptr<SimClient> m_control;
    QString m_db;
    // The test's database on the test server (the postgresql rows).
    std::unique_ptr<aftersales::testing::TestDatabase> m_server;
    // Texts of every table of the servers' databases, for the leak test.
    static inline QStringList s_tables;
};

void TestCliSync::init()
{
    AFTERSALES_FETCH_BACKEND(backend);
    if (!s_home)
        s_home = new QTemporaryDir;
    if (backend == aftersales::testing::Backend::Postgres) {
        m_server = std::make_unique<aftersales::testing::TestDatabase>(backend);
        m_db = m_server->location();
    } else {
        m_db = s_home->filePath(QStringLiteral("db%1/aftersales.db").arg(++s_dbNumber));
    }
    QVERIFY(startSim());
}

void TestCliSync::cleanup()
{
    stopSim();
    if (!m_server)
        return;
    // What the server kept, for the leak test, before the database goes.
    for (const char *table : {"orders", "claims", "events", "outbox", "platform_connection", "sync_lease"})
        s_tables << m_server->rows(
            QStringLiteral("SELECT t::text FROM aftersales.%1 t").arg(QLatin1String(table)));
    m_server.reset();
}

void TestCliSync::cleanupTestCase()
{
    delete s_home;
    s_home = nullptr;
}

bool TestCliSync::startSim(const QStringList &extra)
{
    m_sim = new QProcess(this);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("AFTERSALES_SIM_APP_SECRET"), secret);
    m_sim->setProcessEnvironment(env);
    m_sim->start(
        QStringLiteral(AFTERSALES_PLATFORM_SIM),
        QStringList{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--app-key"), appKey} +
            extra);
    if (!m_sim->waitForStarted())
        return false;
    QDeadlineTimer deadline(20000);
    while (!m_sim->canReadLine() && !deadline.hasExpired())
        m_sim->waitForReadyRead(100);
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("^listening on (http://127\\.0\\.0\\.1:\\d+)$"))
            .match(QString::fromUtf8(m_sim->readLine()).trimmed());
    if (!m.hasMatch())
        return false;
    m_base = QUrl(m.captured(1));
    m_control = std::make_unique<SimClient>(m_base, appKey, secret.toUtf8());
    return true;
}

void TestCliSync::stopSim()
{
    if (!m_sim)
        return;
    ::kill(pid_t(m_sim->processId()), SIGCONT);
    m_sim->terminate();
    m_sim->waitForFinished(10000);
    s_outputs << QString::fromUtf8(m_sim->readAllStandardOutput() + m_sim->readAllStandardError());
    delete m_sim;
    m_sim = nullptr;
}

QProcessEnvironment TestCliSync::environment(bool withSecret) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("AFTERSALES_APP_SECRET"));
    if (withSecret)
        env.insert(QStringLiteral("AFTERSALES_APP_SECRET"), secret);
    for (const auto &[name, value] : {std::pair{"LANG", "C.UTF-8"},
                                      {"LC_ALL", "C.UTF-8"},
                                      {"USER", "tester"},
                                      {"AFTERSALES_KEYRING", "none"},
                                      {"AFTERSALES_SYNC_TIMEOUT_MS", "2000"},
                                      {"AFTERSALES_SYNC_TRIES", "3"},
                                      {"AFTERSALES_SYNC_BACKOFF_MS", "10"},
                                      {"AFTERSALES_SYNC_BACKOFF_CAP_MS", "50"},
                                      {"AFTERSALES_SYNC_LEASE_SECS", "5"},
                                      {"QT_LOGGING_RULES", "aftersales.*=true"}})
        env.insert(QLatin1String(name), QLatin1String(value));
    env.insert(QStringLiteral("HOME"), s_home->filePath(QStringLiteral("home")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), s_home->filePath(QStringLiteral("home/.config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), s_home->filePath(QStringLiteral("home/.local/share")));
    return env;
}

QProcess *TestCliSync::startCli(const QStringList &args)
{
    auto *p = new QProcess(this);
    p->setProcessEnvironment(environment());
    p->start(QStringLiteral(AFTERSALES_CLI), dbArgs() + args);
    p->waitForStarted();
    return p;
}

Run TestCliSync::finished(QProcess *p, int timeoutMs)
{
    p->waitForFinished(timeoutMs);
    Run r;
    r.exitCode = p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1;
    r.out = QString::fromUtf8(p->readAllStandardOutput());
    r.err = QString::fromUtf8(p->readAllStandardError());
    s_outputs << r.out << r.err;
    delete p;
    return r;
}

Run TestCliSync::cli(const QStringList &args, bool withSecret)
{
    auto *p = new QProcess(this);
    p->setProcessEnvironment(environment(withSecret));
    p->start(QStringLiteral(AFTERSALES_CLI), dbArgs() + args);
    return finished(p);
}

Run TestCliSync::cliOn(const QString &db, const QStringList &args)
{
    const QString own = std::exchange(m_db, db);
    const Run r = cli(args);
    m_db = own;
    return r;
}

QStringList TestCliSync::addClaims(int count, const QJsonObject &spec)
{
    QJsonArray specs;
    for (int i = 0; i < count; ++i)
        specs.append(spec);
    const Reply r = m_control->control("POST", QStringLiteral("claims"), {{QStringLiteral("claims"), specs}});
    QStringList ids;
    for (const QJsonValue &id : r.json.value(QStringLiteral("ids")).toArray())
        ids << id.toString();
    return ids;
}

void TestCliSync::connectShop()
{
    const Run r = cli({QStringLiteral("platform"), QStringLiteral("connect"), QStringLiteral("--app-key"),
                       appKey, QStringLiteral("--shop-id"), QStringLiteral("10086"),
                       QStringLiteral("--base-url"), m_base.toString()});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

void TestCliSync::connect_exitCodes()
{
    const QStringList connect{
        QStringLiteral("platform"),  QStringLiteral("connect"), QStringLiteral("--app-key"), appKey,
        QStringLiteral("--shop-id"), QStringLiteral("10086"),   QStringLiteral("--base-url")};
    const Run noSecret = cli(connect + QStringList{m_base.toString()}, false);
    QCOMPARE(noSecret.exitCode, 2);
    QVERIFY2(noSecret.err.contains(QLatin1String("AFTERSALES_APP_SECRET")), qPrintable(noSecret.err));

    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const QString deadUrl = QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort());
    closed.close();
    const Run unreachable = cli(connect + QStringList{deadUrl});
    QCOMPARE(unreachable.exitCode, 3);

    QCOMPARE(cli({QStringLiteral("--json"), QStringLiteral("platform"), QStringLiteral("status")})
                 .json()
                 .value(QStringLiteral("connected"))
                 .toBool(true),
             false);
    const Run notConnected = cli({QStringLiteral("sync")});
    QCOMPARE(notConnected.exitCode, 2);
    QVERIFY(notConnected.err.contains(QLatin1String("platform connect")));

    const Run ok = cli(QStringList{QStringLiteral("--json")} + connect + QStringList{m_base.toString()});
    QCOMPARE(ok.exitCode, 0);
    QCOMPARE(ok.json().value(QStringLiteral("connected")).toBool(), true);
    QCOMPARE(ok.json().value(QStringLiteral("shop_name")).toString(), QStringLiteral("演示小店"));
    const QJsonObject status =
        cli({QStringLiteral("--json"), QStringLiteral("platform"), QStringLiteral("status")}).json();
    QCOMPARE(status.value(QStringLiteral("connected")).toBool(), true);
    QCOMPARE(status.value(QStringLiteral("pending")).toInt(), 0);
    QCOMPARE(status.value(QStringLiteral("failed")).toArray().size(), 0);
    QVERIFY(status.value(QStringLiteral("last_pull")).isNull());
}

void TestCliSync::roundTrip_statusShowListAck()
{
    const QStringList ids = addClaims(3);
    const QString a = ids.at(0), b = ids.at(1), c = ids.at(2);
    connectShop();
    const Run first = cli({QStringLiteral("--json"), QStringLiteral("sync")});
    QCOMPARE(first.exitCode, 0);
    QCOMPARE(first.json().value(QStringLiteral("pulled")).toInt(), 3);
    QCOMPARE(first.json().value(QStringLiteral("pushed")).toInt(), 0);

    QCOMPARE(cli({QStringLiteral("approve"), a}).exitCode, 0);
    const QJsonObject shown = cli({QStringLiteral("--json"), QStringLiteral("show"), a}).json();
    QCOMPARE(shown.value(QStringLiteral("sync")).toObject().value(QStringLiteral("state")).toString(),
             QStringLiteral("pending"));
    QVERIFY(cli({QStringLiteral("list")}).out.contains(QStringLiteral("⇡")));
    // The buyer's moves and the platform's decisions happen on the platform.
    const Run cancel = cli({QStringLiteral("buyer"), QStringLiteral("cancel"), b});
    QCOMPARE(cancel.exitCode, 1);
    QVERIFY(cancel.err.contains(QLatin1String("lives on the platform")));
    QCOMPARE(cli({QStringLiteral("platform"), QStringLiteral("decide"), b, QStringLiteral("--for"),
                  QStringLiteral("buyer")})
                 .exitCode,
             1);

    // Meanwhile the buyer withdrew c on the platform; the merchant approves it here.
    m_control->control("POST", QStringLiteral("claims/%1/actions").arg(c),
                       {{QStringLiteral("action"), QStringLiteral("cancel")}});
    QCOMPARE(cli({QStringLiteral("approve"), c}).exitCode, 0);
    const Run refused = cli({QStringLiteral("--json"), QStringLiteral("sync")});
    QCOMPARE(refused.exitCode, 1);
    QCOMPARE(refused.json().value(QStringLiteral("pushed")).toInt(), 1);
    const QJsonArray failed = refused.json().value(QStringLiteral("failed")).toArray();
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().toObject().value(QStringLiteral("claim_id")).toVariant().toString(), c);
    QCOMPARE(failed.first().toObject().value(QStringLiteral("action")).toString(), QStringLiteral("approve"));
    QVERIFY(failed.first()
                .toObject()
                .value(QStringLiteral("message"))
                .toString()
                .contains(QStringLiteral("售后单状态已变更")));

    const QJsonObject listed = cli({QStringLiteral("--json"), QStringLiteral("list"),
                                    QStringLiteral("--quick"), QStringLiteral("sync_failed")})
                                   .json();
    QCOMPARE(listed.value(QStringLiteral("total")).toInt(), 1);
    const QJsonObject item = listed.value(QStringLiteral("items")).toArray().first().toObject();
    QCOMPARE(item.value(QStringLiteral("id")).toVariant().toString(), c);
    QCOMPARE(item.value(QStringLiteral("sync")).toObject().value(QStringLiteral("state")).toString(),
             QStringLiteral("failed"));
    const QJsonObject status =
        cli({QStringLiteral("--json"), QStringLiteral("platform"), QStringLiteral("status")}).json();
    QCOMPARE(status.value(QStringLiteral("failed")).toArray().size(), 1);
    QVERIFY(!status.value(QStringLiteral("last_pull")).isNull());
    QCOMPARE(status.value(QStringLiteral("pending")).toInt(), 0);
    // An earlier refusal does not change the exit code of a later round.
    QCOMPARE(cli({QStringLiteral("sync")}).exitCode, 0);
    QCOMPARE(cli({QStringLiteral("platform"), QStringLiteral("ack"), c}).exitCode, 0);
    QCOMPARE(cli({QStringLiteral("--json"), QStringLiteral("list"), QStringLiteral("--quick"),
                  QStringLiteral("sync_failed")})
                 .json()
                 .value(QStringLiteral("total"))
                 .toInt(),
             0);
    QCOMPARE(applied(a, QStringLiteral("501")), 1);
    QCOMPARE(cli({QStringLiteral("check")}).exitCode, 0);
}

void TestCliSync::unreachable_exit3_thenDeliveredOnce()
{
    // Seconds of timeouts, the same on every backend (tst_syncfaults keeps the queue through an
    // outage on both).
    if (m_server)
        QSKIP("the platform out of reach is the client's: once, on a file");
    const QString id = addClaims(1).first();
    connectShop();
    QCOMPARE(cli({QStringLiteral("sync")}).exitCode, 0);
    QCOMPARE(cli({QStringLiteral("approve"), id}).exitCode, 0);
    // The platform stops answering (its process frozen): every call times out, the round ends
    // with the approval still queued.
    ::kill(pid_t(m_sim->processId()), SIGSTOP);
    const Run offline = cli({QStringLiteral("--json"), QStringLiteral("sync")});
    ::kill(pid_t(m_sim->processId()), SIGCONT);
    QCOMPARE(offline.exitCode, 3);
    QVERIFY(!offline.json().value(QStringLiteral("error")).toString().isEmpty());
    QCOMPARE(offline.json().value(QStringLiteral("pending")).toInt(), 1);
    QCOMPARE(cli({QStringLiteral("--json"), QStringLiteral("show"), id})
                 .json()
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("awaiting_shipment"));

    const Run back = cli({QStringLiteral("--json"), QStringLiteral("sync")});
    QCOMPARE(back.exitCode, 0);
    QCOMPARE(back.json().value(QStringLiteral("pending")).toInt(), 0);
    QCOMPARE(applied(id, QStringLiteral("501")), 1);
    QCOMPARE(cli({QStringLiteral("check")}).exitCode, 0);
}

void TestCliSync::killedMidWrite_restartDeliversExactlyOnce()
{
    const QString id = addClaims(1).first();
    connectShop();
    QCOMPARE(cli({QStringLiteral("sync")}).exitCode, 0);
    QCOMPARE(cli({QStringLiteral("approve"), id}).exitCode, 0);
    // The platform takes the write and holds its answer back; the process is killed meanwhile.
    m_control->control("POST", QStringLiteral("faults"),
                       {{QStringLiteral("kind"), QStringLiteral("stall")},
                        {QStringLiteral("method"), QStringLiteral("afterSale/operate")},
                        {QStringLiteral("seconds"), 60}});
    QProcess *sync = startCli({QStringLiteral("sync")});
    QDeadlineTimer deadline(20000);
    while (applied(id, QStringLiteral("501")) == 0 && !deadline.hasExpired())
        QTest::qWait(20);
    QCOMPARE(applied(id, QStringLiteral("501")), 1);
    ::kill(pid_t(sync->processId()), SIGKILL);
    QCOMPARE(finished(sync).exitCode, -1);
    const QJsonObject status =
        cli({QStringLiteral("--json"), QStringLiteral("platform"), QStringLiteral("status")}).json();
    QCOMPARE(status.value(QStringLiteral("pending")).toInt(), 1); // left sending

    const Run restarted = cli({QStringLiteral("--json"), QStringLiteral("sync")});
    QCOMPARE(restarted.exitCode, 0);
    QCOMPARE(restarted.json().value(QStringLiteral("pushed")).toInt(), 1);
    QCOMPARE(applied(id, QStringLiteral("501")), 1);
    QCOMPARE(requests(QStringLiteral("afterSale.operate")), 1);
    QCOMPARE(cli({QStringLiteral("--json"), QStringLiteral("show"), id})
                 .json()
                 .value(QStringLiteral("sync"))
                 .toObject()
                 .value(QStringLiteral("state"))
                 .toString(),
             QStringLiteral("synced"));
    QCOMPARE(cli({QStringLiteral("check")}).exitCode, 0);
}

void TestCliSync::twoProcessesAtOnce_noDoubleSend()
{
    const QStringList ids = addClaims(20);
    connectShop();
    QCOMPARE(cli({QStringLiteral("sync")}).exitCode, 0);
    QCOMPARE(cli(QStringList{QStringLiteral("approve")} + ids).exitCode, 0);
    m_control->control("POST", QStringLiteral("latency"), {{QStringLiteral("ms"), 30}});
    QProcess *one = startCli({QStringLiteral("--json"), QStringLiteral("sync")});
    QProcess *two = startCli({QStringLiteral("--json"), QStringLiteral("sync")});
    const Run r1 = finished(one);
    const Run r2 = finished(two);
    QCOMPARE(r1.exitCode, 0);
    QCOMPARE(r2.exitCode, 0);
    QCOMPARE(r1.json().value(QStringLiteral("pushed")).toInt() +
                 r2.json().value(QStringLiteral("pushed")).toInt(),
             20);
    for (const QString &id : ids)
        QCOMPARE(applied(id, QStringLiteral("501")), 1);
    QCOMPARE(requests(QStringLiteral("afterSale.operate")), 20);
    QCOMPARE(cli({QStringLiteral("check")}).exitCode, 0);
}

void TestCliSync::watch_untilSigterm()
{
    addClaims(2);
    connectShop();
    QProcess *watch = startCli({QStringLiteral("--json"), QStringLiteral("sync"), QStringLiteral("--watch"),
                                QStringLiteral("--interval"), QStringLiteral("1")});
    QByteArray out;
    QDeadlineTimer deadline(20000);
    while (out.count('\n') < 2 && !deadline.hasExpired()) {
        watch->waitForReadyRead(100);
        out += watch->readAllStandardOutput();
    }
    QVERIFY2(out.count('\n') >= 2, out.constData());
    ::kill(pid_t(watch->processId()), SIGTERM);
    QVERIFY(watch->waitForFinished(10000));
    QCOMPARE(watch->exitStatus(), QProcess::NormalExit);
    QCOMPARE(watch->exitCode(), 0);
    out += watch->readAllStandardOutput();
    const QList<QByteArray> lines = out.trimmed().split('\n');
    QCOMPARE(QJsonDocument::fromJson(lines.first()).object().value(QStringLiteral("pulled")).toInt(), 2);
    for (const QByteArray &line : lines)
        QVERIFY2(QJsonDocument::fromJson(line).isObject(), line.constData());
    s_outputs << QString::fromUtf8(out) << QString::fromUtf8(watch->readAllStandardError());
    delete watch;
}

void TestCliSync::copyTo_otherBackend_queueAndShopGoAlong_deliveredOnceFromThere()
{
    // A shop's database with an action waiting and one refused (not seen yet) moves: a file to
    // the team's server (TEAM.md), or the server's back to a file.
    const bool server = bool(m_server);
    if (!server && !aftersales::testing::unavailable(aftersales::testing::Backend::Postgres).isEmpty())
        QSKIP("a copy to the team's server needs the test server (AFTERSALES_TEST_PG)");
    const QStringList ids = addClaims(2);
    const QString waiting = ids.at(0), refused = ids.at(1);
    connectShop();
    QCOMPARE(cli({QStringLiteral("sync")}).exitCode, 0);
    m_control->control("POST", QStringLiteral("claims/%1/actions").arg(refused),
                       {{QStringLiteral("action"), QStringLiteral("cancel")}});
    QCOMPARE(cli({QStringLiteral("approve"), refused}).exitCode, 0);
    QCOMPARE(cli({QStringLiteral("sync")}).exitCode, 1);
    QCOMPARE(cli({QStringLiteral("approve"), waiting}).exitCode, 0);

    std::unique_ptr<aftersales::testing::TestDatabase> serverTarget;
    QString target = s_home->filePath(QStringLiteral("copy%1/aftersales.db").arg(++s_dbNumber));
    if (!server) {
        serverTarget =
            std::make_unique<aftersales::testing::TestDatabase>(aftersales::testing::Backend::Postgres);
        target = serverTarget->location();
    }
    const Run copied =
        cli({QStringLiteral("--json"), QStringLiteral("copy"), QStringLiteral("--to"), target});
    QVERIFY2(copied.exitCode == 0, qPrintable(copied.err));
    QCOMPARE(copied.json().value(QStringLiteral("claims")).toInt(), 2);
    QCOMPARE(copied.json().value(QStringLiteral("actions")).toInt(), 2);
    for (const QString &db : {m_db, target})
        QCOMPARE(cliOn(db, {QStringLiteral("check")}).exitCode, 0);
    // The same shop, queue and refusals on both, claim by claim.
    for (const QStringList &args :
         {QStringList{QStringLiteral("--json"), QStringLiteral("platform"), QStringLiteral("status")},
          QStringList{QStringLiteral("--json"), QStringLiteral("show"), waiting},
          QStringList{QStringLiteral("--json"), QStringLiteral("show"), refused},
          QStringList{QStringLiteral("--json"), QStringLiteral("list"), QStringLiteral("--quick"),
                      QStringLiteral("sync_failed")}})
        QCOMPARE(cliOn(target, args).json(), cli(args).json());

    // The copy syncs on: the waiting approval delivered once, the refusal still listed.
    const Run there = cliOn(target, {QStringLiteral("--json"), QStringLiteral("sync")});
    QVERIFY2(there.exitCode == 0, qPrintable(there.err));
    QCOMPARE(there.json().value(QStringLiteral("pushed")).toInt(), 1);
    QCOMPARE(applied(waiting, QStringLiteral("501")), 1);
    QCOMPARE(requests(QStringLiteral("afterSale.operate")), 2);
    QCOMPARE(cliOn(target, {QStringLiteral("--json"), QStringLiteral("platform"), QStringLiteral("status")})
                 .json()
                 .value(QStringLiteral("failed"))
                 .toArray()
                 .size(),
             1);
    QCOMPARE(cliOn(target, {QStringLiteral("check")}).exitCode, 0);
}

void TestCliSync::secretAndTokens_nowhere()
{
    // A full exchange first, with a backup and exports, then every byte written looked through
    // (and every table the server holds).
    addClaims(5);
    connectShop();
    QCOMPARE(cli({QStringLiteral("sync")}).exitCode, 0);
    const QString backup = s_home->filePath(QStringLiteral("backup-copy.db"));
    if (!m_server) // a team's server is backed up by its administrator
        QCOMPARE(cli({QStringLiteral("backup"), QStringLiteral("--to"), backup}).exitCode, 0);
    QCOMPARE(cli({QStringLiteral("export"), s_home->filePath(QStringLiteral("export.json"))}).exitCode, 0);
    QCOMPARE(cli({QStringLiteral("export"), s_home->filePath(QStringLiteral("export.csv"))}).exitCode, 0);
    stopSim();
    if (m_server)
        cleanup(); // the server's tables into s_tables

    int files = 0;
    QDirIterator it(s_home->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        ++files;
        QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(path));
        QVERIFY2(!tokenShape.match(QString::fromLatin1(bytes)).hasMatch(), qPrintable(path));
    }
    QVERIFY(files >= 10); // databases, their logs and backups, exports
    for (const QString &row : std::as_const(s_tables)) {
        QVERIFY2(!row.contains(secret), qPrintable(row));
        QVERIFY2(!tokenShape.match(row).hasMatch(), qPrintable(row));
    }
    if (aftersales::testing::currentBackend() == aftersales::testing::Backend::Postgres)
        QVERIFY(s_tables.size() > 10); // claims, events, the connection of every server test
    QVERIFY(!s_outputs.isEmpty());
    for (const QString &output : std::as_const(s_outputs)) {
        QVERIFY2(!output.contains(secret), qPrintable(output.left(2000)));
        QVERIFY2(!tokenShape.match(output).hasMatch(), qPrintable(output.left(2000)));
    }
    // The logs were on: the client's lines are among the outputs looked at.
    QVERIFY(s_outputs.join(QLatin1Char('\n')).contains(QLatin1String("afterSale.List")));
}

QTEST_GUILESS_MAIN(TestCliSync)
#include "tst_cli_sync.moc"
