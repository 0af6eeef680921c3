// 批量导入物流单号 in the real window: carriers by name, and after the good rows are
// shipped the bad ones stay on screen, each with why, and are saved as a CSV for the
// warehouse that the import reads back.
#include "carriers.h"
#include "claimtablemodel.h"
#include "filedialog.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "settings.h"
#include "tempdatabase.h"
#include "trackingimport.h"
#include "trackingimportdialog.h"
#include "translation.h"
#include "workbench.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace aftersales;
using namespace aftersales::ui;
using aftersales::testing::TempDatabase;

class TestTrackingDialog : public QObject
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
    qint64 awaitingShipment(const QString &orderId);
    QString writeFile(const QString &name, const QString &text);
    TrackingImportDialog *openDialog(const QString &language);

    std::unique_ptr<TempDatabase> m_db;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_a = 0;
    qint64 m_b = 0;
    qint64 m_pending = 0;
};

void TestTrackingDialog::initTestCase()
{
    MessageBox::setTestMode(true);
}

qint64 TestTrackingDialog::awaitingShipment(const QString &orderId)
{
    m_db->addShippedOrder(orderId);
    const qint64 id = m_db->applyFor(orderId, ClaimType::Reship, Reason::MissingItems);
    ActionRequest r;
    r.action = Action::Approve;
    r.actor = QStringLiteral("tester");
    if (!m_db->workbench().act(id, r).ok())
        qFatal("approve failed");
    m_db->clock().advance(60);
    return id;
}

void TestTrackingDialog::init()
{
    MessageBox::clearShown();
    m_db = std::make_unique<TempDatabase>();
    m_a = awaitingShipment(QStringLiteral("6930000000000005001"));
    m_b = awaitingShipment(QStringLiteral("6930000000000005002"));
    m_db->addShippedOrder(QStringLiteral("6930000000000005003"));
    m_pending =
        m_db->applyFor(QStringLiteral("6930000000000005003"), ClaimType::Reship, Reason::MissingItems);
    m_db->clock().advance(60);
    m_settings = std::make_unique<Settings>(QDir(m_db->dir()).filePath(QStringLiteral("workbench.ini")));
}

void TestTrackingDialog::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_db.reset();
    translation::install(QStringLiteral("en"));
}

QString TestTrackingDialog::writeFile(const QString &name, const QString &text)
{
    const QString path = QDir(m_db->dir()).filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(text.toUtf8()) < 0)
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

TrackingImportDialog *TestTrackingDialog::openDialog(const QString &language)
{
    translation::install(language);
    m_window = std::make_unique<MainWindow>(m_db->workbench(), *m_settings);
    m_window->setOperatorName(QStringLiteral("tester"));
    m_window->setPollInterval(60 * 60 * 1000);
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get()))
        return nullptr;
    m_window->findChild<QAction *>(QStringLiteral("actionImportTracking"))->trigger();
    return m_window->findChild<TrackingImportDialog *>();
}

void TestTrackingDialog::carriersByName_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("中文") << QStringLiteral("zh_CN");
    QTest::newRow("English") << QStringLiteral("en");
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
                                                   .arg(m_b))));
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
    FileDialog::setNextFileName(writeFile(QStringLiteral("仓库.csv"), csv));
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
                                                  .arg(m_b))));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("trackingApplyButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<TrackingImportDialog *>());
    QCOMPARE(m_db->workbench().claim(m_b)->status, ClaimStatus::Shipped);
}

QTEST_MAIN(TestTrackingDialog)
#include "tst_trackingdialog.moc"
