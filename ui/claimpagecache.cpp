#include "claimpagecache.h"

#include <algorithm>

namespace aftersales::ui
{

ClaimPageCache::ClaimPageCache(int rowsPerPage, int capacity)
    : m_rowsPerPage(rowsPerPage), m_capacity(capacity)
{
}

void ClaimPageCache::clear()
{
    m_pages.clear();
    m_starts.clear();
}

const Claim *ClaimPageCache::find(int row)
{
    const auto it = m_pages.find(row / m_rowsPerPage);
    if (it == m_pages.end())
        return nullptr;
    const int offset = row % m_rowsPerPage;
    if (offset >= it->second.claims.size())
        return nullptr;
    it->second.used = ++m_clock;
    return &it->second.claims.at(offset);
}

int ClaimPageCache::rowOf(qint64 id) const
{
    for (const auto &[page, held] : m_pages)
        for (int i = 0; i < held.claims.size(); ++i)
            if (held.claims.at(i).id == id)
                return page * m_rowsPerPage + i;
    return -1;
}

Claim *ClaimPageCache::claim(qint64 id)
{
    for (auto &[page, held] : m_pages)
        for (Claim &c : held.claims)
            if (c.id == id)
                return &c;
    return nullptr;
}

void ClaimPageCache::put(int page, QList<Claim> claims)
{
    m_pages[page] = Held{std::move(claims), ++m_clock};
    while (int(m_pages.size()) > m_capacity) {
        const auto oldest =
            std::min_element(m_pages.begin(), m_pages.end(),
                             [](const auto &a, const auto &b) { return a.second.used < b.second.used; });
        m_pages.erase(oldest);
    }
}

void ClaimPageCache::dropFrom(int page)
{
    m_pages.erase(m_pages.lower_bound(page), m_pages.end());
    m_starts.erase(m_starts.upper_bound(page), m_starts.end());
}

void ClaimPageCache::setStart(int page, const std::optional<PageKey> &startsAfter)
{
    if (page > 0 && startsAfter)
        m_starts[page] = *startsAfter;
}

std::pair<int, std::optional<PageKey>> ClaimPageCache::nearestStart(int page) const
{
    auto it = m_starts.upper_bound(page);
    if (it == m_starts.begin())
        return {0, std::nullopt};
    --it;
    return {it->first, it->second};
}

int ClaimPageCache::heldClaims() const
{
    int n = 0;
    for (const auto &[page, held] : m_pages)
        n += int(held.claims.size());
    return n;
}

} // namespace aftersales::ui
