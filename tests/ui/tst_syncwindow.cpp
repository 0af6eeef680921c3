// The window against the platform simulator over loopback HTTP: connecting a shop through
// the dialog, Sync now pulling claims into the list, an approval queued (its row marked)
// and delivered on the next round, a refusal in 同步失败 with the platform's words, an
// outage that loses no click, rounds in the background, and the indicator saying so.
#include "claimformat.h"
#include "claimtablemodel.h"
#include "connectdialog.h"
#include "detailpane.h"
#include "guitestbase.h"
#include "mainwindow.h"
#include "merchanttools.h"
#include "messagebox.h"
#include "quickfilterbar.h"
#include "settingsdialog.h"
#include "storage/storage.h"
#include "storage/storagefactory.h"
#include "synccontroller.h"
#include "syncharness.h"
#include "syncindicator.h"
#include "teamtools.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace aftersales;
using namespace aftersales::ui;
using aftersales::platform::SyncSummary;
using aftersales::platform::testing::SyncHarness;
using aftersales::testing::TempDatabase;

namespace
{

// Not the simulator's demo secret: one that could only be in a file if the window put it there.
constexpr char secret[] = "window-test-secret-5c1e9a";

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestSyncWindow : public testing::GuiTestBase
{
    Q_OBJECT

protected:
    TempDatabase &db() override { return m_sync->db(); }

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void connectWithWrongSecretKeepsTheInput();
    void connectToNothingSaysUnreachable();
    void connectKeepsTheSecretOutOfFiles();
    void f6PullsTheSimulatorsClaims();
    void bigFirstPull_windowWaitsForTheBulkLoad();
    void approvalQueuedThenDelivered();
    void refusalShowsInSyncFailed();
    void offlineClickIsQueuedNotLost();
    void backgroundRoundsFromTheSettings();
    void concurrencyFromTheSettings();
    void backgroundRounds_onATeamsServer_onlyWhereTheTeamLockIs();

private:
    SyncController *sync() const { return m_window->syncController(); }
    QString indicatorText() const { return sync()->indicator()->text(); }
    // Opens File → Connect to shop…, fills it in and presses Connect.
    ConnectDialog *submitConnect(const QString &typedSecret, const QUrl &baseUrl);
    // Connected through the dialog (with the right secret); false when it did not close.
    bool connectShop();
    // Sync now, waited for until the window has shown the round.
    std::optional<SyncSummary> syncNow();
    bool isMarked(qint64 id) const;
    QString statusTip(qint64 id) const;
    // A claim on the platform, pulled, and the clock a minute on: its id.
    qint64 pulledClaim();
    bool approve(qint64 id);
    // The window again, on a fresh database and simulator synced with `options`.
    void restart(const aftersales::platform::SyncOptions &options, const platformsim::SimConfig &config);

    std::unique_ptr<SyncHarness> m_sync;
};

void TestSyncWindow::initTestCase()
{
    initGui();
}

void TestSyncWindow::init()
{
    ui::MessageBox::clearShown();
    platformsim::SimConfig config;
    config.appSecret = QString::fromLatin1(secret);
    restart(SyncHarness::fastOptions(), config);
}

void TestSyncWindow::restart(const aftersales::platform::SyncOptions &options,
                             const platformsim::SimConfig &config)
{
    cleanup();
    m_sync = std::make_unique<SyncHarness>(options, config);
    // The secret comes only from what is typed into the dialog.
    qunsetenv("AFTERSALES_APP_SECRET");
    m_settings = std::make_unique<Settings>(QDir(db().dir()).filePath(QStringLiteral("workbench.ini")));
    m_settings->syncIntervalSecs().setValue(0); // rounds only when a test asks
    openWindow();
    m_window->attachSync(m_sync->engine());
    QVERIFY(sync());
}

void TestSyncWindow::cleanup()
{
    m_tester.reset();
    m_window.reset();
    m_settings.reset();
    m_sync.reset();
    ClaimFormat::setTimeZone(QTimeZone());
}

ConnectDialog *TestSyncWindow::submitConnect(const QString &typedSecret, const QUrl &baseUrl)
{
    if (!triggerAction("actionConnectShop"))
        return nullptr;
    ConnectDialog *dialog = sync()->connectDialog();
    if (!dialog || !dialog->isVisible())
        return nullptr;
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("connectAppKey")),
                     QStringLiteral("demo-app-key"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("connectShopId")),
                     QStringLiteral("10086"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("connectSecret")), typedSecret);
    auto *advanced = dialog->findChild<QToolButton *>(QStringLiteral("connectAdvanced"));
    auto *url = dialog->findChild<QLineEdit *>(QStringLiteral("connectBaseUrl"));
    if (url->isHidden())
        QTest::mouseClick(advanced, Qt::LeftButton);
    if (url->isHidden())
        return nullptr;
    QTest::keyClicks(url, baseUrl.toString());
    auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    return dialog;
}

