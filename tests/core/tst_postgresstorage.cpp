// The PostgreSQL backend as a team's server: setting up an empty database, refusals that say
// what to do, granting and revoking agents, events no agent can change, the operator the server
// writes, serializable transactions run again after a serialization failure, a connection cut
// in the middle of a transaction, notifications of other agents' changes, the team lock, the
// counts kept without scanning, a bulk load's indexes, and the platform sync's outbox taking
// (tst_postgresschema: the schema's versions and upgrades).
// Every test is skipped without a test server (AFTERSALES_TEST_PG).
#include "io/demo.h"
#include "storage/consistency.h"
#include "storage/postgres/postgresmigrations.h"
#include "storage/postgres/postgresstorage.h"
#include "storage/storagefactory.h"
#include "tempdatabase.h"
#include "testdatabase.h"
#include "workbench.h"

#include <QTest>

using namespace aftersales;
using testing::Backend;
using testing::TempDatabase;
using testing::TestDatabase;

namespace
{

constexpr qint64 hour = 3600;

} // namespace

class TestPostgresStorage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void emptyDatabase_setUpOnce_reopenChangesNothing();
    void emptyDatabase_roleNotAllowed_saysWhoMay();
    void roleWithoutRights_refusedSaysTeamGrant();
    void grantAndRevoke_byTheOwnerOnly();
    void agent_psqlCannotChangeOrRemoveEvents();
    void operator_isTheRoleLoggedIn();
    void staleVersion_conflictNothingWritten();
    void serializationFailure_bodyRunAgain();
    void connectionCut_midTransaction_nothingWritten_clearMessage_reconnects();
    void otherAgentsChange_listenerCalledWithoutPolling();
    void teamLock_oneHolder_nextTakesOverWhenItCloses();
    void counts_keptByTriggers_compacted();
    void bulkLoad_noSecondConnection_buildsTheSearchIndexesItself();
    void takeOutbox_passesOverClaimsAnotherIsTaking();
    void platformSync_changesHeardByOtherWindows();
};

void TestPostgresStorage::init()
{
    if (const QString why = testing::unavailable(Backend::Postgres); !why.isEmpty())
        QSKIP(qPrintable(why));
}

void TestPostgresStorage::emptyDatabase_setUpOnce_reopenChangesNothing()
{
    TestDatabase db(Backend::Postgres);
    QCOMPARE(
        db.scalar(QStringLiteral("SELECT count(*) FROM pg_namespace WHERE nspname = 'aftersales'")).toInt(),
        0);
    {
        Result<std::unique_ptr<Storage>> first = storage::open(db.location());
        QVERIFY2(first.ok(), qPrintable(first.outcome.message));
        QCOMPARE((*first)->schemaVersion(), postgres::migrations::latestVersion());
    }
    QCOMPARE(db.scalar(QStringLiteral("SELECT version FROM aftersales_schema")).toInt(),
             postgres::migrations::latestVersion());
    const QStringList objects = db.rows(QStringLiteral(
        "SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
        " WHERE n.nspname = 'aftersales' ORDER BY 1"));
    QVERIFY(objects.size() > 20);
    const QStringList owners = db.rows(
        QStringLiteral("SELECT DISTINCT pg_get_userbyid(c.relowner) FROM pg_class c JOIN pg_namespace n"
                       " ON n.oid = c.relnamespace WHERE n.nspname = 'aftersales'"));
    QCOMPARE(owners, QStringList{QStringLiteral("tester")});
    Result<std::unique_ptr<Storage>> again = storage::open(db.location());
    QVERIFY2(again.ok(), qPrintable(again.outcome.message));
    QCOMPARE(db.rows(QStringLiteral("SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n"
                                    " ON n.oid = c.relnamespace WHERE n.nspname = 'aftersales' ORDER BY 1")),
             objects);
}

void TestPostgresStorage::emptyDatabase_roleNotAllowed_saysWhoMay()
{
    TestDatabase db(Backend::Postgres);
    const Result<std::unique_ptr<Storage>> opened = storage::open(db.locationAs(QStringLiteral("visitor")));
    QCOMPARE(opened.outcome.kind, Outcome::Kind::Storage);
    QVERIFY2(opened.outcome.message.contains(QStringLiteral("may not set it up")),
             qPrintable(opened.outcome.message));
    QVERIFY2(opened.outcome.message.contains(QStringLiteral("init")), qPrintable(opened.outcome.message));
    // Nothing was left half set up.
    QCOMPARE(
        db.scalar(QStringLiteral("SELECT count(*) FROM pg_namespace WHERE nspname = 'aftersales'")).toInt(),
        0);
}

