#pragma once

#include <QDateTime>

namespace aftersales
{

// Core never reads the wall clock itself: whoever builds the workbench hands it a clock.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override;
};

// A clock that starts at a given instant and runs from there as the system clock does:
// `sweep --watch --now …`, which must see deadlines come.
class RunningClock final : public Clock
{
public:
    explicit RunningClock(const QDateTime &start);
    QDateTime now() const override;

private:
    QDateTime m_start;
    qint64 m_startedMs;
};

// A clock that stands still until it is moved: the command line's --now, and tests.
class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime at) : m_at(at.toUTC()) {}
    QDateTime now() const override { return m_at; }
    void set(const QDateTime &at) { m_at = at.toUTC(); }
    void advance(qint64 seconds) { m_at = m_at.addSecs(seconds); }

private:
    QDateTime m_at;
};

} // namespace aftersales
