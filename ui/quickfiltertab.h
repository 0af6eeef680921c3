#pragma once

#include <QToolButton>

namespace aftersales::ui
{

// One quick filter as a tab with its count in a badge, red while a claim in it is overdue
// (the platform's workbench marks its tabs the same way). A checkable tool button drawn by
// the style as a tab: clicked, checked and named like any button. Its text() is the label
// with the count, "换货&补寄待处理 (42)", for screen readers.
class QuickFilterTab : public QToolButton
{
    Q_OBJECT

public:
    explicit QuickFilterTab(QWidget *parent = nullptr);

    void setLabel(const QString &label);
    QString label() const { return m_label; }
    // -1: not counted yet (no badge).
    void setCount(qint64 count);
    qint64 count() const { return m_count; }
    void setOverdue(qint64 overdue);
    qint64 overdue() const { return m_overdue; }
    // Where the tab sits in the row, for the style's rounded ends.
    void setPosition(int position) { m_position = position; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    // The badge's colours: red when overdue, the selection's colour on the current tab.
    QColor badgeColor() const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void updateText();
    QString badgeText() const;
    QSize badgeSize() const;

    QString m_label;
    qint64 m_count = -1;
    qint64 m_overdue = 0;
    int m_position = 0;
};

} // namespace aftersales::ui
