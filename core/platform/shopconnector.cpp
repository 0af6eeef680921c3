#include "shopconnector.h"

#include "credentials.h"
#include "keyring.h"
#include "platformclient.h"
#include "storage/storage.h"
#include "workbench.h"

#include <QCoreApplication>
#include <QPointer>

namespace aftersales::platform
{
namespace
{

bool isDigits(const QString &s)
{
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

ConnectResult failed(ConnectResult::Status status, const QString &message)
{
    return ConnectResult{status, message, {}};
}

} // namespace

int ConnectResult::exitCode() const
{
    switch (status) {
    case Status::Connected:
        return 0;
    case Status::NoSecret:
    case Status::BadInput:
        return 2;
    default:
        return 3;
    }
}

ShopConnector::ShopConnector(Workbench &workbench, const Clock &platformClock, Keyring &keyring,
                             PlatformConfig base, QObject *parent)
    : QObject(parent), m_workbench(workbench), m_clock(platformClock), m_keyring(keyring),
      m_base(std::move(base))
{
}

ShopConnector::~ShopConnector() = default;

void ShopConnector::connectShop(const ShopCredentials &credentials, Done done)
{
    if (credentials.appKey.trimmed().isEmpty() || credentials.appKey.size() > 64)
        return done(failed(ConnectResult::Status::BadInput, tr("The app key is missing.")), nullptr);
    if (!isDigits(credentials.shopId) || credentials.shopId.size() > 32)
        return done(failed(ConnectResult::Status::BadInput,
                           tr("The shop id \"%1\" is not a string of digits.").arg(credentials.shopId)),
                    nullptr);
    const QUrl &url = credentials.baseUrl;
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return done(
            failed(ConnectResult::Status::BadInput,
                   tr("\"%1\" is not the platform's address (https://…).").arg(url.toDisplayString())),
            nullptr);
    if (!credentials.secret.isEmpty())
        return check(credentials, credentials.secret, std::move(done));
    QPointer<ShopConnector> self(this);
    credentials::fetchSecret(m_keyring, credentials.appKey,
                             [self, credentials, done = std::move(done)](const SecretAnswer &answer) {
                                 if (!self)
                                     return;
                                 if (!answer.ok())
                                     return done(failed(ConnectResult::Status::NoSecret, answer.detail),
                                                 nullptr);
                                 self->check(credentials, answer.secret, done);
                             });
}

void ShopConnector::check(const ShopCredentials &credentials, const QString &secret, Done done)
{
    PlatformConfig config = m_base;
    config.baseUrl = credentials.baseUrl;
    config.appKey = credentials.appKey;
    config.shopId = credentials.shopId;
    config.appSecret = secret;
    auto client = std::make_shared<std::unique_ptr<PlatformClient>>(
        std::make_unique<PlatformClient>(config, m_clock, m_keyring));
    QPointer<ShopConnector> self(this);
    (*client)->createToken([self, client, credentials, done](const PlatformReply<TokenAnswer> &reply) {
        if (!self)
            return;
        using S = ConnectResult::Status;
        if (!reply.ok()) {
            S status = S::Refused;
            switch (reply.record.kind) {
            case CallKind::Transient:
            case CallKind::TrafficLimited:
            case CallKind::Unknown:
                status = S::Unreachable;
                break;
            case CallKind::InvalidRequest:
                status = S::BadInput;
                break;
            default:
                break;
            }
            return done(failed(status, reply.record.message), nullptr);
        }
        if (credentials.storeSecret && !credentials.secret.isEmpty())
            credentials::storeSecret(self->m_keyring, credentials.appKey, credentials.secret,
                                     [](bool, const QString &) {});
        PlatformConnection connection;
        connection.appKey = credentials.appKey;
        connection.shopId = credentials.shopId;
        connection.baseUrl = credentials.baseUrl.toString();
        connection.shopName = reply.value->shopName;
        connection.connectedAt = self->m_workbench.now();
        if (const Result<std::optional<PlatformConnection>> before =
                self->m_workbench.storage().platformConnection();
            before.ok() && *before && (*before)->shopId == connection.shopId &&
            (*before)->appKey == connection.appKey) {
            connection.lastPullAt = (*before)->lastPullAt;
            connection.lastRoundAt = (*before)->lastRoundAt;
            // Connected since then, still: connecting to the same shop again (another agent of
            // a team, keeping the secret on their computer) changes nothing recorded.
            if ((*before)->baseUrl == connection.baseUrl && (*before)->shopName == connection.shopName)
                connection.connectedAt = (*before)->connectedAt;
        }
        if (const Outcome o = self->m_workbench.savePlatformConnection(connection); !o.ok())
            return done(failed(S::Storage, o.message), nullptr);
        done(ConnectResult{S::Connected,
                           tr("Connected to %1 (shop %2).").arg(connection.shopName, connection.shopId),
                           connection.shopName},
             std::move(*client));
    });
}

} // namespace aftersales::platform
