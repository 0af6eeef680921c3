#pragma once

#include "domain/outcome.h"
#include "storage/syncrecords.h"

#include <optional>

namespace aftersales
{
class Storage;
}

namespace aftersales::platform
{

// Where the sync stands, as read from the database (platform status, the window's status
// bar): cheap reads, on any thread with a storage of its own.
struct SyncStatus {
    std::optional<PlatformConnection> connection; // none: not connected
    qint64 pending = 0;                           // actions waiting to be sent
    QList<SyncFailure> failed;                    // refused actions not seen yet, oldest first
};

Result<SyncStatus> readSyncStatus(const Storage &storage, int maxFailures = 1000);

} // namespace aftersales::platform
