#pragma once

#include <QFont>
#include <QHash>
#include <QStaticText>
#include <QStyledItemDelegate>

namespace aftersales::ui
{

// The claim list's cells of one line of text. The style draws each cell's background,
// selection and focus; the delegate draws the text, elided as the column says, from a layout
// it keeps per text. Qt's own item drawing lays a cell's text out three times on every paint
// (its size, its elision, then the drawing): half of what repainting the list cost after an
// action. A cell with an icon or more than one line is left to the style.
class CellTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    CellTextDelegate(Qt::TextElideMode elide, QObject *parent);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

protected:
    struct Laid {
        QStaticText text;
        qreal width = 0;
    };
    // `text` laid out in `font` (the layouts kept are dropped when the font changes).
    const Laid &laidOut(const QString &text, const QFont &font) const;
    // `text` cut to `width` pixels in `font`, as the column elides it.
    const Laid &elided(const QString &text, int width, const QFont &font) const;

private:
    Qt::TextElideMode m_elide;
    mutable QFont m_font;
    mutable QHash<QString, Laid> m_laid;
    mutable QHash<std::pair<QString, int>, QString> m_elided;
};

} // namespace aftersales::ui
