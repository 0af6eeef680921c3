#include "moneyatriskstrip.h"

#include "claimformat.h"
#include "io/claimtext.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace aftersales::ui
{

MoneyAtRiskStrip::MoneyAtRiskStrip(QWidget *parent)
    : QWidget(parent), m_button(new QPushButton(this)), m_clear(new QToolButton(this))
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
    // Its sentence is cut to the window's width (whole in the tooltip); it never makes the
    // window wider.
    m_button->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_button, 1);
    m_clear->setObjectName(QStringLiteral("clearAtRiskFilter"));
    m_clear->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_clear->setIcon(style()->standardIcon(QStyle::SP_DialogCloseButton));
    m_clear->setFocusPolicy(Qt::NoFocus);
    m_clear->hide();
    layout->addWidget(m_clear);
    connect(m_clear, &QToolButton::clicked, this, &MoneyAtRiskStrip::cleared);
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
    m_clear->setVisible(active);
    updateText();
}

bool MoneyAtRiskStrip::isActive() const
{
    return m_button->isChecked();
}

QString MoneyAtRiskStrip::text() const
{
    return m_text;
}

void MoneyAtRiskStrip::setText(const QString &text)
{
    // While it filters the list, the strip says so first: the list is not a quick filter's.
    m_text = m_button->isChecked() ? tr("Filter: %1").arg(text) : text;
    showText();
}

void MoneyAtRiskStrip::showText()
{
    // The style sheet's padding and border, and the bold of the active strip.
    QFont font = m_button->font();
    font.setBold(m_button->isChecked());
    const int room = m_button->width() - 2 * 8 - 2 * 2;
    m_button->setText(QFontMetrics(font).elidedText(m_text, Qt::ElideRight, std::max(room, 0)));
}

void MoneyAtRiskStrip::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    showText();
}

void MoneyAtRiskStrip::updateText()
{
    m_clear->setText(tr("Clear filter"));
    m_clear->setToolTip(tr("Show the list you had before the money-at-risk filter"));
    if (m_risk.claims == 0) {
        setText(tr("Money at risk: no deadline of yours lapses in the next 24 hours."));
        m_button->setEnabled(m_button->isChecked());
        m_button->setToolTip(m_text);
        return;
    }
    m_button->setEnabled(true);
    // The parts partition the claims: each lapsing deadline is an auto-approval or a late
    // shipment; compensations and automatic refunds are what some late shipments cost.
    const int lateShipments = m_risk.claims - m_risk.autoApprovals;
    QStringList parts;
    if (m_risk.autoApprovals > 0)
        parts << tr("%n auto-approval(s)", nullptr, m_risk.autoApprovals);
    if (lateShipments > 0) {
        QStringList costs;
        if (m_risk.compensationCents > 0)
            costs << tr("%1 compensation").arg(claimtext::money(m_risk.compensationCents));
        if (m_risk.autoRefunds > 0)
            costs << tr("%n of them also refunded in full, %1", nullptr, m_risk.autoRefunds)
                         .arg(claimtext::money(m_risk.refundCents));
        const QString late = tr("%n late shipment(s)", nullptr, lateShipments);
        parts << (costs.isEmpty() ? late : tr("%1 (%2)").arg(late, costs.join(tr("; "))));
    }
    const qint64 total = m_risk.compensationCents + m_risk.refundCents;
    setText(tr("Money at risk in the next 24 h: %1 on %n claim(s) — %2", nullptr, m_risk.claims)
                .arg(claimtext::money(total), parts.join(QStringLiteral(" · "))));
    m_button->setToolTip(
        m_text + QStringLiteral("\n\n") +
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
