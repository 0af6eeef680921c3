// The real main window, offscreen, on a temporary database with a fixed clock: quick
// filters, clicking and approving, the dialogs, deadlines passing, other writers.
#include "claimtablemodel.h"
#include "detailpane.h"
#include "domain/names.h"
#include "filterbar.h"
#include "guitestbase.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "moneyatriskstrip.h"
#include "quickfilterbar.h"
#include "rejectdialog.h"
#include "settings.h"
#include "shipdialog.h"
#include "storage/storagefactory.h"
#include "tempdatabase.h"
#include "workbench.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace aftersales;
using namespace aftersales::ui;
using aftersales::testing::TempDatabase;

class TestMainWindow : public testing::GuiTestBase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { testing::addBackendRows(); }
    void initTestCase();
    void init();
    void cleanup();

    void opensOnExchangeReshipPending();
    void quickFiltersAndTypeFilter();
    void clickRowAndApprove();
    void keyboardClearsTheQueue();
    void multiSelectApprove();
    void rejectThroughTheDialog();
    void rejectNeverReceivedGoesToArbitration();
    void shipWrongThenRightTrackingNumber();
    void refusedActionShowsTheRule();
    void deadlinePassesWhileOpen();
    void conflictFromSecondWriter();
    void otherProcessChangesAppearWithinTwoSeconds();
    void searchNarrowsTheList();
    void moneyAtRiskStripFilters();
    void moneyAtRiskStrip_followsAnActionSoonAfter();
    void detailShowsCountdownAndTimeline();
    void settingsPersist();
    void actionsHaveShortcutsAndTooltips();

private:
    // The fixture at +30 h with its two reshipments approved: five claims at risk.
    void openWithFiveAtRisk();

    // Claims of the fixture.
    qint64 m_reshipNeverReceived = 0;
    qint64 m_reshipMissing = 0;
    qint64 m_exchange = 0;
    qint64 m_refund = 0;
    qint64 m_return = 0;
};

void TestMainWindow::initTestCase()
{
    initGui();
}

void TestMainWindow::init()
{
    AFTERSALES_FETCH_BACKEND(backend);
    initFixture(backend);
    m_db->addShippedOrder(QStringLiteral("DY1001"), 29900);
    m_reshipNeverReceived =
        m_db->applyFor(QStringLiteral("DY1001"), ClaimType::Reship, Reason::NeverReceived);
    m_db->clock().advance(60);
    m_db->addShippedOrder(QStringLiteral("DY1002"), 15900);
    m_reshipMissing = m_db->applyFor(QStringLiteral("DY1002"), ClaimType::Reship, Reason::MissingItems);
    m_db->clock().advance(60);
    m_db->addShippedOrder(QStringLiteral("DY1003"), 49900);
    m_exchange = m_db->applyFor(QStringLiteral("DY1003"), ClaimType::Exchange, Reason::WrongItem);
    m_db->clock().advance(60);
    m_db->addShippedOrder(QStringLiteral("DY1004"), 9900);
    m_refund = m_db->applyFor(QStringLiteral("DY1004"), ClaimType::RefundShipped, Reason::QualityIssue);
    m_db->clock().advance(60);
    m_db->addShippedOrder(QStringLiteral("DY1005"), 19900);
    m_return = m_db->applyFor(QStringLiteral("DY1005"), ClaimType::ReturnRefund, Reason::NotAsDescribed);
    m_db->clock().advance(60);
}

void TestMainWindow::cleanup()
{
    cleanupFixture();
}

void TestMainWindow::opensOnExchangeReshipPending()
{
    openWindow();
    QCOMPARE(m_window->quickFilter(), QuickFilter::ExchangeReshipPending);
    auto *button = m_window->findChild<QToolButton *>(QStringLiteral("quickFilter_exchange_reship_pending"));
    QVERIFY(button);
    QVERIFY(button->isChecked());
    QCOMPARE(m_window->quickFilterBar()->count(QuickFilter::ExchangeReshipPending), 3);
    QCOMPARE(m_window->quickFilterBar()->count(QuickFilter::PendingReview), 5);
    QCOMPARE(m_window->quickFilterBar()->count(QuickFilter::All), 5);
    QVERIFY(button->text().contains(QLatin1String("(3)")));
    QCOMPARE(m_window->model()->rowCount(), 3);
    QVERIFY(rowOf(m_refund) < 0);
    QVERIFY(rowOf(m_return) < 0);
    // The first claim is selected and shown: the keyboard can start at once.
    QCOMPARE(m_window->currentClaimId(), std::optional<qint64>(m_reshipNeverReceived));
    QCOMPARE(m_window->detailPane()->claim()->id, m_reshipNeverReceived);
}

