#include "workbench.h"

#include "storage/storage.h"

#include <QCoreApplication>

// The Workbench's side of the platform sync: the outbox rows its platform claims' actions
// queue, and the answers the sync engine brings back for them. Every write here is one
// transaction, and what a claim shows (its status, its events, its sync state) changes only
// here and in workbench.cpp.
namespace aftersales
{
namespace
{

// The outbox row, or bad input naming it when there is none.
Result<OutboxEntry> existingRow(const Storage &storage, qint64 entryId)
{
    const Result<std::optional<OutboxEntry>> row = storage.outboxEntry(entryId);
    if (!row.ok())
        return row.outcome;
    if (!*row)
        return Outcome::badInput(
            QCoreApplication::translate("aftersales::Workbench", "There is no queued action %1.")
                .arg(entryId));
    return **row;
}

} // namespace

Outcome Workbench::queueForPlatform(const OutboxEntry &entry)
{
    const Result<QList<OutboxEntry>> rows = m_storage.outboxOfClaim(entry.claimId);
    if (!rows.ok())
        return rows.outcome;
    OutboxEntry queued = entry;
    for (const OutboxEntry &r : *rows) {
        // An earlier action the platform took on top of the update_time held (or one still
        // to go) moves the platform's claim past it: this one's base is read before it is sent.
        const bool ahead = r.state == OutboxState::Delivered && r.baseUpdateTime >= entry.baseUpdateTime;
        if (ahead || r.isOpen())
            queued.baseUpdateTime = 0;
    }
    if (Result<qint64> id = m_storage.insertOutbox(queued); !id.ok())
        return id.outcome;
    for (OutboxEntry r : *rows) {
        if (r.state != OutboxState::Refused || r.seenAt)
            continue;
        r.seenAt = now();
        r.updatedAt = now();
        if (Outcome o = m_storage.updateOutbox(r, OutboxState::Refused); !o.ok())
            return o;
    }
    return resettleSync(entry.claimId);
}

Outcome Workbench::resettleSync(qint64 claimId, const QString &failure)
{
    const Result<Claim> claim = m_storage.claim(claimId);
    if (!claim.ok())
        return claim.outcome;
    const Result<QList<OutboxEntry>> rows = m_storage.outboxOfClaim(claimId);
    if (!rows.ok())
        return rows.outcome;
    QString unseen;
    bool open = false;
    for (const OutboxEntry &r : *rows) {
        if (r.state == OutboxState::Refused && !r.seenAt && unseen.isEmpty())
            unseen = r.lastError.isEmpty() ? tr("refused") : r.lastError;
        open = open || r.isOpen();
    }
    ClaimSync sync = claim->sync;
    if (!unseen.isEmpty()) {
        sync.state = SyncState::Failed;
        sync.message = failure.isEmpty() ? unseen : failure;
    } else {
        sync.state = open ? SyncState::Pending : SyncState::Synced;
        sync.message.clear();
    }
    if (sync == claim->sync)
        return Outcome::success();
    return m_storage.setClaimSync(claimId, sync);
}

Result<OutboxEntry> Workbench::startSending(qint64 entryId, qint64 baseUpdateTime)
{
    OutboxEntry sent;
    const Outcome o = m_storage.transaction([&]() -> Outcome {
        const Result<OutboxEntry> row = existingRow(m_storage, entryId);
        if (!row.ok())
            return row.outcome;
        sent = *row;
        if (sent.state != OutboxState::Waiting)
            return Outcome::conflict(
                tr("The queued action %1 is no longer waiting to be sent.").arg(entryId));
        sent.state = OutboxState::Sending;
        sent.baseUpdateTime = baseUpdateTime;
        ++sent.attempts;
        sent.updatedAt = now();
        return m_storage.updateOutbox(sent, OutboxState::Waiting);
    });
    if (!o.ok())
        return o;
    return sent;
}

Outcome Workbench::outboxDelivered(qint64 entryId)
{
    qint64 claimId = 0;
    const Outcome o = m_storage.transaction([&]() -> Outcome {
        const Result<OutboxEntry> row = existingRow(m_storage, entryId);
        if (!row.ok())
            return row.outcome;
        OutboxEntry e = *row;
        claimId = e.claimId;
        e.state = OutboxState::Delivered;
        e.lastError.clear();
        e.updatedAt = now();
        if (Outcome u = m_storage.updateOutbox(e, OutboxState::Sending); !u.ok())
            return u;
        const Result<QList<OutboxEntry>> rows = m_storage.outboxOfClaim(claimId);
        if (!rows.ok())
            return rows.outcome;
        for (OutboxEntry later : *rows) {
            if (later.state != OutboxState::Waiting || later.baseUpdateTime == 0)
                continue;
            later.baseUpdateTime = 0;
            if (Outcome u = m_storage.updateOutbox(later, OutboxState::Waiting); !u.ok())
                return u;
        }
        return resettleSync(claimId);
    });
    if (!o.ok())
        return o;
    Q_EMIT claimsChanged({claimId});
    return o;
}

Outcome Workbench::outboxNotDelivered(qint64 entryId, const QString &why)
{
    return m_storage.transaction([&]() -> Outcome {
        const Result<OutboxEntry> row = existingRow(m_storage, entryId);
        if (!row.ok())
            return row.outcome;
        OutboxEntry e = *row;
        e.state = OutboxState::Waiting;
        e.lastError = why;
        e.updatedAt = now();
        return m_storage.updateOutbox(e, OutboxState::Sending);
    });
}

Outcome Workbench::outboxRefused(qint64 entryId, const QString &message, const ReadBack &readBack)
{
    if (Outcome o = checkClock(); !o.ok())
        return o;
    QList<qint64> changed;
    const Outcome o = m_storage.transaction([&]() -> Outcome {
        changed.clear();
        const Result<OutboxEntry> row = existingRow(m_storage, entryId);
        if (!row.ok())
            return row.outcome;
        if (!row->isOpen())
            return Outcome::conflict(tr("The queued action %1 was settled in the meantime.").arg(entryId));
        return refuseRows(*row, message, readBack, changed);
    });
    if (!o.ok())
        return o;
    Q_EMIT claimsChanged(changed);
    return o;
}

Outcome Workbench::refuseRows(const OutboxEntry &first, const QString &message, const ReadBack &readBack,
                              QList<qint64> &changed)
{
    const qint64 claimId = first.claimId;
    const Result<Claim> claim = m_storage.claim(claimId);
    if (!claim.ok())
        return claim.outcome;
    const Result<QList<OutboxEntry>> rows = m_storage.outboxOfClaim(claimId);
    if (!rows.ok())
        return rows.outcome;
    const QDateTime at = now();
    Decision noted{*claim, {}};
    QList<std::pair<OutboxEntry, OutboxState>> refused;
    for (OutboxEntry r : *rows) {
        if (r.id < first.id || (r.id > first.id && !r.isOpen()))
            continue;
        const OutboxState was = r.state;
        r.state = OutboxState::Refused;
        r.lastError =
            r.id == first.id
                ? message
                : tr("not sent: an earlier action on this claim (%1) was refused").arg(first.action);
        r.updatedAt = at;
        noted.events.append(Event{0, claimId, at, actors::platform, QStringLiteral("sync_refused"),
                                  claim->status, claim->status,
                                  r.action + QStringLiteral(": ") + r.lastError});
        refused.append({r, was});
    }
    // The refusals in the claim's trail, then the claim as the platform holds it.
    if (Outcome u = m_storage.updateClaim(noted, claim->version); !u.ok())
        return u;
    Claim current = *claim;
    current.version += 1;
    const PlatformFit fit =
        readBack ? readBack(current) : PlatformFit{PlatformFit::Kind::Refused, {}, {}, {}};
    if (fit.kind == PlatformFit::Kind::TakeIn)
        if (const Result<PlatformChange> taken = takeIn(fit.claim, current); !taken.ok())
            return taken.outcome;
    const bool readBackLater =
        fit.kind != PlatformFit::Kind::TakeIn && fit.kind != PlatformFit::Kind::NotNewer;
    for (auto &[r, was] : refused) {
        r.needsReadback = readBackLater;
        if (Outcome u = m_storage.updateOutbox(r, was); !u.ok())
            return u;
    }
    changed.append(claimId);
    return resettleSync(claimId, message);
}

Outcome Workbench::readBackRefused(qint64 entryId, const ReadBack &readBack)
{
    if (Outcome o = checkClock(); !o.ok())
        return o;
    qint64 claimId = 0;
    const Outcome o = m_storage.transaction([&]() -> Outcome {
        const Result<OutboxEntry> row = existingRow(m_storage, entryId);
        if (!row.ok())
            return row.outcome;
        OutboxEntry e = *row;
        claimId = e.claimId;
        if (e.state != OutboxState::Refused || !e.needsReadback)
            return Outcome::success();
        const Result<Claim> claim = m_storage.claim(claimId);
        if (!claim.ok())
            return claim.outcome;
        const PlatformFit fit = readBack(*claim);
        if (fit.kind == PlatformFit::Kind::TakeIn)
            if (const Result<PlatformChange> taken = takeIn(fit.claim, *claim); !taken.ok())
                return taken.outcome;
        if (fit.kind != PlatformFit::Kind::TakeIn && fit.kind != PlatformFit::Kind::NotNewer)
            return Outcome::success(); // still to be read back
        e.needsReadback = false;
        e.updatedAt = now();
        return m_storage.updateOutbox(e, OutboxState::Refused);
    });
    if (!o.ok())
        return o;
    Q_EMIT claimsChanged({claimId});
    return o;
}

Result<Claim> Workbench::acknowledgeRefusals(qint64 claimId, const QString &actor)
{
    if (Outcome o = checkClock(); !o.ok())
        return o;
    Claim after;
    const Outcome o = m_storage.transaction([&]() -> Outcome {
        const Result<Claim> claim = m_storage.claim(claimId);
        if (!claim.ok())
            return claim.outcome;
        const Result<QList<OutboxEntry>> rows = m_storage.outboxOfClaim(claimId);
        if (!rows.ok())
            return rows.outcome;
        QStringList seen;
        for (OutboxEntry r : *rows) {
            if (r.state != OutboxState::Refused || r.seenAt)
                continue;
            r.seenAt = now();
            r.updatedAt = now();
            if (Outcome u = m_storage.updateOutbox(r, OutboxState::Refused); !u.ok())
                return u;
            seen.append(r.action);
        }
        if (seen.isEmpty())
            return Outcome::badInput(tr("Claim %1 has no refused action waiting to be seen.").arg(claimId));
        Decision d{*claim, {}};
        d.events.append(Event{0, claimId, now(), actor, QStringLiteral("sync_seen"), claim->status,
                              claim->status, seen.join(QStringLiteral(", "))});
        if (Outcome u = m_storage.updateClaim(d, claim->version); !u.ok())
            return u;
        if (Outcome s = resettleSync(claimId); !s.ok())
            return s;
        const Result<Claim> fresh = m_storage.claim(claimId);
        if (!fresh.ok())
            return fresh.outcome;
        after = *fresh;
        return Outcome::success();
    });
    if (!o.ok())
        return o;
    Q_EMIT claimsChanged({claimId});
    return after;
}

Outcome Workbench::savePlatformConnection(const PlatformConnection &connection)
{
    return m_storage.transaction([&] { return m_storage.savePlatformConnection(connection); });
}

Outcome Workbench::recordSyncRound(bool pulled)
{
    return m_storage.transaction([&]() -> Outcome {
        const Result<std::optional<PlatformConnection>> connection = m_storage.platformConnection();
        if (!connection.ok())
            return connection.outcome;
        if (!*connection)
            return Outcome::success();
        PlatformConnection c = **connection;
        c.lastRoundAt = now();
        if (pulled)
            c.lastPullAt = now();
        return m_storage.savePlatformConnection(c);
    });
}

} // namespace aftersales