bool TestSyncWindow::connectShop()
{
    QPointer<ConnectDialog> dialog =
        submitConnect(QString::fromLatin1(secret), m_sync->fixture().sim->baseUrl());
    return dialog && QTest::qWaitFor([&] { return dialog.isNull(); }, 30000);
}

std::optional<SyncSummary> TestSyncWindow::syncNow()
{
    QSignalSpy shown(sync(), &SyncController::roundShown);
    if (!triggerAction("actionSyncNow"))
        return std::nullopt;
    if (!QTest::qWaitFor([&] { return shown.count() > 0; }, 60000))
        return std::nullopt;
    return shown.first().first().value<SyncSummary>();
}

bool TestSyncWindow::isMarked(qint64 id) const
{
    const int row = rowOf(id);
    return row >= 0 &&
           m_window->model()->index(row, ClaimTableModel::StatusColumn).data(Qt::DecorationRole).isValid();
}

QString TestSyncWindow::statusTip(qint64 id) const
{
    const int row = rowOf(id);
    return row < 0 ? QString()
                   : m_window->model()
                         ->index(row, ClaimTableModel::StatusColumn)
                         .data(Qt::ToolTipRole)
                         .toString();
}

qint64 TestSyncWindow::pulledClaim()
{
    const qint64 id = m_sync->addClaim();
    if (!connectShop())
        return 0;
    const std::optional<SyncSummary> round = syncNow();
    if (!round || !round->ok() || round->pulled != 1)
        return 0;
    m_sync->advance(60);
    m_window->setQuickFilter(QuickFilter::All);
    return id;
}

bool TestSyncWindow::approve(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return false;
    clickRow(row);
    return m_window->currentClaimId() == id && triggerAction("actionApprove");
}

void TestSyncWindow::connectWithWrongSecretKeepsTheInput()
{
    QCOMPARE(indicatorText(), QStringLiteral("Not connected to a shop"));
    // Not connected, nothing refused: 同步失败 takes no room in the bar.
    auto *syncFailed = m_window->findChild<QToolButton *>(QStringLiteral("quickFilter_sync_failed"));
    QVERIFY(syncFailed && syncFailed->isHidden());
    QVERIFY(!action("actionSyncNow")->isEnabled());
    QPointer<ConnectDialog> dialog =
        submitConnect(QStringLiteral("not-the-secret"), m_sync->fixture().sim->baseUrl());
    QVERIFY(dialog);
    QVERIFY(dialog->isWaiting());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isWaiting(), 30000);
    QVERIFY(dialog && dialog->isVisible());
    QVERIFY2(dialog->messageText().contains(QLatin1String("refused the connection")),
             qPrintable(dialog->messageText()));
    QVERIFY(!dialog->messageText().contains(QLatin1String("not-the-secret")));
    // Everything typed is still there to be corrected.
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("connectAppKey"))->text(),
             QStringLiteral("demo-app-key"));
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("connectShopId"))->text(),
             QStringLiteral("10086"));
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("connectSecret"))->text(),
             QStringLiteral("not-the-secret"));
    QVERIFY(!db().storage().platformConnection()->has_value());
    QCOMPARE(indicatorText(), QStringLiteral("Not connected to a shop"));

    // Corrected in the same dialog, it connects.
    auto *secretEdit = dialog->findChild<QLineEdit *>(QStringLiteral("connectSecret"));
    secretEdit->clear();
    QTest::keyClicks(secretEdit, QString::fromLatin1(secret));
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isNull(), 30000);
    QVERIFY(db().storage().platformConnection()->has_value());
    QVERIFY(!syncFailed->isHidden());
}

