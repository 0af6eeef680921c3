#include "detailpane.h"

#include "claimformat.h"
#include "domain/names.h"
#include "flagformat.h"
#include "flowlayout.h"
#include "historydelegate.h"
#include "io/claimtext.h"
#include "workbench.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStyle>
#include <QTextBoundaryFinder>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <array>

namespace aftersales::ui
{
namespace
{

// The claimtext field each row of the form shows (the deadline has a line of its own, the
// merchant's remark is shown once, in its editor below).
struct FieldRow {
    const char *key;
    const char *objectName;
};
constexpr std::array fieldRows{
    FieldRow{"order", "detailOrder"},
    FieldRow{"product", "detailProduct"},
    FieldRow{"buyer", "detailBuyer"},
    FieldRow{"amount", "detailAmount"},
    FieldRow{"reason", "detailReason"},
    FieldRow{"note", "detailNote"},
    FieldRow{"applied", "detailApplied"},
    FieldRow{"original_shipment", "detailOriginalShipment"},
    FieldRow{"return_shipment", "detailReturnShipment"},
    FieldRow{"replacement", "detailShipment"},
    FieldRow{"reject_reason", "detailRejectCode"},
    FieldRow{"refund", "detailRefund"},
    FieldRow{"compensation", "detailCompensation"},
    FieldRow{"platform", "detailPlatform"},
};

QString colourFor(Urgency u)
{
    switch (u) {
    case Urgency::Overdue:
        return QStringLiteral("#c62828");
    case Urgency::DueSoon:
        return QStringLiteral("#b26a00");
    default:
        return QStringLiteral("#1f4e79");
    }
}

} // namespace

DetailPane::DetailPane(const Workbench &workbench, QWidget *parent)
    : QWidget(parent), m_workbench(workbench), m_stack(new QStackedWidget(this)),
      m_placeholder(new QLabel(this)), m_title(new QLabel(this)), m_countdown(new QLabel(this)),
      m_deadline(new QLabel(this)), m_refusalBox(new QWidget(this)), m_refusal(new QLabel(m_refusalBox)),
      m_refusalSeen(new QToolButton(m_refusalBox)), m_buttonRow(new QWidget(this)), m_form(new QWidget(this)),
      m_fieldsLayout(new QGridLayout(m_form)), m_edits(new QWidget(this)),
      m_editsLayout(new QFormLayout(m_edits)), m_flag(new QComboBox(this)), m_remark(new QLineEdit(this)),
      m_remarkSave(new QToolButton(this)), m_timelineLabel(new QLabel(this)),
      m_timeline(new QTreeWidget(this)), m_tick(new QTimer(this))
{
    setObjectName(QStringLiteral("detailPane"));
    m_placeholder->setObjectName(QStringLiteral("detailPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_title->setObjectName(QStringLiteral("detailTitle"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_countdown->setObjectName(QStringLiteral("detailCountdown"));
    m_countdown->setWordWrap(true);
    QFont countdownFont = m_countdown->font();
    countdownFont.setBold(true);
    m_countdown->setFont(countdownFont);
    m_deadline->setObjectName(QStringLiteral("detailDeadline"));
    // A refused action stands out until the merchant has seen it: the platform's own words.
    m_refusalBox->setObjectName(QStringLiteral("detailRefusalBox"));
    m_refusalBox->setStyleSheet(QStringLiteral(
        "#detailRefusalBox { background: #fdecea; border: 1px solid #f5c2c0; border-radius: 3px; }"));
    m_refusal->setObjectName(QStringLiteral("detailRefusal"));
    m_refusal->setWordWrap(true);
    m_refusal->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_refusal->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_refusalSeen->setObjectName(QStringLiteral("detailRefusalSeen"));
    m_refusalSeen->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *refusalLayout = new QHBoxLayout(m_refusalBox);
    refusalLayout->setContentsMargins(6, 4, 6, 4);
    refusalLayout->addWidget(m_refusal, 1);
    refusalLayout->addWidget(m_refusalSeen, 0, Qt::AlignTop);
    m_refusalBox->hide();
    connect(m_refusalSeen, &QToolButton::clicked, this, [this] {
        if (m_claim)
            Q_EMIT refusalSeen(m_claim->id);
    });
    m_form->setObjectName(QStringLiteral("detailFields"));
    m_fieldsLayout->setContentsMargins(0, 0, 0, 0);
    m_fieldsLayout->setColumnStretch(1, 1);
    for (const FieldRow &row : fieldRows) {
        auto *label = new QLabel(m_form);
        auto *field = new QLabel(m_form);
        label->setObjectName(QLatin1String(row.objectName) + QLatin1String("Label"));
        field->setObjectName(QLatin1String(row.objectName));
        field->setWordWrap(true);
        field->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->hide();
        field->hide();
        const int gridRow = m_fieldsLayout->rowCount();
        m_fieldsLayout->addWidget(label, gridRow, 0, Qt::AlignLeft | Qt::AlignTop);
        m_fieldsLayout->addWidget(field, gridRow, 1);
        m_fields.insert(QLatin1String(row.key), {label, field});
    }
    m_edits->setObjectName(QStringLiteral("detailEdits"));
    m_editsLayout->setContentsMargins(0, 0, 0, 0);
    m_editsLayout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_flag->setObjectName(QStringLiteral("detailFlagCombo"));
    for (int f = 0; f < FlagFormat::count; ++f)
        m_flag->addItem(FlagFormat::dot(f), FlagFormat::label(f), f);
    m_remark->setObjectName(QStringLiteral("detailRemarkEdit"));
    m_remark->setClearButtonEnabled(true);
    m_remark->setMaxLength(500);
    m_remarkSave->setObjectName(QStringLiteral("detailRemarkSave"));
    m_remarkSave->setEnabled(false);
    auto *remarkRow = new QHBoxLayout;
    remarkRow->setContentsMargins(0, 0, 0, 0);
    remarkRow->addWidget(m_remark, 1);
    remarkRow->addWidget(m_remarkSave);
    auto *flagLabel = new QLabel(m_edits);
    flagLabel->setBuddy(m_flag);
    auto *remarkLabel = new QLabel(m_edits);
    remarkLabel->setBuddy(m_remark);
    m_editsLayout->addRow(flagLabel, m_flag);
    m_editsLayout->addRow(remarkLabel, remarkRow);
    connect(m_flag, &QComboBox::activated, this, [this](int index) {
        if (m_claim && m_flag->itemData(index).toInt() != m_claim->flag)
            Q_EMIT flagChosen(m_claim->id, m_claim->version, m_flag->itemData(index).toInt());
    });
    auto saveRemark = [this] {
        if (m_claim && m_remark->text().trimmed() != m_claim->remark)
            Q_EMIT remarkEdited(m_claim->id, m_claim->version, m_remark->text().trimmed());
    };
    connect(m_remark, &QLineEdit::returnPressed, this, saveRemark);
    connect(m_remarkSave, &QToolButton::clicked, this, saveRemark);
    connect(m_remark, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_remarkSave->setEnabled(m_claim && text.trimmed() != m_claim->remark);
    });
    m_timeline->setObjectName(QStringLiteral("detailTimeline"));
    m_timeline->setRootIsDecorated(false);
    m_timeline->setColumnCount(5);
    m_timeline->setAlternatingRowColors(true);
    m_timeline->setWordWrap(true);
    // Never sideways (fitTimeline()): the columns share the pane's width and their text wraps.
    m_timeline->header()->setStretchLastSection(false);
    m_timeline->viewport()->installEventFilter(this);
    m_timeline->header()->setMinimumSectionSize(1);
    m_historyDelegate = new HistoryDelegate(m_timeline);
    m_timeline->setItemDelegate(m_historyDelegate);
    m_timeline->setMinimumHeight(140);
    m_timelineLabel->setBuddy(m_timeline);

    // On as many lines as the pane's width needs.
    auto *buttons = new FlowLayout(m_buttonRow);
    buttons->setContentsMargins(0, 0, 0, 0);

    auto *page = new QWidget(this);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->addWidget(m_title);
    pageLayout->addWidget(m_countdown);
    pageLayout->addWidget(m_deadline);
    pageLayout->addWidget(m_refusalBox);
    pageLayout->addWidget(m_buttonRow);
    pageLayout->addWidget(m_form);
    pageLayout->addWidget(m_edits);
    pageLayout->addWidget(m_timelineLabel);
    pageLayout->addWidget(m_timeline, 1);

    m_stack->addWidget(m_placeholder);
    // Scrolls rather than squeezes when a small window cannot show the whole claim.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("detailScroll"));
    // A click on a button in the pane leaves the keyboard with the list.
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_stack->addWidget(scroll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &DetailPane::updateCountdown);
    clear();
}

void DetailPane::addActionButton(const ClaimAction &row, QAction *action)
{
    auto *button = new QToolButton(m_buttonRow);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setMinimumHeight(30);
    button->setObjectName(QLatin1String(row.buttonName));
    m_buttonRow->layout()->addWidget(button);
    m_buttons.insert(row.action, button);
    button->setVisible(false);
}

QString DetailPane::placeholderText() const
{
    return m_claim ? QString() : m_placeholder->text();
}

void DetailPane::setClaim(const Claim &claim)
{
    m_message.clear();
    m_claim = claim;
    Result<QList<Event>> events = m_workbench.events(claim.id);
    m_events = events.ok() ? *events : QList<Event>();
    populate();
}

void DetailPane::clear(const QString &message)
{
    m_message = message;
    m_claim.reset();
    m_events.clear();
    m_tick->stop();
    populate();
}

void DetailPane::reload()
{
    if (!m_claim)
        return;
    Result<Claim> claim = m_workbench.claim(m_claim->id);
    if (!claim.ok()) {
        clear();
        return;
    }
    setClaim(*claim);
}

QString DetailPane::countdownText() const
{
    return m_countdown->text();
}

QString DetailPane::refusalText() const
{
    return m_refusalBox->isHidden() ? QString() : m_refusal->text();
}

void DetailPane::showFields(const QList<claimtext::Field> &fields)
{
    // A row whose widgets are hidden takes no space in the grid, spacing included.
    int labelWidth = 0;
    for (const claimtext::Field &f : fields) {
        const auto [label, field] = m_fields.value(QLatin1String(f.key));
        if (!label)
            continue; // not a row of the form
        label->setText(tr("%1:").arg(f.label));
        field->setText(f.value);
        label->setVisible(!f.value.isEmpty());
        field->setVisible(!f.value.isEmpty());
        labelWidth = std::max(labelWidth, label->sizeHint().width());
    }
    // The values stay where they are from one claim to the next, aligned with the editors'.
    for (int row = 0; row < m_editsLayout->rowCount(); ++row)
        labelWidth =
            std::max(labelWidth, m_editsLayout->itemAt(row, QFormLayout::LabelRole)->sizeHint().width());
    m_fieldsLayout->setColumnMinimumWidth(0, labelWidth);
    for (int row = 0; row < m_editsLayout->rowCount(); ++row)
        m_editsLayout->itemAt(row, QFormLayout::LabelRole)->widget()->setMinimumWidth(labelWidth);
}

void DetailPane::populate()
{
    m_placeholder->setText(m_message.isEmpty() ? tr("Select a claim to see its details.") : m_message);
    m_timelineLabel->setText(tr("History"));
    m_timeline->setHeaderLabels(claimtext::historyHeaders());
    m_timeline->clear();
    if (!m_claim) {
        m_stack->setCurrentIndex(0);
        for (QToolButton *b : std::as_const(m_buttons))
            b->setVisible(false);
        m_refusalBox->hide();
        return;
    }
    const Claim &c = *m_claim;
    m_stack->setCurrentIndex(1);
    m_title->setText(claimtext::title(c));
    if (c.sync.state == SyncState::Failed) {
        m_refusal->setText(
            c.sync.message.isEmpty()
                ? tr("The platform refused the last action on this claim.")
                : tr("The platform refused the last action on this claim: %1").arg(c.sync.message));
        m_refusalSeen->setText(tr("Mark as seen"));
        m_refusalSeen->setToolTip(tr("The claim leaves Sync failed; it shows the platform's state."));
    }
    m_refusalBox->setVisible(c.sync.state == SyncState::Failed);

    const QList<Action> valid = rules::merchantActions(c);
    for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it)
        it.value()->setVisible(valid.contains(it.key()));

    static_cast<QLabel *>(m_editsLayout->itemAt(0, QFormLayout::LabelRole)->widget())->setText(tr("&Flag:"));
    static_cast<QLabel *>(m_editsLayout->itemAt(1, QFormLayout::LabelRole)->widget())
        ->setText(tr("&My remark:"));
    const QTimeZone zone = ClaimFormat::timeZone();
    showFields(claimtext::fields(c, zone, claimtext::Precision::Minutes));
    // The editors keep what the merchant is typing when the same claim is shown again.
    for (int f = 0; f < FlagFormat::count; ++f)
        m_flag->setItemText(f, FlagFormat::label(f));
    {
        const QSignalBlocker blockFlag(m_flag);
        m_flag->setCurrentIndex(std::clamp(c.flag, 0, FlagFormat::count - 1));
    }
    if (m_remark->property("claimId").toLongLong() != c.id || !m_remark->hasFocus())
        m_remark->setText(c.remark);
    m_remark->setProperty("claimId", c.id);
    m_remark->setPlaceholderText(tr("Only you see this; Enter saves it"));
    m_remarkSave->setText(tr("Save"));
    m_remarkSave->setEnabled(m_remark->text().trimmed() != c.remark);

    const QList<claimtext::HistoryLine> lines =
        claimtext::history(m_events, zone, claimtext::Precision::Minutes);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const claimtext::HistoryLine &line = lines.at(i);
        auto *item =
            new QTreeWidgetItem(m_timeline, {line.at, line.who, line.what, line.status, line.detail});
        item->setToolTip(4, m_events.at(i).detail);
    }
    fitTimeline();
    updateCountdown();
    if (c.deadline)
        m_tick->start();
    else
        m_tick->stop();
}