void TestPostgresStorage::roleWithoutRights_refusedSaysTeamGrant()
{
    TestDatabase db(Backend::Postgres);
    QVERIFY(storage::open(db.location()).ok());
    const Result<std::unique_ptr<Storage>> opened = storage::open(db.locationAs(QStringLiteral("visitor")));
    QCOMPARE(opened.outcome.kind, Outcome::Kind::Storage);
    QCOMPARE(opened.outcome.exitCode(), 3);
    QVERIFY2(opened.outcome.message.contains(QStringLiteral("team grant visitor")),
             qPrintable(opened.outcome.message));
}

void TestPostgresStorage::grantAndRevoke_byTheOwnerOnly()
{
    TempDatabase owner(Backend::Postgres);
    owner.addShippedOrder(QStringLiteral("G1"));
    const qint64 id = owner.applyFor(QStringLiteral("G1"), ClaimType::Reship, Reason::MissingItems);
    TestDatabase::ensureRole(QStringLiteral("agent1"));
    TestDatabase::ensureRole(QStringLiteral("agent2"));
    QCOMPARE(owner.storage().grantAgent(QStringLiteral("nosuchrole")).kind, Outcome::Kind::BadInput);
    QVERIFY(owner.storage().grantAgent(QStringLiteral("agent1")).ok());
    QCOMPARE(*owner.storage().agents(), (QStringList{QStringLiteral("agent1"), QStringLiteral("tester")}));
    {
        // The agent works the queue...
        Result<std::unique_ptr<Storage>> agent =
            storage::open(owner.database().locationAs(QStringLiteral("agent1")));
        QVERIFY2(agent.ok(), qPrintable(agent.outcome.message));
        Workbench wb(**agent, owner.clock(), Policy::defaults());
        ActionRequest approve;
        approve.action = Action::Approve;
        approve.actor = QStringLiteral("agent1");
        const Result<Claim> done = wb.act(id, approve);
        QVERIFY2(done.ok(), qPrintable(done.outcome.message));
        // ...but gives no rights to anybody.
        const Outcome given = (*agent)->grantAgent(QStringLiteral("agent2"));
        QCOMPARE(given.kind, Outcome::Kind::Storage);
        QVERIFY2(given.message.contains(QStringLiteral("Only the database's owner (tester)")),
                 qPrintable(given.message));
        QVERIFY(!*(*agent)->isAgent(QStringLiteral("agent2")));
    }
    QVERIFY(owner.storage().revokeAgent(QStringLiteral("agent1")).ok());
    QCOMPARE(*owner.storage().agents(), QStringList{QStringLiteral("tester")});
    const Result<std::unique_ptr<Storage>> gone =
        storage::open(owner.database().locationAs(QStringLiteral("agent1")));
    QCOMPARE(gone.outcome.kind, Outcome::Kind::Storage);
    QVERIFY2(gone.outcome.message.contains(QStringLiteral("team grant agent1")),
             qPrintable(gone.outcome.message));
    // What it did stays.
    QCOMPARE(owner.workbench().events(id)->last().actor, QStringLiteral("agent1"));
}

