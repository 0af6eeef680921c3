#pragma once

#include "keyring.h"
#include "wirevalues.h"

#include <QDateTime>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

namespace aftersales
{
class Clock;
}

namespace aftersales::platform
{

// The shop's access and refresh tokens: in memory always, and in the keyring when there is
// one, so that a later run does not have to ask token/create again. Without a keyring they
// live only as long as the process. Expiry is judged with the injected clock; a token is
// renewed ahead of expiry, when less than an hour is left (or half its lifetime, for a
// token given for less than two hours, so that it is not renewed on every call).
class TokenKeeper
{
public:
    static constexpr qint64 renewAheadSecs = 3600;

    TokenKeeper(Keyring &keyring, const Clock &clock, QString appKey, QString shopId);
    ~TokenKeeper();

    // Reads a kept token once (calls during the read wait for it); answers exactly once.
    void load(std::function<void()> done);
    bool isLoaded() const { return m_loaded; }

    // An access token the clock says has not expired.
    bool hasAccessToken() const;
    // None, expired, or under an hour left.
    bool needsRenewal() const;
    bool canRefresh() const { return !m_refreshToken.isEmpty(); }
    QString accessToken() const { return m_accessToken; }
    QString refreshToken() const { return m_refreshToken; }
    QDateTime expiresAt() const { return m_expiresAt; }
    QString shopName() const { return m_shopName; }
    // Whether the keyring holds the tokens (false: memory only).
    bool keptInKeyring() const { return m_inKeyring; }

    // A token/create or token/refresh answer: expires at now + expires_in.
    void adopt(const TokenAnswer &answer);
    // The platform said the access token expired; the refresh token stays.
    void dropAccessToken();
    // The platform refused the refresh token.
    void dropRefreshToken();
    // Everything, from memory and the keyring (the authorisation is gone).
    void forget();

private:
    void save();

    Keyring &m_keyring;
    const Clock &m_clock;
    QString m_key;
    QString m_shopId;
    QString m_accessToken;
    QString m_refreshToken;
    QDateTime m_expiresAt;
    qint64 m_lifetimeSecs = 0;
    QString m_shopName;
    bool m_loaded = false;
    bool m_loading = false;
    bool m_inKeyring = false;
    std::vector<std::function<void()>> m_waiting;
    // Keyring answers that arrive after this keeper is gone are dropped.
    std::shared_ptr<TokenKeeper *> m_self;
};

} // namespace aftersales::platform
