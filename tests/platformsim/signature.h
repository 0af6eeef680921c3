#pragma once

#include <QByteArray>

namespace aftersales::platformsim::signature
{

// The open platform's request signature (PLATFORM.md): lowercase hex of HMAC-SHA256 with
// the app secret as key over
//   secret + "app_key" + K + "method" + M + "param_json" + BODY + "timestamp" + T + "v" + "2" + secret
// where BODY is the request body exactly as received.
QByteArray sign(const QByteArray &appSecret, const QByteArray &appKey, const QByteArray &method,
                const QByteArray &paramJson, const QByteArray &timestamp);

// Compares in constant time, so the answer's timing tells nothing about the expected value.
bool matches(const QByteArray &expected, const QByteArray &given);

} // namespace aftersales::platformsim::signature
