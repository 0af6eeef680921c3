// The selection when claims leave the list, in the real window: a claim the merchant handles
// leaves its queue at once with the claim below selected; a claim changed elsewhere leaves
// its place kept and nothing selected, so that the next key cannot act on a claim the
// merchant has not looked at.
#include "claimtablemodel.h"
#include "detailpane.h"
#include "guitestbase.h"
#include "mainwindow.h"
#include "quickfilterbar.h"
#include "shipdialog.h"
#include "storage/sqlite/sqlitestorage.h"
#include "workbench.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

using namespace aftersales;
using namespace aftersales::ui;

class TestSelection : public testing::GuiTestBase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void shippedClaimLeavesItsQueueAtOnce();
    void claimChangedElsewhereKeepsThePlace_data();
    void claimChangedElsewhereKeepsThePlace();
    void claimChangedElsewhereThatStaysIsSaid();

private:
    // Another program on the same database approves the claim.
    void approveElsewhere(qint64 id);
    int currentRow() const { return m_window->view()->selectionModel()->currentIndex().row(); }

    QList<qint64> m_pending;
};

void TestSelection::initTestCase()
{
    initGui();
}

void TestSelection::init()
{
    initFixture();
    m_pending.clear();
    for (int i = 1; i <= 4; ++i) {
        const QString order = QStringLiteral("DY700%1").arg(i);
        m_db->addShippedOrder(order);
        m_pending << m_db->applyFor(order, ClaimType::Reship, Reason::MissingItems);
        m_db->clock().advance(60);
    }
}

void TestSelection::cleanup()
{
    cleanupFixture();
}

void TestSelection::approveElsewhere(qint64 id)
{
    SqliteStorage second;
    QVERIFY(second.open(m_db->path()).ok());
    Workbench other(second, m_db->clock(), Policy::defaults());
    ActionRequest r;
    r.action = Action::Approve;
    r.actor = QStringLiteral("colleague");
    QVERIFY(other.act(id, r).ok());
}

void TestSelection::shippedClaimLeavesItsQueueAtOnce()
{
    QList<qint64> toShip;
    for (int i = 1; i <= 3; ++i)
        toShip << awaitingShipment(QStringLiteral("DY710%1").arg(i));
    openWindow();
    m_window->setPollInterval(3600 * 1000); // nothing but the action itself changes the list
    m_window->setQuickFilter(QuickFilter::AwaitingShipment);
    QCOMPARE(m_window->model()->rowCount(), 3);
    const int row = rowOf(toShip.at(1));
    const qint64 below = m_window->model()->claimAt(m_window->model()->index(row + 1, 0)).id;
    clickRow(row);
    ShipDialog *dialog = m_window->openShipDialog();
    QVERIFY(dialog);
    auto *tracking = dialog->findChild<QLineEdit *>(QStringLiteral("trackingEdit"));
    QTest::keyClicks(tracking, QStringLiteral("SF1234567890123"));
    QTest::keyClick(tracking, Qt::Key_Return);
    QCOMPARE(storedStatus(toShip.at(1)), ClaimStatus::Shipped);

    // Gone from 待发货 at once, not after some later reload; the claim below takes its row.
    QCOMPARE(rowOf(toShip.at(1)), -1);
    QCOMPARE(m_window->model()->rowCount(), 2);
    QCOMPARE(m_window->currentClaimId(), std::optional<qint64>(below));
    QCOMPARE(currentRow(), row);
    QCOMPARE(m_window->detailPane()->claim()->id, below);
    // The filter's count and the status bar's agree.
    QCOMPARE(m_window->quickFilterBar()->count(QuickFilter::AwaitingShipment), 2);
    QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("listStatus"))->text(),
             QStringLiteral("2 claim(s)"));
}

void TestSelection::claimChangedElsewhereKeepsThePlace_data()
{
    QTest::addColumn<int>("key");
    QTest::newRow("J") << int(Qt::Key_J);
    QTest::newRow("down") << int(Qt::Key_Down);
}

void TestSelection::claimChangedElsewhereKeepsThePlace()
{
    QFETCH(int, key);
    openWindow();
    activateWindow();
    m_window->setQuickFilter(QuickFilter::PendingReview);
    QCOMPARE(m_window->model()->rowCount(), 4);
    const int row = rowOf(m_pending.at(1));
    clickRow(row);
    const qint64 gone = m_pending.at(1);
    const qint64 below = m_window->model()->claimAt(m_window->model()->index(row + 1, 0)).id;
    QCOMPARE(m_window->currentClaimId(), std::optional<qint64>(gone));

    approveElsewhere(gone);
    QTRY_COMPARE(rowOf(gone), -1);
    // Nothing is the target: no action may reach the claim that moved up unseen.
    QCOMPARE(m_window->currentClaimId(), std::nullopt);
    QVERIFY(m_window->view()->selectionModel()->selectedRows().isEmpty());
    QCOMPARE(currentRow(), row);
    QVERIFY(!action("actionApprove")->isEnabled());
    // What happened is said, in the status bar and in the pane.
    QVERIFY(m_window->statusBar()->currentMessage().contains(QString::number(gone)));
    QVERIFY(m_window->detailPane()->placeholderText().contains(QString::number(gone)));
    // A pressed now approves nothing and says why.
    m_window->view()->setFocus();
    press(Qt::Key_A);
    QCOMPARE(storedStatus(below), ClaimStatus::PendingReview);
    QVERIFY(m_window->statusBar()->currentMessage().contains(QLatin1String("no claim is selected")));

    // The next claim from the kept place is the one that took it, shown before A acts on it.
    press(Qt::Key(key));
    QCOMPARE(m_window->currentClaimId(), std::optional<qint64>(below));
    QCOMPARE(currentRow(), row);
    QCOMPARE(m_window->detailPane()->claim()->id, below);
    press(Qt::Key_A);
    QCOMPARE(storedStatus(below), ClaimStatus::AwaitingShipment);
}

void TestSelection::claimChangedElsewhereThatStaysIsSaid()
{
    openWindow();
    m_window->setQuickFilter(QuickFilter::All);
    clickRow(rowOf(m_pending.at(2)));
    approveElsewhere(m_pending.at(2));
    // Still in All: still the target, shown in its new status, and the change is said.
    QTRY_COMPARE(m_window->detailPane()->claim()->status, ClaimStatus::AwaitingShipment);
    QCOMPARE(m_window->currentClaimId(), std::optional<qint64>(m_pending.at(2)));
    QVERIFY(m_window->statusBar()->currentMessage().contains(QString::number(m_pending.at(2))));
    QVERIFY(action("actionShip")->isEnabled());
}

QTEST_MAIN(TestSelection)
#include "tst_selection.moc"
