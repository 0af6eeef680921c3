// The keyboard focus in the real window: the list has it at start-up, after a quick-filter
// switch, after a dialog closes and after a search, so that ↓ / ↑, J / K and Shift+↓ work at
// once, without tabbing into the list first.
#include "claimtablemodel.h"
#include "detailpane.h"
#include "filterbar.h"
#include "guitestbase.h"
#include "mainwindow.h"
#include "rejectdialog.h"
#include "shipdialog.h"
#include "workbench.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace aftersales;
using namespace aftersales::ui;

class TestFocus : public testing::GuiTestBase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void listFocusedAtStart();
    void listFocusedAfterQuickFilterSwitch_data();
    void listFocusedAfterQuickFilterSwitch();
    void listFocusedAfterDialogCloses_data();
    void listFocusedAfterDialogCloses();
    void listFocusedAfterSearch();

private:
    bool listHasFocus() const { return focused() == m_window->view(); }
    // ↓ moves the current row by one, Shift+↓ extends the selection: the list takes keys.
    void arrowsMoveInTheList();

    qint64 m_first = 0;
    qint64 m_second = 0;
    qint64 m_toShip = 0;
};

void TestFocus::initTestCase()
{
    initGui();
}

void TestFocus::init()
{
    initFixture();
    m_db->addShippedOrder(QStringLiteral("DY5001"));
    m_first = m_db->applyFor(QStringLiteral("DY5001"), ClaimType::Reship, Reason::MissingItems);
    m_db->clock().advance(60);
    m_db->addShippedOrder(QStringLiteral("DY5002"));
    m_second = m_db->applyFor(QStringLiteral("DY5002"), ClaimType::Exchange, Reason::WrongItem);
    m_db->clock().advance(60);
    m_toShip = awaitingShipment(QStringLiteral("DY5003"));
    m_db->addShippedOrder(QStringLiteral("DY5004"));
    m_db->applyFor(QStringLiteral("DY5004"), ClaimType::RefundShipped, Reason::QualityIssue);
    m_db->clock().advance(60);
}

void TestFocus::cleanup()
{
    cleanupFixture();
}

void TestFocus::arrowsMoveInTheList()
{
    QItemSelectionModel *selection = m_window->view()->selectionModel();
    const int row = selection->currentIndex().row();
    QVERIFY(row >= 0);
    QVERIFY(m_window->model()->rowCount() >= row + 3);
    press(Qt::Key_Down);
    QCOMPARE(selection->currentIndex().row(), row + 1);
    press(Qt::Key_Down, Qt::ShiftModifier);
    QCOMPARE(selection->selectedRows().size(), 2);
    press(Qt::Key_Up);
    QCOMPARE(selection->currentIndex().row(), row + 1);
    QCOMPARE(selection->selectedRows().size(), 1);
}

void TestFocus::listFocusedAtStart()
{
    openWindow();
    activateWindow();
    QTRY_VERIFY(listHasFocus());
    QCOMPARE(m_window->view()->selectionModel()->currentIndex().row(), 0);
    arrowsMoveInTheList();
}

void TestFocus::listFocusedAfterQuickFilterSwitch_data()
{
    QTest::addColumn<bool>("byKey");
    QTest::newRow("Ctrl+2") << true;
    QTest::newRow("click on the tab") << false;
}

void TestFocus::listFocusedAfterQuickFilterSwitch()
{
    QFETCH(bool, byKey);
    openWindow();
    activateWindow();
    // The merchant was typing a search.
    QVERIFY(triggerAction("actionSearch"));
    QTRY_VERIFY(focused() == m_window->filterBar()->searchEdit());
    if (byKey)
        press(Qt::Key_2, Qt::ControlModifier);
    else
        QTest::mouseClick(m_window->findChild<QToolButton *>(QStringLiteral("quickFilter_pending_review")),
                          Qt::LeftButton);
    QCOMPARE(m_window->quickFilter(), QuickFilter::PendingReview);
    QTRY_VERIFY(listHasFocus());
    arrowsMoveInTheList();
    // J is the next claim, not a letter in the search box.
    const int row = m_window->view()->selectionModel()->currentIndex().row();
    press(Qt::Key_J);
    QCOMPARE(m_window->view()->selectionModel()->currentIndex().row(), row + 1);
    QVERIFY(m_window->filterBar()->searchEdit()->text().isEmpty());
}

void TestFocus::listFocusedAfterDialogCloses_data()
{
    QTest::addColumn<bool>("ship");
    QTest::newRow("ship dialog, OK") << true;
    QTest::newRow("reject dialog, Esc") << false;
}

void TestFocus::listFocusedAfterDialogCloses()
{
    QFETCH(bool, ship);
    openWindow();
    activateWindow();
    QVERIFY(m_window->selectClaim(ship ? m_toShip : m_first));
    // The merchant wrote a remark, then clicks the pane's button with the mouse.
    auto *remark = m_window->detailPane()->findChild<QLineEdit *>(QStringLiteral("detailRemarkEdit"));
    QTest::mouseClick(remark, Qt::LeftButton);
    QTRY_VERIFY(focused() == remark);
    auto *button = m_window->detailPane()->findChild<QToolButton *>(
        QLatin1String(ship ? "detailShipButton" : "detailRejectButton"));
    QVERIFY(button && button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
    if (ship) {
        auto *dialog = m_window->findChild<ShipDialog *>();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        auto *tracking = dialog->findChild<QLineEdit *>(QStringLiteral("trackingEdit"));
        QTest::keyClicks(tracking, QStringLiteral("SF1234567890123"));
        QTest::keyClick(tracking, Qt::Key_Return);
        QCOMPARE(storedStatus(m_toShip), ClaimStatus::Shipped);
    } else {
        auto *dialog = m_window->findChild<RejectDialog *>();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QTest::keyClick(dialog, Qt::Key_Escape);
        QCOMPARE(storedStatus(m_first), ClaimStatus::PendingReview);
    }
    QTRY_VERIFY(!m_window->findChild<QDialog *>());
    // The window system gives the window back its activation.
    activateWindow();
    QTRY_VERIFY(listHasFocus());
    QVERIFY(remark->text().isEmpty());
}

void TestFocus::listFocusedAfterSearch()
{
    openWindow();
    activateWindow();
    triggerAction("actionQuickFilter_all");
    QVERIFY(triggerAction("actionSearch"));
    QTRY_VERIFY(focused() == m_window->filterBar()->searchEdit());
    QTest::keyClicks(m_window->filterBar()->searchEdit(), QStringLiteral("DY500"));
    press(Qt::Key_Return);
    QTRY_COMPARE(m_window->model()->rowCount(), 4);
    QTRY_VERIFY(listHasFocus());
    arrowsMoveInTheList();
}

QTEST_MAIN(TestFocus)
#include "tst_focus.moc"
