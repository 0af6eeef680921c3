#include "credentials.h"

#include <QCoreApplication>

namespace aftersales::platform::credentials
{

QString secretKey(const QString &appKey)
{
    return QStringLiteral("app-secret/") + appKey;
}

QString tokenKey(const QString &appKey, const QString &shopId)
{
    return QStringLiteral("token/") + appKey + QLatin1Char('/') + shopId;
}

void fetchSecret(Keyring &keyring, const QString &appKey, std::function<void(const SecretAnswer &)> done)
{
    const QString fromEnvironment = qEnvironmentVariable(secretVariable);
    if (!fromEnvironment.isEmpty())
        return done({fromEnvironment, {}});
    keyring.read(secretKey(appKey), [done = std::move(done)](const KeyringAnswer &answer) {
        if (answer.found() && !answer.value.isEmpty())
            return done({answer.value, {}});
        const QString where = answer.status == KeyringAnswer::Status::Unavailable
                                  ? QCoreApplication::translate(
                                        "aftersales::platform",
                                        "no app secret: %1 is not set and %2; set the variable, or connect "
                                        "on a desktop with a keyring")
                                        .arg(QLatin1String(secretVariable), answer.detail)
                                  : QCoreApplication::translate(
                                        "aftersales::platform",
                                        "no app secret: %1 is not set and the keyring holds none for this "
                                        "app key; connect to the shop again")
                                        .arg(QLatin1String(secretVariable));
        done({{}, where});
    });
}

void storeSecret(Keyring &keyring, const QString &appKey, const QString &secret, Keyring::WriteDone done)
{
    keyring.write(secretKey(appKey), secret, std::move(done));
}

} // namespace aftersales::platform::credentials
