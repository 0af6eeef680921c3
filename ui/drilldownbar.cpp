#include "drilldownbar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace aftersales::ui
{

DrillDownBar::DrillDownBar(QWidget *parent)
    : QFrame(parent), m_text(new QLabel(this)), m_clear(new QToolButton(this))
{
    setObjectName(QStringLiteral("drillDownBar"));
    m_text->setObjectName(QStringLiteral("drillDownText"));
    m_clear->setObjectName(QStringLiteral("drillDownClear"));
    m_text->setTextFormat(Qt::PlainText);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, p.color(QPalette::AlternateBase));
    setPalette(p);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 2, 2, 2);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_clear);
    retranslate();
    connect(m_clear, &QToolButton::clicked, this, &DrillDownBar::cleared);
}

void DrillDownBar::setDescription(const QString &description)
{
    m_description = description;
    retranslate();
}

QString DrillDownBar::description() const
{
    return m_description;
}

void DrillDownBar::retranslate()
{
    m_text->setText(tr("Showing from Insight: %1").arg(m_description));
    m_clear->setText(tr("Clear filter"));
    m_clear->setToolTip(tr("Show the whole list again"));
}

void DrillDownBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

} // namespace aftersales::ui