void TestMainWindow::quickFiltersAndTypeFilter()
{
    openWindow();
    QTest::mouseClick(m_window->findChild<QToolButton *>(QStringLiteral("quickFilter_all")), Qt::LeftButton);
    QCOMPARE(m_window->quickFilter(), QuickFilter::All);
    QCOMPARE(m_window->model()->rowCount(), 5);

    auto *type = m_window->findChild<QComboBox *>(QStringLiteral("typeFilter"));
    QVERIFY(type);
    type->setCurrentIndex(1); // Refund only: both refund types
    QCOMPARE(m_window->model()->rowCount(), 1);
    QCOMPARE(m_window->currentClaimId(), std::optional<qint64>(m_refund));
    type->setCurrentIndex(4); // Reshipment
    QCOMPARE(m_window->model()->rowCount(), 2);
    type->setCurrentIndex(0);

    auto *status = m_window->findChild<QComboBox *>(QStringLiteral("statusFilter"));
    QVERIFY(status);
    status->setCurrentIndex(status->findData(int(ClaimStatus::AwaitingShipment)));
    QCOMPARE(m_window->model()->rowCount(), 0);
    QVERIFY(!m_window->detailPane()->claim());
    status->setCurrentIndex(0);

    QTest::mouseClick(
        m_window->findChild<QToolButton *>(QStringLiteral("quickFilter_exchange_reship_pending")),
        Qt::LeftButton);
    QCOMPARE(m_window->model()->rowCount(), 3);
}

void TestMainWindow::clickRowAndApprove()
{
    openWindow();
    QTest::mouseClick(
        m_window->findChild<QToolButton *>(QStringLiteral("quickFilter_exchange_reship_pending")),
        Qt::LeftButton);
    const int row = rowOf(m_reshipMissing);
    QVERIFY(row >= 0);
    clickRow(row);
    QCOMPARE(m_window->currentClaimId(), std::optional<qint64>(m_reshipMissing));
    QCOMPARE(m_window->detailPane()->claim()->id, m_reshipMissing);
    QAction *approve = action("actionApprove");
    QVERIFY(approve && approve->isEnabled());
    QCOMPARE(approve->text(), QStringLiteral("Approve reshipment"));
    QVERIFY(!action("actionShip")->isEnabled());

    approve->trigger();
    QCOMPARE(storedStatus(m_reshipMissing), ClaimStatus::AwaitingShipment);
    // The row, the detail pane, the actions and the counts follow.
    QCOMPARE(statusOf(m_reshipMissing), QStringLiteral("awaiting_shipment"));
    QCOMPARE(m_window->detailPane()->claim()->status, ClaimStatus::AwaitingShipment);
    QVERIFY(action("actionShip")->isEnabled());
    QVERIFY(!action("actionApprove")->isEnabled());
    QCOMPARE(m_window->quickFilterBar()->count(QuickFilter::PendingReview), 4);
    QCOMPARE(m_window->quickFilterBar()->count(QuickFilter::AwaitingShipment), 1);
    QVERIFY(MessageBox::shown().isEmpty());
    Result<QList<Event>> events = m_db->workbench().events(m_reshipMissing);
    QCOMPARE(events->last().action, QStringLiteral("approve"));
    QCOMPARE(events->last().actor, QStringLiteral("tester"));
}