void DetailPane::updateCountdown()
{
    if (!m_claim)
        return;
    const QDateTime now = m_workbench.now();
    const Claim &c = *m_claim;
    m_countdown->setText(claimtext::deadlineSentence(c, now, m_workbench.policy()));
    const Urgency u = ClaimFormat::urgency(c, now, m_workbench.policy().dueSoonSecs);
    const QString style = QStringLiteral("color: %1;").arg(colourFor(u));
    if (m_countdown->styleSheet() != style) // restyling every second would be wasted work
        m_countdown->setStyleSheet(style);
    m_deadline->setText(c.deadline ? tr("Deadline: %1").arg(ClaimFormat::localTime(*c.deadline)) : QString());
    m_deadline->setVisible(c.deadline.has_value());
}

namespace
{

// The widest piece of `text` a line may not be broken inside (a word, a number; one
// character of Chinese).
int widestUnbreakable(const QFontMetrics &metrics, const QString &text)
{
    QTextBoundaryFinder finder(QTextBoundaryFinder::Line, text);
    int widest = 0;
    qsizetype start = 0;
    while (finder.toNextBoundary() >= 0) {
        const qsizetype end = finder.position();
        widest = std::max(widest, metrics.horizontalAdvance(text.mid(start, end - start).trimmed()));
        start = end;
    }
    return widest;
}

} // namespace

