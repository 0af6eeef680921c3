#include "benchagents.h"

#include "domain/clock.h"
#include "domain/policy.h"
#include "storage/claimquery.h"
#include "workbench.h"

#include <QElapsedTimer>

#include <atomic>
#include <thread>
#include <vector>

namespace aftersales::bench
{

QList<qint64> pendingReviews(const Storage &store, const QDateTime &now, int count)
{
    QList<qint64> ids;
    ClaimQuery pending;
    pending.quick = QuickFilter::PendingReview;
    pending.sort = SortKey::Id;
    pending.now = now;
    std::optional<PageKey> after;
    while (ids.size() < count) {
        const Result<Page> page = store.page(pending, after, 1000);
        if (!page.ok() || page->claims.isEmpty())
            break;
        for (const Claim &c : page->claims)
            if (c.type != ClaimType::Exchange && c.type != ClaimType::ReturnRefund)
                ids << c.id;
        after = page->next;
        if (!after)
            break;
    }
    return ids;
}

AgentsApproving approveAtOnce(const QList<qint64> &ids, int agents, const QDateTime &now,
                              const std::function<std::unique_ptr<Storage>()> &open)
{
    std::atomic<int> acknowledged{0};
    std::atomic<int> refused{0};
    std::atomic<int> failed{0};
    std::atomic<int> ready{0};
    std::atomic<bool> go{false};
    QElapsedTimer timer;
    std::vector<std::thread> threads;
    for (int agent = 0; agent < agents; ++agent)
        threads.emplace_back([&, agent] {
            const std::unique_ptr<Storage> store = open();
            FixedClock clock(now);
            Workbench wb(*store, clock, Policy::defaults());
            QList<qint64> mine;
            for (int pass : {0, 1})
                for (qsizetype p = 0; p < ids.size(); ++p)
                    if (p % agents == (agent + pass) % agents)
                        mine << ids.at(p);
            ActionRequest approve;
            approve.action = Action::Approve;
            approve.actor = QStringLiteral("agent%1").arg(agent + 1);
            ++ready;
            while (!go)
                std::this_thread::yield();
            for (qint64 id : std::as_const(mine)) {
                const Result<Claim> r = wb.act(id, approve);
                if (r.ok())
                    ++acknowledged;
                else if (r.outcome.kind == Outcome::Kind::Refused)
                    ++refused;
                else
                    ++failed;
            }
        });
    while (ready < agents)
        std::this_thread::yield();
    timer.start();
    go = true;
    for (std::thread &t : threads)
        t.join();
    return {acknowledged, refused, failed, timer.nsecsElapsed() / 1e9};
}

} // namespace aftersales::bench
