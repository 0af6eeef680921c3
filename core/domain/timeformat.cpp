#include "domain/timeformat.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>

namespace aftersales::timeformat
{

std::optional<QDateTime> parseIso(const QString &text)
{
    // Qt accepts a time without an offset as local time; an instant needs its offset.
    static const QRegularExpression shape(
        QStringLiteral(R"(^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2})$)"));
    const QString trimmed = text.trimmed();
    if (!shape.match(trimmed).hasMatch())
        return std::nullopt;
    const QDateTime t = QDateTime::fromString(trimmed, Qt::ISODate);
    if (!t.isValid())
        return std::nullopt;
    return QDateTime::fromSecsSinceEpoch(t.toSecsSinceEpoch(), Qt::UTC);
}

QString toIsoUtc(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

QString remaining(qint64 seconds)
{
    const bool negative = seconds < 0;
    qint64 s = negative ? -seconds : seconds;
    const qint64 days = s / 86400;
    const qint64 hours = (s % 86400) / 3600;
    const qint64 minutes = (s % 3600) / 60;
    QString text;
    if (days > 0)
        text = QCoreApplication::translate("timeformat", "%1d %2h").arg(days).arg(hours);
    else if (hours > 0)
        text = QCoreApplication::translate("timeformat", "%1h %2m").arg(hours).arg(minutes);
    else
        text = QCoreApplication::translate("timeformat", "%1m %2s").arg(minutes).arg(s % 60);
    return text;
}

} // namespace aftersales::timeformat
