#include "storage/postgres/postgresvalues.h"

#include "domain/names.h"
#include "domain/rules.h"

#include <algorithm>

namespace aftersales::postgres
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

template <typename E> QString conditionOf(const QString &column, const QList<E> &values)
{
    if (values.size() == 1)
        return column + QStringLiteral(" = ") + QString::number(int(values.first()));
    return column + QStringLiteral(" IN (") + list(values) + QLatin1Char(')');
}

} // namespace

QVariant timeValue(const std::optional<QDateTime> &t)
{
    return t ? QVariant(t->toSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

QString text(const QString &s)
{
    if (s.isNull())
        return QStringLiteral("");
    if (!s.contains(QChar(0)))
        return s;
    QString clean = s;
    clean.remove(QChar(0));
    return clean;
}

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text(s));
}

QVariant codeOrNull(const std::optional<RejectCode> &code)
{
    return code ? QVariant(int(*code)) : QVariant(QMetaType::fromType<int>());
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

const QStringList &stateTypes()
{
    static const QStringList types{
        QStringLiteral("integer"), QStringLiteral("integer"), QStringLiteral("text"),
        QStringLiteral("bigint"),  QStringLiteral("text"),    QStringLiteral("text"),
        QStringLiteral("text"),    QStringLiteral("text"),    QStringLiteral("bigint"),
        QStringLiteral("bigint"),  QStringLiteral("integer"), QStringLiteral("text"),
        QStringLiteral("integer"), QStringLiteral("bigint"),  QStringLiteral("text")};
    return types;
}

void ValueWriter::textOrNull(const QString &value)
{
    if (value.isEmpty())
        null();
    else
        text(value);
}

void ValueWriter::time(const std::optional<QDateTime> &t)
{
    if (t)
        number(t->toSecsSinceEpoch());
    else
        null();
}

void ValueWriter::value(const QVariant &v)
{
    if (v.isNull())
        null();
    else if (v.metaType() == QMetaType::fromType<QString>())
        text(v.toString());
    else
        number(v.toLongLong());
}

void BulkColumn::separate()
{
    if (m_any)
        m_items += QLatin1Char(',');
    m_any = true;
}

void BulkColumn::number(qint64 value)
{
    separate();
    m_items += QString::number(value);
}

void BulkColumn::text(const QString &value)
{
    separate();
    m_items += QLatin1Char('"');
    for (const QChar ch : postgres::text(value)) {
        if (ch == QLatin1Char('"') || ch == QLatin1Char('\\'))
            m_items += QLatin1Char('\\');
        m_items += ch;
    }
    m_items += QLatin1Char('"');
}

void BulkColumn::null()
{
    separate();
    m_items += QStringLiteral("NULL");
}

QString BulkColumn::literal() const
{
    return QLatin1Char('{') + m_items + QLatin1Char('}');
}

QString unnestOf(const QStringList &types)
{
    QStringList arrays;
    for (const QString &type : types)
        arrays << QStringLiteral("CAST(? AS ") + type + QStringLiteral("[])");
    return QStringLiteral("unnest(") + arrays.join(QLatin1String(", ")) + QLatin1Char(')');
}

QString typedValues(int rows, const QStringList &types)
{
    QStringList one;
    for (const QString &type : types)
        one << QStringLiteral("CAST(? AS ") + type + QLatin1Char(')');
    const QString row = QLatin1Char('(') + one.join(QLatin1String(", ")) + QLatin1Char(')');
    QStringList all;
    for (int r = 0; r < rows; ++r)
        all << row;
    return all.join(QLatin1String(", "));
}

QString codes(QList<ClaimStatus> statuses)
{
    return list(std::move(statuses));
}

QString codes(QList<ClaimType> types)
{
    return list(std::move(types));
}

QString condition(const QString &column, const QList<ClaimStatus> &statuses)
{
    return conditionOf(column, statuses);
}

QString condition(const QString &column, const QList<ClaimType> &types)
{
    return conditionOf(column, types);
}

QList<ClaimStatus> finishedStatuses()
{
    QList<ClaimStatus> out;
    for (ClaimStatus s : names::allStatuses())
        if (!rules::isOpen(s))
            out.append(s);
    return out;
}

} // namespace aftersales::postgres
