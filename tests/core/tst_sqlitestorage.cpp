// The SQLite backend: migrations, WAL, files it must refuse, the write lock held elsewhere,
// stale versions, interrupted transactions, append-only events (tst_sqlitebulk: bulk loads
// and local ids).
#include "domain/rules.h"
#include "rawsqlite.h"
#include "storage/sqlite/migrations.h"
#include "storage/sqlite/sqlitestorage.h"
#include "storage/storagefactory.h"
#include "storagecases.h"
#include "tempdatabase.h"
#include "workbench.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace aftersales;
using aftersales::testing::RawSqlite;
using aftersales::testing::sampleOrder;
using aftersales::testing::TempDatabase;

namespace
{

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

qint64 count(const SqliteStorage &storage, const char *table)
{
    return RawSqlite(storage.path()).count(table);
}

// A plain connection of its own on `path`, closed and removed with the object.
using RawConnection = RawSqlite;

} // namespace

class TestSqliteStorage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void migration_fromEmptyFile_data();
    void migration_fromEmptyFile();
    void open_longLived_keepsALargerPageCache();
    void reopen_isNoOp();
    void migration_fromVersion3_searchStillFindsClaims();
    void newerSchema_refusedWithoutChangingFile();
    void notADatabase_refusedWithClearMessage();
    void writeLockHeldElsewhere_storageErrorNothingWritten();
    void staleVersion_conflictNothingWritten();
    void concurrentChange_conflictNothingWritten();
    void interruptedTransaction_leavesNothing_data();
    void interruptedTransaction_leavesNothing();
    void events_appendOnly_data();
    void events_appendOnly();
    void claim_roundTrip();
    void unknownIds_badInput();
};

void TestSqliteStorage::open_longLived_keepsALargerPageCache()
{
    // The window (and a command's --watch) opens through the factory and the session as a
    // long-lived process: 8 MB of page cache for its sweeps; a command keeps SQLite's 2 MB.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("workbench.db"));
    StorageOptions options;
    options.longLived = true;
    Result<std::unique_ptr<Storage>> opened = storage::open(path, options);
    QVERIFY2(opened.ok(), qPrintable(opened.outcome.message));
    const auto *store = dynamic_cast<const SqliteStorage *>(opened->get());
    QVERIFY(store);
    QCOMPARE(store->pragma(QStringLiteral("cache_size"))->toInt(), -8000);
    Result<std::unique_ptr<Storage>> command = storage::open(path);
    QVERIFY2(command.ok(), qPrintable(command.outcome.message));
    QCOMPARE(
        dynamic_cast<const SqliteStorage *>(command->get())->pragma(QStringLiteral("cache_size"))->toInt(),
        -2000);
}

void TestSqliteStorage::migration_fromEmptyFile_data()
{
    QTest::addColumn<bool>("createEmptyFile");
    QTest::newRow("missing file") << false;
    QTest::newRow("zero-byte file") << true;
}

