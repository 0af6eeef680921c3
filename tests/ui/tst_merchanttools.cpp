// The window's merchant tools, driven by object name: the tracking-number import dialog,
// flags and remarks in the list, the detail pane and the filter bar, exports with their
// progress and cancel, the settings dialog's validation, About.
#include "claimformat.h"
#include "claimtablemodel.h"
#include "detailpane.h"
#include "filedialog.h"
#include "filterbar.h"
#include "guitestbase.h"
#include "io/trackingimport.h"
#include "mainwindow.h"
#include "merchanttools.h"
#include "messagebox.h"
#include "progress.h"
#include "settings.h"
#include "settingsdialog.h"
#include "storage/sqlite/sqlitestorage.h"
#include "tempdatabase.h"
#include "trackingimportdialog.h"
#include "workbench.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace aftersales;
using namespace aftersales::ui;
using aftersales::testing::TempDatabase;

class TestMerchantTools : public testing::GuiTestBase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { testing::addBackendRows(); }
    void initTestCase();
    void init();
    void cleanup();

    void importDialogPreviewsAndShipsGoodRows();
    void importDialogRefusedFileShowsWhy();
    void importDialogAllOrNothingOnConflict();
    void flagFromDetailPaneShowsInListAndFilter();
    void remarkFromDetailPaneShowsInList();
    void importClaimsFromPlatformJson();
    void exportListWithItsFilters();
    void exportCancelledLeavesNoFile();
    void exportTimelineOfSelectedClaim();
    void settingsRefuseInvalidPolicy();
    void settingsApplyToTheWindow();
    void aboutNamesVersion();

private:
    qint64 m_a = 0;
    qint64 m_b = 0;
    qint64 m_pending = 0;
};

void TestMerchantTools::initTestCase()
{
    initGui();
}

void TestMerchantTools::init()
{
    AFTERSALES_FETCH_BACKEND(backend);
    initFixture(backend);
    m_a = awaitingShipment(QStringLiteral("DY5001"));
    m_b = awaitingShipment(QStringLiteral("DY5002"));
    m_db->addShippedOrder(QStringLiteral("DY5003"));
    m_pending = m_db->applyFor(QStringLiteral("DY5003"), ClaimType::Reship, Reason::MissingItems);
    m_db->clock().advance(60);
}

void TestMerchantTools::cleanup()
{
    cleanupFixture();
}

