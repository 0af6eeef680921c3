#include "robusthelpers.h"

#include "testdatabase.h"

#include <QAtomicInt>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace robust
{

QString after(qint64 seconds)
{
    return QDateTime::fromString(t0, Qt::ISODate)
        .addSecs(seconds)
        .toOffsetFromUtc(8 * 3600)
        .toString(Qt::ISODate);
}

QJsonObject Run::json() const
{
    return QJsonDocument::fromJson(out.toUtf8()).object();
}

QProcessEnvironment environment(const QString &home, const QStringList &extra)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("USER"), QStringLiteral("tester"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    for (const QString &kv : extra) {
        const qsizetype eq = kv.indexOf(QLatin1Char('='));
        env.insert(kv.left(eq), kv.mid(eq + 1));
    }
    return env;
}

Run cli(const QString &db, const QStringList &args, const QStringList &extraEnv)
{
    QProcess p;
    p.setProcessEnvironment(environment(QFileInfo(db).absolutePath(), extraEnv));
    p.start(QStringLiteral(AFTERSALES_CLI), QStringList{QStringLiteral("--db"), db} + args);
    p.waitForFinished(120000);
    Run r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QProcess *start(const QString &db, const QStringList &args, QObject *parent)
{
    auto *p = new QProcess(parent);
    p->setProcessEnvironment(environment(QFileInfo(db).absolutePath()));
    p->start(QStringLiteral(AFTERSALES_CLI), QStringList{QStringLiteral("--db"), db} + args);
    p->waitForStarted();
    return p;
}

namespace
{
Run runAndWait(QProcess &p)
{
    p.waitForFinished(120000);
    Run r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}
} // namespace

Run cli(const aftersales::testing::TestDatabase &db, const QStringList &args, const QStringList &extraEnv)
{
    QProcess p;
    p.setProcessEnvironment(environment(db.dir(), extraEnv));
    p.start(QStringLiteral(AFTERSALES_CLI), QStringList{QStringLiteral("--db"), db.location()} + args);
    return runAndWait(p);
}

QProcess *start(const aftersales::testing::TestDatabase &db, const QStringList &args, QObject *parent)
{
    auto *p = new QProcess(parent);
    p->setProcessEnvironment(environment(db.dir()));
    p->start(QStringLiteral(AFTERSALES_CLI), QStringList{QStringLiteral("--db"), db.location()} + args);
    p->waitForStarted();
    return p;
}

QProcess *start(const QString &location, const QString &home, const QStringList &args, QObject *parent)
{
    auto *p = new QProcess(parent);
    p->setProcessEnvironment(environment(home));
    p->start(QStringLiteral(AFTERSALES_CLI), QStringList{QStringLiteral("--db"), location} + args);
    p->waitForStarted();
    return p;
}

QStringList dump(const aftersales::testing::TestDatabase &db)
{
    QStringList out;
    out << db.rows(QStringLiteral("SELECT * FROM orders ORDER BY order_id"));
    out << db.rows(
        QStringLiteral("SELECT id, order_id, type, reason, status, note, applied_at, deadline, carrier,"
                       " tracking_no, return_carrier, return_tracking_no, refund_cents,"
                       " compensation_cents, reject_code, remark, flag, version, updated_at, assignee"
                       " FROM claims ORDER BY id"));
    out << db.rows(QStringLiteral("SELECT * FROM events ORDER BY id"));
    return out;
}

QByteArray sha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result().toHex();
}

namespace
{
template <typename F> auto withConnection(const QString &path, F body)
{
    static QAtomicInt counter;
    const QString name = QStringLiteral("robust-%1").arg(counter.fetchAndAddRelaxed(1));
    decltype(body(std::declval<QSqlDatabase &>())) result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (db.open())
            result = body(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}
} // namespace

QString integrity(const QString &path)
{
    return withConnection(path, [](QSqlDatabase &db) -> QString {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
            return QStringLiteral("cannot run: ") + q.lastQuery();
        QStringList lines;
        while (q.next())
            lines << q.value(0).toString();
        return lines.join(QLatin1Char('\n'));
    });
}

QVariant scalar(const QString &path, const QString &sql)
{
    return withConnection(path, [&](QSqlDatabase &db) {
        QSqlQuery q(db);
        if (!q.exec(sql) || !q.next())
            return QVariant();
        return q.value(0);
    });
}

QStringList rows(const QString &path, const QString &sql)
{
    return withConnection(path, [&](QSqlDatabase &db) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        QStringList out;
        if (!q.exec(sql))
            return QStringList{QStringLiteral("error")};
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < q.record().count(); ++i)
                cells << q.value(i).toString();
            out << cells.join(QLatin1Char('|'));
        }
        return out;
    });
}

} // namespace robust
