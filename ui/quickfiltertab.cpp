#include "quickfiltertab.h"

#include <QStyleOptionTab>
#include <QStylePainter>
#include <QtMath>

namespace aftersales::ui
{

QuickFilterTab::QuickFilterTab(QWidget *parent) : QToolButton(parent)
{
    setCheckable(true);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setFocusPolicy(Qt::TabFocus);
    // Narrower than its label when the window is (see minimumSizeHint()).
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void QuickFilterTab::setLabel(const QString &label)
{
    m_label = label;
    updateText();
}

void QuickFilterTab::setCount(qint64 count)
{
    m_count = count;
    updateText();
}

void QuickFilterTab::setOverdue(qint64 overdue)
{
    m_overdue = overdue;
    update();
}

void QuickFilterTab::updateText()
{
    // A button would take the label's & for a mnemonic.
    QString text = m_label;
    text.replace(QLatin1Char('&'), QLatin1String("&&"));
    setText(m_count < 0 ? text : tr("%1 (%2)").arg(text).arg(m_count));
    updateGeometry();
    update();
}

QString QuickFilterTab::badgeText() const
{
    return m_count < 0 ? QString() : QString::number(m_count);
}

QSize QuickFilterTab::badgeSize() const
{
    if (m_count < 0)
        return {};
    const QFontMetrics metrics = fontMetrics();
    const int height = metrics.height();
    return {std::max(height, metrics.horizontalAdvance(badgeText()) + height * 2 / 3), height};
}

QColor QuickFilterTab::badgeColor() const
{
    if (m_overdue > 0)
        return QColor(0xe5, 0x39, 0x35);
    return isChecked() ? palette().color(QPalette::Highlight) : QColor(0xe3, 0xe3, 0xe3);
}

QSize QuickFilterTab::sizeHint() const
{
    // Bold or not (the current tab's label is bold), the tab keeps its width.
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    const int padding = metrics.height() * 2 / 3;
    const QSize badge = badgeSize();
    // Rounded up: a label a fraction of a pixel too wide would be elided.
    const int label = qCeil(QFontMetricsF(bold).horizontalAdvance(m_label)) + 2;
    const int width = padding + label + (badge.isValid() ? padding / 2 + badge.width() : 0) + padding;
    const int height = metrics.height() + style()->pixelMetric(QStyle::PM_TabBarTabVSpace, nullptr, this) + 6;
    return {width, height};
}

QSize QuickFilterTab::minimumSizeHint() const
{
    // A narrow window elides the labels; the counts stay.
    const QFontMetrics metrics = fontMetrics();
    const QSize badge = badgeSize();
    return {metrics.height() * 2 + metrics.horizontalAdvance(QStringLiteral("…")) * 3 +
                (badge.isValid() ? metrics.height() / 2 + badge.width() : 0),
            sizeHint().height()};
}

void QuickFilterTab::paintEvent(QPaintEvent *)
{
    QStylePainter painter(this);
    QStyleOptionTab tab;
    tab.initFrom(this);
    tab.shape = QTabBar::RoundedNorth;
    tab.rect = rect();
    tab.position = QStyleOptionTab::TabPosition(m_position);
    tab.state &= ~QStyle::State_HasFocus;
    if (isChecked())
        tab.state |= QStyle::State_Selected;
    if (underMouse())
        tab.state |= QStyle::State_MouseOver;
    painter.drawControl(QStyle::CE_TabBarTabShape, tab);

    const QFontMetrics metrics = fontMetrics();
    const int padding = metrics.height() * 2 / 3;
    QFont font = painter.font();
    font.setBold(isChecked());
    painter.setFont(font);
    const QSize badge = badgeSize();
    const int room = width() - 2 * padding - (badge.isValid() ? padding / 2 + badge.width() : 0);
    const QString label = QFontMetrics(font).elidedText(m_label, Qt::ElideRight, room);
    painter.setPen(
        palette().color(isEnabled() ? QPalette::Active : QPalette::Disabled, QPalette::WindowText));
    painter.drawText(rect().adjusted(padding, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, label);
    if (m_count < 0)
        return;
    const int x = padding + QFontMetrics(font).horizontalAdvance(label) + padding / 2;
    const QRect pill(QPoint(x, (height() - badge.height()) / 2 + 1), badge);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    const QColor colour = badgeColor();
    painter.setBrush(colour);
    painter.drawRoundedRect(pill, badge.height() / 2.0, badge.height() / 2.0);
    painter.setPen(colour.lightness() < 160 ? Qt::white : QColor(0x42, 0x42, 0x42));
    painter.setFont(this->font());
    painter.drawText(pill, Qt::AlignCenter, badgeText());
}

} // namespace aftersales::ui
