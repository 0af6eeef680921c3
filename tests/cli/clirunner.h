#pragma once

#include "testdatabase.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>

// Runs the real `aftersales` binary on a fresh database of the backend given (SQLite: a file
// in a temporary folder; PostgreSQL: a database of its own on the test server, as the role
// tester), the clock given per call.
class CliRunner
{
public:
    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
        QJsonObject json() const;
    };

    explicit CliRunner(aftersales::testing::Backend backend = aftersales::testing::Backend::Sqlite);
    QString db() const { return m_database.location(); }
    QString dir() const { return m_database.dir(); }
    aftersales::testing::TestDatabase &database() { return m_database; }
    // `aftersales --db DB --now NOW args...`
    Run at(const QString &now, const QStringList &args) const;
    Run json(const QString &now, const QStringList &args) const;
    Run raw(const QStringList &args) const;
    // An environment variable for the runs that follow (LANG, TZ …).
    void setEnvironment(const QString &name, const QString &value) { m_env.insert(name, value); }

private:
    aftersales::testing::TestDatabase m_database;
    QHash<QString, QString> m_env;
};
