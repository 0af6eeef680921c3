// The storage side of the platform sync, on both backends: a file of version 7 upgraded with
// its claims local-only, local ids counted below the platform's, the sync state kept apart
// from a claim's version, the outbox's compare-and-set, the lease, queued actions taken claim
// by claim for one sender at a time, `check` knowing the sync's rules, and `copy --to` taking
// the sync's state, queue and shop along.
#include "rawsqlite.h"
#include "storage/consistency.h"
#include "storage/databasecopy.h"
#include "storage/sqlite/migrations.h"
#include "storage/sqlite/sqlitestorage.h"
#include "tempdatabase.h"

#include <QSqlQuery>
#include <QTest>

using namespace aftersales;
using namespace aftersales::testing;

class TestSyncStorage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { testing::addBackendRows(); }
    void init() { AFTERSALES_FETCH_BACKEND(backend); }

    void migration_fromVersion7_claimsStayLocal();
    void localIds_belowPlatformIds();
    void claimSync_keptApartFromVersion();
    void outbox_compareAndSet();
    void lease_oneHolderAtATime();
    void takeOutbox_wholeClaims_oneHolderWhileItsLeaseLives();
    void check_findsSyncStatesThatDisagree();
    void copy_takesSyncStateQueueAndShop();
    void copy_targetOfAnotherShop_refusedNothingCopied();

private:
    static qint64 platformClaim(TempDatabase &db, qint64 id, qint64 updateTime)
    {
        return db.platformClaim(id, updateTime);
    }
    static QStringList problems(Storage &storage)
    {
        const Result<QList<consistency::Problem>> found = consistency::check(storage);
        if (!found.ok())
            return {found.outcome.message};
        QStringList out;
        for (const consistency::Problem &p : *found)
            out << p.what;
        return out;
    }
    static QStringList problems(TempDatabase &db) { return problems(db.storage()); }
    // An action queued on a claim as the Workbench would, straight into the storage: its row id.
    static qint64 queue(TempDatabase &db, qint64 claimId, const QString &action = QStringLiteral("approve"))
    {
        OutboxEntry e;
        e.claimId = claimId;
        e.action = action;
        e.operateType = 501;
        e.baseUpdateTime = 1795650000;
        e.createdAt = db.clock().now();
        qint64 rowId = 0;
        const Outcome o = db.storage().transaction([&]() -> Outcome {
            const Result<qint64> r = db.storage().insertOutbox(e);
            rowId = r.value.value_or(0);
            return r.outcome;
        });
        if (!o.ok())
            qFatal("%s", qPrintable(o.message));
        return rowId;
    }
    // The ids of the rows `holder` takes at `at`.
    static QList<qint64> take(TempDatabase &db, const QString &holder, const QDateTime &at, int limit = 100)
    {
        const Result<QList<OutboxEntry>> rows = db.storage().takeOutbox(holder, at, limit);
        if (!rows.ok())
            qFatal("%s", qPrintable(rows.outcome.message));
        QList<qint64> ids;
        for (const OutboxEntry &e : *rows)
            ids << e.id;
        return ids;
    }
    // The other backend, for a copy; empty when it cannot run here.
    static std::optional<Backend> otherBackend()
    {
        const Backend other = currentBackend() == Backend::Sqlite ? Backend::Postgres : Backend::Sqlite;
        if (!unavailable(other).isEmpty())
            return std::nullopt;
        return other;
    }
};

