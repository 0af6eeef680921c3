#include "storage/sqlite/sqlitestorage.h"
#include "storage/sqlrows.h"

#include "logcategories.h"
#include "storage/milestones.h"
#include "storage/sqlite/bulkloadlock.h"
#include "storage/sqlite/nativestatement.h"
#include "storage/sqlite/sqlitevalues.h"
#include "storage/sqlite/sqlliterals.h"
#include "storage/syncsql.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <map>

namespace aftersales
{
using namespace sqlite; // the stored forms of values

namespace
{

// The context lupdate gives tr() calls in this namespace.
QString tr(const char *text)
{
    return QCoreApplication::translate("aftersales::SqliteStorage", text);
}

} // namespace

struct SqliteStorage::Statements {
    // Maps: references to their statements stay valid while others are added.
    std::map<QString, QSqlQuery> bySql;
    std::map<QString, std::unique_ptr<sqlite::NativeStatement>> native;
};

SqliteStorage::SqliteStorage() : m_writes(std::make_unique<Statements>())
{
    static QAtomicInt counter;
    m_connection = QStringLiteral("aftersales-%1").arg(counter.fetchAndAddRelaxed(1));
}

SqliteStorage::~SqliteStorage()
{
    close();
}

void SqliteStorage::close()
{
    // Before the connection closes: SQLite does not close one with statements left open.
    m_writes->native.clear();
    m_writes->bySql.clear();
    if (!QSqlDatabase::contains(m_connection))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool SqliteStorage::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && QSqlDatabase::database(m_connection, false).isOpen();
}

QSqlDatabase SqliteStorage::db() const
{
    return QSqlDatabase::database(m_connection, false);
}

QSqlQuery SqliteStorage::prepare(const QString &sql) const
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        qCWarning(lcDb) << "prepare failed:" << q.lastError().text() << sql;
    return q;
}

QSqlQuery &SqliteStorage::preparedWrite(const QString &sql)
{
    auto it = m_writes->bySql.find(sql);
    if (it == m_writes->bySql.end())
        it = m_writes->bySql.emplace(sql, prepare(sql)).first;
    return it->second;
}

sqlite::NativeStatement &SqliteStorage::nativeWrite(const QString &sql)
{
    // One that could not be prepared (the database busy or damaged then) is tried again.
    auto it = m_writes->native.find(sql);
    if (it == m_writes->native.end())
        it = m_writes->native.emplace(sql, std::make_unique<sqlite::NativeStatement>(db(), sql)).first;
    else if (!it->second->isPrepared())
        it->second = std::make_unique<sqlite::NativeStatement>(db(), sql);
    return *it->second;
}

QSqlQuery &SqliteStorage::preparedRead(const QString &sql) const
{
    auto it = m_writes->bySql.find(sql);
    if (it == m_writes->bySql.end())
        it = m_writes->bySql.emplace(sql, prepare(sql)).first;
    return it->second;
}

Outcome SqliteStorage::failure(const QSqlQuery &query)
{
    const QSqlError error = query.lastError();
    qCWarning(lcDb) << "query failed:" << error.text() << query.lastQuery();
    return failure(error.nativeErrorCode().toInt(), error.databaseText(), error.text());
}

Outcome SqliteStorage::failure(const sqlite::NativeStatement &statement)
{
    qCWarning(lcDb) << "query failed:" << statement.errorText() << statement.sql();
    return failure(statement.errorCode(), statement.errorText(), statement.errorText());
}

Outcome SqliteStorage::failure(int nativeCode, const QString &detail, const QString &text)
{
    switch (nativeCode & 0xff) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return Outcome::storage(tr("The database is busy: another program has held it locked for too long. "
                                   "Nothing was written; try again. (%1)")
                                    .arg(detail));
    case 8: // SQLITE_READONLY
        return Outcome::storage(
            tr("The database is read-only: nothing was written. Check the file's permissions. (%1)")
                .arg(detail));
    case 13: // SQLITE_FULL
        return Outcome::storage(
            tr("The disk or the database is full: nothing was written. Free some space and try again. (%1)")
                .arg(detail));
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return Outcome::storage(
            tr("The file is not a valid workbench database or is damaged; restore it from a backup. (%1)")
                .arg(detail));
    default:
        return Outcome::storage(tr("The database reported an error; nothing was written. (%1)").arg(text));
    }
}

