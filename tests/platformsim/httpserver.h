#pragma once

#include "httpmessage.h"

#include <QObject>
#include <QTcpServer>

namespace aftersales::platformsim
{

class HttpConnection;

// A plain HTTP/1.1 server on loopback: every request goes out through requestReceived
// and is answered through its connection, at once or later.
class HttpServer : public QObject
{
    Q_OBJECT

public:
    explicit HttpServer(QObject *parent = nullptr);

    bool listen(quint16 port);
    quint16 port() const;
    QString errorString() const;

Q_SIGNALS:
    void requestReceived(aftersales::platformsim::HttpConnection *connection,
                         const aftersales::platformsim::HttpRequest &request);

private:
    void onNewConnection();

    QTcpServer m_server;
};

} // namespace aftersales::platformsim
