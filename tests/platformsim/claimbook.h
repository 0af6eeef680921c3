#pragma once

#include "simclaim.h"

#include <QList>
#include <QSet>

#include <optional>
#include <set>
#include <unordered_map>
#include <utility>
#include <vector>

namespace aftersales::platformsim
{

// Every claim of the simulated shop, with the two orders the platform needs fast: by
// (update_time, id) for afterSale/List pages (a sorted vector: a page is a binary search
// and an offset, whatever its number) and by deadline for the automatic steps.
class ClaimBook
{
public:
    struct Page {
        QList<const SimClaim *> items;
        qint64 total = 0;
        bool hasMore = false;
    };

    const SimClaim *find(quint64 id) const;
    qsizetype size() const { return qsizetype(m_claims.size()); }
    QList<quint64> ids() const;

    // A new claim under a free id.
    void add(SimClaim claim);
    // The claim becomes `next`, changed at `at`: its update_time becomes
    // max(at, previous update_time + 1), so it grows strictly even within one second.
    const SimClaim &change(quint64 id, const Claim &next, qint64 at);

    // Claims with from <= update_time <= to, ordered by update_time then id: page `page`
    // of `size`, plus `extra` items past the page (the oversized-page fault).
    Page page(qint64 from, qint64 to, qint64 page, int size, int extra = 0) const;

    // The claim whose automatic step is due first, if one is due by `now`.
    std::optional<quint64> nextDue(qint64 now) const;
    // How many automatic steps are due by `now`, counting up to `cap`.
    int dueCount(qint64 now, int cap) const;

    // Any shipment of any claim or order already carries this (normalised) number.
    bool trackingUsed(const QString &number) const;

    // A number never given before by this book (for generated ids and tracking numbers).
    qint64 nextSerial() { return ++m_serial; }

    // Many changes at once (generation, a clock jump): the List order is rebuilt once at
    // the end instead of being kept sorted change by change.
    void beginBulk();
    void endBulk();

private:
    using Key = std::pair<qint64, quint64>;

    void index(const SimClaim &c);
    void unindex(const SimClaim &c);
    void ensureOrdered() const;

    std::unordered_map<quint64, SimClaim> m_claims;
    mutable std::vector<Key> m_order;
    mutable bool m_orderStale = false;
    int m_bulk = 0;
    std::set<Key> m_deadlines;
    QSet<QString> m_tracking;
    qint64 m_serial = 0;
};

} // namespace aftersales::platformsim
