// The storage side of the platform sync (schema 8): a file of version 7 upgraded with its
// claims local-only, local ids counted below the platform's, the sync state kept apart from a
// claim's version, the outbox's compare-and-set, the lease, and `check` knowing the sync's rules.
#include "rawsqlite.h"
#include "storage/consistency.h"
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
    void migration_fromVersion7_claimsStayLocal();
    void localIds_belowPlatformIds();
    void claimSync_keptApartFromVersion();
    void outbox_compareAndSet();
    void lease_oneHolderAtATime();
    void check_findsSyncStatesThatDisagree();

private:
    // A platform claim taken in as a pull would, at `updateTime`: its id.
    static qint64 platformClaim(TempDatabase &db, qint64 id, qint64 updateTime)
    {
        Claim c;
        c.id = id;
        c.orderId = QStringLiteral("P%1").arg(id);
        c.order.orderId = c.orderId;
        c.order.category = QStringLiteral("unknown");
        c.appliedAt = db.clock().now().addSecs(-60);
        c.updatedAt = c.appliedAt;
        c.deadline = c.appliedAt.addSecs(48 * 3600);
        c.sync.platformUpdateTime = updateTime;
        c.sync.state = SyncState::Synced;
        const auto taken = db.workbench().platformPage({id}, [&c](int, const std::optional<Claim> &) {
            Workbench::PlatformFit fit;
            fit.kind = Workbench::PlatformFit::Kind::TakeIn;
            fit.claim = c;
            return fit;
        });
        if (!taken.ok())
            qFatal("%s", qPrintable(taken.outcome.message));
        return id;
    }
    static QStringList problems(TempDatabase &db)
    {
        const Result<QList<consistency::Problem>> found = consistency::check(db.storage());
        QStringList out;
        for (const consistency::Problem &p : *found)
            out << p.what;
        return out;
    }
};

void TestSyncStorage::migration_fromVersion7_claimsStayLocal()
{
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
    TempDatabase db;
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
    TempDatabase db;
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
    QCOMPARE(RawSqlite(db.path()).scalar(QStringLiteral("SELECT sync_state FROM claims")).toInt(), 0);
    QCOMPARE(db.storage().claim(id)->sync.state, SyncState::Local);
}

void TestSyncStorage::outbox_compareAndSet()
{
    TempDatabase db;
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
    TempDatabase db;
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

void TestSyncStorage::check_findsSyncStatesThatDisagree()
{
    TempDatabase db;
    const qint64 id = platformClaim(db, 7300000000000013, 1795650000);
    ActionRequest approve;
    approve.action = Action::Approve;
    approve.actor = QStringLiteral("merchant");
    QVERIFY(db.workbench().act(id, approve).ok());
    QCOMPARE(db.storage().claim(id)->sync.state, SyncState::Pending);
    QCOMPARE(problems(db), QStringList());

    RawSqlite raw(db.path());
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

QTEST_GUILESS_MAIN(TestSyncStorage)
#include "tst_syncstorage.moc"
