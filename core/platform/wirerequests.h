#pragma once

#include "parsed.h"
#include "wirevalues.h"

#include <QJsonObject>

// The param_json objects of each method (PLATFORM.md), after checking the caller's values:
// a value the platform could only refuse is refused here, before anything is sent.
namespace aftersales::platform::wirerequests
{

// The action codes of afterSale/operate.
bool isOperateType(int type);
// The refusals (502, 302, 312, 102, 112, 202) carry a reject reason code.
bool isRefusalType(int type);

Parsed<QJsonObject> tokenCreate(const QString &shopId);
Parsed<QJsonObject> tokenRefresh(const QString &refreshToken);
Parsed<QJsonObject> list(const ListQuery &query);
Parsed<QJsonObject> detail(qint64 aftersaleId);
Parsed<QJsonObject> operate(const OperateRequest &request);
Parsed<QJsonObject> fillLogistics(qint64 aftersaleId, const QString &companyCode, const QString &trackingNo);
QJsonObject rejectReasons();

} // namespace aftersales::platform::wirerequests
