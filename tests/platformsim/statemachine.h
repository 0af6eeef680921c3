#pragma once

#include "claimbook.h"
#include "domain.h"

#include <QString>

#include <optional>

namespace aftersales::platformsim
{

// One item of afterSale/operate as the client sent it.
struct OperateItem {
    quint64 id = 0;
    qint64 updateTime = 0;
    std::optional<int> rejectReasonCode;
    QString remark;
    bool hasLogistics = false;
    QString companyCode;
    QString logisticsCode;
};

// How the platform answered one change: status_code 0 when it was applied.
struct ItemOutcome {
    int statusCode = 0;
    QString statusMsg;

    bool applied() const { return statusCode == 0; }
};

// The per-item status codes the simulator answers (docs/platform-simulator.md).
namespace itemstatus
{
constexpr int accepted = 0;
constexpr int notFound = 1001;
constexpr int stateChanged = 1002;
constexpr int wrongType = 1003;
constexpr int notAllowed = 1004;
constexpr int badRejectReason = 1005;
constexpr int badLogistics = 1006;
} // namespace itemstatus

// The simulated platform's side of a claim's life: the merchant's writes by operate
// code, the buyer's and the platform's own moves, and the automatic steps at their
// deadlines, all decided by core's rules (RULES.md) and written into the book.
class StateMachine
{
public:
    StateMachine(ClaimBook &book, Policy policy);

    const Policy &policy() const { return m_policy; }

    static bool knownOperateType(int type);
    static bool needsRejectReason(int type);
    static bool needsLogistics(int type);

    ItemOutcome operate(int type, const OperateItem &item, qint64 now);
    // The reshipment's replacement (afterSale/fillLogistics, send_type 1).
    ItemOutcome fillLogistics(quint64 id, const QString &companyCode, const QString &trackingNo, qint64 now);
    // The buyer (cancel, modify, escalate, confirm, return) or the platform (decisions).
    ItemOutcome act(quint64 id, Action action, const QString &carrier, const QString &trackingNo, qint64 now);

    // Every automatic step due by `now`, each at its own deadline; how many happened.
    int applyDue(qint64 now);

private:
    ItemOutcome checkShipment(const SimClaim &c, const QString &companyCode, const QString &trackingNo) const;
    ItemOutcome decide(const SimClaim &c, const ActionRequest &request, qint64 now, const QString &remark);

    ClaimBook &m_book;
    Policy m_policy;
};

} // namespace aftersales::platformsim
