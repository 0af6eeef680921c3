#include "statuschipdelegate.h"

#include "claimtablemodel.h"
#include "domain/names.h"
#include "domain/rules.h"

#include <QApplication>
#include <QPainter>
#include <QtMath>

namespace aftersales::ui
{
namespace
{

int cellMargin(const QWidget *widget)
{
    const QStyle *style = widget ? widget->style() : QApplication::style();
    return style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
}

int chipPadding(const QFontMetrics &metrics)
{
    return metrics.height() / 2;
}

// The text's width rounded up: a chip rounded down would elide its last character.
int textWidth(const QFont &font, const QString &text)
{
    return qCeil(QFontMetricsF(font).horizontalAdvance(text)) + 1;
}

} // namespace

StatusChipDelegate::StatusChipDelegate(QObject *parent) : CellTextDelegate(Qt::ElideRight, parent) {}

StatusChipDelegate::Tone StatusChipDelegate::toneFor(ClaimStatus status, Urgency urgency)
{
    if (urgency == Urgency::Overdue && rules::isOpen(status))
        return {QColor(0xfd, 0xe2, 0xe1), QColor(0xb7, 0x1c, 0x1c)};
    if (rules::merchantActsNext(status))
        return {QColor(0xff, 0xed, 0xd5), QColor(0xb5, 0x47, 0x08)};
    if (status == ClaimStatus::InArbitration || status == ClaimStatus::PlatformIntervention)
        return {QColor(0xef, 0xe3, 0xf7), QColor(0x6a, 0x1b, 0x9a)};
    if (rules::isOpen(status))
        return {QColor(0xdd, 0xec, 0xfb), QColor(0x15, 0x57, 0xa8)};
    return {QColor(0xec, 0xec, 0xec), QColor(0x5f, 0x5f, 0x5f)};
}

int StatusChipDelegate::extraWidth(const QWidget *widget)
{
    const QFontMetrics metrics = widget ? widget->fontMetrics() : QFontMetrics(QApplication::font());
    return 2 * chipPadding(metrics) + 2 * cellMargin(widget) + 1;
}

void StatusChipDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    const QString text = cell.text;
    cell.text.clear();
    const QWidget *widget = option.widget;
    const QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, widget); // background, selection
    if (text.isEmpty())
        return;

    const std::optional<ClaimStatus> status =
        names::parseStatus(index.data(ClaimTableModel::RawRole).toString());
    const Tone tone = toneFor(status.value_or(ClaimStatus::Closed),
                              Urgency(index.data(ClaimTableModel::UrgencyRole).toInt()));
    const QFontMetrics metrics = option.fontMetrics;
    const int padding = chipPadding(metrics);
    const QRect room = option.rect.adjusted(cellMargin(widget), 2, -cellMargin(widget), -2);
    const int height = std::min(room.height(), metrics.height() + 2);
    const Laid *laid = &laidOut(text, option.font);
    // The text's width rounded up: a chip rounded down would elide its last character.
    const int width = std::min(room.width(), qCeil(laid->width) + 1 + 2 * padding);
    const QRect chip(room.left(), room.top() + (room.height() - height) / 2, width, height);
    if (laid->width > chip.width() - 2 * padding)
        laid = &elided(text, chip.width() - 2 * padding, option.font);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(tone.background);
    painter->drawRoundedRect(chip, height / 2.0, height / 2.0);
    painter->setPen(tone.text);
    painter->setFont(option.font);
    painter->drawStaticText(QPointF(chip.left() + (chip.width() - laid->width) / 2,
                                    chip.top() + (chip.height() - QFontMetricsF(option.font).height()) / 2),
                            laid->text);
    painter->restore();
}

QSize StatusChipDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QString text = index.data().toString();
    size.setWidth(textWidth(option.font, text) + extraWidth(option.widget));
    return size;
}

} // namespace aftersales::ui
