#pragma once

#include "domain/claim.h"
#include "domain/outcome.h"
#include "storage/claimquery.h"

namespace aftersales
{
class Clock;
class Storage;
struct Policy;

// What lapsing deadlines in the next 24 hours cost (the money-at-risk strip): the claims the
// AtRisk quick filter finds, grouped by the storage, priced by rules::atDeadline.
struct MoneyAtRisk {
    int claims = 0;
    int autoApprovals = 0;
    int compensations = 0;
    qint64 compensationCents = 0;
    int autoRefunds = 0;
    qint64 refundCents = 0;
};

// The one way lists and claims are read: every query goes to the storage stamped with the
// clock's `now` and the policy's due-soon threshold, so no caller sets them by hand (or
// forgets to). Cheap to copy; the storage, clock and policy must outlive it.
class ClaimReader
{
public:
    ClaimReader(const Storage &storage, const Clock &clock, const Policy &policy);

    QDateTime now() const;
    // `query` with `now` and the due-soon threshold set: what the reads below run. A list
    // keeps the query stamped when it was loaded, so its pages agree with each other.
    ClaimQuery stamped(ClaimQuery query) const;

    // Each stamps `query` unless it is stamped already.
    Result<Page> page(const ClaimQuery &query, const std::optional<PageKey> &after, int limit) const;
    Result<qint64> count(const ClaimQuery &query) const;
    Result<QList<qint64>> counts(QList<ClaimQuery> queries) const;
    Result<std::optional<PageKey>> keyAfter(const ClaimQuery &query, const std::optional<PageKey> &after,
                                            qint64 skip) const;
    Result<MoneyAtRisk> moneyAtRisk() const;

    Result<Claim> claim(qint64 id) const;
    Result<QList<Event>> events(qint64 id) const;
    // Whether an automatic step is due by now, and on how many claims.
    Result<bool> anythingDue() const;
    Result<qint64> dueCount() const;

private:
    ClaimQuery ensureStamped(const ClaimQuery &query) const;

    const Storage *m_storage;
    const Clock *m_clock;
    const Policy *m_policy;
};

} // namespace aftersales
