#include "filterbar.h"

#include "domain/names.h"
#include "flagformat.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>

namespace aftersales::ui
{
namespace
{

// The type combo's entries: several claim types can share one entry (仅退款).
QList<QList<ClaimType>> typeGroups()
{
    return {{},
            {ClaimType::RefundShipped, ClaimType::RefundUnshipped},
            {ClaimType::ReturnRefund},
            {ClaimType::Exchange},
            {ClaimType::Reship}};
}

} // namespace

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent), m_typeLabel(new QLabel(this)), m_type(new QComboBox(this)),
      m_statusLabel(new QLabel(this)), m_status(new QComboBox(this)), m_flagLabel(new QLabel(this)),
      m_flag(new QComboBox(this)), m_assigneeLabel(new QLabel(this)), m_assignee(new QComboBox(this)),
      m_search(new QLineEdit(this)), m_searchDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("filterBar"));
    m_type->setObjectName(QStringLiteral("typeFilter"));
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_flag->setObjectName(QStringLiteral("flagFilter"));
    m_flagLabel->setBuddy(m_flag);
    m_assignee->setObjectName(QStringLiteral("assigneeFilter"));
    m_assigneeLabel->setBuddy(m_assignee);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    m_typeLabel->setBuddy(m_type);
    m_statusLabel->setBuddy(m_status);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_typeLabel);
    layout->addWidget(m_type);
    layout->addSpacing(8);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_status);
    layout->addSpacing(8);
    layout->addWidget(m_flagLabel);
    layout->addWidget(m_flag);
    layout->addSpacing(8);
    layout->addWidget(m_assigneeLabel);
    layout->addWidget(m_assignee);
    layout->addStretch(1);
    layout->addWidget(m_search, 2);

    fillTypes();
    fillStatuses();
    fillFlags();
    fillAssignees();
    retranslate();

    connect(m_type, &QComboBox::currentIndexChanged, this, &FilterBar::changed);
    connect(m_status, &QComboBox::currentIndexChanged, this, &FilterBar::changed);
    connect(m_flag, &QComboBox::currentIndexChanged, this, &FilterBar::changed);
    connect(m_assignee, &QComboBox::currentIndexChanged, this, &FilterBar::changed);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &FilterBar::changed);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay->stop();
        Q_EMIT changed();
    });
}

void FilterBar::applyTo(ClaimQuery &query) const
{
    query.type.reset();
    query.types = typeGroups().value(std::max(0, m_type->currentIndex()));
    query.status.reset();
    if (m_status->currentIndex() > 0)
        query.status = static_cast<ClaimStatus>(m_status->currentData().toInt());
    query.flag.reset();
    if (m_flag->currentIndex() > 0)
        query.flag = m_flag->currentData().toInt();
    query.me = m_me;
    query.assignee.reset();
    switch (m_assignee->currentIndex()) {
    case 0: // anyone
        break;
    case 1:
        query.assignee = m_me;
        break;
    case 2: // nobody
        query.assignee = QString(QLatin1String(""));
        break;
    default:
        query.assignee = m_assignee->currentData().toString();
        break;
    }
    query.search = m_search->text().trimmed();
}

void FilterBar::setAssignees(const QString &me, const QStringList &agents)
{
    m_me = me;
    m_agents = agents;
    m_agents.removeAll(me);
    fillAssignees();
}

void FilterBar::reset()
{
    const QSignalBlocker type(m_type);
    const QSignalBlocker status(m_status);
    const QSignalBlocker flag(m_flag);
    const QSignalBlocker assignee(m_assignee);
    const QSignalBlocker search(m_search);
    m_type->setCurrentIndex(0);
    m_status->setCurrentIndex(0);
    m_flag->setCurrentIndex(0);
    m_assignee->setCurrentIndex(0);
    m_search->clear();
    m_searchDelay->stop();
}

void FilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void FilterBar::fillTypes()
{
    const QSignalBlocker blocker(m_type);
    const int current = std::max(0, m_type->currentIndex());
    m_type->clear();
    m_type->addItem(tr("All"));
    m_type->addItem(tr("Refund only"));
    m_type->addItem(names::typeLabel(ClaimType::ReturnRefund));
    m_type->addItem(names::typeLabel(ClaimType::Exchange));
    m_type->addItem(names::typeLabel(ClaimType::Reship));
    m_type->setCurrentIndex(current);
}

void FilterBar::fillStatuses()
{
    const QSignalBlocker blocker(m_status);
    const int current = std::max(0, m_status->currentIndex());
    m_status->clear();
    m_status->addItem(tr("All"), 0);
    for (ClaimStatus s : names::allStatuses())
        m_status->addItem(names::statusLabel(s), int(s));
    m_status->setCurrentIndex(current);
}

void FilterBar::fillFlags()
{
    const QSignalBlocker blocker(m_flag);
    const int current = std::max(0, m_flag->currentIndex());
    m_flag->clear();
    m_flag->addItem(tr("All"), -1);
    for (int f = 0; f < FlagFormat::count; ++f)
        m_flag->addItem(FlagFormat::dot(f), FlagFormat::label(f), f);
    m_flag->setCurrentIndex(current);
}

void FilterBar::fillAssignees()
{
    const QSignalBlocker blocker(m_assignee);
    const QString current = m_assignee->currentIndex() > 2 ? m_assignee->currentData().toString() : QString();
    const int index = std::max(0, m_assignee->currentIndex());
    m_assignee->clear();
    m_assignee->addItem(tr("Anyone"));
    m_assignee->addItem(m_me.isEmpty() ? tr("Me") : tr("Me (%1)").arg(m_me));
    m_assignee->addItem(tr("Nobody"));
    for (const QString &agent : std::as_const(m_agents))
        m_assignee->addItem(agent, agent);
    const int again = current.isEmpty() ? std::min(index, 2) : m_assignee->findData(current);
    m_assignee->setCurrentIndex(std::max(0, again));
}

void FilterBar::retranslate()
{
    m_typeLabel->setText(tr("&Type:"));
    m_statusLabel->setText(tr("St&atus:"));
    m_flagLabel->setText(tr("Fla&g:"));
    m_assigneeLabel->setText(tr("Ass&ignee:"));
    m_search->setPlaceholderText(tr("Search order, claim, buyer, product, tracking number"));
    fillTypes();
    fillStatuses();
    fillFlags();
    fillAssignees();
}

void FilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace aftersales::ui
