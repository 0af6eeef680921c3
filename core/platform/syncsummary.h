#pragma once

#include "callkind.h"
#include "storage/syncrecords.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QStringList>

#include <optional>

namespace aftersales::platform
{

// What one sync round did (sync --json, the window's status bar).
struct SyncSummary {
    // Why a round ended before its end (nothing is lost: what it did is saved, and the next
    // round starts over).
    enum class Stop {
        None,
        NotConnected,      // no `platform connect` yet
        Busy,              // another process holds the lease
        Unreachable,       // the platform could not be reached, or kept failing (timeouts, 5xx, 60000)
        Unauthorised,      // a wrong secret, a signature error, no secret: the connection must be fixed
        AuthorizationGone, // 30001: the shop must authorise the app again
        BadAnswer,         // the platform's answer broke the contract (refused, nothing applied)
        Storage,           // the database refused a write
        Stopped,           // the engine was stopped
    };

    qint64 pulled = 0;         // claims new or changed by the pull
    qint64 pushed = 0;         // actions the platform accepted
    qint64 pending = 0;        // actions still waiting after the round
    QList<SyncFailure> failed; // actions refused in this round
    QStringList warnings;      // claims not taken, rejections waiting for the reason list, …
    Stop stop = Stop::None;
    QString error; // why it stopped, for the user (names the method and the platform's sub_code / sub_msg)
    bool pullCompleted = false;
    std::optional<QDateTime> lastPull;

    bool ok() const { return stop == Stop::None; }
    // PLATFORM.md: 0 all delivered; 1 an action was refused in this round; 2 not connected;
    // 3 the platform unreachable or refusing the connection, or the round could not run
    // (nothing lost). A round that stopped early is 3 even when it also saw a refusal.
    int exitCode() const;
};

// What a part of a round (one claim's lane, the push, the pull) leaves besides its counts: its
// warnings, and why it stopped early — the first reason only, later ones follow from it.
struct PhaseResult {
    QStringList warnings;
    SyncSummary::Stop stop = SyncSummary::Stop::None;
    QString error;

    bool stopped() const { return stop != SyncSummary::Stop::None; }
    void stopWith(SyncSummary::Stop why, const QString &message);
    // Another part's warnings, and its stop when this one has none yet.
    void absorb(const PhaseResult &other);
};

// Why a round stops when a call ended as `kind` (the calls that may go on never get here).
SyncSummary::Stop stopForCall(CallKind kind);

// How far a round is.
struct SyncProgress {
    enum class Phase { Resolving, Pushing, Pulling };
    Phase phase = Phase::Pushing;
    qint64 done = 0;
    qint64 total = 0; // 0: unknown
};

} // namespace aftersales::platform

Q_DECLARE_METATYPE(aftersales::platform::SyncSummary)
Q_DECLARE_METATYPE(aftersales::platform::SyncProgress)
