#include "synccontroller.h"

#include "claimformat.h"
#include "connectdialog.h"
#include "platform/platformconfig.h"
#include "settings.h"
#include "storage/storage.h"
#include "syncindicator.h"
#include "toolshost.h"
#include "workbench.h"

#include <QAction>
#include <QLocale>
#include <QMenu>

namespace aftersales::ui
{
namespace
{

using platform::SyncSummary;

constexpr int maxFailuresListed = 5;

QString joined(const QStringList &parts)
{
    return parts.join(QStringLiteral(" · "));
}

} // namespace

SyncController::SyncController(ToolsHost &host, Workbench &workbench, Settings &settings,
                               platform::SyncEngine &engine, QObject *parent)
    : QObject(parent), m_host(host), m_workbench(workbench), m_settings(settings), m_engine(engine),
      m_connect(new QAction(this)), m_syncNow(new QAction(this)), m_showRefused(new QAction(this)),
      m_menu(nullptr), m_indicator(new SyncIndicator)
{
    m_connect->setObjectName(QStringLiteral("actionConnectShop"));
    m_syncNow->setObjectName(QStringLiteral("actionSyncNow"));
    m_syncNow->setShortcut(QKeySequence(Qt::Key_F6));
    m_showRefused->setObjectName(QStringLiteral("actionShowRefused"));
    m_menu = new QMenu(m_indicator);
    m_menu->setObjectName(QStringLiteral("syncMenu"));
    m_menu->addAction(m_syncNow);
    m_menu->addAction(m_showRefused);
    m_menu->addSeparator();
    m_menu->addAction(m_connect);
    m_indicator->setMenu(m_menu);

    connect(m_connect, &QAction::triggered, this, [this] { openConnectDialog(); });
    connect(m_syncNow, &QAction::triggered, this, &SyncController::syncNow);
    connect(m_showRefused, &QAction::triggered, this, &SyncController::showRefusedRequested);
    connect(&m_engine, &platform::SyncEngine::roundStarted, this, &SyncController::onRoundStarted);
    connect(&m_engine, &platform::SyncEngine::roundFinished, this, &SyncController::onRoundFinished);
    connect(&m_engine, &platform::SyncEngine::progress, this, &SyncController::onProgress);
    connect(&m_engine, &platform::SyncEngine::connectFinished, this, &SyncController::onConnectFinished);
    // An action on a platform claim queues it: the count of waiting actions changes.
    connect(&m_workbench, &Workbench::claimsChanged, this, &SyncController::updateIndicator);

    applyConcurrency();
    // Where the rounds run first: the indicator says so from the start.
    startInterval();
    retranslate();
}

ConnectDialog *SyncController::openConnectDialog()
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return m_dialog;
    }
    std::optional<platform::ShopCredentials> current;
    if (const Result<std::optional<PlatformConnection>> c = m_workbench.storage().platformConnection();
        c.ok() && *c) {
        current = platform::ShopCredentials{};
        current->appKey = (*c)->appKey;
        current->shopId = (*c)->shopId;
        current->baseUrl = QUrl((*c)->baseUrl);
    }
    auto *dialog = new ConnectDialog(current, m_host.dialogParent());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ConnectDialog::submitted, this, [this](const platform::ShopCredentials &credentials) {
        m_connectingTo = credentials.baseUrl.toDisplayString();
        m_engine.connectShop(credentials);
    });
    m_dialog = dialog;
    dialog->open();
    return dialog;
}

ConnectDialog *SyncController::connectDialog() const
{
    return m_dialog.data();
}

void SyncController::applySettings()
{
    applyConcurrency();
    startInterval();
    updateIndicator();
}

void SyncController::applyConcurrency()
{
    const int claims = std::clamp(m_settings.syncConcurrency().value(), 1, platform::mostRequestsInFlight);
    if (claims == m_concurrency)
        return;
    m_concurrency = claims;
    m_engine.setConcurrency(claims);
}

void SyncController::startInterval()
{
    const Result<std::optional<PlatformConnection>> c = m_workbench.storage().platformConnection();
    m_connected = c.ok() && c->has_value();
    if (!m_connected)
        return;
    // A team syncs once: from the window holding the team lock.
    m_elsewhere = !m_host.runsForTeam();
    const int seconds = m_elsewhere ? 0 : std::clamp(m_settings.syncIntervalSecs().value(), 0, 24 * 3600);
    if (seconds == m_interval)
        return;
    m_interval = seconds;
    // A positive interval runs the first round at once.
    m_engine.setInterval(seconds);
}

