#include "storage/postgres/postgresstorage.h"

#include <QCoreApplication>

// The platform sync on a team's server is still to come: rather than keep half of it (an
// outbox without its lease, or claims marked as synced with nothing behind them), every
// call says so and changes nothing. The capability is not claimed, so the window and the
// sync do not start on this backend.
namespace aftersales
{

Outcome PostgresStorage::syncUnavailable()
{
    return Outcome::storage(QCoreApplication::translate(
        "aftersales::PostgresStorage", "The platform sync is not available on a team's PostgreSQL database "
                                       "yet; it works on a database file."));
}

Outcome PostgresStorage::setClaimSync(qint64, const ClaimSync &)
{
    return syncUnavailable();
}

Result<std::optional<qint64>> PostgresStorage::newestPlatformUpdate() const
{
    return syncUnavailable();
}

Result<qint64> PostgresStorage::insertOutbox(const OutboxEntry &)
{
    return syncUnavailable();
}

Result<std::optional<OutboxEntry>> PostgresStorage::outboxEntry(qint64) const
{
    return syncUnavailable();
}

Result<QList<OutboxEntry>> PostgresStorage::outboxInState(OutboxState, int) const
{
    return syncUnavailable();
}

Result<QList<OutboxEntry>> PostgresStorage::outboxOfClaim(qint64) const
{
    return syncUnavailable();
}

Result<QList<OutboxEntry>> PostgresStorage::unseenRefusals(int) const
{
    return syncUnavailable();
}

Result<QList<OutboxEntry>> PostgresStorage::refusalsToReadBack(int) const
{
    return syncUnavailable();
}

Result<qint64> PostgresStorage::openOutboxCount() const
{
    return syncUnavailable();
}

Outcome PostgresStorage::updateOutbox(const OutboxEntry &, OutboxState)
{
    return syncUnavailable();
}

Result<std::optional<PlatformConnection>> PostgresStorage::platformConnection() const
{
    return syncUnavailable();
}

Outcome PostgresStorage::savePlatformConnection(const PlatformConnection &)
{
    return syncUnavailable();
}

Result<LeaseAnswer> PostgresStorage::takeLease(const QString &, const QString &, const QDateTime &,
                                               const QDateTime &, const QString &)
{
    return syncUnavailable();
}

Outcome PostgresStorage::releaseLease(const QString &, const QString &)
{
    return syncUnavailable();
}

} // namespace aftersales
