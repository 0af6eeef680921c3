#include "statemachine.h"

#include "domain.h"
#include "rejectreasons.h"

#include <array>

namespace aftersales::platformsim
{
namespace
{

struct OperateCode {
    int code;
    ClaimType type;
    Action action;
    unsigned from; // a bit per status (statuses())
};

using S = ClaimStatus;

constexpr unsigned statuses(std::initializer_list<ClaimStatus> list)
{
    unsigned out = 0;
    for (ClaimStatus s : list)
        out |= 1u << unsigned(s);
    return out;
}

// PLATFORM.md's operate codes: the claim type each belongs to, what it does, and the
// statuses it is meant for (first and second review are different codes).
const std::array operateCodes{
    OperateCode{501, ClaimType::Reship, Action::Approve, statuses({S::PendingReview, S::Rejected})},
    OperateCode{502, ClaimType::Reship, Action::Reject, statuses({S::PendingReview})},
    OperateCode{301, ClaimType::Exchange, Action::Approve, statuses({S::PendingReview, S::Rejected})},
    OperateCode{302, ClaimType::Exchange, Action::Reject, statuses({S::PendingReview})},
    OperateCode{311, ClaimType::Exchange, Action::Ship,
                statuses({S::PendingSecondReview, S::AwaitingShipment, S::ShipOverdue})},
    OperateCode{312, ClaimType::Exchange, Action::Reject, statuses({S::PendingSecondReview})},
    OperateCode{321, ClaimType::Exchange, Action::Refund,
                statuses({S::PendingReview, S::PendingSecondReview, S::AwaitingShipment})},
    OperateCode{101, ClaimType::ReturnRefund, Action::Approve, statuses({S::PendingReview, S::Rejected})},
    OperateCode{102, ClaimType::ReturnRefund, Action::Reject, statuses({S::PendingReview})},
    OperateCode{111, ClaimType::ReturnRefund, Action::Approve, statuses({S::PendingSecondReview})},
    OperateCode{112, ClaimType::ReturnRefund, Action::Reject, statuses({S::PendingSecondReview})},
    OperateCode{121, ClaimType::ReturnRefund, Action::Refund, statuses({S::PendingReview})},
    OperateCode{201, ClaimType::RefundShipped, Action::Approve, statuses({S::PendingReview, S::Rejected})},
    OperateCode{202, ClaimType::RefundShipped, Action::Reject, statuses({S::PendingReview})},
    OperateCode{401, ClaimType::RefundUnshipped, Action::Approve, statuses({S::PendingReview, S::Rejected})},
};

const OperateCode *findCode(int code)
{
    for (const OperateCode &c : operateCodes)
        if (c.code == code)
            return &c;
    return nullptr;
}

ItemOutcome refused(int code, const QString &message)
{
    return {code, message};
}

// The platform's words for a refusal by core's rules.
ItemOutcome fromRules(const Outcome &outcome)
{
    if (outcome.rule == QLatin1String("tracking_same_as_original"))
        return refused(itemstatus::badLogistics, QStringLiteral("运单号与原订单运单号相同"));
    if (outcome.rule.endsWith(QLatin1String("_window_closed")))
        return refused(itemstatus::notAllowed, QStringLiteral("已超过处理时限"));
    if (outcome.kind == Outcome::Kind::BadInput)
        return refused(itemstatus::badLogistics, QStringLiteral("物流信息无效"));
    return refused(itemstatus::notAllowed, QStringLiteral("当前售后状态不允许该操作"));
}

} // namespace

StateMachine::StateMachine(ClaimBook &book, Policy policy) : m_book(book), m_policy(std::move(policy)) {}

bool StateMachine::knownOperateType(int type)
{
    return findCode(type) != nullptr;
}

bool StateMachine::needsRejectReason(int type)
{
    const OperateCode *c = findCode(type);
    return c && c->action == Action::Reject;
}

bool StateMachine::needsLogistics(int type)
{
    const OperateCode *c = findCode(type);
    return c && c->action == Action::Ship;
}

ItemOutcome StateMachine::operate(int type, const OperateItem &item, qint64 now)
{
    const SimClaim *c = m_book.find(item.id);
    if (!c)
        return refused(itemstatus::notFound, QStringLiteral("售后单不存在"));
    if (item.updateTime != c->updateTime)
        return refused(itemstatus::stateChanged, QStringLiteral("售后单状态已变更"));
    const OperateCode *code = findCode(type);
    if (!code || code->type != c->claim.type)
        return refused(itemstatus::wrongType, QStringLiteral("操作类型与售后类型不符"));

    ActionRequest request;
    request.action = code->action;
    request.actor = actors::platform;
    if (code->action == Action::Reject) {
        const auto reason =
            item.rejectReasonCode ? rejectreasons::find(*item.rejectReasonCode) : std::nullopt;
        if (!reason)
            return refused(itemstatus::badRejectReason, QStringLiteral("拒绝原因编码无效"));
        request.rejectCode = reason->coreCode;
        request.note = reason->reason;
    }
    if (code->action == Action::Ship) {
        if (!item.hasLogistics)
            return refused(itemstatus::badLogistics, QStringLiteral("缺少物流信息"));
        const ItemOutcome shipment = checkShipment(*c, item.companyCode, item.logisticsCode);
        if (!shipment.applied())
            return shipment;
        request.carrier = item.companyCode;
        request.trackingNo = item.logisticsCode;
    }
    if (!(code->from & (1u << unsigned(c->claim.status))))
        return refused(itemstatus::notAllowed, QStringLiteral("当前售后状态不允许该操作"));
    return decide(*c, request, now, item.remark);
}

ItemOutcome StateMachine::fillLogistics(quint64 id, const QString &companyCode, const QString &trackingNo,
                                        qint64 now)
{
    const SimClaim *c = m_book.find(id);
    if (!c)
        return refused(itemstatus::notFound, QStringLiteral("售后单不存在"));
    if (c->claim.type != ClaimType::Reship)
        return refused(itemstatus::wrongType, QStringLiteral("仅补寄售后单可填写补寄物流"));
    const ItemOutcome shipment = checkShipment(*c, companyCode, trackingNo);
    if (!shipment.applied())
        return shipment;
    if (c->claim.status != ClaimStatus::AwaitingShipment && c->claim.status != ClaimStatus::ShipOverdue)
        return refused(itemstatus::notAllowed, QStringLiteral("当前售后状态不允许该操作"));
    ActionRequest request;
    request.action = Action::Ship;
    request.actor = actors::platform;
    request.carrier = companyCode;
    request.trackingNo = trackingNo;
    return decide(*c, request, now, {});
}

ItemOutcome StateMachine::checkShipment(const SimClaim &c, const QString &companyCode,
                                        const QString &trackingNo) const
{
    if (!carriers::find(companyCode))
        return refused(itemstatus::badLogistics, QStringLiteral("物流公司编码无效"));
    if (!carriers::matches(companyCode, trackingNo))
        return refused(itemstatus::badLogistics, QStringLiteral("运单号格式与物流公司不符"));
    const QString number = carriers::normalized(trackingNo);
    if (!c.claim.order.trackingNo.isEmpty() && carriers::normalized(c.claim.order.trackingNo) == number)
        return refused(itemstatus::badLogistics, QStringLiteral("运单号与原订单运单号相同"));
    if (m_book.trackingUsed(number))
        return refused(itemstatus::badLogistics, QStringLiteral("运单号已被使用"));
    return {};
}

ItemOutcome StateMachine::act(quint64 id, Action action, const QString &carrier, const QString &trackingNo,
                              qint64 now)
{
    const SimClaim *c = m_book.find(id);
    if (!c)
        return refused(itemstatus::notFound, QStringLiteral("售后单不存在"));
    ActionRequest request;
    request.action = action;
    request.actor = action == Action::DecideForBuyer || action == Action::DecideForMerchant ? actors::platform
                                                                                            : actors::buyer;
    if (action == Action::Return) {
        if (!carriers::find(carrier) || !carriers::matches(carrier, trackingNo))
            return refused(itemstatus::badLogistics, QStringLiteral("退货物流信息无效"));
        if (m_book.trackingUsed(trackingNo))
            return refused(itemstatus::badLogistics, QStringLiteral("运单号已被使用"));
        request.carrier = carrier;
        request.trackingNo = trackingNo;
    }
    return decide(*c, request, now, {});
}

ItemOutcome StateMachine::decide(const SimClaim &c, const ActionRequest &request, qint64 now,
                                 const QString &remark)
{
    const Result<Decision> d =
        rules::act(c.claim, request, QDateTime::fromSecsSinceEpoch(now, Qt::UTC), m_policy);
    if (!d.ok())
        return fromRules(d.outcome);
    Claim next = d->claim;
    if (!remark.isEmpty())
        next.remark = remark;
    m_book.change(c.id, next, now);
    return {};
}

int StateMachine::applyDue(qint64 now)
{
    const bool many = m_book.dueCount(now, 32) >= 32;
    if (many)
        m_book.beginBulk();
    int steps = 0;
    while (const std::optional<quint64> id = m_book.nextDue(now)) {
        const SimClaim &c = *m_book.find(*id);
        const qint64 at = c.deadlineSecs();
        std::optional<Decision> step = rules::automaticStep(c.claim, m_policy);
        Claim next = step ? step->claim : c.claim;
        if (!step)
            next.deadline.reset(); // nothing happens at it: a deadline given by hand
        m_book.change(*id, next, at);
        ++steps;
    }
    if (many)
        m_book.endBulk();
    return steps;
}

} // namespace aftersales::platformsim
