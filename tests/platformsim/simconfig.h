#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace aftersales::platformsim
{

// How a simulator starts: the app's credentials, the shop, and its behaviour. The demo
// values are not secrets; a real secret never belongs in a simulator.
struct SimConfig {
    QString appKey = QStringLiteral("demo-app-key");
    QString appSecret = QStringLiteral("demo-app-secret");
    QString shopId = QStringLiteral("10086");
    QString shopName = QStringLiteral("演示小店");
    qint64 tokenTtlSecs = 7 * 24 * 3600;
    qint64 refreshTtlSecs = 14 * 24 * 3600;
    // A request's timestamp may differ this much from the simulator's clock; 0: unchecked.
    qint64 timestampWindowSecs = 600;
    int latencyMs = 0;
    bool authorized = true;
    // The clock stands at this instant; unset: the system clock.
    std::optional<QDateTime> now;
    // One line per platform request (log_id, method, code) on stderr.
    bool echo = false;
    quint32 faultSeed = 1;
};

} // namespace aftersales::platformsim
