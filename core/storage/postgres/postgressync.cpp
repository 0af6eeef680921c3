#include "storage/postgres/postgresstate.h"
#include "storage/postgres/postgresstorage.h"
#include "storage/postgres/postgresvalues.h"
#include "storage/syncsql.h"

#include <QCoreApplication>

// The PostgreSQL backend's side of the platform sync (migration 3): the claims' sync columns,
// the outbox, the connection row and the lease, with the SQLite backend's semantics and, where
// the text is the same, its SQL (storage/syncsql). Several desktops share the outbox: a round
// takes its claims' rows with FOR UPDATE … SKIP LOCKED, so two never take the same one.
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

QVariant numberOrNull(const std::optional<qint64> &n)
{
    return n ? QVariant(*n) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

Outcome PostgresStorage::setClaimSync(qint64 claimId, const ClaimSync &sync)
{
    QSqlQuery &q = statement(QStringLiteral(
        "UPDATE claims SET platform_update_time = ?, sync_state = ?, sync_message = ? WHERE id = ?"));
    q.addBindValue(numberOrNull(sync.platformUpdateTime));
    q.addBindValue(sync.platformUpdateTime ? syncsql::stateCode(sync.state) : 0);
    q.addBindValue(text(sync.message));
    q.addBindValue(claimId);
    if (!run(q))
        return failure(q);
    if (q.numRowsAffected() != 1)
        return Outcome::badInput(tr("Unknown claim %1.").arg(claimId));
    return Outcome::success();
}

Result<std::optional<qint64>> PostgresStorage::newestPlatformUpdate() const
{
    QSqlQuery &q = statement(QStringLiteral(
        "SELECT max(platform_update_time) FROM claims WHERE platform_update_time IS NOT NULL"));
    if (!run(q) || !q.next())
        return failure(q);
    std::optional<qint64> newest;
    if (!q.value(0).isNull())
        newest = q.value(0).toLongLong();
    q.finish();
    return newest;
}

void PostgresStorage::bindOutbox(QSqlQuery &q, const OutboxEntry &e)
{
    q.addBindValue(e.claimId);
    q.addBindValue(text(e.action));
    q.addBindValue(int(e.method));
    q.addBindValue(e.operateType);
    q.addBindValue(codeOrNull(e.rejectCode));
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
    q.addBindValue(e.needsReadback);
    q.addBindValue(timeValue(e.seenAt));
}

Result<QList<OutboxEntry>> PostgresStorage::outboxOf(QSqlQuery &q) const
{
    if (!run(q))
        return failure(q);
    return syncsql::outboxRows(q);
}

Result<qint64> PostgresStorage::insertOutbox(const OutboxEntry &e)
{
    QSqlQuery &q = statement(syncsql::insertOutboxSql(false) + QStringLiteral(" RETURNING id"));
    bindOutbox(q, e);
    if (!run(q) || !q.next())
        return failure(q);
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    return id;
}

Result<std::optional<OutboxEntry>> PostgresStorage::outboxEntry(qint64 entryId) const
{
    QSqlQuery &q = statement(QStringLiteral("SELECT ") + syncsql::outboxColumns() +
                             QStringLiteral(" FROM outbox WHERE id = ?"));
    q.addBindValue(entryId);
    const Result<QList<OutboxEntry>> rows = outboxOf(q);
    if (!rows.ok())
        return rows.outcome;
    if (rows->isEmpty())
        return std::optional<OutboxEntry>();
    return std::optional<OutboxEntry>(rows->first());
}

Result<QList<OutboxEntry>> PostgresStorage::outboxInState(OutboxState state, int limit) const
{
    // The literal open states let the partial outbox_open index serve.
    const bool open = state == OutboxState::Waiting || state == OutboxState::Sending;
    QSqlQuery &q = statement(QStringLiteral("SELECT ") + syncsql::outboxColumns() +
                             QStringLiteral(" FROM outbox WHERE ") +
                             (open ? QStringLiteral("state IN (0, 1) AND ") : QString()) +
                             QStringLiteral("state = ? ORDER BY id LIMIT ?"));
    q.addBindValue(int(state));
    q.addBindValue(limit);
    return outboxOf(q);
}

Result<QList<OutboxEntry>> PostgresStorage::outboxOfClaim(qint64 claimId) const
{
    QSqlQuery &q = statement(QStringLiteral("SELECT ") + syncsql::outboxColumns() +
                             QStringLiteral(" FROM outbox WHERE claim_id = ? ORDER BY id"));
    q.addBindValue(claimId);
    return outboxOf(q);
}

Result<QList<OutboxEntry>> PostgresStorage::unseenRefusals(int limit) const
{
    QSqlQuery &q =
        statement(QStringLiteral("SELECT ") + syncsql::outboxColumns() +
                  QStringLiteral(" FROM outbox WHERE state = 3 AND seen_at IS NULL ORDER BY id LIMIT ?"));
    q.addBindValue(limit);
    return outboxOf(q);
}

Result<QList<OutboxEntry>> PostgresStorage::refusalsToReadBack(int limit) const
{
    QSqlQuery &q =
        statement(QStringLiteral("SELECT ") + syncsql::outboxColumns() +
                  QStringLiteral(" FROM outbox WHERE state = 3 AND seen_at IS NULL AND needs_readback"
                                 " ORDER BY id LIMIT ?"));
    q.addBindValue(limit);
    return outboxOf(q);
}

Result<qint64> PostgresStorage::openOutboxCount() const
{
    QSqlQuery &q = statement(QStringLiteral("SELECT count(*) FROM outbox WHERE state IN (0, 1)"));
    if (!run(q) || !q.next())
        return failure(q);
    const qint64 n = q.value(0).toLongLong();
    q.finish();
    return n;
}

Outcome PostgresStorage::updateOutbox(const OutboxEntry &e, OutboxState expectedState)
{
    QSqlQuery &q = statement(QStringLiteral(
        "UPDATE outbox SET state = ?, attempts = ?, last_error = ?, base_update_time = ?, updated_at = ?,"
        " needs_readback = ?, seen_at = ? WHERE id = ? AND state = ?"));
    q.addBindValue(int(e.state));
    q.addBindValue(e.attempts);
    q.addBindValue(text(e.lastError));
    q.addBindValue(e.baseUpdateTime);
    q.addBindValue(e.updatedAt.toSecsSinceEpoch());
    q.addBindValue(e.needsReadback);
    q.addBindValue(timeValue(e.seenAt));
    q.addBindValue(e.id);
    q.addBindValue(int(expectedState));
    if (!run(q))
        return failure(q);
    if (q.numRowsAffected() != 1)
        return Outcome::conflict(
            tr("The queued action %1 was changed by another process in the meantime.").arg(e.id));
    return Outcome::success();
}

Result<std::optional<PlatformConnection>> PostgresStorage::platformConnection() const
{
    QSqlQuery &q = statement(QStringLiteral("SELECT ") + syncsql::connectionColumns() +
                             QStringLiteral(" FROM platform_connection WHERE id = 1"));
    if (!run(q))
        return failure(q);
    std::optional<PlatformConnection> connection;
    if (q.next())
        connection = syncsql::connectionFromRow(q);
    q.finish();
    return connection;
}

Outcome PostgresStorage::savePlatformConnection(const PlatformConnection &c)
{
    // The same shop with a round's times: all an agent may write (agentGrants()), and what
    // every round writes.
    QSqlQuery &times = statement(QStringLiteral(
        "UPDATE platform_connection SET last_pull_at = ?, last_round_at = ? WHERE id = 1 AND app_key = ?"
        " AND shop_id = ? AND base_url = ? AND shop_name = ? AND connected_at = ?"));
    times.addBindValue(timeValue(c.lastPullAt));
    times.addBindValue(timeValue(c.lastRoundAt));
    times.addBindValue(text(c.appKey));
    times.addBindValue(text(c.shopId));
    times.addBindValue(text(c.baseUrl));
    times.addBindValue(text(c.shopName));
    times.addBindValue(c.connectedAt.toSecsSinceEpoch());
    if (!run(times))
        return failure(times);
    if (times.numRowsAffected() == 1)
        return Outcome::success();
    QSqlQuery &q = statement(QStringLiteral(
        "INSERT INTO platform_connection (id, app_key, shop_id, base_url, shop_name, connected_at,"
        " last_pull_at, last_round_at) VALUES (1, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
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
    if (run(q))
        return Outcome::success();
    const Outcome refused = failure(q);
    if (q.lastError().nativeErrorCode() == QLatin1String("42501"))
        return Outcome::storage(
            tr("Which shop the team's database %1 syncs with is for its owner to set: the owner runs "
               "'aftersales platform connect' (or Connect to shop…) once; nothing was changed. An agent "
               "connects to that same shop to keep the app secret on this computer.")
                .arg(m_location.uri()));
    return refused;
}

Result<LeaseAnswer> PostgresStorage::takeLease(const QString &name, const QString &holder,
                                               const QDateTime &now, const QDateTime &until,
                                               const QString &replacing)
{
    LeaseAnswer answer;
    // Serializable: two processes taking a free lease at once cannot both see it free; the
    // second tries again and finds the first's.
    const Outcome o = transaction([&]() -> Outcome {
        answer = LeaseAnswer{};
        QSqlQuery &current = statement(syncsql::leaseSql());
        current.addBindValue(text(name));
        if (!run(current))
            return failure(current);
        if (current.next())
            if (const std::optional<LeaseAnswer> other =
                    syncsql::heldByAnother(current, holder, now, replacing)) {
                current.finish();
                answer = *other;
                return Outcome::success();
            }
        current.finish();
        QSqlQuery &take = statement(syncsql::takeLeaseSql());
        take.addBindValue(text(name));
        take.addBindValue(text(holder));
        take.addBindValue(until.toSecsSinceEpoch());
        if (!run(take))
            return failure(take);
        answer = LeaseAnswer{true, holder, until};
        return Outcome::success();
    });
    if (!o.ok())
        return o;
    return answer;
}

Outcome PostgresStorage::releaseLease(const QString &name, const QString &holder)
{
    return transaction([&]() -> Outcome {
        QSqlQuery &q = statement(QStringLiteral("DELETE FROM sync_lease WHERE name = ? AND holder = ?"));
        q.addBindValue(text(name));
        q.addBindValue(text(holder));
        if (!run(q))
            return failure(q);
        return Outcome::success();
    });
}

Result<QList<OutboxEntry>> PostgresStorage::takeOutbox(const QString &holder, const QDateTime &now, int limit)
{
    QList<OutboxEntry> taken;
    const Outcome o = transaction([&]() -> Outcome {
        taken.clear();
        // The claims' oldest open rows another desktop is taking this moment are passed over,
        // not waited for: each desktop takes other claims, and never one of theirs.
        QSqlQuery &take = statement(syncsql::takeOutboxSql(QStringLiteral(" FOR UPDATE OF o SKIP LOCKED")));
        take.addBindValue(text(holder));
        take.addBindValue(text(holder));
        take.addBindValue(now.toSecsSinceEpoch());
        take.addBindValue(limit);
        if (!run(take))
            return failure(take);
        QSqlQuery &held = statement(syncsql::heldOutboxSql());
        held.addBindValue(text(holder));
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

Result<QList<OutboxEntry>> PostgresStorage::outboxAfter(qint64 afterId, int limit) const
{
    QSqlQuery &q = statement(QStringLiteral("SELECT ") + syncsql::outboxColumns() +
                             QStringLiteral(" FROM outbox WHERE id > ? ORDER BY id LIMIT ?"));
    q.addBindValue(afterId);
    q.addBindValue(limit);
    return outboxOf(q);
}

Outcome PostgresStorage::insertCopiedOutbox(const QList<OutboxEntry> &rows)
{
    if (rows.isEmpty())
        return Outcome::success();
    // After the claims they belong to, which a bulk load holds back until now.
    if (Outcome o = flushBulk(); !o.ok())
        return o;
    Columns c(19);
    for (const OutboxEntry &e : rows) {
        c[0].number(e.id);
        c[1].number(e.claimId);
        c[2].text(e.action);
        c[3].number(int(e.method));
        c[4].number(e.operateType);
        if (e.rejectCode)
            c[5].number(int(*e.rejectCode));
        else
            c[5].null();
        c[6].text(e.remark);
        c[7].text(e.companyCode);
        c[8].text(e.trackingNo);
        c[9].number(int(e.fromStatus));
        c[10].number(int(e.toStatus));
        c[11].number(e.baseUpdateTime);
        c[12].number(e.createdAt.toSecsSinceEpoch());
        c[13].number(int(e.state));
        c[14].number(e.attempts);
        c[15].text(e.lastError);
        c[16].number(e.updatedAt.toSecsSinceEpoch());
        c[17].number(e.needsReadback ? 1 : 0);
        c[18].time(e.seenAt);
    }
    const QString b = QStringLiteral("bigint");
    const QString i = QStringLiteral("integer");
    const QString t = QStringLiteral("text");
    return insertColumns(QStringLiteral("outbox (") + syncsql::outboxColumns() + QLatin1Char(')'),
                         {b, b, t, i, i, i, t, t, t, i, i, b, b, i, i, t, b, QStringLiteral("boolean"), b},
                         c);
}

Outcome PostgresStorage::checkSync(QList<consistency::Problem> &problems, int maxProblems) const
{
    if (const std::optional<QSqlQuery> failed = syncsql::checkSync(db(), problems, maxProblems))
        return failure(*failed);
    return Outcome::success();
}

} // namespace aftersales
