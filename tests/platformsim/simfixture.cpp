#include "simfixture.h"

#include "simstate.h"

#include <QJsonArray>

namespace aftersales::platformsim::testing
{

qint64 fixtureStart()
{
    return 1795658400; // 2026-11-26T02:00:00Z
}

SimFixture::SimFixture(SimConfig config)
{
    if (!config.now)
        config.now = QDateTime::fromSecsSinceEpoch(fixtureStart(), Qt::UTC);
    sim = std::make_unique<PlatformSimulator>(config);
    if (!sim->listen(0))
        qFatal("the simulator cannot listen: %s", qPrintable(sim->errorString()));
    client = std::make_unique<SimClient>(sim->baseUrl(), config.appKey, config.appSecret.toUtf8());
    client->setNow(now());
    client->createToken(config.shopId);
}

qint64 SimFixture::now() const
{
    return sim->state().now();
}

QString SimFixture::addClaim(const QJsonObject &spec)
{
    const Reply r =
        client->control("POST", QStringLiteral("claims"), {{QStringLiteral("claims"), QJsonArray{spec}}});
    return r.json.value(QStringLiteral("ids")).toArray().first().toString();
}

QJsonObject SimFixture::claim(const QString &id)
{
    return client->control("GET", QStringLiteral("claims/") + id).json;
}

void SimFixture::setClock(qint64 secs)
{
    client->control("POST", QStringLiteral("clock"), {{QStringLiteral("set"), double(secs)}});
    client->setNow(secs);
}

} // namespace aftersales::platformsim::testing
