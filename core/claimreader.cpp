#include "claimreader.h"

#include "domain/clock.h"
#include "domain/policy.h"
#include "storage/storage.h"

namespace aftersales
{

ClaimReader::ClaimReader(const Storage &storage, const Clock &clock, const Policy &policy)
    : m_storage(&storage), m_clock(&clock), m_policy(&policy)
{
}

QDateTime ClaimReader::now() const
{
    return m_clock->now();
}

ClaimQuery ClaimReader::stamped(ClaimQuery query) const
{
    query.now = now();
    query.dueSoonSecs = m_policy->dueSoonSecs;
    return query;
}

ClaimQuery ClaimReader::ensureStamped(const ClaimQuery &query) const
{
    return query.now.isValid() ? query : stamped(query);
}

Result<Page> ClaimReader::page(const ClaimQuery &query, const std::optional<PageKey> &after, int limit) const
{
    return m_storage->page(ensureStamped(query), after, limit);
}

Result<qint64> ClaimReader::count(const ClaimQuery &query) const
{
    return m_storage->count(ensureStamped(query));
}

Result<std::optional<PageKey>> ClaimReader::keyAfter(const ClaimQuery &query,
                                                     const std::optional<PageKey> &after, qint64 skip) const
{
    return m_storage->keyAfter(ensureStamped(query), after, skip);
}

Result<MoneyAtRisk> ClaimReader::moneyAtRisk() const
{
    ClaimQuery query;
    query.quick = QuickFilter::AtRisk;
    const Result<QList<ClaimGroup>> groups = m_storage->groups(stamped(query));
    if (!groups.ok())
        return groups.outcome;
    MoneyAtRisk m;
    for (const ClaimGroup &g : *groups) {
        const int n = int(g.claims);
        m.claims += n;
        if (g.status == ClaimStatus::PendingReview) {
            m.autoApprovals += n;
            continue;
        }
        if (!g.compensated) {
            m.compensations += n;
            m.compensationCents += n * m_policy->compensationCents;
        }
        if (g.reason == Reason::NeverReceived && g.type == ClaimType::Reship) {
            m.autoRefunds += n;
            m.refundCents += g.amountCents;
        }
    }
    return m;
}

Result<Claim> ClaimReader::claim(qint64 id) const
{
    return m_storage->claim(id);
}

Result<QList<Event>> ClaimReader::events(qint64 id) const
{
    return m_storage->events(id);
}

Result<bool> ClaimReader::anythingDue() const
{
    const Result<QList<Claim>> due = m_storage->dueClaims(now(), 1);
    if (!due.ok())
        return due.outcome;
    return !due->isEmpty();
}

Result<qint64> ClaimReader::dueCount() const
{
    return m_storage->dueCount(now());
}

} // namespace aftersales
