#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace aftersales::platformsim
{

// One HTTP/1.1 request as the connection parsed it: the body is kept byte for byte,
// because the platform's signature covers exactly the bytes received.
struct HttpRequest {
    QByteArray method;
    QByteArray path;                              // before '?', still percent-encoded
    QByteArray query;                             // after '?', still percent-encoded
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased
    QByteArray body;

    QByteArray header(const QByteArray &lowerName) const;
};

struct HttpResponse {
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json; charset=utf-8");
    QByteArray body;

    static QByteArray reasonPhrase(int status);
    // Status line and headers for a body of `contentLength` bytes.
    QByteArray head(qint64 contentLength, bool keepAlive) const;
};

} // namespace aftersales::platformsim