void TestMerchantTools::importDialogPreviewsAndShipsGoodRows()
{
    openWindow();
    QVERIFY(action("actionImportTracking"));
    QVERIFY(!action("actionImportTracking")->shortcut().isEmpty());
    QVERIFY(triggerAction("actionImportTracking"));
    auto *dialog = m_window->findChild<TrackingImportDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *apply = dialog->findChild<QPushButton *>(QStringLiteral("trackingApplyButton"));
    QVERIFY(apply);
    QVERIFY(!apply->isEnabled());

    // As Excel saves it in China: GB18030, Chinese headers, an order id, a bad number.
    const QString csv = QStringLiteral("售后单号,订单号,快递公司,物流单号\r\n"
                                       "%1,,顺丰速运,SF1000000000001\r\n"
                                       ",DY5002,圆通,YT100\r\n"
                                       "%2,,圆通,YT1000000000002\r\n")
                            .arg(m_a)
                            .arg(m_pending);
    FileDialog::setNextFileName(writeFile(QStringLiteral("仓库.csv"), trackingimport::encodeGb18030(csv)));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("trackingBrowseButton")),
                      Qt::LeftButton);

    auto *view = dialog->findChild<QTableView *>(QStringLiteral("trackingPreviewView"));
    QVERIFY(view);
    QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(view->model()->rowCount(), 3);
    auto state = [&](int row) {
        return view->model()
            ->index(row, TrackingPreviewModel::StateColumn)
            .data(TrackingPreviewModel::StateRole)
            .toString();
    };
    QCOMPARE(state(0), QStringLiteral("ok"));
    QCOMPARE(state(1), QStringLiteral("wrong_format"));
    QCOMPARE(state(2), QStringLiteral("not_awaiting_shipment"));
    QCOMPARE(view->model()->index(1, TrackingPreviewModel::LineColumn).data().toInt(), 3);
    QVERIFY(!view->model()->index(1, TrackingPreviewModel::WhyColumn).data().toString().isEmpty());
    const QString summary = dialog->findChild<QLabel *>(QStringLiteral("trackingSummary"))->text();
    QVERIFY2(summary.contains(QStringLiteral("GB18030")), qPrintable(summary));
    QVERIFY(apply->isEnabled());

    // Bad rows are skipped only after the merchant says so.
    MessageBox::setNextAnswer(false);
    QTest::mouseClick(apply, Qt::LeftButton);
    QCOMPARE(m_db->workbench().claim(m_a)->status, ClaimStatus::AwaitingShipment);
    QVERIFY(dialog->isVisible());

    MessageBox::setNextAnswer(true);
    QTest::mouseClick(apply, Qt::LeftButton);
    // The rows left to fix stay on screen until the merchant closes the dialog.
    QVERIFY(dialog->isVisible());
    QCOMPARE(view->model()->rowCount(), 2);
    dialog->reject();
    QTRY_VERIFY(!m_window->findChild<TrackingImportDialog *>());
    const Claim shipped = *m_db->workbench().claim(m_a);
    QCOMPARE(shipped.status, ClaimStatus::Shipped);
    QCOMPARE(shipped.trackingNo, QStringLiteral("SF1000000000001"));
    QCOMPARE(m_db->workbench().events(m_a)->last().actor, QStringLiteral("tester"));
    QCOMPARE(m_db->workbench().claim(m_b)->status, ClaimStatus::AwaitingShipment);
    // The list follows: the shipped claim left 换货&补寄待处理.
    QTRY_VERIFY(m_window->model()->rowOf(m_a) < 0);
}

void TestMerchantTools::importDialogRefusedFileShowsWhy()
{
    openWindow();
    QVERIFY(triggerAction("actionImportTracking"));
    auto *dialog = m_window->findChild<TrackingImportDialog *>();
    QVERIFY(dialog);
    QVERIFY(!dialog->loadFile(writeFile(QStringLiteral("nohead.csv"), "1,shunfeng,SF1000000000001\n")));
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("trackingSummary"))
                ->text()
                .contains(QStringLiteral("物流单号")));
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("trackingApplyButton"))->isEnabled());
    // Cancelled file choice: nothing changes.
    FileDialog::setNextFileName(QString());
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("trackingBrowseButton")),
                      Qt::LeftButton);
    QCOMPARE(dialog->model()->rowCount(), 0);
    dialog->reject();
}

void TestMerchantTools::importDialogAllOrNothingOnConflict()
{
    openWindow();
    QVERIFY(triggerAction("actionImportTracking"));
    auto *dialog = m_window->findChild<TrackingImportDialog *>();
    QVERIFY(dialog->loadFile(
        writeFile(QStringLiteral("ok.csv"), QStringLiteral("售后单号,物流单号\n%1,SF1000000000001\n"
                                                           "%2,SF1000000000002\n")
                                                .arg(m_a)
                                                .arg(m_b)
                                                .toUtf8())));
    QCOMPARE(dialog->model()->preview().okCount(), 2);
    // Someone else ships b meanwhile: the whole batch is refused and the preview redone.
    QVERIFY(m_db->ship(m_b, QStringLiteral("yuantong"), QStringLiteral("YT1000000000009"),
                       QStringLiteral("other"))
                .ok());
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("trackingApplyButton")),
                      Qt::LeftButton);
    QCOMPARE(MessageBox::shown().size(), 1);
    QCOMPARE(m_db->workbench().claim(m_a)->status, ClaimStatus::AwaitingShipment);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->model()->preview().okCount(), 1);
    QCOMPARE(dialog->model()
                 ->index(1, TrackingPreviewModel::StateColumn)
                 .data(TrackingPreviewModel::StateRole)
                 .toString(),
             QStringLiteral("not_awaiting_shipment"));
    dialog->reject();
}

