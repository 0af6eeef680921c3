#include "syncworker.h"

#include "domain/clock.h"
#include "memorykeyring.h"
#include "platformclient.h"
#include "shopconnector.h"
#include "storage/storage.h"
#include "storage/storagefactory.h"
#include "synclease.h"
#include "syncround.h"
#include "systemkeyring.h"
#include "workbench.h"

#include <QCoreApplication>

namespace aftersales::platform
{
namespace
{

} // namespace

SyncWorker::SyncWorker(SyncEnvironment environment, QObject *parent)
    : QObject(parent), m_env(std::move(environment)), m_timer(this)
{
    connect(&m_timer, &QTimer::timeout, this, &SyncWorker::syncNow);
}

SyncWorker::~SyncWorker()
{
    // The round and the client refer to the rest: they go first, without answering.
    delete m_round.data();
    m_connector.reset();
    m_client.reset();
    m_lease.reset();
    m_workbench.reset();
    m_storage.reset();
    m_keyring.reset();
}

Outcome SyncWorker::open()
{
    if (m_workbench)
        return Outcome::success();
    Result<std::unique_ptr<Storage>> storage = storage::open(m_env.location);
    if (!storage.ok())
        return storage.outcome;
    m_storage = std::move(*storage);
    m_workbench = std::make_unique<Workbench>(*m_storage, *m_env.localClock, m_env.policy);
    m_keyring = m_env.makeKeyring ? m_env.makeKeyring() : std::make_unique<SystemKeyring>();
    m_lease = std::make_unique<SyncLease>(*m_storage, *m_env.platformClock, m_env.options.leaseSecs);
    m_connector =
        std::make_unique<ShopConnector>(*m_workbench, *m_env.platformClock, *m_keyring, baseConfig());
    return Outcome::success();
}

PlatformConfig SyncWorker::baseConfig() const
{
    PlatformConfig config;
    config.retry = m_env.options.retry;
    config.maxConcurrent = std::max(1, m_env.options.concurrency);
    config.maxAnswerBytes = m_env.options.maxAnswerBytes;
    return config;
}

PlatformClient &SyncWorker::clientFor(const PlatformConnection &connection)
{
    const QString key =
        connection.baseUrl + QLatin1Char('\n') + connection.appKey + QLatin1Char('\n') + connection.shopId;
    if (!m_client || key != m_clientFor) {
        PlatformConfig config = baseConfig();
        config.baseUrl = QUrl(connection.baseUrl);
        config.appKey = connection.appKey;
        config.shopId = connection.shopId;
        m_client = std::make_unique<PlatformClient>(config, *m_env.platformClock, *m_keyring);
        m_clientFor = key;
        m_reasons = RejectReasonMap();
    }
    return *m_client;
}

void SyncWorker::syncNow()
{
    if (m_round) {
        m_again = true;
        return;
    }
    Q_EMIT roundStarted();
    SyncSummary failed;
    if (const Outcome o = open(); !o.ok()) {
        failed.stop = SyncSummary::Stop::Storage;
        failed.error = o.message;
        return onRoundFinished(failed);
    }
    const Result<std::optional<PlatformConnection>> connection = m_storage->platformConnection();
    if (!connection.ok() || !*connection) {
        failed.stop = connection.ok() ? SyncSummary::Stop::NotConnected : SyncSummary::Stop::Storage;
        failed.error =
            connection.ok()
                ? tr("This database is not connected to a shop: run 'aftersales platform connect' first.")
                : connection.outcome.message;
        return onRoundFinished(failed);
    }
    auto *round = new SyncRound(SyncRound::Context{*m_workbench, clientFor(**connection), *m_lease,
                                                   *m_env.platformClock, m_env.options, m_reasons},
                                this);
    m_round = round;
    connect(round, &SyncRound::progress, this, &SyncWorker::progress);
    connect(round, &SyncRound::finished, this, [this, round](const SyncSummary &summary) {
        round->deleteLater();
        m_round.clear();
        onRoundFinished(summary);
    });
    round->start();
}

void SyncWorker::onRoundFinished(const SyncSummary &summary)
{
    Q_EMIT roundFinished(summary);
    if (std::exchange(m_again, false))
        QTimer::singleShot(0, this, &SyncWorker::syncNow);
}

void SyncWorker::setInterval(int seconds)
{
    if (seconds <= 0) {
        m_timer.stop();
        return;
    }
    m_timer.start(seconds * 1000);
    syncNow();
}

void SyncWorker::setConcurrency(int claims)
{
    m_env.options.concurrency = std::max(1, claims);
    if (m_client)
        m_client->setMaxConcurrent(m_env.options.concurrency);
}

void SyncWorker::stopRound()
{
    m_timer.stop();
    m_again = false;
    if (m_round)
        m_round->stop();
}

void SyncWorker::connectShop(const ShopCredentials &credentials)
{
    if (const Outcome o = open(); !o.ok())
        return Q_EMIT connectFinished(ConnectResult{ConnectResult::Status::Storage, o.message, {}});
    m_connector->connectShop(credentials, [this](const ConnectResult &result,
                                                 std::unique_ptr<PlatformClient> client) {
        if (client && !m_round) {
            // The checked client holds the token: the rounds go on with it.
            const PlatformConfig &c = client->config();
            m_clientFor = c.baseUrl.toString() + QLatin1Char('\n') + c.appKey + QLatin1Char('\n') + c.shopId;
            m_client = std::move(client);
            m_reasons = RejectReasonMap();
        }
        Q_EMIT connectFinished(result);
    });
}

} // namespace aftersales::platform
