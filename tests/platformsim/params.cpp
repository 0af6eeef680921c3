#include "params.h"

#include <QJsonDocument>

#include <cmath>

namespace aftersales::platformsim::params
{
namespace
{

template <typename T> std::optional<T> fail(std::optional<PlatformError> &error, PlatformError e)
{
    if (!error)
        error = std::move(e);
    return std::nullopt;
}

} // namespace

std::optional<QJsonObject> parse(const QByteArray &body, std::optional<PlatformError> &error)
{
    if (body.trimmed().isEmpty())
        return QJsonObject{};
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return fail<QJsonObject>(error,
                                 errors::parameterInvalid(QStringLiteral("param_json 不是合法的 JSON 对象")));
    return doc.object();
}

std::optional<qint64> integer(const QJsonObject &o, const char *key, bool required,
                              std::optional<PlatformError> &error, qint64 fallback)
{
    const QString name = QLatin1String(key);
    const QJsonValue v = o.value(name);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            return fail<qint64>(error, errors::parameterMissing(name));
        return fallback;
    }
    const double d = v.toDouble();
    if (!v.isDouble() || d != std::floor(d) || std::abs(d) > 9007199254740991.0)
        return fail<qint64>(error, errors::parameterInvalid(QStringLiteral("%1 须为整数").arg(name)));
    return qint64(d);
}

std::optional<QString> string(const QJsonObject &o, const char *key, bool required,
                              std::optional<PlatformError> &error)
{
    const QString name = QLatin1String(key);
    const QJsonValue v = o.value(name);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            return fail<QString>(error, errors::parameterMissing(name));
        return QString();
    }
    if (!v.isString())
        return fail<QString>(error, errors::parameterInvalid(QStringLiteral("%1 须为字符串").arg(name)));
    return v.toString();
}

std::optional<quint64> id(const QJsonObject &o, const char *key, std::optional<PlatformError> &error)
{
    const std::optional<QString> text = string(o, key, true, error);
    if (!text)
        return std::nullopt;
    bool ok = text->size() <= 19 && !text->isEmpty();
    for (QChar c : *text)
        ok = ok && c.isDigit();
    const quint64 value = ok ? text->toULongLong(&ok) : 0;
    if (!ok || value == 0)
        return fail<quint64>(
            error, errors::parameterInvalid(QStringLiteral("%1 须为数字字符串").arg(QLatin1String(key))));
    return value;
}

} // namespace aftersales::platformsim::params
