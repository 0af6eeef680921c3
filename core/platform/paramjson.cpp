#include "paramjson.h"

#include <QJsonArray>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace aftersales::platform::paramjson
{
namespace
{

void writeString(QByteArray &out, const QString &text)
{
    static constexpr char hex[] = "0123456789abcdef";
    const QByteArray utf8 = text.toUtf8();
    out.append('"');
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\b':
            out.append("\\b");
            break;
        case '\f':
            out.append("\\f");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        default:
            if (u < 0x20) {
                out.append("\\u00");
                out.append(hex[u >> 4]);
                out.append(hex[u & 0xf]);
            } else {
                out.append(c);
            }
        }
    }
    out.append('"');
}

bool writeDouble(QByteArray &out, double d)
{
    if (!std::isfinite(d))
        return false;
    // A whole number within the int64 range is written as an integer, never as 1e+15.
    if (std::trunc(d) == d && d >= -9223372036854775808.0 && d < 9223372036854775808.0) {
        out.append(QByteArray::number(static_cast<qint64>(d)));
        return true;
    }
    out.append(QByteArray::number(d, 'g', QLocale::FloatingPointShortest));
    return true;
}

template <typename Keys> QList<QString> byteOrder(const Keys &keys)
{
    QList<QString> sorted(keys.begin(), keys.end());
    std::sort(sorted.begin(), sorted.end(),
              [](const QString &a, const QString &b) { return a.toUtf8() < b.toUtf8(); });
    return sorted;
}

bool write(QByteArray &out, const QJsonValue &v);

bool writeObject(QByteArray &out, const QJsonObject &o)
{
    out.append('{');
    bool first = true;
    for (const QString &key : byteOrder(o.keys())) {
        if (!first)
            out.append(',');
        first = false;
        writeString(out, key);
        out.append(':');
        if (!write(out, o.value(key)))
            return false;
    }
    out.append('}');
    return true;
}

bool write(QByteArray &out, const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        out.append("null");
        return true;
    case QJsonValue::Bool:
        out.append(v.toBool() ? "true" : "false");
        return true;
    case QJsonValue::Double: {
        // QJsonValue keeps a qint64 exactly; toInteger() answers it whatever the default is,
        // where a fractional or out-of-range double answers the default.
        const qint64 asInt = v.toInteger(0);
        if (asInt == v.toInteger(1)) {
            out.append(QByteArray::number(asInt));
            return true;
        }
        return writeDouble(out, v.toDouble());
    }
    case QJsonValue::String:
        writeString(out, v.toString());
        return true;
    case QJsonValue::Array: {
        out.append('[');
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (i > 0)
                out.append(',');
            if (!write(out, a.at(i)))
                return false;
        }
        out.append(']');
        return true;
    }
    case QJsonValue::Object:
        return writeObject(out, v.toObject());
    case QJsonValue::Undefined:
        return false;
    }
    return false;
}

bool writeVariant(QByteArray &out, const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::UnknownType:
    case QMetaType::Nullptr:
        out.append("null");
        return true;
    case QMetaType::Bool:
        out.append(v.toBool() ? "true" : "false");
        return true;
    case QMetaType::Int:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::Short:
        out.append(QByteArray::number(v.toLongLong()));
        return true;
    case QMetaType::UInt:
    case QMetaType::ULong:
    case QMetaType::ULongLong:
    case QMetaType::UShort:
        out.append(QByteArray::number(v.toULongLong()));
        return true;
    case QMetaType::Double:
    case QMetaType::Float:
        return writeDouble(out, v.toDouble());
    case QMetaType::QString:
        writeString(out, v.toString());
        return true;
    case QMetaType::QByteArray:
        writeString(out, QString::fromUtf8(v.toByteArray()));
        return true;
    case QMetaType::QStringList:
    case QMetaType::QVariantList: {
        out.append('[');
        const QVariantList list = v.toList();
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (i > 0)
                out.append(',');
            if (!writeVariant(out, list.at(i)))
                return false;
        }
        out.append(']');
        return true;
    }
    case QMetaType::QVariantMap:
    case QMetaType::QVariantHash: {
        const QVariantMap map = v.toMap();
        out.append('{');
        bool first = true;
        for (const QString &key : byteOrder(map.keys())) {
            if (!first)
                out.append(',');
            first = false;
            writeString(out, key);
            out.append(':');
            if (!writeVariant(out, map.value(key)))
                return false;
        }
        out.append('}');
        return true;
    }
    case QMetaType::QJsonValue:
        return write(out, v.toJsonValue());
    case QMetaType::QJsonObject:
        return writeObject(out, v.toJsonObject());
    case QMetaType::QJsonArray:
        return write(out, QJsonValue(v.toJsonArray()));
    default:
        return false;
    }
}

} // namespace

std::optional<QByteArray> serialize(const QJsonValue &value)
{
    QByteArray out;
    if (!write(out, value))
        return std::nullopt;
    return out;
}

std::optional<QByteArray> serialize(const QJsonObject &params)
{
    QByteArray out;
    if (!writeObject(out, params))
        return std::nullopt;
    return out;
}

std::optional<QByteArray> serialize(const QVariant &value)
{
    QByteArray out;
    if (!writeVariant(out, value))
        return std::nullopt;
    return out;
}

} // namespace aftersales::platform::paramjson
