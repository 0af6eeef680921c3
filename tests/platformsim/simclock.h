#pragma once

#include "domain.h"

#include <optional>

namespace aftersales::platformsim
{

// The simulated platform's clock: the system clock (plus any advance) by default, or
// standing still at a set instant. Tests move it; the platform's automatic steps follow.
class SimClock final : public Clock
{
public:
    QDateTime now() const override;
    qint64 nowSecs() const;
    bool isFixed() const { return m_fixed.has_value(); }

    void set(const QDateTime &at);
    // A fixed clock moves by `seconds`; a running one runs `seconds` ahead from now on.
    void advance(qint64 seconds);
    // Runs on with the system clock from where it stands.
    void run();

private:
    std::optional<QDateTime> m_fixed;
    qint64 m_offsetSecs = 0;
};

} // namespace aftersales::platformsim
