#pragma once

#include <QElapsedTimer>
#include <QList>

#include <functional>

// What the benchmarks measure with: medians, milliseconds, the event loop's longest absence,
// waiting as an idle window does, the process's memory.
namespace aftersales::bench
{

// The middle value (the upper of the two middle ones), 0 for none.
double median(QList<double> v);
double msSince(const QElapsedTimer &t);
// The longest time the event loop was away while `work` ran: a 2 ms timer notes gaps.
double longestStall(const std::function<void()> &work);
// Until `done`, waking every millisecond to look again (a busy loop would take a core from
// the threads being measured).
void waitUntil(const std::function<bool()> &done, int timeoutMs = 60000);
// A field of /proc/self/status in KiB ("VmRSS:", "VmHWM:"), -1 when unreadable.
long statusKiB(const char *field);

} // namespace aftersales::bench
