#pragma once

#include "claimreader.h"

#include <QWidget>

class QPushButton;

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
    void setActive(bool active);
    QString text() const;

Q_SIGNALS:
    void clicked();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateText();
    void setText(const QString &text);
    // The sentence, cut to the strip's width.
    void showText();

    QPushButton *m_button;
    MoneyAtRisk m_risk;
    QString m_text;
};

} // namespace aftersales::ui
