#include "simclock.h"

namespace aftersales::platformsim
{

QDateTime SimClock::now() const
{
    return QDateTime::fromSecsSinceEpoch(nowSecs(), Qt::UTC);
}

qint64 SimClock::nowSecs() const
{
    if (m_fixed)
        return m_fixed->toSecsSinceEpoch();
    return QDateTime::currentSecsSinceEpoch() + m_offsetSecs;
}

void SimClock::set(const QDateTime &at)
{
    m_fixed = QDateTime::fromSecsSinceEpoch(at.toSecsSinceEpoch(), Qt::UTC);
}

void SimClock::advance(qint64 seconds)
{
    if (m_fixed)
        m_fixed = m_fixed->addSecs(seconds);
    else
        m_offsetSecs += seconds;
}

void SimClock::run()
{
    if (m_fixed)
        m_offsetSecs = m_fixed->toSecsSinceEpoch() - QDateTime::currentSecsSinceEpoch();
    m_fixed.reset();
}

} // namespace aftersales::platformsim
