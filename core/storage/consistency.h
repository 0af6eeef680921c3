#pragma once

#include "domain/outcome.h"

#include <QList>
#include <QString>

namespace aftersales
{
class Store;

namespace consistency
{

// One thing wrong with the database: the claim it concerns (0 for the file as a whole)
// and a sentence saying what.
struct Problem {
    qint64 claimId = 0;
    QString what;
};

// PRAGMA integrity_check and foreign_key_check, then the audit trail against each claim:
// the first event is the application (or an import), each event starts where the one
// before ended, the last one ends at the claim's status, events never go back in time,
// and the late-shipment compensation is paid at most once and adds up to the claim's.
// Stops after `maxProblems`. A storage outcome only when the check itself cannot run.
Result<QList<Problem>> check(const Store &store, int maxProblems = 1000);

} // namespace consistency
} // namespace aftersales
