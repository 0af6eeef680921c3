#include "mainwindow.h"

#include "celltextdelegate.h"
#include "claimcolumns.h"
#include "claimformat.h"
#include "claimtablemodel.h"
#include "detailpane.h"
#include "domain/names.h"
#include "drilldownbar.h"
#include "filterbar.h"
#include "insightview.h"
#include "logging.h"
#include "merchanttools.h"
#include "messagebox.h"
#include "moneyatriskstrip.h"
#include "quickfilterbar.h"
#include "rejectdialog.h"
#include "settings.h"
#include "shipdialog.h"
#include "storage/checkpointer.h"
#include "storage/searchrunner.h"
#include "storage/storage.h"
#include "synccontroller.h"
#include "syncindicator.h"
#include "teamtools.h"
#include "translation.h"
#include "workbench.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QIcon>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

// ui is a static library: its resources (the application icon) are registered explicitly.
static void initUiResources()
{
    Q_INIT_RESOURCE(aftersales);
}

namespace aftersales::ui
{
namespace
{

// Menus show the text with its mnemonic; tooltips show the shortcut.
void setActionText(QAction *action, const QString &text, const QString &tip = QString())
{
    action->setText(text);
    // The text without its mnemonic: "拒绝(&R)…" → "拒绝…", "&Reject" → "Reject", "&&" → "&".
    QString plain = text;
    static const QRegularExpression bracketed(QStringLiteral("\\(&[^)]\\)"));
    plain.remove(bracketed);
    plain.replace(QLatin1String("&&"), QString(QChar(0xE000)));
    plain.remove(QLatin1Char('&'));
    plain.replace(QChar(0xE000), QLatin1Char('&'));
    const QString base = tip.isEmpty() ? plain : tip;
    const QKeySequence shortcut = action->shortcut();
    action->setToolTip(shortcut.isEmpty() ? base
                                          : QStringLiteral("%1 (%2)").arg(
                                                base, shortcut.toString(QKeySequence::NativeText)));
    action->setStatusTip(base);
}

QString loginName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name.isEmpty() ? QStringLiteral("merchant") : name;
}

} // namespace

