#pragma once

#include <QHash>
#include <QString>

#include <optional>

namespace aftersales::platformsim
{

struct TokenPair {
    QString accessToken;
    QString refreshToken;
    qint64 expiresIn = 0;
};

// The shop's access and refresh tokens, on the simulator's clock. A refreshed pair
// replaces the old one: the old access token keeps working for a short grace, and the
// old refresh token, used again within it, answers the same new pair (two processes
// refreshing at once both end up with a working token).
class TokenStore
{
public:
    static constexpr qint64 graceSecs = 300;

    void setAccessTtl(qint64 secs) { m_accessTtl = secs; }
    qint64 accessTtl() const { return m_accessTtl; }
    void setRefreshTtl(qint64 secs) { m_refreshTtl = secs; }

    TokenPair create(qint64 now);
    std::optional<TokenPair> refresh(const QString &refreshToken, qint64 now);

    enum class Check { Valid, Expired, Unknown };
    Check check(const QString &accessToken, qint64 now) const;

    void expire(const QString &accessToken);
    // Every access token expired (the refresh tokens still work unless `refreshToo`).
    void expireAll(bool refreshToo);
    // The authorisation is gone: no token of before works again.
    void revokeAll();

private:
    struct Access {
        qint64 expiresAt = 0;
    };
    struct Refresh {
        qint64 expiresAt = 0;
        QString replacedBy; // the refresh token that replaced this one
        qint64 replacedAt = 0;
    };

    TokenPair mint(qint64 now);

    QHash<QString, Access> m_access;
    QHash<QString, Refresh> m_refresh;
    QHash<QString, QString> m_accessOf; // refresh token → its access token
    qint64 m_accessTtl = 7 * 24 * 3600;
    qint64 m_refreshTtl = 14 * 24 * 3600;
};

} // namespace aftersales::platformsim
