#pragma once

#include "storage/claimquery.h"

#include <QHash>
#include <QWidget>

class QButtonGroup;

namespace aftersales::ui
{

class QuickFilterTab;

// The quick filters of CLI.md across the top of the window as tabs, each with its live
// count in a badge, red while a claim in it is overdue. The tabs are checkable buttons
// named "quickFilter_<name>" (e.g. quickFilter_exchange_reship_pending).
class QuickFilterBar : public QWidget
{
    Q_OBJECT

public:
    // The filters of quickfilters::bar(), or those given (a team's database adds 我的待处理).
    explicit QuickFilterBar(QWidget *parent = nullptr);
    QuickFilterBar(const QList<QuickFilter> &filters, QWidget *parent);

    QuickFilter current() const { return m_current; }
    // A filter not in the bar (the money-at-risk strip's) leaves every button unchecked.
    void setCurrent(QuickFilter filter);
    void setCount(QuickFilter filter, qint64 count);
    // Shows or hides a filter's button (a filter that means nothing here takes no room).
    void setFilterVisible(QuickFilter filter, bool visible);
    qint64 count(QuickFilter filter) const { return m_counts.value(filter, -1); }
    // Overdue claims in the filter: its badge turns red.
    void setOverdue(QuickFilter filter, qint64 overdue);
    void retranslate();

Q_SIGNALS:
    void currentChanged(aftersales::QuickFilter filter);

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void updateText(QuickFilter filter);

    QButtonGroup *m_group;
    QHash<QuickFilter, QuickFilterTab *> m_buttons;
    QHash<QuickFilter, qint64> m_counts;
    QuickFilter m_current = QuickFilter::ExchangeReshipPending;
};

} // namespace aftersales::ui
