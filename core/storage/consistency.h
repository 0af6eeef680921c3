#pragma once

#include "domain/claim.h"
#include "domain/outcome.h"

#include <QList>
#include <QString>

namespace aftersales
{
class Storage;

namespace consistency
{

// One thing wrong with the database: the claim it concerns (0 for the database as a
// whole) and a sentence saying what.
struct Problem {
    qint64 claimId = 0;
    QString what;
};

// The file's own integrity (where the backend has such a check), then the audit trail
// against each claim: the first event is the application (or an import), each event starts
// where the one before ended, the last one ends at the claim's status, events never go back
// in time, and the late-shipment compensation is paid at most once and adds up to the
// claim's. Stops after `maxProblems`. A storage outcome when the check itself cannot run,
// or the storage has no ConsistencyCheck capability.
Result<QList<Problem>> check(const Storage &storage, int maxProblems = 1000);

// What one claim's events must add up to, checked as they stream past: the rules of the
// trail, kept here for every backend to feed from its own reads.
class TrailCheck
{
public:
    TrailCheck(qint64 claimId, ClaimStatus status, qint64 compensationCents);

    void add(const Event &event, QList<Problem> &out);
    void finish(QList<Problem> &out) const;

    // An event whose claim does not exist.
    static Problem orphan(qint64 claimId);

private:
    qint64 m_claimId;
    ClaimStatus m_status;
    qint64 m_compensationCents;
    int m_count = 0;
    ClaimStatus m_lastTo = ClaimStatus::PendingReview;
    QDateTime m_lastAt;
    int m_payments = 0;
    qint64 m_paidCents = 0;
};

} // namespace consistency
} // namespace aftersales
