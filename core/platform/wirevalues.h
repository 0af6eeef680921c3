#pragma once

#include "domain/claim.h"

#include <QList>
#include <QString>

#include <optional>

// The values the platform's after-sale API carries (PLATFORM.md), as the client hands them
// over after checking them. Times are Unix seconds and amounts fen, as on the wire; ids are
// the platform's, exact (they pass 2^53). Nothing here has been applied to anything.
namespace aftersales::platform
{

struct Logistics {
    QString companyCode; // the project's carrier code is the platform's company_code
    QString trackingNo;
    bool operator==(const Logistics &) const = default;
};

// One item of afterSale/List.
struct PlatformClaim {
    qint64 aftersaleId = 0;
    ClaimType type = ClaimType::Reship; // aftersale_type (RULES.md code)
    int statusCode = 0;                 // aftersale_status, a RULES.md code the names table knows
    int arbitrateStatus = 0;            // 1: the platform is deciding
    qint64 applyTime = 0;
    qint64 updateTime = 0;
    qint64 statusDeadline = 0; // 0: none
    qint64 refundAmount = 0;
    QList<Logistics> orderLogistics; // the original order's shipments
    Logistics resendLogistics;       // the reshipment's, empty when none
    QString shopOrderId;             // digits, kept as text like the workbench's order ids
    QString productName;             // of the first related order line
    qint64 payAmount = 0;            // of the first related order line
    QString reasonText;              // the buyer's reason as the platform words it
    bool operator==(const PlatformClaim &) const = default;
};

struct ListQuery {
    qint64 updateStart = 0; // update_start_time
    qint64 updateEnd = 0;   // update_end_time
    int page = 0;           // counts from 0
    int size = 100;         // at most 100
};

struct ListPage {
    QList<PlatformClaim> items; // never more than the size asked
    bool hasMore = false;
    qint64 total = 0;
    int page = 0;
    int size = 0;
};

// afterSale/Detail: data.process_info.after_sale_info.
struct ClaimDetail {
    qint64 afterSaleId = 0;
    ClaimType type = ClaimType::Reship;
    int statusCode = 0;
    qint64 updateTime = 0;
    qint64 statusDeadline = 0; // 0: none
};

// One claim of an afterSale/operate request.
struct OperateItem {
    qint64 aftersaleId = 0;
    qint64 updateTime = 0;               // the one last pulled: a claim changed since is refused
    std::optional<int> rejectReasonCode; // the platform's code, on a refusal
    QString remark;                      // sent when not empty
    std::optional<Logistics> logistics;  // sent as {company_code, logistics_code}
};

struct OperateRequest {
    int type = 0; // an action code of PLATFORM.md (501, 502, 301, ...)
    QList<OperateItem> items;
};

// The platform's answer for one claim of an operate request.
struct OperateResult {
    qint64 aftersaleId = 0;
    int statusCode = 0; // 0: accepted; else refused with statusMsg
    QString statusMsg;
    bool accepted() const { return statusCode == 0; }
};

struct RejectReason {
    int code = 0;   // reject_reason_code
    QString reason; // the platform's wording
};

// token/create and token/refresh.
struct TokenAnswer {
    QString accessToken;
    qint64 expiresIn = 0; // seconds
    QString refreshToken;
    QString shopId;
    QString shopName;
};

} // namespace aftersales::platform