void TestPostgresStorage::agent_psqlCannotChangeOrRemoveEvents()
{
    TempDatabase owner(Backend::Postgres);
    owner.addShippedOrder(QStringLiteral("P1"));
    const qint64 id = owner.applyFor(QStringLiteral("P1"), ClaimType::Reship, Reason::MissingItems);
    TestDatabase::ensureRole(QStringLiteral("curious"));
    QVERIFY(owner.storage().grantAgent(QStringLiteral("curious")).ok());
    const QStringList trail = owner.database().rows(QStringLiteral("SELECT * FROM events ORDER BY id"));
    // Privileges, not only triggers: the server refuses before any trigger runs.
    for (const QString &sql :
         {QStringLiteral("UPDATE aftersales.events SET actor = 'someone' WHERE claim_id = %1"),
          QStringLiteral("DELETE FROM aftersales.events WHERE claim_id = %1"),
          QStringLiteral("TRUNCATE aftersales.events"),
          QStringLiteral("ALTER TABLE aftersales.events DISABLE TRIGGER events_operator"),
          QStringLiteral("DELETE FROM aftersales.claims WHERE id = %1")}) {
        const auto [code, said] = owner.database().psqlAs(
            QStringLiteral("curious"), sql.contains(QLatin1String("%1")) ? sql.arg(id) : sql);
        QVERIFY2(code != 0, qPrintable(sql));
        QVERIFY2(said.contains(QStringLiteral("permission denied")) ||
                     said.contains(QStringLiteral("must be owner")),
                 qPrintable(said));
    }
    QCOMPARE(owner.database().rows(QStringLiteral("SELECT * FROM events ORDER BY id")), trail);
    // An event it adds by hand says who added it, whatever name it writes.
    const auto [code, said] = owner.database().psqlAs(
        QStringLiteral("curious"),
        QStringLiteral("INSERT INTO aftersales.events (claim_id, at, actor, action,"
                       " from_status, to_status) VALUES (%1, 0, 'tester', 'remark', 1, 1)")
            .arg(id));
    QVERIFY2(code == 0, qPrintable(said));
    QCOMPARE(owner.database()
                 .scalar(QStringLiteral("SELECT actor FROM events ORDER BY id DESC LIMIT 1"))
                 .toString(),
             QStringLiteral("curious"));
    // Even the owner cannot change one: the trail is append-only for everybody.
    QString error;
    QVERIFY(!owner.database().exec(QStringLiteral("UPDATE events SET detail = 'x'"), &error));
    QVERIFY2(error.contains(QStringLiteral("append-only")), qPrintable(error));
}

void TestPostgresStorage::operator_isTheRoleLoggedIn()
{
    TempDatabase db(Backend::Postgres);
    db.addShippedOrder(QStringLiteral("O1"));
    const qint64 id = db.applyFor(QStringLiteral("O1"), ClaimType::Reship, Reason::MissingItems);
    ActionRequest approve;
    approve.action = Action::Approve;
    approve.actor = QStringLiteral("mallory"); // another agent's name: not what is written
    QVERIFY(db.workbench().act(id, approve).ok());
    QVERIFY(db.workbench().setRemark(id, QStringLiteral("x"), QStringLiteral("mallory")).ok());
    QVERIFY(db.workbench()
                .assign({{id, std::nullopt}}, QStringLiteral("tester"), QStringLiteral("mallory"))
                .first()
                .outcome.ok());
    db.clock().advance(49 * hour);
    QVERIFY(db.workbench().sweep().ok());
    QStringList actors;
    const Result<QList<Event>> events = db.workbench().events(id);
    for (const Event &e : *events)
        actors << e.actor + QLatin1Char(' ') + e.action;
    QCOMPARE(actors, (QStringList{QStringLiteral("buyer apply"), QStringLiteral("tester approve"),
                                  QStringLiteral("tester remark"), QStringLiteral("tester assign"),
                                  QStringLiteral("system late_shipment")}));
    QCOMPARE(db.workbench().claim(id)->assignee, QStringLiteral("tester"));
}

void TestPostgresStorage::staleVersion_conflictNothingWritten()
{
    TempDatabase db(Backend::Postgres);
    db.addShippedOrder(QStringLiteral("V1"));
    const qint64 id = db.applyFor(QStringLiteral("V1"), ClaimType::Reship, Reason::MissingItems);
    const qint64 events = db.database().count("events");
    Decision d{*db.workbench().claim(id), {}};
    d.claim.remark = QStringLiteral("late");
    d.events.append(Event{0,
                          id,
                          db.clock().now(),
                          QStringLiteral("x"),
                          QStringLiteral("remark"),
                          ClaimStatus::PendingReview,
                          ClaimStatus::PendingReview,
                          {}});
    const Outcome o = db.storage().transaction([&] { return db.storage().updateClaim(d, 7); });
    QCOMPARE(o.kind, Outcome::Kind::Conflict);
    QCOMPARE(o.exitCode(), 3);
    QCOMPARE(db.database().count("events"), events);
    QCOMPARE(db.workbench().claim(id)->remark, QString());
}

