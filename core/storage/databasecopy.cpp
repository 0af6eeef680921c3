#include "storage/databasecopy.h"

#include "storage/claimquery.h"
#include "storage/storage.h"

#include <QCoreApplication>

namespace aftersales::databasecopy
{
namespace
{

// The context lupdate gives tr() calls in this namespace.
QString tr(const char *text)
{
    return QCoreApplication::translate("aftersales::databasecopy", text);
}

// Rows read from the source at a time.
constexpr int batch = 5000;

} // namespace

Result<Copied> copy(const Storage &from, Storage &to, const std::function<bool(qint64, qint64)> &progress)
{
    const Result<bool> empty = to.isEmpty();
    if (!empty.ok())
        return empty.outcome;
    if (!*empty)
        return Outcome::badInput(
            tr("%1 already holds orders or claims: a copy goes only into an empty database, "
               "so that nothing is mixed or overwritten. Nothing was copied.")
                .arg(to.location()));
    // A shop connected to the platform has sync state and perhaps queued actions that a
    // database without the sync's storage would drop: refused rather than copied in part.
    if (from.has(Storage::Capability::PlatformSync) && !to.has(Storage::Capability::PlatformSync)) {
        const Result<std::optional<PlatformConnection>> connection = from.platformConnection();
        if (!connection.ok())
            return connection.outcome;
        if (*connection)
            return Outcome::badInput(
                tr("%1 is connected to a shop on the platform, and %2 does not keep the platform sync "
                   "yet: the claims' platform state and the actions waiting to be sent would be lost. "
                   "Nothing was copied.")
                    .arg(from.location(), to.location()));
    }
    const Result<qint64> total = from.count(ClaimQuery{});
    if (!total.ok())
        return total.outcome;
    if (Outcome o = to.beginBulkLoad(); !o.ok())
        return o;
    Copied copied;
    const Outcome written = to.transaction([&]() -> Outcome {
        copied = Copied{};
        // Orders first (claims refer to them), including those nobody has claimed against.
        for (QString after;;) {
            const Result<QList<Order>> orders = from.ordersAfter(after, batch);
            if (!orders.ok())
                return orders.outcome;
            if (orders->isEmpty())
                break;
            if (Outcome o = to.insertCopied(*orders, {}, {}); !o.ok())
                return o;
            copied.orders += orders->size();
            after = orders->last().orderId;
        }
        // Claims with their events, a range of ids at a time.
        for (qint64 after = 0;;) {
            const Result<QList<Claim>> claims = from.claimsAfter(after, batch);
            if (!claims.ok())
                return claims.outcome;
            if (claims->isEmpty())
                break;
            const Result<QList<Event>> events = from.eventsOfClaims(claims->first().id, claims->last().id);
            if (!events.ok())
                return events.outcome;
            if (Outcome o = to.insertCopied({}, *claims, *events); !o.ok())
                return o;
            copied.claims += claims->size();
            copied.events += events->size();
            after = claims->last().id;
            if (progress && !progress(copied.claims, *total))
                return Outcome::badInput(tr("Copy cancelled; nothing was copied."));
        }
        // Queued platform actions (PLATFORM.md's outbox) follow their claims here, once the
        // storage keeps them: read them from `from` in claim and queue order and insert them
        // as they are, with the same transaction, so a copied claim never loses what waits.
        return Outcome::success();
    });
    const Outcome rebuilt = to.endBulkLoad();
    if (!written.ok())
        return written;
    if (!rebuilt.ok())
        return rebuilt;
    return copied;
}

} // namespace aftersales::databasecopy
