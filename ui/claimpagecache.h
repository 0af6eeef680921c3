#pragma once

#include "domain/claim.h"
#include "storage/claimquery.h"

#include <QList>

#include <map>
#include <optional>
#include <utility>

namespace aftersales::ui
{

// The pages of one list the window has looked at: at most `capacity` pages of claims, the
// least recently used dropped first, and where each page seen starts (the key of the row
// before it), kept for every page so that a later jump there is one keyset query away.
class ClaimPageCache
{
public:
    explicit ClaimPageCache(int rowsPerPage, int capacity);

    void clear();
    // The claim at `row` if its page is held; marks the page as just used.
    const Claim *find(int row);
    // The row of claim `id` among the held pages, or -1.
    int rowOf(qint64 id) const;
    // The held copy of claim `id`, to refresh it in place.
    Claim *claim(qint64 id);
    void put(int page, QList<Claim> claims);
    void dropFrom(int page);
    // Where `page` starts: none for the top of the list.
    void setStart(int page, const std::optional<PageKey> &startsAfter);
    // The nearest page at or before `page` whose start is known, with that start.
    std::pair<int, std::optional<PageKey>> nearestStart(int page) const;
    int heldClaims() const;

private:
    struct Held {
        QList<Claim> claims;
        quint64 used = 0;
    };
    int m_rowsPerPage;
    int m_capacity;
    quint64 m_clock = 0;
    std::map<int, Held> m_pages;
    std::map<int, PageKey> m_starts; // page 0 starts at the top and is never here
};

} // namespace aftersales::ui
