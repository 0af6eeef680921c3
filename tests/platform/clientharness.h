#pragma once

#include "domain/clock.h"
#include "platform/memorykeyring.h"
#include "platform/platformclient.h"
#include "simfixture.h"

#include <QJsonObject>
#include <QTest>

#include <memory>

namespace aftersales::platform::testing
{

// A PlatformClient against an in-process simulator: the client's clock follows the
// simulator's, the app secret sits in an in-memory keyring, and the back-off is scaled
// down (base 10 ms, cap 300 ms, draw 0: waits of 5, 10, 20, 40 ms) so no test sleeps.
class ClientHarness
{
public:
    // The demo shop's app key and shop, fast back-off, and an empty base URL: the simulator's.
    static PlatformConfig testConfig(int timeoutMs = 5000, int tries = 5);

    ClientHarness() : ClientHarness(testConfig()) {}
    explicit ClientHarness(PlatformConfig config, platformsim::SimConfig simConfig = {});

    PlatformConfig config() const;
    PlatformClient &client() { return *m_client; }
    platformsim::testing::SimFixture &fixture() { return m_fixture; }
    platformsim::SimState &sim();
    FixedClock &clock() { return m_clock; }
    MemoryKeyring &keyring() { return m_keyring; }
    // A new client (the old one goes), e.g. with another secret or base URL.
    void remake(PlatformConfig config);

    // Both clocks to `secs`.
    void setClock(qint64 secs);
    qint64 now() const;
    // A claim in the simulator (docs/platform-simulator.md's fields); its id.
    qint64 addClaim(const QJsonObject &spec = {});
    QJsonObject simClaim(qint64 id);
    // POST /_sim/faults.
    void addFault(const QJsonObject &fault);
    // The platform requests the simulator saw since the last call of this ("method code fault").
    QStringList requests();

private:
    platformsim::testing::SimFixture m_fixture;
    FixedClock m_clock;
    MemoryKeyring m_keyring;
    std::unique_ptr<PlatformClient> m_client;
    qint64 m_seenLog = 0;
};

// Runs an event loop until `done()` or `timeoutMs` passed (QTest::qWaitFor sleeps 10 ms
// between rounds of events, which would make every exchange look 50 ms slow).
bool spinUntil(const std::function<bool()> &done, int timeoutMs = 30000);

// Waits (with the event loop running) for one call's answer.
template <typename T, typename Start> PlatformReply<T> await(Start start, int timeoutMs = 30000)
{
    std::optional<PlatformReply<T>> reply;
    start([&reply](const PlatformReply<T> &r) { reply = r; });
    if (!spinUntil([&reply] { return reply.has_value(); }, timeoutMs))
        qFatal("no answer within %d ms", timeoutMs);
    return *reply;
}

} // namespace aftersales::platform::testing
