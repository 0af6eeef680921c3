#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QStringList>

class QProcess;

namespace aftersales::testing
{
class TestDatabase;
}

// Running the real `aftersales` binary against files in a test's own folder, and looking
// at those files from outside the program.
namespace robust
{

inline const QString t0 = QStringLiteral("2026-11-26T10:00:00+08:00");
// t0 plus `seconds`, as the ISO text the command line takes.
QString after(qint64 seconds);

struct Run {
    int exitCode = -1; // -1: crashed or killed
    QString out;
    QString err;
    QJsonObject json() const;
};

QProcessEnvironment environment(const QString &home, const QStringList &extra = {});
// `aftersales --db DB args...`; `home` holds the config and data folders.
Run cli(const QString &db, const QStringList &args, const QStringList &extraEnv = {});
// Started, not waited for.
QProcess *start(const QString &db, const QStringList &args, QObject *parent = nullptr);

// The same on a test database of either backend (its folder holds the config and data).
Run cli(const aftersales::testing::TestDatabase &db, const QStringList &args,
        const QStringList &extraEnv = {});
QProcess *start(const aftersales::testing::TestDatabase &db, const QStringList &args,
                QObject *parent = nullptr);
// Started on `location` (another role's address of the database, say), `home` holding the
// config and data folders; not waited for.
QProcess *start(const QString &location, const QString &home, const QStringList &args,
                QObject *parent = nullptr);
// What the next start sees, from outside: every claim, order and event, one line each.
QStringList dump(const aftersales::testing::TestDatabase &db);

QByteArray sha256(const QString &path);
// PRAGMA integrity_check of the file through a connection of our own ("ok" when intact).
QString integrity(const QString &path);
// One value of a SQL query on the file (through a connection of our own).
QVariant scalar(const QString &path, const QString &sql);
// Rows of a query as text lines, for comparing two databases.
QStringList rows(const QString &path, const QString &sql);

} // namespace robust
