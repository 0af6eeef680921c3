#include "syncstatus.h"

#include "storage/storage.h"

namespace aftersales::platform
{

Result<SyncStatus> readSyncStatus(const Storage &storage, int maxFailures)
{
    SyncStatus status;
    const Result<std::optional<PlatformConnection>> connection = storage.platformConnection();
    if (!connection.ok())
        return connection.outcome;
    status.connection = *connection;
    const Result<qint64> pending = storage.openOutboxCount();
    if (!pending.ok())
        return pending.outcome;
    status.pending = *pending;
    const Result<QList<OutboxEntry>> refused = storage.unseenRefusals(maxFailures);
    if (!refused.ok())
        return refused.outcome;
    for (const OutboxEntry &e : *refused)
        status.failed.append(SyncFailure{e.claimId, e.action, e.lastError});
    return status;
}

} // namespace aftersales::platform