void SyncController::syncNow()
{
    if (m_running || !m_connected)
        return;
    m_running = true;
    updateIndicator();
    m_engine.syncNow();
}

void SyncController::onRoundStarted()
{
    m_running = true;
    m_progress.reset();
    updateIndicator();
}

void SyncController::onRoundFinished(const SyncSummary &summary)
{
    m_running = false;
    m_last = summary;
    if (summary.ok() && !summary.failed.isEmpty())
        m_host.showStatus(
            tr("The platform refused %n action(s): see Sync failed.", nullptr, int(summary.failed.size())),
            15000);
    else if (summary.ok() && (summary.pulled > 0 || summary.pushed > 0))
        m_host.showStatus(tr("Synced: %1 claim(s) new or changed, %2 action(s) delivered.")
                              .arg(summary.pulled)
                              .arg(summary.pushed),
                          8000);
    else if (!summary.ok() && summary.stop != SyncSummary::Stop::Stopped)
        m_host.showStatus(tr("Sync stopped: %1").arg(summary.error), 15000);
    // Claims pulled or changed, actions delivered or refused: the list and counts read again.
    m_host.refresh();
    updateIndicator();
    Q_EMIT roundShown(summary);
}

void SyncController::onConnectFinished(const platform::ConnectResult &result)
{
    using S = platform::ConnectResult::Status;
    QString message = result.message;
    switch (result.status) {
    case S::Connected:
        break;
    case S::Refused:
        message = tr("The platform refused the connection: check the app key, the app secret and the "
                     "shop id.\n%1")
                      .arg(result.message);
        break;
    case S::Unreachable:
        message = tr("The platform could not be reached at %1: check the address and the network.\n%2")
                      .arg(m_connectingTo, result.message);
        break;
    case S::NoSecret:
        message = tr("Enter the app secret.\n%1").arg(result.message);
        break;
    case S::BadInput:
        break;
    case S::Storage:
        message = tr("The connection could not be recorded: %1").arg(result.message);
        break;
    }
    if (result.status == S::Connected) {
        m_last.reset();
        m_interval = -1;
        startInterval();
        if (m_dialog)
            m_dialog->succeeded();
        m_host.showStatus(result.message, 8000);
        m_host.refresh(); // the list's platform parts (同步失败) show from now on
    } else if (m_dialog) {
        m_dialog->failed(message);
    } else {
        m_host.showStatus(message, 15000);
    }
    updateIndicator();
}

void SyncController::updateIndicator()
{
    const Result<platform::SyncStatus> status = platform::readSyncStatus(m_workbench.storage());
    if (!status.ok()) {
        m_status.reset();
        m_indicator->setState(SyncMarks::Health::Problem, tr("Sync status unknown"), status.outcome.message);
        return;
    }
    m_status = *status;
    showStatus();
}

void SyncController::onProgress(const platform::SyncProgress &progress)
{
    m_progress = progress;
    // As last read: a round's pages come many a second, and the database is busy with them.
    if (m_status && m_running)
        showStatus();
}

QString SyncController::progressText() const
{
    if (!m_progress || m_progress->total <= 0)
        return tr("Syncing…");
    const QLocale locale;
    const QString done = locale.toString(m_progress->done);
    const QString total = locale.toString(m_progress->total);
    switch (m_progress->phase) {
    case platform::SyncProgress::Phase::Pulling:
        return tr("Syncing: %1 of %2 claims pulled…").arg(done, total);
    case platform::SyncProgress::Phase::Pushing:
        return tr("Syncing: %1 of %2 actions sent…").arg(done, total);
    case platform::SyncProgress::Phase::Resolving:
        break;
    }
    return tr("Syncing…");
}

