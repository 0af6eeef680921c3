// 批量导入物流单号 in the real window: carriers by name, and after the good rows are
// shipped the bad ones stay on screen, each with why, and are saved as a CSV for the
// warehouse that the import reads back.
#include "claimtablemodel.h"
#include "domain/carriers.h"
#include "filedialog.h"
#include "guitestbase.h"
#include "io/trackingimport.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "trackingimportdialog.h"
#include "workbench.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace aftersales;
using namespace aftersales::ui;

class TestTrackingDialog : public testing::GuiTestBase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void carriersByName_data();
    void carriersByName();
    void rowsToFixStayAndAreSaved_data();
    void rowsToFixStayAndAreSaved();
    void allShippedCloses();

private:
    // The window in `language` with 批量导入物流单号 open.
    TrackingImportDialog *openDialog(const QString &language);

    qint64 m_a = 0;
    qint64 m_b = 0;
    qint64 m_pending = 0;
};

void TestTrackingDialog::initTestCase()
{
    initGui();
}

void TestTrackingDialog::init()
{
    initFixture();
    m_a = awaitingShipment(QStringLiteral("6930000000000005001"));
    m_b = awaitingShipment(QStringLiteral("6930000000000005002"));
    m_db->addShippedOrder(QStringLiteral("6930000000000005003"));
    m_pending =
        m_db->applyFor(QStringLiteral("6930000000000005003"), ClaimType::Reship, Reason::MissingItems);
    m_db->clock().advance(60);
}

void TestTrackingDialog::cleanup()
{
    cleanupFixture();
}

TrackingImportDialog *TestTrackingDialog::openDialog(const QString &language)
{
    openWindow({}, language);
    if (QTest::currentTestFailed() || !triggerAction("actionImportTracking"))
        return nullptr;
    return m_window->findChild<TrackingImportDialog *>();
}

void TestTrackingDialog::carriersByName_data()
{
    addLanguageRows();
}

void TestTrackingDialog::carriersByName()
{
    QFETCH(QString, language);
    TrackingImportDialog *dialog = openDialog(language);
    QVERIFY(dialog);
    QVERIFY(dialog->loadFile(
        writeFile(QStringLiteral("codes.csv"), QStringLiteral("claim_id,carrier,tracking_no\n"
                                                              "%1,shunfeng,SF1000000000001\n"
                                                              "%2,,YT1000000000002\n")
                                                   .arg(m_a)
                                                   .arg(m_b)
                                                   .toUtf8())));
    auto *view = dialog->findChild<QTableView *>(QStringLiteral("trackingPreviewView"));
    const QString shunfeng = view->model()->index(0, TrackingPreviewModel::CarrierColumn).data().toString();
    const QString detected = view->model()->index(1, TrackingPreviewModel::CarrierColumn).data().toString();
    QCOMPARE(shunfeng, carriers::find(QStringLiteral("shunfeng"))->name);
    QCOMPARE(detected, carriers::find(QStringLiteral("yuantong"))->name);
    QVERIFY(shunfeng != QLatin1String("shunfeng"));
    if (language == QLatin1String("zh_CN"))
        QCOMPARE(shunfeng, QStringLiteral("顺丰速运"));
    dialog->reject();
}

void TestTrackingDialog::rowsToFixStayAndAreSaved_data()
{
    carriersByName_data();
}

