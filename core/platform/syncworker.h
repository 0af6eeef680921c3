#pragma once

#include "platformconfig.h"
#include "rejectreasonmap.h"
#include "syncengine.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace aftersales
{
class Storage;
class Workbench;
struct PlatformConnection;
} // namespace aftersales

namespace aftersales::platform
{

class PlatformClient;
class ShopConnector;
class SyncLease;
class SyncRound;

// SyncEngine's inside, on the engine's thread: opens its own storage and Workbench on first
// use, keeps one client per connection (its tokens in memory between rounds), and runs the
// rounds one at a time.
class SyncWorker final : public QObject
{
    Q_OBJECT

public:
    explicit SyncWorker(SyncEnvironment environment, QObject *parent = nullptr);
    ~SyncWorker() override;

    void syncNow();
    void setInterval(int seconds);
    void setConcurrency(int claims);
    void stopRound();
    void connectShop(const ShopCredentials &credentials);

Q_SIGNALS:
    void roundStarted();
    void progress(const aftersales::platform::SyncProgress &progress);
    void roundFinished(const aftersales::platform::SyncSummary &summary);
    void connectFinished(const aftersales::platform::ConnectResult &result);

private:
    Outcome open();
    PlatformConfig baseConfig() const;
    // The client for the connection, made again when the connection changed.
    PlatformClient &clientFor(const PlatformConnection &connection);
    void onRoundFinished(const SyncSummary &summary);

    SyncEnvironment m_env;
    std::unique_ptr<Storage> m_storage;
    std::unique_ptr<Workbench> m_workbench;
    std::unique_ptr<Keyring> m_keyring;
    std::unique_ptr<SyncLease> m_lease;
    std::unique_ptr<PlatformClient> m_client;
    QString m_clientFor;
    std::unique_ptr<ShopConnector> m_connector;
    RejectReasonMap m_reasons;
    QPointer<SyncRound> m_round;
    bool m_again = false;
    QTimer m_timer;
};

} // namespace aftersales::platform
