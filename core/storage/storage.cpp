#include "storage/storage.h"

#include <QCoreApplication>

namespace aftersales
{

Storage::~Storage() = default;

Outcome Storage::unsupported()
{
    return Outcome::storage(
        QCoreApplication::translate("aftersales::Storage", "This database does not support that operation."));
}

Result<bool> Storage::anythingDue(const QDateTime &from, const QDateTime &now) const
{
    const Result<QList<Claim>> due = dueClaims(from, now, 1);
    if (!due.ok())
        return due.outcome;
    return !due->isEmpty();
}

Result<QList<qint64>> Storage::counts(const QList<ClaimQuery> &queries) const
{
    QList<qint64> out;
    out.reserve(queries.size());
    for (const ClaimQuery &query : queries) {
        const Result<qint64> n = count(query);
        if (!n.ok())
            return n.outcome;
        out.append(*n);
    }
    return out;
}

Outcome Storage::writeSweep(const QList<SweptClaim> &claims, const QList<Event> &trail)
{
    for (const SweptClaim &c : claims)
        if (Outcome o = updateClaim(Decision{c.after.claim, {}}, c.before.version); !o.ok())
            return o;
    for (const Event &e : trail)
        if (Outcome o = insertEvents(e.claimId, {e}); !o.ok())
            return o;
    return Outcome::success();
}

Outcome Storage::backupTo(const QString &) const
{
    return unsupported();
}

Result<QList<consistency::Problem>> Storage::checkConsistency(int) const
{
    return unsupported();
}

Outcome Storage::setCheckpointOnCommit(bool) const
{
    return unsupported();
}

Outcome Storage::checkpoint() const
{
    return unsupported();
}

Result<qint64> Storage::changeMark() const
{
    return unsupported();
}

void Storage::setChangeListener(std::function<void()>) const {}

bool Storage::isBulkLoading() const
{
    return false;
}

QString Storage::connectedRole() const
{
    return {};
}

Outcome Storage::grantAgent(const QString &) const
{
    return unsupported();
}

Outcome Storage::revokeAgent(const QString &) const
{
    return unsupported();
}

Result<QStringList> Storage::agents() const
{
    return unsupported();
}

Result<bool> Storage::isAgent(const QString &) const
{
    return unsupported();
}

Result<bool> Storage::takeTeamLock() const
{
    return unsupported();
}

void Storage::releaseTeamLock() const {}

bool Storage::holdsTeamLock() const
{
    return false;
}

Result<QList<Order>> Storage::ordersAfter(const QString &, int) const
{
    return unsupported();
}

Result<QList<Claim>> Storage::claimsAfter(qint64, int) const
{
    return unsupported();
}

Result<QList<Event>> Storage::eventsOfClaims(qint64, qint64) const
{
    return unsupported();
}

Outcome Storage::insertCopied(const QList<Order> &, const QList<Claim> &, const QList<Event> &)
{
    return unsupported();
}

Result<QList<OutboxEntry>> Storage::outboxAfter(qint64, int) const
{
    return unsupported();
}

Outcome Storage::insertCopiedOutbox(const QList<OutboxEntry> &)
{
    return unsupported();
}

} // namespace aftersales
