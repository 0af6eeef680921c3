#include "rawsqlite.h"

#include <QAtomicInt>
#include <QSqlError>
#include <QSqlQuery>

namespace aftersales::testing
{

RawSqlite::RawSqlite(const QString &path)
{
    static QAtomicInt counter;
    m_name = QStringLiteral("raw-sqlite-%1").arg(counter.fetchAndAddRelaxed(1));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(path);
    db.open();
}

RawSqlite::~RawSqlite()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase RawSqlite::db() const
{
    return QSqlDatabase::database(m_name, false);
}

bool RawSqlite::exec(const QString &sql, QString *error) const
{
    QSqlQuery q(db());
    const bool ok = q.exec(sql);
    if (!ok && error)
        *error = q.lastError().text();
    return ok;
}

QVariant RawSqlite::scalar(const QString &sql) const
{
    QSqlQuery q(db());
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

qint64 RawSqlite::count(const char *table) const
{
    return scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))).toLongLong();
}

} // namespace aftersales::testing