void TestTrackingDialog::rowsToFixStayAndAreSaved()
{
    QFETCH(QString, language);
    TrackingImportDialog *dialog = openDialog(language);
    QVERIFY(dialog);
    // One good row, a number of the wrong shape, a claim not awaiting shipment.
    const QString csv = QStringLiteral("售后单号,订单号,快递公司,物流单号\r\n"
                                       "%1,,顺丰速运,SF1000000000001\r\n"
                                       ",6930000000000005002,圆通,YT100\r\n"
                                       "%2,,圆通,YT1000000000002\r\n")
                            .arg(m_a)
                            .arg(m_pending);
    FileDialog::setNextFileName(writeFile(QStringLiteral("仓库.csv"), csv.toUtf8()));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("trackingBrowseButton")),
                      Qt::LeftButton);
    auto *apply = dialog->findChild<QPushButton *>(QStringLiteral("trackingApplyButton"));
    auto *save = dialog->findChild<QPushButton *>(QStringLiteral("trackingSaveBadButton"));
    QVERIFY(apply && save);
    QVERIFY(!save->isVisible());
    MessageBox::setNextAnswer(true);
    QTest::mouseClick(apply, Qt::LeftButton);
    QCOMPARE(m_db->workbench().claim(m_a)->status, ClaimStatus::Shipped);
    // The window heard of it: the shipped claim left 换货&补寄待处理.
    QTRY_VERIFY(m_window->model()->rowOf(m_a) < 0);

    // Still open, on the two rows the warehouse must fix, each with why.
    QVERIFY(dialog->isVisible());
    auto *view = dialog->findChild<QTableView *>(QStringLiteral("trackingPreviewView"));
    QCOMPARE(view->model()->rowCount(), 2);
    for (int row = 0; row < 2; ++row) {
        QVERIFY(view->model()
                    ->index(row, TrackingPreviewModel::StateColumn)
                    .data(TrackingPreviewModel::StateRole) != QStringLiteral("ok"));
        QVERIFY(!view->model()->index(row, TrackingPreviewModel::WhyColumn).data().toString().isEmpty());
    }
    QVERIFY(!apply->isVisible());
    QVERIFY(save->isVisible() && save->isEnabled());
    const QString summary = dialog->findChild<QLabel *>(QStringLiteral("trackingSummary"))->text();
    QVERIFY2(summary.contains(QLatin1Char('1')) && summary.contains(QLatin1Char('2')), qPrintable(summary));

    // Saved as a CSV for Excel: BOM, CRLF, the preview's columns, ids as text, why.
    const QString path = QDir(m_db->dir()).filePath(QStringLiteral("退回仓库.csv"));
    FileDialog::setNextFileName(path);
    QTest::mouseClick(save, Qt::LeftButton);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(bytes.count("\r\n"), 3);
    QCOMPARE(bytes.count('\n'), 3);
    const QList<QStringList> rows = trackingimport::parseCsv(QString::fromUtf8(bytes.mid(3)));
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0).size(), int(TrackingPreviewModel::ColumnCount));
    QCOMPARE(rows.at(1).at(TrackingPreviewModel::OrderColumn), QStringLiteral("=\"6930000000000005002\""));
    QCOMPARE(rows.at(2).at(TrackingPreviewModel::ClaimColumn), QStringLiteral("=\"%1\"").arg(m_pending));
    QVERIFY(!rows.at(1).at(TrackingPreviewModel::WhyColumn).isEmpty());
    QVERIFY(!rows.at(2).at(TrackingPreviewModel::WhyColumn).isEmpty());
    // Fixed and sent back, the file is read again as it is: its header, its ids.
    const Result<trackingimport::Preview> again = trackingimport::preview(m_db->workbench(), bytes);
    QVERIFY2(again.ok(), qPrintable(again.outcome.message));
    QCOMPARE(again->rows.size(), 2);
    QCOMPARE(again->rows.at(1).claimId, m_pending);
    dialog->reject();
}

void TestTrackingDialog::allShippedCloses()
{
    TrackingImportDialog *dialog = openDialog(QStringLiteral("en"));
    QVERIFY(dialog);
    QVERIFY(dialog->loadFile(
        writeFile(QStringLiteral("good.csv"), QStringLiteral("售后单号,物流单号\n%1,SF1000000000001\n"
                                                             "%2,SF1000000000002\n")
                                                  .arg(m_a)
                                                  .arg(m_b)
                                                  .toUtf8())));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("trackingApplyButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<TrackingImportDialog *>());
    QCOMPARE(m_db->workbench().claim(m_b)->status, ClaimStatus::Shipped);
}

QTEST_MAIN(TestTrackingDialog)
#include "tst_trackingdialog.moc"
