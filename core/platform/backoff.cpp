#include "backoff.h"

#include <QRandomGenerator>

#include <algorithm>

namespace aftersales::platform
{

Backoff::Backoff(RetryPolicy policy, Random random) : m_policy(policy), m_random(std::move(random))
{
    if (!m_random)
        m_random = [] { return QRandomGenerator::global()->generateDouble(); };
}

int Backoff::delayMs(int failedTries) const
{
    const int doublings = std::clamp(failedTries - 1, 0, 30);
    const qint64 full = std::min<qint64>(qint64(std::max(m_policy.baseMs, 0)) << doublings, m_policy.capMs);
    const double draw = std::clamp(m_random(), 0.0, 1.0);
    const qint64 jittered = full / 2 + qint64(draw * double(full - full / 2));
    return int(std::min<qint64>(jittered, m_policy.capMs));
}

} // namespace aftersales::platform
