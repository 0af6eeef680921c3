#include "storage/consistency.h"

#include "domain/names.h"
#include "storage/sqlite/store.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace aftersales::consistency
{
namespace
{

// The context lupdate gives tr() calls in this namespace.
QString tr(const char *text)
{
    return QCoreApplication::translate("aftersales::consistency", text);
}

struct ClaimRow {
    qint64 id = 0;
    int status = 0;
    qint64 compensationCents = 0;
};

// What one claim's events must add up to, checked as they stream past.
class Trail
{
public:
    explicit Trail(const ClaimRow &claim) : m_claim(claim) {}

    void add(const QString &action, int from, int to, qint64 at, const QString &detail, QList<Problem> &out)
    {
        if (m_count == 0) {
            if (action != QLatin1String("apply") && action != QLatin1String("import"))
                out.append({m_claim.id, QCoreApplication::translate(
                                            "aftersales::consistency",
                                            "the first event is \"%1\", not the application or an import")
                                            .arg(action)});
        } else {
            if (from != m_lastTo)
                out.append({m_claim.id, QCoreApplication::translate(
                                            "aftersales::consistency",
                                            "event %1 (%2) starts at %3 but the one before ended at %4")
                                            .arg(m_count + 1)
                                            .arg(action, statusName(from), statusName(m_lastTo))});
            if (at < m_lastAt)
                out.append(
                    {m_claim.id, QCoreApplication::translate("aftersales::consistency",
                                                             "event %1 (%2) is older than the one before it")
                                     .arg(m_count + 1)
                                     .arg(action)});
        }
        if (action == QLatin1String("late_shipment")) {
            static const QRegularExpression paid(QStringLiteral("compensation_cents=(\\d+)"));
            const auto m = paid.match(detail);
            const qint64 cents = m.hasMatch() ? m.captured(1).toLongLong() : 0;
            if (cents > 0)
                ++m_payments;
            m_paidCents += cents;
        }
        ++m_count;
        m_lastTo = to;
        m_lastAt = at;
    }

    void finish(QList<Problem> &out) const
    {
        if (m_count == 0) {
            out.append({m_claim.id,
                        QCoreApplication::translate("aftersales::consistency", "the claim has no events")});
            return;
        }
        if (m_lastTo != m_claim.status)
            out.append(
                {m_claim.id, QCoreApplication::translate("aftersales::consistency",
                                                         "the claim is %1 but its last event ends at %2")
                                 .arg(statusName(m_claim.status), statusName(m_lastTo))});
        if (m_payments > 1)
            out.append(
                {m_claim.id, QCoreApplication::translate("aftersales::consistency",
                                                         "the late-shipment compensation was paid %1 times")
                                 .arg(m_payments)});
        if (m_paidCents != m_claim.compensationCents)
            out.append({m_claim.id, QCoreApplication::translate(
                                        "aftersales::consistency",
                                        "the claim records %1 fen of compensation but its events pay %2")
                                        .arg(m_claim.compensationCents)
                                        .arg(m_paidCents)});
    }

private:
    static QString statusName(int status) { return names::statusName(static_cast<ClaimStatus>(status)); }

    ClaimRow m_claim;
    int m_count = 0;
    int m_lastTo = 0;
    qint64 m_lastAt = 0;
    int m_payments = 0;
    qint64 m_paidCents = 0;
};

} // namespace

Result<QList<Problem>> check(const Store &store, int maxProblems)
{
    QList<Problem> problems;
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check(100)")))
        return Store::failure(q);
    while (q.next())
        if (const QString line = q.value(0).toString(); line != QLatin1String("ok"))
            problems.append({0, tr("integrity check: %1").arg(line)});
    if (!problems.isEmpty())
        return problems; // the rows below cannot be trusted
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return Store::failure(q);
    while (q.next() && problems.size() < maxProblems)
        problems.append({0, tr("a row of %1 (rowid %2) points to a missing row of %3")
                                .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString())});

    // Both tables in claim order, walked side by side: one pass, whatever the size.
    QSqlQuery claims(store.database());
    claims.setForwardOnly(true);
    if (!claims.exec(QStringLiteral("SELECT id, status, compensation_cents FROM claims ORDER BY id")))
        return Store::failure(claims);
    QSqlQuery events(store.database());
    events.setForwardOnly(true);
    if (!events.exec(QStringLiteral("SELECT claim_id, action, from_status, to_status, at, detail FROM events"
                                    " ORDER BY claim_id, id")))
        return Store::failure(events);
    bool haveEvent = events.next();
    while (claims.next() && problems.size() < maxProblems) {
        const ClaimRow claim{claims.value(0).toLongLong(), claims.value(1).toInt(),
                             claims.value(2).toLongLong()};
        while (haveEvent && events.value(0).toLongLong() < claim.id) {
            problems.append(
                {events.value(0).toLongLong(), tr("an event belongs to a claim that does not exist")});
            haveEvent = events.next();
        }
        Trail trail(claim);
        while (haveEvent && events.value(0).toLongLong() == claim.id) {
            trail.add(events.value(1).toString(), events.value(2).toInt(), events.value(3).toInt(),
                      events.value(4).toLongLong(), events.value(5).toString(), problems);
            haveEvent = events.next();
        }
        trail.finish(problems);
    }
    while (haveEvent && problems.size() < maxProblems) {
        problems.append(
            {events.value(0).toLongLong(), tr("an event belongs to a claim that does not exist")});
        haveEvent = events.next();
    }
    // A read that stopped on an error (a damaged page) is not the end of the table.
    for (const QSqlQuery *read : {&claims, &events})
        if (read->lastError().isValid())
            return Store::failure(*read);
    if (problems.size() > maxProblems)
        problems.resize(maxProblems);
    return problems;
}

} // namespace aftersales::consistency
