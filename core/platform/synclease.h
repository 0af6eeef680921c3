#pragma once

#include "domain/outcome.h"
#include "storage/syncrecords.h"

#include <QString>

namespace aftersales
{
class Clock;
class Storage;
} // namespace aftersales

namespace aftersales::platform
{

// One process at a time sends a database's queued actions (and pulls into it): it holds the
// storage's lease "platform-sync" while a round runs, renewing it, and gives it up at the end.
// A holder that died loses it when its time runs out, or at once when it was a process on this
// machine that no longer exists. The queued actions a round sends are taken under the lease
// (Storage::takeOutbox): they stay this process's while it holds a lease, and each row is then
// taken for sending by a compare-and-set (Workbench::startSending), so even two holders (the
// desktops of a team whose leases crossed) never take one claim's actions both.
class SyncLease
{
public:
    static inline const QString name = QStringLiteral("platform-sync");

    // `clock` is real time (leases are compared across processes).
    SyncLease(Storage &storage, const Clock &clock, int leaseSecs);
    ~SyncLease();

    // This process's holder id: machine, process id, and a random part.
    const QString &holder() const { return m_holder; }
    // Takes the lease, or renews it; answers who holds it when another live process does.
    Result<LeaseAnswer> take();
    // Gives it up (when held); the queued actions taken under it are free again.
    Outcome release();
    // The queued actions to send now, taken for this holder (Storage::takeOutbox): at most
    // `limit` claims' worth.
    Result<QList<OutboxEntry>> takeOutbox(int limit);
    bool isHeld() const { return m_held; }

    // Whether `holder` names a process of this machine that is gone.
    static bool isGoneFromThisMachine(const QString &holder);

private:
    Storage &m_storage;
    const Clock &m_clock;
    int m_leaseSecs;
    QString m_holder;
    bool m_held = false;
};

} // namespace aftersales::platform
