#include "storage/sqlite/sqlitestorage.h"

#include "storage/sqlite/sqlitevalues.h"
#include "storage/syncsql.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

// The SQLite backend's side of the platform sync: the claims' sync columns, the outbox, the
// connection row and the lease (migrations 8 and 10). Ordinary SQL (INSERT … ON CONFLICT … DO
// UPDATE, EXISTS, partial indexes) that PostgreSQL runs as well; what is the same text on both
// is in storage/syncsql.
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

Outcome SqliteStorage::setClaimSync(qint64 claimId, const ClaimSync &sync)
{
    QSqlQuery &q = preparedWrite(QStringLiteral(
        "UPDATE claims SET platform_update_time = ?, sync_state = ?, sync_message = ? WHERE id = ?"));
    q.addBindValue(integerOrNull(sync.platformUpdateTime));
    q.addBindValue(sync.platformUpdateTime ? syncsql::stateCode(sync.state) : 0);
    q.addBindValue(text(sync.message));
    q.addBindValue(claimId);
    if (!q.exec())
        return failure(q);
    if (q.numRowsAffected() != 1)
        return Outcome::badInput(tr("Unknown claim %1.").arg(claimId));
    return Outcome::success();
}

Result<std::optional<qint64>> SqliteStorage::newestPlatformUpdate() const
{
    QSqlQuery q = prepare(QStringLiteral(
        "SELECT max(platform_update_time) FROM claims WHERE platform_update_time IS NOT NULL"));
    if (!q.exec() || !q.next())
        return failure(q);
    if (q.value(0).isNull())
        return std::optional<qint64>();
    return std::optional<qint64>(q.value(0).toLongLong());
}

Result<QList<OutboxEntry>> SqliteStorage::outboxOf(QSqlQuery &q)
{
    if (!q.exec())
        return failure(q);
    return syncsql::outboxRows(q);
}

void SqliteStorage::bindOutbox(QSqlQuery &q, const OutboxEntry &e)
{
    q.addBindValue(e.claimId);
    q.addBindValue(e.action);
    q.addBindValue(int(e.method));
    q.addBindValue(e.operateType);
    q.addBindValue(e.rejectCode ? QVariant(int(*e.rejectCode)) : QVariant(QMetaType::fromType<int>()));
    q.addBindValue(text(e.remark));
    q.addBindValue(text(e.companyCode));
    q.addBindValue(text(e.trackingNo));
    q.addBindValue(int(e.fromStatus));
    q.addBindValue(int(e.toStatus));
    q.addBindValue(e.baseUpdateTime);
    q.addBindValue(e.createdAt.toSecsSinceEpoch());
    q.addBindValue(int(e.state));
    q.addBindValue(e.attempts);
    q.addBindValue(text(e.lastError));
    q.addBindValue((e.updatedAt.isValid() ? e.updatedAt : e.createdAt).toSecsSinceEpoch());
    q.addBindValue(e.needsReadback ? 1 : 0);
    q.addBindValue(timeValue(e.seenAt));
}

Result<qint64> SqliteStorage::insertOutbox(const OutboxEntry &e)
{
    QSqlQuery &q = preparedWrite(syncsql::insertOutboxSql(false));
    bindOutbox(q, e);
    if (!q.exec())
        return failure(q);
    return q.lastInsertId().toLongLong();
}

Result<std::optional<OutboxEntry>> SqliteStorage::outboxEntry(qint64 entryId) const
{
    QSqlQuery q = prepare(QStringLiteral("SELECT ") + syncsql::outboxColumns() +
                          QStringLiteral(" FROM outbox WHERE id = ?"));
    q.addBindValue(entryId);
    const Result<QList<OutboxEntry>> rows = outboxOf(q);
    if (!rows.ok())
        return rows.outcome;
    if (rows->isEmpty())
        return std::optional<OutboxEntry>();
    return std::optional<OutboxEntry>(rows->first());
}

Result<QList<OutboxEntry>> SqliteStorage::outboxInState(OutboxState state, int limit) const
{
    // The literal state lets an open state use the partial outbox_open index.
    const bool open = state == OutboxState::Waiting || state == OutboxState::Sending;
    QSqlQuery q =
        prepare(QStringLiteral("SELECT ") + syncsql::outboxColumns() + QStringLiteral(" FROM outbox WHERE ") +
                (open ? QStringLiteral("state IN (0, 1) AND ") : QString()) +
                QStringLiteral("state = ? ORDER BY id LIMIT ?"));
    q.addBindValue(int(state));
    q.addBindValue(limit);
    return outboxOf(q);
}

Result<QList<OutboxEntry>> SqliteStorage::outboxOfClaim(qint64 claimId) const
{
    QSqlQuery q = prepare(QStringLiteral("SELECT ") + syncsql::outboxColumns() +
                          QStringLiteral(" FROM outbox WHERE claim_id = ? ORDER BY id"));
    q.addBindValue(claimId);
    return outboxOf(q);
}

Result<QList<OutboxEntry>> SqliteStorage::unseenRefusals(int limit) const
{
    QSqlQuery q =
        prepare(QStringLiteral("SELECT ") + syncsql::outboxColumns() +
                QStringLiteral(" FROM outbox WHERE state = 3 AND seen_at IS NULL ORDER BY id LIMIT ?"));
    q.addBindValue(limit);
    return outboxOf(q);
}

Result<QList<OutboxEntry>> SqliteStorage::refusalsToReadBack(int limit) const
{
    QSqlQuery q =
        prepare(QStringLiteral("SELECT ") + syncsql::outboxColumns() +
                QStringLiteral(" FROM outbox WHERE state = 3 AND seen_at IS NULL AND needs_readback = 1"
                               " ORDER BY id LIMIT ?"));
    q.addBindValue(limit);
    return outboxOf(q);
}

