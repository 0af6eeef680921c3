#include "testdatabase.h"

#include "storage/postgres/postgreslocation.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QMutex>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include <unistd.h>

namespace aftersales::testing
{
namespace
{

// The test server as this process uses it: the administrator's connection, and a password
// file of its own holding the administrator's line and one for each test role.
class TestServer
{
public:
    static TestServer &instance()
    {
        static TestServer server;
        return server;
    }

    const postgres::Location &admin() const { return m_admin; }

    QSqlDatabase adminDb()
    {
        if (!QSqlDatabase::contains(m_adminConnection)) {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_adminConnection);
            configure(db, m_admin.database, m_admin.role);
            if (!db.open())
                qFatal("cannot connect to the test server %s: %s", qPrintable(m_admin.uri()),
                       qPrintable(db.lastError().text()));
        }
        return QSqlDatabase::database(m_adminConnection);
    }

    static void configure(QSqlDatabase &db, const QString &database, const QString &role)
    {
        const postgres::Location &a = instance().admin();
        db.setDatabaseName(database);
        db.setUserName(role);
        if (!a.host.isEmpty())
            db.setHostName(a.host);
        if (a.port > 0)
            db.setPort(a.port);
    }

    bool run(const QString &sql, QString *error = nullptr)
    {
        QSqlQuery q(adminDb());
        if (q.exec(sql))
            return true;
        if (error)
            *error = q.lastError().text();
        return false;
    }

    // A server-side format() of `pattern` with the arguments quoted by the server.
    QString format(const QString &pattern, const QStringList &args)
    {
        QSqlQuery q(adminDb());
        QString sql = QStringLiteral("SELECT format(CAST(? AS text)");
        for (qsizetype i = 0; i < args.size(); ++i)
            sql += QStringLiteral(", CAST(? AS text)");
        q.prepare(sql + QLatin1Char(')'));
        q.addBindValue(pattern);
        for (const QString &a : args)
            q.addBindValue(a);
        if (!q.exec() || !q.next())
            qFatal("format failed: %s", qPrintable(q.lastError().text()));
        return q.value(0).toString();
    }

    void ensureRole(const QString &role)
    {
        QMutexLocker lock(&m_mutex);
        if (m_roles.contains(role))
            return;
        const QString password = passwordOf(role);
        QString error;
        // One test process at a time: two changing the same role at once fail with "tuple
        // concurrently updated" (the session's lock, released when this scope ends).
        if (!run(QStringLiteral("SELECT pg_advisory_lock(1953719668, 1)"), &error))
            qFatal("cannot take the test roles' lock: %s", qPrintable(error));
        const auto unlock =
            qScopeGuard([this] { run(QStringLiteral("SELECT pg_advisory_unlock(1953719668, 1)")); });
        // Another test process may have created it already: "already exists" is fine, and a
        // role left from elsewhere gets the password every test process agrees on.
        if (!run(format(QStringLiteral("CREATE ROLE %I LOGIN PASSWORD %L"), {role, password}), &error)) {
            if (!error.contains(QLatin1String("already exists")) &&
                !error.contains(QLatin1String("duplicate key")))
                qFatal("cannot create the test role %s: %s", qPrintable(role), qPrintable(error));
            if (!run(format(QStringLiteral("ALTER ROLE %I LOGIN PASSWORD %L"), {role, password}), &error))
                qFatal("cannot set the test role %s: %s", qPrintable(role), qPrintable(error));
        }
        m_roles.append(role);
        writePasswordFile();
    }

    QString newDatabase()
    {
        static QAtomicInt counter;
        const QString name =
            QStringLiteral("aftersales_t%1_%2").arg(::getpid()).arg(counter.fetchAndAddRelaxed(1));
        ensureRole(QStringLiteral("tester"));
        QString error;
        if (!run(format(QStringLiteral("CREATE DATABASE %I OWNER tester TEMPLATE template0 ENCODING 'UTF8'"),
                        {name}),
                 &error))
            qFatal("cannot create the test database %s: %s", qPrintable(name), qPrintable(error));
        return name;
    }

