#include "quickfilterbar.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QToolButton>

namespace aftersales::ui
{

QuickFilterBar::QuickFilterBar(QWidget *parent) : QuickFilterBar(quickfilters::bar(), parent) {}

QuickFilterBar::QuickFilterBar(const QList<QuickFilter> &filters, QWidget *parent)
    : QWidget(parent), m_group(new QButtonGroup(this))
{
    setObjectName(QStringLiteral("quickFilterBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_group->setExclusive(true);
    for (QuickFilter filter : filters) {
        auto *button = new QToolButton(this);
        button->setObjectName(QStringLiteral("quickFilter_") + quickfilters::name(filter));
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setProperty("quickFilter", quickfilters::name(filter));
        m_group->addButton(button);
        m_buttons.insert(filter, button);
        layout->addWidget(button);
        connect(button, &QToolButton::clicked, this, [this, filter] {
            m_current = filter;
            Q_EMIT currentChanged(filter);
        });
        updateText(filter);
    }
    layout->addStretch(1);
    setCurrent(m_current);
}

void QuickFilterBar::setCurrent(QuickFilter filter)
{
    m_current = filter;
    QToolButton *button = m_buttons.value(filter);
    if (button) {
        m_group->setExclusive(true);
        button->setChecked(true);
        return;
    }
    // An exclusive group cannot have nothing checked.
    m_group->setExclusive(false);
    for (QToolButton *b : std::as_const(m_buttons))
        b->setChecked(false);
    m_group->setExclusive(true);
}

void QuickFilterBar::setCount(QuickFilter filter, qint64 count)
{
    m_counts.insert(filter, count);
    updateText(filter);
}

void QuickFilterBar::updateText(QuickFilter filter)
{
    QToolButton *button = m_buttons.value(filter);
    if (!button)
        return;
    const qint64 count = m_counts.value(filter, -1);
    QString label = quickfilters::label(filter);
    label.replace(QLatin1Char('&'), QLatin1String("&&")); // a button would take it for a mnemonic
    button->setText(count < 0 ? label : tr("%1 (%2)").arg(label).arg(count));
}

void QuickFilterBar::retranslate()
{
    for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it)
        updateText(it.key());
}

void QuickFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace aftersales::ui
