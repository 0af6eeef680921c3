#include "logcategories.h"
#include "storage/postgres/postgresmigrations.h"
#include "storage/postgres/postgresstate.h"
#include "storage/postgres/postgresstorage.h"
#include "storage/postgres/postgresvalues.h"

#include <QCoreApplication>
#include <QSqlDriver>

// The PostgreSQL backend's team: agents' rights, the team lock, and hearing of other agents'
// changes (LISTEN / NOTIFY).
namespace aftersales
{
using namespace postgres;

namespace
{

// The context lupdate gives tr() calls in this namespace.
QString tr(const char *text)
{
    return QCoreApplication::translate("aftersales::PostgresStorage", text);
}

} // namespace

Outcome PostgresStorage::requireOwner() const
{
    // GRANT by anybody else only warns that nothing was granted: asked first, and said plainly.
    QSqlQuery &q =
        statement(QStringLiteral("SELECT pg_catalog.pg_has_role(session_user, n.nspowner, 'USAGE'), "
                                 "pg_catalog.pg_get_userbyid(n.nspowner)"
                                 " FROM pg_catalog.pg_namespace n WHERE n.nspname = 'aftersales'"));
    if (!run(q) || !q.next())
        return failure(q);
    const bool owner = q.value(0).toBool();
    const QString name = q.value(1).toString();
    q.finish();
    if (owner)
        return Outcome::success();
    return Outcome::storage(
        tr("Only the database's owner (%1) may give or take an agent's rights; %2 is not. Run it "
           "as %1.")
            .arg(name, m_role));
}

Result<bool> PostgresStorage::isAgent(const QString &role) const
{
    const Result<QStringList> all = agents();
    if (!all.ok())
        return all.outcome;
    return all->contains(role);
}

Result<QStringList> PostgresStorage::agents() const
{
    // Whoever may add events: the roles granted, and the owner.
    QSqlQuery &q = statement(QStringLiteral(
        "SELECT DISTINCT r.rolname FROM pg_catalog.pg_class c"
        " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
        " CROSS JOIN LATERAL aclexplode(c.relacl) a JOIN pg_catalog.pg_roles r ON r.oid = a.grantee"
        " WHERE n.nspname = 'aftersales' AND c.relname = 'events' AND a.privilege_type = 'INSERT'"
        " AND r.rolcanlogin ORDER BY 1"));
    if (!run(q))
        return failure(q);
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    q.finish();
    return out;
}

Outcome PostgresStorage::grantAgent(const QString &role) const
{
    QSqlQuery &found =
        statement(QStringLiteral("SELECT rolcanlogin FROM pg_catalog.pg_roles WHERE rolname = ?"));
    found.addBindValue(text(role));
    if (!run(found))
        return failure(found);
    if (!found.next())
        return Outcome::badInput(
            tr("There is no role %1 on the server: create it first (createuser %1), then "
               "grant it.")
                .arg(role));
    const bool canLogin = found.value(0).toBool();
    found.finish();
    if (!canLogin)
        return Outcome::badInput(
            tr("The role %1 cannot log in: an agent is a login role (createuser %1).").arg(role));
    if (Outcome o = requireOwner(); !o.ok())
        return o;
    // All of an agent's rights or none: one transaction (which writes no claim).
    return const_cast<PostgresStorage *>(this)->transaction([&]() -> Outcome {
        // Also for a database set up before its schema came first (or copied from a template,
        // which keeps no database setting).
        if (Outcome o = exec(migrations::databaseSearchPath()); !o.ok())
            return o;
        for (const QString &grant : migrations::agentGrants()) {
            // The role's name quoted by the server (format's %I), never pasted into SQL here.
            QSqlQuery &sql = statement(
                grant.contains(QLatin1String("ON DATABASE"))
                    ? QStringLiteral("SELECT format(CAST(? AS text), current_database(), CAST(? AS text))")
                    : QStringLiteral("SELECT format(CAST(? AS text), CAST(? AS text))"));
            sql.addBindValue(QString(grant).replace(QLatin1String("%1"), QLatin1String("%I")));
            sql.addBindValue(text(role));
            if (!run(sql) || !sql.next())
                return failure(sql);
            const QString statementText = sql.value(0).toString();
            sql.finish();
            if (Outcome o = exec(statementText); !o.ok())
                return o;
        }
        return Outcome::success();
    });
}

Outcome PostgresStorage::revokeAgent(const QString &role) const
{
    QSqlQuery &found = statement(QStringLiteral("SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = ?"));
    found.addBindValue(text(role));
    if (!run(found))
        return failure(found);
    const bool exists = found.next();
    found.finish();
    if (!exists)
        return Outcome::badInput(tr("There is no role %1 on the server.").arg(role));
    if (Outcome o = requireOwner(); !o.ok())
        return o;
    // All of an agent's rights or none: one transaction (which writes no claim).
    return const_cast<PostgresStorage *>(this)->transaction([&]() -> Outcome {
        for (const QString &revoke : migrations::agentRevokes()) {
            QSqlQuery &sql = statement(
                revoke.contains(QLatin1String("ON DATABASE"))
                    ? QStringLiteral("SELECT format(CAST(? AS text), current_database(), CAST(? AS text))")
                    : QStringLiteral("SELECT format(CAST(? AS text), CAST(? AS text))"));
            sql.addBindValue(QString(revoke).replace(QLatin1String("%1"), QLatin1String("%I")));
            sql.addBindValue(text(role));
            if (!run(sql) || !sql.next())
                return failure(sql);
            const QString statementText = sql.value(0).toString();
            sql.finish();
            if (Outcome o = exec(statementText); !o.ok())
                return o;
        }
        return Outcome::success();
    });
}

Result<bool> PostgresStorage::takeTeamLock() const
{
    // Held already: asked of the server, which also notices a connection that went away
    // (and the lock with it).
    if (m_holdsTeamLock) {
        QSqlQuery &held = statement(QStringLiteral(
            "SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_locks WHERE locktype = 'advisory'"
            " AND pid = pg_backend_pid() AND classid = ? AND objid = ? AND objsubid = 2 AND granted)"));
        held.addBindValue(migrations::lockKey);
        held.addBindValue(migrations::teamLock);
        if (run(held, true) && held.next()) {
            m_holdsTeamLock = held.value(0).toBool();
            held.finish();
            if (m_holdsTeamLock)
                return true;
        } else {
            m_holdsTeamLock = false;
            return failure(held);
        }
    }
    QSqlQuery &take = statement(QStringLiteral("SELECT pg_try_advisory_lock(?, ?)"));
    take.addBindValue(migrations::lockKey);
    take.addBindValue(migrations::teamLock);
    if (!run(take, true) || !take.next())
        return failure(take);
    m_holdsTeamLock = take.value(0).toBool();
    take.finish();
    if (m_holdsTeamLock)
        qCInfo(lcDb) << "this process now holds the team lock of" << m_location.uri();
    return m_holdsTeamLock;
}

void PostgresStorage::releaseTeamLock() const
{
    if (!m_holdsTeamLock)
        return;
    m_holdsTeamLock = false;
    QSqlQuery &release = statement(QStringLiteral("SELECT pg_advisory_unlock(?, ?)"));
    release.addBindValue(migrations::lockKey);
    release.addBindValue(migrations::teamLock);
    if (run(release, true))
        release.finish();
}

void PostgresStorage::listen() const
{
    State &s = *m_state;
    if (s.listening || !isOpen())
        return;
    QSqlDriver *driver = db().driver();
    if (!driver->subscribeToNotification(QLatin1String(migrations::channel))) {
        qCWarning(lcDb) << "cannot listen for other agents' changes:" << driver->lastError().text();
        return;
    }
    s.listening = true;
    // The driver lives as long as the connection's name, and is the same after reconnecting.
    if (!driver->property("aftersales-listened").toBool()) {
        driver->setProperty("aftersales-listened", true);
        QObject::connect(driver, &QSqlDriver::notification, driver,
                         [this](const QString &, QSqlDriver::NotificationSource source, const QVariant &) {
                             onNotification(source == QSqlDriver::OtherSource);
                         });
    }
}

void PostgresStorage::onNotification(bool fromOthers) const
{
    if (!fromOthers)
        return;
    State &s = *m_state;
    ++s.notifications;
    if (s.listener)
        s.listener();
}

Result<qint64> PostgresStorage::changeMark() const
{
    listen();
    if (!m_state->listening)
        return Outcome::storage(
            tr("Changes by other agents cannot be followed: the server did not accept LISTEN."));
    return m_state->notifications;
}

void PostgresStorage::setChangeListener(std::function<void()> listener) const
{
    listen();
    m_state->listener = std::move(listener);
}

} // namespace aftersales
