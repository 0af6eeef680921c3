#include "io/claimtext.h"

#include "domain/rules.h"
#include "domain/timeformat.h"

#include <QCoreApplication>
#include <QLocale>

namespace aftersales::claimtext
{
namespace
{

// The context lupdate gives tr() calls in this namespace.
QString tr(const char *text)
{
    return QCoreApplication::translate("aftersales::claimtext", text);
}

// What a late shipment brings, priced by the rules.
QString lateShipment(const Claim &claim, const rules::DeadlineCost &cost, const QString &left)
{
    if (cost.compensationCents > 0 && cost.refundCents > 0)
        return tr("In %1: late-shipment penalty, %2 compensation and an automatic full refund of %3")
            .arg(left, money(cost.compensationCents), money(cost.refundCents));
    if (cost.refundCents > 0)
        return tr("In %1: late-shipment penalty and an automatic full refund of %2")
            .arg(left, money(cost.refundCents));
    if (cost.compensationCents > 0)
        return tr("In %1: late-shipment penalty and %2 compensation to the buyer")
            .arg(left, money(cost.compensationCents));
    if (claim.compensationCents > 0)
        return tr("In %1: late-shipment penalty (compensation already paid); the buyer may then escalate")
            .arg(left);
    return tr("In %1: late-shipment penalty; the buyer may then escalate").arg(left);
}

} // namespace

QString money(qint64 cents)
{
    const QString sign = cents < 0 ? QStringLiteral("-") : QString();
    const qint64 abs = cents < 0 ? -cents : cents;
    return sign + QStringLiteral("¥") + QLocale().toString(abs / 100) + QLatin1Char('.') +
           QStringLiteral("%1").arg(abs % 100, 2, 10, QLatin1Char('0'));
}

QString deadlineSentence(const Claim &claim, const QDateTime &now, const Policy &policy)
{
    if (!claim.deadline) {
        switch (claim.status) {
        case ClaimStatus::InArbitration:
        case ClaimStatus::PlatformIntervention:
            return tr("No deadline: the platform decides.");
        case ClaimStatus::Shipped:
            return tr("No deadline: waiting for the buyer to confirm receipt.");
        default:
            return tr("No deadline: this claim is finished.");
        }
    }
    const qint64 secs = now.secsTo(*claim.deadline);
    if (secs <= 0)
        return tr("The deadline has passed; the automatic step is being applied.");
    const QString left = timeformat::remaining(secs);
    const std::optional<rules::DeadlineCost> cost = rules::atDeadline(claim, policy);
    switch (claim.status) {
    case ClaimStatus::PendingReview:
        return tr("Approves automatically in %1").arg(left);
    case ClaimStatus::AwaitingShipment:
        return lateShipment(claim, *cost, left);
    case ClaimStatus::PendingSecondReview:
        if (claim.type == ClaimType::Exchange)
            return tr("Return confirmed automatically in %1").arg(left);
        return tr("Refunds automatically in %1").arg(left);
    case ClaimStatus::AwaitingBuyerReturn:
        return tr("Closes in %1 unless the buyer ships the goods back").arg(left);
    case ClaimStatus::Rejected:
    case ClaimStatus::SecondRejected:
    case ClaimStatus::ShipOverdue:
        return tr("Closes in %1 unless the buyer modifies the application or escalates").arg(left);
    default:
        return tr("Next automatic step in %1").arg(left);
    }
}

} // namespace aftersales::claimtext
