#include "workbench.h"

#include "domain/carriers.h"
#include "domain/timeformat.h"
#include "logcategories.h"
#include "storage/storage.h"

#include <QCoreApplication>

#include <queue>

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

Result<QList<Event>> Workbench::sweep(int batchSize, int maxBatches)
{
    if (Outcome o = checkClock(); !o.ok())
        return o;
    const QDateTime at = now();
    QList<Event> written;
    QList<qint64> changed;
    for (int batch = 0; batch < maxBatches; ++batch) {
        QList<Event> batchEvents;
        QList<qint64> batchIds;
        Outcome o = m_storage.transaction([&]() -> Outcome {
            // Read inside the write transaction: a concurrent sweep cannot apply a step twice.
            Result<QList<Claim>> due = m_storage.dueClaims(at, batchSize);
            if (!due.ok())
                return due.outcome;
            if (due->isEmpty())
                return Outcome::success();
            // Steps of this batch in deadline order, up to the batch's latest deadline;
            // what a step pushes beyond it is picked up by the next batch's query.
            const QDateTime horizon = due->size() < batchSize ? at : *due->last().deadline;
            struct Pending {
                QDateTime deadline;
                int index;
                bool operator>(const Pending &o) const
                {
                    return deadline != o.deadline ? deadline > o.deadline : index > o.index;
                }
            };
            QList<Decision> decisions;
            std::priority_queue<Pending, std::vector<Pending>, std::greater<>> heap;
            for (int i = 0; i < due->size(); ++i) {
                decisions.append(Decision{due->at(i), {}});
                heap.push({*due->at(i).deadline, i});
            }
            while (!heap.empty()) {
                const Pending next = heap.top();
                heap.pop();
                Decision &d = decisions[next.index];
                std::optional<Decision> step = rules::automaticStep(d.claim, m_policy);
                if (!step)
                    continue;
                d.claim = step->claim;
                for (Event e : step->events) {
                    d.events.append(e);
                    batchEvents.append(e);
                }
                if (d.claim.deadline && *d.claim.deadline <= horizon)
                    heap.push({*d.claim.deadline, next.index});
            }
            for (int i = 0; i < decisions.size(); ++i) {
                if (Outcome u = m_storage.updateClaim(Decision{decisions[i].claim, {}}, due->at(i).version);
                    !u.ok())
                    return u;
                batchIds.append(due->at(i).id);
            }
            // The events in the order the steps happened (deadline order across claims), so the
            // audit trail reads as if the workbench had run throughout, not grouped by claim.
            for (const Event &e : batchEvents)
                if (Outcome w = m_storage.insertEvents(e.claimId, {e}); !w.ok())
                    return w;
            return Outcome::success();
        });
        if (!o.ok())
            return o;
        if (batchIds.isEmpty())
            break;
        written += batchEvents;
        changed += batchIds;
        Q_EMIT claimsChanged(batchIds);
    }
    if (!written.isEmpty())
        qCInfo(lcRules) << "sweep applied" << written.size() << "automatic steps to" << changed.size()
                        << "claims";
    std::stable_sort(written.begin(), written.end(),
                     [](const Event &a, const Event &b) { return a.at < b.at; });
    return written;
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
    Outcome o = m_storage.transaction([&]() -> Outcome {
        Result<Claim> current = m_storage.claim(id);
        if (!current.ok())
            return current.outcome;
        if (expectedVersion && current->version != *expectedVersion)
            return Outcome::conflict(tr("Claim %1 was changed elsewhere in the meantime; it has been "
                                        "reloaded. Check it and try again.")
                                         .arg(id));
        Result<Decision> d = rules::act(*current, request, now(), m_policy);
        if (!d.ok())
            return lapsedWindow(*current, request).value_or(d.outcome);
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
        after = d->claim;
        after.version = current->version + 1;
        return Outcome::success();
    });
    if (!o.ok())
        return o;
    Q_EMIT claimsChanged({id});
    return after;
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
        for (const Shipment &s : shipments) {
            Result<Claim> current = m_storage.claim(s.claimId);
            if (!current.ok())
                return current.outcome;
            if (s.expectedVersion && current->version != *s.expectedVersion)
                return Outcome::conflict(
                    tr("Claim %1 was changed elsewhere in the meantime; nothing was shipped.")
                        .arg(s.claimId));
            ActionRequest request;
            request.action = Action::Ship;
            request.actor = actor;
            request.carrier = s.carrier;
            request.trackingNo = s.trackingNo;
            Result<Decision> d = rules::act(*current, request, now(), m_policy);
            if (!d.ok()) {
                Outcome refusal = d.outcome;
                refusal.message = tr("Claim %1: %2").arg(s.claimId).arg(refusal.message);
                return refusal;
            }
            // Numbers written earlier in this batch are visible here: same transaction.
            Result<std::optional<qint64>> used = m_storage.trackingUsedBy(d->claim.trackingNo, s.claimId);
            if (!used.ok())
                return used.outcome;
            if (*used)
                return Outcome::refused(QStringLiteral("tracking_already_used"),
                                        tr("Claim %1: the tracking number is already used by claim %2.")
                                            .arg(s.claimId)
                                            .arg(**used));
            if (Outcome u = m_storage.updateClaim(*d, current->version); !u.ok())
                return u;
            Claim after = d->claim;
            after.version = current->version + 1;
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

Result<Claim> Workbench::claim(qint64 id) const
{
    return m_storage.claim(id);
}

Result<QList<Event>> Workbench::events(qint64 id) const
{
    return m_storage.events(id);
}

} // namespace aftersales
