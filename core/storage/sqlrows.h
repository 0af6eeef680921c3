#pragma once

#include "domain/claim.h"
#include "storage/claimquery.h"

#include <QString>

class QSqlQuery;

// What the SQL backends read and write alike: a claim's first 27 columns (each backend's
// claimColumns() lists them in this order), the list's sort columns and LIKE's escaping.
namespace aftersales::sqlrows
{

// Columns 0-26: the claim and its order, times as UTC seconds since the epoch.
Claim claimFromColumns(const QSqlQuery &q);
QString sortColumn(SortKey key);
// A term for LIKE … ESCAPE '\': its wildcards and the escape character taken literally.
QString escapeLike(QString s);

} // namespace aftersales::sqlrows
