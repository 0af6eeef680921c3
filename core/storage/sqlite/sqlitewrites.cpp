#include "storage/claimstate.h"
#include "storage/milestones.h"
#include "storage/sqlite/nativestatement.h"
#include "storage/sqlite/sqlitestorage.h"
#include "storage/sqlite/sqlitevalues.h"
#include "storage/syncsql.h"

#include <QCoreApplication>
#include <QSqlQuery>

// Writing claims and their events: a decision's change, and a sweep's batch.
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

QVariant endValue(const std::optional<WindowEnd> &end)
{
    return end ? QVariant(int(*end)) : QVariant(QMetaType::fromType<int>());
}

// first_action_at, first_actor (of the columns milestones keeps; the delay is the caller's).
void bindMilestones(NativeStatement &q, const milestones::Milestones &m)
{
    q.addBindValue(timeValue(m.firstActionAt));
    q.addBindValue(m.firstActionAt ? QVariant(m.firstActor) : QVariant(QMetaType::fromType<QString>()));
}

// review_end, ship_start, ship_end.
void bindEnds(NativeStatement &q, const milestones::Milestones &m)
{
    q.addBindValue(endValue(m.reviewEnd));
    q.addBindValue(timeValue(m.shipStart));
    q.addBindValue(endValue(m.shipEnd));
}

// The milestones `m` reaches, each kept only when the claim has not reached it yet: their
// assignments added to `sets`, their values to `values`. Only those reached: SQLite rewrites
// an index entry when the statement sets one of its columns, even to the value it had.
void addMilestoneUpdates(const milestones::Milestones &m, QStringList *sets, QVariantList *values)
{
    if (m.firstActionAt) {
        *sets << QStringLiteral("first_action_at = COALESCE(first_action_at, ?)")
              << QStringLiteral("first_actor = COALESCE(first_actor, ?)")
              << QStringLiteral("first_action_delay = COALESCE(first_action_delay, ? - applied_at)");
        *values << timeValue(m.firstActionAt) << m.firstActor << timeValue(m.firstActionAt);
    }
    if (m.reviewEnd) {
        *sets << QStringLiteral("review_end = COALESCE(review_end, ?)");
        *values << endValue(m.reviewEnd);
    }
    if (m.shipStart) {
        *sets << QStringLiteral("ship_start = COALESCE(ship_start, ?)");
        *values << timeValue(m.shipStart);
    }
    if (m.shipEnd) {
        *sets << QStringLiteral("ship_end = COALESCE(ship_end, ?)");
        *values << endValue(m.shipEnd);
    }
}

QVariantList stateValues(const Claim &c)
{
    return claimstate::values(c, &sqlite::text);
}

void bindState(NativeStatement &q, const Claim &c)
{
    for (const QVariant &value : stateValues(c))
        q.addBindValue(value);
}

// Events a statement inserts at most (seven values each).
constexpr qsizetype eventsPerStatement = 100;

} // namespace

Result<qint64> SqliteStorage::insertClaim(const Decision &d)
{
    // The claim's state, its order's product title (reports count by product) and what its
    // events reach of its milestones (milestones.h), in one statement.
    static const QString sql = []() -> QString {
        QStringList columns{QStringLiteral("id"), QStringLiteral("order_id"), QStringLiteral("type"),
                            QStringLiteral("applied_at")};
        columns << claimstate::columns();
        // Set apart from a decision (setClaimSync): a claim starts with the platform's.
        columns << QStringLiteral("platform_update_time") << QStringLiteral("sync_state")
                << QStringLiteral("sync_message");
        const QStringList marks(columns.size(), QStringLiteral("?"));
        return QStringLiteral("INSERT INTO claims (") + columns.join(QLatin1String(", ")) +
               QStringLiteral(", version, product_id, first_action_at, first_actor, first_action_delay,"
                              " review_end, ship_start, ship_end) VALUES (") +
               marks.join(QLatin1String(", ")) +
               QStringLiteral(", 1, (SELECT t.id FROM orders o JOIN product_titles t ON t.title = o.product"
                              " WHERE o.order_id = ?), ?, ?, ?, ?, ?, ?)");
    }();
    const Claim &c = d.claim;
    qint64 id = c.id;
    if (id <= 0) {
        // Local claims count up below the platform's ids (which a pull may insert above them).
        if (m_nextLocalId) {
            id = *m_nextLocalId;
        } else {
            QSqlQuery &next =
                preparedWrite(QStringLiteral("SELECT IFNULL(max(id), 0) + 1 FROM claims WHERE id < ?"));
            next.addBindValue(localIdLimit);
            if (!next.exec() || !next.next())
                return failure(next);
            id = next.value(0).toLongLong();
            next.finish();
        }
        if (id >= localIdLimit)
            return Outcome::storage(tr("No claim id is left for claims made here."));
    }
    NativeStatement &q = nativeWrite(sql);
    q.addBindValue(id);
    q.addBindValue(text(c.orderId));
    q.addBindValue(int(c.type));
    q.addBindValue(c.appliedAt.toSecsSinceEpoch());
    bindState(q, c);
    q.addBindValue(integerOrNull(c.sync.platformUpdateTime));
    q.addBindValue(syncsql::stateCode(c.sync.state));
    q.addBindValue(text(c.sync.message));
    q.addBindValue(text(c.orderId));
    const milestones::Milestones m = milestones::advance({}, d.events);
    bindMilestones(q, m);
    q.addBindValue(m.firstActionAt ? QVariant(c.appliedAt.secsTo(*m.firstActionAt))
                                   : QVariant(QMetaType::fromType<qint64>()));
    bindEnds(q, m);
    if (!q.exec())
        return failure(q);
    if (m_inTransaction && id < localIdLimit && id >= m_nextLocalId.value_or(0))
        m_nextLocalId = id + 1;
    if (Outcome o = insertEventRows(id, d.events); !o.ok())
        return o;
    return id;
}

