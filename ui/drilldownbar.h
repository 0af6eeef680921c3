#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace aftersales::ui
{

// Above the list while it shows a drill-down from the Insight view: which claims these are,
// and a button that clears the filter.
class DrillDownBar : public QFrame
{
    Q_OBJECT

public:
    explicit DrillDownBar(QWidget *parent = nullptr);

    void setDescription(const QString &description);
    QString description() const;

Q_SIGNALS:
    void cleared();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_text;
    QToolButton *m_clear;
    QString m_description;
};

} // namespace aftersales::ui
