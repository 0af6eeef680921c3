#include "claimformat.h"

#include "carriers.h"
#include "eventtext.h"
#include "names.h"
#include "rules.h"
#include "timeformat.h"

#include <QLocale>

namespace aftersales::ui
{

QString ClaimFormat::money(qint64 cents)
{
    const QString sign = cents < 0 ? QStringLiteral("-") : QString();
    const qint64 abs = cents < 0 ? -cents : cents;
    return sign + QStringLiteral("¥") + QLocale().toString(abs / 100) + QLatin1Char('.') +
           QStringLiteral("%1").arg(abs % 100, 2, 10, QLatin1Char('0'));
}

namespace
{

QTimeZone &displayZone()
{
    static QTimeZone zone;
    return zone;
}

} // namespace

void ClaimFormat::setTimeZone(const QTimeZone &zone)
{
    displayZone() = zone;
}

QTimeZone ClaimFormat::timeZone()
{
    return displayZone().isValid() ? displayZone() : QTimeZone::systemTimeZone();
}

QString ClaimFormat::localTime(const QDateTime &t)
{
    if (displayZone().isValid())
        return t.toTimeZone(displayZone()).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    return t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString ClaimFormat::deadlineCell(const Claim &claim, const QDateTime &now)
{
    if (!claim.deadline)
        return QStringLiteral("—");
    const qint64 secs = now.secsTo(*claim.deadline);
    if (secs <= 0)
        return tr("overdue %1").arg(timeformat::remaining(-secs));
    return tr("%1 left").arg(timeformat::remaining(secs));
}

Urgency ClaimFormat::urgency(const Claim &claim, const QDateTime &now, qint64 dueSoonSecs)
{
    if (claim.status == ClaimStatus::ShipOverdue)
        return Urgency::Overdue;
    if (!claim.deadline)
        return Urgency::None;
    const qint64 secs = now.secsTo(*claim.deadline);
    if (secs <= 0)
        return Urgency::Overdue;
    if (rules::merchantActsNext(claim.status) && secs < dueSoonSecs)
        return Urgency::DueSoon;
    return Urgency::Normal;
}

QString ClaimFormat::countdown(const Claim &claim, const QDateTime &now, const Policy &policy)
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
    switch (claim.status) {
    case ClaimStatus::PendingReview:
        return tr("Approves automatically in %1").arg(left);
    case ClaimStatus::AwaitingShipment:
        if (claim.type == ClaimType::Reship && claim.reason == Reason::NeverReceived)
            return tr("In %1: late-shipment penalty, %2 compensation and an automatic full refund of %3")
                .arg(left, money(claim.compensationCents == 0 ? policy.compensationCents : 0),
                     money(claim.order.amountCents));
        if (claim.compensationCents > 0)
            return tr("In %1: late-shipment penalty (compensation already paid); the buyer may then escalate")
                .arg(left);
        return tr("In %1: late-shipment penalty and %2 compensation to the buyer")
            .arg(left, money(policy.compensationCents));
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

QString ClaimFormat::approveText(const Claim &claim)
{
    switch (claim.type) {
    case ClaimType::Reship:
        return tr("Approve reshipment");
    case ClaimType::Exchange:
        return claim.status == ClaimStatus::PendingSecondReview ? tr("Confirm returned goods")
                                                                : tr("Approve exchange");
    case ClaimType::ReturnRefund:
        return claim.status == ClaimStatus::PendingSecondReview ? tr("Confirm return and refund")
                                                                : tr("Approve return");
    case ClaimType::RefundShipped:
    case ClaimType::RefundUnshipped:
        return tr("Approve refund");
    }
    return tr("Approve");
}

QString ClaimFormat::shipment(const QString &carrier, const QString &trackingNo)
{
    if (trackingNo.isEmpty())
        return {};
    const auto found = carriers::find(carrier);
    return (found ? found->name : carrier) + QLatin1Char(' ') + trackingNo;
}

QString ClaimFormat::eventDetail(const Event &event)
{
    return eventtext::detail(event);
}

} // namespace aftersales::ui
