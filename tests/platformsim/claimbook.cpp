#include "claimbook.h"

#include "domain.h"

#include <algorithm>

namespace aftersales::platformsim
{

const SimClaim *ClaimBook::find(quint64 id) const
{
    const auto it = m_claims.find(id);
    return it == m_claims.end() ? nullptr : &it->second;
}

QList<quint64> ClaimBook::ids() const
{
    ensureOrdered();
    QList<quint64> out;
    out.reserve(qsizetype(m_order.size()));
    for (const Key &key : m_order)
        out.append(key.second);
    return out;
}

void ClaimBook::add(SimClaim claim)
{
    const quint64 id = claim.id;
    const auto [it, inserted] = m_claims.emplace(id, std::move(claim));
    Q_ASSERT(inserted);
    for (const QString &number :
         {it->second.claim.order.trackingNo, it->second.claim.trackingNo, it->second.claim.returnTrackingNo})
        if (!number.isEmpty())
            m_tracking.insert(carriers::normalized(number));
    index(it->second);
}

const SimClaim &ClaimBook::change(quint64 id, const Claim &next, qint64 at)
{
    SimClaim &c = m_claims.at(id);
    unindex(c);
    c.claim = next;
    c.updateTime = std::max(at, c.updateTime + 1);
    for (const QString &number : {next.trackingNo, next.returnTrackingNo})
        if (!number.isEmpty())
            m_tracking.insert(carriers::normalized(number));
    index(c);
    return c;
}

void ClaimBook::index(const SimClaim &c)
{
    if (c.claim.deadline)
        m_deadlines.insert({c.deadlineSecs(), c.id});
    const Key key{c.updateTime, c.id};
    if (m_bulk > 0 || m_orderStale) {
        m_orderStale = true;
        return;
    }
    m_order.insert(std::lower_bound(m_order.begin(), m_order.end(), key), key);
}

void ClaimBook::unindex(const SimClaim &c)
{
    if (c.claim.deadline)
        m_deadlines.erase({c.deadlineSecs(), c.id});
    if (m_bulk > 0 || m_orderStale) {
        m_orderStale = true;
        return;
    }
    const Key key{c.updateTime, c.id};
    const auto it = std::lower_bound(m_order.begin(), m_order.end(), key);
    if (it != m_order.end() && *it == key)
        m_order.erase(it);
}

void ClaimBook::ensureOrdered() const
{
    if (!m_orderStale)
        return;
    m_order.clear();
    m_order.reserve(m_claims.size());
    for (const auto &[id, c] : m_claims)
        m_order.push_back({c.updateTime, id});
    std::sort(m_order.begin(), m_order.end());
    m_orderStale = false;
}

void ClaimBook::beginBulk()
{
    ++m_bulk;
}

void ClaimBook::endBulk()
{
    if (--m_bulk == 0)
        ensureOrdered();
}

ClaimBook::Page ClaimBook::page(qint64 from, qint64 to, qint64 page, int size, int extra) const
{
    ensureOrdered();
    Page out;
    if (from > to || size <= 0 || page < 0)
        return out;
    const auto lo = std::lower_bound(m_order.begin(), m_order.end(), Key{from, 0});
    const auto hi = std::upper_bound(m_order.begin(), m_order.end(), Key{to, ~quint64(0)});
    out.total = hi - lo;
    const qint64 first = page * size;
    if (first >= out.total)
        return out;
    const qint64 last = std::min<qint64>(out.total, first + size + extra);
    for (auto it = lo + first; it != lo + last; ++it)
        out.items.append(&m_claims.at(it->second));
    out.hasMore = first + size < out.total;
    return out;
}

std::optional<quint64> ClaimBook::nextDue(qint64 now) const
{
    if (m_deadlines.empty() || m_deadlines.begin()->first > now)
        return std::nullopt;
    return m_deadlines.begin()->second;
}

int ClaimBook::dueCount(qint64 now, int cap) const
{
    int n = 0;
    for (auto it = m_deadlines.begin(); it != m_deadlines.end() && it->first <= now && n < cap; ++it)
        ++n;
    return n;
}

bool ClaimBook::trackingUsed(const QString &number) const
{
    return m_tracking.contains(carriers::normalized(number));
}

} // namespace aftersales::platformsim
