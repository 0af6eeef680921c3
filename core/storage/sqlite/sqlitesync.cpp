#include "storage/sqlite/sqlitestorage.h"

#include "storage/sqlite/sqlitevalues.h"
#include "storage/sqlite/sqlliterals.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

// The SQLite backend's side of the platform sync: the claims' sync columns, the outbox, the
// connection row and the lease (migration 6). Ordinary SQL (INSERT … ON CONFLICT … DO
// UPDATE, EXISTS, partial indexes) that PostgreSQL runs as well.
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
    q.addBindValue(sync.platformUpdateTime ? syncStateCode(sync.state) : 0);
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

QString SqliteStorage::outboxColumns()
{
    return QStringLiteral("id, claim_id, action, method, operate_type, reject_code, remark, company_code,"
                          " tracking_no, from_status, to_status, base_update_time, created_at, state,"
                          " attempts, last_error, updated_at, needs_readback, seen_at");
}

OutboxEntry SqliteStorage::outboxFromRow(const QSqlQuery &q)
{
    OutboxEntry e;
    e.id = q.value(0).toLongLong();
    e.claimId = q.value(1).toLongLong();
    e.action = q.value(2).toString();
    e.method = q.value(3).toInt() == 2 ? OutboxEntry::Method::FillLogistics : OutboxEntry::Method::Operate;
    e.operateType = q.value(4).toInt();
    if (!q.value(5).isNull())
        e.rejectCode = static_cast<RejectCode>(q.value(5).toInt());
    e.remark = q.value(6).toString();
    e.companyCode = q.value(7).toString();
    e.trackingNo = q.value(8).toString();
    e.fromStatus = static_cast<ClaimStatus>(q.value(9).toInt());
    e.toStatus = static_cast<ClaimStatus>(q.value(10).toInt());
    e.baseUpdateTime = q.value(11).toLongLong();
    e.createdAt = timeAt(q.value(12));
    e.state = static_cast<OutboxState>(q.value(13).toInt());
    e.attempts = q.value(14).toInt();
    e.lastError = q.value(15).toString();
    e.updatedAt = timeAt(q.value(16));
    e.needsReadback = q.value(17).toInt() != 0;
    e.seenAt = timeFrom(q.value(18));
    return e;
}

Result<QList<OutboxEntry>> SqliteStorage::outboxOf(QSqlQuery &q)
{
    if (!q.exec())
        return failure(q);
    QList<OutboxEntry> out;
    while (q.next())
        out.append(outboxFromRow(q));
    return out;
}

Result<qint64> SqliteStorage::insertOutbox(const OutboxEntry &e)
{
    QSqlQuery &q = preparedWrite(QStringLiteral(
        "INSERT INTO outbox (claim_id, action, method, operate_type, reject_code, remark, company_code,"
        " tracking_no, from_status, to_status, base_update_time, created_at, state, attempts, last_error,"
        " updated_at, needs_readback, seen_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?)"));
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
    if (!q.exec())
        return failure(q);
    return q.lastInsertId().toLongLong();
}

Result<std::optional<OutboxEntry>> SqliteStorage::outboxEntry(qint64 entryId) const
{
    QSqlQuery q =
        prepare(QStringLiteral("SELECT ") + outboxColumns() + QStringLiteral(" FROM outbox WHERE id = ?"));
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
        prepare(QStringLiteral("SELECT ") + outboxColumns() + QStringLiteral(" FROM outbox WHERE ") +
                (open ? QStringLiteral("state IN (0, 1) AND ") : QString()) +
                QStringLiteral("state = ? ORDER BY id LIMIT ?"));
    q.addBindValue(int(state));
    q.addBindValue(limit);
    return outboxOf(q);
}

Result<QList<OutboxEntry>> SqliteStorage::outboxOfClaim(qint64 claimId) const
{
    QSqlQuery q = prepare(QStringLiteral("SELECT ") + outboxColumns() +
                          QStringLiteral(" FROM outbox WHERE claim_id = ? ORDER BY id"));
    q.addBindValue(claimId);
    return outboxOf(q);
}

Result<QList<OutboxEntry>> SqliteStorage::unseenRefusals(int limit) const
{
    QSqlQuery q =
        prepare(QStringLiteral("SELECT ") + outboxColumns() +
                QStringLiteral(" FROM outbox WHERE state = 3 AND seen_at IS NULL ORDER BY id LIMIT ?"));
    q.addBindValue(limit);
    return outboxOf(q);
}

