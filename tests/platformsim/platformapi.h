#pragma once

#include "envelope.h"

#include <QJsonObject>
#include <QStringList>

namespace aftersales::platformsim
{

class ClaimBook;
class StateMachine;
class TokenStore;
struct SimConfig;

// What a platform method answered and did.
struct MethodAnswer {
    QJsonObject envelope;
    QStringList ids;        // the aftersale ids the call named
    int operateType = 0;    // afterSale/operate's type
    QStringList appliedIds; // the claims a write changed
};

// The platform's methods on an admitted, signed request: tokens, the after-sale reads
// and writes. Each answers an envelope; writes go through the state machine.
class PlatformApi
{
public:
    PlatformApi(const SimConfig &config, ClaimBook &book, StateMachine &machine, TokenStore &tokens);

    // `extraListItems`: afterSale/List answers that many items past `size` (a fault).
    MethodAnswer call(const QString &method, const QByteArray &body, const QString &logId, qint64 now,
                      int extraListItems = 0);

private:
    MethodAnswer tokenCreate(const QJsonObject &p, const QString &logId, qint64 now);
    MethodAnswer tokenRefresh(const QJsonObject &p, const QString &logId, qint64 now);
    MethodAnswer list(const QJsonObject &p, const QString &logId, int extra);
    MethodAnswer detail(const QJsonObject &p, const QString &logId);
    MethodAnswer operate(const QJsonObject &p, const QString &logId, qint64 now);
    MethodAnswer fillLogistics(const QJsonObject &p, const QString &logId, qint64 now);
    MethodAnswer rejectReasons(const QString &logId);

    const SimConfig &m_config;
    ClaimBook &m_book;
    StateMachine &m_machine;
    TokenStore &m_tokens;
};

} // namespace aftersales::platformsim
