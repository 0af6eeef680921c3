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
// status, the platform's flag, and the search box (order id, claim id, buyer, product, tracking number).
class FilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit FilterBar(QWidget *parent = nullptr);

    // Sets type, types, status and search of `query`.
    void applyTo(ClaimQuery &query) const;
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

    QLabel *m_typeLabel;
    QComboBox *m_type;
    QLabel *m_statusLabel;
    QComboBox *m_status;
    QLabel *m_flagLabel;
    QComboBox *m_flag;
    QLineEdit *m_search;
    QTimer *m_searchDelay;
};

} // namespace aftersales::ui
