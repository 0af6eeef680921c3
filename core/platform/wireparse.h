#pragma once

#include "parsed.h"
#include "wirevalues.h"

#include <QJsonObject>

// Reading the `data` of a successful answer into the wire values, strictly: a missing field,
// a wrong type, an id that is not a string of digits, a code RULES.md does not know, a time
// or amount out of range, or more items than asked refuses the whole answer with a sentence
// naming the field. Nothing of a refused answer is handed over.
namespace aftersales::platform::wireparse
{

// Times the platform may send: 2000-01-01 to 2100-01-01 (Unix seconds).
constexpr qint64 earliestTime = 946684800;
constexpr qint64 latestTime = 4102444800;
constexpr qint64 largestAmount = 1000000000000; // fen

// One List item; `path` names it in messages ("data.items[3]").
Parsed<PlatformClaim> claim(const QJsonObject &item, const QString &path);
Parsed<ListPage> listPage(const QJsonObject &data, const ListQuery &asked);
Parsed<ClaimDetail> detail(const QJsonObject &data, qint64 askedId);
// Every claim sent is answered exactly once, and nothing else.
Parsed<QList<OperateResult>> operateAnswer(const QJsonObject &data, const OperateRequest &sent);
Parsed<QList<RejectReason>> rejectReasons(const QJsonObject &data);
Parsed<TokenAnswer> token(const QJsonObject &data);

} // namespace aftersales::platform::wireparse
