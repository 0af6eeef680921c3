// What the real window tells the merchant: what a multi-approve skipped and why, what the
// keys would do to several selected claims, why a key does nothing, that the money-at-risk
// strip filters (and the way back), why a list is empty, a claim's history in time order, and
// how many automatic steps it applied when deadlines passed.
#include "claimtablemodel.h"
#include "detailpane.h"
#include "guitestbase.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "moneyatriskstrip.h"
#include "teamtools.h"
#include "translation.h"
#include "workbench.h"

#include <QAction>
#include <QDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace aftersales;
using namespace aftersales::ui;

class TestFeedback : public testing::GuiTestBase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void multiApproveSaysWhatItSkipped();
    void severalSelectedShowWhatAWouldDo();
    void severalSelected_languageSwitched_paneSpeaksTheNewOne();
    void keyThatDoesNotApplySaysWhy();
    void moneyAtRiskFilterIsShownAndCleared();
    void emptyListSaysWhy();
    void historyInTimeOrder();
    void deadlinesPassed_allAppliedInBatches_saysHowMany();
    void othersChangedDuringSweep_listReadOnceWhenItEnds();

private:
    void selectRows(const QList<qint64> &ids);
    QString status() const { return m_window->statusBar()->currentMessage(); }

    qint64 m_first = 0;
    qint64 m_second = 0;
    qint64 m_toShip = 0;
};

void TestFeedback::initTestCase()
{
    initGui();
}

void TestFeedback::init()
{
    initFixture();
    MessageBox::clearShown();
    m_db->addShippedOrder(QStringLiteral("DY8001"));
    m_first = m_db->applyFor(QStringLiteral("DY8001"), ClaimType::Reship, Reason::MissingItems);
    m_db->clock().advance(60);
    m_db->addShippedOrder(QStringLiteral("DY8002"));
    m_second = m_db->applyFor(QStringLiteral("DY8002"), ClaimType::Exchange, Reason::WrongItem);
    m_db->clock().advance(60);
    m_toShip = awaitingShipment(QStringLiteral("DY8003"));
}

void TestFeedback::cleanup()
{
    cleanupFixture();
}

void TestFeedback::selectRows(const QList<qint64> &ids)
{
    QItemSelectionModel *selection = m_window->view()->selectionModel();
    selection->clearSelection();
    for (qint64 id : ids)
        selection->select(m_window->model()->index(rowOf(id), 0),
                          QItemSelectionModel::Select | QItemSelectionModel::Rows);
    selection->setCurrentIndex(m_window->model()->index(rowOf(ids.first()), 0),
                               QItemSelectionModel::NoUpdate);
}

void TestFeedback::multiApproveSaysWhatItSkipped()
{
    openWindow();
    m_window->setQuickFilter(QuickFilter::All);
    selectRows({m_first, m_second, m_toShip});
    QVERIFY(triggerAction("actionApprove"));
    QCOMPARE(storedStatus(m_first), ClaimStatus::AwaitingShipment);
    QVERIFY(storedStatus(m_second) != ClaimStatus::PendingReview);
    // Two of three, and the third is named with why.
    QVERIFY2(status().contains(QLatin1String("Approved 2 of 3")), qPrintable(status()));
    QVERIFY2(status().contains(QLatin1String("1 skipped")), qPrintable(status()));
    QCOMPARE(MessageBox::shown().size(), 1);
    QVERIFY(MessageBox::shown().first().contains(QStringLiteral("Claim %1 skipped").arg(m_toShip)));
}

void TestFeedback::severalSelectedShowWhatAWouldDo()
{
    openWindow();
    m_window->setQuickFilter(QuickFilter::All);
    selectRows({m_first, m_second, m_toShip});
    const QString pane = m_window->detailPane()->placeholderText();
    QVERIFY2(pane.startsWith(QLatin1String("3 claim")) && pane.contains(QLatin1String("selected")),
             qPrintable(pane));
    QVERIFY2(pane.contains(QLatin1String("Approve): 2 of them; 1 skipped")), qPrintable(pane));
    QVERIFY(!m_window->detailPane()->claim());
    // Back to one: the claim again.
    clickRow(rowOf(m_second));
    QCOMPARE(m_window->detailPane()->claim()->id, m_second);
}

