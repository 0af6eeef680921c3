#pragma once

#include "callkind.h"

#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace aftersales::platform
{

// What one call did, for the caller's status line and log: the method, how it ended, the
// platform's words, and what it cost. Never a credential.
struct CallRecord {
    QString method; // "afterSale.List"
    CallKind kind = CallKind::Success;
    QString message; // translated; names the method and the platform's sub_code / sub_msg
    int code = 0;    // the platform's code, 0 when no envelope came
    QString subCode;
    QString subMsg;
    QString logId;      // the platform's log_id of the last answer, for its support
    int httpStatus = 0; // of the last answer, 0 when none came
    int tries = 0;
    qint64 durationMs = 0;
    QList<int> waitsMs;        // the back-off waits between tries
    bool tokenRenewed = false; // the access token expired on the way and was renewed

    bool ok() const { return kind == CallKind::Success; }
};

// A call's answer: the record, and the value when the call succeeded.
template <typename T> struct PlatformReply {
    CallRecord record;
    std::optional<T> value;
    bool ok() const { return record.ok() && value.has_value(); }
};

// The value of a call whose success carries nothing (afterSale/fillLogistics).
struct NoData {
};

} // namespace aftersales::platform

Q_DECLARE_METATYPE(aftersales::platform::CallRecord)
