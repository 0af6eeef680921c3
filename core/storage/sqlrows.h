#pragma once

#include "domain/claim.h"
#include "storage/claimquery.h"

#include <QDateTime>
#include <QString>
#include <QVariant>

#include <optional>

class QSqlQuery;

// What the SQL backends read and write alike: times, a claim's first 27 columns (each backend's
// claimColumns() lists them in this order), the list's sort columns, LIKE's escaping, and what
// reports ask of the columns both keep on a claim (storage/milestones.h).
namespace aftersales::sqlrows
{

// A time column (UTC seconds since the epoch): none for NULL.
std::optional<QDateTime> timeFrom(const QVariant &v);
QDateTime timeAt(const QVariant &v);
// The lower bound of a due date (Storage::dueClaims()'s `from`): none when invalid.
qint64 dueFrom(const QDateTime &from);
// Columns 0-26: the claim and its order, times as UTC seconds since the epoch.
Claim claimFromColumns(const QSqlQuery &q);
// An order from its columns order_id, category, amount_cents, carrier, tracking_no, shipped_at,
// received_at, buyer, product (in that order).
Order orderFromRow(const QSqlQuery &q);
// An event from its columns id, claim_id, at, actor, action, from, to, detail (in that order).
Event eventFromRow(const QSqlQuery &q);
QString sortColumn(SortKey key);
// A term for LIKE … ESCAPE '\': its wildcards and the escape character taken literally.
QString escapeLike(QString s);
// A search term of fewer than three characters (code points, as the trigram indexes count
// them: an emoji is one, though two UTF-16 units) has no trigram to be found by.
bool hasNoTrigram(const QString &term);

// A report's drill-down (ClaimQuery::applied … ::step) as conditions on the claims `c`, each
// on a column the report counted by, with named parameters that bindDrillDown() binds. How a
// claim's product title is kept is the backend's: `productCondition` compares it with
// :product.
QStringList drillDownConditions(const ClaimQuery &query, const QString &productCondition);
// Each parameter's name ends in `suffix` (a statement that holds several queries' conditions).
void bindDrillDown(QSqlQuery &sql, const ClaimQuery &query, const QString &suffix = {});

// Storage::firstActions: the operators who acted first on any claim, one index seek at a time
// (a shop has a few, its claims a million), each with its claims applied for in a range (the
// two parameters, from and to): rows of (operator, claims). `claims` is where each operator's
// claims are counted from (aliased c): a backend may name the index that holds that range.
QString firstActionsSql(const QString &claims = QStringLiteral("claims c"));

} // namespace aftersales::sqlrows
