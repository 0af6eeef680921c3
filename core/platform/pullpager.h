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

// Pull (PLATFORM.md): afterSale/List from the newest update_time held less the overlap, to the
// platform clock's now, page after page (from 0) until has_more is false. Each page is applied
// in one transaction through Workbench::platformPage, idempotently by aftersale_id: a claim
// held at the same update_time changes nothing, one made here with the same id is refused by
// name and the rest of the page still applied. The next page is asked for before a page is
// applied, so the platform's time and the database's overlap.
class PullPager final : public QObject
{
    Q_OBJECT

public:
    PullPager(Workbench &workbench, PlatformClient &client, const Clock &platformClock,
              const SyncOptions &options, QObject *parent = nullptr);

    void start();
    void stop() { m_stopping = true; }

    qint64 changed() const { return m_changed; }
    bool completed() const { return m_completed; }
    const QStringList &warnings() const { return m_warnings; }
    SyncSummary::Stop stopReason() const { return m_stop; }
    const QString &error() const { return m_error; }

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void finished();

private:
    void request(int page);
    void onPage(int page, const PlatformReply<ListPage> &reply);
    void apply(const ListPage &page);
    void halt(SyncSummary::Stop stop, const QString &why);
    void finish();

    Workbench &m_workbench;
    PlatformClient &m_client;
    const Clock &m_clock;
    const SyncOptions &m_options;
    ListQuery m_query;
    int m_inFlight = 0;
    bool m_lastPageSeen = false;
    bool m_stopping = false;
    bool m_finished = false;
    bool m_completed = false;
    qint64 m_seen = 0;
    qint64 m_changed = 0;
    QStringList m_warnings;
    SyncSummary::Stop m_stop = SyncSummary::Stop::None;
    QString m_error;
};

} // namespace aftersales::platform