void TestSqliteStorage::migration_fromEmptyFile()
{
    QFETCH(bool, createEmptyFile);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/folder/workbench.db"));
    if (createEmptyFile) {
        QDir().mkpath(dir.filePath(QStringLiteral("sub/folder")));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    SqliteStorage store;
    const Outcome o = store.open(path);
    QVERIFY2(o.ok(), qPrintable(o.message));
    QVERIFY(store.isOpen());
    QCOMPARE(store.schemaVersion(), migrations::latestVersion());
    QVERIFY(migrations::latestVersion() >= 1);
    QCOMPARE(store.pragma(QStringLiteral("journal_mode"))->toString(), QStringLiteral("wal"));
    QCOMPARE(store.pragma(QStringLiteral("synchronous"))->toInt(), 1); // NORMAL
    QCOMPARE(store.pragma(QStringLiteral("foreign_keys"))->toInt(), 1);
    QCOMPARE(store.pragma(QStringLiteral("temp_store"))->toInt(), 2);     // MEMORY: statement journals
    QCOMPARE(store.pragma(QStringLiteral("cache_size"))->toInt(), -2000); // SQLite's 2 MB: a command
    for (const char *table : {"orders", "claims", "events"})
        QCOMPARE(count(store, table), 0);
}

void TestSqliteStorage::reopen_isNoOp()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("workbench.db"));
    QString schemaBefore;
    {
        SqliteStorage store;
        QVERIFY(store.open(path).ok());
        QVERIFY(store.transaction([&] { return store.insertOrder(sampleOrder(QStringLiteral("A1"))); }).ok());
        schemaBefore = RawSqlite(path)
                           .scalar(QStringLiteral("SELECT group_concat(sql, ';') FROM sqlite_master"))
                           .toString();
    }
    SqliteStorage store;
    const Outcome o = store.open(path);
    QVERIFY2(o.ok(), qPrintable(o.message));
    QCOMPARE(store.schemaVersion(), migrations::latestVersion());
    QCOMPARE(
        RawSqlite(path).scalar(QStringLiteral("SELECT group_concat(sql, ';') FROM sqlite_master")).toString(),
        schemaBefore);
    const Result<Order> order = store.order(QStringLiteral("A1"));
    QVERIFY(order.ok());
    QCOMPARE(order->product, QStringLiteral("智能门锁"));
    QCOMPARE(order->shippedAt, sampleOrder(QStringLiteral("A1")).shippedAt);
}

// Version 4 moved product titles to an index of their own and left the buyer alone in the
// claims' index: a file from version 3 comes out with both filled from its orders.
void TestSqliteStorage::migration_fromVersion3_searchStillFindsClaims()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v3.db"));
    {
        RawConnection raw(path);
        for (int version = 0; version < 3; ++version)
            for (const QString &sql : migrations::steps().at(version))
                QVERIFY2(raw.exec(sql), qPrintable(sql));
        QVERIFY(raw.exec(
            QStringLiteral("INSERT INTO orders (order_id, category, amount_cents, buyer, product)"
                           " VALUES ('A1', 'smart_home', 19900, '快乐的小鱼1024', '石头扫地机器人 P10')")));
        QVERIFY(raw.exec(
            QStringLiteral("INSERT INTO claims (order_id, type, reason, status, applied_at, deadline,"
                           " updated_at) VALUES ('A1', 7, 2, 1, 1795600000, 1795772800, 1795600000)")));
        QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = 3")));
    }
    SqliteStorage store;
    const Outcome o = store.open(path);
    QVERIFY2(o.ok(), qPrintable(o.message));
    QCOMPARE(store.schemaVersion(), migrations::latestVersion());
    const FixedClock clock(TempDatabase::defaultStart());
    const Policy policy = Policy::defaults();
    const ClaimReader reader(store, clock, policy);
    for (const QString &term : {QStringLiteral("扫地机器人"), QStringLiteral("小鱼1024")}) {
        ClaimQuery q;
        q.search = term;
        const Result<Page> page = reader.page(q, std::nullopt, 50);
        QVERIFY2(page.ok(), qPrintable(page.outcome.message));
        QCOMPARE(page->claims.size(), 1);
        QCOMPARE(page->claims.first().orderId, QStringLiteral("A1"));
        QCOMPARE(reader.count(q).value.value_or(-1), 1);
    }
    // New orders keep both indexes current.
    QVERIFY(store.transaction([&] { return store.insertOrder(sampleOrder(QStringLiteral("A2"))); }).ok());
    QCOMPARE(RawSqlite(path).count("product_titles"), 2);
}

