// storage::open: a file path is a SQLite database; a URI is never taken for a file name.
#include "storage/storagefactory.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace aftersales;

class TestStorageFactory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void filePath_opensSqlite();
    void uri_refusedAsBadInput_noFileOrFolder_data();
    void uri_refusedAsBadInput_noFileOrFolder();
};

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
    QCOMPARE(s.isEmpty().value, std::optional<bool>(true));
}

void TestStorageFactory::uri_refusedAsBadInput_noFileOrFolder_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QString>("says");
    QTest::newRow("postgresql") << "postgresql://agent:s3cret@db.example/shop"
                                << "not supported yet";
    QTest::newRow("postgres, socket") << "postgres://agent@/shop?host=/run/postgresql"
                                      << "not supported yet";
    QTest::newRow("mysql") << "mysql://root:s3cret@localhost/shop"
                           << "not a database this program can open";
    QTest::newRow("file URI") << "file:///tmp/shop.db"
                              << "not a database this program can open";
}

void TestStorageFactory::uri_refusedAsBadInput_noFileOrFolder()
{
    QFETCH(QString, uri);
    QFETCH(QString, says);
    QTemporaryDir dir;
    const QString before = QDir::currentPath();
    QVERIFY(QDir::setCurrent(dir.path()));
    const Result<std::unique_ptr<Storage>> opened = storage::open(uri);
    QDir::setCurrent(before);
    QCOMPARE(opened.outcome.kind, Outcome::Kind::BadInput);
    QCOMPARE(opened.outcome.exitCode(), 2);
    QVERIFY2(opened.outcome.message.contains(says), qPrintable(opened.outcome.message));
    // The password is never repeated.
    QVERIFY2(!opened.outcome.message.contains(QStringLiteral("s3cret")), qPrintable(opened.outcome.message));
    // Nothing was created where a file name would have been taken.
    QVERIFY(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
}

QTEST_GUILESS_MAIN(TestStorageFactory)
#include "tst_storagefactory.moc"
