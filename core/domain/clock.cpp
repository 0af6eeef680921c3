#include "domain/clock.h"

#include <QTimeZone>

namespace aftersales
{

QDateTime SystemClock::now() const
{
    // Whole seconds: the database stores instants to the second.
    const QDateTime t = QDateTime::currentDateTimeUtc();
    return QDateTime::fromSecsSinceEpoch(t.toSecsSinceEpoch(), Qt::UTC);
}

} // namespace aftersales