void TestMerchantTools::flagFromDetailPaneShowsInListAndFilter()
{
    openWindow();
    QVERIFY(m_window->selectClaim(m_b));
    QTRY_COMPARE(m_window->detailPane()->claim()->id, m_b);
    auto *flag = m_window->detailPane()->findChild<QComboBox *>(QStringLiteral("detailFlagCombo"));
    QVERIFY(flag);
    QCOMPARE(flag->count(), 6);
    // Pick red as a user does: the signal the user's choice emits.
    flag->setCurrentIndex(5);
    Q_EMIT flag->activated(5);
    QCOMPARE(m_db->workbench().claim(m_b)->flag, 5);
    QCOMPARE(m_db->workbench().events(m_b)->last().action, QStringLiteral("flag"));
    const int row = m_window->model()->rowOf(m_b);
    const QModelIndex cell = m_window->model()->index(row, ClaimTableModel::FlagColumn);
    QCOMPARE(cell.data(ClaimTableModel::RawRole).toInt(), 5);
    QVERIFY(!cell.data(Qt::DecorationRole).isNull());
    QVERIFY(!cell.data(Qt::ToolTipRole).toString().isEmpty());
    QVERIFY(m_window->model()
                ->index(m_window->model()->rowOf(m_a), ClaimTableModel::FlagColumn)
                .data(Qt::DecorationRole)
                .isNull());

    auto *filter = m_window->filterBar()->findChild<QComboBox *>(QStringLiteral("flagFilter"));
    QVERIFY(filter);
    filter->setCurrentIndex(filter->findData(5));
    QTRY_COMPARE(m_window->model()->rowCount(), 1);
    QCOMPARE(m_window->model()->claimAt(m_window->model()->index(0, 0)).id, m_b);
    filter->setCurrentIndex(filter->findData(0));
    QTRY_COMPARE(m_window->model()->rowCount(), 2); // a and the pending one
    filter->setCurrentIndex(0);
    QTRY_COMPARE(m_window->model()->rowCount(), 3);
}

void TestMerchantTools::remarkFromDetailPaneShowsInList()
{
    openWindow();
    QVERIFY(m_window->selectClaim(m_a));
    QTRY_COMPARE(m_window->detailPane()->claim()->id, m_a);
    auto *edit = m_window->detailPane()->findChild<QLineEdit *>(QStringLiteral("detailRemarkEdit"));
    auto *save = m_window->detailPane()->findChild<QToolButton *>(QStringLiteral("detailRemarkSave"));
    QVERIFY(edit && save);
    QVERIFY(!save->isEnabled());
    edit->setFocus();
    edit->insert(QStringLiteral("缺货, ")); // QTest types ASCII only
    QTest::keyClicks(edit, QStringLiteral("call back"));
    QVERIFY(save->isEnabled());
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(m_db->workbench().claim(m_a)->remark, QStringLiteral("缺货, call back"));
    const int row = m_window->model()->rowOf(m_a);
    QTRY_COMPARE(m_window->model()->index(row, ClaimTableModel::RemarkColumn).data().toString(),
                 QStringLiteral("缺货, call back"));
    QTRY_VERIFY(!save->isEnabled());
}