    QString cloneDatabase(const QString &from)
    {
        static QAtomicInt counter;
        const QString name = from + QStringLiteral("_c%1").arg(counter.fetchAndAddRelaxed(1));
        QString error;
        if (!run(format(QStringLiteral("CREATE DATABASE %I OWNER tester TEMPLATE %I"), {name, from}), &error))
            qFatal("cannot copy the test database %s: %s", qPrintable(from), qPrintable(error));
        return name;
    }

    void dropDatabase(const QString &name)
    {
        QString error;
        if (!run(format(QStringLiteral("DROP DATABASE IF EXISTS %I WITH (FORCE)"), {name}), &error))
            qWarning("cannot drop the test database %s: %s", qPrintable(name), qPrintable(error));
    }

    QString location(const QString &database, const QString &role) const
    {
        postgres::Location l = m_admin;
        l.database = database;
        l.role = role;
        return l.uri();
    }

private:
    TestServer() : m_adminConnection(QStringLiteral("aftersales-test-admin"))
    {
        const Result<postgres::Location> parsed = postgres::parse(testServer());
        if (!parsed.ok())
            qFatal("AFTERSALES_TEST_PG: %s", qPrintable(parsed.outcome.message));
        m_admin = *parsed;
        m_adminPassword = qEnvironmentVariable("PGPASSWORD");
        // The administrator's line of the password file .ci/postgres wrote.
        QFile given(qEnvironmentVariable("PGPASSFILE", QDir::homePath() + QStringLiteral("/.pgpass")));
        if (given.open(QIODevice::ReadOnly))
            for (const QByteArray &line : given.readAll().split('\n')) {
                const QList<QByteArray> parts = line.trimmed().split(':');
                if (parts.size() == 5 && QString::fromUtf8(parts[3]) == m_admin.role) {
                    m_adminLine = QString::fromUtf8(line.trimmed());
                    if (m_adminPassword.isEmpty())
                        m_adminPassword = QString::fromUtf8(parts[4]);
                }
            }
        if (m_adminPassword.isEmpty())
            qFatal("no password for %s in PGPASSWORD or the password file", qPrintable(m_admin.role));
        writePasswordFile();
    }

    // Test roles' passwords follow from the administrator's: every test process on this
    // server agrees on them without storing them anywhere but its password file.
    QString passwordOf(const QString &role) const
    {
        return QString::fromLatin1(
            QCryptographicHash::hash((m_adminPassword + QLatin1Char(':') + role).toUtf8(),
                                     QCryptographicHash::Sha256)
                .toHex()
                .left(32));
    }

