#include "httpserver.h"

#include "httpconnection.h"

#include <QTcpSocket>

namespace aftersales::platformsim
{

HttpServer::HttpServer(QObject *parent) : QObject(parent)
{
    // A client such as QNetworkAccessManager opens several connections at once.
    m_server.setMaxPendingConnections(256);
    connect(&m_server, &QTcpServer::newConnection, this, &HttpServer::onNewConnection);
}

bool HttpServer::listen(quint16 port)
{
    return m_server.listen(QHostAddress::LocalHost, port);
}

quint16 HttpServer::port() const
{
    return m_server.serverPort();
}

QString HttpServer::errorString() const
{
    return m_server.errorString();
}

void HttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        auto *connection = new HttpConnection(socket, this);
        connect(connection, &HttpConnection::requestReceived, this, &HttpServer::requestReceived);
    }
}

} // namespace aftersales::platformsim