void TestMainWindow::keyboardClearsTheQueue()
{
    openWindow();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->view()->setFocus();
    QCOMPARE(m_window->currentClaimId(), std::optional<qint64>(m_reshipNeverReceived));
    QTest::keyClick(m_window->view(), Qt::Key_A);
    QCOMPARE(storedStatus(m_reshipNeverReceived), ClaimStatus::AwaitingShipment);
    QTest::keyClick(m_window->view(), Qt::Key_J);
    QCOMPARE(m_window->currentClaimId(), std::optional<qint64>(m_reshipMissing));
    QTest::keyClick(m_window->view(), Qt::Key_A);
    QCOMPARE(storedStatus(m_reshipMissing), ClaimStatus::AwaitingShipment);
    QTest::keyClick(m_window->view(), Qt::Key_K);
    QCOMPARE(m_window->currentClaimId(), std::optional<qint64>(m_reshipNeverReceived));

    // T opens the ship dialog; typing the number and Enter ships.
    QTest::keyClick(m_window->view(), Qt::Key_T);
    ShipDialog *dialog = m_window->findChild<ShipDialog *>();
    QVERIFY(dialog && dialog->isVisible());
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("trackingEdit")),
                     QStringLiteral("SF2222222222222"));
    QTest::keyClick(dialog->findChild<QLineEdit *>(QStringLiteral("trackingEdit")), Qt::Key_Return);
    QCOMPARE(storedStatus(m_reshipNeverReceived), ClaimStatus::Shipped);

    // Ctrl+F goes to the search box, where letters are text, not commands.
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(m_window->filterBar()->searchEdit()->hasFocus());
    QTest::keyClicks(m_window->filterBar()->searchEdit(), QStringLiteral("jar"));
    QCOMPARE(m_window->filterBar()->searchEdit()->text(), QStringLiteral("jar"));
    QCOMPARE(storedStatus(m_exchange), ClaimStatus::PendingReview);
}

void TestMainWindow::multiSelectApprove()
{
    openWindow();
    QTest::mouseClick(m_window->findChild<QToolButton *>(QStringLiteral("quickFilter_pending_review")),
                      Qt::LeftButton);
    QCOMPARE(m_window->model()->rowCount(), 5);
    // Ship one first elsewhere so that one of the selection is refused… by a conflict.
    m_window->view()->selectAll();
    QCOMPARE(m_window->view()->selectionModel()->selectedRows().size(), 5);
    QAction *approve = action("actionApprove");
    QVERIFY(approve->isEnabled());
    QVERIFY(approve->text().contains(QLatin1String("5")));
    QVERIFY(!action("actionReject")->isEnabled());

    // Another writer approves one of them in the meantime.
    // Another connection: another process on a file, another desktop on a team's server.
    Result<std::unique_ptr<Storage>> second = storage::open(m_db->path());
    QVERIFY(second.ok());
    Workbench other(**second, m_db->clock(), Policy::defaults());
    ActionRequest r;
    r.action = Action::Approve;
    r.actor = QStringLiteral("colleague");
    QVERIFY(other.act(m_exchange, r).ok());

    approve->trigger();
    for (qint64 id : {m_reshipNeverReceived, m_reshipMissing, m_refund, m_return})
        QVERIFY(storedStatus(id) != ClaimStatus::PendingReview);
    QCOMPARE(storedStatus(m_refund), ClaimStatus::Refunded);
    QCOMPARE(MessageBox::shown().size(), 1);
    QVERIFY(MessageBox::shown().first().contains(QLatin1String("Approved 4 of 5")));
    QVERIFY(m_window->statusBar()->currentMessage().contains(QLatin1String("Approved 4 of 5")));
    QCOMPARE(m_window->quickFilterBar()->count(QuickFilter::PendingReview), 0);
}

void TestMainWindow::rejectThroughTheDialog()
{
    openWindow();
    clickRow(rowOf(m_reshipMissing));
    QVERIFY(action("actionReject")->isEnabled());
    QVERIFY(triggerAction("actionReject"));
    RejectDialog *dialog = m_window->findChild<RejectDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("arbitrationWarning"))->isVisible());
    auto *ok =
        dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled());
    auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("reasonCodeCombo"));
    combo->setCurrentIndex(combo->findData(int(RejectCode::OutOfStock)));
    // keyClicks() types Latin-1 only.
    dialog->findChild<QPlainTextEdit *>(QStringLiteral("noteEdit"))
        ->insertPlainText(QStringLiteral("缺货，已联系买家"));
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);

    QCOMPARE(storedStatus(m_reshipMissing), ClaimStatus::Rejected);
    // Handled: it leaves 换货&补寄待处理 at once; it is in All as rejected.
    QCOMPARE(statusOf(m_reshipMissing), QString());
    QVERIFY(triggerAction("actionQuickFilter_all"));
    QCOMPARE(statusOf(m_reshipMissing), QStringLiteral("rejected"));
    QVERIFY(m_window->selectClaim(m_reshipMissing));
    const QList<Event> events = *m_db->workbench().events(m_reshipMissing);
    QCOMPARE(events.last().action, QStringLiteral("reject"));
    QCOMPARE(events.last().detail, QStringLiteral("out_of_stock: 缺货，已联系买家"));
    QTRY_VERIFY(!m_window->findChild<RejectDialog *>()); // deleted on close
    // A merchant who rejected may still approve while the buyer's window is open.
    QVERIFY(action("actionApprove")->isEnabled());
}

