#include "storage/milestones.h"

namespace aftersales::milestones
{
namespace
{

WindowEnd endBy(const Event &e, bool shipped)
{
    if (e.actor == actors::system)
        return WindowEnd::Automatic;
    return isOperator(e.actor) && shipped ? WindowEnd::Merchant : WindowEnd::Other;
}

} // namespace

bool isOperator(const QString &actor)
{
    return actor != actors::buyer && actor != actors::platform && actor != actors::system;
}

Milestones advance(Milestones m, const QList<Event> &events)
{
    for (const Event &e : events) {
        if (!m.firstActionAt && e.from != e.to && isOperator(e.actor)) {
            m.firstActionAt = e.at;
            m.firstActor = e.actor;
        }
        if (!m.reviewEnd && e.from == ClaimStatus::PendingReview && e.to != ClaimStatus::PendingReview)
            m.reviewEnd = endBy(e, true);
        if (!m.shipStart && e.to == ClaimStatus::AwaitingShipment && e.from != ClaimStatus::AwaitingShipment)
            m.shipStart = e.at;
        if (!m.shipEnd && e.from == ClaimStatus::AwaitingShipment && e.to != ClaimStatus::AwaitingShipment)
            m.shipEnd = endBy(e, e.to == ClaimStatus::Shipped);
    }
    return m;
}

} // namespace aftersales::milestones
