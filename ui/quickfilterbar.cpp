#include "quickfilterbar.h"

#include "quickfiltertab.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QStyleOptionTabBarBase>
#include <QStylePainter>

namespace aftersales::ui
{

QuickFilterBar::QuickFilterBar(QWidget *parent) : QuickFilterBar(quickfilters::bar(), parent) {}

QuickFilterBar::QuickFilterBar(const QList<QuickFilter> &filters, QWidget *parent)
    : QWidget(parent), m_group(new QButtonGroup(this))
{
    setObjectName(QStringLiteral("quickFilterBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_group->setExclusive(true);
    for (QuickFilter filter : filters) {
        auto *button = new QuickFilterTab(this);
        button->setObjectName(QStringLiteral("quickFilter_") + quickfilters::name(filter));
        button->setProperty("quickFilter", quickfilters::name(filter));
        const qsizetype at = filters.indexOf(filter);
        button->setPosition(at == 0                    ? QStyleOptionTab::Beginning
                            : at == filters.size() - 1 ? QStyleOptionTab::End
                                                       : QStyleOptionTab::Middle);
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
    QuickFilterTab *button = m_buttons.value(filter);
    if (button) {
        m_group->setExclusive(true);
        button->setChecked(true);
        return;
    }
    // An exclusive group cannot have nothing checked.
    m_group->setExclusive(false);
    for (QuickFilterTab *b : std::as_const(m_buttons))
        b->setChecked(false);
    m_group->setExclusive(true);
}

void QuickFilterBar::setCount(QuickFilter filter, qint64 count)
{
    m_counts.insert(filter, count);
    updateText(filter);
}

void QuickFilterBar::setFilterVisible(QuickFilter filter, bool visible)
{
    if (QuickFilterTab *button = m_buttons.value(filter))
        button->setVisible(visible);
}

void QuickFilterBar::setOverdue(QuickFilter filter, qint64 overdue)
{
    if (QuickFilterTab *button = m_buttons.value(filter))
        button->setOverdue(overdue);
}

void QuickFilterBar::updateText(QuickFilter filter)
{
    QuickFilterTab *button = m_buttons.value(filter);
    if (!button)
        return;
    button->setLabel(quickfilters::label(filter));
    button->setCount(m_counts.value(filter, -1));
}

void QuickFilterBar::paintEvent(QPaintEvent *)
{
    // The line the tabs stand on, across the whole bar.
    QStylePainter painter(this);
    QStyleOptionTabBarBase base;
    base.initFrom(this);
    base.shape = QTabBar::RoundedNorth;
    const int thickness = style()->pixelMetric(QStyle::PM_TabBarBaseOverlap, nullptr, this);
    base.rect = QRect(0, height() - thickness, width(), thickness);
    painter.drawPrimitive(QStyle::PE_FrameTabBarBase, base);
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
