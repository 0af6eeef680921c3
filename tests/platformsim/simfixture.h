#pragma once

#include "platformsimulator.h"
#include "simclient.h"

#include <memory>

namespace aftersales::platformsim::testing
{

// 2026-11-26T02:00:00Z: where the simulator's clock stands in the tests.
qint64 fixtureStart();

// A simulator on a free port with its clock fixed (at fixtureStart() unless the config
// says otherwise), and a client whose timestamps follow that clock and that holds a token.
struct SimFixture {
    explicit SimFixture(SimConfig config = {});

    std::unique_ptr<PlatformSimulator> sim;
    std::unique_ptr<SimClient> client;

    qint64 now() const;
    // The control API's POST /_sim/claims with one claim; its id ("" when refused).
    QString addClaim(const QJsonObject &spec);
    // The claim as GET /_sim/claims/{id} shows it.
    QJsonObject claim(const QString &id);
    // Moves the simulator's clock (and the client's timestamps) to `secs`.
    void setClock(qint64 secs);
};

} // namespace aftersales::platformsim::testing
