#include "workbench.h"

#include "domain/carriers.h"
#include "domain/timeformat.h"
#include "platformqueue.h"
#include "storage/storage.h"

#include <QCoreApplication>

namespace aftersales
{
Workbench::Workbench(Storage &storage, const Clock &clock, Policy policy, QObject *parent)
    : QObject(parent), m_storage(storage), m_clock(clock), m_policy(std::move(policy)),
      m_reader(storage, clock, m_policy)
{
}

QDateTime Workbench::now() const
{
    return m_clock.now();
}

Outcome Workbench::checkClock() const
{
    const auto newest = m_storage.newestEventAt();
    if (!newest.ok())
        return newest.outcome;
    if (*newest && now() < **newest)
        return Outcome::badInput(tr("The clock (%1) is behind the newest event in the database (%2); "
                                    "refusing to use it.")
                                     .arg(timeformat::toIsoUtc(now()), timeformat::toIsoUtc(**newest)));
    return Outcome::success();
}

Outcome Workbench::addOrder(const Order &order)
{
    if (order.orderId.trimmed().isEmpty())
        return Outcome::badInput(tr("An order needs an order id."));
    if (order.category.trimmed().isEmpty())
        return Outcome::badInput(tr("An order needs a category."));
    if (order.amountCents < 0)
        return Outcome::badInput(tr("An amount cannot be negative."));
    if (!order.trackingNo.isEmpty() && !carriers::find(order.carrier))
        return Outcome::badInput(tr("Unknown carrier code \"%1\".").arg(order.carrier));
    if (!order.trackingNo.isEmpty() && !carriers::matches(order.carrier, order.trackingNo))
        return Outcome::badInput(
            tr("\"%1\" is not a valid %2 tracking number.").arg(order.trackingNo, order.carrier));
    if (Outcome o = checkClock(); !o.ok())
        return o;
    Order stored = order;
    stored.trackingNo = carriers::normalized(order.trackingNo);
    return m_storage.transaction([&] { return m_storage.insertOrder(stored); });
}

Result<qint64> Workbench::apply(const QString &orderId, const ApplyRequest &request)
{
    if (auto s = sweep(); !s.ok())
        return s.outcome;
    qint64 id = 0;
    Outcome o = m_storage.transaction([&]() -> Outcome {
        id = 0;
        Result<Order> order = m_storage.order(orderId);
        if (!order.ok())
            return order.outcome;
        Result<bool> open = m_storage.hasOpenClaim(orderId);
        if (!open.ok())
            return open.outcome;
        Result<Decision> d = rules::apply(*order, request, *open, now(), m_policy);
        if (!d.ok())
            return d.outcome;
        Result<qint64> inserted = m_storage.insertClaim(*d);
        if (!inserted.ok())
            return inserted.outcome;
        id = *inserted;
        return Outcome::success();
    });
    if (!o.ok())
        return o;
    Q_EMIT claimsChanged({id});
    return id;
}

Result<Claim> Workbench::act(qint64 id, const ActionRequest &request, std::optional<qint64> expectedVersion)
{
    if (auto s = sweep(); !s.ok())
        return s.outcome;
    Claim after;
    Outcome o = m_storage.transaction([&] { return decide(id, request, expectedVersion, after); });
    if (!o.ok())
        return o;
    Q_EMIT claimsChanged({id});
    return after;
}

QList<Workbench::ItemResult> Workbench::approveMany(const QList<Target> &claims, const QString &actor,
                                                    const QString &note)
{
    ActionRequest request;
    request.action = Action::Approve;
    request.actor = actor;
    request.note = note;
    return actMany(claims, request);
}

QList<Workbench::ItemResult> Workbench::actMany(const QList<Target> &claims, const ActionRequest &request)
{
    QList<ItemResult> results;
    const auto everyone = [&claims](const Outcome &o) {
        QList<ItemResult> all;
        for (const Target &t : claims)
            all.append({t.id, o, std::nullopt});
        return all;
    };
    if (auto s = sweep(); !s.ok())
        return everyone(s.outcome);
    const Outcome o = m_storage.transaction([&]() -> Outcome {
        results.clear();
        for (const Target &t : claims) {
            Claim after;
            // A refusal or a conflict writes nothing for that claim; a storage failure ends
            // the transaction, and nothing is written at all.
            const Outcome decided = decide(t.id, request, t.expectedVersion, after);
            if (decided.kind == Outcome::Kind::Storage)
                return decided;
            results.append({t.id, decided, decided.ok() ? std::optional<Claim>(after) : std::nullopt});
        }
        return Outcome::success();
    });
    if (!o.ok())
        return everyone(o);
    QList<qint64> changed;
    for (const ItemResult &r : std::as_const(results))
        if (r.outcome.ok())
            changed.append(r.id);
    if (!changed.isEmpty())
        Q_EMIT claimsChanged(changed);
    return results;
}

Outcome Workbench::decide(qint64 id, const ActionRequest &request, std::optional<qint64> expectedVersion,
                          Claim &after)
{
    Result<Claim> current = m_storage.claim(id);
    if (!current.ok())
        return current.outcome;
    if (expectedVersion && current->version != *expectedVersion)
        return Outcome::conflict(tr("Claim %1 was changed elsewhere in the meantime; it has been "
                                    "reloaded. Check it and try again.")
                                     .arg(id));
    const bool onPlatform = current->sync.onPlatform();
    if (onPlatform && platformqueue::happensOnPlatform(request.action))
        return Outcome::refused(QStringLiteral("happens_on_platform"),
                                tr("Claim %1 lives on the platform: the buyer's moves and the platform's "
                                   "decisions happen there, and a sync brings them here.")
                                    .arg(id));
    Result<Decision> d = rules::act(*current, request, now(), m_policy);
    if (!d.ok())
        return lapsedWindow(*current, request).value_or(d.outcome);
    std::optional<OutboxEntry> queued;
    if (onPlatform) {
        Result<OutboxEntry> entry = platformqueue::entryFor(*current, d->claim, request, now());
        if (!entry.ok())
            return entry.outcome;
        queued = *entry;
    }
    if (request.action == Action::Ship) {
        Result<std::optional<qint64>> used = m_storage.trackingUsedBy(d->claim.trackingNo, id);
        if (!used.ok())
            return used.outcome;
        if (*used)
            return Outcome::refused(QStringLiteral("tracking_already_used"),
                                    tr("The tracking number is already used by claim %1.").arg(**used));
    }
    if (Outcome u = m_storage.updateClaim(*d, current->version); !u.ok())
        return u;
    if (queued)
        if (Outcome q = queueForPlatform(*queued); !q.ok())
            return q;
    after = d->claim;
    after.version = current->version + 1;
    if (queued)
        after.sync.state = SyncState::Pending;
    return Outcome::success();
}

std::optional<Outcome> Workbench::lapsedWindow(const Claim &claim, const ActionRequest &request) const
{
    // The sweep before an action may just have moved the claim on: the merchant who
    // approves at 48:00:00 was too late for the review window, and should be told so
    // rather than that approving is not allowed in "awaiting shipment".
    const Result<QList<Event>> events = m_storage.events(claim.id);
    if (!events.ok() || events->isEmpty() || events->last().actor != actors::system)
        return std::nullopt;
    Claim before = claim;
    before.status = events->last().from;
    before.deadline = events->last().at;
    // Only when the action was allowed in that status, one second before its deadline.
    const Result<Decision> inside = rules::act(before, request, before.deadline->addSecs(-1), m_policy);
    if (inside.outcome.rule == QLatin1String("action_not_allowed"))
        return std::nullopt;
    const Result<Decision> then = rules::act(before, request, now(), m_policy);
    if (then.outcome.kind == Outcome::Kind::Refused &&
        then.outcome.rule.endsWith(QLatin1String("_window_closed")))
        return then.outcome;
    return std::nullopt;
}

QList<Workbench::ItemResult> Workbench::assign(const QList<Target> &claims, const QString &assignee,
                                               const QString &actor)
{
    const auto everyone = [&claims](const Outcome &o) {
        QList<ItemResult> all;
        for (const Target &t : claims)
            all.append({t.id, o, std::nullopt});
        return all;
    };
    if (Outcome o = checkClock(); !o.ok())
        return everyone(o);
    if (!assignee.isEmpty() && m_storage.has(Storage::Capability::Team)) {
        const Result<bool> agent = m_storage.isAgent(assignee);
        if (!agent.ok())
            return everyone(agent.outcome);
        if (!*agent)
            return everyone(Outcome::badInput(
                tr("%1 is not an agent of this database: its owner gives a login role an agent's rights with "
                   "\"aftersales team grant %1\".")
                    .arg(assignee)));
    }
    QList<ItemResult> results;
    const Outcome o = m_storage.transaction([&]() -> Outcome {
        results.clear();
        for (const Target &t : claims) {
            Result<Claim> current = m_storage.claim(t.id);
            if (!current.ok()) {
                if (current.outcome.kind == Outcome::Kind::Storage)
                    return current.outcome;
                results.append({t.id, current.outcome, std::nullopt});
                continue;
            }
            if (t.expectedVersion && current->version != *t.expectedVersion) {
                results.append(
                    {t.id,
                     Outcome::conflict(tr("Claim %1 was changed elsewhere in the meantime; it has been "
                                          "reloaded. Check it and try again.")
                                           .arg(t.id)),
                     std::nullopt});
                continue;
            }
            Decision d{*current, {}};
            d.claim.assignee = assignee;
            d.claim.updatedAt = now();
            d.events.append(Event{0, t.id, now(), actor, QStringLiteral("assign"), current->status,
                                  current->status, assignee});
            if (Outcome u = m_storage.updateClaim(d, current->version); !u.ok())
                return u;
            Claim after = d.claim;
            after.version = current->version + 1;
            results.append({t.id, Outcome::success(), after});
        }
        return Outcome::success();
    });
    if (!o.ok())
        return everyone(o);
    QList<qint64> changed;
    for (const ItemResult &r : std::as_const(results))
        if (r.outcome.ok())
            changed.append(r.id);
    if (!changed.isEmpty())
        Q_EMIT claimsChanged(changed);
    return results;
}

Result<Claim> Workbench::setRemark(qint64 id, const QString &remark, const QString &actor,
                                   std::optional<qint64> expectedVersion)
{
    return annotate(id, expectedVersion, actor, QStringLiteral("remark"), remark,
                    [&remark](Claim &c) { c.remark = remark; });
}

Result<Claim> Workbench::setFlag(qint64 id, int flag, const QString &actor,
                                 std::optional<qint64> expectedVersion)
{
    if (flag < 0 || flag > 5)
        return Outcome::badInput(tr("A flag is a number from 0 (none) to 5 (red)."));
    return annotate(id, expectedVersion, actor, QStringLiteral("flag"), QString::number(flag),
                    [flag](Claim &c) { c.flag = flag; });
}

Result<Claim> Workbench::annotate(qint64 id, std::optional<qint64> expectedVersion, const QString &actor,
                                  const QString &action, const QString &detail,
                                  const std::function<void(Claim &)> &change)
{
    if (Outcome o = checkClock(); !o.ok())
        return o;
    Claim after;
    Outcome o = m_storage.transaction([&]() -> Outcome {
        Result<Claim> current = m_storage.claim(id);
        if (!current.ok())
            return current.outcome;
        if (expectedVersion && current->version != *expectedVersion)
            return Outcome::conflict(tr("Claim %1 was changed elsewhere in the meantime.").arg(id));
        Decision d{*current, {}};
        change(d.claim);
        d.claim.updatedAt = now();
        d.events.append(Event{0, id, now(), actor, action, current->status, current->status, detail});
        if (Outcome u = m_storage.updateClaim(d, current->version); !u.ok())
            return u;
        after = d.claim;
        after.version = current->version + 1;
        return Outcome::success();
    });
    if (!o.ok())
        return o;
    Q_EMIT claimsChanged({id});
    return after;
}

Result<QList<Claim>> Workbench::shipMany(const QList<Shipment> &shipments, const QString &actor,
                                         const std::function<bool(int, int)> &progress)
{
    if (auto s = sweep(); !s.ok())
        return s.outcome;
    QList<Claim> done;
    QList<qint64> ids;
    const int total = int(shipments.size());
    Outcome o = m_storage.transaction([&]() -> Outcome {
        done.clear();
        ids.clear();
        for (const Shipment &s : shipments) {
            ActionRequest request;
            request.action = Action::Ship;
            request.actor = actor;
            request.carrier = s.carrier;
            request.trackingNo = s.trackingNo;
            // Numbers written earlier in this batch are visible to the check: same transaction.
            Claim after;
            Outcome decided = decide(s.claimId, request, s.expectedVersion, after);
            if (decided.kind == Outcome::Kind::Conflict)
                return Outcome::conflict(
                    tr("Claim %1 was changed elsewhere in the meantime; nothing was shipped.")
                        .arg(s.claimId));
            if (decided.kind == Outcome::Kind::Refused || decided.kind == Outcome::Kind::BadInput)
                decided.message = tr("Claim %1: %2").arg(s.claimId).arg(decided.message);
            if (!decided.ok())
                return decided;
            done.append(after);
            ids.append(s.claimId);
            if (progress && !progress(int(done.size()), total))
                return Outcome::badInput(tr("Cancelled; no tracking number was saved."));
        }
        return Outcome::success();
    });
    if (!o.ok())
        return o;
    if (!ids.isEmpty())
        Q_EMIT claimsChanged(ids);
    return done;
}

namespace
{

// What the platform holds of a claim: the fields a pull brings. The merchant's own remark
// and what the workbench paid (the compensation) are not among them; a claim's type and
// order never change.
bool samePlatformState(const Claim &here, const Claim &platform)
{
    return here.reason == platform.reason && here.status == platform.status &&
           here.deadline == platform.deadline && here.refundCents == platform.refundCents &&
           here.carrier == platform.carrier && here.trackingNo == platform.trackingNo &&
           here.returnCarrier == platform.returnCarrier &&
           here.returnTrackingNo == platform.returnTrackingNo && here.flag == platform.flag &&
           here.note == platform.note;
}

} // namespace

Result<QList<Workbench::PlatformChange>> Workbench::platformSays(const QList<Claim> &claims,
                                                                 const PlatformCheck &check)
{
    QList<qint64> ids;
    for (const Claim &c : claims) {
        if (c.id <= 0)
            return Outcome::badInput(tr("A claim from the platform needs its id."));
        ids.append(c.id);
    }
    const Result<QList<PageItem>> items = platformPage(ids, [&](int i, const std::optional<Claim> &existing) {
        PlatformFit fit;
        if (check)
            if (Outcome refused = check(i, claims.at(i), existing); !refused.ok()) {
                fit.kind = PlatformFit::Kind::Abort;
                fit.abort = refused;
                return fit;
            }
        fit.kind = PlatformFit::Kind::TakeIn;
        fit.claim = claims.at(i);
        return fit;
    });
    if (!items.ok())
        return items.outcome;
    QList<PlatformChange> changes;
    for (const PageItem &item : *items)
        changes.append(item.change);
    return changes;
}

Result<QList<Workbench::PageItem>> Workbench::platformPage(const QList<qint64> &ids,
                                                           const PlatformFitter &fit, bool clockChecked)
{
    if (!clockChecked)
        if (Outcome o = checkClock(); !o.ok())
            return o;
    QList<PageItem> items;
    QList<qint64> changed;
    Outcome o = m_storage.transaction([&]() -> Outcome {
        items.clear();
        changed.clear();
        for (int i = 0; i < ids.size(); ++i) {
            std::optional<Claim> held;
            if (Result<Claim> found = m_storage.claim(ids.at(i)); found.ok())
                held = *found;
            else if (found.outcome.kind != Outcome::Kind::BadInput) // not just unknown
                return found.outcome;
            const PlatformFit fitted = fit(i, held);
            PageItem item{ids.at(i), PlatformChange::Unchanged, {}};
            switch (fitted.kind) {
            case PlatformFit::Kind::Abort:
                return fitted.abort;
            case PlatformFit::Kind::Refused:
                item.change = PlatformChange::Refused;
                item.why = fitted.why;
                break;
            case PlatformFit::Kind::NotNewer:
                break;
            case PlatformFit::Kind::TakeIn: {
                const Result<PlatformChange> change = takeIn(fitted.claim, held);
                if (!change.ok())
                    return change.outcome;
                item.change = *change;
                if (*change != PlatformChange::Unchanged)
                    changed.append(item.id);
                break;
            }
            }
            items.append(item);
        }
        return Outcome::success();
    });
    if (!o.ok())
        return o;
    if (!changed.isEmpty())
        Q_EMIT claimsChanged(changed);
    return items;
}

Outcome Workbench::beginBulkLoad()
{
    return m_storage.beginBulkLoad();
}

Outcome Workbench::endBulkLoad()
{
    return m_storage.endBulkLoad();
}

Result<Workbench::PlatformChange> Workbench::takeIn(const Claim &incoming,
                                                    const std::optional<Claim> &existing)
{
    const QDateTime at = now();
    if (!existing) {
        if (!m_storage.order(incoming.orderId).ok())
            if (Outcome added = m_storage.insertOrder(incoming.order); !added.ok())
                return added;
        // The buyer's application as the rules record it (never after the clock), then the
        // platform's word on where the claim stands since.
        Decision d =
            rules::application(incoming.order, ApplyRequest{incoming.type, incoming.reason, incoming.note},
                               std::min(incoming.appliedAt, at), m_policy);
        d.claim = incoming;
        d.events.append(Event{0, incoming.id, at, actors::platform, QStringLiteral("import"),
                              ClaimStatus::PendingReview, incoming.status, tr("imported from the platform")});
        if (Result<qint64> id = m_storage.insertClaim(d); !id.ok())
            return id.outcome;
        return PlatformChange::Inserted;
    }
    // The platform's newer update_time is kept even when nothing it holds changed (our own
    // action, taken), so that the next action is sent on it.
    ClaimSync sync = existing->sync;
    const bool newerTime = incoming.sync.onPlatform() && sync.onPlatform() &&
                           sync.platformUpdateTime != incoming.sync.platformUpdateTime;
    sync.platformUpdateTime = incoming.sync.platformUpdateTime;
    if (samePlatformState(*existing, incoming)) {
        if (newerTime)
            if (Outcome o = m_storage.setClaimSync(existing->id, sync); !o.ok())
                return o;
        return PlatformChange::Unchanged;
    }
    Decision d{*existing, {}};
    Claim &c = d.claim;
    c.reason = incoming.reason;
    c.status = incoming.status;
    c.deadline = incoming.deadline;
    c.refundCents = incoming.refundCents;
    c.carrier = incoming.carrier;
    c.trackingNo = incoming.trackingNo;
    c.returnCarrier = incoming.returnCarrier;
    c.returnTrackingNo = incoming.returnTrackingNo;
    c.flag = incoming.flag;
    c.note = incoming.note;
    c.updatedAt = incoming.updatedAt.isValid() ? incoming.updatedAt : at;
    d.events.append(Event{0,
                          c.id,
                          at,
                          actors::platform,
                          QStringLiteral("platform_update"),
                          existing->status,
                          incoming.status,
                          {}});
    if (Outcome u = m_storage.updateClaim(d, existing->version); !u.ok())
        return u;
    if (newerTime)
        if (Outcome o = m_storage.setClaimSync(existing->id, sync); !o.ok())
            return o;
    return PlatformChange::Updated;
}

Outcome Workbench::addDecided(int count, const std::function<Result<DecidedClaim>(int index)> &next,
                              const std::function<bool(int, int)> &progress)
{
    if (Outcome o = checkClock(); !o.ok())
        return o;
    const Result<qint64> existing = m_reader.count(ClaimQuery{});
    if (!existing.ok())
        return existing.outcome;
    // A large load into an empty database builds the indexes once, after the data.
    const bool bulk = *existing == 0 && count >= 20000;
    if (bulk)
        if (Outcome o = m_storage.beginBulkLoad(); !o.ok())
            return o;
    const int batch = bulk ? 20000 : 2000;
    Outcome result = Outcome::success();
    QList<DecidedClaim> decided;
    for (int done = 0; done < count;) {
        const int end = std::min(count, done + batch);
        // Decided before the transaction: its body may run again, and must write the same.
        decided.clear();
        for (int i = done; i < end && result.ok(); ++i) {
            Result<DecidedClaim> d = next(i);
            if (d.ok())
                decided.append(std::move(*d));
            else
                result = d.outcome;
        }
        if (!result.ok())
            break;
        QList<qint64> ids;
        result = m_storage.transaction([&]() -> Outcome {
            ids.clear();
            for (const DecidedClaim &d : std::as_const(decided)) {
                if (Outcome added = m_storage.insertOrder(d.order); !added.ok())
                    return added;
                Result<qint64> id = m_storage.insertClaim(d.decision);
                if (!id.ok())
                    return id.outcome;
                ids.append(*id);
            }
            return Outcome::success();
        });
        if (!result.ok())
            break;
        Q_EMIT claimsChanged(ids);
        done = end;
        if (progress && !progress(done, count))
            break;
    }
    if (bulk)
        if (Outcome rebuilt = m_storage.endBulkLoad(); !rebuilt.ok())
            return rebuilt;
    return result;
}

Result<Claim> Workbench::claim(qint64 id) const
{
    return m_storage.claim(id);
}

Result<QList<Event>> Workbench::events(qint64 id) const
{
    return m_storage.events(id);
}

} // namespace aftersales
