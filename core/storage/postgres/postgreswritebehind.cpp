#include "storage/claimstate.h"
#include "storage/postgres/postgresmilestones.h"
#include "storage/postgres/postgresstate.h"
#include "storage/postgres/postgresstorage.h"
#include "storage/postgres/postgresvalues.h"

#include <QCoreApplication>
#include <QScopeGuard>

// Writing behind inside a transaction: events, and updates of the claims the transaction
// locked (a sweep's) with what the events reach of their milestones (reports), gathered and
// sent as multi-row statements (many events by COPY) before the next statement of the
// transaction or its COMMIT.
// Nothing the body reads can miss them: every statement sends them first.
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

constexpr int rowsPerStatement = 500;
// Events from how many on go by COPY.
constexpr int eventsByCopy = 20;

} // namespace

bool PostgresStorage::hasPendingWrites() const
{
    return !m_state->pendingUpdates.isEmpty() || !m_state->pendingEvents.isEmpty();
}

bool PostgresStorage::writeBehind(const Claim &claim, qint64 expectedVersion)
{
    State &s = *m_state;
    if (!s.inTransaction || s.locked.value(claim.id, -1) != expectedVersion)
        return false;
    // Once: a second change of the claim in this transaction goes out after this one.
    s.locked.remove(claim.id);
    s.pendingUpdates.append({claim, expectedVersion});
    return true;
}

Outcome PostgresStorage::flushWrites() const
{
    State &s = *m_state;
    if (s.flushing || !hasPendingWrites())
        return Outcome::success();
    s.flushing = true;
    const auto done = qScopeGuard([&s] { s.flushing = false; });
    const QList<State::PendingUpdate> updates = std::exchange(s.pendingUpdates, {});
    // The events whose milestones no statement wrote yet, by claim, in order.
    QHash<qint64, QList<Event>> trails;
    for (const Event &e : std::exchange(s.pendingTrail, {}))
        trails[e.claimId].append(e);
    // The events before the claims' updates: each event's foreign key check locks its claim's
    // row, which this transaction's FOR UPDATE already holds (dueClaims()); after the update it
    // would lock the new row, a write of its own for every event.
    if (Outcome o = insertPendingEvents(std::exchange(s.pendingEvents, {})); !o.ok())
        return o;
    static const QStringList updateTypes =
        QStringList{QStringLiteral("bigint"), QStringLiteral("bigint")} + stateTypes() + milestoneTypes();
    static const QString sets = [] {
        QStringList out;
        for (const QString &column : claimstate::columns())
            out << column + QStringLiteral(" = v.") + column;
        return out.join(QLatin1String(", "));
    }();
    for (qsizetype at = 0; at < updates.size(); at += rowsPerStatement) {
        const qsizetype end = std::min<qsizetype>(at + rowsPerStatement, updates.size());
        Columns v(updateTypes.size());
        for (qsizetype i = at; i < end; ++i) {
            const Claim &c = updates.at(i).claim;
            v[0].number(c.id);
            v[1].number(updates.at(i).expectedVersion);
            int column = 2;
            for (const QVariant &value : claimstate::values(c, &postgres::text))
                v[column++].value(value);
            for (const QVariant &value : milestoneValues(storedMilestones(trails.take(c.id), false)))
                v[column++].value(value);
        }
        QSqlQuery &q = statement(
            QStringLiteral("UPDATE claims AS c SET ") + sets + QStringLiteral(", version = c.version + 1, ") +
            milestoneSets(QStringLiteral("v")) + QStringLiteral(" FROM ") + unnestOf(updateTypes) +
            QStringLiteral(" AS v (id, expected, ") + claimstate::columns().join(QLatin1String(", ")) +
            QStringLiteral(", ") + milestoneColumns() +
            QStringLiteral(") WHERE c.id = v.id AND c.version = v.expected"));
        for (const BulkColumn &column : v)
            q.addBindValue(column.literal());
        if (!run(q))
            return failure(q);
        // Locked by this transaction: another version can only mean a bug, never a race.
        if (q.numRowsAffected() != end - at) {
            s.aborted = true;
            return Outcome::conflict(
                tr("Claims changed elsewhere while they were locked; nothing was written."));
        }
    }
    // Claims of these events not written behind: changed by a statement of their own earlier in
    // the transaction.
    QList<std::pair<qint64, milestones::Milestones>> others;
    for (auto it = trails.cbegin(); it != trails.cend(); ++it)
        others.append({it.key(), storedMilestones(it.value(), false)});
    return keepMilestones(others);
}

Outcome PostgresStorage::insertPendingEvents(const QList<Event> &events) const
{
    // A sweep's many events by COPY; an action's few in one prepared INSERT, one round trip
    // (COPY takes two).
    if (events.isEmpty())
        return Outcome::success();
    if (events.size() >= eventsByCopy)
        return copyEvents(events, false, nullptr);
    static const QStringList eventTypes{
        QStringLiteral("bigint"),  QStringLiteral("bigint"),  QStringLiteral("text"), QStringLiteral("text"),
        QStringLiteral("integer"), QStringLiteral("integer"), QStringLiteral("text")};
    Columns c(eventTypes.size());
    for (const Event &e : events) {
        c[0].number(e.claimId);
        c[1].number(e.at.toSecsSinceEpoch());
        c[2].text(e.actor);
        c[3].text(e.action);
        c[4].number(int(e.from));
        c[5].number(int(e.to));
        c[6].text(e.detail);
    }
    return insertColumns(
        QStringLiteral("events (claim_id, at, actor, action, from_status, to_status, detail)"), eventTypes,
        c);
}

} // namespace aftersales
