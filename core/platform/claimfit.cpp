#include "claimfit.h"

#include "domain/names.h"
#include "platformcodes.h"

#include <QCoreApplication>

namespace aftersales::platform::claimfit
{
namespace
{

// The context lupdate gives tr() calls in this namespace.
QString tr(const char *text)
{
    return QCoreApplication::translate("aftersales::platform::claimfit", text);
}

std::optional<QDateTime> deadlineAt(qint64 statusDeadline)
{
    if (statusDeadline <= 0)
        return std::nullopt;
    return QDateTime::fromSecsSinceEpoch(statusDeadline, Qt::UTC);
}

Reason reasonFor(ClaimType type, const QString &text)
{
    const QList<Reason> allowed = names::reasonsFor(type);
    const std::optional<Reason> said = codes::reasonFromText(text);
    if (said && allowed.contains(*said))
        return *said;
    return allowed.contains(Reason::Other) ? Reason::Other : allowed.value(0, Reason::Other);
}

} // namespace

int wireStatus(ClaimStatus status)
{
    switch (status) {
    case ClaimStatus::InArbitration:
    case ClaimStatus::PlatformIntervention:
        return 27;
    case ClaimStatus::ShipOverdue:
        return 8;
    case ClaimStatus::Cancelled:
        return 28;
    default:
        return names::platformCode(status).value_or(-1);
    }
}

ClaimStatus statusFor(int code, std::optional<bool> arbitrating, const QString &reasonText,
                      const Claim &prior, qint64 updateTime)
{
    using S = ClaimStatus;
    switch (code) {
    case 27: {
        if (arbitrating && *arbitrating) {
            PlatformClaim deciding;
            deciding.arbitrateStatus = 1;
            deciding.reasonText = reasonText;
            return codes::domainStatus(deciding);
        }
        if (arbitrating)
            return S::Rejected;
        if (prior.status == S::Rejected || prior.status == S::InArbitration ||
            prior.status == S::PlatformIntervention)
            return prior.status;
        return prior.type == ClaimType::Reship && prior.reason == Reason::NeverReceived ? S::InArbitration
                                                                                        : S::Rejected;
    }
    case 8:
        if (prior.status == S::ShipOverdue)
            return S::ShipOverdue;
        if (prior.status == S::AwaitingShipment && prior.deadline &&
            prior.deadline->toSecsSinceEpoch() <= updateTime)
            return S::ShipOverdue;
        return S::AwaitingShipment;
    case 28:
        return prior.status == S::Cancelled ? S::Cancelled : S::Closed;
    default:
        return names::statusFromPlatformCode(code).value_or(prior.status);
    }
}

Workbench::PlatformFit pulled(const PlatformClaim &item, const std::optional<Claim> &held)
{
    using Fit = Workbench::PlatformFit;
    Fit fit;
    if (item.aftersaleId < localIdLimit) {
        fit.kind = Fit::Kind::Refused;
        fit.why = tr("the platform's claim %1 has an id in the range of claims made here; it was not taken")
                      .arg(item.aftersaleId);
        return fit;
    }
    if (held && !held->sync.onPlatform()) {
        fit.kind = Fit::Kind::Refused;
        fit.why = tr("claim %1 was made or imported here, so the platform's claim with the same id was not "
                     "taken; rename or remove the local one")
                      .arg(item.aftersaleId);
        return fit;
    }
    if (held && *held->sync.platformUpdateTime >= item.updateTime)
        return fit; // not newer: the overlap, or a claim read back since
    Claim c = held ? *held : Claim{};
    c.id = item.aftersaleId;
    c.type = item.type;
    c.reason = reasonFor(item.type, item.reasonText);
    const Claim prior = held ? *held : c;
    c.status = statusFor(item.statusCode, item.arbitrateStatus == 1, item.reasonText, prior, item.updateTime);
    c.deadline = deadlineAt(item.statusDeadline);
    c.refundCents = item.refundAmount;
    c.carrier = item.resendLogistics.companyCode;
    c.trackingNo = item.resendLogistics.trackingNo;
    c.appliedAt = QDateTime::fromSecsSinceEpoch(item.applyTime, Qt::UTC);
    c.updatedAt = QDateTime::fromSecsSinceEpoch(item.updateTime, Qt::UTC);
    c.sync.platformUpdateTime = item.updateTime;
    if (!held) {
        c.orderId = item.shopOrderId;
        Order &o = c.order;
        o.orderId = item.shopOrderId;
        o.category = QStringLiteral("unknown"); // the platform's list does not say
        o.amountCents = item.payAmount;
        o.product = item.productName;
        if (!item.orderLogistics.isEmpty()) {
            o.carrier = item.orderLogistics.first().companyCode;
            o.trackingNo = item.orderLogistics.first().trackingNo;
        }
        if (item.type != ClaimType::RefundUnshipped)
            o.shippedAt = c.appliedAt;
        c.sync.state = SyncState::Synced;
    }
    fit.kind = Fit::Kind::TakeIn;
    fit.claim = c;
    return fit;
}

Workbench::PlatformFit readBack(const ClaimDetail &detail, const Claim &held, const OutboxEntry &refused,
                                bool shipped)
{
    Workbench::PlatformFit fit;
    Claim c = held;
    Claim prior = held;
    prior.status = refused.fromStatus;
    // Unchanged on the platform since the action's base: exactly where the action started.
    c.status =
        detail.updateTime == refused.baseUpdateTime && wireStatus(refused.fromStatus) == detail.statusCode
            ? refused.fromStatus
            : statusFor(detail.statusCode, std::nullopt, {}, prior, detail.updateTime);
    c.deadline = deadlineAt(detail.statusDeadline);
    c.type = detail.type;
    if (shipped && c.status != ClaimStatus::Shipped && c.status != ClaimStatus::Completed) {
        // The refused shipment's number is not the platform's.
        c.carrier.clear();
        c.trackingNo.clear();
    }
    c.updatedAt = QDateTime::fromSecsSinceEpoch(detail.updateTime, Qt::UTC);
    c.sync.platformUpdateTime = std::max(detail.updateTime, held.sync.platformUpdateTime.value_or(0));
    fit.kind = Workbench::PlatformFit::Kind::TakeIn;
    fit.claim = c;
    return fit;
}

} // namespace aftersales::platform::claimfit