bool SqliteStorage::isWritableFile(const QString &path)
{
    const QFileInfo file(path);
    const QFileInfo folder(file.absolutePath());
    constexpr auto anyWrite = QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
    return file.isWritable() && (file.permissions() & anyWrite) && folder.isWritable();
}

Outcome SqliteStorage::open(const QString &path, const Options &options)
{
    close();
    m_path = path;
    m_readOnly = options.readOnly;
    if (!options.readOnly) {
        const QFileInfo info(path);
        if (!info.absoluteDir().exists() && !QDir().mkpath(info.absolutePath()))
            return Outcome::storage(tr("Cannot create the folder %1.").arg(info.absolutePath()));
    } else if (!QFileInfo::exists(path)) {
        return Outcome::storage(tr("The database %1 does not exist.").arg(path));
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    QString connectOptions = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs);
    if (options.readOnly)
        connectOptions += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(connectOptions);
    if (!db.open())
        return Outcome::storage(tr("Cannot open the database %1: %2").arg(path, db.lastError().text()));
    if (Outcome o = configure(); !o.ok()) {
        close();
        return o;
    }
    if (Outcome o = migrate(); !o.ok()) {
        close();
        return o;
    }
    if (Outcome o = settle(); !o.ok()) {
        close();
        return o;
    }
    if (options.maxPageCount > 0)
        if (Outcome o = exec(QStringLiteral("PRAGMA max_page_count=%1").arg(options.maxPageCount)); !o.ok())
            qCWarning(lcDb) << "max_page_count:" << o.message;
    if (options.unsafeFast)
        exec(QStringLiteral("PRAGMA synchronous=OFF"));
    // A sweep's batch reads its claims, scattered over the table and its indexes, then writes
    // them: with 8 MB the sweep two days later took 12-18 % less, for 6 MB more in the window.
    // Each page of the cache costs a page fault when first filled, dear on a virtual machine:
    // 8 MB made a command's search 30 ms slower, so a short command keeps the default.
    if (options.longLived)
        if (Outcome o = exec(QStringLiteral("PRAGMA cache_size=-8000")); !o.ok())
            qCWarning(lcDb) << "cache_size:" << o.message;
    return Outcome::success();
}

Outcome SqliteStorage::transaction(const std::function<Outcome()> &body)
{
    // SQLite serialises writers with its lock: the body runs once.
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return failure(q);
    // The next local claim id is known for this transaction only (insertClaim()).
    m_nextLocalId.reset();
    m_inTransaction = true;
    const auto forget = qScopeGuard([this] {
        m_nextLocalId.reset();
        m_inTransaction = false;
    });
    Outcome o = body();
    if (o.ok()) {
        if (q.exec(QStringLiteral("COMMIT")))
            return o;
        o = failure(q);
    }
    QSqlQuery rollback(db());
    rollback.exec(QStringLiteral("ROLLBACK"));
    return o;
}

