#include "domain/claimactions.h"

#include <QCoreApplication>

namespace aftersales
{
namespace
{

using Op = PlatformOperation;
using M = PlatformOperation::Method;
using S = ReviewStage;
using T = ClaimType;

// Qt::Key values (qnamespace.h) without a GUI dependency in the domain: A, R, T, F.
constexpr int keyA = 0x41;
constexpr int keyR = 0x52;
constexpr int keyT = 0x54;
constexpr int keyF = 0x46;

QList<ClaimAction> makeTable()
{
    QList<ClaimAction> rows;
    {
        ClaimAction a{Action::Approve,
                      "approve",
                      "actionApprove",
                      "detailApproveButton",
                      keyA,
                      QT_TRANSLATE_NOOP("claimactions", "&Approve"),
                      QT_TRANSLATE_NOOP("claimactions", "Approve the claim"),
                      QT_TRANSLATE_NOOP("claimactions", "Claim %1 approved: %2."),
                      QT_TRANSLATE_NOOP("claimactions", "The merchant approves one or more claims.")};
        a.many = true;
        a.manyText = QT_TRANSLATE_N_NOOP("claimactions", "&Approve %n claim(s)");
        a.manyTip = QT_TRANSLATE_NOOP("claimactions", "Approve every selected claim");
        a.manyDone = QT_TRANSLATE_N_NOOP("claimactions", "Approved %1 of %n claim(s).");
        a.manyRefused = QT_TRANSLATE_NOOP("claimactions", "Some claims were not approved");
        a.platform = {{T::Reship, S::Any, Op{M::Operate, 501}},
                      {T::Exchange, S::First, Op{M::Operate, 301}},
                      {T::Exchange, S::Second, Op{M::Operate, 311, true}},
                      {T::ReturnRefund, S::First, Op{M::Operate, 101}},
                      {T::ReturnRefund, S::Second, Op{M::Operate, 111}},
                      {T::RefundShipped, S::Any, Op{M::Operate, 201}},
                      {T::RefundUnshipped, S::Any, Op{M::Operate, 401}}};
        rows.append(a);
    }
    {
        ClaimAction a{Action::Reject,
                      "reject",
                      "actionReject",
                      "detailRejectButton",
                      keyR,
                      QT_TRANSLATE_NOOP("claimactions", "&Reject…"),
                      QT_TRANSLATE_NOOP("claimactions", "Reject the claim with a reason"),
                      QT_TRANSLATE_NOOP("claimactions", "Claim %1 rejected: %2."),
                      QT_TRANSLATE_NOOP("claimactions", "The merchant rejects a claim with a reason code."),
                      ActionInput::RejectReason};
        a.platform = {{T::Reship, S::Any, Op{M::Operate, 502}},
                      {T::Exchange, S::First, Op{M::Operate, 302}},
                      {T::Exchange, S::Second, Op{M::Operate, 312}},
                      {T::ReturnRefund, S::First, Op{M::Operate, 102}},
                      {T::ReturnRefund, S::Second, Op{M::Operate, 112}},
                      {T::RefundShipped, S::Any, Op{M::Operate, 202}}};
        rows.append(a);
    }
    {
        ClaimAction a{Action::Ship,
                      "ship",
                      "actionShip",
                      "detailShipButton",
                      keyT,
                      QT_TRANSLATE_NOOP("claimactions", "Enter &tracking number…"),
                      QT_TRANSLATE_NOOP("claimactions", "Ship the replacement: carrier and tracking number"),
                      QT_TRANSLATE_NOOP("claimactions", "Claim %1 shipped: %2."),
                      QT_TRANSLATE_NOOP("claimactions",
                                        "The merchant enters the replacement's carrier and tracking "
                                        "number; --from ships a CSV of many at once."),
                      ActionInput::Shipment};
        // A reshipment's number goes to afterSale/fillLogistics; an exchange's new item is
        // shipped with the confirmation of the return (311).
        a.platform = {{T::Reship, S::Any, Op{M::FillLogistics, 0, true}},
                      {T::Exchange, S::Any, Op{M::Operate, 311, true}}};
        rows.append(a);
    }
    {
        ClaimAction a{
            Action::Refund,
            "refund",
            "actionRefund",
            "detailRefundButton",
            keyF,
            QT_TRANSLATE_NOOP("claimactions", "Convert to re&fund"),
            QT_TRANSLATE_NOOP("claimactions", "Refund the buyer instead"),
            QT_TRANSLATE_NOOP("claimactions", "Claim %1 converted to a refund: %2."),
            QT_TRANSLATE_NOOP("claimactions", "The merchant converts an exchange or a return to a refund."),
            ActionInput::Confirmation};
        a.confirmTitle = QT_TRANSLATE_NOOP("claimactions", "Convert to refund");
        a.confirmQuestion =
            QT_TRANSLATE_NOOP("claimactions", "Refund %1 to the buyer instead of the %2 of claim %3?");
        a.platform = {{T::Exchange, S::Any, Op{M::Operate, 321}},
                      {T::ReturnRefund, S::Any, Op{M::Operate, 121}}};
        rows.append(a);
    }
    return rows;
}

ReviewStage stageOf(ClaimStatus status)
{
    return status == ClaimStatus::PendingSecondReview ? ReviewStage::Second : ReviewStage::First;
}

} // namespace

QString ClaimAction::label() const
{
    return claimactions::tr(text);
}

QString ClaimAction::toolTip() const
{
    return claimactions::tr(tip);
}

QString ClaimAction::doneText() const
{
    return claimactions::tr(done);
}

namespace claimactions
{

const QList<ClaimAction> &all()
{
    static const QList<ClaimAction> table = makeTable();
    return table;
}

const ClaimAction *find(Action action)
{
    for (const ClaimAction &a : all())
        if (a.action == action)
            return &a;
    return nullptr;
}

const ClaimAction *find(const QString &name)
{
    for (const ClaimAction &a : all())
        if (name == QLatin1String(a.name))
            return &a;
    return nullptr;
}

QString tr(const char *source)
{
    return QCoreApplication::translate("claimactions", source);
}

std::optional<PlatformOperation> platformOperation(Action action, const Claim &claim)
{
    const ClaimAction *row = find(action);
    if (!row)
        return std::nullopt;
    const ReviewStage stage = stageOf(claim.status);
    for (const PlatformCode &code : row->platform)
        if (code.type == claim.type && (code.stage == ReviewStage::Any || code.stage == stage))
            return code.operation;
    return std::nullopt;
}

} // namespace claimactions
} // namespace aftersales
