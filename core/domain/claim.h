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

// Where a claim stands with the platform (PLATFORM.md): a local-only claim (made here, or
// imported from a file) has no platform update time and is never sent anywhere; a platform
// claim is synced, has actions waiting to be sent, or had one refused that the merchant has
// not seen yet.
enum class SyncState { Local, Synced, Pending, Failed };

struct ClaimSync {
    // The platform's update_time of the claim as last pulled (or read back); none: local-only.
    std::optional<qint64> platformUpdateTime;
    SyncState state = SyncState::Local;
    QString message; // the platform's words on the refused action, while Failed
    bool onPlatform() const { return platformUpdateTime.has_value(); }
    bool operator==(const ClaimSync &) const = default;
};

// Claims made here take ids below this; platform claims keep their aftersale_id, which is
// far above it (sixteen digits and more), so the two never collide.
inline constexpr qint64 localIdLimit = 1'000'000'000'000;

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
    // Kept by the sync (the Workbench's platform calls), never by the rules.
    ClaimSync sync;
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
