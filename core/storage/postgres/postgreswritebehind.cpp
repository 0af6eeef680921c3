#include "storage/postgres/postgresmilestones.h"
#include "storage/postgres/postgresstate.h"
#include "storage/postgres/postgresstorage.h"
#include "storage/postgres/postgresvalues.h"

#include <QCoreApplication>
#include <QScopeGuard>

// Writing behind inside a transaction: events, and updates of the claims the transaction
// locked (a sweep's) with what the events reach of their milestones (reports), gathered and
// sent as multi-row statements before the next statement of the transaction or its COMMIT.
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
    const QList<Event> events = std::exchange(s.pendingEvents, {});
    // The events whose milestones no statement wrote yet, by claim, in order.
    QHash<qint64, QList<Event>> trails;
    for (const Event &e : std::exchange(s.pendingTrail, {}))
        trails[e.claimId].append(e);
    static const QStringList updateTypes =
        QStringList{QStringLiteral("bigint"),  QStringLiteral("bigint"), QStringLiteral("integer"),
                    QStringLiteral("integer"), QStringLiteral("text"),   QStringLiteral("bigint"),
                    QStringLiteral("text"),    QStringLiteral("text"),   QStringLiteral("text"),
                    QStringLiteral("text"),    QStringLiteral("bigint"), QStringLiteral("bigint"),
                    QStringLiteral("integer"), QStringLiteral("text"),   QStringLiteral("integer"),
                    QStringLiteral("bigint"),  QStringLiteral("text")} +
        milestoneTypes();
    for (qsizetype at = 0; at < updates.size(); at += rowsPerStatement) {
        const int n = int(std::min<qsizetype>(rowsPerStatement, updates.size() - at));
        QSqlQuery &q = statement(
            QStringLiteral("UPDATE claims AS c SET status = v.status, reason = v.reason, note = v.note,"
                           " deadline = v.deadline, carrier = v.carrier, tracking_no = v.tracking_no,"
                           " return_carrier = v.return_carrier, return_tracking_no = v.return_tracking_no,"
                           " refund_cents = v.refund_cents, compensation_cents = v.compensation_cents,"
                           " reject_code = v.reject_code, remark = v.remark, flag = v.flag,"
                           " updated_at = v.updated_at, assignee = v.assignee, version = c.version + 1, ") +
            milestoneSets(QStringLiteral("v")) + QStringLiteral(" FROM (VALUES ") +
            typedValues(n, updateTypes) +
            QStringLiteral(
                ") AS v (id, expected, status, reason, note, deadline, carrier, tracking_no,"
                " return_carrier, return_tracking_no, refund_cents, compensation_cents, reject_code,"
                " remark, flag, updated_at, assignee, ") +
            milestoneColumns() + QStringLiteral(") WHERE c.id = v.id AND c.version = v.expected"));
        for (int i = 0; i < n; ++i) {
            const Claim &c = updates.at(at + i).claim;
            q.addBindValue(c.id);
            q.addBindValue(updates.at(at + i).expectedVersion);
            q.addBindValue(int(c.status));
            q.addBindValue(int(c.reason));
            q.addBindValue(text(c.note));
            q.addBindValue(timeValue(c.deadline));
            q.addBindValue(textOrNull(c.carrier));
            q.addBindValue(textOrNull(c.trackingNo));
            q.addBindValue(textOrNull(c.returnCarrier));
            q.addBindValue(textOrNull(c.returnTrackingNo));
            q.addBindValue(c.refundCents);
            q.addBindValue(c.compensationCents);
            q.addBindValue(codeOrNull(c.rejectCode));
            q.addBindValue(text(c.remark));
            q.addBindValue(c.flag);
            q.addBindValue(c.updatedAt.toSecsSinceEpoch());
            q.addBindValue(textOrNull(c.assignee));
            for (const QVariant &v : milestoneValues(storedMilestones(trails.take(c.id), false)))
                q.addBindValue(v);
        }
        if (!run(q))
            return failure(q);
        // Locked by this transaction: another version can only mean a bug, never a race.
        if (q.numRowsAffected() != n) {
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
    if (Outcome o = keepMilestones(others); !o.ok())
        return o;
    static const QStringList eventTypes{
        QStringLiteral("bigint"),  QStringLiteral("bigint"),  QStringLiteral("text"), QStringLiteral("text"),
        QStringLiteral("integer"), QStringLiteral("integer"), QStringLiteral("text")};
    for (qsizetype at = 0; at < events.size(); at += rowsPerStatement) {
        const int n = int(std::min<qsizetype>(rowsPerStatement, events.size() - at));
        QSqlQuery &q = statement(
            QStringLiteral(
                "INSERT INTO events (claim_id, at, actor, action, from_status, to_status, detail) VALUES ") +
            typedValues(n, eventTypes));
        for (int i = 0; i < n; ++i) {
            const Event &e = events.at(at + i);
            q.addBindValue(e.claimId);
            q.addBindValue(e.at.toSecsSinceEpoch());
            q.addBindValue(text(e.actor));
            q.addBindValue(text(e.action));
            q.addBindValue(int(e.from));
            q.addBindValue(int(e.to));
            q.addBindValue(text(e.detail));
        }
        if (!run(q))
            return failure(q);
    }
    return Outcome::success();
}

} // namespace aftersales
