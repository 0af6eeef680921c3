#pragma once

#include "storage/milestones.h"
#include "storage/postgres/postgresvalues.h"

#include <QString>
#include <QStringList>
#include <QVariantList>

// What reports read of a claim's trail (storage/milestones.h) as the PostgreSQL backend writes
// it with the claim: in the same statement as the claim's own change, or in one statement for
// many claims. Each milestone is set only when the claim has not reached it yet.
namespace aftersales::postgres
{

// The columns a statement's source gives for the milestones reached ("action_at, actor,
// review_end, ship_start, ship_end"), and their types, in that order.
QString milestoneColumns();
QStringList milestoneTypes();
// Their values for `m` (NULL for what it has not reached), bound one by one or added to
// columns of many rows (the first of five).
QVariantList milestoneValues(const milestones::Milestones &m);
void addMilestones(BulkColumn *columns, const milestones::Milestones &m);
// "first_action_at = COALESCE(c.first_action_at, s.action_at), …": the SET list of an UPDATE of
// claims AS c whose source `s` has the columns above.
QString milestoneSets(const QString &source);

} // namespace aftersales::postgres
