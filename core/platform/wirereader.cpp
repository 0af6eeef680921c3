#include "wirereader.h"

#include <QCoreApplication>

#include <limits>

namespace aftersales::platform
{
namespace
{

// The context lupdate gives tr() calls in WireReader's members.
QString tr(const char *text)
{
    return QCoreApplication::translate("aftersales::platform::WireReader", text);
}

bool isDigits(const QString &s)
{
    for (const QChar c : s) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return !s.isEmpty();
}

} // namespace

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QCoreApplication::translate("aftersales::platform", "null");
    case QJsonValue::Bool:
        return QCoreApplication::translate("aftersales::platform", "a boolean");
    case QJsonValue::Double:
        return QCoreApplication::translate("aftersales::platform", "a JSON number");
    case QJsonValue::String:
        return QCoreApplication::translate("aftersales::platform", "a string");
    case QJsonValue::Array:
        return QCoreApplication::translate("aftersales::platform", "an array");
    case QJsonValue::Object:
        return QCoreApplication::translate("aftersales::platform", "an object");
    case QJsonValue::Undefined:
        break;
    }
    return QCoreApplication::translate("aftersales::platform", "missing");
}

WireReader::WireReader(QJsonObject object, QString path)
    : WireReader(std::move(object), std::move(path), std::make_shared<QString>())
{
}

WireReader::WireReader(QJsonObject object, QString path, std::shared_ptr<QString> error)
    : m_object(std::move(object)), m_path(std::move(path)), m_error(std::move(error))
{
}

void WireReader::fail(const QString &message) const
{
    if (m_error->isEmpty())
        *m_error = message;
}

QString WireReader::path(const char *key) const
{
    if (m_path.isEmpty())
        return QLatin1String(key);
    return m_path + QLatin1Char('.') + QLatin1String(key);
}

bool WireReader::has(const char *key) const
{
    const QJsonValue v = m_object.value(QLatin1String(key));
    return !v.isUndefined() && !v.isNull();
}

QJsonValue WireReader::required(const char *key) const
{
    const QJsonValue v = m_object.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        fail(tr("%1 is missing").arg(path(key)));
    return v;
}

qint64 WireReader::integer(const char *key, qint64 min, qint64 max) const
{
    const QJsonValue v = required(key);
    if (v.isUndefined() || v.isNull())
        return min;
    if (!v.isDouble()) {
        fail(tr("%1 is %2, expected a whole number").arg(path(key), jsonTypeName(v)));
        return min;
    }
    // A whole number answers toInteger() whatever the default; a fraction or a number past
    // the int64 range answers the default.
    const qint64 n = v.toInteger(0);
    if (n != v.toInteger(1)) {
        fail(tr("%1 is %2, expected a whole number").arg(path(key), QString::number(v.toDouble(), 'g', 17)));
        return min;
    }
    if (n < min || n > max) {
        fail(tr("%1 is %2, out of the range %3 to %4")
                 .arg(path(key), QString::number(n), QString::number(min), QString::number(max)));
        return min;
    }
    return n;
}

qint64 WireReader::optionalInteger(const char *key, qint64 min, qint64 max, qint64 fallback) const
{
    return has(key) ? integer(key, min, max) : fallback;
}

qint64 WireReader::id(const char *key) const
{
    const QJsonValue v = required(key);
    if (v.isUndefined() || v.isNull())
        return 0;
    if (v.isDouble()) {
        fail(tr("%1 is a JSON number, expected a string of digits (an id past 2^53 loses digits as a number)")
                 .arg(path(key)));
        return 0;
    }
    if (!v.isString()) {
        fail(tr("%1 is %2, expected a string of digits").arg(path(key), jsonTypeName(v)));
        return 0;
    }
    const QString s = v.toString();
    bool fits = false;
    const qint64 n =
        s.size() <= 19 && isDigits(s) && !s.startsWith(QLatin1Char('0')) ? s.toLongLong(&fits) : 0;
    if (!fits || n <= 0) {
        fail(tr("%1 is \"%2\", expected an id of 1 to 19 digits without a leading zero, at most %3")
                 .arg(path(key), s.left(24), QString::number(std::numeric_limits<qint64>::max())));
        return 0;
    }
    return n;
}

QString WireReader::digits(const char *key, int maxLength) const
{
    const QJsonValue v = required(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isString()) {
        fail(tr("%1 is %2, expected a string of digits").arg(path(key), jsonTypeName(v)));
        return {};
    }
    const QString s = v.toString();
    if (s.size() > maxLength || !isDigits(s)) {
        fail(tr("%1 is \"%2\", expected a string of 1 to %3 digits")
                 .arg(path(key), s.left(24), QString::number(maxLength)));
        return {};
    }
    return s;
}

QString WireReader::text(const char *key, int maxLength) const
{
    const QJsonValue v = required(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isString()) {
        fail(tr("%1 is %2, expected a string").arg(path(key), jsonTypeName(v)));
        return {};
    }
    const QString s = v.toString();
    if (s.size() > maxLength) {
        fail(tr("%1 is %2 characters long, at most %3 expected")
                 .arg(path(key), QString::number(s.size()), QString::number(maxLength)));
        return {};
    }
    return s;
}

QString WireReader::optionalText(const char *key, int maxLength) const
{
    return has(key) ? text(key, maxLength) : QString();
}

bool WireReader::boolean(const char *key) const
{
    const QJsonValue v = required(key);
    if (v.isUndefined() || v.isNull())
        return false;
    if (!v.isBool()) {
        fail(tr("%1 is %2, expected true or false").arg(path(key), jsonTypeName(v)));
        return false;
    }
    return v.toBool();
}

WireReader WireReader::object(const char *key) const
{
    const QJsonValue v = required(key);
    if (!v.isUndefined() && !v.isNull() && !v.isObject())
        fail(tr("%1 is %2, expected an object").arg(path(key), jsonTypeName(v)));
    return WireReader(v.toObject(), path(key), m_error);
}

WireReader WireReader::optionalObject(const char *key) const
{
    return has(key) ? object(key) : WireReader(QJsonObject(), path(key), m_error);
}

QJsonArray WireReader::array(const char *key, qsizetype maxItems) const
{
    const QJsonValue v = required(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isArray()) {
        fail(tr("%1 is %2, expected an array").arg(path(key), jsonTypeName(v)));
        return {};
    }
    const QJsonArray a = v.toArray();
    if (a.size() > maxItems) {
        fail(tr("%1 has %2 items, at most %3 expected")
                 .arg(path(key), QString::number(a.size()), QString::number(maxItems)));
        return {};
    }
    return a;
}

QJsonArray WireReader::optionalArray(const char *key, qsizetype maxItems) const
{
    return has(key) ? array(key, maxItems) : QJsonArray();
}

WireReader WireReader::element(const QJsonArray &array, const char *key, qsizetype index) const
{
    const QString at = path(key) + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
    const QJsonValue v = array.at(index);
    if (!v.isObject())
        fail(tr("%1 is %2, expected an object").arg(at, jsonTypeName(v)));
    return WireReader(v.toObject(), at, m_error);
}

} // namespace aftersales::platform
