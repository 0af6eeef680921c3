// The window as a team's agent uses it: the assignee column and filter, assigning to me or to
// someone, 我的待处理, which database and as whom; on a team's server, other agents' changes
// appearing within a second without polling, one window running the automatic steps (the one
// holding the team lock) and another taking over, and File → Open team database….
#include "assigndialog.h"
#include "claimtablemodel.h"
#include "filterbar.h"
#include "guitestbase.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "quickfilterbar.h"
#include "storage/storagefactory.h"
#include "teamdatabasedialog.h"
#include "teamtools.h"
#include "workbench.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace aftersales;
using namespace aftersales::ui;
using testing::Backend;

class TestTeamWindow : public testing::GuiTestBase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { testing::addBackendRows(); }
    void initTestCase() { initGui(); }
    void init();
    void cleanup() { cleanupFixture(); }

    void assignToMe_columnFilterAndMyPending();
    void assignToSomeone_throughTheDialog();
    void statusBar_saysDatabaseAndWho();
    void otherAgentsChange_appearsWithinASecond_withoutPolling();
    void teamLock_oneWindowSweeps_anotherTakesOver();
    void openTeamDatabase_refusesAPassword_opensAnAddress();

private:
    QString assigneeShown(qint64 id) const
    {
        return m_window->model()
            ->index(rowOf(id), ClaimTableModel::AssigneeColumn)
            .data(ClaimTableModel::RawRole)
            .toString();
    }
    bool isTeam() const { return m_db->backend() == Backend::Postgres; }

    qint64 m_first = 0;
    qint64 m_second = 0;
};

void TestTeamWindow::init()
{
    AFTERSALES_FETCH_BACKEND(backend);
    initFixture(backend);
    m_db->addShippedOrder(QStringLiteral("TW1"));
    m_first = m_db->applyFor(QStringLiteral("TW1"), ClaimType::Reship, Reason::MissingItems);
    m_db->clock().advance(60);
    m_db->addShippedOrder(QStringLiteral("TW2"));
    m_second = m_db->applyFor(QStringLiteral("TW2"), ClaimType::Exchange, Reason::WrongItem);
    m_db->clock().advance(60);
}

void TestTeamWindow::assignToMe_columnFilterAndMyPending()
{
    openWindow();
    // The column is a team's; a file keeps it hidden.
    QCOMPARE(m_window->view()->isColumnHidden(ClaimTableModel::AssigneeColumn), !isTeam());
    // 我的待处理 leads a team's bar.
    auto *mine = m_window->findChild<QToolButton *>(QStringLiteral("quickFilter_my_pending"));
    QCOMPARE(mine != nullptr, isTeam());
    const QString me = isTeam() ? QStringLiteral("tester") : m_window->operatorName();
    QCOMPARE(m_window->operatorName(), me);
    QVERIFY(m_window->selectClaim(m_second));
    QVERIFY(action("actionAssignToMe")->isEnabled());
    QCOMPARE(action("actionAssignToMe")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_M));
    QTest::keyClick(m_window->view(), Qt::Key_M, Qt::ControlModifier);
    QTRY_COMPARE(assigneeShown(m_second), me);
    QCOMPARE(m_db->workbench().claim(m_second)->assignee, me);
    QCOMPARE(m_db->workbench().events(m_second)->last().action, QStringLiteral("assign"));
    QCOMPARE(m_db->workbench().events(m_second)->last().actor, me);
    if (isTeam())
        QTRY_COMPARE(m_window->quickFilterBar()->count(QuickFilter::MyPending), 1);
    // The filter: mine, then nobody's.
    auto *assignee = m_window->findChild<QComboBox *>(QStringLiteral("assigneeFilter"));
    QVERIFY(assignee);
    m_window->setQuickFilter(QuickFilter::All);
    assignee->setCurrentIndex(1);
    QTRY_COMPARE(m_window->model()->rowCount(), 1);
    QCOMPARE(rowOf(m_second), 0);
    assignee->setCurrentIndex(2);
    QTRY_COMPARE(m_window->model()->rowCount(), 1);
    QCOMPARE(rowOf(m_first), 0);
    assignee->setCurrentIndex(0);
    QTRY_COMPARE(m_window->model()->rowCount(), 2);
    if (isTeam()) {
        QTest::mouseClick(mine, Qt::LeftButton);
        QCOMPARE(m_window->quickFilter(), QuickFilter::MyPending);
        QTRY_COMPARE(m_window->model()->rowCount(), 1);
        QCOMPARE(rowOf(m_second), 0);
    }
}

