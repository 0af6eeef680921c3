#pragma once

#include "envelope.h"
#include "httpmessage.h"

#include <QString>

#include <optional>

namespace aftersales::platformsim
{

struct SimConfig;
class TokenStore;

// A platform request's public parameters, as the URL carries them.
struct CallParams {
    QString path;        // "afterSale/List"
    QString method;      // the method the path names: "afterSale.List"
    QString accessToken; // empty when none was given

    static CallParams fromRequest(const HttpRequest &request);
    bool needsToken() const;
};

// What the platform checks before it runs a method, in order: app_key, method, v,
// sign_method, timestamp, sign, the shop's authorisation, then the access token.
namespace gate
{

std::optional<PlatformError> checkRequest(const HttpRequest &request, const CallParams &call,
                                          const SimConfig &config, qint64 now);
std::optional<PlatformError> checkToken(const CallParams &call, const TokenStore &tokens, qint64 now);

bool knownMethod(const QString &method);

} // namespace gate
} // namespace aftersales::platformsim
