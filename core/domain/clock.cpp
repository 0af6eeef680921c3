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

RunningClock::RunningClock(const QDateTime &start)
    : m_start(start.toUTC()), m_startedMs(QDateTime::currentMSecsSinceEpoch())
{
}

QDateTime RunningClock::now() const
{
    // Whole seconds, as the system clock's.
    const qint64 elapsed = (QDateTime::currentMSecsSinceEpoch() - m_startedMs) / 1000;
    return m_start.addSecs(elapsed);
}

} // namespace aftersales