void TestSyncWindow::connectToNothingSaysUnreachable()
{
    // A port nothing listens on: the connection is refused at once, every try.
    QPointer<ConnectDialog> dialog =
        submitConnect(QString::fromLatin1(secret), QUrl(QStringLiteral("http://127.0.0.1:1")));
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isWaiting(), 30000);
    QVERIFY(dialog && dialog->isVisible());
    QVERIFY2(dialog->messageText().contains(QLatin1String("could not be reached at http://127.0.0.1:1")),
             qPrintable(dialog->messageText()));
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("connectBaseUrl"))->text(),
             QStringLiteral("http://127.0.0.1:1"));
    QVERIFY(!db().storage().platformConnection()->has_value());
}

void TestSyncWindow::connectKeepsTheSecretOutOfFiles()
{
    QVERIFY(connectShop());
    const Result<std::optional<PlatformConnection>> c = db().storage().platformConnection();
    QVERIFY(c.ok() && c->has_value());
    QCOMPARE((*c)->baseUrl, m_sync->fixture().sim->baseUrl().toString());
    QCOMPARE((*c)->shopName, QStringLiteral("演示小店"));
    QVERIFY(action("actionSyncNow")->isEnabled());
    QCOMPARE(indicatorText(), QStringLiteral("Last sync: never · 0 waiting · 0 refused"));
    QVERIFY(sync()->indicator()->toolTip().contains(QStringLiteral("Shop: 演示小店 (shop id 10086)")));

    // The settings (saved through the settings dialog too) and the database never hold it.
    SettingsDialog *settings = m_window->merchantTools()->openSettings();
    QVERIFY(settings);
    settings->accept();
    m_settings->sync();
    const QByteArray ini = fileBytes(m_settings->fileName());
    QVERIFY(!ini.isEmpty());
    QVERIFY(!ini.contains(secret));
    QVERIFY(!ini.contains("secret"));
    QVERIFY(!fileBytes(db().path()).contains(secret));
    QVERIFY(!fileBytes(db().path() + QStringLiteral("-wal")).contains(secret));
    // The dialog reopens with the shop filled in and the secret empty (the keyring keeps it).
    ConnectDialog *again = sync()->openConnectDialog();
    QCOMPARE(again->findChild<QLineEdit *>(QStringLiteral("connectShopId"))->text(), QStringLiteral("10086"));
    QVERIFY(again->findChild<QLineEdit *>(QStringLiteral("connectSecret"))->text().isEmpty());
    QCOMPARE(again->findChild<QLineEdit *>(QStringLiteral("connectBaseUrl"))->text(),
             m_sync->fixture().sim->baseUrl().toString());
    again->reject();
}

void TestSyncWindow::f6PullsTheSimulatorsClaims()
{
    const QList<qint64> ids{m_sync->addClaim(), m_sync->addClaim(), m_sync->addClaim()};
    QVERIFY(connectShop());
    for (qint64 id : ids)
        QCOMPARE(rowOf(id), -1);

    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QSignalSpy shown(sync(), &SyncController::roundShown);
    QTest::keyClick(m_window.get(), Qt::Key_F6);
    // While the round runs, Sync now waits for it.
    QVERIFY(sync()->isRoundRunning());
    QVERIFY(!action("actionSyncNow")->isEnabled());
    QVERIFY(indicatorText().startsWith(QStringLiteral("Syncing…")));
    QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 60000);
    const SyncSummary summary = shown.first().first().value<SyncSummary>();
    QVERIFY2(summary.ok(), qPrintable(summary.error));
    QCOMPARE(summary.pulled, 3);
    QVERIFY(action("actionSyncNow")->isEnabled());

    // The list shows them at once, unmarked (nothing waits to be sent).
    for (qint64 id : ids) {
        QVERIFY(rowOf(id) >= 0);
        QVERIFY(!isMarked(id));
    }
    QVERIFY2(indicatorText().startsWith(QLatin1String("Last sync: ")), qPrintable(indicatorText()));
    QVERIFY(!indicatorText().contains(QLatin1String("never")));
    QVERIFY(indicatorText().endsWith(QStringLiteral("0 waiting · 0 refused")));
    QCOMPARE(sync()->indicator()->health(), SyncMarks::Health::Ok);
    QVERIFY(sync()->indicator()->toolTip().contains(QLatin1String("Last round: 3 claim(s) new or changed")));
    // The indicator's menu offers Sync now and the connection.
    const QList<QAction *> menu = sync()->indicator()->menu()->actions();
    QVERIFY(menu.contains(action("actionSyncNow")));
    QVERIFY(menu.contains(action("actionConnectShop")));
}

