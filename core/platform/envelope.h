#pragma once

#include "callkind.h"
#include "parsed.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

// The envelope every answer comes in: {"code", "msg", "sub_code", "sub_msg", "log_id",
// "data"}, and the error table of PLATFORM.md that turns it into what the caller does.
namespace aftersales::platform
{

struct Envelope {
    int code = 0;
    QString msg;
    QString subCode;
    QString subMsg;
    QString logId;
    QJsonObject data; // an object when code is 10000 (possibly {}), else what came, if anything
};

namespace envelope
{

constexpr int success = 10000;
constexpr int serviceError = 20000;
constexpr int authorizationGone = 30001;
constexpr int signatureMissing = 40001;
constexpr int accessDenied = 40003;
constexpr int businessFailed = 50002;
constexpr int trafficLimited = 60000;

// The body must be one JSON object with an integer code in [0, 999999], string msg/sub_code/
// sub_msg/log_id when present, and an object data on success.
Parsed<Envelope> parse(const QByteArray &body);
CallKind classify(const Envelope &e);
// The sentence for a failed envelope: names the method, the code, sub_code and sub_msg
// (control characters removed, shortened), never a credential.
QString describe(const QString &method, CallKind kind, const Envelope &e);
// The platform's wording made safe to show: control characters become spaces, at most 300 characters.
QString displayText(const QString &platformText);

} // namespace envelope
} // namespace aftersales::platform
