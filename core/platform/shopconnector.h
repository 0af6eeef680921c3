#pragma once

#include "platformconfig.h"

#include <QMetaType>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

namespace aftersales
{
class Clock;
class Workbench;
} // namespace aftersales

namespace aftersales::platform
{

class Keyring;
class PlatformClient;

// A shop to connect to (a self-used app, 自用型: app key, secret, shop id).
struct ShopCredentials {
    QString appKey;
    QString shopId;
    QUrl baseUrl = QUrl(QStringLiteral("https://openapi-fxg.jinritemai.com"));
    // As typed in the window's Connect dialog; empty: AFTERSALES_APP_SECRET, then the keyring.
    QString secret;
    // Keep the typed secret in the keyring once token/create accepted it.
    bool storeSecret = false;
};

// How connecting ended.
struct ConnectResult {
    enum class Status { Connected, NoSecret, BadInput, Refused, Unreachable, Storage };
    Status status = Status::Connected;
    QString message; // for the user; never a credential
    QString shopName;
    // The command line's exit code: 0 connected; 2 no secret or bad input; 3 refused or
    // unreachable, or the database refused the record.
    int exitCode() const;
};

// Checks a shop's credentials with token/create and, when the platform accepts them, records
// the connection (app key, shop id, base URL, shop name: never the secret or a token) through
// the Workbench, keeping the token in the keyring (or in memory) and the typed secret in the
// keyring when asked. Nothing is recorded when the check fails.
class ShopConnector final : public QObject
{
    Q_OBJECT

public:
    // `base`: the client's tries, concurrency and answer cap; the shop's fields are filled in.
    ShopConnector(Workbench &workbench, const Clock &platformClock, Keyring &keyring, PlatformConfig base,
                  QObject *parent = nullptr);
    ~ShopConnector() override;

    // Answers once, later. On success `client` is the checked client (holding the token).
    using Done = std::function<void(const ConnectResult &result, std::unique_ptr<PlatformClient> client)>;
    void connectShop(const ShopCredentials &credentials, Done done);

private:
    void check(const ShopCredentials &credentials, const QString &secret, Done done);

    Workbench &m_workbench;
    const Clock &m_clock;
    Keyring &m_keyring;
    PlatformConfig m_base;
};

} // namespace aftersales::platform

Q_DECLARE_METATYPE(aftersales::platform::ShopCredentials)
Q_DECLARE_METATYPE(aftersales::platform::ConnectResult)
