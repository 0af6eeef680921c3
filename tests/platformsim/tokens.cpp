#include "tokens.h"

#include <QRandomGenerator>

namespace aftersales::platformsim
{
namespace
{

// Tokens are credentials even here: drawn from the system's random source, never seeded.
QString randomToken()
{
    QByteArray bytes(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), 4);
    const QByteArray hex = bytes.toHex();
    return QString::fromLatin1(hex.left(8) + '-' + hex.mid(8, 4) + '-' + hex.mid(12, 4) + '-' +
                               hex.mid(16, 4) + '-' + hex.mid(20));
}

} // namespace

TokenPair TokenStore::mint(qint64 now)
{
    TokenPair pair{randomToken(), randomToken(), m_accessTtl};
    m_access.insert(pair.accessToken, {now + m_accessTtl});
    m_refresh.insert(pair.refreshToken, {now + m_refreshTtl, {}, 0});
    m_accessOf.insert(pair.refreshToken, pair.accessToken);
    return pair;
}

TokenPair TokenStore::create(qint64 now)
{
    return mint(now);
}

std::optional<TokenPair> TokenStore::refresh(const QString &refreshToken, qint64 now)
{
    auto it = m_refresh.find(refreshToken);
    if (it == m_refresh.end() || now >= it->expiresAt)
        return std::nullopt;
    if (!it->replacedBy.isEmpty()) {
        if (now >= it->replacedAt + graceSecs)
            return std::nullopt;
        const QString next = it->replacedBy;
        const QString access = m_accessOf.value(next);
        const auto accessIt = m_access.constFind(access);
        if (accessIt == m_access.cend())
            return std::nullopt;
        return TokenPair{access, next, std::max<qint64>(0, accessIt->expiresAt - now)};
    }
    const QString oldAccess = m_accessOf.value(refreshToken);
    TokenPair pair = mint(now);
    it = m_refresh.find(refreshToken); // mint() may have rehashed
    it->replacedBy = pair.refreshToken;
    it->replacedAt = now;
    auto old = m_access.find(oldAccess);
    if (old != m_access.end())
        old->expiresAt = std::min(old->expiresAt, now + graceSecs);
    return pair;
}

TokenStore::Check TokenStore::check(const QString &accessToken, qint64 now) const
{
    const auto it = m_access.constFind(accessToken);
    if (it == m_access.cend())
        return Check::Unknown;
    return now < it->expiresAt ? Check::Valid : Check::Expired;
}

void TokenStore::expire(const QString &accessToken)
{
    auto it = m_access.find(accessToken);
    if (it != m_access.end())
        it->expiresAt = 0;
}

void TokenStore::expireAll(bool refreshToo)
{
    for (Access &a : m_access)
        a.expiresAt = 0;
    if (refreshToo)
        for (Refresh &r : m_refresh)
            r.expiresAt = 0;
}

void TokenStore::revokeAll()
{
    m_access.clear();
    m_refresh.clear();
    m_accessOf.clear();
}

} // namespace aftersales::platformsim