void TestMainWindow::rejectNeverReceivedGoesToArbitration()
{
    openWindow();
    clickRow(rowOf(m_reshipNeverReceived));
    RejectDialog *dialog = m_window->openRejectDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("arbitrationWarning"))->isVisible());
    auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("reasonCodeCombo"));
    combo->setCurrentIndex(combo->findData(int(RejectCode::Delivered)));
    dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(storedStatus(m_reshipNeverReceived), ClaimStatus::InArbitration);
    // Cancelling does nothing.
    clickRow(rowOf(m_reshipMissing));
    dialog = m_window->openRejectDialog();
    dialog->reject();
    QCOMPARE(storedStatus(m_reshipMissing), ClaimStatus::PendingReview);
}

void TestMainWindow::shipWrongThenRightTrackingNumber()
{
    openWindow();
    clickRow(rowOf(m_reshipMissing));
    QVERIFY(triggerAction("actionApprove"));
    QVERIFY(action("actionShip")->isEnabled());
    QVERIFY(triggerAction("actionShip"));
    ShipDialog *dialog = m_window->findChild<ShipDialog *>();
    QVERIFY(dialog && dialog->isVisible());
    auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("trackingEdit"));
    auto *hint = dialog->findChild<QLabel *>(QStringLiteral("trackingHint"));
    auto *ok =
        dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);

    // Wrong: not an SF number.
    QTest::keyClicks(edit, QStringLiteral("SF12345"));
    QVERIFY(!ok->isEnabled());
    QVERIFY(hint->text().contains(QLatin1String("Not a valid")));
    // Wrong: the original order's own number.
    edit->clear();
    const QString original = m_db->workbench().claim(m_reshipMissing)->order.trackingNo;
    QTest::keyClicks(edit, original);
    QVERIFY(!ok->isEnabled());
    QVERIFY(hint->text().contains(QLatin1String("original")));
    // Right: a YTO number; the carrier is detected from it.
    edit->clear();
    QTest::keyClicks(edit, QStringLiteral("yt7512345678901"));
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog->carrier(), QStringLiteral("yuantong"));
    QTest::mouseClick(ok, Qt::LeftButton);

    const Claim shipped = *m_db->workbench().claim(m_reshipMissing);
    QCOMPARE(shipped.status, ClaimStatus::Shipped);
    QCOMPARE(shipped.carrier, QStringLiteral("yuantong"));
    QCOMPARE(shipped.trackingNo, QStringLiteral("YT7512345678901"));
    // Handled: it leaves the queue, and another claim is the target.
    QCOMPARE(statusOf(m_reshipMissing), QString());
    QVERIFY(m_window->currentClaimId() != std::optional<qint64>(m_reshipMissing));
    QVERIFY(MessageBox::shown().isEmpty());
}

void TestMainWindow::refusedActionShowsTheRule()
{
    openWindow();
    // Two reshipments awaiting shipment; the second gets the first's number.
    for (qint64 id : {m_reshipNeverReceived, m_reshipMissing}) {
        clickRow(rowOf(id));
        QVERIFY(triggerAction("actionApprove"));
    }
    const QString number = QStringLiteral("JT1234567890123");
    for (qint64 id : {m_reshipNeverReceived, m_reshipMissing}) {
        clickRow(rowOf(id));
        ShipDialog *dialog = m_window->openShipDialog();
        QVERIFY(dialog);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("trackingEdit")), number);
        dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
            ->button(QDialogButtonBox::Ok)
            ->click();
    }
    QCOMPARE(storedStatus(m_reshipNeverReceived), ClaimStatus::Shipped);
    QCOMPARE(storedStatus(m_reshipMissing), ClaimStatus::AwaitingShipment);
    QCOMPARE(MessageBox::shown().size(), 1);
    QCOMPARE(MessageBox::shown().first(),
             QStringLiteral("The tracking number is already used by claim %1.").arg(m_reshipNeverReceived));
    QVERIFY(m_window->statusBar()->currentMessage().contains(QLatin1String("already used")));
}