void TestFeedback::severalSelected_languageSwitched_paneSpeaksTheNewOne()
{
    openWindow();
    m_window->setQuickFilter(QuickFilter::All);
    selectRows({m_first, m_second, m_toShip});
    QVERIFY(m_window->detailPane()->placeholderText().startsWith(QLatin1String("3 claim")));
    translation::install(QStringLiteral("zh_CN"));
    QCoreApplication::processEvents();
    const QString pane = m_window->detailPane()->placeholderText();
    QVERIFY2(pane.startsWith(QStringLiteral("已选 3 个售后单")), qPrintable(pane));
    QVERIFY2(!pane.contains(QLatin1String("selected")), qPrintable(pane));
}

void TestFeedback::keyThatDoesNotApplySaysWhy()
{
    openWindow();
    activateWindow();
    m_window->setQuickFilter(QuickFilter::All);
    QVERIFY(m_window->selectClaim(m_first));
    m_window->view()->setFocus();
    // T (ship) on a claim under review: no dialog, and the status bar says why.
    press(Qt::Key_T);
    QVERIFY(!m_window->findChild<QDialog *>());
    QVERIFY2(status().contains(QStringLiteral("does not apply to claim %1").arg(m_first)),
             qPrintable(status()));
    // R with several selected: one at a time.
    selectRows({m_first, m_second});
    press(Qt::Key_R);
    QVERIFY2(status().contains(QLatin1String("one claim at a time")), qPrintable(status()));
    QCOMPARE(storedStatus(m_first), ClaimStatus::PendingReview);
}

void TestFeedback::moneyAtRiskFilterIsShownAndCleared()
{
    // The review deadlines fall within the strip's 24 hours.
    m_db->clock().advance(36 * 3600);
    openWindow();
    m_window->setQuickFilter(QuickFilter::PendingReview);
    auto *strip = m_window->moneyAtRiskStrip();
    auto *clear = strip->findChild<QToolButton *>(QStringLiteral("clearAtRiskFilter"));
    QVERIFY(clear);
    QVERIFY(!clear->isVisible());
    QTest::mouseClick(strip->findChild<QPushButton *>(QStringLiteral("moneyAtRisk")), Qt::LeftButton);
    QCOMPARE(m_window->quickFilter(), QuickFilter::AtRisk);
    // Shown as a filter, with the way back.
    QVERIFY(strip->isActive());
    QVERIFY(strip->text().startsWith(QLatin1String("Filter:")));
    QVERIFY(clear->isVisible());
    QTest::mouseClick(clear, Qt::LeftButton);
    QCOMPARE(m_window->quickFilter(), QuickFilter::PendingReview);
    QVERIFY(!strip->isActive());
    QVERIFY(!clear->isVisible());
    QVERIFY(!strip->text().startsWith(QLatin1String("Filter:")));
}

void TestFeedback::emptyListSaysWhy()
{
    openWindow();
    auto *notice = m_window->view()->viewport()->findChild<QLabel *>(QStringLiteral("emptyListNotice"));
    QVERIFY(notice);
    QVERIFY(!notice->isVisible());
    m_window->setQuickFilter(QuickFilter::Platform);
    QCOMPARE(m_window->model()->rowCount(), 0);
    QVERIFY(notice->isVisible());
    QVERIFY(notice->text().startsWith(QLatin1String("No claims here")));
    QVERIFY(notice->text().contains(quickfilters::label(QuickFilter::Platform)));
    m_window->setQuickFilter(QuickFilter::All);
    QVERIFY(!notice->isVisible());
}

