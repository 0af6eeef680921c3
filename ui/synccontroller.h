#pragma once

#include "platform/syncengine.h"
#include "platform/syncstatus.h"

#include <QObject>
#include <QPointer>

#include <optional>

class QAction;
class QMenu;

namespace aftersales
{
class Settings;
class Workbench;
} // namespace aftersales

namespace aftersales::ui
{

class ConnectDialog;
class SyncIndicator;
class ToolsHost;

// The window's side of the platform sync, kept out of the main window: Connect to shop…
// (actionConnectShop), Sync now (actionSyncNow, F6), the status bar's indicator, and the
// background rounds every N seconds (the setting) — on a team's database only in the window
// that runs what the team does once (ToolsHost::runsForTeam). The engine does the work on a
// thread of its own; this only asks it and shows what it answered: nothing here waits on the
// network. After each round the host reads its list and counts again.
class SyncController : public QObject
{
    Q_OBJECT

public:
    // `host`, `workbench`, `settings` and `engine` must outlive the controller.
    SyncController(ToolsHost &host, Workbench &workbench, Settings &settings, platform::SyncEngine &engine,
                   QObject *parent = nullptr);

    QAction *connectAction() const { return m_connect; }
    QAction *syncNowAction() const { return m_syncNow; }
    SyncIndicator *indicator() const { return m_indicator; }
    bool isRoundRunning() const { return m_running; }
    // The database is connected to a shop (as last read).
    bool isConnected() const { return m_connected; }
    // Opens with open(), never exec(); returns the dialog for tests to drive.
    ConnectDialog *openConnectDialog();
    // The dialog while it is open.
    ConnectDialog *connectDialog() const;

    // The interval from the settings (after the settings dialog), where the host runs the
    // team's background work (after the team lock changed hands).
    void applySettings();
    // Whether background rounds run from this window (as last applied).
    bool runsInBackground() const { return m_interval > 0; }
    // The indicator read again from the database (waiting and refused actions).
    void updateIndicator();
    void retranslate();
    // The merchant has seen the claim's refused actions (the detail pane's button).
    void acknowledgeRefusals(qint64 claimId);

Q_SIGNALS:
    // The indicator's "Show refused claims".
    void showRefusedRequested();
    // A round ended and the host has read everything again.
    void roundShown(const aftersales::platform::SyncSummary &summary);

private:
    void syncNow();
    void onRoundStarted();
    void onRoundFinished(const platform::SyncSummary &summary);
    void onProgress(const platform::SyncProgress &progress);
    // The indicator from the status last read, the round's progress and the last round.
    void showStatus();
    QString progressText() const;
    void onConnectFinished(const platform::ConnectResult &result);
    void startInterval();
    // The concurrency from the settings, told to the engine when it changed.
    void applyConcurrency();
    QString lastSyncText(const std::optional<QDateTime> &at) const;
    QString detailText(const platform::SyncStatus &status) const;

    ToolsHost &m_host;
    Workbench &m_workbench;
    Settings &m_settings;
    platform::SyncEngine &m_engine;
    QAction *m_connect;
    QAction *m_syncNow;
    QAction *m_showRefused;
    QMenu *m_menu;
    SyncIndicator *m_indicator;
    QPointer<ConnectDialog> m_dialog;
    bool m_connected = false;
    bool m_running = false;
    // The interval the engine runs with (-1: not told yet).
    int m_interval = -1;
    int m_concurrency = -1;
    // Another window of the team runs the background rounds.
    bool m_elsewhere = false;
    std::optional<platform::SyncSummary> m_last;
    // As last read from the database, and the running round's progress.
    std::optional<platform::SyncStatus> m_status;
    std::optional<platform::SyncProgress> m_progress;
    // The address being connected to, for the message when it cannot be reached.
    QString m_connectingTo;
};

} // namespace aftersales::ui