void TestMainWindow::deadlinePassesWhileOpen()
{
    openWindow();
    QCOMPARE(m_window->model()->rowCount(), 3);
    QCOMPARE(m_window->quickFilterBar()->count(QuickFilter::PendingReview), 5);
    QCOMPARE(m_window->quickFilterBar()->count(QuickFilter::AwaitingShipment), 0);

    // Past the 48-hour review deadline: everything is approved automatically.
    m_db->clock().advance(48 * 3600);
    QTRY_COMPARE(m_window->quickFilterBar()->count(QuickFilter::PendingReview), 0);
    QCOMPARE(m_window->quickFilterBar()->count(QuickFilter::AwaitingShipment), 2);
    QCOMPARE(statusOf(m_reshipNeverReceived), QStringLiteral("awaiting_shipment"));
    // The exchange now waits for the buyer's return: it left the list.
    QCOMPARE(storedStatus(m_exchange), ClaimStatus::AwaitingBuyerReturn);
    QVERIFY(rowOf(m_exchange) < 0);

    // Past the shipping deadline as well: the never-received claim is refunded and
    // leaves the list; the other is overdue, with its compensation.
    m_db->clock().advance(48 * 3600);
    QTRY_VERIFY(rowOf(m_reshipNeverReceived) < 0);
    QTRY_COMPARE(statusOf(m_reshipMissing), QStringLiteral("ship_overdue"));
    QCOMPARE(m_window->quickFilterBar()->count(QuickFilter::Overdue), 1);
    QCOMPARE(m_window->quickFilterBar()->count(QuickFilter::AwaitingShipment), 0);
    const Claim refunded = *m_db->workbench().claim(m_reshipNeverReceived);
    QCOMPARE(refunded.status, ClaimStatus::Refunded);
    QCOMPARE(refunded.compensationCents, 300);
    QCOMPARE(refunded.refundCents, 29900);
    // The late shipment is stamped at its deadline, not when the window noticed.
    const QList<Event> events = *m_db->workbench().events(m_reshipNeverReceived);
    QCOMPARE(events.last().action, QStringLiteral("late_shipment"));
    QCOMPARE(events.last().at, events.first().at.addSecs(96 * 3600));
}

void TestMainWindow::conflictFromSecondWriter()
{
    openWindow();
    clickRow(rowOf(m_reshipMissing));
    const qint64 seenVersion = m_window->detailPane()->claim()->version;

    // Another window or the command line rejects it; this window has not noticed yet.
    // Another connection: another process on a file, another desktop on a team's server.
    Result<std::unique_ptr<Storage>> second = storage::open(m_db->path());
    QVERIFY(second.ok());
    Workbench other(**second, m_db->clock(), Policy::defaults());
    ActionRequest r;
    r.action = Action::Reject;
    r.actor = QStringLiteral("colleague");
    r.rejectCode = RejectCode::Other;
    QVERIFY(other.act(m_reshipMissing, r).ok());

    QVERIFY(triggerAction("actionApprove"));
    // Nothing overwritten: still the colleague's rejection.
    QCOMPARE(storedStatus(m_reshipMissing), ClaimStatus::Rejected);
    QCOMPARE(MessageBox::shown().size(), 1);
    QVERIFY(MessageBox::shown().first().contains(QLatin1String("changed elsewhere")));
    // The claim was reloaded.
    QCOMPARE(statusOf(m_reshipMissing), QStringLiteral("rejected"));
    QCOMPARE(m_window->detailPane()->claim()->status, ClaimStatus::Rejected);
    QVERIFY(m_window->detailPane()->claim()->version > seenVersion);
}

void TestMainWindow::otherProcessChangesAppearWithinTwoSeconds()
{
    openWindow();
    m_window->setPollInterval(1000); // the real interval
    // Another connection: another process on a file, another desktop on a team's server.
    Result<std::unique_ptr<Storage>> second = storage::open(m_db->path());
    QVERIFY(second.ok());
    Workbench other(**second, m_db->clock(), Policy::defaults());
    ActionRequest r;
    r.action = Action::Approve;
    r.actor = QStringLiteral("colleague");
    QVERIFY(other.act(m_exchange, r).ok());
    QVERIFY(other.act(m_refund, r).ok());
    // The exchange now waits for the buyer's return: it leaves the list.
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(m_exchange) < 0, 2000);
    QCOMPARE(m_window->quickFilterBar()->count(QuickFilter::PendingReview), 3);
    QCOMPARE(m_window->quickFilterBar()->count(QuickFilter::ExchangeReshipPending), 2);
}

