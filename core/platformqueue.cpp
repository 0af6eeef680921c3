#include "platformqueue.h"

#include <QCoreApplication>

namespace aftersales::platformqueue
{
namespace
{

// The context lupdate gives tr() calls in this namespace.
QString tr(const char *text)
{
    return QCoreApplication::translate("aftersales::platformqueue", text);
}

struct Operation {
    OutboxEntry::Method method = OutboxEntry::Method::Operate;
    int type = 0;
    bool withLogistics = false;
};

// PLATFORM.md's codes per claim type and review stage (the second review is
// pending_second_review; a rejected claim is reconsidered at the first).
std::optional<Operation> operationFor(Action action, const Claim &c)
{
    using M = OutboxEntry::Method;
    const bool second = c.status == ClaimStatus::PendingSecondReview;
    switch (action) {
    case Action::Approve:
        switch (c.type) {
        case ClaimType::Reship:
            return Operation{M::Operate, 501};
        case ClaimType::Exchange:
            return second ? Operation{M::Operate, 311, true} : Operation{M::Operate, 301};
        case ClaimType::ReturnRefund:
            return Operation{M::Operate, second ? 111 : 101};
        case ClaimType::RefundShipped:
            return Operation{M::Operate, 201};
        case ClaimType::RefundUnshipped:
            return Operation{M::Operate, 401};
        }
        break;
    case Action::Reject:
        switch (c.type) {
        case ClaimType::Reship:
            return Operation{M::Operate, 502};
        case ClaimType::Exchange:
            return Operation{M::Operate, second ? 312 : 302};
        case ClaimType::ReturnRefund:
            return Operation{M::Operate, second ? 112 : 102};
        case ClaimType::RefundShipped:
            return Operation{M::Operate, 202};
        case ClaimType::RefundUnshipped:
            break;
        }
        break;
    case Action::Ship:
        if (c.type == ClaimType::Reship)
            return Operation{M::FillLogistics, 0, true};
        if (c.type == ClaimType::Exchange)
            return Operation{M::Operate, 311, true};
        break;
    case Action::Refund:
        if (c.type == ClaimType::Exchange)
            return Operation{M::Operate, 321};
        if (c.type == ClaimType::ReturnRefund)
            return Operation{M::Operate, 121};
        break;
    default:
        break;
    }
    return std::nullopt;
}

QString actionName(Action action)
{
    switch (action) {
    case Action::Approve:
        return QStringLiteral("approve");
    case Action::Reject:
        return QStringLiteral("reject");
    case Action::Ship:
        return QStringLiteral("ship");
    case Action::Refund:
        return QStringLiteral("refund");
    default:
        return QString();
    }
}

} // namespace

bool happensOnPlatform(Action action)
{
    switch (action) {
    case Action::Cancel:
    case Action::Modify:
    case Action::Escalate:
    case Action::Confirm:
    case Action::Return:
    case Action::DecideForBuyer:
    case Action::DecideForMerchant:
        return true;
    default:
        return false;
    }
}

Result<OutboxEntry> entryFor(const Claim &before, const Claim &after, const ActionRequest &request,
                             const QDateTime &now)
{
    const std::optional<Operation> op = operationFor(request.action, before);
    if (!op)
        return Outcome::refused(
            QStringLiteral("platform_has_no_operation"),
            tr("Claim %1 lives on the platform, which has no operation for this action on "
               "it; nothing was changed.")
                .arg(before.id));
    if (op->withLogistics && after.trackingNo.isEmpty())
        return Outcome::refused(
            QStringLiteral("platform_needs_shipment"),
            tr("On the platform the return of claim %1 is confirmed together with the new "
               "item's shipment: enter its tracking number instead.")
                .arg(before.id));
    OutboxEntry e;
    e.claimId = before.id;
    e.action = actionName(request.action);
    e.method = op->method;
    e.operateType = op->type;
    e.rejectCode = request.action == Action::Reject ? request.rejectCode : std::nullopt;
    e.remark = request.note;
    if (op->withLogistics) {
        e.companyCode = after.carrier;
        e.trackingNo = after.trackingNo;
    }
    e.fromStatus = before.status;
    e.toStatus = after.status;
    e.baseUpdateTime = before.sync.platformUpdateTime.value_or(0);
    e.createdAt = now;
    e.updatedAt = now;
    return e;
}

} // namespace aftersales::platformqueue
