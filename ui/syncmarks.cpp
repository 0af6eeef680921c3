#include "syncmarks.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace aftersales::ui
{
namespace
{

enum class Glyph { Arrow, Exclamation, None };

QIcon badge(const QColor &colour, Glyph glyph)
{
    QIcon icon;
    for (int size : {12, 16, 24, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        const qreal m = size / 10.0;
        p.setPen(Qt::NoPen);
        p.setBrush(colour);
        p.drawEllipse(QRectF(m, m, size - 2 * m, size - 2 * m));
        p.setBrush(Qt::white);
        const qreal c = size / 2.0;
        const qreal u = size / 16.0;
        if (glyph == Glyph::Arrow) {
            // An arrow pointing up: on its way to the platform.
            QPainterPath arrow;
            arrow.moveTo(c, c - 5 * u);
            arrow.lineTo(c + 4 * u, c);
            arrow.lineTo(c + 1.5 * u, c);
            arrow.lineTo(c + 1.5 * u, c + 5 * u);
            arrow.lineTo(c - 1.5 * u, c + 5 * u);
            arrow.lineTo(c - 1.5 * u, c);
            arrow.lineTo(c - 4 * u, c);
            arrow.closeSubpath();
            p.drawPath(arrow);
        } else if (glyph == Glyph::Exclamation) {
            p.drawRect(QRectF(c - 1.25 * u, c - 5 * u, 2.5 * u, 6.5 * u));
            p.drawEllipse(QRectF(c - 1.5 * u, c + 2.5 * u, 3 * u, 3 * u));
        }
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace

QIcon SyncMarks::icon(SyncState state)
{
    static const QIcon pending = badge(QColor(0x1e, 0x88, 0xe5), Glyph::Arrow);
    static const QIcon failed = badge(QColor(0xd3, 0x2f, 0x2f), Glyph::Exclamation);
    switch (state) {
    case SyncState::Pending:
        return pending;
    case SyncState::Failed:
        return failed;
    default:
        return {};
    }
}

QString SyncMarks::toolTip(const ClaimSync &sync)
{
    switch (sync.state) {
    case SyncState::Pending:
        return tr("Waiting to be sent to the platform");
    case SyncState::Failed:
        return sync.message.isEmpty() ? tr("Refused by the platform")
                                      : tr("Refused by the platform: %1").arg(sync.message);
    default:
        return {};
    }
}

QIcon SyncMarks::dot(Health health)
{
    switch (health) {
    case Health::Ok:
        return badge(QColor(0x43, 0xa0, 0x47), Glyph::None);
    case Health::Running:
        return badge(QColor(0x1e, 0x88, 0xe5), Glyph::Arrow);
    case Health::Offline:
        return badge(QColor(0xfb, 0x8c, 0x00), Glyph::None);
    case Health::Problem:
        return badge(QColor(0xd3, 0x2f, 0x2f), Glyph::Exclamation);
    case Health::NotConnected:
        break;
    }
    return badge(QColor(0x9e, 0x9e, 0x9e), Glyph::None);
}

} // namespace aftersales::ui
