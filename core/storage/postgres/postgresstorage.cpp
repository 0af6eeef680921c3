#include "storage/postgres/postgresstorage.h"

#include "logcategories.h"
#include "storage/postgres/postgresstate.h"
#include "storage/postgres/postgresvalues.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSqlDriver>
#include <QThread>

// The PostgreSQL backend's connection, transactions and failures (reading claims, orders and
// events one at a time: postgresreads.cpp).
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

const QString driverName = QStringLiteral("QPSQL");

// Failures another try of the same transaction may not meet.
bool isRetryable(const QString &state)
{
    return state == QLatin1String("40001") || state == QLatin1String("40P01");
}

bool isConnectionLoss(const QString &state)
{
    // Class 08 (connection exception), and the server shutting this session down.
    return state.startsWith(QLatin1String("08")) || state == QLatin1String("57P01") ||
           state == QLatin1String("57P02") || state == QLatin1String("57P03");
}

// The first line of a driver's text, for a message that quotes it.
QString firstLine(const QString &text)
{
    return text.trimmed().section(QLatin1Char('\n'), 0, 0).trimmed();
}

} // namespace

PostgresStorage::PostgresStorage() : m_state(std::make_unique<State>())
{
    static QAtomicInt counter;
    m_connection = QStringLiteral("aftersales-pg-%1").arg(counter.fetchAndAddRelaxed(1));
}

PostgresStorage::~PostgresStorage()
{
    close();
}

bool PostgresStorage::isDriverAvailable()
{
    return QSqlDatabase::isDriverAvailable(driverName);
}

void PostgresStorage::close()
{
    m_state->statements.clear();
    m_state->retired.clear();
    m_state->unprepared.clear();
    m_holdsTeamLock = false;
    if (!QSqlDatabase::contains(m_connection))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool PostgresStorage::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && db().isOpen();
}

QSqlDatabase PostgresStorage::db() const
{
    return QSqlDatabase::database(m_connection, false);
}

QString PostgresStorage::location() const
{
    return m_location.uri();
}

Outcome PostgresStorage::open(const QString &location, const Options &options)
{
    close();
    m_options = options;
    const Result<Location> parsed = postgres::parse(location);
    if (!parsed.ok())
        return parsed.outcome;
    m_location = *parsed;
    if (!isDriverAvailable())
        return Outcome::storage(tr("PostgreSQL support is not installed: Qt's PostgreSQL driver (QPSQL) was "
                                   "not found. Install the package libqt6sql6-psql and try again."));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(driverName, m_connection);
        db.setDatabaseName(m_location.database);
        if (!m_location.role.isEmpty())
            db.setUserName(m_location.role);
        if (!m_location.host.isEmpty())
            db.setHostName(m_location.host);
        if (m_location.port > 0)
            db.setPort(m_location.port);
        QStringList connectOptions{QStringLiteral("connect_timeout=10"),
                                   QStringLiteral("application_name=aftersales")};
        if (!m_location.sslmode.isEmpty())
            connectOptions << QStringLiteral("sslmode=") + m_location.sslmode;
        db.setConnectOptions(connectOptions.join(QLatin1Char(';')));
    }
    if (Outcome o = connect(); !o.ok()) {
        close();
        return o;
    }
    if (Outcome o = migrate(); !o.ok()) {
        close();
        return o;
    }
    if (!options.readOnly)
        if (Outcome o = repair(); !o.ok())
            qCWarning(lcDb) << "could not restore the indexes a bulk load left out:" << o.message;
    return Outcome::success();
}

Outcome PostgresStorage::connect()
{
    QSqlDatabase handle = db();
    if (!handle.open())
        return connectionFailure(handle.lastError());
    m_state->lost = false;
    if (Outcome o = configureSession(); !o.ok())
        return o;
    if (m_state->listening) {
        m_state->listening = false;
        listen();
    }
    return Outcome::success();
}

Outcome PostgresStorage::configureSession()
{
    // Notices and warnings would go to stderr through libpq; statements wait for
    // another connection's lock as long as the busy timeout, then give up as busy; plans are
    // made for the values bound, so a partial index fits the filter each time.
    const QStringList settings{
        QStringLiteral("SET client_min_messages = error"),
        // The workbench's tables, and pg_trgm wherever the database has it.
        QStringLiteral("SET search_path = aftersales, public"),
        QStringLiteral("SET lock_timeout = %1").arg(std::max(1, m_options.busyTimeoutMs)),
        QStringLiteral("SET plan_cache_mode = force_custom_plan"),
        // Every statement reads an index range within a few hundred milliseconds at most; a
        // count over a quarter's claims is estimated dear enough for the server to compile it
        // first, which takes longer than the count itself.
        QStringLiteral("SET jit = off"),
        QStringLiteral("SET default_transaction_read_only = %1")
            .arg(m_options.readOnly ? QStringLiteral("on") : QStringLiteral("off")),
    };
    for (const QString &sql : settings)
        if (Outcome o = exec(sql, true); !o.ok())
            return o;
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("SELECT session_user, pg_backend_pid()")) || !q.next())
        return failure(q);
    m_role = q.value(0).toString();
    m_backendPid = q.value(1).toInt();
    return Outcome::success();
}

