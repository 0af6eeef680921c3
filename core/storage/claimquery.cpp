#include "storage/claimquery.h"

#include "domain/names.h"
#include "domain/rules.h"

#include <QCoreApplication>

#include <array>

namespace aftersales::quickfilters
{
namespace
{

struct Row {
    QuickFilter value;
    const char *name;
    const char *label;
};

constexpr std::array rows{
    Row{QuickFilter::All, "all", QT_TRANSLATE_NOOP("quickfilters", "All")},
    Row{QuickFilter::ExchangeReshipPending, "exchange_reship_pending",
        QT_TRANSLATE_NOOP("quickfilters", "Exchanges & reshipments pending")},
    Row{QuickFilter::PendingReview, "pending_review", QT_TRANSLATE_NOOP("quickfilters", "Pending review")},
    Row{QuickFilter::AwaitingShipment, "awaiting_shipment",
        QT_TRANSLATE_NOOP("quickfilters", "Awaiting shipment")},
    Row{QuickFilter::DueSoon, "due_soon", QT_TRANSLATE_NOOP("quickfilters", "Due soon")},
    Row{QuickFilter::Overdue, "overdue", QT_TRANSLATE_NOOP("quickfilters", "Shipment overdue")},
    Row{QuickFilter::Platform, "platform", QT_TRANSLATE_NOOP("quickfilters", "With the platform")},
    Row{QuickFilter::AtRisk, "at_risk", QT_TRANSLATE_NOOP("quickfilters", "Money at risk")},
    Row{QuickFilter::MyPending, "my_pending", QT_TRANSLATE_NOOP("quickfilters", "My pending")},
    Row{QuickFilter::SyncFailed, "sync_failed", QT_TRANSLATE_NOOP("quickfilters", "Sync failed")},
};

// The statuses in which the merchant acts next (the rules say which).
QList<ClaimStatus> merchantNext()
{
    QList<ClaimStatus> out;
    for (ClaimStatus s : names::allStatuses())
        if (rules::merchantActsNext(s))
            out.append(s);
    return out;
}

} // namespace

QString name(QuickFilter q)
{
    for (const Row &r : rows)
        if (r.value == q)
            return QLatin1String(r.name);
    return {};
}

std::optional<QuickFilter> parse(const QString &name)
{
    for (const Row &r : rows)
        if (name == QLatin1String(r.name))
            return r.value;
    return std::nullopt;
}

QString label(QuickFilter q)
{
    for (const Row &r : rows)
        if (r.value == q)
            return QCoreApplication::translate("quickfilters", r.label);
    return {};
}

QList<QuickFilter> bar()
{
    return {QuickFilter::ExchangeReshipPending,
            QuickFilter::PendingReview,
            QuickFilter::AwaitingShipment,
            QuickFilter::DueSoon,
            QuickFilter::Overdue,
            QuickFilter::Platform,
            QuickFilter::All,
            QuickFilter::SyncFailed};
}

Definition definition(QuickFilter q)
{
    using S = ClaimStatus;
    switch (q) {
    case QuickFilter::All:
        return {};
    case QuickFilter::PendingReview:
        return {{}, {S::PendingReview}, Definition::Until::Any};
    case QuickFilter::ExchangeReshipPending:
        // 换货&补寄待处理: an exchange or a reshipment waiting for the merchant (CLI.md).
        return {{ClaimType::Exchange, ClaimType::Reship},
                {S::PendingReview, S::AwaitingShipment, S::PendingSecondReview, S::ShipOverdue},
                Definition::Until::Any};
    case QuickFilter::AwaitingShipment:
        return {{}, {S::AwaitingShipment}, Definition::Until::Any};
    case QuickFilter::DueSoon:
        return {{}, merchantNext(), Definition::Until::DueSoon};
    case QuickFilter::Overdue:
        return {{}, {S::ShipOverdue}, Definition::Until::Any};
    case QuickFilter::Platform:
        return {{}, {S::InArbitration, S::PlatformIntervention}, Definition::Until::Any};
    case QuickFilter::AtRisk:
        // Review and shipping deadlines: what lapsing them costs is what the strip shows.
        return {{}, {S::PendingReview, S::AwaitingShipment}, Definition::Until::AtRisk};
    case QuickFilter::MyPending:
        // 我的待处理: what the agent holds and has to act on next.
        return {{}, merchantNext(), Definition::Until::Any, true};
    case QuickFilter::SyncFailed:
        // 同步失败: an action the platform refused, until the merchant has seen it.
        return {{}, {}, Definition::Until::Any, false, true};
    }
    return {};
}

} // namespace aftersales::quickfilters

namespace aftersales
{

bool holdsApartFromSearch(const ClaimQuery &query, const Claim &claim)
{
    const quickfilters::Definition d = quickfilters::definition(query.quick);
    if (!d.types.isEmpty() && !d.types.contains(claim.type))
        return false;
    if (!d.statuses.isEmpty() && !d.statuses.contains(claim.status))
        return false;
    if (d.until != quickfilters::Definition::Until::Any) {
        const qint64 ahead = d.until == quickfilters::Definition::Until::DueSoon ? query.dueSoonSecs
                                                                                 : quickfilters::atRiskSecs;
        if (!claim.deadline || claim.deadline->toSecsSinceEpoch() >= query.now.toSecsSinceEpoch() + ahead)
            return false;
    }
    if (query.type && claim.type != *query.type)
        return false;
    if (!query.types.isEmpty() && !query.types.contains(claim.type))
        return false;
    if (query.status && claim.status != *query.status)
        return false;
    if (query.flag && claim.flag != *query.flag)
        return false;
    return true;
}

bool isDrillDown(const ClaimQuery &q)
{
    return q.applied || q.deadline || !q.statuses.isEmpty() || q.reason || q.product ||
           !q.firstReviewEnd.isEmpty() || q.shipmentOpened || !q.firstShipmentEnd.isEmpty() || q.firstActor ||
           q.step;
}

void narrow(ClaimQuery &q, const ClaimQuery &d)
{
    if (d.type)
        q.type = d.type;
    if (!d.types.isEmpty())
        q.types = d.types;
    if (d.status)
        q.status = d.status;
    q.applied = d.applied;
    q.deadline = d.deadline;
    q.statuses = d.statuses;
    q.reason = d.reason;
    q.product = d.product;
    q.firstReviewEnd = d.firstReviewEnd;
    q.shipmentOpened = d.shipmentOpened;
    q.firstShipmentEnd = d.firstShipmentEnd;
    q.firstActor = d.firstActor;
    q.step = d.step;
}

} // namespace aftersales
