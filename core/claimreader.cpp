#include "claimreader.h"

#include "domain/clock.h"
#include "domain/policy.h"
#include "domain/rules.h"
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

Result<QList<qint64>> ClaimReader::counts(QList<ClaimQuery> queries) const
{
    for (ClaimQuery &query : queries)
        query = ensureStamped(query);
    return m_storage->counts(queries);
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
    query = stamped(query);
    const Result<QList<ClaimGroup>> groups = m_storage->groups(query);
    if (!groups.ok())
        return groups.outcome;
    // Each group priced by the rules as one claim carrying the group's summed amounts: a
    // refund is the order's amount (or the one agreed), so it adds up; the compensation is a
    // fixed sum per claim, so it is counted per claim.
    MoneyAtRisk m;
    for (const ClaimGroup &g : *groups) {
        Claim alike;
        alike.type = g.type;
        alike.status = g.status;
        alike.reason = g.reason;
        alike.compensationCents = g.compensated ? 1 : 0;
        alike.refundCents = g.refundAgreed ? g.refundCents : 0;
        alike.order.amountCents = g.amountCents;
        alike.deadline = query.now;
        const int n = int(g.claims);
        m.claims += n;
        const std::optional<rules::DeadlineCost> cost = rules::atDeadline(alike, *m_policy);
        if (!cost)
            continue;
        if (cost->step == QLatin1String("auto_approve"))
            m.autoApprovals += n;
        if (cost->compensationCents > 0) {
            m.compensations += n;
            m.compensationCents += n * cost->compensationCents;
        }
        if (cost->refundCents > 0) {
            m.autoRefunds += n;
            m.refundCents += cost->refundCents;
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
    return m_storage->anythingDue({}, now());
}

Result<qint64> ClaimReader::dueCount() const
{
    return m_storage->dueCount(now());
}

} // namespace aftersales