    void writePasswordFile()
    {
        const QString path = m_folder.filePath(QStringLiteral("pgpass"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s", qPrintable(path));
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        if (!m_adminLine.isEmpty())
            f.write(m_adminLine.toUtf8() + '\n');
        for (const QString &role : std::as_const(m_roles))
            f.write(QStringLiteral("*:*:*:%1:%2\n").arg(role, passwordOf(role)).toUtf8());
        f.close();
        // libpq in this process, and the programs the tests start, read it from here.
        qputenv("PGPASSFILE", path.toLocal8Bit());
    }

    QMutex m_mutex;
    postgres::Location m_admin;
    QString m_adminConnection;
    QString m_adminPassword;
    QString m_adminLine;
    QStringList m_roles;
    QTemporaryDir m_folder;
};

} // namespace

TestDatabase::TestDatabase(Backend backend) : m_backend(backend)
{
    if (!m_dir.isValid())
        qFatal("cannot make a temporary folder");
    if (backend == Backend::Sqlite) {
        m_location = m_dir.filePath(QStringLiteral("test.db"));
        return;
    }
    if (testServer().isEmpty())
        qFatal("a PostgreSQL test database without AFTERSALES_TEST_PG: the test should have been skipped");
    m_name = TestServer::instance().newDatabase();
    m_location = TestServer::instance().location(m_name, QStringLiteral("tester"));
}

TestDatabase::~TestDatabase()
{
    closeRaw();
    if (isPostgres()) {
        for (const QString &clone : std::as_const(m_clones))
            TestServer::instance().dropDatabase(clone);
        TestServer::instance().dropDatabase(m_name);
    }
}

QString TestDatabase::locationAs(const QString &role) const
{
    ensureRole(role);
    return TestServer::instance().location(m_name, role);
}

void TestDatabase::ensureRole(const QString &role)
{
    TestServer::instance().ensureRole(role);
}

QString TestDatabase::adminLocation() const
{
    return TestServer::instance().location(m_name, TestServer::instance().admin().role);
}

QString TestDatabase::cloneLocation()
{
    closeRaw();
    const QString clone = TestServer::instance().cloneDatabase(m_name);
    m_clones.append(clone);
    return TestServer::instance().location(clone, QStringLiteral("tester"));
}

QString TestDatabase::rawConnection() const
{
    const QString name = QStringLiteral("raw-") + (isPostgres() ? m_name : m_location);
    if (QSqlDatabase::contains(name))
        return name;
    if (isPostgres()) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        TestServer::configure(db, m_name, TestServer::instance().admin().role);
        if (!db.open())
            qFatal("cannot connect to %s: %s", qPrintable(m_name), qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        q.exec(QStringLiteral("SET search_path = aftersales, public"));
        q.exec(QStringLiteral("SET client_min_messages = error"));
    } else {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_location);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        db.open();
    }
    return name;
}

void TestDatabase::closeRaw() const
{
    const QString name = QStringLiteral("raw-") + (isPostgres() ? m_name : m_location);
    if (!QSqlDatabase::contains(name))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

std::pair<int, QString> TestDatabase::psqlAs(const QString &role, const QString &sql) const
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("psql"),
            {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
             QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-c"), sql, locationAs(role)});
    p.waitForFinished(30000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAll())};
}

bool TestDatabase::exec(const QString &sql, QString *error) const
{
    QSqlQuery q(QSqlDatabase::database(rawConnection()));
    const bool ok = q.exec(sql);
    if (!ok && error)
        *error = q.lastError().text();
    return ok;
}

QVariant TestDatabase::scalar(const QString &sql) const
{
    QSqlQuery q(QSqlDatabase::database(rawConnection()));
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

QStringList TestDatabase::rows(const QString &sql) const
{
    QSqlQuery q(QSqlDatabase::database(rawConnection()));
    if (!q.exec(sql))
        return {QStringLiteral("error: ") + q.lastError().text()};
    QStringList out;
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < q.record().count(); ++i)
            cells << q.value(i).toString();
        out << cells.join(QLatin1Char('|'));
    }
    return out;
}

QStringList TestDatabase::rowsOf(const QString &location, const QString &sql) const
{
    const Result<postgres::Location> other = postgres::parse(location);
    if (!other.ok())
        return {QStringLiteral("error: ") + other.outcome.message};
    const QString name = QStringLiteral("raw-other-") + other->database;
    QStringList out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        TestServer::configure(db, other->database, TestServer::instance().admin().role);
        if (!db.open())
            return {QStringLiteral("error: ") + db.lastError().text()};
        QSqlQuery q(db);
        q.exec(QStringLiteral("SET search_path = aftersales, public"));
        if (!q.exec(sql))
            out << QStringLiteral("error: ") + q.lastError().text();
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < q.record().count(); ++i)
                cells << q.value(i).toString();
            out << cells.join(QLatin1Char('|'));
        }
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

qint64 TestDatabase::count(const char *table) const
{
    return scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))).toLongLong();
}

} // namespace aftersales::testing
