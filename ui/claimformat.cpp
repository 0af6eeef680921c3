#include "claimformat.h"

#include "domain/rules.h"
#include "io/claimtext.h"

namespace aftersales::ui
{

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
    return claimtext::time(t, timeZone(), claimtext::Precision::Minutes);
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

QString ClaimFormat::actionText(const ClaimAction &row, const Claim &claim)
{
    if (row.action != Action::Approve)
        return row.label();
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

} // namespace aftersales::ui