void TestTeamWindow::assignToSomeone_throughTheDialog()
{
    if (isTeam()) {
        testing::TestDatabase::ensureRole(QStringLiteral("agent7"));
        QVERIFY(m_db->storage().grantAgent(QStringLiteral("agent7")).ok());
    }
    openWindow();
    QVERIFY(m_window->selectClaim(m_first));
    QCOMPARE(action("actionAssignTo")->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    QTest::keyClick(m_window->view(), Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    AssignDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<AssignDialog *>()));
    auto *who = dialog->findChild<QComboBox *>(QStringLiteral("assigneeCombo"));
    QVERIFY(who);
    if (isTeam())
        QVERIFY(who->findText(QStringLiteral("agent7")) >= 0); // the team's agents are offered
    who->setCurrentText(QStringLiteral("agent7"));
    dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok)->click();
    QTRY_COMPARE(assigneeShown(m_first), QStringLiteral("agent7"));
    // Back to nobody.
    dialog = m_window->teamTools()->openAssignDialog();
    dialog->findChild<QComboBox *>(QStringLiteral("assigneeCombo"))->setCurrentIndex(0);
    dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok)->click();
    QTRY_COMPARE(assigneeShown(m_first), QString());
    QCOMPARE(m_db->workbench().claim(m_first)->assignee, QString());
    if (isTeam()) {
        // Only an agent can hold claims: a name that is not one is refused, and said why.
        dialog = m_window->teamTools()->openAssignDialog();
        dialog->findChild<QComboBox *>(QStringLiteral("assigneeCombo"))
            ->setCurrentText(QStringLiteral("stranger"));
        dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
            ->button(QDialogButtonBox::Ok)
            ->click();
        QTRY_VERIFY(!MessageBox::shown().isEmpty());
        QVERIFY2(MessageBox::shown().last().contains(QStringLiteral("not an agent")),
                 qPrintable(MessageBox::shown().last()));
        QCOMPARE(m_db->workbench().claim(m_first)->assignee, QString());
    }
}

void TestTeamWindow::statusBar_saysDatabaseAndWho()
{
    openWindow();
    auto *label = m_window->findChild<QLabel *>(QStringLiteral("databaseLabel"));
    QVERIFY(label);
    QVERIFY2(label->text().contains(m_db->path()), qPrintable(label->text()));
    QVERIFY2(label->text().contains(QStringLiteral("as ") + m_window->operatorName()),
             qPrintable(label->text()));
    QVERIFY2(
        label->text().contains(isTeam() ? QStringLiteral("Team database") : QStringLiteral("Database file")),
        qPrintable(label->text()));
}

void TestTeamWindow::otherAgentsChange_appearsWithinASecond_withoutPolling()
{
    if (!isTeam())
        QSKIP("A file is polled (data_version): tst_mainwindow covers another process's changes there.");
    openWindow();
    m_window->setPollInterval(3600 * 1000); // no polling at all: the server tells
    m_window->setQuickFilter(QuickFilter::All);
    QTRY_COMPARE(statusOf(m_first), QStringLiteral("pending_review"));
    // Another agent, on its own connection (another desktop).
    Result<std::unique_ptr<Storage>> other = storage::open(m_db->path());
    QVERIFY(other.ok());
    FixedClock clock(m_db->clock().now());
    Workbench agent(**other, clock, Policy::defaults());
    ActionRequest approve;
    approve.action = Action::Approve;
    approve.actor = QStringLiteral("other");
    QVERIFY(agent.act(m_first, approve).ok());
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(m_first), QStringLiteral("awaiting_shipment"), 1000);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->quickFilterBar()->count(QuickFilter::PendingReview), 1, 1000);
}