void SyncController::showStatus()
{
    const platform::SyncStatus &status = *m_status;
    m_connected = status.connection.has_value();
    const qint64 pending = status.pending;
    const int refused = int(status.failed.size());
    m_syncNow->setEnabled(m_connected && !m_running);
    m_showRefused->setEnabled(refused > 0);
    const QString detail = detailText(status);
    if (!m_connected) {
        m_indicator->setState(SyncMarks::Health::NotConnected, tr("Not connected to a shop"), detail);
        return;
    }
    const QString last = tr("Last sync: %1").arg(lastSyncText(status.connection->lastPullAt));
    const QString waiting = tr("%n waiting", nullptr, int(pending));
    const QString refusedText = tr("%n refused", nullptr, refused);
    if (m_running) {
        m_indicator->setState(SyncMarks::Health::Running, joined({progressText(), waiting, refusedText}),
                              detail);
        return;
    }
    const SyncSummary::Stop stop = m_last ? m_last->stop : SyncSummary::Stop::None;
    switch (stop) {
    case SyncSummary::Stop::Unreachable:
        m_indicator->setState(SyncMarks::Health::Offline, joined({tr("Offline"), last, waiting, refusedText}),
                              detail);
        return;
    case SyncSummary::Stop::None:
    case SyncSummary::Stop::Stopped:
    case SyncSummary::Stop::Busy:
        m_indicator->setState(refused > 0 ? SyncMarks::Health::Problem : SyncMarks::Health::Ok,
                              joined({last, waiting, refusedText}), detail);
        return;
    default:
        m_indicator->setState(SyncMarks::Health::Problem,
                              joined({tr("Sync stopped"), last, waiting, refusedText}), detail);
        return;
    }
}

QString SyncController::lastSyncText(const std::optional<QDateTime> &at) const
{
    if (!at)
        return tr("never");
    const QTimeZone zone = ClaimFormat::timeZone();
    const QDateTime local = at->toTimeZone(zone);
    if (local.date() == m_workbench.now().toTimeZone(zone).date())
        return local.toString(QStringLiteral("HH:mm"));
    return ClaimFormat::localTime(*at);
}

QString SyncController::detailText(const platform::SyncStatus &status) const
{
    QStringList lines;
    if (!status.connection) {
        lines << tr("This database is not connected to a shop: File → Connect to shop… connects it.");
        return lines.join(QLatin1Char('\n'));
    }
    const PlatformConnection &c = *status.connection;
    lines << tr("Shop: %1 (shop id %2) at %3").arg(c.shopName, c.shopId, c.baseUrl);
    lines << tr("Last sync: %1").arg(c.lastPullAt ? ClaimFormat::localTime(*c.lastPullAt) : tr("never"));
    if (m_running)
        lines << tr("A sync is running.");
    else if (m_last && m_last->ok())
        lines << tr("Last round: %1 claim(s) new or changed, %2 action(s) delivered.")
                     .arg(m_last->pulled)
                     .arg(m_last->pushed);
    else if (m_last)
        lines << tr("Last round stopped: %1").arg(m_last->error);
    lines << tr("Actions waiting to be sent to the platform: %1").arg(status.pending);
    lines << tr("Actions refused by the platform, not seen yet: %1").arg(status.failed.size());
    for (qsizetype i = 0; i < status.failed.size() && i < maxFailuresListed; ++i)
        lines << tr("  Claim %1: %2").arg(status.failed.at(i).claimId).arg(status.failed.at(i).message);
    if (m_elsewhere)
        lines << tr("Another desktop of the team syncs in the background (it holds the team lock); "
                    "Sync now (F6) syncs from here.");
    else
        lines << (m_interval > 0 ? tr("Syncs every %n second(s) in the background.", nullptr, m_interval)
                                 : tr("Syncs only when asked (Sync now, F6)."));
    return lines.join(QLatin1Char('\n'));
}

void SyncController::acknowledgeRefusals(qint64 claimId)
{
    const Result<Claim> seen = m_workbench.acknowledgeRefusals(claimId, m_host.operatorName());
    if (!seen.ok()) {
        m_host.showStatus(seen.outcome.message, 15000);
        return;
    }
    // The claim leaves Sync failed: the list and its counts read again.
    m_host.refresh();
}

void SyncController::retranslate()
{
    m_connect->setText(tr("Co&nnect to shop…"));
    m_connect->setToolTip(tr("Connect this workbench to your shop on the open platform"));
    m_connect->setStatusTip(m_connect->toolTip());
    m_syncNow->setText(tr("S&ync now"));
    m_syncNow->setToolTip(tr("Send the waiting actions and pull what changed on the platform (%1)")
                              .arg(m_syncNow->shortcut().toString(QKeySequence::NativeText)));
    m_syncNow->setStatusTip(m_syncNow->toolTip());
    m_showRefused->setText(tr("Show &refused claims"));
    updateIndicator();
}

} // namespace aftersales::ui