void TestSyncWindow::bigFirstPull_windowWaitsForTheBulkLoad()
{
    // A first pull big enough to be a bulk load (the indexes built once, at its end), page
    // after page at the simulator's pace.
    aftersales::platform::SyncOptions options = SyncHarness::fastOptions();
    options.bulkPullThreshold = 200;
    platformsim::SimConfig config;
    config.appSecret = QString::fromLatin1(secret);
    config.latencyMs = 40;
    restart(options, config);
    m_sync->fixture().client->control("POST", QStringLiteral("claims"),
                                      {{QStringLiteral("generate"), 800}, {QStringLiteral("seed"), 5}});
    QVERIFY(connectShop());
    m_window->setQuickFilter(QuickFilter::All);
    m_window->setPollInterval(10);
    QCOMPARE(m_window->model()->rowCount(), 0);

    // Watched meanwhile: while the load runs the window reads nothing (no scan of tables
    // without their indexes, no half list) and says why; the indicator counts the claims.
    bool sawLoad = false;
    bool readDuringLoad = false;
    QString loadMessage;
    QStringList progressTexts;
    QTimer watch;
    connect(&watch, &QTimer::timeout, this, [&] {
        if (db().storage().isBulkLoading()) {
            sawLoad = true;
            readDuringLoad = readDuringLoad || m_window->model()->rowCount() > 0;
            if (const QString m = m_window->statusBar()->currentMessage(); !m.isEmpty())
                loadMessage = m;
        }
        if (indicatorText().contains(QLatin1String("claims pulled")))
            progressTexts.append(indicatorText());
    });
    watch.start(5);
    const std::optional<SyncSummary> round = syncNow();
    watch.stop();
    QVERIFY(round && round->ok());
    QCOMPARE(round->pulled, 800);
    QVERIFY(sawLoad);
    QVERIFY(!readDuringLoad);
    QVERIFY2(loadMessage.contains(QLatin1String("being loaded")), qPrintable(loadMessage));
    QVERIFY(!progressTexts.isEmpty());
    QVERIFY2(progressTexts.last().contains(QLatin1String(" of 800 claims pulled")),
             qPrintable(progressTexts.last()));
    // At its end the list and the counts hold every claim, and the notice is gone.
    QVERIFY(!db().storage().isBulkLoading());
    QTRY_COMPARE_WITH_TIMEOUT(m_window->model()->rowCount(), 800, 5000);
    QVERIFY(!m_window->statusBar()->currentMessage().contains(QLatin1String("being loaded")));
    QVERIFY(indicatorText().endsWith(QStringLiteral("0 waiting · 0 refused")));
}

void TestSyncWindow::approvalQueuedThenDelivered()
{
    const qint64 id = pulledClaim();
    QVERIFY(id > 0);
    QVERIFY(!isMarked(id));
    QVERIFY(approve(id));
    // Done here at once, and marked as waiting to be sent.
    QCOMPARE(storedStatus(id), ClaimStatus::AwaitingShipment);
    QVERIFY(isMarked(id));
    QCOMPARE(statusTip(id), QStringLiteral("Waiting to be sent to the platform"));
    QVERIFY2(indicatorText().endsWith(QStringLiteral("1 waiting · 0 refused")), qPrintable(indicatorText()));
    QCOMPARE(m_sync->applied(id, QStringLiteral("501")), 0);

    const std::optional<SyncSummary> round = syncNow();
    QVERIFY(round && round->ok());
    QCOMPARE(round->pushed, 1);
    QCOMPARE(m_sync->applied(id, QStringLiteral("501")), 1);
    QVERIFY(!isMarked(id));
    QVERIFY(!statusTip(id).contains(QLatin1String("Waiting to be sent")));
    QVERIFY(indicatorText().endsWith(QStringLiteral("0 waiting · 0 refused")));
}