void DetailPane::fitTimeline()
{
    // Wide enough for the time, who, the action and the status whole and the detail wrapped
    // (never inside a word or a number): five columns. Narrower: the time, and the action
    // with who, the status and the detail under it.
    const int columns = m_timeline->columnCount();
    const QFontMetrics metrics = m_timeline->fontMetrics();
    const int pad =
        2 * (m_timeline->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_timeline) + 1) + 2;
    QList<int> line(columns, 0), least(columns, 0);
    auto measure = [&](int column, const QString &text) {
        line[column] = std::max(line[column], metrics.horizontalAdvance(text) + pad);
        least[column] = std::max(least[column], widestUnbreakable(metrics, text) + pad);
    };
    for (int column = 0; column < columns; ++column)
        measure(column, m_timeline->headerItem()->text(column));
    for (int i = 0; i < m_timeline->topLevelItemCount(); ++i)
        for (int column = 0; column < columns; ++column)
            measure(column, m_timeline->topLevelItem(i)->text(column));
    using Column = HistoryDelegate::Column;
    const int available = m_timeline->viewport()->width();
    const int whole = line[Column::TimeColumn] + line[Column::WhoColumn] + line[Column::WhatColumn];
    const bool compact = whole + line[Column::StatusColumn] + least[Column::DetailColumn] > available;
    m_historyDelegate->setCompact(compact);
    QHeaderView *header = m_timeline->header();
    for (int column : {Column::WhoColumn, Column::StatusColumn, Column::DetailColumn})
        header->setSectionHidden(column, compact);
    header->resizeSection(Column::TimeColumn, line[Column::TimeColumn]);
    if (compact) {
        header->resizeSection(Column::WhatColumn, std::max(0, available - line[Column::TimeColumn]));
    } else {
        for (int column : {Column::WhoColumn, Column::WhatColumn, Column::StatusColumn})
            header->resizeSection(column, line[column]);
        header->resizeSection(Column::DetailColumn, available - whole - line[Column::StatusColumn]);
    }
    // The rows' heights follow their wrapped text at the new widths.
    m_timeline->doItemsLayout();
}

bool DetailPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_timeline->viewport() && event->type() == QEvent::Resize)
        fitTimeline();
    return QWidget::eventFilter(watched, event);
}

void DetailPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        populate();
    QWidget::changeEvent(event);
}

} // namespace aftersales::ui
