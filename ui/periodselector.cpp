#include "periodselector.h"

#include <QButtonGroup>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace aftersales::ui
{
namespace
{

int daysOf(PeriodSelector::Preset preset)
{
    switch (preset) {
    case PeriodSelector::Preset::Days7:
        return 7;
    case PeriodSelector::Preset::Days30:
        return 30;
    case PeriodSelector::Preset::Days90:
        return 90;
    case PeriodSelector::Preset::Custom:
        break;
    }
    return 0;
}

} // namespace

PeriodSelector::PeriodSelector(QWidget *parent)
    : QWidget(parent), m_label(new QLabel(this)), m_group(new QButtonGroup(this)),
      m_from(new QDateEdit(this)), m_dash(new QLabel(QStringLiteral("–"), this)), m_to(new QDateEdit(this))
{
    setObjectName(QStringLiteral("periodSelector"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    const char *names[] = {"period7", "period30", "period90", "periodCustom"};
    for (int i = 0; i < 4; ++i) {
        auto *b = new QToolButton(this);
        b->setObjectName(QLatin1String(names[i]));
        b->setCheckable(true);
        b->setAutoRaise(false);
        m_group->addButton(b, i);
        m_buttons.append(b);
        layout->addWidget(b);
    }
    m_buttons.first()->setChecked(true);
    m_from->setObjectName(QStringLiteral("periodFrom"));
    m_to->setObjectName(QStringLiteral("periodTo"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setDate(QDate::currentDate());
    }
    m_from->setDate(QDate::currentDate().addDays(-6));
    layout->addSpacing(6);
    layout->addWidget(m_from);
    layout->addWidget(m_dash);
    layout->addWidget(m_to);
    updateDates();
    retranslate();

    connect(m_group, &QButtonGroup::idClicked, this, [this] {
        updateDates();
        Q_EMIT changed();
    });
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (preset() == Preset::Custom)
                Q_EMIT changed();
        });
}

PeriodSelector::Preset PeriodSelector::preset() const
{
    return static_cast<Preset>(std::max(0, m_group->checkedId()));
}

void PeriodSelector::setPreset(Preset preset)
{
    if (preset == this->preset())
        return;
    m_buttons.at(int(preset))->setChecked(true);
    updateDates();
    Q_EMIT changed();
}

void PeriodSelector::setCustom(QDate from, QDate to)
{
    {
        const QSignalBlocker a(m_from);
        const QSignalBlocker b(m_to);
        m_from->setDate(from);
        m_to->setDate(to);
    }
    m_buttons.at(int(Preset::Custom))->setChecked(true);
    updateDates();
    Q_EMIT changed();
}

report::Period PeriodSelector::period(const QDateTime &now, const QTimeZone &zone) const
{
    if (preset() != Preset::Custom)
        return report::period::lastDays(daysOf(preset()), now, zone);
    // The later date is the end whichever box holds it: a period is never empty.
    const QDate a = m_from->date();
    const QDate b = m_to->date();
    return report::period::days(std::min(a, b), std::max(a, b), zone);
}

void PeriodSelector::showDates(const report::Period &period)
{
    if (preset() == Preset::Custom)
        return;
    const QSignalBlocker a(m_from);
    const QSignalBlocker b(m_to);
    m_from->setDate(period.from.toTimeZone(period.zone).date());
    m_to->setDate(period.to.addSecs(-1).toTimeZone(period.zone).date());
}

void PeriodSelector::updateDates()
{
    const bool custom = preset() == Preset::Custom;
    m_from->setEnabled(custom);
    m_to->setEnabled(custom);
}

void PeriodSelector::retranslate()
{
    m_label->setText(tr("Period:"));
    m_buttons.at(0)->setText(tr("7 days"));
    m_buttons.at(1)->setText(tr("30 days"));
    m_buttons.at(2)->setText(tr("90 days"));
    m_buttons.at(3)->setText(tr("From–to"));
    m_from->setToolTip(tr("First day of the period"));
    m_to->setToolTip(tr("Last day of the period (included)"));
}

void PeriodSelector::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace aftersales::ui
