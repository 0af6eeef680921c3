#include "moneyatriskstrip.h"

#include "claimformat.h"
#include "io/claimtext.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QPushButton>

namespace aftersales::ui
{

MoneyAtRiskStrip::MoneyAtRiskStrip(QWidget *parent) : QWidget(parent), m_button(new QPushButton(this))
{
    setObjectName(QStringLiteral("moneyAtRiskStrip"));
    m_button->setObjectName(QStringLiteral("moneyAtRisk"));
    m_button->setCheckable(true);
    m_button->setFlat(true);
    m_button->setCursor(Qt::PointingHandCursor);
    // Amber like the due-soon cells: the strip is about the same deadlines.
    m_button->setStyleSheet(QStringLiteral(
        "QPushButton { background: #fff4d6; border: 1px solid #f0c36d; border-radius: 3px; padding: 4px 8px;"
        " text-align: left; color: #5d4200; }"
        "QPushButton:checked { background: #ffe08a; border-color: #d39e00; font-weight: bold; }"
        "QPushButton:disabled { background: #f2f2f2; border-color: #dddddd; color: #777777; }"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_button);
    connect(m_button, &QPushButton::clicked, this, [this] {
        m_button->setChecked(true);
        Q_EMIT clicked();
    });
    updateText();
}

void MoneyAtRiskStrip::setRisk(const MoneyAtRisk &risk)
{
    m_risk = risk;
    updateText();
}

void MoneyAtRiskStrip::setActive(bool active)
{
    m_button->setChecked(active);
}

QString MoneyAtRiskStrip::text() const
{
    return m_button->text();
}

void MoneyAtRiskStrip::updateText()
{
    if (m_risk.claims == 0) {
        m_button->setText(tr("Money at risk: no deadline of yours lapses in the next 24 hours."));
        m_button->setEnabled(m_button->isChecked());
        m_button->setToolTip(QString());
        return;
    }
    m_button->setEnabled(true);
    QStringList parts;
    if (m_risk.autoApprovals > 0)
        parts << tr("%n auto-approval(s)", nullptr, m_risk.autoApprovals);
    if (m_risk.compensations > 0)
        parts << tr("%n compensation(s) %1", nullptr, m_risk.compensations)
                     .arg(claimtext::money(m_risk.compensationCents));
    if (m_risk.autoRefunds > 0)
        parts << tr("%n automatic full refund(s) %1", nullptr, m_risk.autoRefunds)
                     .arg(claimtext::money(m_risk.refundCents));
    const qint64 total = m_risk.compensationCents + m_risk.refundCents;
    m_button->setText(tr("Money at risk in the next 24 h: %1 on %n claim(s) — %2", nullptr, m_risk.claims)
                          .arg(claimtext::money(total), parts.join(QStringLiteral(" · "))));
    m_button->setToolTip(
        tr("Claims whose deadline falls in the next 24 hours and what letting them lapse costs. "
           "Click to list them."));
}

void MoneyAtRiskStrip::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateText();
    QWidget::changeEvent(event);
}

} // namespace aftersales::ui
