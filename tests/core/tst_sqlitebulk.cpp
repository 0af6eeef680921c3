// The SQLite backend's bulk loads and local ids: a load's indexes left to it by other
// connections and rebuilt with what its triggers keep, a second loader refused, a lock that
// cannot be written, ids counting up within and across transactions (tst_sqlitestorage: the
// rest of the backend).
#include "domain/rules.h"
#include "io/demo.h"
#include "rawsqlite.h"
#include "storage/sqlite/sqlitestorage.h"
#include "storage/storagefactory.h"
#include "storagecases.h"
#include "tempdatabase.h"
#include "workbench.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace aftersales;
using aftersales::testing::RawSqlite;
using aftersales::testing::sampleOrder;
using aftersales::testing::TempDatabase;

namespace
{

qint64 indexesAndTriggers(const QString &path)
{
    return RawSqlite(path)
        .scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type IN ('index', 'trigger')"))
        .toLongLong();
}

// A folder made read-only for as long as it lives: immutable for root (whom permissions do
// not stop), without write permission for anyone else.
class ReadOnlyFolder
{
public:
    explicit ReadOnlyFolder(QString path) : m_path(std::move(path))
    {
        if (::geteuid() == 0)
            m_immutable = QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("+i"), m_path}) == 0;
        else
            QFile::setPermissions(m_path, QFile::ReadOwner | QFile::ExeOwner);
    }
    ~ReadOnlyFolder()
    {
        if (m_immutable)
            QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("-i"), m_path});
        QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    bool isReadOnly() const
    {
        QFile probe(m_path + QStringLiteral("/probe"));
        if (!probe.open(QIODevice::WriteOnly))
            return true;
        probe.remove();
        return false;
    }

private:
    QString m_path;
    bool m_immutable = false;
};

} // namespace

class TestSqliteBulk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bulkLoad_otherConnectionsLeaveItsIndexesToIt();
    void bulkLoad_rebuildsWhatTriggersKeep();
    void localIds_countUpInAndAcrossTransactions();
    void bulkLoad_secondLoaderRefusedNothingDropped();
    void bulkLoad_lockCannotBeWritten_loadsWithItsIndexes();
};

void TestSqliteBulk::bulkLoad_otherConnectionsLeaveItsIndexesToIt()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("workbench.db"));
    SqliteStorage loader;
    QVERIFY(loader.open(path).ok());
    const qint64 indexed = indexesAndTriggers(path);
    QVERIFY(!loader.isBulkLoading());
    QVERIFY(loader.beginBulkLoad().ok());
    const qint64 during = indexesAndTriggers(path);
    QVERIFY(during < indexed);
    QVERIFY(loader.transaction([&] { return loader.insertOrder(sampleOrder(QStringLiteral("B1"))); }).ok());
    {
        // Another connection (a window, its checkpoints) opened meanwhile sees the load running
        // and does not put the indexes back under it (it did, and every load under a window
        // kept its indexes row by row).
        SqliteStorage reader;
        QVERIFY(reader.open(path).ok());
        QVERIFY(reader.isBulkLoading());
        QVERIFY(loader.isBulkLoading());
        QCOMPARE(indexesAndTriggers(path), during);
        QVERIFY(reader.order(QStringLiteral("B1")).ok());
    }
    QVERIFY(loader.endBulkLoad().ok());
    QVERIFY(!loader.isBulkLoading());
    QCOMPARE(indexesAndTriggers(path), indexed);
    QVERIFY(!QFile::exists(path + QStringLiteral("-bulkload")));
    SqliteStorage after;
    QVERIFY(after.open(path).ok());
    QVERIFY(!after.isBulkLoading());
}

void TestSqliteBulk::bulkLoad_rebuildsWhatTriggersKeep()
{
    // A bulk load suspends the triggers that keep the counts by type and status and each
    // product title's claims, and builds them again from the claims at its end: they must
    // equal the claims counted afresh, on top of what was there before the load.
    TempDatabase db;
    db.addShippedOrder(QStringLiteral("K1"));
    db.applyFor(QStringLiteral("K1"), ClaimType::Reship, Reason::MissingItems);
    QVERIFY(db.workbench().beginBulkLoad().ok());
    QVERIFY(demo::generate(db.workbench(), 1500, 11).ok());
    QVERIFY(db.workbench().endBulkLoad().ok());
    const testing::RawSqlite raw(db.path());
    QCOMPARE(raw.scalar(QStringLiteral("SELECT sum(n) FROM claim_counts")).toLongLong(), 1501);
    QCOMPARE(raw.scalar(QStringLiteral(
                 "SELECT count(*) FROM (SELECT type, status, count(*) AS n FROM claims GROUP BY 1, 2) c"
                 " FULL JOIN claim_counts k USING (type, status) WHERE k.n IS NOT c.n")),
             0);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT sum(claims) FROM product_titles")).toLongLong(), 1501);
    QCOMPARE(raw.scalar(QStringLiteral(
                 "SELECT count(*) FROM product_titles t LEFT JOIN (SELECT o.product AS title,"
                 " count(*) AS n FROM orders o JOIN claims c ON c.order_id = o.order_id"
                 " GROUP BY o.product) x ON x.title = t.title WHERE t.claims <> IFNULL(x.n, 0)")),
             0);
}

