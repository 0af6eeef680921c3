#include "celltextdelegate.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QPainter>

namespace aftersales::ui
{
namespace
{

// Texts whose layouts are kept: a few pages of a list's cells.
constexpr qsizetype keptLayouts = 8000;

} // namespace

CellTextDelegate::CellTextDelegate(Qt::TextElideMode elide, QObject *parent)
    : QStyledItemDelegate(parent), m_elide(elide)
{
}

const CellTextDelegate::Laid &CellTextDelegate::laidOut(const QString &text, const QFont &font) const
{
    if (font != m_font) {
        m_laid.clear();
        m_elided.clear();
        m_font = font;
    }
    if (const auto known = m_laid.constFind(text); known != m_laid.cend())
        return *known;
    if (m_laid.size() >= keptLayouts)
        m_laid.clear();
    Laid laid;
    laid.text.setText(text);
    laid.text.setTextFormat(Qt::PlainText);
    laid.text.prepare(QTransform(), font);
    laid.width = QFontMetricsF(font).horizontalAdvance(text);
    return *m_laid.insert(text, laid);
}

const CellTextDelegate::Laid &CellTextDelegate::elided(const QString &text, int width,
                                                       const QFont &font) const
{
    laidOut(text, font); // drops what another font cut
    const std::pair<QString, int> key{text, width};
    auto cut = m_elided.constFind(key);
    if (cut == m_elided.cend()) {
        if (m_elided.size() >= keptLayouts)
            m_elided.clear();
        cut = m_elided.insert(key, QFontMetrics(font).elidedText(text, m_elide, width));
    }
    return laidOut(*cut, font);
}

void CellTextDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    const bool plain = cell.features.testFlag(QStyleOptionViewItem::HasDisplay) &&
                       !cell.features.testFlag(QStyleOptionViewItem::HasDecoration) &&
                       !cell.features.testFlag(QStyleOptionViewItem::HasCheckIndicator) &&
                       !cell.features.testFlag(QStyleOptionViewItem::WrapText) &&
                       !cell.text.contains(QLatin1Char('\n'));
    if (!plain || painter->transform().type() > QTransform::TxTranslate) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QString text = cell.text;
    cell.text.clear();
    cell.features &= ~QStyleOptionViewItem::HasDisplay;
    const QWidget *widget = option.widget;
    const QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, widget); // background, selection, focus

    // Where and how QCommonStyle draws an item's text: inside a margin either side, centred
    // on the line, in the selection's text colour when selected.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRectF room = QRectF(cell.rect).adjusted(margin, 0, -margin, 0);
    if (room.width() <= 0)
        return;
    const Laid *laid = &laidOut(text, cell.font);
    if (laid->width > room.width())
        laid = &elided(text, int(room.width()), cell.font);
    const Qt::Alignment align = QStyle::visualAlignment(cell.direction, cell.displayAlignment);
    qreal x = room.left();
    if (align & Qt::AlignRight)
        x = room.right() - laid->width;
    else if (align & Qt::AlignHCenter)
        x = room.left() + (room.width() - laid->width) / 2;
    const qreal y = room.top() + (room.height() - QFontMetricsF(cell.font).height()) / 2;
    const QPalette::ColorGroup group = !(cell.state & QStyle::State_Enabled) ? QPalette::Disabled
                                       : (cell.state & QStyle::State_Active) ? QPalette::Normal
                                                                             : QPalette::Inactive;
    painter->save();
    painter->setFont(cell.font);
    painter->setPen(cell.palette.color(group, cell.state & QStyle::State_Selected ? QPalette::HighlightedText
                                                                                  : QPalette::Text));
    painter->setClipRect(cell.rect);
    painter->drawStaticText(QPointF(x, y), laid->text);
    painter->restore();
}

} // namespace aftersales::ui
