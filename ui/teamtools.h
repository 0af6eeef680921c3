#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QAction;
class QTimer;

namespace aftersales
{
class Workbench;
}

namespace aftersales::ui
{

class AssignDialog;
class TeamDatabaseDialog;
class ToolsHost;

// What an agent of a team does around the queue, kept out of the main window: assigning
// claims (actionAssignToMe, actionAssignTo), opening the team's database or the local file
// again (actionOpenTeamDatabase, actionOpenLocalDatabase), hearing other agents' changes the
// moment the server tells of them, and the team lock that says whether this window runs the
// automatic steps. On a database file the same actions work with names (no lock, no
// notifications). Knows the window only as a ToolsHost.
class TeamTools : public QObject
{
    Q_OBJECT

public:
    // `host` and `workbench` must outlive the tools.
    TeamTools(ToolsHost &host, Workbench &workbench, QObject *parent = nullptr);
    ~TeamTools() override;

    // Several agents on one server (PostgreSQL).
    bool isTeam() const;
    QList<QAction *> fileActions() const;
    QList<QAction *> claimActions() const;
    // The agents who can hold claims (a team's), me first; empty on a file.
    QStringList agents() const;
    // Which database is open and as whom, for the status bar.
    QString databaseText() const;

    // Whether this window runs the automatic steps now: always on a file; on a team's
    // database while it holds the team lock, which it tries to take when free (asked of the
    // server every few seconds at most).
    bool mayRunAutomaticSteps();
    // How often a window without the team lock asks for it (tests shorten it).
    void setLockRetryInterval(int milliseconds) { m_lockRetryMs = milliseconds; }

    // Dialogs open with open(), never exec(): these return them for tests to drive.
    AssignDialog *openAssignDialog();
    TeamDatabaseDialog *openTeamDatabase();
    // Assigns the selected claims (empty: to nobody); false when nothing was.
    bool assignSelected(const QString &assignee);
    // Enabled from the selection.
    void updateActions(int selected);
    void retranslate();

Q_SIGNALS:
    // The user chose another database (empty: the local file): the program opens it in place
    // of this one.
    void openDatabaseRequested(const QString &location);
    // Another agent changed claims (a moment after the server said so, several at once
    // counted once).
    void othersChanged();
    // The team lock was taken or lost: databaseText() changed.
    void statusChanged();

private:
    QAction *makeAction(const char *objectName, const QKeySequence &shortcut);

    ToolsHost &m_host;
    Workbench &m_workbench;
    QAction *m_assignToMe = nullptr;
    QAction *m_assignTo = nullptr;
    QAction *m_openTeam = nullptr;
    QAction *m_openLocal = nullptr;
    QTimer *m_othersChanged = nullptr;
    qint64 m_lockAskedMs = 0;
    qint64 m_lockRetryMs = 5000;
    bool m_holdsLock = false;
};

} // namespace aftersales::ui