void TestSqliteBulk::localIds_countUpInAndAcrossTransactions()
{
    // A transaction asks for the next local id once and counts on from it; a claim with an
    // id of its own moves the count past it; the next transaction asks again, after another
    // connection's claims, and a transaction that failed gave nothing away.
    TempDatabase db;
    SqliteStorage &store = db.sqlite();
    ApplyRequest apply;
    apply.type = ClaimType::Reship;
    apply.reason = Reason::MissingItems;
    int serial = 0;
    auto claim = [&](qint64 id) -> Result<qint64> {
        const Order order = sampleOrder(QStringLiteral("L%1").arg(++serial));
        if (Outcome o = store.insertOrder(order); !o.ok())
            return o;
        Result<Decision> d = rules::apply(order, apply, false, db.clock().now(), Policy::defaults());
        d->claim.id = id;
        return store.insertClaim(*d);
    };
    QList<qint64> ids;
    auto take = [&](qint64 id) {
        return [&, id]() -> Outcome {
            const Result<qint64> made = claim(id);
            if (made.ok())
                ids << *made;
            return made.outcome;
        };
    };
    QVERIFY(store
                .transaction([&]() -> Outcome {
                    for (qint64 id : {0, 0, 10, 0})
                        if (Outcome o = take(id)(); !o.ok())
                            return o;
                    return Outcome::success();
                })
                .ok());
    QCOMPARE(ids, (QList<qint64>{1, 2, 10, 11}));
    {
        SqliteStorage other;
        QVERIFY(other.open(db.path()).ok());
        const Order order = sampleOrder(QStringLiteral("M1"));
        QVERIFY(other
                    .transaction([&]() -> Outcome {
                        if (Outcome o = other.insertOrder(order); !o.ok())
                            return o;
                        const Result<Decision> d =
                            rules::apply(order, apply, false, db.clock().now(), Policy::defaults());
                        return other.insertClaim(*d).outcome;
                    })
                    .ok());
    }
    QVERIFY(!store
                 .transaction([&]() -> Outcome {
                     if (Outcome o = take(0)(); !o.ok())
                         return o;
                     return Outcome::storage(QStringLiteral("interrupted"));
                 })
                 .ok());
    QVERIFY(store.transaction(take(0)).ok());
    QCOMPARE(ids, (QList<qint64>{1, 2, 10, 11, 13, 13}));
}

void TestSqliteBulk::bulkLoad_secondLoaderRefusedNothingDropped()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("workbench.db"));
    SqliteStorage first;
    SqliteStorage second;
    QVERIFY(first.open(path).ok());
    QVERIFY(second.open(path).ok());
    QVERIFY(first.beginBulkLoad().ok());
    const Outcome refused = second.beginBulkLoad();
    QVERIFY(!refused.ok());
    QVERIFY2(refused.message.contains(QLatin1String("loading claims into this database in bulk")),
             qPrintable(refused.message));
    // The first load's end restores everything; the second one took nothing it must give back.
    QVERIFY(first.endBulkLoad().ok());
    QVERIFY(second.endBulkLoad().ok());
    QVERIFY(!first.isBulkLoading() && !second.isBulkLoading());
}

void TestSqliteBulk::bulkLoad_lockCannotBeWritten_loadsWithItsIndexes()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("workbench.db"));
    SqliteStorage loader;
    QVERIFY(loader.open(path).ok());
    const qint64 indexed = indexesAndTriggers(path);
    // The folder turns read-only once the database and its journal are open: the lock file
    // cannot be written beside it. The load is not refused as if another one ran; it keeps
    // the indexes, since no other connection could know they were away.
    const ReadOnlyFolder readOnly(dir.path());
    if (!readOnly.isReadOnly())
        QSKIP("this machine cannot make a folder read-only for this user");
    QVERIFY(loader.beginBulkLoad().ok());
    QCOMPARE(indexesAndTriggers(path), indexed);
    QVERIFY(!loader.isBulkLoading());
    QVERIFY(loader.transaction([&] { return loader.insertOrder(sampleOrder(QStringLiteral("B1"))); }).ok());
    QVERIFY(loader.endBulkLoad().ok());
    QCOMPARE(indexesAndTriggers(path), indexed);
    QVERIFY(loader.order(QStringLiteral("B1")).ok());
}

QTEST_GUILESS_MAIN(TestSqliteBulk)
#include "tst_sqlitebulk.moc"
