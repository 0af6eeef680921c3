#pragma once

#include "domain/claim.h"
#include "domain/claimactions.h"
#include "domain/policy.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace aftersales::ui
{

// How close a claim's deadline is, for the list's colours.
enum class Urgency { None, Normal, DueSoon, Overdue };

// How the window writes claims: money, times, deadlines and what happens at them.
// Shared by the list and the detail pane so they never disagree.
class ClaimFormat
{
    Q_DECLARE_TR_FUNCTIONS(ClaimFormat)

public:
    static QString money(qint64 cents);
    // The display time zone (the settings' choice, or the system's), minutes.
    static QString localTime(const QDateTime &t);
    // Where times are shown; an invalid zone means the system's.
    static void setTimeZone(const QTimeZone &zone);
    static QTimeZone timeZone();
    // The list's deadline cell: "5h 12m left", "overdue 3m 2s", or a dash.
    static QString deadlineCell(const Claim &claim, const QDateTime &now);
    static Urgency urgency(const Claim &claim, const QDateTime &now, qint64 dueSoonSecs);
    // What happens at the deadline, with the countdown: "Approves automatically in 5h 12m".
    static QString countdown(const Claim &claim, const QDateTime &now, const Policy &policy);
    // An action's wording for this claim: approving reads "Approve reshipment", "Confirm
    // returned goods" …; the others read as the table has them.
    static QString actionText(const ClaimAction &row, const Claim &claim);
    // An event's detail text for people: labels instead of codes, yuan instead of fen.
    static QString eventDetail(const Event &event);
    // "SF Express SF1234567890123", or empty.
    static QString shipment(const QString &carrier, const QString &trackingNo);
};

} // namespace aftersales::ui
