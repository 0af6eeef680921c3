#pragma once

#include "httpmessage.h"
#include "platformapi.h"

#include <QObject>

namespace aftersales::platformsim
{

class HttpConnection;
struct LogEntry;
struct SimState;

// The platform's side of the server: one request in, through the faults in store, the
// checks every request passes, the method, the log, the latency, and one answer out
// (or a misbehaviour on purpose).
class PlatformEndpoint : public QObject
{
    Q_OBJECT

public:
    PlatformEndpoint(SimState &state, QObject *parent);

    void handle(HttpConnection *connection, const HttpRequest &request);

private:
    QString nextLogId(qint64 now);
    void answer(HttpConnection *connection, const HttpResponse &response, int delayMs);
    void record(LogEntry entry);

    SimState &m_state;
    PlatformApi m_api;
    qint64 m_requests = 0;
};

} // namespace aftersales::platformsim