void TestSqliteStorage::newerSchema_refusedWithoutChangingFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.db"));
    const int future = migrations::latestVersion() + 1;
    {
        RawConnection raw(path);
        QVERIFY(raw.exec(QStringLiteral("CREATE TABLE things (x INTEGER)")));
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO things VALUES (42)")));
        QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(future)));
    }
    const QByteArray before = readAll(path);
    QVERIFY(!before.isEmpty());

    SqliteStorage store;
    const Outcome o = store.open(path);
    QCOMPARE(o.kind, Outcome::Kind::Storage);
    QVERIFY2(o.message.contains(QStringLiteral("newer")), qPrintable(o.message));
    QVERIFY2(o.message.contains(QString::number(future)), qPrintable(o.message));
    QVERIFY(!store.isOpen());
    QCOMPARE(readAll(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
}

void TestSqliteStorage::notADatabase_refusedWithClearMessage()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.db"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        for (int i = 0; i < 200; ++i)
            f.write("These are my notes, not a database.\n");
    }
    const QByteArray before = readAll(path);

    SqliteStorage store;
    const Outcome o = store.open(path);
    QCOMPARE(o.kind, Outcome::Kind::Storage);
    QVERIFY2(o.message.contains(QStringLiteral("not a valid workbench database")), qPrintable(o.message));
    QVERIFY(!store.isOpen());
    QCOMPARE(readAll(path), before);
}

void TestSqliteStorage::writeLockHeldElsewhere_storageErrorNothingWritten()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("locked.db"));
    SqliteStorage store;
    QVERIFY(store.open(path, SqliteStorage::Options{false, 100}).ok());
    FixedClock clock(TempDatabase::defaultStart());
    Workbench workbench(store, clock, Policy::defaults());

    {
        RawConnection other(path);
        QVERIFY(other.exec(QStringLiteral("BEGIN IMMEDIATE")));

        QElapsedTimer timer;
        timer.start();
        const Outcome direct =
            store.transaction([&] { return store.insertOrder(sampleOrder(QStringLiteral("L1"))); });
        QCOMPARE(direct.kind, Outcome::Kind::Storage);
        QVERIFY2(direct.message.contains(QStringLiteral("busy")), qPrintable(direct.message));
        QCOMPARE(direct.exitCode(), 3);

        const Outcome viaWorkbench = workbench.addOrder(sampleOrder(QStringLiteral("L2")));
        QCOMPARE(viaWorkbench.kind, Outcome::Kind::Storage);
        QVERIFY2(timer.elapsed() < 5000, "the busy timeout of 100 ms was not honoured");

        QVERIFY(other.exec(QStringLiteral("ROLLBACK")));
    }
    QCOMPARE(store.order(QStringLiteral("L1")).outcome.kind, Outcome::Kind::BadInput);
    QCOMPARE(store.order(QStringLiteral("L2")).outcome.kind, Outcome::Kind::BadInput);
    QCOMPARE(count(store, "orders"), 0);
    // Once the lock is gone the same write goes through.
    QVERIFY(workbench.addOrder(sampleOrder(QStringLiteral("L2"))).ok());
}

void TestSqliteStorage::staleVersion_conflictNothingWritten()
{
    TempDatabase db;
    db.addShippedOrder(QStringLiteral("S1"));
    const qint64 id = db.applyFor(QStringLiteral("S1"), ClaimType::Reship, Reason::MissingItems);
    const Result<Claim> loaded = db.workbench().claim(id);
    QVERIFY(loaded.ok());
    const qint64 version = loaded->version;

    ActionRequest approve;
    approve.action = Action::Approve;
    approve.actor = QStringLiteral("alice");
    db.clock().advance(60);
    const Result<Claim> approved = db.workbench().act(id, approve, version);
    QVERIFY2(approved.ok(), qPrintable(approved.outcome.message));
    QCOMPARE(approved->version, version + 1);
    const qint64 eventsBefore = count(db.sqlite(), "events");

    ActionRequest reject;
    reject.action = Action::Reject;
    reject.actor = QStringLiteral("bob");
    reject.rejectCode = RejectCode::OutOfStock;
    const Result<Claim> stale = db.workbench().act(id, reject, version);
    QCOMPARE(stale.outcome.kind, Outcome::Kind::Conflict);
    QCOMPARE(stale.outcome.exitCode(), 3);
    QCOMPARE(count(db.sqlite(), "events"), eventsBefore);
    QCOMPARE(db.workbench().claim(id)->status, ClaimStatus::AwaitingShipment);
    QCOMPARE(db.workbench().claim(id)->version, version + 1);

    const Result<Claim> staleRemark =
        db.workbench().setRemark(id, QStringLiteral("note"), reject.actor, version);
    QCOMPARE(staleRemark.outcome.kind, Outcome::Kind::Conflict);
    QCOMPARE(count(db.sqlite(), "events"), eventsBefore);
    QCOMPARE(db.workbench().claim(id)->remark, QString());
}

