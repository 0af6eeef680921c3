#include "detailpane.h"

#include "claimformat.h"
#include "domain/names.h"
#include "flagformat.h"
#include "io/claimtext.h"
#include "workbench.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <array>

namespace aftersales::ui
{
namespace
{

// The claimtext field each row of the form shows (the deadline has a line of its own).
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
    FieldRow{"remark", "detailRemark"},
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
      m_deadline(new QLabel(this)), m_buttonRow(new QWidget(this)), m_form(new QWidget(this)),
      m_formLayout(new QFormLayout(m_form)), m_edits(new QWidget(this)),
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
    m_formLayout->setContentsMargins(0, 0, 0, 0);
    m_formLayout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (const FieldRow &row : fieldRows) {
        auto *field = new QLabel(m_form);
        field->setObjectName(QLatin1String(row.objectName));
        field->setWordWrap(true);
        field->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_formLayout->addRow(new QLabel(m_form), field);
        m_formLayout->setRowVisible(field, false);
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
    m_timeline->header()->setStretchLastSection(true);
    m_timeline->setMinimumHeight(140);
    m_timelineLabel->setBuddy(m_timeline);

    auto *buttons = new QHBoxLayout(m_buttonRow);
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addStretch(1);

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
    m_stack->addWidget(page);
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
    auto *layout = static_cast<QHBoxLayout *>(m_buttonRow->layout());
    layout->insertWidget(layout->count() - 1, button);
    m_buttons.insert(row.action, button);
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

void DetailPane::showRow(const QString &label, const QString &value, const char *objectName)
{
    auto *field = m_form->findChild<QLabel *>(QLatin1String(objectName), Qt::FindDirectChildrenOnly);
    Q_ASSERT(field);
    static_cast<QLabel *>(m_formLayout->labelForField(field))->setText(label);
    field->setText(value);
    m_formLayout->setRowVisible(field, !value.isEmpty());
}

void DetailPane::populate()
{
    m_placeholder->setText(tr("Select a claim to see its details."));
    m_timelineLabel->setText(tr("History"));
    m_timeline->setHeaderLabels(claimtext::historyHeaders());
    m_timeline->clear();
    if (!m_claim) {
        m_stack->setCurrentIndex(0);
        for (QToolButton *b : std::as_const(m_buttons))
            b->setVisible(false);
        return;
    }
    const Claim &c = *m_claim;
    m_stack->setCurrentIndex(1);
    m_title->setText(claimtext::title(c));

    const QList<Action> valid = rules::merchantActions(c);
    for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it)
        it.value()->setVisible(valid.contains(it.key()));

    const QTimeZone zone = ClaimFormat::timeZone();
    for (const claimtext::Field &f : claimtext::fields(c, zone, claimtext::Precision::Minutes))
        for (const FieldRow &row : fieldRows)
            if (qstrcmp(row.key, f.key) == 0)
                showRow(tr("%1:").arg(f.label), f.value, row.objectName);
    // The editors keep what the merchant is typing when the same claim is shown again.
    static_cast<QLabel *>(m_editsLayout->itemAt(0, QFormLayout::LabelRole)->widget())->setText(tr("&Flag:"));
    static_cast<QLabel *>(m_editsLayout->itemAt(1, QFormLayout::LabelRole)->widget())
        ->setText(tr("&My remark:"));
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
    for (int i = 0; i < 4; ++i)
        m_timeline->resizeColumnToContents(i);
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

void DetailPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        populate();
    QWidget::changeEvent(event);
}

} // namespace aftersales::ui
