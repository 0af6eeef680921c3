#pragma once

#include "domain/claim.h"
#include "domain/outcome.h"

#include <QTimeZone>

namespace aftersales::timelinetext
{

// A claim and its audit trail as plain text for a person (an e-mail to the platform's
// support, evidence in arbitration): the claim's fields, then every event oldest first,
// times in `zone` with its offset. Labels in the current language.
QString render(const Claim &claim, const QList<Event> &events,
               const QTimeZone &zone = QTimeZone::systemTimeZone());
// Writes render() to `path` as UTF-8, whole or not at all.
Outcome write(const QString &path, const Claim &claim, const QList<Event> &events,
              const QTimeZone &zone = QTimeZone::systemTimeZone());

} // namespace aftersales::timelinetext
