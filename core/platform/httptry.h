#pragma once

#include "signer.h"

#include <QByteArray>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <functional>

class QNetworkAccessManager;

namespace aftersales::platform
{

// How one HTTP exchange ended, before anything in it is read.
struct TryOutcome {
    enum class Transport {
        Answered,     // a complete HTTP answer (any status)
        NotDelivered, // refused or no such host: the request never reached the platform
        TimedOut,     // no complete answer within the try's time
        Lost,         // the connection closed or reset before the whole answer came
        TooBig,       // the answer passed the size cap and was abandoned
        Failed,       // any other network failure
    };
    Transport transport = Transport::Failed;
    int httpStatus = 0;
    QByteArray body;
    QString detail; // for the user; never a URL (a signed URL carries credentials)
};

// One POST of a signed request with a deadline and a cap on the answer's size. A write's
// body can be sent only once (OnceBody): Qt's silent resend of a POST is ruled out.
class HttpTry final : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const TryOutcome &)>;

    HttpTry(QNetworkAccessManager &network, const SignedRequest &request, bool write, int timeoutMs,
            qint64 maxAnswerBytes, Done done, QObject *parent = nullptr);
    ~HttpTry() override;

    // Abandons the exchange without calling back.
    void cancel();

private:
    void onReadyRead();
    void onFinished();
    void onDeadline();
    void end(TryOutcome outcome);

    QPointer<QNetworkReply> m_reply; // owned by the network access manager
    QTimer m_deadline;
    qint64 m_maxAnswerBytes;
    int m_timeoutMs;
    QByteArray m_body;
    bool m_timedOut = false;
    bool m_tooBig = false;
    Done m_done;
};

} // namespace aftersales::platform
