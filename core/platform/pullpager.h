#pragma once

#include "callrecord.h"
#include "syncsummary.h"
#include "wirevalues.h"

#include <QObject>

namespace aftersales
{
class Clock;
class Workbench;
} // namespace aftersales

namespace aftersales::platform
{

class PlatformClient;
struct SyncOptions;

// Pull (PLATFORM.md): afterSale/List of what changed from the newest update_time held less
// the overlap to the platform clock's now, in pages (from 0) until has_more is false. Each
// page is applied in one transaction through Workbench::platformPage, idempotently by
// aftersale_id: a claim held at the same update_time changes nothing, one made here with the
// same id is refused by name and the rest of the page still applied.
//
// The pages are walked by update_time (a keyset): after a page, the next query starts at its
// last update_time (page 0 again; the next page of the same start only while a whole page
// shares one update_time). Page numbers over one fixed window would skip a claim whenever an
// earlier one changes during a long pull and leaves the window; this way a change only brings
// a claim again. The next page is asked for before a page is applied, so the platform's time
// and the database's overlap. A first pull of many claims into an empty database builds the
// indexes once at its end.
class PullPager final : public QObject
{
    Q_OBJECT

public:
    PullPager(Workbench &workbench, PlatformClient &client, const Clock &platformClock,
              const SyncOptions &options, QObject *parent = nullptr);
    ~PullPager() override;

    void start();
    void stop() { m_stopping = true; }

    qint64 changed() const { return m_changed; }
    bool completed() const { return m_completed; }
    const PhaseResult &result() const { return m_result; }

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void finished();

private:
    void request(const ListQuery &query);
    void onPage(const ListQuery &asked, const PlatformReply<ListPage> &reply);
    void apply(const ListPage &page);
    void endBulk();
    void halt(SyncSummary::Stop stop, const QString &why);
    void finish();

    Workbench &m_workbench;
    PlatformClient &m_client;
    const Clock &m_clock;
    const SyncOptions &m_options;
    ListQuery m_window; // the round's window: its start moves on page by page
    int m_pages = 0;
    int m_inFlight = 0;
    bool m_lastPageSeen = false;
    bool m_bulk = false;
    bool m_stopping = false;
    bool m_finished = false;
    bool m_completed = false;
    qint64 m_total = 0;
    qint64 m_seen = 0;
    qint64 m_changed = 0;
    PhaseResult m_result;
};

} // namespace aftersales::platform