void TestFeedback::historyInTimeOrder()
{
    // An event written later but stamped earlier (an automatic step stamped at its own
    // deadline, after an import) is listed before the later ones.
    Claim claim = *m_db->workbench().claim(m_first);
    Event late;
    late.claimId = m_first;
    late.at = claim.appliedAt.addSecs(-3600);
    late.actor = QStringLiteral("system");
    late.action = QStringLiteral("platform_update");
    late.from = claim.status;
    late.to = claim.status;
    QVERIFY(m_db->storage().insertEvents(m_first, {late}).ok());
    const QList<Event> events = *m_db->workbench().events(m_first);
    QVERIFY(events.size() >= 2);
    for (int i = 1; i < events.size(); ++i)
        QVERIFY(events.at(i - 1).at <= events.at(i).at);
    QCOMPARE(events.first().action, QStringLiteral("platform_update"));
}

void TestFeedback::deadlinesPassed_allAppliedInBatches_saysHowMany()
{
    // Far more claims than the window's first batch, applied at the same second: their review
    // windows close at the same instant, and batches end between them.
    constexpr int many = 150;
    for (int i = 0; i < many; ++i) {
        const QString order = QStringLiteral("DY9%1").arg(i, 3, 10, QLatin1Char('0'));
        m_db->addShippedOrder(order);
        m_db->applyFor(order, ClaimType::Reship, Reason::MissingItems);
    }
    openWindow();
    const auto automaticSteps = [this] {
        return m_db->database()
            .rows(QStringLiteral("SELECT e.id FROM events e JOIN claims c ON c.id = e.claim_id"
                                 " WHERE e.actor = 'system' AND c.order_id LIKE 'DY9%'"))
            .size();
    };
    QSignalSpy finished(m_window.get(), &MainWindow::sweepFinished);

    // 47:59:59 after they were applied: the fixture's earlier claims are due, these are not.
    m_db->clock().advance(48 * 3600 - 1);
    QMetaObject::invokeMethod(m_window.get(), "poll");
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QCOMPARE(automaticSteps(), 0);

    m_db->clock().advance(1); // 48:00:00
    QMetaObject::invokeMethod(m_window.get(), "poll");
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 20000);
    const int steps = finished.last().first().toInt();
    QCOMPARE(steps, many);
    QCOMPARE(automaticSteps(), many);
    const Result<bool> left = m_db->storage().anythingDue({}, m_db->clock().now());
    QVERIFY(left.ok());
    QVERIFY(!*left);
    QVERIFY2(status().contains(QString::number(steps)), qPrintable(status()));
    // Nothing more is due: the next poll starts no sweep.
    QMetaObject::invokeMethod(m_window.get(), "poll");
    QTest::qWait(200);
    QCOMPARE(finished.count(), 2);
}

void TestFeedback::othersChangedDuringSweep_listReadOnceWhenItEnds()
{
    // A change by another agent (or program) heard while a sweep is under way is followed when
    // the sweep ends: the list is read once then, never between its batches, and never forgotten.
    openWindow();
    m_window->setQuickFilter(QuickFilter::All);
    auto *team = m_window->findChild<TeamTools *>();
    QVERIFY(team);
    QSignalSpy finished(m_window.get(), &MainWindow::sweepFinished);
    QSignalSpy reads(m_window->model(), &QAbstractItemModel::modelReset);

    // Nothing due: the sweep's one batch finds nothing, and the change is followed after it.
    QVERIFY(triggerAction("actionSweep"));
    QMetaObject::invokeMethod(team, "othersChanged");
    QCOMPARE(reads.count(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QCOMPARE(finished.last().first().toInt(), 0);
    QCOMPARE(reads.count(), 1);

    // The fixture's claims due: one read for the sweep's steps and the change together.
    m_db->clock().advance(48 * 3600);
    reads.clear();
    QVERIFY(triggerAction("actionSweep"));
    QMetaObject::invokeMethod(team, "othersChanged");
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 20000);
    QVERIFY(finished.last().first().toInt() > 0);
    QCOMPARE(reads.count(), 1);

    // No sweep under way: read at once.
    reads.clear();
    QMetaObject::invokeMethod(team, "othersChanged");
    QCOMPARE(reads.count(), 1);
}

QTEST_MAIN(TestFeedback)
#include "tst_feedback.moc"
