#pragma once

#include "simconfig.h"

#include <QObject>
#include <QUrl>

#include <memory>

namespace aftersales::platformsim
{

class ControlApi;
class HttpConnection;
class HttpServer;
class PlatformEndpoint;
struct HttpRequest;
struct SimState;

// The simulated 抖店 open platform: a loopback HTTP server speaking PLATFORM.md's
// after-sale API, with the control API under /_sim/. Tests make one on port 0 in their
// own process; `aftersales-platform-sim` runs one on its own.
class PlatformSimulator : public QObject
{
    Q_OBJECT

public:
    explicit PlatformSimulator(SimConfig config = {}, QObject *parent = nullptr);
    ~PlatformSimulator() override;

    // Listens on 127.0.0.1:`port` (0: any free port).
    bool listen(quint16 port = 0);
    quint16 port() const;
    QUrl baseUrl() const;
    QString errorString() const;

    // The state itself, for tests in the same process (the control API does the same
    // over HTTP).
    SimState &state() { return *m_state; }

private:
    void onRequest(HttpConnection *connection, const HttpRequest &request);

    std::unique_ptr<SimState> m_state;
    std::unique_ptr<ControlApi> m_control;
    HttpServer *m_server;
    PlatformEndpoint *m_platform;
};

} // namespace aftersales::platformsim
