#pragma once

#include "domain/claim.h"
#include "domain/outcome.h"
#include "domain/rules.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

// What the rules' tests (tests/core/tst_rules*) build their cases from: one shipped order, a
// claim in a given status with the deadline the rules give it there, an action's request.
namespace aftersales::rulecases
{

inline constexpr qint64 hour = 3600;
inline constexpr qint64 orderAmount = 19900;
inline const QString merchant = QStringLiteral("alice");
inline const QString originalTracking = QStringLiteral("SF1000000000001");

// The moment every case starts from.
QDateTime t0();
// "47:59:59" → seconds.
qint64 hms(const char *text);
Order shippedOrder();
// A claim that entered `status` at `since`, with the deadline the rules give it there.
Claim claimIn(ClaimType type, Reason reason, ClaimStatus status, const QDateTime &since,
              qint64 compensation = 0);
// The merchant's request: a reject code for Reject ("no code" for none), otherwise
// "CARRIER TRACKING".
ActionRequest request(Action action, const QString &input = {});
// Who an action's event names: the buyer, the platform or the merchant.
QString expectedActor(Action a);
// A refusal as a test prints it.
QByteArray describe(const Outcome &o);

} // namespace aftersales::rulecases