void TestSyncStorage::migration_fromVersion7_claimsStayLocal()
{
    if (currentBackend() != Backend::Sqlite)
        QSKIP("a database file's upgrade; the server's is tst_postgresstorage's");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v7.db"));
    {
        RawSqlite raw(path);
        for (int version = 0; version < 7; ++version)
            for (const QString &sql : migrations::steps().at(version))
                QVERIFY2(raw.exec(sql), qPrintable(sql));
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO orders (order_id, category, amount_cents) VALUES ('A1', "
                                        "'smart_home', 19900)")));
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO claims (id, order_id, type, reason, status, applied_at,"
                                        " updated_at) VALUES (7300000000000001, 'A1', 7, 2, 1, 1795600000, "
                                        "1795600000)")));
        QVERIFY(
            raw.exec(QStringLiteral("INSERT INTO events (claim_id, at, actor, action, from_status, to_status)"
                                    " VALUES (7300000000000001, 1795600000, 'buyer', 'apply', 1, 1)")));
        QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = 7")));
    }
    SqliteStorage store;
    const Outcome o = store.open(path);
    QVERIFY2(o.ok(), qPrintable(o.message));
    QCOMPARE(store.schemaVersion(), migrations::latestVersion());
    const Result<Claim> c = store.claim(7300000000000001);
    QVERIFY(c.ok());
    QCOMPARE(c->sync.state, SyncState::Local);
    QVERIFY(!c->sync.onPlatform());
    QVERIFY(!store.platformConnection()->has_value());
    QCOMPARE(*store.openOutboxCount(), 0);
    QVERIFY(!store.newestPlatformUpdate()->has_value());
    QVERIFY(consistency::check(store)->isEmpty());
}

void TestSyncStorage::localIds_belowPlatformIds()
{
    TempDatabase db(currentBackend());
    platformClaim(db, 7300000000000005, 1795650000);
    db.addShippedOrder(QStringLiteral("L1"));
    const qint64 first = db.applyFor(QStringLiteral("L1"), ClaimType::Reship, Reason::Other);
    QCOMPARE(first, 1);
    platformClaim(db, 7300000000000009, 1795650001);
    db.addShippedOrder(QStringLiteral("L2"));
    QCOMPARE(db.applyFor(QStringLiteral("L2"), ClaimType::Reship, Reason::Other), 2);
    QCOMPARE(**db.storage().newestPlatformUpdate(), 1795650001);
}

void TestSyncStorage::claimSync_keptApartFromVersion()
{
    TempDatabase db(currentBackend());
    const qint64 id = platformClaim(db, 7300000000000007, 1795650000);
    const Claim before = *db.storage().claim(id);
    ClaimSync sync = before.sync;
    sync.state = SyncState::Failed;
    sync.message = QStringLiteral("售后单状态已变更");
    QVERIFY(db.storage().transaction([&] { return db.storage().setClaimSync(id, sync); }).ok());
    const Claim after = *db.storage().claim(id);
    QCOMPARE(after.sync, sync);
    QCOMPARE(after.version, before.version);
    QCOMPARE(db.storage().events(id)->size(), 2);
    // An ordinary update leaves it alone.
    Decision d{after, {}};
    d.claim.remark = QStringLiteral("note");
    d.claim.sync = ClaimSync{};
    QVERIFY(db.storage().transaction([&] { return db.storage().updateClaim(d, after.version); }).ok());
    QCOMPARE(db.storage().claim(id)->sync, sync);
    // A claim without a platform update_time is local: it has no sync state to keep.
    ClaimSync local;
    local.state = SyncState::Failed;
    QVERIFY(db.storage().transaction([&] { return db.storage().setClaimSync(id, local); }).ok());
    QCOMPARE(db.database().scalar(QStringLiteral("SELECT sync_state FROM claims")).toInt(), 0);
    QCOMPARE(db.storage().claim(id)->sync.state, SyncState::Local);
}

void TestSyncStorage::outbox_compareAndSet()
{
    TempDatabase db(currentBackend());
    const qint64 id = platformClaim(db, 7300000000000011, 1795650000);
    OutboxEntry e;
    e.claimId = id;
    e.action = QStringLiteral("approve");
    e.operateType = 501;
    e.baseUpdateTime = 1795650000;
    e.createdAt = db.clock().now();
    qint64 rowId = 0;
    QVERIFY(db.storage()
                .transaction([&]() -> Outcome {
                    const Result<qint64> r = db.storage().insertOutbox(e);
                    rowId = r.value.value_or(0);
                    return r.outcome;
                })
                .ok());
    OutboxEntry sending = **db.storage().outboxEntry(rowId);
    sending.state = OutboxState::Sending;
    QVERIFY(db.storage()
                .transaction([&] { return db.storage().updateOutbox(sending, OutboxState::Waiting); })
                .ok());
    const Outcome again =
        db.storage().transaction([&] { return db.storage().updateOutbox(sending, OutboxState::Waiting); });
    QCOMPARE(again.kind, Outcome::Kind::Conflict);
    QCOMPARE(db.storage().outboxInState(OutboxState::Sending, 10)->size(), 1);
    QCOMPARE(db.storage().outboxInState(OutboxState::Waiting, 10)->size(), 0);
    QCOMPARE(*db.storage().openOutboxCount(), 1);
}

