#include "historydelegate.h"

#include <QApplication>
#include <QHeaderView>
#include <QPainter>
#include <QTextLayout>
#include <QTreeView>

namespace aftersales::ui
{
namespace
{

int margin(const QStyleOptionViewItem &option)
{
    const QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    return style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, option.widget) + 1;
}

// Lays `text` out in lines of `width` and returns its height; draws it at `origin` when a
// painter is given.
int layOut(const QString &text, const QFont &font, int width, QPainter *painter = nullptr,
           const QPointF &origin = {})
{
    QTextLayout layout(text, font);
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(textOption);
    layout.beginLayout();
    qreal height = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, height));
        height += line.height();
    }
    layout.endLayout();
    if (painter)
        layout.draw(painter, origin);
    return qCeil(height);
}

} // namespace

HistoryDelegate::HistoryDelegate(QTreeView *view) : QStyledItemDelegate(view), m_view(view) {}

int HistoryDelegate::columnWidth(const QStyleOptionViewItem &option, int column) const
{
    return option.rect.width() > 0 ? option.rect.width() : m_view->header()->sectionSize(column);
}

QList<std::pair<QString, bool>> HistoryDelegate::lines(const QModelIndex &index) const
{
    auto text = [&](int column) { return index.siblingAtColumn(column).data().toString(); };
    QList<std::pair<QString, bool>> out;
    const QString who = text(WhoColumn);
    out.append({who.isEmpty() ? text(WhatColumn) : text(WhatColumn) + QStringLiteral(" · ") + who, true});
    for (int column : {StatusColumn, DetailColumn})
        if (!text(column).isEmpty())
            out.append({text(column), false});
    return out;
}

int HistoryDelegate::linesHeight(const QStyleOptionViewItem &option, const QModelIndex &index,
                                 int width) const
{
    QFont bold = option.font;
    bold.setBold(true);
    int height = 0;
    for (const auto &[text, first] : lines(index))
        height += layOut(text, first ? bold : option.font, width);
    return height;
}

void HistoryDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    if (!m_compact || index.column() != WhatColumn) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);

    const int m = margin(option);
    const int width = option.rect.width() - 2 * m;
    const bool selected = option.state & QStyle::State_Selected;
    QFont bold = option.font;
    bold.setBold(true);
    painter->save();
    qreal y = option.rect.top() + 1;
    for (const auto &[text, first] : lines(index)) {
        QColor colour = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
        if (!first && !selected)
            colour = option.palette.color(QPalette::PlaceholderText);
        painter->setPen(colour);
        y += layOut(text, first ? bold : option.font, width, painter, QPointF(option.rect.left() + m, y));
    }
    painter->restore();
}

QSize HistoryDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // The style wraps text only inside a valid rectangle.
    QStyleOptionViewItem sized = option;
    sized.rect = QRect(0, 0, columnWidth(option, index.column()), std::max(option.rect.height(), 1));
    const QSize size = QStyledItemDelegate::sizeHint(sized, index);
    if (!m_compact || index.column() != WhatColumn)
        return size;
    const int width = sized.rect.width() - 2 * margin(option);
    if (width <= 0)
        return size;
    return QSize(size.width(), std::max(size.height(), linesHeight(option, index, width) + 2));
}

} // namespace aftersales::ui
