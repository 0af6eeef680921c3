#pragma once

#include "backoff.h"

#include <QString>
#include <QUrl>

namespace aftersales::platform
{

// Qt opens at most six connections to one host and queues the rest: a request waiting there
// would spend its try's time before it is even sent. No more are in flight at once.
constexpr int mostRequestsInFlight = 6;

// How a PlatformClient reaches the platform. Not a credential store: the app secret comes
// from AFTERSALES_APP_SECRET or the keyring unless `appSecret` is given (the Connect
// dialog checks a typed secret with token/create before it stores it).
struct PlatformConfig {
    QUrl baseUrl = QUrl(QStringLiteral("https://openapi-fxg.jinritemai.com"));
    QString appKey;
    QString shopId;
    QString appSecret;     // empty: the environment, then the keyring
    RetryPolicy retry;     // tries, the time of each, back-off
    int maxConcurrent = 4; // requests in flight at once
    qint64 maxAnswerBytes = 8 * 1024 * 1024;
};

} // namespace aftersales::platform