void TestPostgresStorage::serializationFailure_bodyRunAgain()
{
    TempDatabase db(Backend::Postgres);
    db.addShippedOrder(QStringLiteral("S1"));
    const qint64 id = db.applyFor(QStringLiteral("S1"), ClaimType::Reship, Reason::MissingItems);
    Result<std::unique_ptr<Storage>> other = storage::open(db.path());
    QVERIFY(other.ok());
    int runs = 0;
    const Outcome o = db.storage().transaction([&]() -> Outcome {
        ++runs;
        const Result<Claim> read = db.storage().claim(id);
        if (!read.ok())
            return read.outcome;
        if (runs == 1) {
            // Another agent changes the claim after this transaction read it, and commits.
            Decision theirs{*read, {}};
            theirs.claim.remark = QStringLiteral("theirs");
            const Outcome committed =
                (*other)->transaction([&] { return (*other)->updateClaim(theirs, read->version); });
            if (!committed.ok())
                return committed;
        }
        Decision mine{*read, {}};
        mine.claim.flag = 3;
        return db.storage().updateClaim(mine, read->version);
    });
    QVERIFY2(o.ok(), qPrintable(o.message));
    // The first run failed to serialize and was undone whole; the second read their change.
    QCOMPARE(runs, 2);
    const Claim now = *db.workbench().claim(id);
    QCOMPARE(now.remark, QStringLiteral("theirs"));
    QCOMPARE(now.flag, 3);
    QCOMPARE(now.version, 3);
}

void TestPostgresStorage::connectionCut_midTransaction_nothingWritten_clearMessage_reconnects()
{
    TempDatabase db(Backend::Postgres);
    db.addShippedOrder(QStringLiteral("C1"));
    const qint64 id = db.applyFor(QStringLiteral("C1"), ClaimType::Reship, Reason::MissingItems);
    const QStringList before = db.database().rows(QStringLiteral("SELECT * FROM claims ORDER BY id"));
    const qint64 events = db.database().count("events");
    const int pid = db.postgres().backendPid();
    int runs = 0;
    const Outcome o = db.storage().transaction([&]() -> Outcome {
        ++runs;
        Decision d{*db.storage().claim(id), {}};
        d.claim.status = ClaimStatus::AwaitingShipment;
        if (Outcome written = db.storage().updateClaim(d, d.claim.version); !written.ok())
            return written;
        // The claim is written, its event not yet: the administrator cuts the connection.
        if (!db.database().exec(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid)))
            return Outcome::badInput(QStringLiteral("could not cut the connection"));
        return db.storage().insertEvents(id, {Event{0,
                                                    id,
                                                    db.clock().now(),
                                                    QStringLiteral("x"),
                                                    QStringLiteral("approve"),
                                                    ClaimStatus::PendingReview,
                                                    ClaimStatus::AwaitingShipment,
                                                    {}}});
    });
    QCOMPARE(o.kind, Outcome::Kind::Storage);
    QCOMPARE(o.exitCode(), 3);
    QVERIFY2(o.message.contains(QStringLiteral("connection to the database server was lost")),
             qPrintable(o.message));
    QVERIFY2(o.message.contains(QStringLiteral("nothing was written")), qPrintable(o.message));
    QCOMPARE(runs, 1); // a lost connection is not tried again blindly
    // Nothing half-written: the claim as it was, no event.
    QCOMPARE(db.database().rows(QStringLiteral("SELECT * FROM claims ORDER BY id")), before);
    QCOMPARE(db.database().count("events"), events);
    // The next call connects again.
    const Result<Claim> again = db.workbench().claim(id);
    QVERIFY2(again.ok(), qPrintable(again.outcome.message));
    QCOMPARE(again->status, ClaimStatus::PendingReview);
    QVERIFY(db.postgres().backendPid() != pid);
    const auto problems = consistency::check(db.storage());
    QVERIFY(problems.ok() && problems->isEmpty());
}

void TestPostgresStorage::otherAgentsChange_listenerCalledWithoutPolling()
{
    TempDatabase window(Backend::Postgres);
    window.addShippedOrder(QStringLiteral("N1"));
    const qint64 id = window.applyFor(QStringLiteral("N1"), ClaimType::Reship, Reason::MissingItems);
    int heard = 0;
    window.storage().setChangeListener([&heard] { ++heard; });
    const qint64 mark = *window.storage().changeMark();
    // This window's own change is not another agent's.
    QVERIFY(window.workbench().setRemark(id, QStringLiteral("mine"), QStringLiteral("x")).ok());
    QTest::qWait(200);
    QCOMPARE(heard, 0);
    // Another agent's, on its own connection: heard within a second, the window running no query.
    Result<std::unique_ptr<Storage>> other = storage::open(window.path());
    QVERIFY(other.ok());
    FixedClock clock(window.clock().now());
    Workbench agent(**other, clock, Policy::defaults());
    QVERIFY(agent.setFlag(id, 2, QStringLiteral("y")).ok());
    QTRY_COMPARE_WITH_TIMEOUT(heard, 1, 1000);
    QVERIFY(*window.storage().changeMark() != mark);
    window.storage().setChangeListener({});
    QVERIFY(agent.setFlag(id, 3, QStringLiteral("y")).ok());
    QTest::qWait(300);
    QCOMPARE(heard, 1);
}

