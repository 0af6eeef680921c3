#pragma once

#include <QJsonObject>
#include <QString>

namespace aftersales::platformsim
{

// A platform answer other than success: the envelope's code, msg, sub_code and sub_msg.
struct PlatformError {
    int code = 0;
    QString msg;
    QString subCode;
    QString subMsg;
};

// The errors the simulator answers (PLATFORM.md's table, and the parameter checks it
// decides on: missing → 40001, invalid → 40003, both "stop the round" for a client).
namespace errors
{
PlatformError parameterMissing(const QString &name);
PlatformError parameterInvalid(const QString &detail);
PlatformError signatureMissing();
PlatformError signatureInvalid();
PlatformError appKeyInvalid();
PlatformError methodInvalid(const QString &detail);
PlatformError timestampInvalid(const QString &detail);
PlatformError accessTokenMissing();
PlatformError accessTokenExpired();
PlatformError refreshTokenInvalid();
PlatformError authorizationMissing();
PlatformError businessFailed(const QString &reason);
PlatformError trafficLimited();
PlatformError serviceError();
// The usual error of a code, for an injected fault that names only the code.
PlatformError forCode(int code);
// The generic msg of a code (for injected faults that give only code and sub_code).
QString messageFor(int code);
} // namespace errors

namespace envelope
{
constexpr int success = 10000;

QJsonObject ok(const QString &logId, const QJsonObject &data);
QJsonObject error(const QString &logId, const PlatformError &e, const QJsonObject &data = {});
} // namespace envelope

} // namespace aftersales::platformsim
