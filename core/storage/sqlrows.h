#pragma once

#include "domain/claim.h"
#include "storage/claimquery.h"

#include <QDateTime>
#include <QString>
#include <QVariant>

#include <optional>

class QSqlQuery;

// What the SQL backends read and write alike: times, a claim's first 27 columns (each backend's
// claimColumns() lists them in this order), the list's sort columns and LIKE's escaping.
namespace aftersales::sqlrows
{

// A time column (UTC seconds since the epoch): none for NULL.
std::optional<QDateTime> timeFrom(const QVariant &v);
QDateTime timeAt(const QVariant &v);
// Columns 0-26: the claim and its order, times as UTC seconds since the epoch.
Claim claimFromColumns(const QSqlQuery &q);
QString sortColumn(SortKey key);
// A term for LIKE … ESCAPE '\': its wildcards and the escape character taken literally.
QString escapeLike(QString s);

} // namespace aftersales::sqlrows
