#pragma once

#include <QLayout>
#include <QList>
#include <QStyle>

namespace aftersales::ui
{

// Lays its widgets out left to right and onto the next line when the width runs out: the
// detail pane's action buttons in a narrow pane (Qt's flow layout example, in short).
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    // Places the items in `rect` (or only measures) and returns the height used.
    int arrange(const QRect &rect, bool place) const;
    int spacingOr(QStyle::PixelMetric metric) const;

    QList<QLayoutItem *> m_items;
};

} // namespace aftersales::ui