void TestSyncStorage::lease_oneHolderAtATime()
{
    TempDatabase db(currentBackend());
    Storage &s = db.storage();
    const QDateTime t = db.clock().now();
    QVERIFY(s.takeLease(QStringLiteral("x"), QStringLiteral("a"), t, t.addSecs(60))->taken);
    const LeaseAnswer busy =
        *s.takeLease(QStringLiteral("x"), QStringLiteral("b"), t.addSecs(59), t.addSecs(120));
    QVERIFY(!busy.taken);
    QCOMPARE(busy.holder, QStringLiteral("a"));
    // Renewal by its holder; takeover once it ran out, or of a holder known to be dead.
    QVERIFY(s.takeLease(QStringLiteral("x"), QStringLiteral("a"), t.addSecs(30), t.addSecs(90))->taken);
    QVERIFY(!s.takeLease(QStringLiteral("x"), QStringLiteral("b"), t.addSecs(89), t.addSecs(120))->taken);
    QVERIFY(s.takeLease(QStringLiteral("x"), QStringLiteral("b"), t.addSecs(90), t.addSecs(120))->taken);
    QVERIFY(s.takeLease(QStringLiteral("x"), QStringLiteral("c"), t.addSecs(91), t.addSecs(150),
                        QStringLiteral("b"))
                ->taken);
    QVERIFY(!s.takeLease(QStringLiteral("x"), QStringLiteral("d"), t.addSecs(92), t.addSecs(150),
                         QStringLiteral("b"))
                 ->taken);
    QVERIFY(s.releaseLease(QStringLiteral("x"), QStringLiteral("d")).ok()); // not d's: nothing
    QVERIFY(!s.takeLease(QStringLiteral("x"), QStringLiteral("d"), t.addSecs(93), t.addSecs(150))->taken);
    QVERIFY(s.releaseLease(QStringLiteral("x"), QStringLiteral("c")).ok());
    QVERIFY(s.takeLease(QStringLiteral("x"), QStringLiteral("d"), t.addSecs(94), t.addSecs(150))->taken);
}

void TestSyncStorage::takeOutbox_wholeClaims_oneHolderWhileItsLeaseLives()
{
    TempDatabase db(currentBackend());
    const qint64 a = platformClaim(db, 7300000000000021, 1795650000);
    const qint64 b = platformClaim(db, 7300000000000022, 1795650000);
    const qint64 c = platformClaim(db, 7300000000000023, 1795650000);
    const qint64 r1 = queue(db, a), r2 = queue(db, b), r3 = queue(db, a, QStringLiteral("ship")),
                 r4 = queue(db, c);
    Storage &s = db.storage();
    const QDateTime t = db.clock().now();
    QVERIFY(s.takeLease(QStringLiteral("x"), QStringLiteral("h1"), t, t.addSecs(60))->taken);
    QVERIFY(s.takeLease(QStringLiteral("y"), QStringLiteral("h2"), t, t.addSecs(60))->taken);

    // Two claims, oldest first, each with all its open rows.
    QCOMPARE(take(db, QStringLiteral("h1"), t, 2), (QList<qint64>{r1, r2, r3}));
    // Another holder passes over them while h1's lease lives; asked again, h1 keeps its own.
    QCOMPARE(take(db, QStringLiteral("h2"), t), QList<qint64>{r4});
    QCOMPARE(take(db, QStringLiteral("h1"), t.addSecs(1)), (QList<qint64>{r1, r2, r3}));
    // Settled rows are nobody's to send; a claim's later rows stay with whoever holds its
    // oldest open one, new ones included.
    OutboxEntry delivered = **s.outboxEntry(r1);
    delivered.state = OutboxState::Delivered;
    QVERIFY(s.transaction([&] { return s.updateOutbox(delivered, OutboxState::Waiting); }).ok());
    const qint64 r5 = queue(db, b);
    QCOMPARE(take(db, QStringLiteral("h2"), t.addSecs(2)), QList<qint64>{r4});
    QCOMPARE(take(db, QStringLiteral("h1"), t.addSecs(2)), (QList<qint64>{r2, r3, r5}));

    // h1 ends its round: what it did not settle is free for the next.
    QVERIFY(s.releaseLease(QStringLiteral("x"), QStringLiteral("h1")).ok());
    QCOMPARE(take(db, QStringLiteral("h2"), t.addSecs(3)), (QList<qint64>{r2, r3, r4, r5}));
    QCOMPARE(take(db, QStringLiteral("h1"), t.addSecs(3)), QList<qint64>{});
    // h2 dies holding them: they are free once its lease runs out, not a second earlier.
    QCOMPARE(take(db, QStringLiteral("h3"), t.addSecs(59)), QList<qint64>{});
    QCOMPARE(take(db, QStringLiteral("h3"), t.addSecs(60)), (QList<qint64>{r2, r3, r4, r5}));
    QCOMPARE(*s.openOutboxCount(), 4);
}

