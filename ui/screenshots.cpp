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
    // The list at a full-HD screen's size first, then at the laptop size the README shows.
    window.show();
    selectFirst(window, [](const Claim &c) { return c.type == ClaimType::Reship; });
    for (const auto &[size, name] : {std::pair{QSize(1920, 1080), "main_window_1920.png"},
                                     std::pair{QSize(1366, 768), "main_window.png"}}) {
        window.resize(size);
        settle();
        if (window.grab().save(dir.filePath(QLatin1String(name))))
            written << dir.filePath(QLatin1String(name));
    }

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
