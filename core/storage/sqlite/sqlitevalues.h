#pragma once

#include "domain/claim.h"

#include <QDateTime>
#include <QString>
#include <QVariant>

#include <optional>

// Values as the SQLite backend stores them: times as UTC seconds since the epoch (NULL for
// none), text NOT NULL DEFAULT '' (Qt binds a null QString as NULL), optional text as NULL.
namespace aftersales::sqlite
{

class NativeStatement;

QVariant timeValue(const std::optional<QDateTime> &t);
QVariant textOrNull(const QString &s);
QString text(const QString &s);
QVariant integerOrNull(const std::optional<qint64> &n);
std::optional<QDateTime> timeFrom(const QVariant &v);
QDateTime timeAt(const QVariant &v);
// An event's row from claim_id on (claim_id, at, actor, action, from_status, to_status,
// detail), bound in that order: of `claimId`.
void bindEvent(NativeStatement &q, const Event &e, qint64 claimId);

} // namespace aftersales::sqlite