void TestPostgresStorage::teamLock_oneHolder_nextTakesOverWhenItCloses()
{
    TestDatabase db(Backend::Postgres);
    Result<std::unique_ptr<Storage>> first = storage::open(db.location());
    Result<std::unique_ptr<Storage>> second = storage::open(db.location());
    QVERIFY(first.ok() && second.ok());
    QCOMPARE(*(*first)->takeTeamLock(), true);
    QCOMPARE(*(*first)->takeTeamLock(), true); // held already, asked again
    QCOMPARE(*(*second)->takeTeamLock(), false);
    QVERIFY((*first)->holdsTeamLock());
    QVERIFY(!(*second)->holdsTeamLock());
    (*first)->releaseTeamLock();
    QCOMPARE(*(*second)->takeTeamLock(), true);
    QCOMPARE(*(*first)->takeTeamLock(), false);
    // Its holder goes away (its connection ends): the lock is free as soon as the server has
    // ended that session, which it does a moment after the client hangs up, not at once.
    second.value->reset();
    QTRY_VERIFY_WITH_TIMEOUT(*(*first)->takeTeamLock(), 10000);
}

void TestPostgresStorage::counts_keptByTriggers_compacted()
{
    TempDatabase db(Backend::Postgres);
    for (int i = 0; i < 6; ++i)
        db.addShippedOrder(QStringLiteral("K%1").arg(i));
    for (int i = 0; i < 6; ++i)
        db.applyFor(QStringLiteral("K%1").arg(i), i % 2 ? ClaimType::Reship : ClaimType::Exchange,
                    i % 2 ? Reason::MissingItems : Reason::WrongItem);
    ActionRequest approve;
    approve.action = Action::Approve;
    approve.actor = QStringLiteral("x");
    QVERIFY(db.workbench().act(1, approve).ok());
    QVERIFY(db.workbench().act(2, approve).ok());
    const QString kept = QStringLiteral("SELECT type, status, sum(n) FROM claim_counts_now GROUP BY 1, 2"
                                        " HAVING sum(n) <> 0 ORDER BY 1, 2");
    const QString actual =
        QStringLiteral("SELECT type, status, count(*) FROM claims GROUP BY 1, 2 ORDER BY 1, 2");
    QCOMPARE(db.database().rows(kept), db.database().rows(actual));
    QVERIFY(db.database().count("claim_count_log") > 0);
    // The counts a list shows: the kept ones, without reading the claims.
    ClaimQuery pending;
    pending.quick = QuickFilter::PendingReview;
    QCOMPARE(*db.workbench().reader().count(pending), 4);
    QVERIFY(db.database().exec(QStringLiteral("SELECT aftersales_compact_counts()")));
    QCOMPARE(db.database().count("claim_count_log"), 0);
    QCOMPARE(db.database().rows(kept), db.database().rows(actual));
    QCOMPARE(*db.workbench().reader().count(pending), 4);
}

