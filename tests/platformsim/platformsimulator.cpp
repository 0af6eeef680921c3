#include "platformsimulator.h"

#include "controlapi.h"
#include "httpconnection.h"
#include "httpserver.h"
#include "platformendpoint.h"
#include "simstate.h"

namespace aftersales::platformsim
{

PlatformSimulator::PlatformSimulator(SimConfig config, QObject *parent)
    : QObject(parent), m_state(std::make_unique<SimState>(std::move(config))),
      m_control(std::make_unique<ControlApi>(*m_state)), m_server(new HttpServer(this)),
      m_platform(new PlatformEndpoint(*m_state, this))
{
    connect(m_server, &HttpServer::requestReceived, this, &PlatformSimulator::onRequest);
}

PlatformSimulator::~PlatformSimulator()
{
    // Connections and the endpoint go before the state they point into.
    delete m_server;
    delete m_platform;
}

bool PlatformSimulator::listen(quint16 port)
{
    return m_server->listen(port);
}

quint16 PlatformSimulator::port() const
{
    return m_server->port();
}

QUrl PlatformSimulator::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port()));
}

QString PlatformSimulator::errorString() const
{
    return m_server->errorString();
}

void PlatformSimulator::onRequest(HttpConnection *connection, const HttpRequest &request)
{
    if (ControlApi::handles(request))
        connection->respond(m_control->handle(request));
    else
        m_platform->handle(connection, request);
}

} // namespace aftersales::platformsim
