#pragma once

#include "domain/claim.h"
#include "domain/policy.h"

#include <QDateTime>
#include <QString>

// How a claim reads for a person, in the current language: the one renderer of money,
// times, deadlines and history shared by the window, the command line and the text export.
namespace aftersales::claimtext
{

// Yuan from fen: "¥1,299.00", "-¥1.50" (digits grouped as the locale groups them).
QString money(qint64 cents);

// What happens at the claim's deadline and when: "Approves automatically in 5h 12m",
// "In 1d 2h: late-shipment penalty and ¥3.00 compensation to the buyer". What it costs is
// rules::atDeadline's answer, the sweep's own.
QString deadlineSentence(const Claim &claim, const QDateTime &now, const Policy &policy);

} // namespace aftersales::claimtext
