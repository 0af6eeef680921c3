#pragma once

#include "keyring.h"

#include <QString>

#include <functional>

// The app secret (PLATFORM.md, "Tokens"): from AFTERSALES_APP_SECRET when it is set, else
// from the keyring, where the Connect dialog and `platform connect` store it. It is a
// credential: never in the database, a settings file, a log or any output.
namespace aftersales::platform
{

struct SecretAnswer {
    QString secret; // empty when there is none
    QString detail; // for the user, when there is none: where it was looked for
    bool ok() const { return !secret.isEmpty(); }
};

namespace credentials
{

inline constexpr char secretVariable[] = "AFTERSALES_APP_SECRET";

// The keyring entries, per app key (and shop for the tokens).
QString secretKey(const QString &appKey);
QString tokenKey(const QString &appKey, const QString &shopId);

// The environment first, then the keyring; answers exactly once.
void fetchSecret(Keyring &keyring, const QString &appKey, std::function<void(const SecretAnswer &)> done);
// Keeps the secret in the keyring for later runs.
void storeSecret(Keyring &keyring, const QString &appKey, const QString &secret, Keyring::WriteDone done);

} // namespace credentials
} // namespace aftersales::platform
