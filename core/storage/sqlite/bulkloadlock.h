#pragma once

#include <QLockFile>
#include <QString>

namespace aftersales
{

// A bulk load of a database file in progress, visible to every connection: a lock file
// beside the database ("<file>-bulkload"), held by the loading process until the load ends.
// A connection that opens the file while a live loader holds it leaves the suspended indexes
// to that loader; one that finds the loader gone (killed) puts them back. QLockFile tells a
// live holder from a dead one by its process id.
class BulkLoadLock
{
public:
    explicit BulkLoadLock(const QString &databasePath);

    enum class Taken { Yes, ByAnotherLoader, CannotWriteLock };
    // ByAnotherLoader when a live loader holds it already; CannotWriteLock when the lock file
    // cannot be written beside the database (a read-only folder).
    Taken take();
    void release();
    bool isHeld() const;

    // A live loader holds the lock of this database, this process included.
    static bool isTaken(const QString &databasePath);

private:
    static QString lockPath(const QString &databasePath);

    QLockFile m_file;
};

} // namespace aftersales