Outcome SqliteStorage::insertOrder(const Order &order)
{
    sqlite::NativeStatement &q = nativeWrite(QStringLiteral(
        "INSERT INTO orders (order_id, category, amount_cents, carrier, tracking_no, shipped_at, received_at,"
        " buyer, product) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(text(order.orderId));
    q.addBindValue(text(order.category));
    q.addBindValue(order.amountCents);
    q.addBindValue(textOrNull(order.carrier));
    q.addBindValue(textOrNull(order.trackingNo));
    q.addBindValue(timeValue(order.shippedAt));
    q.addBindValue(timeValue(order.receivedAt));
    q.addBindValue(text(order.buyer));
    q.addBindValue(text(order.product));
    if (!q.exec()) {
        if (q.errorCode() == 1555 || q.errorCode() == 2067) // SQLITE_CONSTRAINT_PRIMARYKEY, _UNIQUE
            return Outcome::badInput(tr("Order %1 already exists.").arg(order.orderId));
        return failure(q);
    }
    return Outcome::success();
}

Result<Order> SqliteStorage::order(const QString &orderId) const
{
    QSqlQuery &q = preparedRead(
        QStringLiteral("SELECT order_id, category, amount_cents, carrier, tracking_no, shipped_at,"
                       " received_at, buyer, product FROM orders WHERE order_id = ?"));
    q.addBindValue(orderId);
    if (!q.exec())
        return failure(q);
    if (!q.next()) {
        q.finish();
        return Outcome::badInput(tr("Unknown order %1.").arg(orderId));
    }
    const Order o = sqlrows::orderFromRow(q);
    q.finish();
    return o;
}

QString SqliteStorage::claimColumns()
{
    return QStringLiteral("c.id, c.order_id, c.type, c.reason, c.status, c.note, c.applied_at, c.deadline, "
                          "c.carrier, c.tracking_no,"
                          " c.return_carrier, c.return_tracking_no, c.refund_cents, c.compensation_cents, "
                          "c.reject_code, c.remark,"
                          " c.flag, c.version, c.updated_at, o.category, o.amount_cents, o.carrier, "
                          "o.tracking_no, o.shipped_at,"
                          " o.received_at, o.buyer, o.product, c.platform_update_time, c.sync_state,"
                          " c.sync_message, c.assignee");
}

Claim SqliteStorage::claimFromRow(const QSqlQuery &q)
{
    // The columns both backends share (sqlrows.h); then this backend's own.
    Claim c = sqlrows::claimFromColumns(q);
    c.sync = syncsql::claimSyncFrom(q, 27);
    c.assignee = q.value(30).toString();
    return c;
}

Result<Claim> SqliteStorage::claim(qint64 id) const
{
    // Read claim by claim (a pull's page asks for each): parsed once.
    static const QString sql =
        QStringLiteral("SELECT ") + claimColumns() +
        QStringLiteral(" FROM claims c JOIN orders o ON o.order_id = c.order_id WHERE c.id = ?");
    QSqlQuery &q = preparedRead(sql);
    q.addBindValue(id);
    if (!q.exec())
        return failure(q);
    const bool found = q.next();
    const Result<Claim> c = found ? Result<Claim>(claimFromRow(q))
                                  : Result<Claim>(Outcome::badInput(tr("Unknown claim %1.").arg(id)));
    q.finish();
    return c;
}

Result<QList<Event>> SqliteStorage::events(qint64 claimId) const
{
    QSqlQuery q =
        prepare(QStringLiteral("SELECT id, claim_id, at, actor, action, from_status, to_status, detail"
                               " FROM events WHERE claim_id = ? ORDER BY at, id"));
    q.addBindValue(claimId);
    if (!q.exec())
        return failure(q);
    QList<Event> out;
    while (q.next())
        out.append(eventFromRow(q));
    return out;
}

Event SqliteStorage::eventFromRow(const QSqlQuery &q)
{
    return sqlrows::eventFromRow(q);
}

Result<bool> SqliteStorage::hasOpenClaim(const QString &orderId) const
{
    QSqlQuery q = prepare(QStringLiteral("SELECT 1 FROM claims WHERE order_id = ? AND status NOT IN (") +
                          sqlite::codes(sqlite::finishedStatuses()) + QStringLiteral(") LIMIT 1"));
    q.addBindValue(orderId);
    if (!q.exec())
        return failure(q);
    return q.next();
}

Result<QList<Claim>> SqliteStorage::claimsForOrder(const QString &orderId) const
{
    QSqlQuery q = prepare(QStringLiteral("SELECT ") + claimColumns() +
                          QStringLiteral(" FROM claims c JOIN orders o ON o.order_id = c.order_id"
                                         " WHERE c.order_id = ? ORDER BY c.id DESC"));
    q.addBindValue(orderId);
    return claimsOf(q);
}

Result<std::optional<qint64>> SqliteStorage::trackingUsedBy(const QString &trackingNo, qint64 exceptId) const
{
    QSqlQuery q = prepare(QStringLiteral("SELECT id FROM claims WHERE tracking_no = ? AND id <> ? LIMIT 1"));
    q.addBindValue(trackingNo);
    q.addBindValue(exceptId);
    if (!q.exec())
        return failure(q);
    if (!q.next())
        return std::optional<qint64>();
    return std::optional<qint64>(q.value(0).toLongLong());
}

Result<std::optional<QDateTime>> SqliteStorage::newestEventAt() const
{
    QSqlQuery q = prepare(QStringLiteral("SELECT max(at) FROM events"));
    if (!q.exec() || !q.next())
        return failure(q);
    return timeFrom(q.value(0));
}

Result<qint64> SqliteStorage::changeMark() const
{
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())
        return failure(q);
    return q.value(0).toLongLong();
}

Outcome SqliteStorage::setCheckpointOnCommit(bool on) const
{
    // SQLite's own default: a connection that commits checkpoints once the log passes it.
    constexpr int defaultPages = 1000;
    return exec(QStringLiteral("PRAGMA wal_autocheckpoint=%1").arg(on ? defaultPages : 0));
}

Outcome SqliteStorage::checkpoint() const
{
    return exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
}

Result<QVariant> SqliteStorage::pragma(const QString &name) const
{
    // A name, or a word assigned to it ("journal_mode=WAL"): never user text.
    static const QRegularExpression word(QStringLiteral(R"(^\w+(=\w+)?$)"));
    if (!word.match(name).hasMatch())
        return Outcome::badInput(QStringLiteral("not a pragma name: %1").arg(name));
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("PRAGMA ") + name) || !q.next())
        return failure(q);
    return q.value(0);
}

