#include "merchanttools.h"

#include "claimformat.h"
#include "domain/policy.h"
#include "filedialog.h"
#include "io/claimtext.h"
#include "io/exporter.h"
#include "io/importer.h"
#include "messagebox.h"
#include "progress.h"
#include "settings.h"
#include "settingsdialog.h"
#include "storage/backup.h"
#include "storage/storage.h"
#include "toolshost.h"
#include "trackingimportdialog.h"
#include "translation.h"
#include "workbench.h"

#include <QAction>
#include <QFileInfo>
#include <QWidget>

namespace aftersales::ui
{

MerchantTools::MerchantTools(ToolsHost &host, Workbench &workbench, Settings &settings, QObject *parent)
    : QObject(parent), m_host(host), m_workbench(workbench), m_settings(settings),
      m_policyFile(Policy::defaultUserFile())
{
    setObjectName(QStringLiteral("merchantTools"));
    // The saved choices that are the window's own; language and policy were read at start.
    const QString zone = m_settings.timeZone().value();
    ClaimFormat::setTimeZone(zone.isEmpty() ? QTimeZone() : QTimeZone(zone.toUtf8()));
    if (!m_settings.operatorName().value().isEmpty())
        m_host.setOperatorName(m_settings.operatorName().value());
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
    retranslate();
    currentClaimChanged();
}

QList<QAction *> MerchantTools::fileActions() const
{
    return {m_importTracking, m_importClaims, m_export, m_exportTimeline, m_backup};
}

QAction *MerchantTools::makeAction(const char *objectName, const QKeySequence &shortcut)
{
    auto *action = new QAction(this);
    action->setObjectName(QLatin1String(objectName));
    action->setShortcut(shortcut);
    return action;
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
    set(m_settingsAction, tr("Se&ttings…"),
        tr("Language, time zone, operator, sync interval and platform rules"));
}

void MerchantTools::currentClaimChanged()
{
    m_exportTimeline->setEnabled(m_host.currentClaimId().has_value());
}

TrackingImportDialog *MerchantTools::openTrackingImport()
{
    auto *dialog = new TrackingImportDialog(m_workbench, m_host.operatorName(), m_host.dialogParent());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TrackingImportDialog::shipped, this, [this](int count) {
        m_host.showStatus(tr("%n claim(s) shipped from the file.", nullptr, count), 10000);
        m_host.refresh();
    });
    dialog->open();
    return dialog;
}

bool MerchantTools::importClaims()
{
    const QString path = FileDialog::openFileName(m_host.dialogParent(), tr("Import claims"),
                                                  tr("Platform claims (*.json);;All files (*)"));
    if (path.isEmpty())
        return false;
    // One transaction, all or nothing: Cancel rolls it back.
    Progress progress(m_host.dialogParent(), tr("Importing claims…"));
    const Result<int> n = importer::importFile(m_workbench, path, progress.callback());
    if (!n.ok() && progress.wasCancelled()) {
        m_host.showStatus(n.outcome.message, 8000);
        return false;
    }
    if (!n.ok()) {
        MessageBox::warning(m_host.dialogParent(), tr("Import refused"),
                            tr("Nothing was imported.\n\n%1").arg(n.outcome.message));
        return false;
    }
    m_host.showStatus(tr("%n claim(s) imported from %1.", nullptr, *n).arg(path), 10000);
    m_host.refresh();
    return true;
}

bool MerchantTools::exportList()
{
    const QString suggested = tr("claims-%1.csv")
                                  .arg(m_workbench.now()
                                           .toTimeZone(ClaimFormat::timeZone())
                                           .toString(QStringLiteral("yyyyMMdd-HHmm")));
    const QString path = FileDialog::saveFileName(m_host.dialogParent(), tr("Export list"), suggested,
                                                  tr("CSV for Excel (*.csv);;JSON (*.json)"));
    if (path.isEmpty())
        return false;
    // The list with its filters, as of now (the export stamps it again).
    const ClaimQuery query = m_host.listQuery();
    Progress progress(m_host.dialogParent(), tr("Exporting claims…"));
    const Result<qint64> n = exporter::exportClaims(m_workbench.reader(), query, path, progress.callback(),
                                                    ClaimFormat::timeZone());
    if (!n.ok()) {
        if (progress.wasCancelled())
            m_host.showStatus(n.outcome.message, 8000);
        else
            MessageBox::warning(m_host.dialogParent(), tr("Export failed"), n.outcome.message);
        return false;
    }
    m_host.showStatus(tr("%n claim(s) exported to %1.", nullptr, int(*n)).arg(path), 10000);
    return true;
}