void TestMerchantTools::importClaimsFromPlatformJson()
{
    openWindow();
    m_window->setQuickFilter(QuickFilter::All);
    const int before = m_window->model()->rowCount();
    // A file with a bad item is refused whole, with the item and field named.
    FileDialog::setNextFileName(writeFile(QStringLiteral("bad.json"), R"([
        {"aftersale_id": 9101, "order_id": "DY9101", "aftersale_type": 7, "aftersale_status": 6,
         "apply_time": "2026-11-26T09:00:00+08:00", "category": "smart_home"},
        {"aftersale_id": 9102, "order_id": "DY9102", "aftersale_type": 42, "aftersale_status": 6,
         "apply_time": "2026-11-26T09:00:00+08:00"}])"));
    QVERIFY(triggerAction("actionImportClaims"));
    QCOMPARE(MessageBox::shown().size(), 1);
    QVERIFY(MessageBox::shown().first().contains(QStringLiteral("aftersale_type")));
    QCOMPARE(m_window->model()->rowCount(), before);
    QVERIFY(!m_db->storage().claim(9101).ok());
    const QString good = writeFile(QStringLiteral("good.json"), R"({"data": {"items": [
        {"aftersale_info": {"aftersale_id": 9101, "aftersale_type": 7, "aftersale_status": 6,
                            "apply_time": "2026-11-26T09:00:00+08:00", "reason": "一直未收到货"},
         "order_info": {"shop_order_id": "DY9101", "category": "smart_home", "product_name": "智能门锁"}},
        {"aftersale_id": 9102, "order_id": "DY9102", "aftersale_type": 3, "aftersale_status": 6,
         "apply_time": "2026-11-26T09:30:00+08:00"}]}})");
    // Cancelled while writing: rolled back whole.
    Progress::cancelNextAfter(2);
    FileDialog::setNextFileName(good);
    QVERIFY(triggerAction("actionImportClaims"));
    QVERIFY(!m_db->storage().claim(9101).ok());
    QCOMPARE(MessageBox::shown().size(), 1);
    // The good file: both claims appear in the list.
    FileDialog::setNextFileName(good);
    QVERIFY(triggerAction("actionImportClaims"));
    QTRY_COMPARE(m_window->model()->rowCount(), before + 2);
    QCOMPARE(m_window->model()->rowOf(9101) >= 0, true);
    QCOMPARE(m_db->storage().claim(9101)->reason, Reason::NeverReceived);
}

