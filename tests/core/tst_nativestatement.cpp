// The statements the SQLite backend binds through SQLite's own interface: values stored as
// Qt's driver stores them (a null string as NULL, an empty one as ''), reuse after a run
// and after a failure, SQLite's own codes for a failure, and a connection that is not
// SQLite's refused instead of crashing.
#include "storage/sqlite/nativestatement.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using aftersales::sqlite::NativeStatement;

class TestNativeStatement : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void valuesAreStoredAsQtStoresThem();
    void aStatementRunsAgainWithNewValues();
    void aFailureGivesSQLitesCodeAndTheStatementStaysUsable();
    void rowsAffectedAreCounted();
    void badSqlIsAFailureNotACrash();
    void aConnectionThatIsNotSQLiteIsRefused();

private:
    QVariant value(const QString &sql);
    QTemporaryDir m_dir;
    QSqlDatabase m_db;
};

void TestNativeStatement::init()
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("native"));
    m_db.setDatabaseName(m_dir.filePath(QStringLiteral("native.db")));
    QVERIFY(m_db.open());
    QSqlQuery q(m_db);
    QVERIFY(q.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER, x REAL, s TEXT,"
                                  " u TEXT UNIQUE)")));
}

void TestNativeStatement::cleanup()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("native"));
    QFile::remove(m_dir.filePath(QStringLiteral("native.db")));
}

QVariant TestNativeStatement::value(const QString &sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql) || !q.next())
        return QStringLiteral("<no row>");
    return q.value(0);
}

void TestNativeStatement::valuesAreStoredAsQtStoresThem()
{
    {
        NativeStatement insert(m_db, QStringLiteral("INSERT INTO t (id, n, x, s, u) VALUES (?, ?, ?, ?, ?)"));
        insert.addBindValue(1);
        insert.addBindValue(qint64(1) << 40);
        insert.addBindValue(2.5);
        insert.addBindValue(QStringLiteral("蓝牙耳机 真无线"));
        insert.addBindValue(QString());
        QVERIFY2(insert.exec(), qPrintable(insert.errorText()));
        insert.addBindValue(2);
        insert.addBindValue(QVariant(QMetaType::fromType<qint64>()));
        insert.addBindValue(true);
        insert.addBindValue(QStringLiteral(""));
        insert.addBindValue(QVariant(QMetaType::fromType<QString>()));
        QVERIFY2(insert.exec(), qPrintable(insert.errorText()));
        QCOMPARE(insert.errorCode(), 0);
    }
    QCOMPARE(value(QStringLiteral("SELECT n FROM t WHERE id = 1")).toLongLong(), qint64(1) << 40);
    QCOMPARE(value(QStringLiteral("SELECT x FROM t WHERE id = 1")).toDouble(), 2.5);
    QCOMPARE(value(QStringLiteral("SELECT s FROM t WHERE id = 1")).toString(),
             QStringLiteral("蓝牙耳机 真无线"));
    QCOMPARE(value(QStringLiteral("SELECT length(s) FROM t WHERE id = 1")).toInt(), 8);
    QCOMPARE(value(QStringLiteral("SELECT u IS NULL FROM t WHERE id = 1")).toInt(), 1);
    QCOMPARE(value(QStringLiteral("SELECT n IS NULL FROM t WHERE id = 2")).toInt(), 1);
    QCOMPARE(value(QStringLiteral("SELECT typeof(x) FROM t WHERE id = 2")).toString(),
             QStringLiteral("real"));
    QCOMPARE(value(QStringLiteral("SELECT x FROM t WHERE id = 2")).toInt(), 1);
    QCOMPARE(value(QStringLiteral("SELECT s = '' FROM t WHERE id = 2")).toInt(), 1);
    QCOMPARE(value(QStringLiteral("SELECT u IS NULL FROM t WHERE id = 2")).toInt(), 1);
}

void TestNativeStatement::aStatementRunsAgainWithNewValues()
{
    NativeStatement insert(m_db, QStringLiteral("INSERT INTO t (id, s) VALUES (?, ?)"));
    for (int i = 1; i <= 100; ++i) {
        insert.addBindValue(i);
        insert.addBindValue(QStringLiteral("第%1件").arg(i));
        QVERIFY2(insert.exec(), qPrintable(insert.errorText()));
    }
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM t")).toInt(), 100);
    QCOMPARE(value(QStringLiteral("SELECT s FROM t WHERE id = 57")).toString(), QStringLiteral("第57件"));
}

void TestNativeStatement::aFailureGivesSQLitesCodeAndTheStatementStaysUsable()
{
    NativeStatement insert(m_db, QStringLiteral("INSERT INTO t (id, u) VALUES (?, ?)"));
    insert.addBindValue(1);
    insert.addBindValue(QStringLiteral("a"));
    QVERIFY(insert.exec());
    // The same key: SQLITE_CONSTRAINT_PRIMARYKEY; the same unique text: _UNIQUE.
    insert.addBindValue(1);
    insert.addBindValue(QStringLiteral("b"));
    QVERIFY(!insert.exec());
    QCOMPARE(insert.errorCode(), 1555);
    QVERIFY2(insert.errorText().contains(QStringLiteral("UNIQUE")), qPrintable(insert.errorText()));
    insert.addBindValue(2);
    insert.addBindValue(QStringLiteral("a"));
    QVERIFY(!insert.exec());
    QCOMPARE(insert.errorCode(), 2067);
    // Nothing of the failures was written, and the statement still works.
    insert.addBindValue(3);
    insert.addBindValue(QStringLiteral("c"));
    QVERIFY2(insert.exec(), qPrintable(insert.errorText()));
    QCOMPARE(insert.errorCode(), 0);
    QCOMPARE(value(QStringLiteral("SELECT group_concat(id || u, ',') FROM t")).toString(),
             QStringLiteral("1a,3c"));
}

void TestNativeStatement::rowsAffectedAreCounted()
{
    QSqlQuery q(m_db);
    QVERIFY(q.exec(QStringLiteral("INSERT INTO t (id, n) VALUES (1, 1), (2, 1), (3, 2)")));
    NativeStatement update(m_db, QStringLiteral("UPDATE t SET s = ? WHERE n = ?"));
    update.addBindValue(QStringLiteral("x"));
    update.addBindValue(1);
    QVERIFY(update.exec());
    QCOMPARE(update.numRowsAffected(), 2);
    update.addBindValue(QStringLiteral("x"));
    update.addBindValue(9);
    QVERIFY(update.exec());
    QCOMPARE(update.numRowsAffected(), 0);
}

void TestNativeStatement::badSqlIsAFailureNotACrash()
{
    NativeStatement bad(m_db, QStringLiteral("INSERT INTO nowhere (a) VALUES (?)"));
    QVERIFY(!bad.isPrepared());
    QVERIFY(bad.errorCode() != 0);
    QVERIFY2(bad.errorText().contains(QStringLiteral("nowhere")), qPrintable(bad.errorText()));
    bad.addBindValue(1);
    QVERIFY(!bad.exec());
}

void TestNativeStatement::aConnectionThatIsNotSQLiteIsRefused()
{
    NativeStatement none(QSqlDatabase(), QStringLiteral("SELECT 1"));
    QVERIFY(none.errorCode() != 0);
    none.addBindValue(1);
    QVERIFY(!none.exec());
    QCOMPARE(none.numRowsAffected(), 0);
}

QTEST_GUILESS_MAIN(TestNativeStatement)
#include "tst_nativestatement.moc"
