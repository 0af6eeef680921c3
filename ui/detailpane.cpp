#include "detailpane.h"

#include "claimformat.h"
#include "flagformat.h"
#include "flowlayout.h"
#include "historydelegate.h"
#include "names.h"
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

namespace aftersales::ui
{
namespace
{

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
      m_deadline(new QLabel(this)), m_buttonRow(new QWidget(this)), m_form(new QWidget(this)),
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
    m_form->setObjectName(QStringLiteral("detailFields"));
    m_fieldsLayout->setContentsMargins(0, 0, 0, 0);
    m_fieldsLayout->setColumnStretch(1, 1);
    for (const char *name : {"detailOrder", "detailProduct", "detailAmount", "detailBuyer", "detailReason",
                             "detailNote", "detailApplied", "detailOriginalShipment", "detailReturnShipment",
                             "detailShipment", "detailRejectCode", "detailRefund", "detailCompensation"}) {
        auto *label = new QLabel(m_form);
        auto *field = new QLabel(m_form);
        label->setObjectName(QLatin1String(name) + QLatin1String("Label"));
        field->setObjectName(QLatin1String(name));
        field->setWordWrap(true);
        field->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->hide();
        field->hide();
        const int row = m_fieldsLayout->rowCount();
        m_fieldsLayout->addWidget(label, row, 0, Qt::AlignLeft | Qt::AlignTop);
        m_fieldsLayout->addWidget(field, row, 1);
        m_fields.insert(QLatin1String(name), {label, field});
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
    pageLayout->addWidget(m_buttonRow);
    pageLayout->addWidget(m_form);
    pageLayout->addWidget(m_edits);
    pageLayout->addWidget(m_timelineLabel);
    pageLayout->addWidget(m_timeline, 1);

    m_stack->addWidget(m_placeholder);
    // Scrolls rather than squeezes when a small window cannot show the whole claim.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("detailScroll"));
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

void DetailPane::addActionButton(Action kind, QAction *action)
{
    auto *button = new QToolButton(m_buttonRow);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setMinimumHeight(30);
    static const QHash<Action, QString> names{{Action::Approve, QStringLiteral("detailApproveButton")},
                                              {Action::Reject, QStringLiteral("detailRejectButton")},
                                              {Action::Ship, QStringLiteral("detailShipButton")},
                                              {Action::Refund, QStringLiteral("detailRefundButton")}};
    button->setObjectName(names.value(kind, QStringLiteral("detailActionButton")));
    m_buttonRow->layout()->addWidget(button);
    m_buttons.insert(kind, button);
    button->setVisible(false);
}

void DetailPane::setClaim(const Claim &claim)
{
    m_claim = claim;
    Result<QList<Event>> events = m_workbench.events(claim.id);
    m_events = events.ok() ? *events : QList<Event>();
    populate();
}

void DetailPane::clear()
{
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

void DetailPane::showRows(const QList<FieldRow> &rows)
{
    // A row whose widgets are hidden takes no space in the grid, spacing included.
    int labelWidth = 0;
    for (const FieldRow &row : rows) {
        const auto [label, field] = m_fields.value(QLatin1String(row.objectName));
        Q_ASSERT(label && field);
        label->setText(row.label);
        field->setText(row.value);
        label->setVisible(!row.value.isEmpty());
        field->setVisible(!row.value.isEmpty());
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
    m_placeholder->setText(tr("Select a claim to see its details."));
    m_timelineLabel->setText(tr("History"));
    m_timeline->setHeaderLabels({tr("Time"), tr("Who"), tr("What"), tr("Status"), tr("Detail")});
    m_timeline->clear();
    if (!m_claim) {
        m_stack->setCurrentIndex(0);
        for (QToolButton *b : std::as_const(m_buttons))
            b->setVisible(false);
        return;
    }
    const Claim &c = *m_claim;
    m_stack->setCurrentIndex(1);
    m_title->setText(
        tr("Claim %1 · %2 · %3").arg(c.id).arg(names::typeLabel(c.type), names::statusLabel(c.status)));

    const QList<Action> valid = rules::merchantActions(c);
    for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it)
        it.value()->setVisible(valid.contains(it.key()));

    static_cast<QLabel *>(m_editsLayout->itemAt(0, QFormLayout::LabelRole)->widget())->setText(tr("&Flag:"));
    static_cast<QLabel *>(m_editsLayout->itemAt(1, QFormLayout::LabelRole)->widget())
        ->setText(tr("&My remark:"));
    showRows({
        {tr("Order:"), c.orderId, "detailOrder"},
        {tr("Product:"), c.order.product, "detailProduct"},
        {tr("Amount:"), ClaimFormat::money(c.order.amountCents), "detailAmount"},
        {tr("Buyer:"), c.order.buyer, "detailBuyer"},
        {tr("Buyer's reason:"), names::reasonLabel(c.reason), "detailReason"},
        {tr("Buyer's note:"), c.note, "detailNote"},
        {tr("Applied:"), ClaimFormat::localTime(c.appliedAt), "detailApplied"},
        {tr("Original shipment:"),
         c.order.trackingNo.isEmpty() ? tr("not shipped")
                                      : ClaimFormat::shipment(c.order.carrier, c.order.trackingNo),
         "detailOriginalShipment"},
        {tr("Buyer's return:"), ClaimFormat::shipment(c.returnCarrier, c.returnTrackingNo),
         "detailReturnShipment"},
        {tr("Replacement shipment:"), ClaimFormat::shipment(c.carrier, c.trackingNo), "detailShipment"},
        {tr("Reject reason:"), c.rejectCode ? names::rejectCodeLabel(*c.rejectCode) : QString(),
         "detailRejectCode"},
        {tr("Refunded:"), c.refundCents > 0 ? ClaimFormat::money(c.refundCents) : QString(), "detailRefund"},
        {tr("Compensation paid:"),
         c.compensationCents > 0 ? ClaimFormat::money(c.compensationCents) : QString(), "detailCompensation"},
        // The merchant's remark is shown once, in its editor below.
    });
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

    for (const Event &e : std::as_const(m_events)) {
        const QString status =
            e.from == e.to ? names::statusLabel(e.to)
                           : names::statusLabel(e.from) + QStringLiteral(" → ") + names::statusLabel(e.to);
        auto *item = new QTreeWidgetItem(m_timeline,
                                         {ClaimFormat::localTime(e.at), names::actorLabel(e.actor),
                                          names::actionLabel(e.action), status, ClaimFormat::eventDetail(e)});
        item->setToolTip(4, e.detail);
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
    m_countdown->setText(ClaimFormat::countdown(c, now, m_workbench.policy()));
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