void TestSyncWindow::refusalShowsInSyncFailed()
{
    const qint64 id = pulledClaim();
    QVERIFY(id > 0);
    QCOMPARE(m_window->quickFilterBar()->count(QuickFilter::SyncFailed), 0);
    // The buyer cancels on the platform before the approval gets there.
    m_sync->simAction(id, QStringLiteral("cancel"));
    QVERIFY(approve(id));
    const std::optional<SyncSummary> round = syncNow();
    QVERIFY(round && round->ok());
    QCOMPARE(round->failed.size(), 1);
    QCOMPARE(m_window->quickFilterBar()->count(QuickFilter::SyncFailed), 1);
    QVERIFY(indicatorText().endsWith(QStringLiteral("0 waiting · 1 refused")));
    QCOMPARE(sync()->indicator()->health(), SyncMarks::Health::Problem);
    QVERIFY(sync()->indicator()->toolTip().contains(QStringLiteral("售后单状态已变更")));

    QTest::mouseClick(m_window->findChild<QToolButton *>(QStringLiteral("quickFilter_sync_failed")),
                      Qt::LeftButton);
    QCOMPARE(m_window->quickFilter(), QuickFilter::SyncFailed);
    QCOMPARE(m_window->model()->rowCount(), 1);
    QVERIFY(rowOf(id) >= 0);
    clickRow(rowOf(id));
    QVERIFY2(m_window->detailPane()->refusalText().contains(QStringLiteral("售后单状态已变更")),
             qPrintable(m_window->detailPane()->refusalText()));
    QVERIFY(statusTip(id).startsWith(QLatin1String("Refused by the platform: ")));
    QVERIFY(isMarked(id));

    // Seen: it leaves 同步失败.
    QTest::mouseClick(m_window->findChild<QToolButton *>(QStringLiteral("detailRefusalSeen")),
                      Qt::LeftButton);
    QTRY_COMPARE(m_window->quickFilterBar()->count(QuickFilter::SyncFailed), 0);
    QTRY_COMPARE(m_window->model()->rowCount(), 0);
    QVERIFY(indicatorText().endsWith(QStringLiteral("0 waiting · 0 refused")));
}

void TestSyncWindow::offlineClickIsQueuedNotLost()
{
    const qint64 id = pulledClaim();
    QVERIFY(id > 0);
    // Every platform connection is reset from now on.
    m_sync->addFault(QJsonObject{{QStringLiteral("kind"), QStringLiteral("reset")},
                                 {QStringLiteral("method"), QStringLiteral("any")},
                                 {QStringLiteral("count"), 1000}});
    QVERIFY(approve(id));
    QCOMPARE(storedStatus(id), ClaimStatus::AwaitingShipment);
    QVERIFY(isMarked(id));

    const std::optional<SyncSummary> offline = syncNow();
    QVERIFY(offline);
    QCOMPARE(offline->stop, SyncSummary::Stop::Unreachable);
    QVERIFY2(indicatorText().startsWith(QStringLiteral("Offline · Last sync: ")),
             qPrintable(indicatorText()));
    QVERIFY(indicatorText().endsWith(QStringLiteral("1 waiting · 0 refused")));
    QCOMPARE(sync()->indicator()->health(), SyncMarks::Health::Offline);
    QVERIFY(sync()->indicator()->toolTip().contains(QLatin1String("Last round stopped: ")));
    QVERIFY(isMarked(id));
    QCOMPARE(m_sync->applied(id, QStringLiteral("501")), 0);
    QVERIFY(ui::MessageBox::shown().isEmpty()); // an outage is no dialog in the merchant's way

    // Back online: delivered once.
    m_sync->clearFaults();
    const std::optional<SyncSummary> online = syncNow();
    QVERIFY(online && online->ok());
    QCOMPARE(online->pushed, 1);
    QCOMPARE(m_sync->applied(id, QStringLiteral("501")), 1);
    QVERIFY(!isMarked(id));
    QVERIFY(indicatorText().startsWith(QLatin1String("Last sync: ")));
}

void TestSyncWindow::backgroundRoundsFromTheSettings()
{
    const qint64 id = m_sync->addClaim();
    QVERIFY(connectShop());
    QSignalSpy shown(sync(), &SyncController::roundShown);
    QTest::qWait(100);
    QCOMPARE(shown.count(), 0); // the interval is off: no round unless asked

    SettingsDialog *settings = m_window->merchantTools()->openSettings();
    auto *interval = settings->findChild<QSpinBox *>(QStringLiteral("settingsSyncInterval"));
    QVERIFY(interval);
    QCOMPARE(interval->value(), 0);
    interval->setValue(1);
    settings->accept();
    QCOMPARE(m_settings->syncIntervalSecs().value(), 1);
    // The first round at once, the next a second later, without a key pressed.
    QTRY_VERIFY_WITH_TIMEOUT(shown.count() >= 2, 20000);
    QVERIFY(rowOf(id) >= 0);
    QVERIFY(
        sync()->indicator()->toolTip().contains(QLatin1String("Syncs every 1 second(s) in the background.")));
}