MainWindow::MainWindow(Workbench &workbench, Settings &settings, QWidget *parent)
    : QMainWindow(parent), m_workbench(workbench), m_settings(settings), m_operator(loginName()),
      m_poll(new QTimer(this)), m_nextSweepBatch(new QTimer(this)), m_insightRefresh(new QTimer(this)),
      m_riskRefresh(new QTimer(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    // A team's agent works its own claims first: 我的待处理 leads the bar.
    m_bar = quickfilters::bar();
    if (m_workbench.storage().has(Storage::Capability::Team))
        m_bar.prepend(QuickFilter::MyPending);
    initUiResources();
    setWindowIcon(QIcon(QStringLiteral(":/icons/aftersales.svg")));
    createActions();
    createCentralWidget();
    m_tools = new MerchantTools(*this, m_workbench, m_settings, this);
    addActions(m_tools->fileActions()); // their shortcuts work without the menu too
    addAction(m_tools->settingsAction());
    connect(m_detail, &DetailPane::remarkEdited, m_tools, &MerchantTools::setRemark);
    connect(m_detail, &DetailPane::flagChosen, m_tools, &MerchantTools::setFlag);
    m_team = new TeamTools(*this, m_workbench, this);
    addActions(m_team->fileActions());
    addActions(m_team->claimActions());
    connect(m_team, &TeamTools::othersChanged, this, &MainWindow::followExternalChange);
    // The next start opens the same database. An address never holds a password (the dialog
    // refuses one), so none reaches the settings file.
    connect(m_team, &TeamTools::openDatabaseRequested, this, [this](const QString &location) {
        m_settings.database().setValue(location);
        m_settings.sync();
    });
    setOperatorName(m_operator);
    connect(m_team, &TeamTools::statusChanged, this,
            [this] { m_databaseLabel->setText(m_team->databaseText()); });
    createMenus();
    retranslate();

    connect(&m_workbench, &Workbench::claimsChanged, this, &MainWindow::onClaimsChanged);
    m_checkpointer = new Checkpointer(m_workbench.storage(), this);
    connect(&m_workbench, &Workbench::claimsChanged, m_checkpointer, &Checkpointer::request);
    m_searchRunner = new SearchRunner(m_workbench.storage(), this);
    connect(m_searchRunner, &SearchRunner::pageReady, this, &MainWindow::showSearchResult);
    connect(m_searchRunner, &SearchRunner::counted, this, [this](const ClaimQuery &query, qint64 total) {
        if (query.search != m_model->query().search)
            return;
        m_searchTotal = total;
        updateListStatus();
    });
    connect(m_searchRunner, &SearchRunner::failed, this,
            [this](const Outcome &outcome) { m_listStatus->setText(outcome.message); });
    m_poll->setInterval(1000);
    connect(m_poll, &QTimer::timeout, this, &MainWindow::poll);
    m_nextSweepBatch->setSingleShot(true);
    m_nextSweepBatch->setInterval(0);
    connect(m_nextSweepBatch, &QTimer::timeout, this, &MainWindow::sweepBatch);
    // The strip's sum joins every claim at risk to its order: an action's row is repainted
    // first, and a burst of changes (a batch, a sync round) sums once.
    m_riskRefresh->setSingleShot(true);
    m_riskRefresh->setInterval(150);
    connect(m_riskRefresh, &QTimer::timeout, this, &MainWindow::updateMoneyAtRisk);
    m_insightRefresh->setSingleShot(true);
    m_insightRefresh->setInterval(500);
    connect(m_insightRefresh, &QTimer::timeout, this, [this] {
        if (isInsightShown())
            m_insight->refresh();
    });

    if (m_workbench.storage().has(Storage::Capability::ExternalChangeDetection) &&
        !m_workbench.storage().has(Storage::Capability::Team))
        if (Result<qint64> mark = m_workbench.storage().changeMark(); mark.ok())
            m_changeMark = *mark;
    restoreSettings();
    m_quickBar->setCurrent(m_quick);
    applyFilters();
    updateCounts();
    focusList();
    m_poll->start();
}

MainWindow::~MainWindow() = default;

void MainWindow::setOperatorName(const QString &name)
{
    const Storage &storage = m_workbench.storage();
    m_operator = storage.has(Storage::Capability::Team) ? storage.connectedRole() : name;
    if (m_filterBar && m_team) {
        m_filterBar->setAssignees(m_operator, m_team->agents());
        m_databaseLabel->setText(m_team->databaseText());
    }
}

void MainWindow::attachSync(platform::SyncEngine &engine)
{
    if (m_sync)
        return;
    m_sync = new SyncController(*this, m_workbench, m_settings, engine, this);
    // Platform claims keep the platform's ids (up to 19 digits): where the claim column is too
    // narrow for one, its last digits show (the whole id in the tooltip).
    m_view->setItemDelegateForColumn(ClaimTableModel::IdColumn, new CellTextDelegate(Qt::ElideLeft, m_view));
    addAction(m_sync->syncNowAction()); // F6 without the menu too
    QAction *settings = m_tools->settingsAction();
    m_fileMenu->insertAction(settings, m_sync->connectAction());
    m_fileMenu->insertAction(settings, m_sync->syncNowAction());
    m_fileMenu->insertSeparator(settings);
    statusBar()->insertPermanentWidget(0, m_sync->indicator());
    connect(m_sync, &SyncController::showRefusedRequested, this,
            [this] { setQuickFilter(QuickFilter::SyncFailed); });
    connect(m_detail, &DetailPane::refusalSeen, m_sync, &SyncController::acknowledgeRefusals);
    connect(m_tools, &MerchantTools::settingsApplied, m_sync, &SyncController::applySettings);
    // On a team's database the background rounds follow the team lock from window to window.
    connect(m_team, &TeamTools::statusChanged, m_sync, &SyncController::applySettings);
    updateCounts();
}

void MainWindow::setPollInterval(int milliseconds)
{
    m_poll->setInterval(milliseconds);
}

QAction *MainWindow::makeAction(const char *objectName, const QKeySequence &shortcut)
{
    auto *action = new QAction(this);
    action->setObjectName(QLatin1String(objectName));
    action->setShortcut(shortcut);
    addAction(action); // shortcuts work without a menu too
    return action;
}

void MainWindow::createActions()
{
    for (const ClaimAction &row : claimactions::all()) {
        QAction *a = makeAction(row.objectName, QKeySequence(row.key));
        connect(a, &QAction::triggered, this, [this, &row] { trigger(row); });
        m_claimActions.insert(row.action, a);
    }
    m_search = makeAction("actionSearch", QKeySequence(QKeySequence::Find));
    m_refresh = makeAction("actionRefresh", QKeySequence(Qt::Key_F5));
    m_next = makeAction("actionNext", QKeySequence(Qt::Key_J));
    m_previous = makeAction("actionPrevious", QKeySequence(Qt::Key_K));
    m_sweep = makeAction("actionSweep", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_quit = makeAction("actionQuit", QKeySequence(QKeySequence::Quit));
    m_about = makeAction("actionAbout", QKeySequence(Qt::Key_F1));
    m_insightAction = makeAction("actionInsight", QKeySequence(Qt::CTRL | Qt::Key_0));
    m_insightAction->setCheckable(true);
    m_quit->setMenuRole(QAction::QuitRole);

    for (int i = 0; i < m_bar.size(); ++i) {
        const QuickFilter filter = m_bar.at(i);
        QAction *a = makeAction(qPrintable(QStringLiteral("actionQuickFilter_") + quickfilters::name(filter)),
                                QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(a, &QAction::triggered, this, [this, filter] { setQuickFilter(filter); });
        m_quickActions.append(a);
    }

    m_languageGroup = new QActionGroup(this);
    m_languageSystem = new QAction(this);
    m_languageSystem->setObjectName(QStringLiteral("actionLanguageSystem"));
    m_languageChinese = new QAction(QStringLiteral("中文"), this);
    m_languageChinese->setObjectName(QStringLiteral("actionLanguageChinese"));
    m_languageEnglish = new QAction(QStringLiteral("English"), this);
    m_languageEnglish->setObjectName(QStringLiteral("actionLanguageEnglish"));
    for (QAction *a : {m_languageSystem, m_languageChinese, m_languageEnglish}) {
        a->setCheckable(true);
        m_languageGroup->addAction(a);
    }
    const QString language = m_settings.language().value();
    (language == QLatin1String("zh_CN") ? m_languageChinese
     : language == QLatin1String("en")  ? m_languageEnglish
                                        : m_languageSystem)
        ->setChecked(true);
    connect(m_languageSystem, &QAction::triggered, this, [this] { setLanguage(QString()); });
    connect(m_languageChinese, &QAction::triggered, this, [this] { setLanguage(QStringLiteral("zh_CN")); });
    connect(m_languageEnglish, &QAction::triggered, this, [this] { setLanguage(QStringLiteral("en")); });

    connect(m_search, &QAction::triggered, this, [this] { m_filterBar->focusSearch(); });
    connect(m_refresh, &QAction::triggered, this, &MainWindow::refresh);
    connect(m_next, &QAction::triggered, this, [this] { moveSelection(1); });
    connect(m_previous, &QAction::triggered, this, [this] { moveSelection(-1); });
    connect(m_sweep, &QAction::triggered, this, &MainWindow::startSweep);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);
    connect(m_about, &QAction::triggered, this, [this] { m_tools->about(); });
    connect(m_insightAction, &QAction::triggered, this, &MainWindow::showInsight);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("menuFile"));
    m_fileMenu->addActions(m_team->fileActions());
    m_fileMenu->addSeparator();
    m_fileMenu->addActions(m_tools->fileActions());
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_tools->settingsAction());
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_refresh);
    m_fileMenu->addAction(m_sweep);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quit);

    m_claimMenu = menuBar()->addMenu(QString());
    m_claimMenu->setObjectName(QStringLiteral("menuClaim"));
    for (const ClaimAction &row : claimactions::all())
        m_claimMenu->addAction(m_claimActions.value(row.action));
    m_claimMenu->addSeparator();
    m_claimMenu->addActions(m_team->claimActions());
    m_claimMenu->addSeparator();
    m_claimMenu->addAction(m_next);
    m_claimMenu->addAction(m_previous);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("menuView"));
    m_viewMenu->addAction(m_search);
    m_viewMenu->addSeparator();
    m_viewMenu->addActions(m_quickActions);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_insightAction);

    m_languageMenu = menuBar()->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("menuLanguage"));
    m_languageMenu->addAction(m_languageSystem);
    m_languageMenu->addSeparator();
    m_languageMenu->addAction(m_languageChinese);
    m_languageMenu->addAction(m_languageEnglish);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("menuHelp"));
    m_helpMenu->addAction(m_about);
}