void TestSyncStorage::check_findsSyncStatesThatDisagree()
{
    TempDatabase db(currentBackend());
    const qint64 id = platformClaim(db, 7300000000000013, 1795650000);
    ActionRequest approve;
    approve.action = Action::Approve;
    approve.actor = QStringLiteral("merchant");
    QVERIFY(db.workbench().act(id, approve).ok());
    QCOMPARE(db.storage().claim(id)->sync.state, SyncState::Pending);
    QCOMPARE(problems(db), QStringList());

    TestDatabase &raw = db.database();
    QVERIFY(raw.exec(QStringLiteral("UPDATE claims SET sync_state = 0")));
    QCOMPARE(problems(db).size(), 1);
    QVERIFY(problems(db).first().contains(QLatin1String("sync state")));
    QVERIFY(raw.exec(QStringLiteral("UPDATE claims SET sync_state = 1")));
    // An action queued for a claim that is not on the platform.
    db.addShippedOrder(QStringLiteral("L1"));
    const qint64 local = db.applyFor(QStringLiteral("L1"), ClaimType::Reship, Reason::Other);
    QVERIFY(raw.exec(
        QStringLiteral("INSERT INTO outbox (claim_id, action, method, from_status, to_status,"
                       " base_update_time, created_at, updated_at) VALUES (%1, 'approve', 1, 1, 3, 0,"
                       " 0, 0)")
            .arg(local)));
    QVERIFY(problems(db).join(QLatin1Char('\n')).contains(QLatin1String("not on the platform")));
}