QSqlQuery &PostgresStorage::statement(const QString &sql) const
{
    State &s = *m_state;
    // A connection lost outside a transaction is made again before the next statement; its
    // prepared statements went with it.
    if (!s.inTransaction && QSqlDatabase::contains(m_connection) && !db().isOpen()) {
        qCWarning(lcDb) << "the connection to" << m_location.uri() << "was lost; connecting again";
        for (auto &[text, query] : s.statements)
            s.retired.push_back(std::move(query));
        s.statements.clear();
        const_cast<PostgresStorage *>(this)->m_holdsTeamLock = false;
        if (Outcome o = const_cast<PostgresStorage *>(this)->connect(); !o.ok())
            qCWarning(lcDb) << "reconnecting failed:" << o.message;
    }
    auto it = s.statements.find(sql);
    if (it != s.statements.end())
        return *it->second;
    auto query = std::make_unique<QSqlQuery>(db());
    if (!query->prepare(sql)) {
        qCDebug(lcDb) << "prepare failed:" << query->lastError().text() << sql;
        note(query->lastError());
        // Not kept: the next use prepares again (after the transaction that failed it).
        s.unprepared.insert(query.get());
        s.retired.push_back(std::move(query));
        return *s.retired.back();
    }
    // Many list shapes come and go: past a few hundred, start afresh.
    if (s.statements.size() >= 400) {
        for (auto &[text, old] : s.statements)
            s.retired.push_back(std::move(old));
        s.statements.clear();
    }
    return *s.statements.emplace(sql, std::move(query)).first->second;
}

bool PostgresStorage::run(QSqlQuery &query, bool outside) const
{
    State &s = *m_state;
    if (s.unprepared.count(&query))
        return false; // its prepare failed: query.lastError() says why
    if (s.inTransaction && !outside) {
        if (s.aborted)
            return false;
        if (!s.begun) {
            QSqlQuery begin(db());
            if (!begin.exec(QStringLiteral("BEGIN ISOLATION LEVEL SERIALIZABLE"))) {
                note(begin.lastError());
                return false;
            }
            s.begun = true;
        }
    }
    // What the transaction wrote behind goes out before anything that might read it.
    if (s.inTransaction && !outside && hasPendingWrites() && !s.flushing)
        if (!flushWrites().ok())
            return false;
    if (query.exec())
        return true;
    note(query.lastError());
    return false;
}

Outcome PostgresStorage::exec(const QString &sql, bool outside) const
{
    State &s = *m_state;
    // What was written behind goes first (its statements begin the transaction).
    if (s.inTransaction && !outside && hasPendingWrites() && !s.flushing)
        if (Outcome o = flushWrites(); !o.ok())
            return o;
    // A transaction not begun yet begins with these statements, in the same round trip: one
    // simple query of several statements.
    QString statements = sql;
    if (s.inTransaction && !outside && !s.begun) {
        statements.prepend(QStringLiteral("BEGIN ISOLATION LEVEL SERIALIZABLE; "));
        s.begun = true; // even if a statement after BEGIN fails: the rollback ends what it began
    }
    QSqlQuery q(db());
    if (!q.exec(statements))
        return failure(q);
    // The first statement's result is exec()'s; a later one's failure shows as the results are
    // taken one by one.
    while (q.nextResult()) {
    }
    if (q.lastError().isValid())
        return failure(q);
    return Outcome::success();
}

Outcome PostgresStorage::failure(const QSqlQuery &query) const
{
    return failure(query.lastError());
}

void PostgresStorage::note(const QSqlError &error) const
{
    State &s = *m_state;
    const QString state = error.nativeErrorCode();
    if (isConnectionLoss(state) || (QSqlDatabase::contains(m_connection) && !db().isOpen()))
        s.lost = true;
    if (s.inTransaction) {
        if (!s.aborted)
            s.failed = error;
        s.aborted = true;
        s.retry = s.retry || isRetryable(state);
    }
}

Outcome PostgresStorage::failure(const QSqlError &error) const
{
    State &s = *m_state;
    note(error);
    const QString state = error.nativeErrorCode();
    const QString detail = firstLine(error.databaseText());
    if (isRetryable(state))
        qCInfo(lcDb) << "PostgreSQL" << state << detail;
    else
        qCWarning(lcDb) << "PostgreSQL" << state << detail;
    if (s.lost)
        return Outcome::storage(
            tr("The connection to the database server was lost (%1); nothing was written: "
               "the server undoes whatever was not committed. Check the server and the "
               "network, then try again.")
                .arg(detail.isEmpty() ? m_location.uri() : detail));
    if (isRetryable(state))
        return Outcome::storage(
            tr("Other agents changed the same claims at the same moment, again and again; "
               "nothing was written. Try again."));
    if (state == QLatin1String("55P03"))
        return Outcome::storage(
            tr("The database is busy: another agent or program has held a lock for too long. "
               "Nothing was written; try again. (%1)")
                .arg(detail));
    if (state == QLatin1String("42501"))
        return Outcome::storage(
            tr("The role %1 may not do this on the database %2 (%3). The database's owner gives "
               "an agent's rights with: aftersales --db %2 team grant %1")
                .arg(m_role.isEmpty() ? m_location.role : m_role, m_location.uri(), detail));
    if (state == QLatin1String("25006"))
        return Outcome::storage(tr("The database is open read-only: nothing was written."));
    if (state == QLatin1String("53100"))
        return Outcome::storage(
            tr("The database server's disk is full: nothing was written. Ask its administrator. (%1)")
                .arg(detail));
    if (state.startsWith(QLatin1String("53")))
        return Outcome::storage(
            tr("The database server is out of resources: nothing was written. Try again later. (%1)")
                .arg(detail));
    return Outcome::storage(tr("The database server reported an error; nothing was written. (%1)")
                                .arg(detail.isEmpty() ? error.text() : detail));
}