void TestSqliteStorage::concurrentChange_conflictNothingWritten()
{
    TempDatabase db;
    db.addShippedOrder(QStringLiteral("C1"));
    const qint64 id = db.applyFor(QStringLiteral("C1"), ClaimType::Reship, Reason::MissingItems);

    // A second store on the same file reads the claim, then the first one changes it.
    SqliteStorage second;
    QVERIFY(second.open(db.path()).ok());
    const Result<Claim> seen = second.claim(id);
    QVERIFY(seen.ok());

    ActionRequest approve;
    approve.action = Action::Approve;
    approve.actor = QStringLiteral("alice");
    QVERIFY(db.workbench().act(id, approve).ok());
    const qint64 eventsBefore = count(db.sqlite(), "events");

    ActionRequest reject;
    reject.action = Action::Reject;
    reject.actor = QStringLiteral("bob");
    reject.rejectCode = RejectCode::Other;
    const Result<Decision> d = rules::act(*seen, reject, db.clock().now(), Policy::defaults());
    QVERIFY(d.ok());
    const Outcome o = second.transaction([&] { return second.updateClaim(*d, seen->version); });
    QCOMPARE(o.kind, Outcome::Kind::Conflict);
    QCOMPARE(count(db.sqlite(), "events"), eventsBefore);
    QCOMPARE(db.sqlite().claim(id)->status, ClaimStatus::AwaitingShipment);
}

void TestSqliteStorage::interruptedTransaction_leavesNothing_data()
{
    QTest::addColumn<int>("stage"); // how far the body gets before it fails
    QTest::newRow("after the order") << 1;
    QTest::newRow("after the claim and its event") << 2;
    QTest::newRow("after an update and its event") << 3;
}

void TestSqliteStorage::interruptedTransaction_leavesNothing()
{
    QFETCH(int, stage);
    TempDatabase db;
    SqliteStorage &store = db.sqlite();
    const Order order = sampleOrder(QStringLiteral("I1"));
    ApplyRequest apply;
    apply.type = ClaimType::Reship;
    apply.reason = Reason::MissingItems;

    const Outcome o = store.transaction([&]() -> Outcome {
        if (Outcome w = store.insertOrder(order); !w.ok())
            return w;
        if (stage >= 2) {
            const Result<Decision> d =
                rules::apply(order, apply, false, db.clock().now(), Policy::defaults());
            const Result<qint64> id = store.insertClaim(*d);
            if (!id.ok())
                return id.outcome;
            if (stage >= 3) {
                Result<Claim> c = store.claim(*id);
                ActionRequest approve;
                approve.action = Action::Approve;
                approve.actor = QStringLiteral("alice");
                const Result<Decision> a = rules::act(*c, approve, db.clock().now(), Policy::defaults());
                if (Outcome u = store.updateClaim(*a, c->version); !u.ok())
                    return u;
            }
        }
        return Outcome::storage(QStringLiteral("interrupted"));
    });
    QCOMPARE(o.kind, Outcome::Kind::Storage);
    QCOMPARE(o.message, QStringLiteral("interrupted"));
    QCOMPARE(count(store, "orders"), 0);
    QCOMPARE(count(store, "claims"), 0);
    QCOMPARE(count(store, "events"), 0);
    // The connection is usable afterwards: not left inside a transaction.
    QVERIFY(store.transaction([&] { return store.insertOrder(order); }).ok());
    QCOMPARE(count(store, "orders"), 1);
}

