#pragma once

#include "domain/claim.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// What the platform sync keeps beside the claims (PLATFORM.md): the outbox of the merchant's
// actions waiting to be sent, the shop the database is connected to, and the lease that lets
// one process at a time send. Plain values, the same for every backend. Never a credential:
// the app secret and the tokens live in the keyring or in memory only.
namespace aftersales
{

// An outbox row's life: waiting → sending (committed before the request leaves) → delivered
// or refused; a row whose answer was lost goes back to waiting only when reading the claim
// back shows the platform did not take it.
enum class OutboxState { Waiting = 0, Sending = 1, Delivered = 2, Refused = 3 };

// One merchant action on a platform claim, queued in the same transaction as the local change.
struct OutboxEntry {
    enum class Method { Operate = 1, FillLogistics = 2 };

    qint64 id = 0; // the order actions were made in
    qint64 claimId = 0;
    QString action; // what the merchant did: "approve", "reject", "ship", "refund"
    Method method = Method::Operate;
    int operateType = 0;                  // afterSale/operate's type; 0 with fillLogistics
    std::optional<RejectCode> rejectCode; // the workbench's code; mapped onto the platform's list when sent
    QString remark;                       // the merchant's note, sent when not empty
    QString companyCode;                  // the shipment sent with it, when there is one
    QString trackingNo;
    ClaimStatus fromStatus = ClaimStatus::PendingReview; // the claim's status before the action
    ClaimStatus toStatus = ClaimStatus::PendingReview;   // where the action took it here
    // The platform update_time the action is based on (sent as update_time): the claim's as
    // last pulled when it was queued, moved on when an earlier action of the claim was taken.
    qint64 baseUpdateTime = 0;
    QDateTime createdAt;
    OutboxState state = OutboxState::Waiting;
    int attempts = 0;  // requests sent
    QString lastError; // the platform's words (or why it was not sent), never a credential
    QDateTime updatedAt;
    // Refused: the platform's state of the claim has still to be read back (Detail failed).
    bool needsReadback = false;
    // Refused: when the merchant saw it (acknowledged it, or acted on the claim again).
    std::optional<QDateTime> seenAt;

    bool isOpen() const { return state == OutboxState::Waiting || state == OutboxState::Sending; }
};

// A refused action the merchant has not seen yet (platform status, sync --json).
struct SyncFailure {
    qint64 claimId = 0;
    QString action;
    QString message;
};

// The shop this database syncs with (platform connect).
struct PlatformConnection {
    QString appKey;
    QString shopId;
    QString baseUrl;
    QString shopName;
    QDateTime connectedAt;
    std::optional<QDateTime> lastPullAt;  // when a pull last went through to its end
    std::optional<QDateTime> lastRoundAt; // when a round last ended, however it ended
};

// Who may send: one holder at a time until `expiresAt`.
struct Lease {
    QString holder;
    QDateTime expiresAt;
};

// What takeLease() found.
struct LeaseAnswer {
    bool taken = false;  // this holder has the lease now
    QString holder;      // who holds it otherwise
    QDateTime expiresAt; // until when
};

} // namespace aftersales