void TestMerchantTools::exportListWithItsFilters()
{
    openWindow();
    QVERIFY(m_db->workbench().setFlag(m_a, 3, QStringLiteral("tester")).ok());
    auto *filter = m_window->filterBar()->findChild<QComboBox *>(QStringLiteral("flagFilter"));
    filter->setCurrentIndex(filter->findData(3));
    QTRY_COMPARE(m_window->model()->rowCount(), 1);
    const QString path = QDir(m_db->dir()).filePath(QStringLiteral("导出.csv"));
    FileDialog::setNextFileName(path);
    QVERIFY(triggerAction("actionExport"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines =
        QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    // The id as text Excel keeps whole: ="…".
    QVERIFY(lines.at(1).startsWith(QStringLiteral("\"=\"\"%1\"\"\",").arg(m_a)));
}

void TestMerchantTools::exportCancelledLeavesNoFile()
{
    openWindow();
    const QString path = QDir(m_db->dir()).filePath(QStringLiteral("cancelled.csv"));
    FileDialog::setNextFileName(path);
    Progress::cancelNextAfter(0);
    QVERIFY(!m_window->merchantTools()->exportList());
    QVERIFY(!QFile::exists(path));
    QVERIFY(MessageBox::shown().isEmpty()); // a cancel is not an error box
    FileDialog::setNextFileName(QString());
    QVERIFY(!m_window->merchantTools()->exportList()); // the user closed the file chooser
}

void TestMerchantTools::exportTimelineOfSelectedClaim()
{
    openWindow();
    QVERIFY(m_window->selectClaim(m_a));
    QTRY_VERIFY(action("actionExportTimeline")->isEnabled());
    const QString path = QDir(m_db->dir()).filePath(QStringLiteral("claim.txt"));
    FileDialog::setNextFileName(path);
    QVERIFY(triggerAction("actionExportTimeline"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    QVERIFY(text.contains(QStringLiteral("DY5001")));
    QVERIFY(text.split(QLatin1Char('\n')).size() > 15);
}

void TestMerchantTools::settingsRefuseInvalidPolicy()
{
    openWindow();
    QVERIFY(triggerAction("actionSettings"));
    auto *dialog = m_window->findChild<SettingsDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *review = dialog->findChild<QSpinBox *>(QStringLiteral("settingsReviewHours"));
    QVERIFY(review);
    QCOMPARE(review->value(), 48);
    review->setValue(0);
    auto *ok =
        dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY2(dialog->errorText().contains(QStringLiteral("review_hours")), qPrintable(dialog->errorText()));
    QVERIFY(!QFile::exists(m_window->merchantTools()->policyFile()));

    review->setValue(24);
    dialog->findChild<QLineEdit *>(QStringLiteral("settingsReshipCategories"))
        ->setText(QStringLiteral("smart_home,,digital"));
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->errorText().contains(QStringLiteral("reship_categories")));
    QCOMPARE(m_db->workbench().policy().reviewSecs, 48 * 3600);
    dialog->reject();
}

void TestMerchantTools::settingsApplyToTheWindow()
{
    openWindow();
    // A key the dialog does not show stays in the file.
    QFile existing(m_window->merchantTools()->policyFile());
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write(R"({"compensation_cents": 500})");
    existing.close();

    QVERIFY(triggerAction("actionSettings"));
    auto *dialog = m_window->findChild<SettingsDialog *>();
    QVERIFY(dialog);
    dialog->findChild<QSpinBox *>(QStringLiteral("settingsShipHours"))->setValue(24);
    dialog->findChild<QSpinBox *>(QStringLiteral("settingsDueSoon"))->setValue(6);
    dialog->findChild<QLineEdit *>(QStringLiteral("settingsReshipCategories"))
        ->setText(QStringLiteral("smart_home，digital"));
    dialog->findChild<QLineEdit *>(QStringLiteral("settingsOperator"))->setText(QStringLiteral("小王"));
    auto *zone = dialog->findChild<QComboBox *>(QStringLiteral("settingsTimeZone"));
    zone->setCurrentIndex(zone->findData(QStringLiteral("Europe/Berlin")));
    QVERIFY(zone->currentIndex() > 0);
    QTest::mouseClick(
        dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok),
        Qt::LeftButton);
    QTRY_VERIFY(!m_window->findChild<SettingsDialog *>());

    const Policy p = m_db->workbench().policy();
    QCOMPARE(p.shipSecs, 24 * 3600);
    QCOMPARE(p.dueSoonSecs, 6 * 3600);
    QCOMPARE(p.compensationCents, 500);
    QCOMPARE(p.reshipCategories, (QStringList{QStringLiteral("smart_home"), QStringLiteral("digital")}));
    // On a team's server who acts is the role logged in, whatever the setting says.
    QCOMPARE(m_window->operatorName(), m_db->actorFor(QStringLiteral("小王")));
    QCOMPARE(ClaimFormat::timeZone().id(), QByteArray("Europe/Berlin"));
    QCOMPARE(m_settings->timeZone().value(), QStringLiteral("Europe/Berlin"));
    // The command line reads the same file.
    QFile file(m_window->merchantTools()->policyFile());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject saved = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(saved.value(QStringLiteral("ship_hours")).toInt(), 24);
    QCOMPARE(saved.value(QStringLiteral("compensation_cents")).toInt(), 500);
    QVERIFY(Policy::load(m_window->merchantTools()->policyFile()).ok());
    // Times in the window follow the zone: 2026-11-26T02:00Z is 03:00 in Berlin.
    QCOMPARE(
        ClaimFormat::localTime(QDateTime::fromString(QStringLiteral("2026-11-26T02:00:00Z"), Qt::ISODate)),
        QStringLiteral("2026-11-26 03:00"));
}

void TestMerchantTools::aboutNamesVersion()
{
    openWindow();
    QVERIFY(triggerAction("actionAbout"));
    QCOMPARE(MessageBox::shown().size(), 1);
    QVERIFY(MessageBox::shown().first().contains(QStringLiteral(AFTERSALES_VERSION)));
    QVERIFY(!m_window->windowIcon().isNull());
}

QTEST_MAIN(TestMerchantTools)
#include "tst_merchanttools.moc"
