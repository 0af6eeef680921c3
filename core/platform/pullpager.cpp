#include "pullpager.h"

#include "claimfit.h"
#include "domain/clock.h"
#include "platformclient.h"
#include "platformlog.h"
#include "storage/storage.h"
#include "syncoptions.h"
#include "workbench.h"

#include <QPointer>

namespace aftersales::platform
{
namespace
{
// A guard against a platform that says has_more for ever.
constexpr int maxPages = 1000000;
} // namespace

PullPager::PullPager(Workbench &workbench, PlatformClient &client, const Clock &platformClock,
                     const SyncOptions &options, QObject *parent)
    : QObject(parent), m_workbench(workbench), m_client(client), m_clock(platformClock), m_options(options)
{
}

PullPager::~PullPager()
{
    endBulk();
}

void PullPager::start()
{
    if (Outcome o = m_workbench.checkClock(); !o.ok())
        return halt(SyncSummary::Stop::Storage, o.message);
    const Result<std::optional<qint64>> newest = m_workbench.storage().newestPlatformUpdate();
    if (!newest.ok())
        return halt(SyncSummary::Stop::Storage, newest.outcome.message);
    m_window.updateStart = *newest ? std::max<qint64>(0, **newest - m_options.overlapSecs) : 0;
    // The platform's now: a clock behind what is held still asks from the cursor on.
    m_window.updateEnd = std::max(m_clock.now().toSecsSinceEpoch(), m_window.updateStart);
    m_window.size = std::clamp(m_options.pageSize, 1, 100);
    m_window.page = 0;
    request(m_window);
}

void PullPager::request(const ListQuery &query)
{
    ++m_inFlight;
    ++m_pages;
    QPointer<PullPager> self(this);
    m_client.list(query, [self, query](const PlatformReply<ListPage> &reply) {
        if (self)
            self->onPage(query, reply);
    });
}

void PullPager::onPage(const ListQuery &asked, const PlatformReply<ListPage> &reply)
{
    --m_inFlight;
    if (m_finished)
        return;
    if (m_stopping)
        return finish();
    if (!reply.ok())
        return halt(stopForCall(reply.record.kind), reply.record.message);
    const ListPage &p = *reply.value;
    if (p.hasMore && p.items.isEmpty())
        return halt(SyncSummary::Stop::BadAnswer,
                    tr("afterSale.List: a page is empty but says more follow; the pull stopped"));
    if (m_pages == 1) {
        m_total = p.total;
        // A first pull of many claims into an empty database: the indexes are built at the end.
        const Result<bool> empty = m_workbench.storage().isEmpty();
        if (p.total >= m_options.bulkPullThreshold && empty.ok() && *empty) {
            if (const Outcome o = m_workbench.beginBulkLoad(); o.ok())
                m_bulk = true;
            else
                qCWarning(lcPlatform).noquote() << "no bulk load:" << o.message;
        }
    }
    if (p.hasMore && m_pages < maxPages) {
        // Asked for while this one is applied: from this page's last update_time on.
        ListQuery next = asked;
        const qint64 last = p.items.last().updateTime;
        if (last > asked.updateStart) {
            next.updateStart = last;
            next.page = 0;
        } else {
            ++next.page; // a whole page at one update_time: the next page of it
        }
        request(next);
    } else {
        m_lastPageSeen = true;
    }
    apply(p);
    if (m_finished)
        return;
    Q_EMIT progress(std::min(m_seen, m_total), m_total);
    if (m_lastPageSeen && m_inFlight == 0) {
        m_completed = true;
        finish();
    }
}

void PullPager::apply(const ListPage &page)
{
    if (page.items.isEmpty())
        return;
    QList<qint64> ids;
    ids.reserve(page.items.size());
    for (const PlatformClaim &item : page.items)
        ids.append(item.aftersaleId);
    const Result<QList<Workbench::PageItem>> applied = m_workbench.platformPage(
        ids,
        [&page](int index, const std::optional<Claim> &held) {
            return claimfit::pulled(page.items.at(index), held);
        },
        true);
    if (!applied.ok())
        return halt(SyncSummary::Stop::Storage, applied.outcome.message);
    for (const Workbench::PageItem &item : *applied) {
        if (item.change == Workbench::PlatformChange::Inserted ||
            item.change == Workbench::PlatformChange::Updated)
            ++m_changed;
        else if (item.change == Workbench::PlatformChange::Refused && !m_result.warnings.contains(item.why))
            m_result.warnings.append(item.why);
        if (item.change != Workbench::PlatformChange::Unchanged)
            ++m_seen;
    }
}

void PullPager::endBulk()
{
    if (!std::exchange(m_bulk, false))
        return;
    if (const Outcome o = m_workbench.endBulkLoad(); !o.ok())
        m_result.stopWith(SyncSummary::Stop::Storage, o.message);
}

void PullPager::halt(SyncSummary::Stop stop, const QString &why)
{
    m_result.stopWith(stop, why);
    m_stopping = true;
    finish();
}

void PullPager::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    endBulk();
    Q_EMIT finished();
}

} // namespace aftersales::platform
