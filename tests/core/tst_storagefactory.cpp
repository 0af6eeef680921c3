// storage::open: a file path is a SQLite database, a postgresql:// URI a team's PostgreSQL
// database; any other URI, or one carrying a password, is refused and never taken for a file
// name.
#include "storage/storagefactory.h"
#include "testdatabase.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace aftersales;

class TestStorageFactory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void filePath_opensSqlite();
    void postgresUri_opensPostgres();
    void uri_refusedAsBadInput_noFileOrFolder_data();
    void uri_refusedAsBadInput_noFileOrFolder();
    void unreachableServer_storageErrorSaysSo_noFileOrFolder();

private:
    // Opens `location` from an empty folder; whatever it says, nothing may appear there.
    Result<std::unique_ptr<Storage>> openFromEmptyFolder(const QString &location);
};

Result<std::unique_ptr<Storage>> TestStorageFactory::openFromEmptyFolder(const QString &location)
{
    QTemporaryDir dir;
    const QString before = QDir::currentPath();
    if (!QDir::setCurrent(dir.path()))
        qFatal("cannot enter %s", qPrintable(dir.path()));
    Result<std::unique_ptr<Storage>> opened = storage::open(location);
    QDir::setCurrent(before);
    if (!QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty())
        qFatal("opening %s created something in the current folder", qPrintable(location));
    return opened;
}

void TestStorageFactory::filePath_opensSqlite()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shop.db"));
    QVERIFY(storage::isWritable(path));
    Result<std::unique_ptr<Storage>> opened = storage::open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.outcome.message));
    const Storage &s = **opened;
    QCOMPARE(s.location(), path);
    QVERIFY(!s.isReadOnly());
    QVERIFY(s.has(Storage::Capability::Backup));
    QVERIFY(s.has(Storage::Capability::ExternalChangeDetection));
    QVERIFY(!s.has(Storage::Capability::Team));
    QCOMPARE(s.isEmpty().value, std::optional<bool>(true));
}

void TestStorageFactory::postgresUri_opensPostgres()
{
    if (const QString why = testing::unavailable(testing::Backend::Postgres); !why.isEmpty())
        QSKIP(qPrintable(why));
    const testing::TestDatabase db(testing::Backend::Postgres);
    QVERIFY(storage::isWritable(db.location()));
    Result<std::unique_ptr<Storage>> opened = openFromEmptyFolder(db.location());
    QVERIFY2(opened.ok(), qPrintable(opened.outcome.message));
    const Storage &s = **opened;
    QCOMPARE(s.location(), db.location());
    QVERIFY(!s.isReadOnly());
    // The server keeps its own backups and log: neither capability; the team's are there.
    QVERIFY(!s.has(Storage::Capability::Backup));
    QVERIFY(!s.has(Storage::Capability::Checkpoint));
    QVERIFY(s.has(Storage::Capability::ConsistencyCheck));
    QVERIFY(s.has(Storage::Capability::ExternalChangeDetection));
    QVERIFY(s.has(Storage::Capability::Team));
    QCOMPARE(s.connectedRole(), QStringLiteral("tester"));
    QCOMPARE(s.isEmpty().value, std::optional<bool>(true));
    QVERIFY(s.schemaVersion() > 0);
}

void TestStorageFactory::uri_refusedAsBadInput_noFileOrFolder_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QString>("says");
    QTest::newRow("postgresql with a password") << "postgresql://agent:s3cret@db.example/shop"
                                                << "carries a password";
    QTest::newRow("postgres with a password, no role") << "postgres://:s3cret@db.example:5432/shop"
                                                       << "carries a password";
    QTest::newRow("password as a parameter")
        << "postgresql://agent@db.example/shop?sslmode=require&password=s3cret"
        << "carries a password";
    QTest::newRow("no database") << "postgresql://agent@db.example"
                                 << "name the database";
    QTest::newRow("unknown parameter") << "postgresql://agent@db.example/shop?options=-c%20x%3Dy"
                                       << "not supported";
    QTest::newRow("bad port") << "postgresql://agent@/shop?host=/run/postgresql&port=99999"
                              << "port";
    QTest::newRow("mysql") << "mysql://root:s3cret@localhost/shop"
                           << "not a database this program can open";
    QTest::newRow("file URI") << "file:///tmp/shop.db"
                              << "not a database this program can open";
}

void TestStorageFactory::uri_refusedAsBadInput_noFileOrFolder()
{
    QFETCH(QString, uri);
    QFETCH(QString, says);
    const Result<std::unique_ptr<Storage>> opened = openFromEmptyFolder(uri);
    QCOMPARE(opened.outcome.kind, Outcome::Kind::BadInput);
    QCOMPARE(opened.outcome.exitCode(), 2);
    QVERIFY2(opened.outcome.message.contains(says), qPrintable(opened.outcome.message));
    // The password is never repeated.
    QVERIFY2(!opened.outcome.message.contains(QStringLiteral("s3cret")), qPrintable(opened.outcome.message));
}

void TestStorageFactory::unreachableServer_storageErrorSaysSo_noFileOrFolder()
{
    // A socket folder where no server listens: libpq fails at once, and says where it looked.
    QTemporaryDir nowhere;
    const Result<std::unique_ptr<Storage>> opened =
        openFromEmptyFolder(QStringLiteral("postgres://agent@/shop?host=") + nowhere.path());
    QCOMPARE(opened.outcome.kind, Outcome::Kind::Storage);
    QCOMPARE(opened.outcome.exitCode(), 3);
    QVERIFY2(opened.outcome.message.contains(QStringLiteral("Cannot reach the database server")),
             qPrintable(opened.outcome.message));
    QVERIFY2(opened.outcome.message.contains(nowhere.path()), qPrintable(opened.outcome.message));
}

QTEST_GUILESS_MAIN(TestStorageFactory)
#include "tst_storagefactory.moc"