void TestTeamWindow::teamLock_oneWindowSweeps_anotherTakesOver()
{
    if (!isTeam())
        QSKIP("A file has no team lock: its window sweeps it.");
    openWindow();
    m_window->teamTools()->setLockRetryInterval(100);
    // A second desktop on the same database, its own connection, window and clock.
    Result<std::unique_ptr<Storage>> otherStorage = storage::open(m_db->path());
    QVERIFY(otherStorage.ok());
    FixedClock otherClock(m_db->clock().now());
    Workbench otherWorkbench(**otherStorage, otherClock, Policy::defaults());
    Settings otherSettings(m_db->dir() + QStringLiteral("/other.ini"));
    auto second = std::make_unique<MainWindow>(otherWorkbench, otherSettings);
    second->teamTools()->setLockRetryInterval(100);
    second->setPollInterval(50);
    second->show();
    // The first window took the lock: it says so; the second does not.
    auto *firstLabel = m_window->findChild<QLabel *>(QStringLiteral("databaseLabel"));
    auto *secondLabel = second->findChild<QLabel *>(QStringLiteral("databaseLabel"));
    QTRY_VERIFY(firstLabel->text().contains(QStringLiteral("runs the automatic steps")));
    QTest::qWait(300);
    QVERIFY(!secondLabel->text().contains(QStringLiteral("runs the automatic steps")));
    // A deadline passes for the second only: it does not sweep, holding no lock.
    otherClock.advance(48 * 3600);
    QTest::qWait(500);
    QCOMPARE(storedStatus(m_first), ClaimStatus::PendingReview);
    // The first window closes: its connection and lock go; the second takes over and sweeps,
    // once, at the deadline.
    m_tester.reset();
    m_window.reset();
    m_db->closeStorage();
    QTRY_VERIFY_WITH_TIMEOUT(secondLabel->text().contains(QStringLiteral("runs the automatic steps")), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(otherWorkbench.claim(m_first)->status, ClaimStatus::AwaitingShipment, 5000);
    QCOMPARE(m_db->database()
                 .scalar(QStringLiteral("SELECT count(*) FROM events WHERE action = 'auto_approve'"))
                 .toInt(),
             2);    // both claims, each once
    second.reset(); // its workbench goes before the connection it reads
    const Result<QList<Event>> events = otherWorkbench.events(m_first);
    QCOMPARE(events->size(), 2);
    QCOMPARE(events->last().action, QStringLiteral("auto_approve"));
}

void TestTeamWindow::openTeamDatabase_refusesAPassword_opensAnAddress()
{
    openWindow();
    QSignalSpy requested(m_window->teamTools(), &TeamTools::openDatabaseRequested);
    TeamDatabaseDialog *dialog = m_window->teamTools()->openTeamDatabase();
    QVERIFY(dialog);
    auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("teamDatabaseEdit"));
    auto *problem = dialog->findChild<QLabel *>(QStringLiteral("teamDatabaseProblem"));
    QPushButton *ok =
        dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
    edit->setText(QStringLiteral("postgresql://alice:s3cret@db.shop.lan/shop"));
    QVERIFY(!ok->isEnabled());
    QVERIFY2(problem->text().contains(QStringLiteral("password")), qPrintable(problem->text()));
    QVERIFY(!problem->text().contains(QStringLiteral("s3cret")));
    edit->setText(QStringLiteral("postgresql://alice@db.shop.lan:5433/shop"));
    QVERIFY(ok->isEnabled());
    QVERIFY(problem->text().isEmpty());
    ok->click();
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.first().first().toString(),
             QStringLiteral("postgresql://alice@db.shop.lan:5433/shop"));
    // Remembered for the next start, and never with a password.
    QCOMPARE(m_settings->database().value(), QStringLiteral("postgresql://alice@db.shop.lan:5433/shop"));
    QFile ini(m_settings->fileName());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(!ini.readAll().contains("s3cret"));
    // Cancel changes nothing.
    dialog = m_window->teamTools()->openTeamDatabase();
    dialog->findChild<QLineEdit *>(QStringLiteral("teamDatabaseEdit"))
        ->setText(QStringLiteral("postgresql://bob@elsewhere/shop"));
    dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
        ->button(QDialogButtonBox::Cancel)
        ->click();
    QCOMPARE(requested.size(), 1);
    QCOMPARE(m_settings->database().value(), QStringLiteral("postgresql://alice@db.shop.lan:5433/shop"));
    // Back to the local file: nothing remembered, the next start opens the file.
    QVERIFY(triggerAction("actionOpenLocalDatabase"));
    QCOMPARE(requested.size(), 2);
    QCOMPARE(requested.last().first().toString(), QString());
    QCOMPARE(m_settings->database().value(), QString());
}

QTEST_MAIN(TestTeamWindow)
#include "tst_teamwindow.moc"