bool MerchantTools::exportTimeline()
{
    const std::optional<qint64> id = m_host.currentClaimId();
    if (!id)
        return false;
    const QString path = FileDialog::saveFileName(m_host.dialogParent(), tr("Export claim history"),
                                                  tr("claim-%1.txt").arg(*id), tr("Text (*.txt)"));
    if (path.isEmpty())
        return false;
    const Result<Claim> claim = m_workbench.claim(*id);
    const Result<QList<Event>> events = m_workbench.events(*id);
    Outcome o = !claim.ok() ? claim.outcome : !events.ok() ? events.outcome : Outcome::success();
    if (o.ok())
        o = claimtext::writeDocument(path, *claim, *events, ClaimFormat::timeZone());
    if (!o.ok()) {
        MessageBox::warning(m_host.dialogParent(), tr("Export failed"), o.message);
        return false;
    }
    m_host.showStatus(tr("Claim %1's history saved to %2.").arg(*id).arg(path), 10000);
    return true;
}

bool MerchantTools::backupNow()
{
    // VACUUM INTO is one statement: progress is shown, but it cannot stop half-way.
    Progress progress(m_host.dialogParent(), tr("Backing up the database…"));
    progress.callback()(0, 0);
    const Result<QString> made = backup::make(m_workbench.storage(), m_workbench.now());
    if (!made.ok()) {
        MessageBox::warning(m_host.dialogParent(), tr("Backup failed"), made.outcome.message);
        return false;
    }
    m_host.showStatus(tr("Backup saved: %1").arg(*made), 10000);
    return true;
}

SettingsDialog *MerchantTools::openSettings()
{
    auto *dialog = new SettingsDialog(m_settings, m_policyFile, m_host.dialogParent());
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
        m_host.setOperatorName(name);
    const Result<Policy> policy = Policy::load(m_policyFile);
    if (policy.ok())
        m_workbench.setPolicy(*policy);
    else
        m_host.showStatus(policy.outcome.message, 15000);
    const QString language = m_settings.language().value();
    translation::install(language); // LanguageChange: every widget retranslates itself
    m_host.refresh();
    Q_EMIT settingsApplied();
}

void MerchantTools::about()
{
    MessageBox::information(m_host.dialogParent(), tr("About the after-sales workbench"),
                            tr("售后工作台 — after-sales workbench %1\n"
                               "For Douyin shop merchants: exchanges, reshipments, refunds and returns, "
                               "never a missed platform deadline.\n\n"
                               "Qt %2 · database: %3\n"
                               "Command line: aftersales --help")
                                .arg(QStringLiteral(AFTERSALES_VERSION), QString::fromLatin1(qVersion()),
                                     m_workbench.storage().location()));
}

void MerchantTools::setRemark(qint64 id, qint64 version, const QString &remark)
{
    const Result<Claim> after = m_workbench.setRemark(id, remark, m_host.operatorName(), version);
    if (!after.ok()) {
        MessageBox::warning(m_host.dialogParent(), tr("Remark not saved"), after.outcome.message);
        m_host.refresh();
        return;
    }
    m_host.showStatus(tr("Remark saved on claim %1.").arg(id), 6000);
}

void MerchantTools::setFlag(qint64 id, qint64 version, int flag)
{
    const Result<Claim> after = m_workbench.setFlag(id, flag, m_host.operatorName(), version);
    if (!after.ok()) {
        MessageBox::warning(m_host.dialogParent(), tr("Flag not saved"), after.outcome.message);
        m_host.refresh();
        return;
    }
    m_host.showStatus(tr("Flag set on claim %1.").arg(id), 6000);
}

} // namespace aftersales::ui
