#pragma once

#include "domain/claim.h"

#include <QList>
#include <QString>

// Codes of our own enums as SQL literals, written from the enums themselves, never from
// user text. SQLite uses a partial index only when a query repeats the literal condition
// of its definition, so lists come out as the migrations wrote them: ascending.
namespace aftersales::sqlite
{

QString codes(QList<ClaimStatus> statuses); // "1, 3, 4"
QString codes(QList<ClaimType> types);      // "3, 7"
// "c.status = 1" or "c.status IN (1, 3, 4)".
QString statusCondition(const QString &column, const QList<ClaimStatus> &statuses);
QString typeCondition(const QString &column, const QList<ClaimType> &types);
// The statuses nobody acts in any more (rules::isOpen), e.g. for "NOT IN (…)".
QList<ClaimStatus> finishedStatuses();

} // namespace aftersales::sqlite
