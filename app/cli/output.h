#pragma once

#include "domain/claim.h"

#include <QStringList>
#include <QTextStream>

namespace aftersales::cli::output
{

// A plain-text table whose columns line up with Chinese text (wide characters count two).
void table(QTextStream &out, const QStringList &headers, const QList<QStringList> &rows);
int displayWidth(const QString &text);
QString localTime(const QDateTime &t);
QString deadlineText(const Claim &claim, const QDateTime &now);
QString yuan(qint64 cents);
void claimDetail(QTextStream &out, const Claim &claim, const QList<Event> &events, const QDateTime &now);
QList<QStringList> claimRows(const QList<Claim> &claims, const QDateTime &now);
QStringList claimHeaders();

} // namespace aftersales::cli::output
