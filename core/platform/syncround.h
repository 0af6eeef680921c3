#pragma once

#include "outboxlane.h"
#include "syncsummary.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace aftersales
{
class Clock;
class Storage;
class Workbench;
} // namespace aftersales

namespace aftersales::platform
{

class OutboxPusher;
class PlatformClient;
class PullPager;
class RejectReasonMap;
class SyncLease;
struct SyncOptions;

// One round (PLATFORM.md): take the lease (waiting for it at most SyncOptions::leaseWaitMs),
// read the platform's reject reasons when a rejection waits, push what waits, then pull what
// changed; record the round and give the lease up. A failure to reach the platform, or a
// refusal of the app's credentials, stops the round with what it has done saved.
class SyncRound final : public QObject
{
    Q_OBJECT

public:
    struct Context {
        Workbench &workbench;
        PlatformClient &client;
        SyncLease &lease;
        const Clock &platformClock;
        const SyncOptions &options;
        RejectReasonMap &reasons; // read once per round when a rejection waits
    };

    explicit SyncRound(Context context, QObject *parent = nullptr);
    ~SyncRound() override;

    void start();
    // Ends the round after the requests in flight; what it did stays saved.
    void stop();

Q_SIGNALS:
    void progress(const aftersales::platform::SyncProgress &progress);
    void finished(const aftersales::platform::SyncSummary &summary);

private:
    void takeLease();
    void readReasons();
    void push();
    void pull();
    void wrapUp();
    void renewLease();
    void stopWith(SyncSummary::Stop stop, const QString &why);
    bool rejectionWaits() const;

    Context m_context;
    SyncSummary m_summary;
    QTimer m_renewal;
    QTimer m_leaseRetry;
    qint64 m_leaseWaited = 0;
    QPointer<OutboxPusher> m_pusher;
    QPointer<PullPager> m_puller;
    bool m_stopping = false;
    bool m_done = false;
};

} // namespace aftersales::platform
