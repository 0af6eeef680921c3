#pragma once

#include "httpmessage.h"

#include <QObject>

class QTcpSocket;

namespace aftersales::platformsim
{

// One keep-alive connection: parses requests one at a time (a pipelined request waits
// until the answer before it has gone out) and sends answers, or misbehaves on purpose
// when a fault asks it to.
class HttpConnection : public QObject
{
    Q_OBJECT

public:
    HttpConnection(QTcpSocket *socket, QObject *parent);

    // The answer to the request in hand; the next buffered request is read after it.
    void respond(const HttpResponse &response);
    // Bytes as they are (a hostile answer), then the connection is closed.
    void sendRawAndClose(const QByteArray &bytes);
    // Closes without any answer (FIN): the client cannot tell whether the write happened.
    void closeWithoutAnswer();
    // Closes with a TCP reset (RST) before anything is answered.
    void reset();

Q_SIGNALS:
    void requestReceived(aftersales::platformsim::HttpConnection *connection,
                         const aftersales::platformsim::HttpRequest &request);

private:
    enum class Parse { Incomplete, Done, Bad };

    void onReadyRead();
    Parse parseNext(HttpRequest &request);
    void refuse(int status, const QByteArray &message);
    void finish();

    QTcpSocket *m_socket;
    QByteArray m_buffer;
    bool m_busy = false;
    bool m_closing = false;
    bool m_keepAlive = true;
};

} // namespace aftersales::platformsim