Outcome SqliteStorage::exec(const QString &statement) const
{
    QSqlQuery q(db());
    if (!q.exec(statement))
        return failure(q);
    return Outcome::success();
}

Result<QList<Claim>> SqliteStorage::dueClaims(const QDateTime &from, const QDateTime &now, int limit) const
{
    // The platform's claims take their automatic steps on the platform; a pull brings them.
    QSqlQuery q = prepare(QStringLiteral("SELECT ") + claimColumns() +
                          QStringLiteral(" FROM claims c JOIN orders o ON o.order_id = c.order_id"
                                         " WHERE c.due >= ? AND c.due <= ? AND c.platform_update_time IS NULL"
                                         " ORDER BY c.due, c.id LIMIT ?"));
    q.addBindValue(sqlrows::dueFrom(from));
    q.addBindValue(now.toSecsSinceEpoch());
    q.addBindValue(limit);
    return claimsOf(q);
}

Result<qint64> SqliteStorage::dueCount(const QDateTime &now) const
{
    QSqlQuery q = prepare(
        QStringLiteral("SELECT count(*) FROM claims WHERE due <= ? AND platform_update_time IS NULL"));
    q.addBindValue(now.toSecsSinceEpoch());
    if (!q.exec() || !q.next())
        return failure(q);
    return q.value(0).toLongLong();
}

Result<bool> SqliteStorage::isEmpty() const
{
    QSqlQuery q = prepare(
        QStringLiteral("SELECT NOT (EXISTS (SELECT 1 FROM orders) OR EXISTS (SELECT 1 FROM claims))"));
    if (!q.exec() || !q.next())
        return failure(q);
    return q.value(0).toBool();
}

Result<QList<Claim>> SqliteStorage::claimsOf(QSqlQuery &query)
{
    if (!query.exec())
        return failure(query);
    QList<Claim> out;
    while (query.next())
        out.append(claimFromRow(query));
    return out;
}

} // namespace aftersales