void TestSyncWindow::concurrencyFromTheSettings()
{
    QList<qint64> ids;
    for (int i = 0; i < 8; ++i)
        ids.append(m_sync->addClaim());
    QVERIFY(connectShop());
    const std::optional<SyncSummary> pulled = syncNow();
    QVERIFY(pulled && pulled->ok() && pulled->pulled == 8);
    m_sync->advance(60);
    m_window->setQuickFilter(QuickFilter::All);
    // Every answer takes a while: the calls the workbench has in flight overlap at the platform.
    m_sync->fixture().client->control("POST", QStringLiteral("latency"), {{QStringLiteral("ms"), 150}});
    const auto mostInFlight = [&] {
        return m_sync->fixture()
            .client->control("GET", QStringLiteral("counters"))
            .json.value(QStringLiteral("most_in_flight"))
            .toInt();
    };
    const auto setConcurrency = [&](int claims) {
        SettingsDialog *settings = m_window->merchantTools()->openSettings();
        auto *box =
            settings ? settings->findChild<QSpinBox *>(QStringLiteral("settingsSyncConcurrency")) : nullptr;
        if (!box)
            return false;
        box->setValue(claims);
        settings->accept();
        return m_settings->syncConcurrency().value() == claims;
    };

    // One claim at a time: four approvals go one after another.
    QVERIFY(setConcurrency(1));
    for (int i = 0; i < 4; ++i)
        QVERIFY(approve(ids.at(i)));
    std::optional<SyncSummary> round = syncNow();
    QVERIFY(round && round->ok());
    QCOMPARE(round->pushed, 4);
    QCOMPARE(mostInFlight(), 1);

    // Four at a time, changed in the settings while the window runs: they overlap.
    QVERIFY(setConcurrency(4));
    for (int i = 4; i < 8; ++i)
        QVERIFY(approve(ids.at(i)));
    round = syncNow();
    QVERIFY(round && round->ok());
    QCOMPARE(round->pushed, 4);
    QVERIFY2(mostInFlight() >= 2 && mostInFlight() <= 4, qPrintable(QString::number(mostInFlight())));
    // Each approval reached the platform once.
    QCOMPARE(m_sync->fixture()
                 .client->control("GET", QStringLiteral("counters"))
                 .json.value(QStringLiteral("writes_applied"))
                 .toInt(),
             8);
}

void TestSyncWindow::backgroundRounds_onATeamsServer_onlyWhereTheTeamLockIs()
{
    using aftersales::testing::Backend;
    if (const QString why = aftersales::testing::unavailable(Backend::Postgres); !why.isEmpty())
        QSKIP(qPrintable(why));
    cleanup();
    m_sync = std::make_unique<SyncHarness>(Backend::Postgres);
    const qint64 id = m_sync->addClaim();
    QCOMPARE(m_sync->connect().status, platform::ConnectResult::Status::Connected);
    // Another desktop of the team holds the team lock: it runs the team's background rounds.
    Result<std::unique_ptr<Storage>> other = storage::open(m_sync->db().path());
    QVERIFY2(other.ok(), qPrintable(other.outcome.message));
    QVERIFY(*(*other)->takeTeamLock());
    m_settings = std::make_unique<Settings>(QDir(db().dir()).filePath(QStringLiteral("workbench.ini")));
    m_settings->syncIntervalSecs().setValue(1);
    openWindow();
    m_window->teamTools()->setLockRetryInterval(100);
    QSignalSpy started(&m_sync->engine(), &platform::SyncEngine::roundStarted);
    m_window->attachSync(m_sync->engine());
    QTest::qWait(500); // a round would start at once
    QCOMPARE(started.count(), 0);
    QVERIFY(!sync()->runsInBackground());
    QVERIFY2(sync()->indicator()->toolTip().contains(QLatin1String("Another desktop of the team")),
             qPrintable(sync()->indicator()->toolTip()));
    QVERIFY(sync()->syncNowAction()->isEnabled()); // asked for, a round runs here all the same

    // That desktop closes: this window takes the lock over, and the rounds with it.
    other->reset();
    QTRY_VERIFY_WITH_TIMEOUT(started.count() >= 1, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(id) >= 0, 20000);
    QVERIFY(sync()->runsInBackground());
}

QTEST_MAIN(TestSyncWindow)
#include "tst_syncwindow.moc"
