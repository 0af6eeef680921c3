#include "storage/postgres/postgresstorage.h"

#include <QCoreApplication>

namespace aftersales
{

Outcome PostgresStorage::reportsUnavailable()
{
    return Outcome::storage(QCoreApplication::translate(
        "aftersales::PostgresStorage",
        "Reports are not available on a team's PostgreSQL database yet; they work on a database file."));
}

Result<QList<reportrows::TypeCount>> PostgresStorage::claimsByType(const Bounds &) const
{
    return reportsUnavailable();
}

Result<QList<reportrows::ProductReasonCount>> PostgresStorage::claimsByProduct(ClaimType, const QDateTime &,
                                                                               const QDateTime &) const
{
    return reportsUnavailable();
}

Result<QList<reportrows::WindowEndCount>> PostgresStorage::firstReviewEnds(const Bounds &) const
{
    return reportsUnavailable();
}

Result<QList<reportrows::WindowEndCount>> PostgresStorage::firstShipmentEnds(const Bounds &) const
{
    return reportsUnavailable();
}

Result<QList<reportrows::StepCount>> PostgresStorage::automaticSteps(const Bounds &,
                                                                     const QStringList &) const
{
    return reportsUnavailable();
}

Result<QList<reportrows::OperatorCount>> PostgresStorage::firstActions(const QDateTime &,
                                                                       const QDateTime &) const
{
    return reportsUnavailable();
}

Result<QList<qint64>> PostgresStorage::firstActionDelays(const QString &, const QDateTime &,
                                                         const QDateTime &, qint64, int) const
{
    return reportsUnavailable();
}

} // namespace aftersales
