// The command line against a team's PostgreSQL server when things go wrong and when agents
// work it: an address with a password, an unreachable server, a wrong password, a role
// without rights, a newer schema; the operator is the role logged in; team grant and revoke;
// an agent's psql cannot touch the audit trail; backups are the server's; copy --to moves a
// shop's 100,000-claim file into an empty database. The counterpart of tst_badfiles, whose
// failures are a file's. Skipped without a test server (AFTERSALES_TEST_PG).
#include "robusthelpers.h"
#include "testdatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace aftersales;
using robust::after;
using robust::cli;
using robust::t0;
using testing::Backend;
using testing::TestDatabase;

namespace
{

// A reshipment pending review (claim 1) on a database set up by its owner, tester.
void oneClaim(const TestDatabase &db)
{
    const auto added =
        cli(db, {QStringLiteral("--now"), t0, QStringLiteral("order"), QStringLiteral("add"),
                 QStringLiteral("--order"), QStringLiteral("6900000000000000321"),
                 QStringLiteral("--category"), QStringLiteral("smart_home"), QStringLiteral("--amount"),
                 QStringLiteral("25900"), QStringLiteral("--carrier"), QStringLiteral("shunfeng"),
                 QStringLiteral("--tracking"), QStringLiteral("SF1000000000321"),
                 QStringLiteral("--shipped-at"), QStringLiteral("2026-11-20T10:00:00+08:00")});
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    const auto applied =
        cli(db, {QStringLiteral("--now"), t0, QStringLiteral("apply"), QStringLiteral("--order"),
                 QStringLiteral("6900000000000000321"), QStringLiteral("--type"), QStringLiteral("reship"),
                 QStringLiteral("--reason"), QStringLiteral("missing_items")});
    QVERIFY2(applied.exitCode == 0, qPrintable(applied.err));
}

// `aftersales --db LOCATION args…` from an empty folder of its own, with `env` added.
robust::Run run(const QString &location, const QStringList &args, const QStringList &env = {},
                QString *folder = nullptr)
{
    static QTemporaryDir home;
    QProcess p;
    p.setProcessEnvironment(robust::environment(home.path(), env));
    p.setWorkingDirectory(home.path());
    p.start(QStringLiteral(AFTERSALES_CLI), QStringList{QStringLiteral("--db"), location} + args);
    p.waitForFinished(60000);
    robust::Run r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    if (folder)
        *folder = home.path();
    return r;
}

QStringList entries(const QString &folder)
{
    QStringList out = QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
    out.removeAll(QStringLiteral("config"));
    out.removeAll(QStringLiteral("data"));
    return out;
}

} // namespace

class TestTeamServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        if (const QString why = testing::unavailable(Backend::Postgres); !why.isEmpty())
            QSKIP(qPrintable(why));
    }

    void addressWithPassword_refusedUnrepeated_nothingCreated_data()
    {
        QTest::addColumn<QString>("address");
        QTest::newRow("in the user part") << "postgresql://tester:hunter2secret@127.0.0.1/shop";
        QTest::newRow("as a parameter") << "postgresql://tester@127.0.0.1/shop?password=hunter2secret";
    }

    void addressWithPassword_refusedUnrepeated_nothingCreated()
    {
        QFETCH(QString, address);
        QString folder;
        const auto r = run(address, {QStringLiteral("--json"), QStringLiteral("list")}, {}, &folder);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("password")), qPrintable(r.err));
        QVERIFY(!r.err.contains(QStringLiteral("hunter2secret")));
        QVERIFY(!r.out.contains(QStringLiteral("hunter2secret")));
        QVERIFY2(entries(folder).isEmpty(), qPrintable(entries(folder).join(u' ')));
    }

    void otherScheme_refused_noFolderCreated()
    {
        QString folder;
        const auto r =
            run(QStringLiteral("mysql://root@localhost/shop"), {QStringLiteral("list")}, {}, &folder);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("not a database this program can open")), qPrintable(r.err));
        QVERIFY2(entries(folder).isEmpty(), qPrintable(entries(folder).join(u' ')));
    }

    void unreachableServer_exitThree_saysSo()
    {
        QString folder;
        const auto r = run(QStringLiteral("postgresql://tester@127.0.0.1:1/shop"), {QStringLiteral("list")},
                           {}, &folder);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QStringLiteral("Cannot reach the database server")), qPrintable(r.err));
        QVERIFY2(entries(folder).isEmpty(), qPrintable(entries(folder).join(u' ')));
    }

    void wrongPassword_exitThree_saysWhereItComesFrom()
    {
        const TestDatabase db(Backend::Postgres);
        // A password file of its own, with a wrong password for tester.
        QTemporaryDir dir;
        const QString pgpass = dir.filePath(QStringLiteral("pgpass"));
        QFile f(pgpass);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("*:*:*:tester:wrong-password-42\n");
        f.close();
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const auto r = run(db.location(), {QStringLiteral("list")}, {QStringLiteral("PGPASSFILE=") + pgpass});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QStringLiteral("password is wrong or missing")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("PGPASSWORD")), qPrintable(r.err));
        QVERIFY(!r.err.contains(QStringLiteral("wrong-password-42")));
        // No password at all is the same sentence.
        const auto none = run(db.location(), {QStringLiteral("list")},
                              {QStringLiteral("PGPASSFILE=") + dir.filePath(QStringLiteral("none"))});
        QCOMPARE(none.exitCode, 3);
        QVERIFY2(none.err.contains(QStringLiteral("password is wrong or missing")), qPrintable(none.err));
    }

    void roleWithoutRights_exitThree_saysTeamGrant()
    {
        const TestDatabase db(Backend::Postgres);
        oneClaim(db);
        const auto r = run(db.locationAs(QStringLiteral("stranger")),
                           {QStringLiteral("--now"), t0, QStringLiteral("list")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QStringLiteral("team grant stranger")), qPrintable(r.err));
    }

    void emptyDatabase_agentCannotSetUp_ownerCan()
    {
        const TestDatabase db(Backend::Postgres);
        const auto agent = run(db.locationAs(QStringLiteral("stranger")), {QStringLiteral("init")});
        QCOMPARE(agent.exitCode, 3);
        QVERIFY2(agent.err.contains(QStringLiteral("may not set it up")), qPrintable(agent.err));
        const auto owner = cli(db, {QStringLiteral("--json"), QStringLiteral("init")});
        QVERIFY2(owner.exitCode == 0, qPrintable(owner.err));
        QCOMPARE(owner.json().value(QStringLiteral("db")).toString(), db.location());
    }

    void newerSchema_exitThree_nothingChanged()
    {
        const TestDatabase db(Backend::Postgres);
        oneClaim(db);
        QVERIFY(db.exec(QStringLiteral("UPDATE aftersales_schema SET version = version + 1")));
        const QStringList before = robust::dump(db);
        const auto r =
            cli(db, {QStringLiteral("--now"), after(60), QStringLiteral("approve"), QStringLiteral("1")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QStringLiteral("newer version")), qPrintable(r.err));
        QCOMPARE(robust::dump(db), before);
    }

    void operator_isTheRoleLoggedIn_whateverOperatorSays()
    {
        TestDatabase db(Backend::Postgres);
        oneClaim(db);
        TestDatabase::ensureRole(QStringLiteral("alice"));
        const auto granted = cli(db, {QStringLiteral("--now"), t0, QStringLiteral("team"),
                                      QStringLiteral("grant"), QStringLiteral("alice")});
        QVERIFY2(granted.exitCode == 0, qPrintable(granted.err));
        const auto approved = run(db.locationAs(QStringLiteral("alice")),
                                  {QStringLiteral("--now"), after(60), QStringLiteral("--operator"),
                                   QStringLiteral("bob"), QStringLiteral("approve"), QStringLiteral("1")});
        QVERIFY2(approved.exitCode == 0, qPrintable(approved.err));
        QVERIFY2(approved.err.contains(QStringLiteral("--operator bob is not used")),
                 qPrintable(approved.err));
        const QJsonObject shown = cli(db, {QStringLiteral("--now"), after(60), QStringLiteral("--json"),
                                           QStringLiteral("show"), QStringLiteral("1")})
                                      .json();
        const QJsonArray events = shown.value(QStringLiteral("events")).toArray();
        QCOMPARE(events.last().toObject().value(QStringLiteral("action")).toString(),
                 QStringLiteral("approve"));
        QCOMPARE(events.last().toObject().value(QStringLiteral("actor")).toString(), QStringLiteral("alice"));
        QCOMPARE(events.first().toObject().value(QStringLiteral("actor")).toString(),
                 QStringLiteral("buyer"));
    }

    void teamGrantRevokeAssign_byCommandLine()
    {
        TestDatabase db(Backend::Postgres);
        oneClaim(db);
        TestDatabase::ensureRole(QStringLiteral("alice"));
        TestDatabase::ensureRole(QStringLiteral("bob"));
        const QStringList now{QStringLiteral("--now"), after(60)};
        QCOMPARE(cli(db, now + QStringList{QStringLiteral("team"), QStringLiteral("grant"),
                                           QStringLiteral("nobody_here")})
                     .exitCode,
                 2);
        QCOMPARE(cli(db, now + QStringList{QStringLiteral("team"), QStringLiteral("grant"),
                                           QStringLiteral("alice")})
                     .exitCode,
                 0);
        // An agent gives no rights.
        const auto byAgent =
            run(db.locationAs(QStringLiteral("alice")),
                now + QStringList{QStringLiteral("team"), QStringLiteral("grant"), QStringLiteral("bob")});
        QCOMPARE(byAgent.exitCode, 3);
        QVERIFY2(byAgent.err.contains(QStringLiteral("Only the database's owner")), qPrintable(byAgent.err));
        // Claims go only to agents.
        const auto toBob = run(db.locationAs(QStringLiteral("alice")),
                               now + QStringList{QStringLiteral("assign"), QStringLiteral("1"),
                                                 QStringLiteral("--to"), QStringLiteral("bob")});
        QCOMPARE(toBob.exitCode, 2);
        const auto toMe =
            run(db.locationAs(QStringLiteral("alice")),
                now + QStringList{QStringLiteral("--json"), QStringLiteral("assign"), QStringLiteral("1"),
                                  QStringLiteral("--to"), QStringLiteral("me")});
        QVERIFY2(toMe.exitCode == 0, qPrintable(toMe.err));
        QCOMPARE(toMe.json().value(QStringLiteral("assignee")).toString(), QStringLiteral("alice"));
        const auto mine = run(db.locationAs(QStringLiteral("alice")),
                              now + QStringList{QStringLiteral("--json"), QStringLiteral("list"),
                                                QStringLiteral("--quick"), QStringLiteral("my_pending")});
        QCOMPARE(mine.json().value(QStringLiteral("total")).toInt(), 1);
        const auto agents = cli(
            db, now + QStringList{QStringLiteral("--json"), QStringLiteral("team"), QStringLiteral("list")});
        QCOMPARE(agents.json().value(QStringLiteral("agents")).toArray(),
                 (QJsonArray{QStringLiteral("alice"), QStringLiteral("tester")}));
        QCOMPARE(cli(db, now + QStringList{QStringLiteral("team"), QStringLiteral("revoke"),
                                           QStringLiteral("alice")})
                     .exitCode,
                 0);
        const auto revoked =
            run(db.locationAs(QStringLiteral("alice")), now + QStringList{QStringLiteral("list")});
        QCOMPARE(revoked.exitCode, 3);
        // The trail keeps who did what.
        QCOMPARE(db.scalar(QStringLiteral("SELECT actor FROM events WHERE action = 'assign'")).toString(),
                 QStringLiteral("alice"));
        // On a file, team commands say what they are for.
        TestDatabase file(Backend::Sqlite);
        const auto onFile =
            cli(file, {QStringLiteral("team"), QStringLiteral("grant"), QStringLiteral("alice")});
        QCOMPARE(onFile.exitCode, 2);
        QVERIFY2(onFile.err.contains(QStringLiteral("PostgreSQL")), qPrintable(onFile.err));
    }

    void agentPsql_cannotUpdateOrDeleteEvents()
    {
        TestDatabase db(Backend::Postgres);
        oneClaim(db);
        TestDatabase::ensureRole(QStringLiteral("curious"));
        QCOMPARE(cli(db, {QStringLiteral("--now"), t0, QStringLiteral("team"), QStringLiteral("grant"),
                          QStringLiteral("curious")})
                     .exitCode,
                 0);
        const QStringList before = db.rows(QStringLiteral("SELECT * FROM events ORDER BY id"));
        // By the table's name, as an agent would type it (the database looks in the workbench's
        // schema first), and by its full name.
        for (const char *sql : {"UPDATE events SET actor = 'someone else'", "DELETE FROM events",
                                "TRUNCATE events", "UPDATE aftersales.events SET actor = 'someone else'",
                                "DELETE FROM aftersales.events", "TRUNCATE aftersales.events"}) {
            const auto [code, said] = db.psqlAs(QStringLiteral("curious"), QLatin1String(sql));
            QVERIFY2(code > 0, sql);
            QVERIFY2(said.contains(QStringLiteral("permission denied for table events")), qPrintable(said));
        }
        QCOMPARE(db.rows(QStringLiteral("SELECT * FROM events ORDER BY id")), before);
    }

    void backup_isTheServers()
    {
        const TestDatabase db(Backend::Postgres);
        oneClaim(db);
        const auto r = cli(db, {QStringLiteral("--now"), t0, QStringLiteral("backup")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("pg_dump")), qPrintable(r.err));
    }

    // A shop's file of 100,000 claims moves to the server: the same orders, claims (ids and
    // versions) and events (actors too); check passes on both; every list counts the same.
    void copyTo_100000Claims_checkPassesOnBoth_countsEqual()
    {
        TestDatabase file(Backend::Sqlite);
        TestDatabase server(Backend::Postgres);
        const auto made =
            cli(file, {QStringLiteral("--now"), t0, QStringLiteral("demo"), QStringLiteral("--count"),
                       QStringLiteral("100000"), QStringLiteral("--seed"), QStringLiteral("5")});
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        const auto copied = cli(file, {QStringLiteral("--now"), t0, QStringLiteral("--json"),
                                       QStringLiteral("copy"), QStringLiteral("--to"), server.location()});
        QVERIFY2(copied.exitCode == 0, qPrintable(copied.err));
        QCOMPARE(copied.json().value(QStringLiteral("claims")).toInt(), 100000);
        QCOMPARE(copied.json().value(QStringLiteral("events")).toInteger(), file.count("events"));
        for (const TestDatabase *db : {&file, &server}) {
            const auto check = cli(*db, {QStringLiteral("--now"), t0, QStringLiteral("check")});
            QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
        }
        // The rows themselves, ids and versions, and every event with its actor.
        for (const char *sql : {"SELECT count(*), CAST(sum(id) AS bigint), CAST(sum(version) AS bigint), "
                                "CAST(sum(status) AS bigint) FROM claims",
                                "SELECT count(*), CAST(sum(id) AS bigint), CAST(sum(claim_id) AS bigint), "
                                "count(DISTINCT actor) FROM events",
                                "SELECT count(*), CAST(sum(amount_cents) AS bigint) FROM orders"})
            QCOMPARE(server.rows(QLatin1String(sql)), file.rows(QLatin1String(sql)));
        QCOMPARE(
            server.rows(QStringLiteral("SELECT actor, count(*) FROM events GROUP BY actor ORDER BY actor")),
            file.rows(QStringLiteral("SELECT actor, count(*) FROM events GROUP BY actor ORDER BY actor")));
        for (const char *quick : {"all", "pending_review", "exchange_reship_pending", "awaiting_shipment",
                                  "due_soon", "overdue", "platform"}) {
            const QStringList args{QStringLiteral("--now"),   t0,
                                   QStringLiteral("--json"),  QStringLiteral("list"),
                                   QStringLiteral("--quick"), QLatin1String(quick),
                                   QStringLiteral("--limit"), QStringLiteral("20")};
            QCOMPARE(cli(server, args).out, cli(file, args).out);
        }
        // A second copy into the same database is refused: it is no longer empty.
        const auto again = cli(file, {QStringLiteral("--now"), t0, QStringLiteral("copy"),
                                      QStringLiteral("--to"), server.location()});
        QCOMPARE(again.exitCode, 2);
        QVERIFY2(again.err.contains(QStringLiteral("empty database")), qPrintable(again.err));
        // Agents work on straight away: the next claim takes the next id.
        const auto applied =
            cli(server, {QStringLiteral("--now"), after(60), QStringLiteral("--json"),
                         QStringLiteral("order"), QStringLiteral("add"), QStringLiteral("--order"),
                         QStringLiteral("X1"), QStringLiteral("--category"), QStringLiteral("smart_home"),
                         QStringLiteral("--amount"), QStringLiteral("100")});
        QVERIFY2(applied.exitCode == 0, qPrintable(applied.err));
    }
};

QTEST_GUILESS_MAIN(TestTeamServer)
#include "tst_teamserver.moc"
