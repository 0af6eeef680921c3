#pragma once

#include "domain/claim.h"

#include <QStringList>
#include <QVariant>

// What a decision changes of a claim, as both backends write it: the columns every write of a
// claim sets (the same names in both schemas) and a claim's values for them, in one order.
namespace aftersales::claimstate
{

const QStringList &columns();
// Times as seconds since the epoch and a missing code as NULL, as both backends store them;
// `text` gives a backend's form of a text (NOT NULL; PostgreSQL's holds no NUL character), and
// an empty optional text (a carrier, a tracking number, the assignee) is NULL.
QVariantList values(const Claim &c, QString (*text)(const QString &));

} // namespace aftersales::claimstate
