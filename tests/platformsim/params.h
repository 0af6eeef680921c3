#pragma once

#include "envelope.h"

#include <QJsonObject>

#include <optional>

namespace aftersales::platformsim::params
{

// Reading param_json the way the platform does: a wrong type is a parameter error,
// never a guess. Each reader sets `error` (once) and returns nothing when it fails.

std::optional<QJsonObject> parse(const QByteArray &body, std::optional<PlatformError> &error);
// An integral JSON number; `fallback` when the key is absent and not `required`.
std::optional<qint64> integer(const QJsonObject &o, const char *key, bool required,
                              std::optional<PlatformError> &error, qint64 fallback = 0);
std::optional<QString> string(const QJsonObject &o, const char *key, bool required,
                              std::optional<PlatformError> &error);
// A string of 1 to 19 digits (ids pass 2^53, so they are never JSON numbers).
std::optional<quint64> id(const QJsonObject &o, const char *key, std::optional<PlatformError> &error);

} // namespace aftersales::platformsim::params
