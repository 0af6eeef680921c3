#include "benchdatabase.h"

#include "storage/postgres/postgreslocation.h"

#include <QAtomicInt>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <unistd.h>

using namespace aftersales;

BenchDatabase::BenchDatabase(QString location) : m_location(std::move(location)) {}

bool BenchDatabase::isPostgres() const
{
    return postgres::isUri(m_location);
}

template <typename F> auto BenchDatabase::withConnection(const QString &database, F body) const
{
    static QAtomicInt counter;
    const QString name = QStringLiteral("bench-raw-%1").arg(counter.fetchAndAddRelaxed(1));
    decltype(body(std::declval<QSqlDatabase &>())) result{};
    {
        QSqlDatabase db;
        if (isPostgres()) {
            const Result<postgres::Location> l = postgres::parse(m_location);
            if (!l.ok())
                qFatal("%s", qPrintable(l.outcome.message));
            db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setDatabaseName(database.isEmpty() ? l->database : database);
            db.setUserName(l->role);
            if (!l->host.isEmpty())
                db.setHostName(l->host);
            if (l->port > 0)
                db.setPort(l->port);
        } else {
            db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(m_location);
        }
        if (!db.open())
            qFatal("cannot open %s: %s", qPrintable(m_location), qPrintable(db.lastError().text()));
        if (isPostgres())
            QSqlQuery(db).exec(QStringLiteral("SET search_path = aftersales, public"));
        result = body(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

bool BenchDatabase::holdsClaims() const
{
    if (!isPostgres())
        return QFile::exists(m_location);
    return scalar(QStringLiteral("SELECT CASE WHEN to_regclass('aftersales.claims') IS NULL THEN 0"
                                 " ELSE 1 END"))
                   .toInt() == 1 &&
           scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM claims)")).toBool();
}

QVariant BenchDatabase::scalar(const QString &sql) const
{
    return withConnection({}, [&](QSqlDatabase &db) {
        QSqlQuery q(db);
        if (!q.exec(sql) || !q.next())
            return QVariant();
        return q.value(0);
    });
}

bool BenchDatabase::exec(const QString &sql) const
{
    return execAll({sql});
}

bool BenchDatabase::execAll(const QStringList &statements) const
{
    return withConnection({}, [&](QSqlDatabase &db) {
        QSqlQuery q(db);
        if (!q.exec(isPostgres() ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE")))
            return false;
        for (const QString &sql : statements)
            if (!q.exec(sql)) {
                qWarning("%s: %s", qPrintable(sql.left(80)), qPrintable(q.lastError().text()));
                q.exec(QStringLiteral("ROLLBACK"));
                return false;
            }
        return q.exec(QStringLiteral("COMMIT"));
    });
}

QString BenchDatabase::workCopy() const
{
    if (!isPostgres()) {
        const QString copy = m_location + QStringLiteral(".work.db");
        QFile::remove(copy);
        QFile::remove(copy + QStringLiteral("-wal"));
        QFile::remove(copy + QStringLiteral("-shm"));
        if (!QFile::copy(m_location, copy))
            qFatal("cannot copy the database");
        // On disk before the clock starts: else the first checkpoint's fsync writes out the
        // whole fresh copy and is timed as part of the sweep.
        if (QFile written(copy); !written.open(QIODevice::ReadWrite) || ::fsync(written.handle()) != 0)
            qFatal("cannot sync the copy");
        return copy;
    }
    Result<postgres::Location> l = postgres::parse(m_location);
    const QString work = l->database + QStringLiteral("_work");
    const bool made = withConnection(QStringLiteral("postgres"), [&](QSqlDatabase &db) {
        QSqlQuery q(db);
        const auto run = [&q](const QString &pattern, const QStringList &args) {
            q.prepare(QStringLiteral("SELECT format(CAST(? AS text), CAST(? AS text), CAST(? AS text))"));
            q.addBindValue(pattern);
            q.addBindValue(args.value(0));
            q.addBindValue(args.value(1));
            if (!q.exec() || !q.next())
                return false;
            const QString sql = q.value(0).toString();
            if (!q.exec(sql)) {
                qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
                return false;
            }
            return true;
        };
        return run(QStringLiteral("DROP DATABASE IF EXISTS %I WITH (FORCE)"), {work}) &&
               run(QStringLiteral("CREATE DATABASE %I TEMPLATE %I STRATEGY file_copy"), {work, l->database});
    });
    if (!made)
        qFatal("cannot copy the database %s", qPrintable(l->database));
    l->database = work;
    return l->uri();
}
