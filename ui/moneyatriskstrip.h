#pragma once

#include "claimreader.h"

#include <QWidget>

class QPushButton;
class QToolButton;

namespace aftersales::ui
{

// Above the list: what lapsing deadlines of the next 24 hours cost (auto-approvals,
// late-shipment compensations, automatic refunds), in yuan. Clicking it shows those claims.
class MoneyAtRiskStrip : public QWidget
{
    Q_OBJECT

public:
    explicit MoneyAtRiskStrip(QWidget *parent = nullptr);

    void setRisk(const MoneyAtRisk &risk);
    const MoneyAtRisk &risk() const { return m_risk; }
    // Whether the list shows the strip's claims: the strip is checked, says it filters and
    // shows its clear button.
    void setActive(bool active);
    bool isActive() const;
    QString text() const;

Q_SIGNALS:
    void clicked();
    // The merchant clears the strip's filter (its clear button).
    void cleared();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateText();
    void setText(const QString &text);
    // The sentence, cut to the strip's width.
    void showText();

    QPushButton *m_button;
    // Shown while the list is the strip's: the way back to the list before.
    QToolButton *m_clear;
    MoneyAtRisk m_risk;
    QString m_text;
};

} // namespace aftersales::ui
