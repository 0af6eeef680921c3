#pragma once

#include "domain/policy.h"
#include "shopconnector.h"
#include "syncoptions.h"
#include "syncsummary.h"

#include <QObject>

#include <functional>
#include <memory>

class QThread;

namespace aftersales
{
class Clock;
}

namespace aftersales::platform
{

class Keyring;
class SyncWorker;

// What the engine's thread builds itself from.
struct SyncEnvironment {
    // The database, as storage::open takes it (Storage::location() of the caller's own).
    QString location;
    Policy policy;
    // The workbench's clock: the time of the events the sync writes (the command line's --now).
    std::shared_ptr<const Clock> localClock;
    // Real time: signs the requests (the platform checks their timestamp), ends the pull's
    // window, and times the lease between processes.
    std::shared_ptr<const Clock> platformClock;
    // Called on the engine's thread; empty: the system keyring.
    std::function<std::unique_ptr<Keyring>()> makeKeyring;
    SyncOptions options;
};

// The platform sync (PLATFORM.md) for the window and the command line alike: connecting a
// shop, and rounds (push what waits, then pull what changed), once or every N seconds.
//
// It lives on the caller's thread, and nothing it does runs there: a thread of its own, with
// its own event loop, its own storage connection to the same database and its own Workbench,
// does the work; no call blocks. The caller learns of the claims a round changed through its
// storage's change detection (Storage::changeMark), as of any other process's commits.
// Signals arrive on the caller's thread, queued.
class SyncEngine final : public QObject
{
    Q_OBJECT

public:
    explicit SyncEngine(SyncEnvironment environment, QObject *parent = nullptr);
    // Stops the thread. A round in flight ends there with what it saved; an action whose
    // answer had not come yet stays "sending" and is read back by the next round.
    ~SyncEngine() override;

public Q_SLOTS:
    // One round now; while one runs, one more right after it.
    void syncNow();
    // A round every `seconds` (0: only syncNow), the first one at once.
    void setInterval(int seconds);
    // Claims whose actions are in flight at once (SyncOptions::concurrency), from the next
    // action sent on.
    void setConcurrency(int claims);
    // Stops the round that runs after its requests in flight (roundFinished follows).
    void stopRound();
    // Checks the credentials with token/create and records the connection (connectFinished).
    void connectShop(const aftersales::platform::ShopCredentials &credentials);

Q_SIGNALS:
    void roundStarted();
    void progress(const aftersales::platform::SyncProgress &progress);
    void roundFinished(const aftersales::platform::SyncSummary &summary);
    void connectFinished(const aftersales::platform::ConnectResult &result);

private:
    QThread *m_thread;
    SyncWorker *m_worker;
};

} // namespace aftersales::platform
