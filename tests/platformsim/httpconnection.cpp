#include "httpconnection.h"

#include <QTcpSocket>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace aftersales::platformsim
{
namespace
{

constexpr qsizetype maxHeaderBytes = 64 * 1024;
constexpr qint64 maxBodyBytes = 16 * 1024 * 1024;

} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, QObject *parent) : QObject(parent), m_socket(socket)
{
    socket->setParent(this);
    connect(socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
}

void HttpConnection::onReadyRead()
{
    m_buffer += m_socket->readAll();
    if (m_busy || m_closing)
        return;
    HttpRequest request;
    switch (parseNext(request)) {
    case Parse::Incomplete:
        return;
    case Parse::Bad:
        return;
    case Parse::Done:
        m_busy = true;
        Q_EMIT requestReceived(this, request);
        return;
    }
}

HttpConnection::Parse HttpConnection::parseNext(HttpRequest &request)
{
    const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
    if (headEnd < 0) {
        if (m_buffer.size() > maxHeaderBytes)
            refuse(431, "header too large");
        return m_buffer.size() > maxHeaderBytes ? Parse::Bad : Parse::Incomplete;
    }
    const QList<QByteArray> lines = m_buffer.left(headEnd).split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine[2].startsWith("HTTP/1.")) {
        refuse(400, "bad request line");
        return Parse::Bad;
    }
    request.method = requestLine[0];
    const QByteArray target = requestLine[1];
    const qsizetype question = target.indexOf('?');
    request.path = question < 0 ? target : target.left(question);
    request.query = question < 0 ? QByteArray() : target.mid(question + 1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            refuse(400, "bad header line");
            return Parse::Bad;
        }
        request.headers.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
    }
    if (!request.header("transfer-encoding").isEmpty()) {
        refuse(411, "send a Content-Length body");
        return Parse::Bad;
    }
    bool ok = true;
    const QByteArray lengthText = request.header("content-length");
    const qint64 length = lengthText.isEmpty() ? 0 : lengthText.toLongLong(&ok);
    if (!ok || length < 0) {
        refuse(400, "bad Content-Length");
        return Parse::Bad;
    }
    if (length > maxBodyBytes) {
        refuse(413, "body too large");
        return Parse::Bad;
    }
    if (m_buffer.size() < headEnd + 4 + length)
        return Parse::Incomplete;
    request.body = m_buffer.mid(headEnd + 4, length);
    m_buffer.remove(0, headEnd + 4 + length);
    const QByteArray connection = request.header("connection").toLower();
    m_keepAlive = requestLine[2] == "HTTP/1.1" ? connection != "close" : connection == "keep-alive";
    return Parse::Done;
}

void HttpConnection::refuse(int status, const QByteArray &message)
{
    HttpResponse response;
    response.status = status;
    response.contentType = "text/plain; charset=utf-8";
    response.body = message + '\n';
    m_socket->write(response.head(response.body.size(), false) + response.body);
    m_closing = true;
    m_socket->disconnectFromHost();
}

void HttpConnection::respond(const HttpResponse &response)
{
    // The client may have gone while its answer waited (latency, a stall).
    if (m_closing || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    m_socket->write(response.head(response.body.size(), m_keepAlive) + response.body);
    finish();
}

void HttpConnection::finish()
{
    m_busy = false;
    if (!m_keepAlive) {
        m_closing = true;
        m_socket->disconnectFromHost();
        return;
    }
    // A request that arrived while this one was answered waits in the buffer.
    if (!m_buffer.isEmpty())
        QMetaObject::invokeMethod(this, &HttpConnection::onReadyRead, Qt::QueuedConnection);
}

void HttpConnection::sendRawAndClose(const QByteArray &bytes)
{
    if (m_closing)
        return;
    m_closing = true;
    m_socket->write(bytes);
    m_socket->disconnectFromHost();
}

void HttpConnection::closeWithoutAnswer()
{
    if (m_closing)
        return;
    m_closing = true;
    m_socket->disconnectFromHost();
}

void HttpConnection::reset()
{
    if (m_closing)
        return;
    m_closing = true;
#ifdef Q_OS_UNIX
    // A zero linger time makes close() send RST instead of FIN.
    const linger noLinger{1, 0};
    ::setsockopt(int(m_socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &noLinger, sizeof noLinger);
#endif
    m_socket->abort();
    deleteLater();
}

} // namespace aftersales::platformsim
