#pragma once

#include "domain/claim.h"

#include <QStringList>
#include <QTextStream>
#include <QTimeZone>

namespace aftersales::cli::output
{

// The terminal's layout of what claimtext words: plain-text tables whose columns line up
// with Chinese text (wide characters count two), times to the second in `zone`.
void table(QTextStream &out, const QStringList &headers, const QList<QStringList> &rows);
int displayWidth(const QString &text);
QString localTime(const QDateTime &t, const QTimeZone &zone);
void claimDetail(QTextStream &out, const Claim &claim, const QList<Event> &events, const QDateTime &now,
                 const QTimeZone &zone);
QList<QStringList> claimRows(const QList<Claim> &claims, const QDateTime &now, const QTimeZone &zone);
QStringList claimHeaders();

} // namespace aftersales::cli::output
