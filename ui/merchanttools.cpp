#include "merchanttools.h"

#include "backup.h"
#include "claimformat.h"
#include "claimtablemodel.h"
#include "detailpane.h"
#include "exporter.h"
#include "filedialog.h"
#include "importer.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "policy.h"
#include "progress.h"
#include "settings.h"
#include "settingsdialog.h"
#include "store.h"
#include "timelinetext.h"
#include "trackingimportdialog.h"
#include "translation.h"
#include "workbench.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QIcon>
#include <QItemSelectionModel>
#include <QMenu>
#include <QStatusBar>
#include <QTableView>

// ui is a static library: its resources (the application icon) are registered explicitly.
static void initUiResources()
{
    Q_INIT_RESOURCE(aftersales);
}

namespace aftersales::ui
{

MerchantTools::MerchantTools(MainWindow &window, Workbench &workbench, Settings &settings)
    : QObject(&window), m_window(window), m_workbench(workbench), m_settings(settings),
      m_policyFile(Policy::defaultUserFile())
{
    setObjectName(QStringLiteral("merchantTools"));
    initUiResources();
    m_window.setWindowIcon(QIcon(QStringLiteral(":/icons/aftersales.svg")));
    // The saved choices that are the window's own; language and policy were read at start.
    const QString zone = m_settings.timeZone().value();
    ClaimFormat::setTimeZone(zone.isEmpty() ? QTimeZone() : QTimeZone(zone.toUtf8()));
    if (!m_settings.operatorName().value().isEmpty())
        m_window.setOperatorName(m_settings.operatorName().value());
    m_importTracking = makeAction("actionImportTracking", QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importClaims = makeAction("actionImportClaims", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_export = makeAction("actionExport", QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportTimeline = makeAction("actionExportTimeline", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_backup = makeAction("actionBackup", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    m_settingsAction = makeAction("actionSettings", QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_importTracking, &QAction::triggered, this, [this] { openTrackingImport(); });
    connect(m_importClaims, &QAction::triggered, this, [this] { importClaims(); });
    connect(m_export, &QAction::triggered, this, [this] { exportList(); });
    connect(m_exportTimeline, &QAction::triggered, this, [this] { exportTimeline(); });
    connect(m_backup, &QAction::triggered, this, [this] { backupNow(); });
    connect(m_settingsAction, &QAction::triggered, this, [this] { openSettings(); });

    if (auto *file = m_window.findChild<QMenu *>(QStringLiteral("menuFile"))) {
        QAction *first = file->actions().value(0);
        for (QAction *a : {m_importTracking, m_importClaims, m_export, m_exportTimeline, m_backup})
            file->insertAction(first, a);
        file->insertSeparator(first);
        file->insertAction(first, m_settingsAction);
        file->insertSeparator(first);
    }
    connect(m_window.detailPane(), &DetailPane::remarkEdited, this, &MerchantTools::setRemark);
    connect(m_window.detailPane(), &DetailPane::flagChosen, this, &MerchantTools::setFlag);
    connect(m_window.view()->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MerchantTools::updateActions);
    connect(m_window.view(), &QTableView::doubleClicked, this, &MerchantTools::updateActions);
    // The flag's dot first, as in the Douyin back office; the remark last (it stretches).
    QHeaderView *header = m_window.view()->horizontalHeader();
    header->moveSection(header->visualIndex(ClaimTableModel::FlagColumn), 0);
    header->resizeSection(ClaimTableModel::FlagColumn, m_window.view()->fontMetrics().height() + 12);
    m_window.installEventFilter(this);
    retranslate();
    updateActions();
}

QAction *MerchantTools::makeAction(const char *objectName, const QKeySequence &shortcut)
{
    auto *action = new QAction(&m_window);
    action->setObjectName(QLatin1String(objectName));
    action->setShortcut(shortcut);
    m_window.addAction(action);
    return action;
}

bool MerchantTools::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == &m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void MerchantTools::retranslate()
{
    auto set = [](QAction *a, const QString &text, const QString &tip) {
        a->setText(text);
        a->setStatusTip(tip);
        a->setToolTip(QStringLiteral("%1 (%2)").arg(tip, a->shortcut().toString(QKeySequence::NativeText)));
    };
    set(m_importTracking, tr("&Import tracking numbers…"),
        tr("Ship many claims from the warehouse's CSV of tracking numbers"));
    set(m_importClaims, tr("Import &claims…"),
        tr("Add claims from a file in the platform's afterSale/List JSON shape (all or nothing)"));
    set(m_export, tr("&Export list…"), tr("Save the claims of the current list, with its filters, as CSV"));
    set(m_exportTimeline, tr("Export claim &history…"),
        tr("Save the selected claim and its history as text"));
    set(m_backup, tr("&Back up now"), tr("Copy the database into the backups folder"));
    set(m_settingsAction, tr("Se&ttings…"), tr("Language, time zone, operator and platform rules"));
}

void MerchantTools::updateActions()
{
    m_exportTimeline->setEnabled(m_window.currentClaimId().has_value());
}

TrackingImportDialog *MerchantTools::openTrackingImport()
{
    auto *dialog = new TrackingImportDialog(m_workbench, m_window.operatorName(), &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TrackingImportDialog::shipped, this, [this](int count) {
        m_window.statusBar()->showMessage(tr("%n claim(s) shipped from the file.", nullptr, count), 10000);
        m_window.refresh();
    });
    dialog->open();
    return dialog;
}

bool MerchantTools::importClaims()
{
    const QString path = FileDialog::openFileName(&m_window, tr("Import claims"),
                                                  tr("Platform claims (*.json);;All files (*)"));
    if (path.isEmpty())
        return false;
    // One transaction, all or nothing: Cancel rolls it back.
    Progress progress(&m_window, tr("Importing claims…"));
    const Result<int> n =
        importer::importFile(m_workbench, path, m_window.operatorName(), progress.callback());
    if (!n.ok() && progress.wasCancelled()) {
        m_window.statusBar()->showMessage(n.outcome.message, 8000);
        return false;
    }
    if (!n.ok()) {
        MessageBox::warning(&m_window, tr("Import refused"),
                            tr("Nothing was imported.\n\n%1").arg(n.outcome.message));
        return false;
    }
    m_window.statusBar()->showMessage(tr("%n claim(s) imported from %1.", nullptr, *n).arg(path), 10000);
    m_window.refresh();
    return true;
}

bool MerchantTools::exportList()
{
    const QString suggested = tr("claims-%1.csv")
                                  .arg(m_workbench.now()
                                           .toTimeZone(ClaimFormat::timeZone())
                                           .toString(QStringLiteral("yyyyMMdd-HHmm")));
    const QString path = FileDialog::saveFileName(&m_window, tr("Export list"), suggested,
                                                  tr("CSV for Excel (*.csv);;JSON (*.json)"));
    if (path.isEmpty())
        return false;
    ClaimQuery query = m_window.model()->query();
    query.now = m_workbench.now();
    query.dueSoonSecs = m_workbench.policy().dueSoonSecs;
    Progress progress(&m_window, tr("Exporting claims…"));
    const Result<qint64> n = exporter::exportClaims(m_workbench.store(), query, path, progress.callback(),
                                                    ClaimFormat::timeZone());
    if (!n.ok()) {
        if (progress.wasCancelled())
            m_window.statusBar()->showMessage(n.outcome.message, 8000);
        else
            MessageBox::warning(&m_window, tr("Export failed"), n.outcome.message);
        return false;
    }
    m_window.statusBar()->showMessage(tr("%n claim(s) exported to %1.", nullptr, int(*n)).arg(path), 10000);
    return true;
}

bool MerchantTools::exportTimeline()
{
    const std::optional<qint64> id = m_window.currentClaimId();
    if (!id)
        return false;
    const QString path = FileDialog::saveFileName(&m_window, tr("Export claim history"),
                                                  tr("claim-%1.txt").arg(*id), tr("Text (*.txt)"));
    if (path.isEmpty())
        return false;
    const Result<Claim> claim = m_workbench.claim(*id);
    const Result<QList<Event>> events = m_workbench.events(*id);
    Outcome o = !claim.ok() ? claim.outcome : !events.ok() ? events.outcome : Outcome::success();
    if (o.ok())
        o = timelinetext::write(path, *claim, *events, ClaimFormat::timeZone());
    if (!o.ok()) {
        MessageBox::warning(&m_window, tr("Export failed"), o.message);
        return false;
    }
    m_window.statusBar()->showMessage(tr("Claim %1's history saved to %2.").arg(*id).arg(path), 10000);
    return true;
}

bool MerchantTools::backupNow()
{
    // VACUUM INTO is one statement: progress is shown, but it cannot stop half-way.
    Progress progress(&m_window, tr("Backing up the database…"));
    progress.callback()(0, 0);
    const Result<QString> made = backup::make(m_workbench.store(), m_workbench.now());
    if (!made.ok()) {
        MessageBox::warning(&m_window, tr("Backup failed"), made.outcome.message);
        return false;
    }
    m_window.statusBar()->showMessage(tr("Backup saved: %1").arg(*made), 10000);
    return true;
}

SettingsDialog *MerchantTools::openSettings()
{
    auto *dialog = new SettingsDialog(m_settings, m_policyFile, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &MerchantTools::applySettings);
    dialog->open();
    return dialog;
}

void MerchantTools::applySettings()
{
    const QString zone = m_settings.timeZone().value();
    ClaimFormat::setTimeZone(zone.isEmpty() ? QTimeZone() : QTimeZone(zone.toUtf8()));
    const QString name = m_settings.operatorName().value();
    if (!name.isEmpty())
        m_window.setOperatorName(name);
    const Result<Policy> policy = Policy::load(m_policyFile);
    if (policy.ok())
        m_workbench.setPolicy(*policy);
    else
        m_window.statusBar()->showMessage(policy.outcome.message, 15000);
    const QString language = m_settings.language().value();
    translation::install(language); // LanguageChange: every widget retranslates itself
    m_window.refresh();
}

void MerchantTools::about()
{
    MessageBox::information(&m_window, tr("About the after-sales workbench"),
                            tr("售后工作台 — after-sales workbench %1\n"
                               "For Douyin shop merchants: exchanges, reshipments, refunds and returns, "
                               "never a missed platform deadline.\n\n"
                               "Qt %2 · SQLite database: %3\n"
                               "Command line: aftersales --help")
                                .arg(QStringLiteral(AFTERSALES_VERSION), QString::fromLatin1(qVersion()),
                                     m_workbench.store().path()));
}

void MerchantTools::setRemark(qint64 id, qint64 version, const QString &remark)
{
    const Result<Claim> after = m_workbench.setRemark(id, remark, m_window.operatorName(), version);
    if (!after.ok()) {
        MessageBox::warning(&m_window, tr("Remark not saved"), after.outcome.message);
        m_window.refresh();
        return;
    }
    m_window.statusBar()->showMessage(tr("Remark saved on claim %1.").arg(id), 6000);
}

void MerchantTools::setFlag(qint64 id, qint64 version, int flag)
{
    const Result<Claim> after = m_workbench.setFlag(id, flag, m_window.operatorName(), version);
    if (!after.ok()) {
        MessageBox::warning(&m_window, tr("Flag not saved"), after.outcome.message);
        m_window.refresh();
        return;
    }
    m_window.statusBar()->showMessage(tr("Flag set on claim %1.").arg(id), 6000);
}

} // namespace aftersales::ui
