#include "clientharness.h"

#include "platform/credentials.h"
#include "simstate.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QTimer>

namespace aftersales::platform::testing
{

bool spinUntil(const std::function<bool()> &done, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done() || deadline.hasExpired())
            loop.quit();
    });
    poll.setTimerType(Qt::PreciseTimer);
    poll.start(1);
    if (!done())
        loop.exec();
    return done();
}

PlatformConfig ClientHarness::testConfig(int timeoutMs, int tries)
{
    PlatformConfig c;
    c.baseUrl = QUrl();
    c.appKey = QStringLiteral("demo-app-key");
    c.shopId = QStringLiteral("10086");
    c.retry.maxTries = tries;
    c.retry.timeoutMs = timeoutMs;
    c.retry.baseMs = 10;
    c.retry.capMs = 300;
    return c;
}

ClientHarness::ClientHarness(PlatformConfig config, platformsim::SimConfig simConfig)
    : m_fixture(simConfig), m_clock(QDateTime::fromSecsSinceEpoch(m_fixture.now(), Qt::UTC))
{
    qunsetenv(credentials::secretVariable);
    credentials::storeSecret(m_keyring, QStringLiteral("demo-app-key"), QStringLiteral("demo-app-secret"),
                             [](bool, const QString &) {});
    remake(std::move(config));
    m_seenLog = sim().log.lastSeq();
}

PlatformConfig ClientHarness::config() const
{
    return m_client->config();
}

platformsim::SimState &ClientHarness::sim()
{
    return m_fixture.sim->state();
}

void ClientHarness::remake(PlatformConfig config)
{
    m_client.reset();
    if (config.baseUrl.isEmpty())
        config.baseUrl = m_fixture.sim->baseUrl();
    m_client = std::make_unique<PlatformClient>(config, m_clock, m_keyring);
    m_client->setRandomSource([] { return 0.0; });
}

void ClientHarness::setClock(qint64 secs)
{
    m_fixture.setClock(secs);
    m_clock.set(QDateTime::fromSecsSinceEpoch(secs, Qt::UTC));
}

qint64 ClientHarness::now() const
{
    return m_fixture.now();
}

qint64 ClientHarness::addClaim(const QJsonObject &spec)
{
    const QString id = m_fixture.addClaim(spec);
    if (id.isEmpty())
        qFatal("the simulator refused the claim");
    return id.toLongLong();
}

QJsonObject ClientHarness::simClaim(qint64 id)
{
    return m_fixture.claim(QString::number(id));
}

void ClientHarness::addFault(const QJsonObject &fault)
{
    const platformsim::testing::Reply r = m_fixture.client->control("POST", QStringLiteral("faults"), fault);
    if (r.httpStatus != 200)
        qFatal("the simulator refused the fault: %s", r.body.constData());
}

QStringList ClientHarness::requests()
{
    QStringList out;
    for (const platformsim::LogEntry &e : sim().log.since(m_seenLog, 100000)) {
        QString line = e.method + QLatin1Char(' ') + QString::number(e.code);
        if (!e.fault.isEmpty())
            line += QLatin1Char(' ') + e.fault;
        out << line;
        m_seenLog = std::max(m_seenLog, e.seq);
    }
    return out;
}

} // namespace aftersales::platform::testing