Result<QList<OutboxEntry>> SqliteStorage::refusalsToReadBack(int limit) const
{
    QSqlQuery q =
        prepare(QStringLiteral("SELECT ") + outboxColumns() +
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
    QSqlQuery q =
        prepare(QStringLiteral("SELECT app_key, shop_id, base_url, shop_name, connected_at,"
                               " last_pull_at, last_round_at FROM platform_connection WHERE id = 1"));
    if (!q.exec())
        return failure(q);
    if (!q.next())
        return std::optional<PlatformConnection>();
    PlatformConnection c;
    c.appKey = q.value(0).toString();
    c.shopId = q.value(1).toString();
    c.baseUrl = q.value(2).toString();
    c.shopName = q.value(3).toString();
    c.connectedAt = timeAt(q.value(4));
    c.lastPullAt = timeFrom(q.value(5));
    c.lastRoundAt = timeFrom(q.value(6));
    return std::optional<PlatformConnection>(c);
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
        QSqlQuery current =
            prepare(QStringLiteral("SELECT holder, expires_at FROM sync_lease WHERE name = ?"));
        current.addBindValue(name);
        if (!current.exec())
            return failure(current);
        if (current.next()) {
            const QString held = current.value(0).toString();
            const QDateTime expires = timeAt(current.value(1));
            current.finish();
            const bool free = held == holder || expires <= now || (!replacing.isEmpty() && held == replacing);
            if (!free) {
                answer.holder = held;
                answer.expiresAt = expires;
                return Outcome::success();
            }
        }
        current.finish();
        QSqlQuery &take =
            preparedWrite(QStringLiteral("INSERT INTO sync_lease (name, holder, expires_at) VALUES (?, ?, ?)"
                                         " ON CONFLICT (name) DO UPDATE SET holder = excluded.holder,"
                                         " expires_at = excluded.expires_at"));
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

Outcome SqliteStorage::checkSync(QList<consistency::Problem> &problems, int maxProblems) const
{
    // Actions queued for claims that are not on the platform.
    QSqlQuery local(db());
    local.setForwardOnly(true);
    if (!local.exec(
            QStringLiteral("SELECT DISTINCT o.claim_id FROM outbox o JOIN claims c ON c.id = o.claim_id"
                           " WHERE c.platform_update_time IS NULL ORDER BY o.claim_id")))
        return failure(local);
    while (local.next() && problems.size() < maxProblems)
        problems.append({local.value(0).toLongLong(),
                         tr("actions are queued for the platform, but the claim is not on the platform")});
    // Each claim's sync state against its outbox rows: failed exactly while a refusal is
    // unseen, pending while actions wait, and never both.
    QSqlQuery states(db());
    states.setForwardOnly(true);
    if (!states.exec(QStringLiteral(
            "SELECT c.id, c.sync_state, c.platform_update_time IS NULL,"
            " EXISTS (SELECT 1 FROM outbox o WHERE o.claim_id = c.id AND o.state = 3 AND o.seen_at IS NULL),"
            " EXISTS (SELECT 1 FROM outbox o WHERE o.claim_id = c.id AND o.state IN (0, 1))"
            " FROM claims c WHERE c.sync_state <> 0 OR c.id IN (SELECT claim_id FROM outbox"
            " WHERE state IN (0, 1) OR (state = 3 AND seen_at IS NULL)) ORDER BY c.id")))
        return failure(states);
    while (states.next() && problems.size() < maxProblems) {
        const qint64 id = states.value(0).toLongLong();
        const int state = states.value(1).toInt();
        const bool localOnly = states.value(2).toBool();
        const bool unseen = states.value(3).toBool();
        const bool open = states.value(4).toBool();
        if (localOnly && state != 0) {
            problems.append({id, tr("a claim that is not on the platform is marked as syncing")});
            continue;
        }
        if (unseen && open)
            problems.append({id, tr("actions wait to be sent behind a refused one")});
        const int expected = unseen ? syncFailedCode : open ? 1 : 0;
        if (state != expected)
            problems.append({id, tr("the sync state (%1) does not match the queued actions (%2 expected)")
                                     .arg(state)
                                     .arg(expected)});
    }
    return Outcome::success();
}

} // namespace aftersales
