#include "storage/sqlite/sqlliterals.h"

#include "domain/names.h"
#include "domain/rules.h"

#include <algorithm>

namespace aftersales::sqlite
{
namespace
{

template <typename E> QString list(QList<E> values)
{
    std::sort(values.begin(), values.end());
    QStringList out;
    for (E v : values)
        out << QString::number(int(v));
    return out.join(QLatin1String(", "));
}

template <typename E> QString condition(const QString &column, const QList<E> &values)
{
    if (values.size() == 1)
        return column + QStringLiteral(" = ") + QString::number(int(values.first()));
    return column + QStringLiteral(" IN (") + list(values) + QLatin1Char(')');
}

} // namespace

QString codes(QList<ClaimStatus> statuses)
{
    return list(std::move(statuses));
}

QString codes(QList<ClaimType> types)
{
    return list(std::move(types));
}

QString statusCondition(const QString &column, const QList<ClaimStatus> &statuses)
{
    return condition(column, statuses);
}

QString typeCondition(const QString &column, const QList<ClaimType> &types)
{
    return condition(column, types);
}

QList<ClaimStatus> finishedStatuses()
{
    QList<ClaimStatus> out;
    for (ClaimStatus s : names::allStatuses())
        if (!rules::isOpen(s))
            out.append(s);
    return out;
}

} // namespace aftersales::sqlite
