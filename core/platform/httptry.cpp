#include "httptry.h"

#include "oncebody.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace aftersales::platform
{
namespace
{

// The context lupdate gives tr() calls in this namespace.
QString tr(const char *text)
{
    return QCoreApplication::translate("aftersales::platform", text);
}

// Our own words for a network error: Qt's errorString() can carry the URL, and with it the
// signature and the access token.
QString describe(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return tr("the connection was refused");
    case QNetworkReply::HostNotFoundError:
        return tr("the platform's host name was not found");
    case QNetworkReply::RemoteHostClosedError:
        return tr("the platform closed the connection before the whole answer came");
    case QNetworkReply::ContentReSendError:
        return tr("the connection closed after the request was sent, before any answer");
    case QNetworkReply::SslHandshakeFailedError:
        return tr("the secure connection could not be set up");
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        return tr("the network is down");
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
        return tr("the proxy failed");
    default:
        return tr("network error %1").arg(int(error));
    }
}

} // namespace

HttpTry::HttpTry(QNetworkAccessManager &network, const SignedRequest &request, bool write, int timeoutMs,
                 qint64 maxAnswerBytes, Done done, QObject *parent)
    : QObject(parent), m_maxAnswerBytes(maxAnswerBytes), m_timeoutMs(timeoutMs), m_done(std::move(done))
{
    QNetworkRequest r(request.url);
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    r.setHeader(QNetworkRequest::ContentLengthHeader, request.body.size());
    r.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("aftersales/" AFTERSALES_VERSION));
    // A redirect could carry a write elsewhere, or again; the platform does not redirect.
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    r.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    r.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    r.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    if (write) {
        r.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        m_reply = network.post(r, new OnceBody(request.body, this));
    } else {
        m_reply = network.post(r, request.body);
    }
    connect(m_reply, &QNetworkReply::readyRead, this, &HttpTry::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &HttpTry::onFinished);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, [this] {
        const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > m_maxAnswerBytes) {
            m_tooBig = true;
            m_reply->abort();
        }
    });
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &HttpTry::onDeadline);
    m_deadline.start(timeoutMs);
}

HttpTry::~HttpTry()
{
    cancel();
}

void HttpTry::cancel()
{
    m_done = nullptr;
    m_deadline.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
}

void HttpTry::onReadyRead()
{
    if (m_tooBig)
        return;
    if (m_body.size() + m_reply->bytesAvailable() > m_maxAnswerBytes) {
        m_tooBig = true;
        m_reply->abort();
        return;
    }
    m_body += m_reply->readAll();
}

void HttpTry::onDeadline()
{
    m_timedOut = true;
    if (m_reply)
        m_reply->abort();
}

void HttpTry::onFinished()
{
    if (!m_reply)
        return;
    m_deadline.stop();
    // The rest of the body, under the same cap.
    if (!m_tooBig && !m_timedOut)
        onReadyRead();
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();

    TryOutcome o;
    o.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    using T = TryOutcome::Transport;
    const QNetworkReply::NetworkError error = reply->error();
    if (m_tooBig) {
        o.transport = T::TooBig;
        o.detail = tr("the answer is larger than %1 MiB").arg(m_maxAnswerBytes / (1024 * 1024));
    } else if (m_timedOut) {
        o.transport = T::TimedOut;
        o.detail = tr("no answer within %1 s").arg(m_timeoutMs / 1000.0);
    } else if (error == QNetworkReply::ConnectionRefusedError || error == QNetworkReply::HostNotFoundError) {
        o.transport = T::NotDelivered;
        o.detail = describe(error);
    } else if (error == QNetworkReply::RemoteHostClosedError || error == QNetworkReply::ContentReSendError) {
        o.transport = T::Lost;
        o.detail = describe(error);
    } else if (o.httpStatus > 0 &&
               (error == QNetworkReply::NoError || error >= QNetworkReply::ContentAccessDenied)) {
        // An HTTP error status still came as a whole answer; its body is read like any other.
        o.transport = T::Answered;
        o.body = std::move(m_body);
    } else {
        o.transport = T::Failed;
        o.detail = describe(error);
    }
    end(std::move(o));
}

void HttpTry::end(TryOutcome outcome)
{
    if (Done done = std::exchange(m_done, nullptr))
        done(outcome);
}

} // namespace aftersales::platform
