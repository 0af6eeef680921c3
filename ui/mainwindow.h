#pragma once

#include "domain/claim.h"
#include "domain/claimactions.h"
#include "domain/outcome.h"
#include "domain/rules.h"
#include "report/drilldown.h"
#include "storage/claimquery.h"
#include "toolshost.h"

#include <QHash>
#include <QMainWindow>
#include <QModelIndex>

#include <optional>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;

namespace aftersales
{
class Checkpointer;
class SearchRunner;
class Settings;
class Workbench;
} // namespace aftersales

namespace aftersales::platform
{
class SyncEngine;
}

namespace aftersales::ui
{

class ClaimTableModel;
class DetailPane;
class DrillDownBar;
class FilterBar;
class InsightView;
class MerchantTools;
class TeamTools;
class MoneyAtRiskStrip;
class QuickFilterBar;
class RejectDialog;
class ShipDialog;
class SyncController;

// The workbench window. Thin: it wires the filter bars, the list, the detail pane and the
// dialogs to the actions and to the workbench; each of those is a widget of its own.
// Every command is a QAction found by object name (actionApprove, actionReject, …).
class MainWindow : public QMainWindow, public ToolsHost
{
    Q_OBJECT

public:
    // `workbench` and `settings` must outlive the window.
    MainWindow(Workbench &workbench, Settings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Who acts, written into the audit trail (default: the login name).
    // On a team's database, the role logged in (the server writes it into the audit trail).
    void setOperatorName(const QString &name) override;
    QString operatorName() const override { return m_operator; }
    // How often the window looks for other processes' changes and lapsed deadlines.
    void setPollInterval(int milliseconds);

    ClaimTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    DetailPane *detailPane() const { return m_detail; }
    QuickFilterBar *quickFilterBar() const { return m_quickBar; }
    FilterBar *filterBar() const { return m_filterBar; }
    MoneyAtRiskStrip *moneyAtRiskStrip() const { return m_strip; }
    // Import, export, backup, settings, remark and flag edits, About.
    MerchantTools *merchantTools() const { return m_tools; }
    // The platform sync: Connect to shop…, Sync now (F6), the status bar's indicator and the
    // background rounds; `engine` must outlive the window. Without it the window has no sync.
    void attachSync(platform::SyncEngine &engine);
    SyncController *syncController() const { return m_sync; }
    // 统计 / Insight (View menu, Ctrl+0), made when first shown; and the bar above the list
    // while it shows one of its drill-downs.
    InsightView *insightView() const { return m_insight; }
    DrillDownBar *drillDownBar() const { return m_drillBar; }
    bool isInsightShown() const;
    void showInsight(bool shown);
    // The list of exactly the claims a figure of Insight counted (every other filter off),
    // until the drill-down is cleared or a quick filter chosen.
    void showDrillDown(const aftersales::report::drilldown::DrillDown &drill);
    void clearDrillDown();
    // Assignment, the team's database and lock, other agents' changes.
    TeamTools *teamTools() const { return m_team; }

    QuickFilter quickFilter() const { return m_quick; }
    void setQuickFilter(QuickFilter filter);
    std::optional<qint64> currentClaimId() const override;
    QList<Claim> selectedClaims() const override;
    ClaimQuery listQuery() const override;
    QWidget *dialogParent() override { return this; }
    void showStatus(const QString &message, int milliseconds) override;
    bool runsForTeam() override;
    // Selects the claim's row when it is loaded.
    bool selectClaim(qint64 id);

    // Dialogs open with open() (never exec()), so nothing blocks: these return the dialog
    // (nullptr when the current claim does not allow the action) for tests to drive.
    RejectDialog *openRejectDialog();
    ShipDialog *openShipDialog();

Q_SIGNALS:
    // The automatic steps due are applied (the list and counts brought up to date), or a
    // batch of them failed: `steps` applied since the sweep began.
    void sweepFinished(int steps);

public Q_SLOTS:
    // Counts, list and detail read again (F5; another process's changes).
    void refresh() override;
    // One tick of the timer: another process's commits, lapsed deadlines, countdowns.
    void poll();
    // Another agent or program changed the database: read again now, or when the sweep under
    // way ends (it reads the list and counts again then anyway).
    void followExternalChange();

protected:
    bool event(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // Opens the action's dialog for the current claim (nullptr when the action is not
    // valid for it); on OK, `fill` completes the request from the dialog.
    template <typename Dialog, typename Fill> Dialog *openActionDialog(const ClaimAction &row, Fill fill);
    QAction *makeAction(const char *objectName, const QKeySequence &shortcut);
    void createActions();
    void createMenus();
    void createCentralWidget();
    void retranslate();
    void restoreSettings();
    void saveSettings();

    // The keyboard goes to the list: ↓ / ↑, Shift+↓, J / K and the action keys work at once.
    void focusList();
    void applyFilters();
    void showSearchResult(const aftersales::ClaimQuery &query, const aftersales::Page &page);
    // The quick filters' counts now; the money at risk now, or with `riskSoon` a moment later
    // (after the row an action changed is repainted, and once for a burst of changes).
    void updateCounts(bool riskSoon = false);
    void updateMoneyAtRisk();
    void updateListStatus();
    // Over an empty list: that there are no claims here, and why.
    void updateEmptyNotice();
    void updateActions();
    void showCurrent();
    // What happens to the selection when its current claim leaves the list on a reload.
    enum class Departure {
        // The merchant handled it here: the claim below takes its place, selected.
        FollowToNext,
        // It changed elsewhere (another program, a deadline): the place is kept but nothing
        // is selected, so that no action reaches a claim the merchant has not looked at.
        KeepPlace,
    };
    void reloadKeepingSelection(Departure departure);
    // Says in the status bar and the pane that the claim the merchant was on left the list.
    void noticeDeparture(qint64 id);
    void onClaimsChanged(const QList<qint64> &ids);

    // The row actions act on: the current row while it is selected (after a claim left the
    // list elsewhere, the current row only marks the place and is no target).
    QModelIndex targetIndex() const;
    std::optional<Claim> currentClaim() const;
    // Why a claim action's key does nothing now, for the status bar.
    QString whyNot(const ClaimAction &row) const;
    // A claim action's QAction was triggered: what it needs, asked as the table says.
    void trigger(const ClaimAction &row);
    void actOnSelected(const ClaimAction &row);
    void confirmAndAct(const ClaimAction &row);
    void act(const Claim &claim, const ActionRequest &request, const QString &done);
    void report(qint64 claimId, const Outcome &outcome);
    void moveSelection(int delta);
    void startSweep();
    void sweepBatch();
    void endSweep(int swept);
    void setLanguage(const QString &language);

    Workbench &m_workbench;
    Settings &m_settings;
    QString m_operator;
    QuickFilter m_quick = QuickFilter::ExchangeReshipPending;
    // The quick filter the money-at-risk strip's filter clears back to.
    QuickFilter m_beforeAtRisk = QuickFilter::ExchangeReshipPending;
    // The storage's change mark when last looked at (other processes' commits).
    std::optional<qint64> m_changeMark;
    QDateTime m_countsAt;
    QString m_lastPollError;
    // What the pane says while no claim is the target (empty when it says the default).
    QString m_notice;

    QuickFilterBar *m_quickBar = nullptr;
    FilterBar *m_filterBar = nullptr;
    MoneyAtRiskStrip *m_strip = nullptr;
    QSplitter *m_splitter = nullptr;
    QTableView *m_view = nullptr;
    ClaimTableModel *m_model = nullptr;
    DetailPane *m_detail = nullptr;
    QLabel *m_listStatus = nullptr;
    QLabel *m_emptyNotice = nullptr;
    SearchRunner *m_searchRunner = nullptr;
    // Claims a sweep moves per batch (adapted to take about 30 ms), the steps applied by the
    // batches so far, and whether a sweep is under way.
    int m_sweepBatch = 100;
    int m_swept = 0;
    // Where the sweep's next batch reads on from (Workbench::sweep()).
    QDateTime m_sweepFrom;
    bool m_sweeping = false;
    // Another agent or program changed the database while a sweep was under way: the list and
    // counts are read again when it ends.
    bool m_refreshAfterSweep = false;
    // A bulk load was running at the last poll: nothing was read meanwhile.
    bool m_waitingForBulkLoad = false;
    // The total of the searched list, as the search runner counted it.
    std::optional<qint64> m_searchTotal;
    QTimer *m_poll = nullptr;
    Checkpointer *m_checkpointer = nullptr;
    // Runs the next sweep batch as a timer, not a posted call, so that input and other
    // timers are served between two batches.
    QTimer *m_nextSweepBatch = nullptr;
    MerchantTools *m_tools = nullptr;
    SyncController *m_sync = nullptr;
    // The list (page 0) and Insight (page 1, made when first shown).
    QStackedWidget *m_pages = nullptr;
    InsightView *m_insight = nullptr;
    DrillDownBar *m_drillBar = nullptr;
    std::optional<aftersales::report::drilldown::DrillDown> m_drill;
    // Insight reads its report again a moment after claims change while it is shown.
    QTimer *m_insightRefresh = nullptr;
    QTimer *m_riskRefresh = nullptr;
    TeamTools *m_team = nullptr;
    // Which database is open and as whom.
    QLabel *m_databaseLabel = nullptr;
    // The quick filters in the bar: a team's database has 我的待处理 first.
    QList<QuickFilter> m_bar;

    // The claim actions (claimactions.h), by the rules' Action.
    QHash<Action, QAction *> m_claimActions;
    QAction *m_search = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_next = nullptr;
    QAction *m_previous = nullptr;
    QAction *m_sweep = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_about = nullptr;
    QAction *m_insightAction = nullptr;
    QList<QAction *> m_quickActions;
    QActionGroup *m_languageGroup = nullptr;
    QAction *m_languageSystem = nullptr;
    QAction *m_languageChinese = nullptr;
    QAction *m_languageEnglish = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_claimMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
};

} // namespace aftersales::ui
