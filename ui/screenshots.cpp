#include "screenshots.h"

#include "claimtablemodel.h"
#include "connectdialog.h"
#include "mainwindow.h"
#include "rejectdialog.h"
#include "shipdialog.h"
#include "synccontroller.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QPixmap>
#include <QTableView>

namespace aftersales::ui
{
namespace
{

// The first loaded claim that satisfies `wanted`.
template <typename Pred> bool selectFirst(MainWindow &window, Pred wanted)
{
    ClaimTableModel *model = window.model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const Claim c = model->claimAt(model->index(row, 0));
        if (wanted(c))
            return window.selectClaim(c.id);
    }
    return false;
}

void settle()
{
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
}

} // namespace

QStringList saveScreenshots(MainWindow &window, const QString &folder)
{
    QDir().mkpath(folder);
    const QDir dir(folder);
    QStringList written;
    window.resize(1366, 768);
    window.show();
    settle();
    selectFirst(window, [](const Claim &c) { return c.type == ClaimType::Reship; });
    settle();
    if (window.grab().save(dir.filePath(QStringLiteral("main_window.png"))))
        written << dir.filePath(QStringLiteral("main_window.png"));

    if (selectFirst(window,
                    [](const Claim &c) {
                        return c.type == ClaimType::Reship && c.reason == Reason::NeverReceived &&
                               c.status == ClaimStatus::PendingReview;
                    }) ||
        selectFirst(window, [](const Claim &c) { return c.status == ClaimStatus::PendingReview; })) {
        if (RejectDialog *dialog = window.openRejectDialog()) {
            if (auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("reasonCodeCombo")))
                combo->setCurrentIndex(1);
            settle();
            if (dialog->grab().save(dir.filePath(QStringLiteral("reject_dialog.png"))))
                written << dir.filePath(QStringLiteral("reject_dialog.png"));
            dialog->reject();
        }
    }
    if (selectFirst(window, [](const Claim &c) { return c.status == ClaimStatus::AwaitingShipment; })) {
        if (ShipDialog *dialog = window.openShipDialog()) {
            if (auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("trackingEdit")))
                edit->setText(QStringLiteral("YT7512345678901"));
            settle();
            if (dialog->grab().save(dir.filePath(QStringLiteral("ship_dialog.png"))))
                written << dir.filePath(QStringLiteral("ship_dialog.png"));
            dialog->reject();
        }
    }
    if (SyncController *sync = window.syncController()) {
        if (ConnectDialog *dialog = sync->openConnectDialog()) {
            if (auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("connectAppKey"));
                edit && edit->text().isEmpty())
                edit->setText(QStringLiteral("demo-app-key"));
            if (auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("connectShopId"));
                edit && edit->text().isEmpty())
                edit->setText(QStringLiteral("10086"));
            if (auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("connectSecret")))
                edit->setText(QStringLiteral("not-a-real-secret"));
            settle();
            if (dialog->grab().save(dir.filePath(QStringLiteral("connect_dialog.png"))))
                written << dir.filePath(QStringLiteral("connect_dialog.png"));
            dialog->reject();
        }
    }
    // Insight over the last 7 days.
    window.showInsight(true);
    settle();
    if (window.grab().save(dir.filePath(QStringLiteral("insight.png"))))
        written << dir.filePath(QStringLiteral("insight.png"));
    window.showInsight(false);
    settle();
    return written;
}

} // namespace aftersales::ui
