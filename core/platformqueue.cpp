#include "platformqueue.h"

#include "domain/claimactions.h"

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

} // namespace

bool happensOnPlatform(Action action)
{
    // The table holds the merchant's actions; every other one is the buyer's or the platform's.
    return claimactions::find(action) == nullptr;
}

Result<OutboxEntry> entryFor(const Claim &before, const Claim &after, const ActionRequest &request,
                             const QDateTime &now)
{
    const std::optional<PlatformOperation> op = claimactions::platformOperation(request.action, before);
    const ClaimAction *row = claimactions::find(request.action);
    if (!op || !row)
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
    e.action = QLatin1String(row->name);
    e.method = op->method == PlatformOperation::Method::FillLogistics ? OutboxEntry::Method::FillLogistics
                                                                      : OutboxEntry::Method::Operate;
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
