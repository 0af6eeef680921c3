#pragma once

#include "report/period.h"

#include <QWidget>

class QButtonGroup;
class QDateEdit;
class QLabel;
class QToolButton;

namespace aftersales::ui
{

// The Insight view's period: the last 7, 30 or 90 calendar days up to now, or the days from
// one date to another, in the user's time zone.
class PeriodSelector : public QWidget
{
    Q_OBJECT

public:
    enum class Preset { Days7, Days30, Days90, Custom };

    explicit PeriodSelector(QWidget *parent = nullptr);

    Preset preset() const;
    void setPreset(Preset preset);
    // The dates of the custom period (both days included); selects it.
    void setCustom(QDate from, QDate to);
    // Shows the days of `period` in the date boxes (a preset's, while they are disabled).
    void showDates(const report::Period &period);
    // The period as of `now` in `zone`.
    report::Period period(const QDateTime &now, const QTimeZone &zone) const;

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateDates();

    QLabel *m_label;
    QButtonGroup *m_group;
    QList<QToolButton *> m_buttons;
    QDateEdit *m_from;
    QLabel *m_dash;
    QDateEdit *m_to;
};

} // namespace aftersales::ui