Outcome SqliteStorage::updateClaim(const Decision &d, qint64 expectedVersion)
{
    static const QStringList stateSets = [] {
        QStringList sets;
        for (const QString &column : claimstate::columns())
            sets << column + QStringLiteral(" = ?");
        return sets;
    }();
    const Claim &c = d.claim;
    QStringList sets = stateSets;
    QVariantList values = stateValues(c);
    addMilestoneUpdates(milestones::advance({}, d.events), &sets, &values);
    if (Outcome o = updateClaimRow(c.id, expectedVersion, sets, values); !o.ok())
        return o;
    return insertEventRows(c.id, d.events);
}

Outcome SqliteStorage::writeSweep(const QList<SweptClaim> &claims, const QList<Event> &trail)
{
    for (const SweptClaim &swept : claims) {
        // Only the columns the steps changed (a deadline, a status, the time), so that the
        // indexes of the others are left alone.
        const QVariantList before = stateValues(swept.before);
        const QVariantList after = stateValues(swept.after.claim);
        QStringList sets;
        QVariantList values;
        for (qsizetype i = 0; i < after.size(); ++i) {
            if (after.at(i) == before.at(i))
                continue;
            sets << claimstate::columns().at(i) + QStringLiteral(" = ?");
            values << after.at(i);
        }
        addMilestoneUpdates(milestones::advance({}, swept.after.events), &sets, &values);
        if (Outcome o = updateClaimRow(swept.before.id, swept.before.version, sets, values); !o.ok())
            return o;
    }
    return insertEventRows(0, trail);
}

Outcome SqliteStorage::updateClaimRow(qint64 id, qint64 expectedVersion, QStringList sets,
                                      const QVariantList &values)
{
    sets << QStringLiteral("version = version + 1");
    NativeStatement &q = nativeWrite(QStringLiteral("UPDATE claims SET ") + sets.join(QLatin1String(", ")) +
                                     QStringLiteral(" WHERE id = ? AND version = ?"));
    for (const QVariant &value : values)
        q.addBindValue(value);
    q.addBindValue(id);
    q.addBindValue(expectedVersion);
    if (!q.exec())
        return failure(q);
    if (q.numRowsAffected() != 1)
        return Outcome::conflict(tr("Claim %1 was changed elsewhere in the meantime; nothing was written. "
                                    "Reload it and try again.")
                                     .arg(id));
    return Outcome::success();
}

Outcome SqliteStorage::insertEvents(qint64 claimId, const QList<Event> &events)
{
    if (Outcome o = insertEventRows(claimId, events); !o.ok())
        return o;
    // An automatic step of the sweep ends a review or a shipping window.
    return keepMilestones(claimId, events);
}

Outcome SqliteStorage::keepMilestones(qint64 claimId, const QList<Event> &events)
{
    QStringList sets;
    QVariantList values;
    addMilestoneUpdates(milestones::advance({}, events), &sets, &values);
    if (sets.isEmpty())
        return Outcome::success();
    NativeStatement &q = nativeWrite(QStringLiteral("UPDATE claims SET ") + sets.join(QLatin1String(", ")) +
                                     QStringLiteral(" WHERE id = ?"));
    for (const QVariant &value : values)
        q.addBindValue(value);
    q.addBindValue(claimId);
    if (!q.exec())
        return failure(q);
    return Outcome::success();
}

Outcome SqliteStorage::insertEventRows(qint64 claimId, const QList<Event> &events)
{
    // One statement for all of a change's events (a claim's life has a handful), or for each
    // hundred of a sweep's.
    for (qsizetype at = 0; at < events.size(); at += eventsPerStatement) {
        const qsizetype n = std::min(eventsPerStatement, events.size() - at);
        QString sql =
            QStringLiteral("INSERT INTO events (claim_id, at, actor, action, from_status, to_status, detail)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?)");
        for (qsizetype i = 1; i < n; ++i)
            sql += QStringLiteral(", (?, ?, ?, ?, ?, ?, ?)");
        NativeStatement &q = nativeWrite(sql);
        for (qsizetype i = at; i < at + n; ++i)
            bindEvent(q, events.at(i), claimId ? claimId : events.at(i).claimId);
        if (!q.exec())
            return failure(q);
    }
    return Outcome::success();
}

} // namespace aftersales