Result<qint64> SqliteStorage::openOutboxCount() const
{
    QSqlQuery q = prepare(QStringLiteral("SELECT count(*) FROM outbox WHERE state IN (0, 1)"));
    if (!q.exec() || !q.next())
        return failure(q);
    return q.value(0).toLongLong();
}

Outcome SqliteStorage::updateOutbox(const OutboxEntry &e, OutboxState expectedState)
{
    QSqlQuery &q = preparedWrite(QStringLiteral(
        "UPDATE outbox SET state = ?, attempts = ?, last_error = ?, base_update_time = ?, updated_at = ?,"
        " needs_readback = ?, seen_at = ? WHERE id = ? AND state = ?"));
    q.addBindValue(int(e.state));
    q.addBindValue(e.attempts);
    q.addBindValue(text(e.lastError));
    q.addBindValue(e.baseUpdateTime);
    q.addBindValue(e.updatedAt.toSecsSinceEpoch());
    q.addBindValue(e.needsReadback ? 1 : 0);
    q.addBindValue(timeValue(e.seenAt));
    q.addBindValue(e.id);
    q.addBindValue(int(expectedState));
    if (!q.exec())
        return failure(q);
    if (q.numRowsAffected() != 1)
        return Outcome::conflict(
            tr("The queued action %1 was changed by another process in the meantime.").arg(e.id));
    return Outcome::success();
}

Result<std::optional<PlatformConnection>> SqliteStorage::platformConnection() const
{
    QSqlQuery q = prepare(QStringLiteral("SELECT ") + syncsql::connectionColumns() +
                          QStringLiteral(" FROM platform_connection WHERE id = 1"));
    if (!q.exec())
        return failure(q);
    if (!q.next())
        return std::optional<PlatformConnection>();
    return std::optional<PlatformConnection>(syncsql::connectionFromRow(q));
}

Outcome SqliteStorage::savePlatformConnection(const PlatformConnection &c)
{
    QSqlQuery &q = preparedWrite(QStringLiteral(
        "INSERT INTO platform_connection (id, app_key, shop_id, base_url, shop_name, connected_at, "
        "last_pull_at,"
        " last_round_at) VALUES (1, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
        " app_key = excluded.app_key, shop_id = excluded.shop_id, base_url = excluded.base_url,"
        " shop_name = excluded.shop_name, connected_at = excluded.connected_at,"
        " last_pull_at = excluded.last_pull_at, last_round_at = excluded.last_round_at"));
    q.addBindValue(text(c.appKey));
    q.addBindValue(text(c.shopId));
    q.addBindValue(text(c.baseUrl));
    q.addBindValue(text(c.shopName));
    q.addBindValue(c.connectedAt.toSecsSinceEpoch());
    q.addBindValue(timeValue(c.lastPullAt));
    q.addBindValue(timeValue(c.lastRoundAt));
    if (!q.exec())
        return failure(q);
    return Outcome::success();
}

Result<LeaseAnswer> SqliteStorage::takeLease(const QString &name, const QString &holder, const QDateTime &now,
                                             const QDateTime &until, const QString &replacing)
{
    LeaseAnswer answer;
    const Outcome o = transaction([&]() -> Outcome {
        answer = LeaseAnswer{};
        QSqlQuery current = prepare(syncsql::leaseSql());
        current.addBindValue(name);
        if (!current.exec())
            return failure(current);
        if (current.next())
            if (const std::optional<LeaseAnswer> other =
                    syncsql::heldByAnother(current, holder, now, replacing)) {
                current.finish();
                answer = *other;
                return Outcome::success();
            }
        current.finish();
        QSqlQuery &take = preparedWrite(syncsql::takeLeaseSql());
        take.addBindValue(name);
        take.addBindValue(holder);
        take.addBindValue(until.toSecsSinceEpoch());
        if (!take.exec())
            return failure(take);
        answer = LeaseAnswer{true, holder, until};
        return Outcome::success();
    });
    if (!o.ok())
        return o;
    return answer;
}

Outcome SqliteStorage::releaseLease(const QString &name, const QString &holder)
{
    return transaction([&]() -> Outcome {
        QSqlQuery &q = preparedWrite(QStringLiteral("DELETE FROM sync_lease WHERE name = ? AND holder = ?"));
        q.addBindValue(name);
        q.addBindValue(holder);
        if (!q.exec())
            return failure(q);
        return Outcome::success();
    });
}

Result<QList<OutboxEntry>> SqliteStorage::takeOutbox(const QString &holder, const QDateTime &now, int limit)
{
    QList<OutboxEntry> taken;
    const Outcome o = transaction([&]() -> Outcome {
        // The write lock is held from BEGIN IMMEDIATE: another taker waits for this one.
        QSqlQuery &take = preparedWrite(syncsql::takeOutboxSql(QString()));
        take.addBindValue(holder);
        take.addBindValue(holder);
        take.addBindValue(now.toSecsSinceEpoch());
        take.addBindValue(limit);
        if (!take.exec())
            return failure(take);
        QSqlQuery held = prepare(syncsql::heldOutboxSql());
        held.addBindValue(holder);
        const Result<QList<OutboxEntry>> rows = outboxOf(held);
        if (!rows.ok())
            return rows.outcome;
        taken = *rows;
        return Outcome::success();
    });
    if (!o.ok())
        return o;
    return taken;
}

Outcome SqliteStorage::checkSync(QList<consistency::Problem> &problems, int maxProblems) const
{
    if (const std::optional<QSqlQuery> failed = syncsql::checkSync(db(), problems, maxProblems))
        return failure(*failed);
    return Outcome::success();
}

} // namespace aftersales