void TestSqliteStorage::events_appendOnly_data()
{
    QTest::addColumn<QString>("sql");
    QTest::newRow("UPDATE") << "UPDATE events SET actor = 'mallory'";
    QTest::newRow("UPDATE of the time") << "UPDATE events SET at = at - 3600";
    QTest::newRow("DELETE") << "DELETE FROM events";
    QTest::newRow("DELETE one") << "DELETE FROM events WHERE id = 1";
}

void TestSqliteStorage::events_appendOnly()
{
    QFETCH(QString, sql);
    TempDatabase db;
    db.addShippedOrder(QStringLiteral("E1"));
    const qint64 id = db.applyFor(QStringLiteral("E1"), ClaimType::Reship, Reason::Other);
    const Result<QList<Event>> before = db.sqlite().events(id);
    QVERIFY(before.ok());
    QCOMPARE(before->size(), 1);

    QString error;
    QVERIFY(!RawSqlite(db.path()).exec(sql, &error));
    QVERIFY2(error.contains(QStringLiteral("append-only")), qPrintable(error));

    const Result<QList<Event>> after = db.sqlite().events(id);
    QCOMPARE(after->size(), 1);
    QCOMPARE(after->first().actor, before->first().actor);
    QCOMPARE(after->first().at, before->first().at);
}

void TestSqliteStorage::claim_roundTrip()
{
    TempDatabase db;
    db.addShippedOrder(QStringLiteral("R1"), 31400);
    const qint64 id = db.applyFor(QStringLiteral("R1"), ClaimType::Reship, Reason::NeverReceived);
    const Result<Claim> c = db.sqlite().claim(id);
    QVERIFY(c.ok());
    QCOMPARE(c->id, id);
    QCOMPARE(c->type, ClaimType::Reship);
    QCOMPARE(c->reason, Reason::NeverReceived);
    QCOMPARE(c->status, ClaimStatus::PendingReview);
    QCOMPARE(c->appliedAt, db.clock().now());
    QCOMPARE(c->appliedAt.timeSpec(), Qt::UTC);
    QCOMPARE(c->deadline, std::optional(db.clock().now().addSecs(48 * 3600)));
    QCOMPARE(c->order.amountCents, 31400);
    QCOMPARE(c->version, 1);
    QVERIFY(!c->order.trackingNo.isEmpty());
    const Result<QList<Event>> events = db.sqlite().events(id);
    QCOMPARE(events->size(), 1);
    QCOMPARE(events->first().action, QStringLiteral("apply"));
    QCOMPARE(events->first().claimId, id);
    QCOMPARE(db.sqlite().newestEventAt().value->value(), db.clock().now());
}

void TestSqliteStorage::unknownIds_badInput()
{
    TempDatabase db;
    QCOMPARE(db.sqlite().claim(4711).outcome.kind, Outcome::Kind::BadInput);
    QVERIFY(db.sqlite().claim(4711).outcome.message.contains(QStringLiteral("4711")));
    QCOMPARE(db.sqlite().order(QStringLiteral("nope")).outcome.kind, Outcome::Kind::BadInput);
    ActionRequest approve;
    approve.action = Action::Approve;
    QCOMPARE(db.workbench().act(4711, approve).outcome.kind, Outcome::Kind::BadInput);
    QCOMPARE(db.workbench().apply(QStringLiteral("nope"), ApplyRequest{}).outcome.kind,
             Outcome::Kind::BadInput);
}

QTEST_GUILESS_MAIN(TestSqliteStorage)
#include "tst_sqlitestorage.moc"
