#include "session.h"

#include "storage/backup.h"
#include "storage/storage.h"
#include "storage/storagefactory.h"
#include "workbench.h"

namespace aftersales
{

Session::~Session()
{
    // The workbench refers to the storage: it goes first.
    m_workbench.reset();
    m_storage.reset();
}

bool Session::isReadOnly() const
{
    return m_storage->isReadOnly();
}

Result<std::unique_ptr<Session>> Session::open(const QString &location, const Clock &clock,
                                               const Policy &policy, const Options &options)
{
    StorageOptions storageOptions;
    storageOptions.readOnly = options.readOnly;
    storageOptions.longLived = options.longLived;
    Result<std::unique_ptr<Storage>> storage = storage::open(location, storageOptions);
    if (!storage.ok())
        return storage.outcome;
    std::unique_ptr<Session> session(new Session);
    session->m_storage = std::move(*storage);
    session->m_workbench = std::make_unique<Workbench>(*session->m_storage, clock, policy);
    Workbench &workbench = *session->m_workbench;
    // A clock behind the database is refused before anything, a backup included, is written.
    if (Outcome o = workbench.checkClock(); !o.ok())
        return o;
    if (options.readOnly) {
        const Result<qint64> due = workbench.reader().dueCount();
        if (!due.ok())
            return due.outcome;
        session->m_dueUnsaved = *due;
        return session;
    }
    // At least daily, before anything is written; a failed backup does not stop the work.
    if (options.dailyBackup) {
        const auto made = backup::backupIfDue(*session->m_storage, workbench.now());
        if (!made.ok())
            session->m_backup = made.outcome;
    }
    Result<QList<Event>> swept = workbench.sweep();
    if (!swept.ok()) {
        if (!options.sweepMayFail || swept.outcome.kind != Outcome::Kind::Storage)
            return swept.outcome;
        session->m_sweep = swept.outcome;
    } else {
        session->m_swept = *swept;
    }
    return session;
}

} // namespace aftersales
