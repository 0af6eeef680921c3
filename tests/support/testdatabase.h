#pragma once

#include "testbackend.h"

#include <QStringList>
#include <QTemporaryDir>
#include <QVariant>

#include <utility>

namespace aftersales::testing
{

// A fresh, empty database on a backend, gone with the object: a file in a temporary folder
// (SQLite), or a database of its own on the test server (PostgreSQL, created by the server's
// administrator and owned by the role "tester", the command line tests' operator). Either way
// a temporary folder for the test's other files, and SQL from outside the program, as another
// program (or an administrator with psql) would run it.
class TestDatabase
{
public:
    explicit TestDatabase(Backend backend = Backend::Sqlite);
    ~TestDatabase();
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    Backend backend() const { return m_backend; }
    bool isPostgres() const { return m_backend == Backend::Postgres; }
    // What --db takes: the file's path, or postgresql://tester@HOST:PORT/NAME.
    QString location() const { return m_location; }
    // A folder of the test's own, for exports, imports, settings.
    QString dir() const { return m_dir.path(); }
    // PostgreSQL: the database's name on the server.
    QString name() const { return m_name; }

    // PostgreSQL: a login role on the test server (created once, its password in the tests'
    // own password file, PGPASSFILE); this database as that role.
    QString locationAs(const QString &role) const;
    static void ensureRole(const QString &role);
    // PostgreSQL: this database as the server's administrator.
    QString adminLocation() const;
    // PostgreSQL: psql as `role` on this database, stopping at the first error, as an agent
    // would type it: its exit code (-1 when it did not finish) and what it printed.
    std::pair<int, QString> psqlAs(const QString &role, const QString &sql) const;

    // SQL from outside the program: on PostgreSQL as the administrator, with the workbench's
    // schema first in the search path. False (with the message in `error`) when it fails.
    bool exec(const QString &sql, QString *error = nullptr) const;
    // The first column of the first row, or an invalid QVariant.
    QVariant scalar(const QString &sql) const;
    // Rows as "a|b|c" lines.
    QStringList rows(const QString &sql) const;
    qint64 count(const char *table) const;
    // PostgreSQL: rows of another database on the test server, given by its location.
    QStringList rowsOf(const QString &location, const QString &sql) const;
    // PostgreSQL: a copy of this database under a new name (CREATE DATABASE … TEMPLATE), for a
    // control run; dropped with this object.
    QString cloneLocation();
    // Closes this object's own connection (before the server is asked to end it, say).
    void closeRaw() const;

private:
    QString rawConnection() const;

    Backend m_backend;
    QTemporaryDir m_dir;
    QString m_name;
    QString m_location;
    QStringList m_clones;
};

} // namespace aftersales::testing