Outcome PostgresStorage::connectionFailure(const QSqlError &error) const
{
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    const QString detail = firstLine(text);
    const QString where = m_location.uri();
    const QString role = m_location.role.isEmpty() ? tr("(your login name)") : m_location.role;
    qCWarning(lcDb) << "cannot connect to" << where << ":" << detail;
    const auto has = [&text](const char *words) {
        return text.contains(QLatin1String(words), Qt::CaseInsensitive);
    };
    if (has("password authentication failed") || has("no password supplied") || has("authentication failed"))
        return Outcome::storage(
            tr("The server refused the login of role %1 to %2: the password is wrong or missing. "
               "The password comes only from PGPASSWORD or the password file (~/.pgpass, or "
               "the file PGPASSFILE names), never from the address.")
                .arg(role, where));
    if (has("database") && has("does not exist"))
        return Outcome::storage(
            tr("The database %1 does not exist on the server; its administrator creates it "
               "(createdb) before the first use.")
                .arg(m_location.database));
    if (has("role") && has("does not exist"))
        return Outcome::storage(
            tr("The role %1 does not exist on the server %2; its administrator creates it (createuser).")
                .arg(role, where));
    if (has("no pg_hba.conf entry"))
        return Outcome::storage(
            tr("The server %1 does not accept role %2 from this computer (pg_hba.conf): %3")
                .arg(where, role, detail));
    if (has("too many") || has("remaining connection slots"))
        return Outcome::storage(
            tr("The server %1 has no connection to spare; try again later. (%2)").arg(where, detail));
    if (has("could not connect") || has("connection refused") || has("timeout expired") ||
        has("could not translate host name") || has("no such file or directory") ||
        has("connection to server"))
        return Outcome::storage(
            tr("Cannot reach the database server for %1 (%2). Check the address, the network, "
               "and that the server is running.")
                .arg(where, detail));
    return Outcome::storage(tr("Cannot connect to the database %1: %2").arg(where, detail));
}

Outcome PostgresStorage::transaction(const std::function<Outcome()> &body)
{
    State &s = *m_state;
    if (s.inTransaction)
        return body(); // already inside one: the outer transaction holds it all
    constexpr int maxTries = 40;
    Outcome last;
    for (int attempt = 1; attempt <= maxTries; ++attempt) {
        s.inTransaction = true;
        s.begun = false;
        s.retry = false;
        s.aborted = false;
        s.failed = QSqlError();
        s.pendingUpdates.clear();
        s.pendingEvents.clear();
        s.pendingTrail.clear();
        s.locked.clear();
        discardBulk();
        Outcome o = body();
        // A body that went on after a failed statement must not commit what it thinks it did.
        if (o.ok() && s.aborted)
            o = failure(s.failed);
        if (o.ok())
            o = flushWrites();
        if (o.ok() && s.aborted)
            o = failure(s.failed);
        if (o.ok())
            o = flushBulk();
        if (o.ok() && s.begun) {
            QSqlQuery commit(db());
            if (!commit.exec(QStringLiteral("COMMIT"))) {
                const bool lost = isConnectionLoss(commit.lastError().nativeErrorCode()) || !db().isOpen();
                o = failure(commit);
                if (lost)
                    o = Outcome::storage(
                        tr("The connection to the database server was lost while the change was "
                           "being committed; reload to see whether it was saved."));
            }
        }
        if (!o.ok() && s.begun && !s.lost) {
            QSqlQuery rollback(db());
            rollback.exec(QStringLiteral("ROLLBACK"));
        }
        s.inTransaction = false;
        s.begun = false;
        if (o.ok()) {
            s.nextBulkIdAtBegin = s.nextBulkId;
            if (++s.commits >= 500) {
                s.commits = 0;
                compactCounts();
            }
            return o;
        }
        if (!s.retry || s.lost)
            return o;
        last = o;
        // Another agent's transaction is in the way: let it finish, then try again.
        QThread::usleep(1000ul * QRandomGenerator::global()->bounded(1u, 2u + std::min(attempt, 10) * 3u));
    }
    return last;
}

} // namespace aftersales