void TestSyncStorage::copy_takesSyncStateQueueAndShop()
{
    const std::optional<Backend> other = otherBackend();
    if (!other)
        QSKIP(qPrintable(unavailable(Backend::Postgres)));
    TempDatabase from(currentBackend());
    // A platform claim synced, one with an action waiting, one refused and not seen (its claim
    // failed), and a local claim: each claim's sync state and the queue as they stand.
    const qint64 synced = platformClaim(from, 7300000000000031, 1795650000);
    const qint64 waiting = platformClaim(from, 7300000000000032, 1795650010);
    const qint64 refused = platformClaim(from, 7300000000000033, 1795650020);
    from.addShippedOrder(QStringLiteral("L1"));
    const qint64 local = from.applyFor(QStringLiteral("L1"), ClaimType::Reship, Reason::Other);
    ActionRequest approve;
    approve.action = Action::Approve;
    approve.actor = QStringLiteral("merchant");
    QVERIFY(from.workbench().act(waiting, approve).ok());
    QVERIFY(from.workbench().act(refused, approve).ok());
    const OutboxEntry row = from.storage().outboxOfClaim(refused)->first();
    QVERIFY(from.workbench().startSending(row.id, row.baseUpdateTime).ok());
    QVERIFY(from.workbench().outboxRefused(row.id, QStringLiteral("售后单状态已变更"), {}).ok());
    PlatformConnection shop;
    shop.appKey = QStringLiteral("k");
    shop.shopId = QStringLiteral("10086");
    shop.baseUrl = QStringLiteral("http://127.0.0.1:9");
    shop.shopName = QStringLiteral("小店");
    shop.connectedAt = from.clock().now();
    shop.lastPullAt = from.clock().now();
    QVERIFY(from.workbench().savePlatformConnection(shop).ok());
    QCOMPARE(problems(from), QStringList());

    TempDatabase to(*other);
    const Result<databasecopy::Copied> copied = databasecopy::copy(from.storage(), to.storage());
    QVERIFY2(copied.ok(), qPrintable(copied.outcome.message));
    QCOMPARE(copied->claims, 4);
    QCOMPARE(copied->actions, 2);
    for (qint64 id : {synced, waiting, refused, local})
        QCOMPARE(to.storage().claim(id)->sync, from.storage().claim(id)->sync);
    QCOMPARE(to.storage().claim(refused)->sync.state, SyncState::Failed);
    QCOMPARE(to.storage().claim(waiting)->sync.state, SyncState::Pending);
    QVERIFY(!to.storage().claim(local)->sync.onPlatform());
    const QList<OutboxEntry> before = *from.storage().outboxAfter(0, 100);
    const QList<OutboxEntry> after = *to.storage().outboxAfter(0, 100);
    QCOMPARE(after.size(), before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        QCOMPARE(after.at(i).id, before.at(i).id);
        QCOMPARE(after.at(i).claimId, before.at(i).claimId);
        QCOMPARE(after.at(i).state, before.at(i).state);
        QCOMPARE(after.at(i).lastError, before.at(i).lastError);
        QCOMPARE(after.at(i).baseUpdateTime, before.at(i).baseUpdateTime);
        QCOMPARE(after.at(i).needsReadback, before.at(i).needsReadback);
        QCOMPARE(after.at(i).createdAt, before.at(i).createdAt);
    }
    const std::optional<PlatformConnection> there = *to.storage().platformConnection();
    QVERIFY(there.has_value());
    QCOMPARE(there->shopId, shop.shopId);
    QCOMPARE(there->lastPullAt, shop.lastPullAt);
    QCOMPARE(**to.storage().newestPlatformUpdate(), 1795650020);
    QCOMPARE(*to.storage().openOutboxCount(), 1);
    ClaimQuery failed;
    failed.quick = QuickFilter::SyncFailed;
    QCOMPARE(*to.workbench().reader().count(failed), 1);
    QCOMPARE(problems(to), QStringList());
    // The queue goes on from there: the next action's row comes after the copied ones.
    to.clock().advance(60);
    QVERIFY(to.workbench().act(synced, approve).ok());
    QVERIFY(to.storage().outboxOfClaim(synced)->first().id > before.last().id);
    QCOMPARE(problems(to), QStringList());
}

void TestSyncStorage::copy_targetOfAnotherShop_refusedNothingCopied()
{
    const std::optional<Backend> other = otherBackend();
    if (!other)
        QSKIP(qPrintable(unavailable(Backend::Postgres)));
    TempDatabase from(currentBackend());
    platformClaim(from, 7300000000000041, 1795650000);
    PlatformConnection shop;
    shop.appKey = QStringLiteral("k");
    shop.shopId = QStringLiteral("10086");
    shop.baseUrl = QStringLiteral("http://127.0.0.1:9");
    shop.connectedAt = from.clock().now();
    QVERIFY(from.workbench().savePlatformConnection(shop).ok());
    TempDatabase to(*other);
    PlatformConnection another = shop;
    another.shopId = QStringLiteral("20099");
    QVERIFY(to.workbench().savePlatformConnection(another).ok());
    const Result<databasecopy::Copied> copied = databasecopy::copy(from.storage(), to.storage());
    QCOMPARE(copied.outcome.kind, Outcome::Kind::BadInput);
    QVERIFY2(copied.outcome.message.contains(QStringLiteral("another shop")),
             qPrintable(copied.outcome.message));
    QVERIFY(*to.storage().isEmpty());
    QCOMPARE((*to.storage().platformConnection())->shopId, another.shopId);
}

QTEST_GUILESS_MAIN(TestSyncStorage)
#include "tst_syncstorage.moc"
