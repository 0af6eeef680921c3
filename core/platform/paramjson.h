#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QVariant>

#include <optional>

// The canonical param_json the platform signs (PLATFORM.md): compact, object keys sorted
// recursively in UTF-8 byte order, non-ASCII written as raw UTF-8, only `"`, `\` and control
// characters escaped, whole numbers written as integers (int64 exact, never an exponent).
// The platform checks the signature against the bytes it received, so the body sent must be
// exactly these bytes.
namespace aftersales::platform::paramjson
{

// std::nullopt for a value that has no JSON form (a NaN or an infinity, an unsupported type).
std::optional<QByteArray> serialize(const QJsonValue &value);
std::optional<QByteArray> serialize(const QJsonObject &params);
std::optional<QByteArray> serialize(const QVariant &value);

} // namespace aftersales::platform::paramjson