void TestPostgresStorage::bulkLoad_noSecondConnection_buildsTheSearchIndexesItself()
{
    // A bulk load builds the search (GIN) indexes on a second connection beside the others.
    // The server refuses it one (the database's connection limit reached): the load's own
    // connection builds them, and every index is there when the load is done.
    TempDatabase db(Backend::Postgres);
    const QString open = db.database()
                             .scalar(QStringLiteral("SELECT count(*) FROM pg_stat_activity"
                                                    " WHERE datname = current_database()"))
                             .toString();
    QVERIFY(db.database().exec(
        QStringLiteral("ALTER DATABASE \"%1\" CONNECTION LIMIT %2").arg(db.database().name(), open)));
    const Outcome loaded = demo::generate(db.workbench(), 20000, 5);
    QVERIFY(db.database().exec(
        QStringLiteral("ALTER DATABASE \"%1\" CONNECTION LIMIT -1").arg(db.database().name())));
    QVERIFY2(loaded.ok(), qPrintable(loaded.message));
    const QString searchIndexes = QStringLiteral(
        "SELECT string_agg(indexname, ' ' ORDER BY indexname) FROM pg_indexes WHERE schemaname = 'aftersales'"
        " AND indexdef LIKE '%USING gin%'");
    QCOMPARE(db.database().scalar(searchIndexes).toString(),
             QStringLiteral("orders_buyer_grams orders_buyer_trgm product_titles_trgm"));
    ClaimQuery search;
    search.search = QStringLiteral("鱼1");
    QVERIFY(*db.workbench().reader().count(search) > 0);
}

// An agent granted before the reports' upgrade had no right to write what reports read of a
// claim; the upgrade gives it, and its actions write them as the owner's do.
void TestPostgresStorage::takeOutbox_passesOverClaimsAnotherIsTaking()
{
    TempDatabase db(Backend::Postgres);
    const qint64 a = db.platformClaim(7300000000000081, 1795650000);
    const qint64 b = db.platformClaim(7300000000000082, 1795650000);
    ActionRequest approve;
    approve.action = Action::Approve;
    approve.actor = QStringLiteral("tester");
    QVERIFY(db.workbench().act(a, approve).ok());
    QVERIFY(db.workbench().act(b, approve).ok());
    const qint64 ra = db.storage().outboxOfClaim(a)->first().id;
    const qint64 rb = db.storage().outboxOfClaim(b)->first().id;
    Storage &s = db.storage();
    const QDateTime now = db.clock().now();
    QVERIFY(s.takeLease(QStringLiteral("platform-sync"), QStringLiteral("h"), now, now.addSecs(60))->taken);

    // Another desktop is taking claim a this moment (its transaction holds the row): this one
    // takes claim b at once, neither waiting for it nor taking a.
    QVERIFY(db.database().exec(QStringLiteral("BEGIN")));
    QVERIFY(db.database().exec(QStringLiteral("SELECT id FROM outbox WHERE id = %1 FOR UPDATE").arg(ra)));
    const Result<QList<OutboxEntry>> busy = s.takeOutbox(QStringLiteral("h"), now, 10);
    QVERIFY(db.database().exec(QStringLiteral("ROLLBACK")));
    QVERIFY2(busy.ok(), qPrintable(busy.outcome.message));
    QCOMPARE(busy->size(), 1);
    QCOMPARE(busy->first().id, rb);
    // Once it let go without taking it, a is free.
    const Result<QList<OutboxEntry>> all = s.takeOutbox(QStringLiteral("h"), now, 10);
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->first().id, ra);
}

void TestPostgresStorage::platformSync_changesHeardByOtherWindows()
{
    TempDatabase window(Backend::Postgres);
    const qint64 id = window.platformClaim(7300000000000091, 1795650000);
    ActionRequest approve;
    approve.action = Action::Approve;
    approve.actor = QStringLiteral("tester");
    QVERIFY(window.workbench().act(id, approve).ok());
    int heard = 0;
    window.storage().setChangeListener([&heard] { ++heard; });
    Result<std::unique_ptr<Storage>> other = storage::open(window.path());
    QVERIFY(other.ok());
    Storage &s = **other;
    // A claim's sync state set by the desktop that syncs, as a window shows it (its mark).
    ClaimSync failed = s.claim(id)->sync;
    failed.state = SyncState::Failed;
    failed.message = QStringLiteral("售后单状态已变更");
    QVERIFY(s.transaction([&] { return s.setClaimSync(id, failed); }).ok());
    QTRY_COMPARE_WITH_TIMEOUT(heard, 1, 1000);
    // A queued action settled alone (the claim as it was): the windows' "waiting" counts.
    OutboxEntry row = s.outboxOfClaim(id)->first();
    row.state = OutboxState::Sending;
    QVERIFY(s.transaction([&] { return s.updateOutbox(row, OutboxState::Waiting); }).ok());
    QTRY_COMPARE_WITH_TIMEOUT(heard, 2, 1000);
    window.storage().setChangeListener({});
}

QTEST_GUILESS_MAIN(TestPostgresStorage)
#include "tst_postgresstorage.moc"