void MainWindow::createCentralWidget()
{
    auto *central = new QWidget(this);
    m_quickBar = new QuickFilterBar(m_bar, central);
    m_filterBar = new FilterBar(central);
    m_strip = new MoneyAtRiskStrip(central);
    m_splitter = new QSplitter(Qt::Horizontal, central);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);

    m_model = new ClaimTableModel(m_workbench, this);
    m_model->setObjectName(QStringLiteral("claimModel"));
    m_view = new QTableView(m_splitter);
    m_view->setObjectName(QStringLiteral("claimView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false);
    m_view->installEventFilter(this);
    // Says why the list is empty instead of a blank white area.
    m_emptyNotice = new QLabel(m_view->viewport());
    m_emptyNotice->setObjectName(QStringLiteral("emptyListNotice"));
    m_emptyNotice->setAlignment(Qt::AlignCenter);
    m_emptyNotice->setWordWrap(true);
    m_emptyNotice->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_emptyNotice->setForegroundRole(QPalette::PlaceholderText);
    m_emptyNotice->hide();
    auto *emptyLayout = new QVBoxLayout(m_view->viewport());
    emptyLayout->setContentsMargins(24, 24, 24, 24);
    emptyLayout->addWidget(m_emptyNotice);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    QHeaderView *header = m_view->horizontalHeader();
    header->setObjectName(QStringLiteral("claimHeader"));
    header->setHighlightSections(false);
    header->setSortIndicator(ClaimTableModel::DeadlineColumn, Qt::AscendingOrder);
    header->setSortIndicatorShown(true);
    header->setSectionsClickable(true);
    new ClaimColumns(m_view);
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this](int column, Qt::SortOrder order) {
        if (!ClaimTableModel::isSortable(column)) {
            // Only what SQL can sort on an index is sortable; put the indicator back.
            const QSignalBlocker blocker(m_view->horizontalHeader());
            m_view->horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
            return;
        }
        const std::optional<qint64> current = currentClaimId();
        m_model->sort(column, order);
        if (!current || !selectClaim(*current))
            m_view->selectRow(0);
        updateListStatus();
    });

    m_detail = new DetailPane(m_workbench, m_splitter);
    for (const ClaimAction &row : claimactions::all())
        m_detail->addActionButton(row, m_claimActions.value(row.action));
    m_detail->setMinimumWidth(300);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_detail);
    // The list's columns need the width more than the pane: 360 px at 1366, about 500 at 1920.
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({990, 360});

    m_drillBar = new DrillDownBar(central);
    m_drillBar->hide();
    connect(m_drillBar, &DrillDownBar::cleared, this, &MainWindow::clearDrillDown);

    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_quickBar);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_strip);
    layout->addWidget(m_drillBar);
    layout->addWidget(m_splitter, 1);
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->addWidget(central);
    setCentralWidget(m_pages);

    m_listStatus = new QLabel(this);
    m_listStatus->setObjectName(QStringLiteral("listStatus"));
    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    statusBar()->addPermanentWidget(m_listStatus);
    statusBar()->addPermanentWidget(m_databaseLabel);

    connect(m_quickBar, &QuickFilterBar::currentChanged, this, &MainWindow::setQuickFilter);
    connect(m_filterBar, &FilterBar::changed, this, &MainWindow::applyFilters);
    connect(m_filterBar->searchEdit(), &QLineEdit::returnPressed, this, &MainWindow::focusList);
    connect(m_strip, &MoneyAtRiskStrip::clicked, this, [this] { setQuickFilter(QuickFilter::AtRisk); });
    connect(m_strip, &MoneyAtRiskStrip::cleared, this, [this] { setQuickFilter(m_beforeAtRisk); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showCurrent);
    // The pane follows the selection too: one claim, several, or none after one left.
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::showCurrent);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateListStatus);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateListStatus);
    connect(m_model, &ClaimTableModel::loadFailed, this,
            [this](const Outcome &o) { statusBar()->showMessage(o.message, 10000); });
}

