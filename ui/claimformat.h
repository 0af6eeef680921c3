#pragma once

#include "domain/claim.h"
#include "domain/claimactions.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace aftersales::ui
{

// How close a claim's deadline is, for the list's colours.
enum class Urgency { None, Normal, DueSoon, Overdue };

// What the window adds to claimtext (the renderer every program shares): the time zone the
// settings chose, the urgency colours, the approve command's wording per claim.
class ClaimFormat
{
    Q_DECLARE_TR_FUNCTIONS(ClaimFormat)

public:
    // A time in the display zone, to the minute.
    static QString localTime(const QDateTime &t);
    // Where times are shown; an invalid zone means the system's.
    static void setTimeZone(const QTimeZone &zone);
    static QTimeZone timeZone();
    static Urgency urgency(const Claim &claim, const QDateTime &now, qint64 dueSoonSecs);
    // An action's wording for this claim: approving reads "Approve reshipment", "Confirm
    // returned goods" …; the others read as the table has them.
    static QString actionText(const ClaimAction &row, const Claim &claim);
};

} // namespace aftersales::ui
