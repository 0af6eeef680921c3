#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace aftersales::timeformat
{

// ISO 8601 with an offset or Z ("2026-11-26T10:00:00+08:00"); nullopt when malformed.
std::optional<QDateTime> parseIso(const QString &text);
// UTC, seconds, "Z": the form of every time in JSON.
QString toIsoUtc(const QDateTime &t);
// "5h12m"-style remaining time for a countdown, translated ("5小时12分").
QString remaining(qint64 seconds);

} // namespace aftersales::timeformat
