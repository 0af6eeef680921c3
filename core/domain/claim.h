#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace aftersales
{

// The platform's aftersale_type codes are the enum values.
enum class ClaimType { ReturnRefund = 0, RefundShipped = 1, RefundUnshipped = 2, Exchange = 3, Reship = 7 };

// Our own stable numbering (stored in the database); the platform's
// standard_aftersale_status code, where it has one, comes from platformCode().
enum class ClaimStatus {
    PendingReview = 1,
    AwaitingBuyerReturn,
    AwaitingShipment,
    PendingSecondReview,
    Refunded,
    Shipped,
    Completed,
    Rejected,
    Closed,
    SecondRejected,
    ShipOverdue,
    InArbitration,
    PlatformIntervention,
    Cancelled,
};

enum class Reason {
    NeverReceived = 1,
    MissingItems,
    Other,
    QualityIssue,
    WrongItem,
    NotAsDescribed,
    NoLongerNeeded,
};

enum class RejectCode { AgreedWithBuyer = 1, OutOfStock, Delivered, Other };

struct Order {
    QString orderId;
    QString category;
    qint64 amountCents = 0;
    QString carrier;
    QString trackingNo;
    std::optional<QDateTime> shippedAt;
    std::optional<QDateTime> receivedAt;
    QString buyer;
    QString product;
};

struct Claim {
    qint64 id = 0;
    QString orderId;
    ClaimType type = ClaimType::Reship;
    Reason reason = Reason::Other;
    ClaimStatus status = ClaimStatus::PendingReview;
    QString note;
    QDateTime appliedAt;
    std::optional<QDateTime> deadline;
    QString carrier;
    QString trackingNo;
    QString returnCarrier;
    QString returnTrackingNo;
    qint64 refundCents = 0;
    qint64 compensationCents = 0;
    std::optional<RejectCode> rejectCode;
    QString remark;
    int flag = 0;
    qint64 version = 0;
    QDateTime updatedAt;
    // The agent who holds the claim (the operator name on SQLite, a login role on
    // PostgreSQL); empty: nobody.
    QString assignee;
    // Denormalised from the order, for display; not changed by rules.
    Order order;
};

struct Event {
    qint64 id = 0;
    qint64 claimId = 0;
    QDateTime at;
    QString actor;  // operator name, "buyer", "platform" or "system"
    QString action; // e.g. "apply", "approve", "auto_approve"
    ClaimStatus from = ClaimStatus::PendingReview;
    ClaimStatus to = ClaimStatus::PendingReview;
    QString detail;
};

namespace actors
{
inline const QString buyer = QStringLiteral("buyer");
inline const QString platform = QStringLiteral("platform");
inline const QString system = QStringLiteral("system");
} // namespace actors

} // namespace aftersales
