#include "storage/consistency.h"

#include "domain/names.h"
#include "storage/storage.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace aftersales::consistency
{
namespace
{

// The context lupdate gives tr() calls in this namespace.
QString tr(const char *text)
{
    return QCoreApplication::translate("aftersales::consistency", text);
}

} // namespace

Result<QList<Problem>> check(const Storage &storage, int maxProblems)
{
    if (!storage.has(Storage::Capability::ConsistencyCheck))
        return Outcome::storage(tr("This database cannot be checked by the workbench."));
    return storage.checkConsistency(maxProblems);
}

TrailCheck::TrailCheck(qint64 claimId, ClaimStatus status, qint64 compensationCents)
    : m_claimId(claimId), m_status(status), m_compensationCents(compensationCents)
{
}

Problem TrailCheck::orphan(qint64 claimId)
{
    return {claimId, QCoreApplication::translate("aftersales::consistency",
                                                 "an event belongs to a claim that does not exist")};
}

void TrailCheck::add(const Event &e, QList<Problem> &out)
{
    if (m_count == 0) {
        if (e.action != QLatin1String("apply") && e.action != QLatin1String("import"))
            out.append({m_claimId, QCoreApplication::translate(
                                       "aftersales::consistency",
                                       "the first event is \"%1\", not the application or an import")
                                       .arg(e.action)});
    } else {
        if (e.from != m_lastTo)
            out.append(
                {m_claimId,
                 QCoreApplication::translate("aftersales::consistency",
                                             "event %1 (%2) starts at %3 but the one before ended at %4")
                     .arg(m_count + 1)
                     .arg(e.action, names::statusName(e.from), names::statusName(m_lastTo))});
        if (e.at < m_lastAt)
            out.append(
                {m_claimId, QCoreApplication::translate("aftersales::consistency",
                                                        "event %1 (%2) is older than the one before it")
                                .arg(m_count + 1)
                                .arg(e.action)});
    }
    if (e.action == QLatin1String("late_shipment")) {
        static const QRegularExpression paid(QStringLiteral("compensation_cents=(\\d+)"));
        const auto m = paid.match(e.detail);
        const qint64 cents = m.hasMatch() ? m.captured(1).toLongLong() : 0;
        if (cents > 0)
            ++m_payments;
        m_paidCents += cents;
    }
    ++m_count;
    m_lastTo = e.to;
    m_lastAt = e.at;
}

void TrailCheck::finish(QList<Problem> &out) const
{
    if (m_count == 0) {
        out.append(
            {m_claimId, QCoreApplication::translate("aftersales::consistency", "the claim has no events")});
        return;
    }
    if (m_lastTo != m_status)
        out.append({m_claimId, QCoreApplication::translate("aftersales::consistency",
                                                           "the claim is %1 but its last event ends at %2")
                                   .arg(names::statusName(m_status), names::statusName(m_lastTo))});
    if (m_payments > 1)
        out.append({m_claimId, QCoreApplication::translate("aftersales::consistency",
                                                           "the late-shipment compensation was paid %1 times")
                                   .arg(m_payments)});
    if (m_paidCents != m_compensationCents)
        out.append({m_claimId, QCoreApplication::translate(
                                   "aftersales::consistency",
                                   "the claim records %1 fen of compensation but its events pay %2")
                                   .arg(m_compensationCents)
                                   .arg(m_paidCents)});
}

} // namespace aftersales::consistency