void MainWindow::retranslate()
{
    setWindowTitle(
        tr("After-sales workbench — %1").arg(QFileInfo(m_workbench.storage().location()).fileName()));
    m_fileMenu->setTitle(tr("&File"));
    m_claimMenu->setTitle(tr("&Claim"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    for (const ClaimAction &row : claimactions::all())
        setActionText(m_claimActions.value(row.action), row.label(), row.toolTip());
    setActionText(m_search, tr("&Search"), tr("Search order, claim, buyer, product or tracking number"));
    setActionText(m_refresh, tr("&Refresh"), tr("Read counts, list and claim again"));
    setActionText(m_next, tr("&Next claim"));
    setActionText(m_previous, tr("&Previous claim"));
    setActionText(m_sweep, tr("Apply &due automatic steps"));
    setActionText(m_quit, tr("&Quit"));
    setActionText(m_about, tr("&About"));
    setActionText(m_insightAction, tr("&Insight"),
                  tr("Charts of the period: claims, reshipment reasons, on-time rates, money lost, backlog"));
    m_languageSystem->setText(tr("Follow the system"));
    for (int i = 0; i < m_quickActions.size(); ++i)
        setActionText(m_quickActions.at(i),
                      quickfilters::label(m_bar.at(i)).replace(QLatin1Char('&'), QLatin1String("&&")));
    m_model->retranslate();
    if (m_tools)
        m_tools->retranslate();
    if (m_team) {
        m_team->retranslate();
        m_filterBar->setAssignees(m_operator, m_team->agents());
        m_databaseLabel->setText(m_team->databaseText());
    }
    if (m_sync)
        m_sync->retranslate();
    updateActions();
    updateCounts();
    updateListStatus();
    // The pane's summary of several selected claims is written, not kept as a source text.
    showCurrent();
}

void MainWindow::restoreSettings()
{
    const QByteArray geometry = m_settings.windowGeometry().value();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1280, 720);
    restoreState(m_settings.windowState().value());
    const QByteArray splitter = m_settings.splitterState().value();
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
    const QByteArray header = m_settings.headerState().value();
    if (!header.isEmpty())
        m_view->horizontalHeader()->restoreState(header);
    // A shop on its own file has nobody to hand claims to: the assignee column waits for a
    // team (whatever the header saved on another database said).
    m_view->horizontalHeader()->setSectionHidden(ClaimTableModel::AssigneeColumn,
                                                 !m_workbench.storage().has(Storage::Capability::Team));
    if (!ClaimTableModel::isSortable(m_view->horizontalHeader()->sortIndicatorSection()))
        m_view->horizontalHeader()->setSortIndicator(ClaimTableModel::DeadlineColumn, Qt::AscendingOrder);
    // The header's indicator decides the order of the first query.
    m_model->sort(m_view->horizontalHeader()->sortIndicatorSection(),
                  m_view->horizontalHeader()->sortIndicatorOrder());
    m_view->setSortingEnabled(true);
}

void MainWindow::saveSettings()
{
    m_settings.windowGeometry().setValue(saveGeometry());
    m_settings.windowState().setValue(saveState());
    m_settings.splitterState().setValue(m_splitter->saveState());
    m_settings.headerState().setValue(m_view->horizontalHeader()->saveState());
    m_settings.sync();
}

bool MainWindow::event(QEvent *event)
{
    // Every dialog of the window (its own, the tools', message boxes) gives the keyboard
    // back to the list when it closes, not to whatever had it before it opened.
    if (event->type() == QEvent::ChildPolished)
        if (auto *dialog = qobject_cast<QDialog *>(static_cast<QChildEvent *>(event)->child()))
            connect(dialog, &QDialog::finished, this, &MainWindow::focusList, Qt::UniqueConnection);
    return QMainWindow::event(event);
}

void MainWindow::focusList()
{
    m_view->setFocus(Qt::OtherFocusReason);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_fileMenu)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::showStatus(const QString &message, int milliseconds)
{
    statusBar()->showMessage(message, milliseconds);
}

bool MainWindow::runsForTeam()
{
    return m_team->mayRunAutomaticSteps();
}

bool MainWindow::selectClaim(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    // Not selectRow(): it extends the selection while a modifier key is held.
    m_view->selectionModel()->setCurrentIndex(m_model->index(row, 0), QItemSelectionModel::ClearAndSelect |
                                                                          QItemSelectionModel::Rows);
    m_view->scrollTo(m_model->index(row, 0));
    return true;
}

void MainWindow::updateActions()
{
    const QList<Claim> selected = selectedClaims();
    const std::optional<Claim> current = currentClaim();
    const QList<Action> valid = current ? rules::merchantActions(*current) : QList<Action>();
    const bool single = selected.size() <= 1;
    // What the rules allow on at least one selected claim (an action on many takes those).
    QSet<Action> onSome;
    for (const Claim &c : selected)
        for (Action allowed : rules::merchantActions(c))
            onSome.insert(allowed);
    for (const ClaimAction &row : claimactions::all()) {
        QAction *a = m_claimActions.value(row.action);
        a->setEnabled(row.many ? onSome.contains(row.action) : single && valid.contains(row.action));
        if (row.many && selected.size() > 1)
            setActionText(
                a, QCoreApplication::translate("claimactions", row.manyText, nullptr, int(selected.size())),
                claimactions::tr(row.manyTip));
        else if (current)
            setActionText(a, ClaimFormat::actionText(row, *current), row.toolTip());
        else
            setActionText(a, row.label(), row.toolTip());
    }
    const int row = m_view->selectionModel()->currentIndex().row();
    m_next->setEnabled(row + 1 < m_model->rowCount() || m_model->canFetchMore(QModelIndex()));
    m_previous->setEnabled(row > 0);
    if (m_team)
        m_team->updateActions(int(selected.size()));
}

void MainWindow::setLanguage(const QString &language)
{
    m_settings.language().setValue(language);
    m_settings.sync();
    translation::install(language);
    // Installing a translator sends LanguageChange to every widget: each retranslates itself.
}

} // namespace aftersales::ui
