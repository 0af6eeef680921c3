#include "workbench.h"

#include "logcategories.h"
#include "storage/storage.h"

#include <queue>

// Time passing: the automatic steps the rules take when deadlines pass (auto-approval,
// refunds, penalties), applied in batches, each batch one transaction.
namespace aftersales
{

Result<QList<Event>> Workbench::sweep(int batchSize, int maxBatches, QDateTime *resumeFrom)
{
    if (Outcome o = checkClock(); !o.ok())
        return o;
    const QDateTime at = now();
    QDateTime own;
    QDateTime &from = resumeFrom ? *resumeFrom : own;
    QList<Event> written;
    QList<qint64> changed;
    for (int batch = 0; batch < maxBatches; ++batch) {
        QList<Event> batchEvents;
        QList<qint64> batchIds;
        QDateTime horizon;
        Outcome o = m_storage.transaction([&]() -> Outcome {
            batchEvents.clear();
            batchIds.clear();
            horizon = QDateTime();
            // Read inside the write transaction: a concurrent sweep cannot apply a step twice.
            Result<QList<Claim>> due = m_storage.dueClaims(from, at, batchSize);
            if (!due.ok())
                return due.outcome;
            if (due->isEmpty())
                return Outcome::success();
            // Steps of this batch in deadline order, up to the batch's latest deadline;
            // what a step pushes beyond it is picked up by the next batch's query.
            horizon = due->size() < batchSize ? at : *due->last().deadline;
            struct Pending {
                QDateTime deadline;
                int index;
                bool operator>(const Pending &o) const
                {
                    return deadline != o.deadline ? deadline > o.deadline : index > o.index;
                }
            };
            QList<Decision> decisions;
            std::priority_queue<Pending, std::vector<Pending>, std::greater<>> heap;
            for (int i = 0; i < due->size(); ++i) {
                decisions.append(Decision{due->at(i), {}});
                heap.push({*due->at(i).deadline, i});
            }
            while (!heap.empty()) {
                const Pending next = heap.top();
                heap.pop();
                Decision &d = decisions[next.index];
                std::optional<Decision> step = rules::automaticStep(d.claim, m_policy);
                if (!step)
                    continue;
                d.claim = step->claim;
                for (Event e : step->events) {
                    d.events.append(e);
                    batchEvents.append(e);
                }
                if (d.claim.deadline && *d.claim.deadline <= horizon)
                    heap.push({*d.claim.deadline, next.index});
            }
            // The events in the order the steps happened (deadline order across claims), so the
            // audit trail reads as if the workbench had run throughout, not grouped by claim.
            QList<Storage::SweptClaim> swept;
            swept.reserve(decisions.size());
            for (int i = 0; i < decisions.size(); ++i) {
                swept.append({due->at(i), decisions.at(i)});
                batchIds.append(due->at(i).id);
            }
            if (Outcome w = m_storage.writeSweep(swept, batchEvents); !w.ok())
                return w;
            return Outcome::success();
        });
        if (!o.ok())
            return o;
        if (batchIds.isEmpty())
            break;
        // Every claim due before the horizon was in this batch, and its steps up to the horizon
        // taken: what is left is due from it on (claims due at it with a higher id among them).
        from = horizon;
        written += batchEvents;
        changed += batchIds;
        Q_EMIT claimsChanged(batchIds);
    }
    if (!written.isEmpty())
        qCInfo(lcRules) << "sweep applied" << written.size() << "automatic steps to" << changed.size()
                        << "claims";
    std::stable_sort(written.begin(), written.end(),
                     [](const Event &a, const Event &b) { return a.at < b.at; });
    return written;
}

} // namespace aftersales
