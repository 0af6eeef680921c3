#pragma once

#include "domain/claim.h"
#include "domain/outcome.h"
#include "domain/policy.h"

#include <memory>

namespace aftersales
{
class Clock;
class Storage;
class Workbench;

// How both programs open a database, in one order: the storage (read-only when asked), the
// clock checked against the newest event, the daily backup when due (before anything is
// written), then every automatic step due by the clock applied at its own deadline.
class Session
{
public:
    struct Options {
        // Only read (a file this program may not write): nothing is backed up or swept;
        // dueUnsaved() says what is behind.
        bool readOnly = false;
        // Take the daily backup when it is due.
        bool dailyBackup = true;
        // A sweep the storage refuses leaves the session open, with sweepOutcome() saying
        // why (a check of a damaged database still runs).
        bool sweepMayFail = false;
        // The window or a command that keeps watching, --watch (StorageOptions::longLived).
        bool longLived = false;
    };

    // `clock` must outlive the session.
    static Result<std::unique_ptr<Session>> open(const QString &location, const Clock &clock,
                                                 const Policy &policy, const Options &options);
    ~Session();

    const Storage &storage() const { return *m_storage; }
    Workbench &workbench() const { return *m_workbench; }
    bool isReadOnly() const;
    // What bringing the database up to the clock applied.
    const QList<Event> &swept() const { return m_swept; }
    // Read-only: claims with automatic steps due that could not be saved.
    qint64 dueUnsaved() const { return m_dueUnsaved; }
    // Why the daily backup was not taken (success when it was, or was not due).
    const Outcome &backupOutcome() const { return m_backup; }
    // Why the sweep failed, with Options::sweepMayFail.
    const Outcome &sweepOutcome() const { return m_sweep; }

private:
    Session() = default;

    std::unique_ptr<Storage> m_storage;
    std::unique_ptr<Workbench> m_workbench;
    QList<Event> m_swept;
    qint64 m_dueUnsaved = 0;
    Outcome m_backup;
    Outcome m_sweep;
};

} // namespace aftersales
