#pragma once

#include "storage/claimquery.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;

namespace aftersales::ui
{

// The narrowing filters beside the quick filters: claim type (全部/仅退款/退货退款/换货/补寄),
// status, the platform's flag, who holds the claim (anyone, me, nobody, an agent), and the
// search box (order id, claim id, buyer, product, tracking number).
class FilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit FilterBar(QWidget *parent = nullptr);

    // Sets type, types, status, flag, assignee, "me" and search of `query`.
    void applyTo(ClaimQuery &query) const;
    // Who "me" is (the operator; on a team's database the role logged in), and the team's
    // agents the assignee filter offers besides anyone, me and nobody.
    void setAssignees(const QString &me, const QStringList &agents);
    void focusSearch();
    // Every filter back to "All" and the search emptied, without a changed() signal.
    void reset();
    QLineEdit *searchEdit() const { return m_search; }

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillTypes();
    void fillStatuses();
    void fillFlags();
    void fillAssignees();

    QLabel *m_typeLabel;
    QComboBox *m_type;
    QLabel *m_statusLabel;
    QComboBox *m_status;
    QLabel *m_flagLabel;
    QComboBox *m_flag;
    QLabel *m_assigneeLabel;
    QComboBox *m_assignee;
    QString m_me;
    QStringList m_agents;
    QLineEdit *m_search;
    QTimer *m_searchDelay;
};

} // namespace aftersales::ui
