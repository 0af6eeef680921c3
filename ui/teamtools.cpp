#include "teamtools.h"

#include "assigndialog.h"
#include "messagebox.h"
#include "storage/storage.h"
#include "teamdatabasedialog.h"
#include "toolshost.h"
#include "workbench.h"

#include <QAction>
#include <QDateTime>
#include <QTimer>
#include <QWidget>

namespace aftersales::ui
{

TeamTools::TeamTools(ToolsHost &host, Workbench &workbench, QObject *parent)
    : QObject(parent), m_host(host), m_workbench(workbench), m_othersChanged(new QTimer(this))
{
    setObjectName(QStringLiteral("teamTools"));
    m_assignToMe = makeAction("actionAssignToMe", QKeySequence(Qt::CTRL | Qt::Key_M));
    m_assignTo = makeAction("actionAssignTo", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_openTeam = makeAction("actionOpenTeamDatabase", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_openLocal = makeAction("actionOpenLocalDatabase", QKeySequence());
    connect(m_assignToMe, &QAction::triggered, this, [this] { assignSelected(m_host.operatorName()); });
    connect(m_assignTo, &QAction::triggered, this, [this] { openAssignDialog(); });
    connect(m_openTeam, &QAction::triggered, this, [this] { openTeamDatabase(); });
    connect(m_openLocal, &QAction::triggered, this, [this] { Q_EMIT openDatabaseRequested(QString()); });
    // Other agents' changes arrive as the server sends them (LISTEN / NOTIFY); a burst of
    // them reads the list again once.
    m_othersChanged->setSingleShot(true);
    m_othersChanged->setInterval(150);
    connect(m_othersChanged, &QTimer::timeout, this, &TeamTools::othersChanged);
    const Storage &storage = m_workbench.storage();
    if (storage.has(Storage::Capability::ExternalChangeDetection))
        storage.setChangeListener([this] { m_othersChanged->start(); });
    retranslate();
    updateActions(0);
}

TeamTools::~TeamTools()
{
    m_workbench.storage().setChangeListener({});
}

bool TeamTools::isTeam() const
{
    return m_workbench.storage().has(Storage::Capability::Team);
}

QList<QAction *> TeamTools::fileActions() const
{
    return {m_openTeam, m_openLocal};
}

QList<QAction *> TeamTools::claimActions() const
{
    return {m_assignToMe, m_assignTo};
}

QAction *TeamTools::makeAction(const char *objectName, const QKeySequence &shortcut)
{
    auto *action = new QAction(this);
    action->setObjectName(QLatin1String(objectName));
    action->setShortcut(shortcut);
    return action;
}

QStringList TeamTools::agents() const
{
    if (!isTeam())
        return {};
    const Result<QStringList> all = m_workbench.storage().agents();
    if (!all.ok())
        return {};
    QStringList out = *all;
    out.removeAll(m_host.operatorName());
    out.prepend(m_host.operatorName());
    return out;
}

QString TeamTools::databaseText() const
{
    const Storage &storage = m_workbench.storage();
    if (!isTeam())
        return tr("Database file %1 · as %2").arg(storage.location(), m_host.operatorName());
    return m_holdsLock ? tr("Team database %1 · as %2 · this window runs the automatic steps")
                             .arg(storage.location(), storage.connectedRole())
                       : tr("Team database %1 · as %2").arg(storage.location(), storage.connectedRole());
}

bool TeamTools::mayRunAutomaticSteps()
{
    if (!isTeam())
        return true;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // A window without the lock asks again every few seconds: another desktop that closes or
    // dies lets it go at once, and the next window takes over within that.
    if (m_lockAskedMs && now - m_lockAskedMs < m_lockRetryMs)
        return m_holdsLock;
    m_lockAskedMs = now;
    const Result<bool> held = m_workbench.storage().takeTeamLock();
    const bool holds = held.ok() && *held;
    if (holds != m_holdsLock) {
        m_holdsLock = holds;
        Q_EMIT statusChanged();
    }
    return m_holdsLock;
}

AssignDialog *TeamTools::openAssignDialog()
{
    const QList<Claim> claims = m_host.selectedClaims();
    if (claims.isEmpty())
        return nullptr;
    auto *dialog = new AssignDialog(isTeam() ? agents() : QStringList{m_host.operatorName()},
                                    int(claims.size()), m_host.dialogParent());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { assignSelected(dialog->assignee()); });
    dialog->open();
    return dialog;
}

TeamDatabaseDialog *TeamTools::openTeamDatabase()
{
    auto *dialog = new TeamDatabaseDialog(m_workbench.storage().location(), m_host.dialogParent());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (!dialog->location().isEmpty())
            Q_EMIT openDatabaseRequested(dialog->location());
    });
    dialog->open();
    return dialog;
}

bool TeamTools::assignSelected(const QString &assignee)
{
    const QList<Claim> claims = m_host.selectedClaims();
    if (claims.isEmpty())
        return false;
    QList<Workbench::Target> targets;
    for (const Claim &c : claims)
        targets.append({c.id, c.version});
    int done = 0;
    QStringList problems;
    for (const Workbench::ItemResult &r : m_workbench.assign(targets, assignee, m_host.operatorName())) {
        if (r.outcome.ok())
            ++done;
        else
            problems << tr("Claim %1: %2").arg(r.id).arg(r.outcome.message);
    }
    if (!problems.isEmpty())
        MessageBox::warning(m_host.dialogParent(), tr("Not assigned"), problems.join(QLatin1Char('\n')));
    if (done > 0)
        m_host.showStatus(assignee.isEmpty() ? tr("%n claim(s) assigned to nobody.", nullptr, done)
                                             : tr("%n claim(s) assigned to %1.", nullptr, done).arg(assignee),
                          8000);
    return done > 0;
}

void TeamTools::updateActions(int selected)
{
    const bool writable = !m_workbench.storage().isReadOnly();
    m_assignToMe->setEnabled(writable && selected > 0);
    m_assignTo->setEnabled(writable && selected > 0);
}

void TeamTools::retranslate()
{
    m_assignToMe->setText(tr("Assign to &me"));
    m_assignTo->setText(tr("A&ssign to…"));
    m_openTeam->setText(tr("Open &team database…"));
    m_openLocal->setText(tr("Open the &local database file"));
    for (QAction *a : {m_assignToMe, m_assignTo, m_openTeam, m_openLocal}) {
        QString plain = a->text();
        plain.remove(QLatin1Char('&'));
        a->setStatusTip(plain);
        a->setToolTip(a->shortcut().isEmpty() ? plain
                                              : QStringLiteral("%1 (%2)").arg(
                                                    plain, a->shortcut().toString(QKeySequence::NativeText)));
    }
}

} // namespace aftersales::ui
