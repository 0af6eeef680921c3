#include "syncindicator.h"

namespace aftersales::ui
{

SyncIndicator::SyncIndicator(QWidget *parent) : QToolButton(parent)
{
    setObjectName(QStringLiteral("syncIndicator"));
    setAutoRaise(true);
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setPopupMode(QToolButton::InstantPopup);
    setFocusPolicy(Qt::NoFocus);
    const int icon = fontMetrics().height() - 2;
    setIconSize(QSize(icon, icon));
}

void SyncIndicator::setState(SyncMarks::Health health, const QString &text, const QString &detail)
{
    if (health != m_health || icon().isNull())
        setIcon(SyncMarks::dot(health));
    m_health = health;
    setText(text);
    setToolTip(detail);
}

} // namespace aftersales::ui
