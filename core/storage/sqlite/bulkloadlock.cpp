#include "storage/sqlite/bulkloadlock.h"

#include <QFileInfo>

namespace aftersales
{

QString BulkLoadLock::lockPath(const QString &databasePath)
{
    return databasePath + QStringLiteral("-bulkload");
}

BulkLoadLock::BulkLoadLock(const QString &databasePath) : m_file(lockPath(databasePath))
{
    // Held for as long as the load takes: stale only when its holder is gone, never by age.
    m_file.setStaleLockTime(0);
}

BulkLoadLock::Taken BulkLoadLock::take()
{
    if (m_file.isLocked() || m_file.tryLock(0))
        return Taken::Yes;
    return m_file.error() == QLockFile::LockFailedError ? Taken::ByAnotherLoader : Taken::CannotWriteLock;
}

void BulkLoadLock::release()
{
    if (m_file.isLocked())
        m_file.unlock();
}

bool BulkLoadLock::isHeld() const
{
    return m_file.isLocked();
}

bool BulkLoadLock::isTaken(const QString &databasePath)
{
    if (!QFileInfo::exists(lockPath(databasePath)))
        return false;
    QLockFile probe(lockPath(databasePath));
    probe.setStaleLockTime(0);
    if (probe.tryLock(0)) {
        // Its holder died: the lock file was stale (and is gone now).
        probe.unlock();
        return false;
    }
    return probe.error() == QLockFile::LockFailedError;
}

} // namespace aftersales
