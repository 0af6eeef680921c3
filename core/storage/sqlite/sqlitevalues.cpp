#include "storage/sqlite/sqlitevalues.h"

#include "storage/sqlite/nativestatement.h"

namespace aftersales::sqlite
{

QVariant timeValue(const std::optional<QDateTime> &t)
{
    return t ? QVariant(t->toSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QVariant integerOrNull(const std::optional<qint64> &n)
{
    return n ? QVariant(*n) : QVariant(QMetaType::fromType<qint64>());
}

std::optional<QDateTime> timeFrom(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return QDateTime::fromSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

QDateTime timeAt(const QVariant &v)
{
    return QDateTime::fromSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

void bindEvent(NativeStatement &q, const Event &e, qint64 claimId)
{
    q.addBindValue(claimId);
    q.addBindValue(e.at.toSecsSinceEpoch());
    q.addBindValue(text(e.actor));
    q.addBindValue(e.action);
    q.addBindValue(int(e.from));
    q.addBindValue(int(e.to));
    q.addBindValue(text(e.detail));
}

} // namespace aftersales::sqlite
