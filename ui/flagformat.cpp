#include "flagformat.h"

#include "domain/names.h"

#include <QPainter>
#include <QPixmap>

namespace aftersales::ui
{

QColor FlagFormat::color(int flag)
{
    switch (flag) {
    case 1:
        return QColor(0x8e, 0x44, 0xad);
    case 2:
        return QColor(0x00, 0xac, 0xc1);
    case 3:
        return QColor(0x43, 0xa0, 0x47);
    case 4:
        return QColor(0xfb, 0x8c, 0x00);
    case 5:
        return QColor(0xe5, 0x39, 0x35);
    default:
        return QColor(0x9e, 0x9e, 0x9e);
    }
}

QString FlagFormat::label(int flag)
{
    return names::flagLabel(flag);
}

QIcon FlagFormat::dot(int flag)
{
    QIcon icon;
    for (int size : {12, 16, 24, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        const qreal m = size / 6.0;
        const QRectF r(m, m, size - 2 * m, size - 2 * m);
        if (flag >= 1 && flag <= 5) {
            p.setPen(Qt::NoPen);
            p.setBrush(color(flag));
        } else {
            p.setPen(QPen(color(0), size / 10.0));
            p.setBrush(Qt::NoBrush);
        }
        p.drawEllipse(r);
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace aftersales::ui
