#pragma once

#include <QObject>
#include <QString>

class QAction;
class QMenu;

namespace aftersales
{
class Settings;
class Workbench;
} // namespace aftersales

namespace aftersales::ui
{

class ToolsHost;
class SettingsDialog;
class TrackingImportDialog;

// What a merchant does around the queue, kept out of the main window: batch tracking
// numbers, imports, exports, backups, settings, remark and flag edits, the About box. Owns
// its actions (actionImportTracking, actionImportClaims, actionExport, actionExportTimeline,
// actionBackup, actionSettings) for the window to put in its menus; knows the window only as
// a ToolsHost.
class MerchantTools : public QObject
{
    Q_OBJECT

public:
    // `host`, `workbench` and `settings` must outlive the tools.
    MerchantTools(ToolsHost &host, Workbench &workbench, Settings &settings, QObject *parent = nullptr);

    // The File menu's: imports, exports, the backup; then the settings.
    QList<QAction *> fileActions() const;
    QAction *settingsAction() const { return m_settingsAction; }

    // Where the policy values of the settings dialog are written (default: the file the
    // command line reads too).
    void setPolicyFile(const QString &path) { m_policyFile = path; }
    QString policyFile() const { return m_policyFile; }

    // Dialogs open with open(), never exec(): these return them for tests to drive.
    TrackingImportDialog *openTrackingImport();
    SettingsDialog *openSettings();
    // Through FileDialog (test hook); false when cancelled or failed (a message says why).
    bool importClaims();
    bool exportList();
    bool exportTimeline();
    bool backupNow();
    void about();

    // Applies the saved settings to the window: language, time zone, operator, policy.
    void applySettings();
    // The texts in the current language (the window calls it on a language change).
    void retranslate();

Q_SIGNALS:
    // The settings dialog's values were saved and applied (the sync takes its interval).
    void settingsApplied();

public Q_SLOTS:
    // The window shows another claim (or none).
    void currentClaimChanged();
    // The merchant edited the shown claim's remark or picked a flag (DetailPane's signals).
    void setRemark(qint64 id, qint64 version, const QString &remark);
    void setFlag(qint64 id, qint64 version, int flag);

private:
    QAction *makeAction(const char *objectName, const QKeySequence &shortcut);

    ToolsHost &m_host;
    Workbench &m_workbench;
    Settings &m_settings;
    QString m_policyFile;
    QAction *m_importTracking = nullptr;
    QAction *m_importClaims = nullptr;
    QAction *m_export = nullptr;
    QAction *m_exportTimeline = nullptr;
    QAction *m_backup = nullptr;
    QAction *m_settingsAction = nullptr;
};

} // namespace aftersales::ui