void TestMainWindow::searchNarrowsTheList()
{
    openWindow();
    QTest::mouseClick(m_window->findChild<QToolButton *>(QStringLiteral("quickFilter_all")), Qt::LeftButton);
    QLineEdit *search = m_window->filterBar()->searchEdit();
    QVERIFY(triggerAction("actionSearch"));
    QTest::keyClicks(search, QStringLiteral("DY1003"));
    QTRY_COMPARE(m_window->currentClaimId(), std::optional<qint64>(m_exchange));
    QCOMPARE(m_window->model()->rowCount(), 1);
    search->clear();
    search->insert(QStringLiteral("买家DY1005"));
    QTest::keyClick(search, Qt::Key_Return);
    // Searches run off the UI thread; the list changes when the result arrives.
    QTRY_COMPARE(m_window->currentClaimId(), std::optional<qint64>(m_return));
    QCOMPARE(m_window->model()->rowCount(), 1);
    // Enter leaves the search for the list.
    QTRY_VERIFY(m_window->view()->hasFocus() || !m_window->isActiveWindow());
    search->clear();
    QTRY_COMPARE(m_window->model()->rowCount(), 5);
}

void TestMainWindow::moneyAtRiskStrip_followsAnActionSoonAfter()
{
    openWithFiveAtRisk();
    QCOMPARE(m_window->moneyAtRiskStrip()->risk().claims, 5);
    QCOMPARE(m_window->moneyAtRiskStrip()->risk().autoApprovals, 3);
    // Approved now, the exchange is due to ship in 48 hours: no longer at risk. The strip
    // sums again just after the row is repainted.
    ActionRequest r;
    r.action = Action::Approve;
    r.actor = QStringLiteral("tester");
    QVERIFY(m_db->workbench().act(m_exchange, r).ok());
    QTRY_COMPARE(m_window->moneyAtRiskStrip()->risk().claims, 4);
    QCOMPARE(m_window->moneyAtRiskStrip()->risk().autoApprovals, 2);
}

void TestMainWindow::openWithFiveAtRisk()
{
    // Approve the two reshipments now; at +30 h their shipping deadlines (at +48 h) are
    // within 24 hours, as are the review deadlines of the three others.
    ActionRequest r;
    r.action = Action::Approve;
    r.actor = QStringLiteral("tester");
    QVERIFY(m_db->workbench().act(m_reshipNeverReceived, r).ok());
    QVERIFY(m_db->workbench().act(m_reshipMissing, r).ok());
    m_db->clock().advance(30 * 3600);
    openWindow();
}

void TestMainWindow::moneyAtRiskStripFilters()
{
    openWithFiveAtRisk();
    const MoneyAtRisk risk = m_window->moneyAtRiskStrip()->risk();
    QCOMPARE(risk.claims, 5);
    QCOMPARE(risk.autoApprovals, 3);
    QCOMPARE(risk.compensations, 2);
    QCOMPARE(risk.compensationCents, 600);
    QCOMPARE(risk.autoRefunds, 1);
    QCOMPARE(risk.refundCents, 29900);
    QVERIFY2(m_window->moneyAtRiskStrip()->text().contains(QStringLiteral("¥305.00")),
             qPrintable(m_window->moneyAtRiskStrip()->text()));

    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("moneyAtRisk")), Qt::LeftButton);
    QCOMPARE(m_window->quickFilter(), QuickFilter::AtRisk);
    QCOMPARE(m_window->model()->rowCount(), 5);
    QVERIFY(!m_window->findChild<QToolButton *>(QStringLiteral("quickFilter_exchange_reship_pending"))
                 ->isChecked());
    QTest::mouseClick(
        m_window->findChild<QToolButton *>(QStringLiteral("quickFilter_exchange_reship_pending")),
        Qt::LeftButton);
    QCOMPARE(m_window->quickFilter(), QuickFilter::ExchangeReshipPending);
}

