// The checkpointer: while it lives the window's connection copies nothing back into the
// database file; a request does it on another thread; the window's connection takes
// checkpoints back when the checkpointer goes; a read-only database is left alone.
#include "storage/checkpointer.h"
#include "storage/sqlite/sqlitestorage.h"
#include "tempdatabase.h"
#include "workbench.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>

using namespace aftersales;
using aftersales::testing::TempDatabase;

namespace
{

int autoCheckpointPages(const SqliteStorage &storage)
{
    const Result<QVariant> pages = storage.pragma(QStringLiteral("wal_autocheckpoint"));
    return pages.ok() ? pages->toInt() : -1;
}

// Enough claims to pass SQLite's own 1000-page checkpoint threshold many times over.
void writeClaims(TempDatabase &db, int count)
{
    for (int i = 0; i < count; ++i) {
        const QString orderId = QStringLiteral("DY%1").arg(50000 + i);
        db.addShippedOrder(orderId);
        db.workbench().setRemark(db.applyFor(orderId, ClaimType::Reship, Reason::MissingItems),
                                 QString(2000, QLatin1Char('x')), QStringLiteral("test"));
    }
}

} // namespace

class TestCheckpointer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theWindowConnectionCheckpointsNothingMeanwhile();
    void aRequestCheckpointsOnAnotherThread();
    void manyRequestsMakeOneCheckpoint();
    void theConnectionTakesCheckpointsBackAfterwards();
    void aReadOnlyDatabaseIsLeftAlone();
};

void TestCheckpointer::theWindowConnectionCheckpointsNothingMeanwhile()
{
    TempDatabase db;
    Checkpointer checkpointer(db.sqlite());
    QVERIFY(checkpointer.isActive());
    QCOMPARE(autoCheckpointPages(db.sqlite()), 0);
    const qint64 fileBefore = QFileInfo(db.path()).size();
    writeClaims(db, 600);
    QVERIFY(QFileInfo(db.path() + QStringLiteral("-wal")).size() > 4 * 1024 * 1024);
    QCOMPARE(QFileInfo(db.path()).size(), fileBefore);
}

void TestCheckpointer::aRequestCheckpointsOnAnotherThread()
{
    TempDatabase db;
    Checkpointer checkpointer(db.sqlite());
    const qint64 fileBefore = QFileInfo(db.path()).size();
    writeClaims(db, 300);
    checkpointer.request();
    QTRY_COMPARE(checkpointer.finished(), 1);
    QVERIFY(QFileInfo(db.path()).size() > fileBefore);
    // What the window's connection reads is the same before and after.
    QCOMPARE(db.sqlite().claim(1)->remark.size(), 2000);
}

void TestCheckpointer::manyRequestsMakeOneCheckpoint()
{
    TempDatabase db;
    Checkpointer checkpointer(db.sqlite());
    QSignalSpy done(&checkpointer, &Checkpointer::checkpointed);
    writeClaims(db, 20);
    for (int i = 0; i < 20; ++i)
        checkpointer.request();
    QVERIFY(done.wait());
    QTest::qWait(700);
    QCOMPARE(checkpointer.finished(), 1);
}

void TestCheckpointer::theConnectionTakesCheckpointsBackAfterwards()
{
    TempDatabase db;
    {
        Checkpointer checkpointer(db.sqlite());
        QCOMPARE(autoCheckpointPages(db.sqlite()), 0);
        writeClaims(db, 5);
        checkpointer.request();
    } // waits for a checkpoint in flight
    QCOMPARE(autoCheckpointPages(db.sqlite()), 1000);
}

void TestCheckpointer::aReadOnlyDatabaseIsLeftAlone()
{
    TempDatabase db;
    SqliteStorage readOnly;
    QVERIFY(readOnly.open(db.path(), SqliteStorage::Options{true, 5000}).ok());
    Checkpointer checkpointer(readOnly);
    QVERIFY(!checkpointer.isActive());
    checkpointer.request();
    QTest::qWait(700);
    QCOMPARE(checkpointer.finished(), 0);
}

QTEST_GUILESS_MAIN(TestCheckpointer)
#include "tst_checkpointer.moc"
