#include "tokenkeeper.h"

#include "credentials.h"
#include "domain/clock.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace aftersales::platform
{

TokenKeeper::TokenKeeper(Keyring &keyring, const Clock &clock, QString appKey, QString shopId)
    : m_keyring(keyring), m_clock(clock), m_key(credentials::tokenKey(appKey, shopId)),
      m_shopId(std::move(shopId)), m_self(std::make_shared<TokenKeeper *>(this))
{
}

TokenKeeper::~TokenKeeper() = default;

void TokenKeeper::load(std::function<void()> done)
{
    if (m_loaded)
        return done();
    m_waiting.push_back(std::move(done));
    if (m_loading)
        return;
    m_loading = true;
    std::weak_ptr<TokenKeeper *> self = m_self;
    m_keyring.read(m_key, [self](const KeyringAnswer &answer) {
        const auto alive = self.lock();
        if (!alive)
            return;
        TokenKeeper *k = *alive;
        k->m_inKeyring = answer.status != KeyringAnswer::Status::Unavailable;
        if (answer.found()) {
            const QJsonObject o = QJsonDocument::fromJson(answer.value.toUtf8()).object();
            // Only a complete token of this shop is taken; anything else is asked for again.
            if (o.value(QLatin1String("shop_id")).toString() == k->m_shopId &&
                !o.value(QLatin1String("access_token")).toString().isEmpty()) {
                k->m_accessToken = o.value(QLatin1String("access_token")).toString();
                k->m_refreshToken = o.value(QLatin1String("refresh_token")).toString();
                k->m_expiresAt =
                    QDateTime::fromSecsSinceEpoch(o.value(QLatin1String("expires_at")).toInteger(), Qt::UTC);
                k->m_shopName = o.value(QLatin1String("shop_name")).toString();
                k->m_lifetimeSecs = o.value(QLatin1String("lifetime")).toInteger();
            }
        }
        k->m_loaded = true;
        k->m_loading = false;
        const auto waiting = std::move(k->m_waiting);
        k->m_waiting.clear();
        for (const auto &w : waiting)
            w();
    });
}

bool TokenKeeper::hasAccessToken() const
{
    return !m_accessToken.isEmpty() && m_clock.now() < m_expiresAt;
}

bool TokenKeeper::needsRenewal() const
{
    const qint64 ahead = m_lifetimeSecs > 0 ? std::min(renewAheadSecs, m_lifetimeSecs / 2) : renewAheadSecs;
    return !hasAccessToken() || m_clock.now().secsTo(m_expiresAt) < ahead;
}

void TokenKeeper::adopt(const TokenAnswer &answer)
{
    m_accessToken = answer.accessToken;
    m_refreshToken = answer.refreshToken;
    m_expiresAt = m_clock.now().addSecs(answer.expiresIn);
    m_lifetimeSecs = answer.expiresIn;
    m_shopName = answer.shopName;
    save();
}

void TokenKeeper::dropAccessToken()
{
    m_accessToken.clear();
    m_expiresAt = {};
    save();
}

void TokenKeeper::dropRefreshToken()
{
    m_refreshToken.clear();
    save();
}

void TokenKeeper::forget()
{
    m_accessToken.clear();
    m_refreshToken.clear();
    m_expiresAt = {};
    m_lifetimeSecs = 0;
    m_shopName.clear();
    if (m_inKeyring)
        m_keyring.remove(m_key, [](bool, const QString &) {});
}

void TokenKeeper::save()
{
    if (!m_inKeyring)
        return;
    const QJsonObject o{
        {QStringLiteral("access_token"), m_accessToken},
        {QStringLiteral("refresh_token"), m_refreshToken},
        {QStringLiteral("expires_at"), m_expiresAt.isValid() ? m_expiresAt.toSecsSinceEpoch() : 0},
        {QStringLiteral("shop_id"), m_shopId},
        {QStringLiteral("shop_name"), m_shopName},
        {QStringLiteral("lifetime"), m_lifetimeSecs},
    };
    std::weak_ptr<TokenKeeper *> self = m_self;
    m_keyring.write(m_key, QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)),
                    [self](bool stored, const QString &) {
                        if (const auto alive = self.lock(); alive && !stored)
                            (*alive)->m_inKeyring = false;
                    });
}

} // namespace aftersales::platform