void TestMainWindow::detailShowsCountdownAndTimeline()
{
    openWindow();
    clickRow(rowOf(m_reshipMissing));
    DetailPane *pane = m_window->detailPane();
    QVERIFY(pane->countdownText().startsWith(QLatin1String("Approves automatically in 1d 23h")));
    auto *original = pane->findChild<QLabel *>(QStringLiteral("detailOriginalShipment"));
    QVERIFY(original);
    QVERIFY(original->text().startsWith(QLatin1String("SF Express SF")));
    QCOMPARE(pane->findChild<QLabel *>(QStringLiteral("detailReason"))->text(),
             QStringLiteral("Items missing"));
    // Only the valid actions.
    QVERIFY(pane->findChild<QToolButton *>(QStringLiteral("detailApproveButton"))->isVisible());
    QVERIFY(pane->findChild<QToolButton *>(QStringLiteral("detailRejectButton"))->isVisible());
    QVERIFY(!pane->findChild<QToolButton *>(QStringLiteral("detailShipButton"))->isVisible());
    QVERIFY(!pane->findChild<QToolButton *>(QStringLiteral("detailRefundButton"))->isVisible());
    // The countdown ticks with the clock.
    m_db->clock().advance(47 * 3600);
    QTRY_VERIFY(pane->countdownText().startsWith(QLatin1String("Approves automatically in 56m")));

    QTest::mouseClick(pane->findChild<QToolButton *>(QStringLiteral("detailApproveButton")), Qt::LeftButton);
    QCOMPARE(storedStatus(m_reshipMissing), ClaimStatus::AwaitingShipment);
    QTRY_VERIFY(pane->countdownText().contains(QLatin1String("late-shipment penalty")));
    QVERIFY(pane->findChild<QToolButton *>(QStringLiteral("detailShipButton"))->isVisible());
    auto *timeline = pane->findChild<QTreeWidget *>(QStringLiteral("detailTimeline"));
    QVERIFY(timeline);
    QCOMPARE(timeline->topLevelItemCount(), 2);
    QCOMPARE(timeline->topLevelItem(0)->text(2), QStringLiteral("Buyer applied"));
    QCOMPARE(timeline->topLevelItem(1)->text(1), QStringLiteral("tester"));
    QCOMPARE(timeline->topLevelItem(1)->text(2), QStringLiteral("Approved"));
    QCOMPARE(timeline->topLevelItem(1)->text(3), QStringLiteral("Pending review → Awaiting shipment"));
}

void TestMainWindow::settingsPersist()
{
    openWindow();
    m_window->resize(1240, 720);
    m_window->view()->horizontalHeader()->resizeSection(ClaimTableModel::ReasonColumn, 321);
    auto *splitter = m_window->findChild<QSplitter *>(QStringLiteral("mainSplitter"));
    splitter->setSizes({600, 480});
    const QList<int> sizes = splitter->sizes();
    m_window->close();
    m_tester.reset();
    m_window.reset();

    openWindow();
    QCOMPARE(m_window->view()->horizontalHeader()->sectionSize(ClaimTableModel::ReasonColumn), 321);
    QCOMPARE(m_window->findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes(), sizes);
    QCOMPARE(m_window->size(), QSize(1240, 720));

    QVERIFY(triggerAction("actionLanguageEnglish"));
    QCOMPARE(m_settings->language().value(), QStringLiteral("en"));
    QVERIFY(action("actionLanguageEnglish")->isChecked());
}

void TestMainWindow::actionsHaveShortcutsAndTooltips()
{
    openWindow();
    const QList<std::pair<const char *, QKeySequence>> expected{
        {"actionApprove", QKeySequence(Qt::Key_A)},  {"actionReject", QKeySequence(Qt::Key_R)},
        {"actionShip", QKeySequence(Qt::Key_T)},     {"actionSearch", QKeySequence(QKeySequence::Find)},
        {"actionRefresh", QKeySequence(Qt::Key_F5)}, {"actionNext", QKeySequence(Qt::Key_J)},
        {"actionPrevious", QKeySequence(Qt::Key_K)}, {"actionQuit", QKeySequence(QKeySequence::Quit)},
    };
    for (const auto &[name, shortcut] : expected) {
        QAction *a = action(name);
        QVERIFY2(a, name);
        QCOMPARE(a->shortcut(), shortcut);
        QVERIFY2(a->toolTip().contains(shortcut.toString(QKeySequence::NativeText)),
                 qPrintable(a->toolTip()));
    }
    QVERIFY(action("actionSweep"));
    QVERIFY(action("actionLanguageChinese"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
