#pragma once

#include <functional>

namespace aftersales::platform
{

// Bounded retries of one call in a round (PLATFORM.md): at most maxTries tries, each given
// timeoutMs; between them a wait starting at baseMs and doubling up to capMs. The base is
// configurable so that tests wait milliseconds instead of seconds.
struct RetryPolicy {
    int maxTries = 5;
    int timeoutMs = 15000;
    int baseMs = 1000;
    int capMs = 30000;
};

class Backoff
{
public:
    // A uniform draw in [0, 1); the default is QRandomGenerator's.
    using Random = std::function<double()>;

    explicit Backoff(RetryPolicy policy = {}, Random random = {});

    // The wait after `failedTries` tries failed (1 for the wait before the second try):
    // d = min(base * 2^(failedTries-1), cap), drawn uniformly in [d/2, d) so that clients
    // that failed together do not come back together; never more than the cap.
    int delayMs(int failedTries) const;
    bool mayTryAgain(int triesMade) const { return triesMade < m_policy.maxTries; }
    const RetryPolicy &policy() const { return m_policy; }

private:
    RetryPolicy m_policy;
    Random m_random;
};

} // namespace aftersales::platform
