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

bool sameShop(const PlatformConnection &a, const PlatformConnection &b)
{
    return a.appKey == b.appKey && a.shopId == b.shopId && a.baseUrl == b.baseUrl;
}

// The source's shop connection (none when it has none, or keeps no sync), or why the target
// cannot take the copy: it holds claims or orders, cannot keep the sync of a connected shop,
// or is connected to another shop.
Result<std::optional<PlatformConnection>> checkTarget(const Storage &from, const Storage &to)
{
    const Result<bool> empty = to.isEmpty();
    if (!empty.ok())
        return empty.outcome;
    if (!*empty)
        return Outcome::badInput(
            tr("%1 already holds orders or claims: a copy goes only into an empty database, "
               "so that nothing is mixed or overwritten. Nothing was copied.")
                .arg(to.location()));
    if (!from.has(Storage::Capability::PlatformSync))
        return std::optional<PlatformConnection>();
    const Result<std::optional<PlatformConnection>> connection = from.platformConnection();
    if (!connection.ok() || !*connection)
        return connection;
    // A shop connected to the platform has sync state and perhaps queued actions that a
    // database without the sync's storage would drop: refused rather than copied in part.
    if (!to.has(Storage::Capability::PlatformSync))
        return Outcome::badInput(
            tr("%1 is connected to a shop on the platform, and %2 does not keep the platform sync: "
               "the claims' platform state and the actions waiting to be sent would be lost. "
               "Nothing was copied.")
                .arg(from.location(), to.location()));
    const Result<std::optional<PlatformConnection>> theirs = to.platformConnection();
    if (!theirs.ok())
        return theirs.outcome;
    if (*theirs && !sameShop(**theirs, **connection))
        return Outcome::badInput(
            tr("%1 is connected to another shop (%2) than %3 (%4). Nothing was copied.")
                .arg(to.location(), (*theirs)->shopId, from.location(), (*connection)->shopId));
    return connection;
}

// Orders first (claims refer to them), including those nobody has claimed against.
Outcome copyOrders(const Storage &from, Storage &to, Copied &copied)
{
    for (QString after;;) {
        const Result<QList<Order>> orders = from.ordersAfter(after, batch);
        if (!orders.ok())
            return orders.outcome;
        if (orders->isEmpty())
            return Outcome::success();
        if (Outcome o = to.insertCopied(*orders, {}, {}); !o.ok())
            return o;
        copied.orders += orders->size();
        after = orders->last().orderId;
    }
}

// Claims (with their sync state) and their events, a range of ids at a time.
Outcome copyClaims(const Storage &from, Storage &to, Copied &copied, qint64 total,
                   const std::function<bool(qint64, qint64)> &progress)
{
    for (qint64 after = 0;;) {
        const Result<QList<Claim>> claims = from.claimsAfter(after, batch);
        if (!claims.ok())
            return claims.outcome;
        if (claims->isEmpty())
            return Outcome::success();
        const Result<QList<Event>> events = from.eventsOfClaims(claims->first().id, claims->last().id);
        if (!events.ok())
            return events.outcome;
        if (Outcome o = to.insertCopied({}, *claims, *events); !o.ok())
            return o;
        copied.claims += claims->size();
        copied.events += events->size();
        after = claims->last().id;
        if (progress && !progress(copied.claims, total))
            return Outcome::badInput(tr("Copy cancelled; nothing was copied."));
    }
}

// The queued platform actions (PLATFORM.md's outbox) after their claims, in queue order, and
// the shop: a copied claim never loses what waits to be sent.
Outcome copySync(const Storage &from, Storage &to, const std::optional<PlatformConnection> &connection,
                 Copied &copied)
{
    if (!from.has(Storage::Capability::PlatformSync))
        return Outcome::success();
    for (qint64 after = 0;;) {
        const Result<QList<OutboxEntry>> rows = from.outboxAfter(after, batch);
        if (!rows.ok())
            return rows.outcome;
        if (rows->isEmpty())
            break;
        if (Outcome o = to.insertCopiedOutbox(*rows); !o.ok())
            return o;
        copied.actions += rows->size();
        after = rows->last().id;
    }
    if (!connection)
        return Outcome::success();
    return to.savePlatformConnection(*connection);
}

} // namespace

Result<Copied> copy(const Storage &from, Storage &to, const std::function<bool(qint64, qint64)> &progress)
{
    const Result<std::optional<PlatformConnection>> connection = checkTarget(from, to);
    if (!connection.ok())
        return connection.outcome;
    const Result<qint64> total = from.count(ClaimQuery{});
    if (!total.ok())
        return total.outcome;
    if (Outcome o = to.beginBulkLoad(); !o.ok())
        return o;
    Copied copied;
    const Outcome written = to.transaction([&]() -> Outcome {
        copied = Copied{};
        if (Outcome o = copyOrders(from, to, copied); !o.ok())
            return o;
        if (Outcome o = copyClaims(from, to, copied, *total, progress); !o.ok())
            return o;
        return copySync(from, to, *connection, copied);
    });
    const Outcome rebuilt = to.endBulkLoad();
    if (!written.ok())
        return written;
    if (!rebuilt.ok())
        return rebuilt;
    return copied;
}

} // namespace aftersales::databasecopy
