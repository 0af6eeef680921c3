#include "pullpager.h"

#include "claimfit.h"
#include "domain/clock.h"
#include "platformclient.h"
#include "storage/storage.h"
#include "syncoptions.h"
#include "workbench.h"

#include <QCoreApplication>
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

void PullPager::start()
{
    const Result<std::optional<qint64>> newest = m_workbench.storage().newestPlatformUpdate();
    if (!newest.ok())
        return halt(SyncSummary::Stop::Storage, newest.outcome.message);
    m_query.updateStart = *newest ? std::max<qint64>(0, **newest - m_options.overlapSecs) : 0;
    // The platform's now: a clock behind what is held still asks from the cursor on.
    m_query.updateEnd = std::max(m_clock.now().toSecsSinceEpoch(), m_query.updateStart);
    m_query.size = std::clamp(m_options.pageSize, 1, 100);
    request(0);
}

void PullPager::request(int page)
{
    ListQuery query = m_query;
    query.page = page;
    ++m_inFlight;
    QPointer<PullPager> self(this);
    m_client.list(query, [self, page](const PlatformReply<ListPage> &reply) {
        if (self)
            self->onPage(page, reply);
    });
}

void PullPager::onPage(int page, const PlatformReply<ListPage> &reply)
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
                    tr("afterSale.List: page %1 is empty but says more follow; the pull stopped").arg(page));
    if (p.hasMore && page + 1 < maxPages)
        request(page + 1); // asked for while this one is applied
    else
        m_lastPageSeen = true;
    apply(p);
    if (m_finished)
        return;
    m_seen += p.items.size();
    Q_EMIT progress(m_seen, std::max(p.total, m_seen));
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
    const Result<QList<Workbench::PageItem>> applied =
        m_workbench.platformPage(ids, [&page](int index, const std::optional<Claim> &held) {
            return claimfit::pulled(page.items.at(index), held);
        });
    if (!applied.ok())
        return halt(SyncSummary::Stop::Storage, applied.outcome.message);
    for (const Workbench::PageItem &item : *applied) {
        if (item.change == Workbench::PlatformChange::Inserted ||
            item.change == Workbench::PlatformChange::Updated)
            ++m_changed;
        else if (item.change == Workbench::PlatformChange::Refused)
            m_warnings.append(item.why);
    }
}

void PullPager::halt(SyncSummary::Stop stop, const QString &why)
{
    if (m_stop == SyncSummary::Stop::None) {
        m_stop = stop;
        m_error = why;
    }
    m_stopping = true;
    finish();
}

void PullPager::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished();
}

} // namespace aftersales::platform
