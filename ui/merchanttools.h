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

class MainWindow;
class SettingsDialog;
class TrackingImportDialog;

// What a merchant does around the queue (issue 6), kept out of the main window: batch
// tracking numbers, exports, backups, settings, remark and flag edits from the detail
// pane, the About box. Owns its actions (actionImportTracking, actionExport,
// actionExportTimeline, actionBackup, actionSettings) and puts them in the File menu.
class MerchantTools : public QObject
{
    Q_OBJECT

public:
    MerchantTools(MainWindow &window, Workbench &workbench, Settings &settings);

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

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAction *makeAction(const char *objectName, const QKeySequence &shortcut);
    void retranslate();
    void updateActions();
    void setRemark(qint64 id, qint64 version, const QString &remark);
    void setFlag(qint64 id, qint64 version, int flag);

    MainWindow &m_window;
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
