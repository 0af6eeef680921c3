#pragma once

#include <QStyledItemDelegate>

class QTreeView;

namespace aftersales::ui
{

// The detail pane's history when the pane is too narrow for its five columns: the action's
// cell shows, one under the other, the action and who did it, the status it led to, and
// the detail, wrapped to the cell's width (the other columns but the time are hidden).
// In the wide layout it draws like any item delegate, its rows as tall as their wrapped text.
class HistoryDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    // The columns of the history, as the detail pane fills them.
    enum Column { TimeColumn, WhoColumn, WhatColumn, StatusColumn, DetailColumn };

    // Draws the items of `view` (its parent).
    explicit HistoryDelegate(QTreeView *view);

    void setCompact(bool compact) { m_compact = compact; }
    bool isCompact() const { return m_compact; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    // The lines of the compact cell: each a text and whether it is the action's line.
    QList<std::pair<QString, bool>> lines(const QModelIndex &index) const;
    int linesHeight(const QStyleOptionViewItem &option, const QModelIndex &index, int width) const;

    // The width an item of `column` is laid out in: the tree asks for row heights without one.
    int columnWidth(const QStyleOptionViewItem &option, int column) const;

    QTreeView *m_view;
    bool m_compact = false;
};

} // namespace aftersales::ui
