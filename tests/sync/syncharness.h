#pragma once

#include "clientharness.h"
#include "domain/clock.h"
#include "platform/syncengine.h"
#include "simfixture.h"
#include "tempdatabase.h"

#include <QJsonObject>

#include <memory>

namespace aftersales::platform::testing
{

// A SyncEngine against an in-process simulator, over a temporary database that the test reads
// and acts on through a Workbench of its own (as the window does): the simulator's clock, the
// engine's two clocks and the test's are one instant, moved together; the app secret comes
// from AFTERSALES_APP_SECRET; the tries are short and the back-off milliseconds.
class SyncHarness
{
public:
    static SyncOptions fastOptions();

    explicit SyncHarness(SyncOptions options = fastOptions(), platformsim::SimConfig simConfig = {});
    // On a database of `backend` (a file, or a database of its own on the test server).
    explicit SyncHarness(aftersales::testing::Backend backend, SyncOptions options = fastOptions(),
                         platformsim::SimConfig simConfig = {});
    ~SyncHarness();

    platformsim::testing::SimFixture &fixture() { return m_fixture; }
    platformsim::SimState &sim();
    aftersales::testing::TempDatabase &db() { return *m_db; }
    Workbench &workbench() { return m_db->workbench(); }
    SyncEngine &engine() { return *m_engine; }
    // An environment for another engine on the same database (another desktop), at the
    // harness's time now.
    SyncEnvironment environment(SyncOptions options) const;
    // A new engine (the old one goes), e.g. with other options.
    void remakeEngine(SyncOptions options);

    ConnectResult connect(const QString &secret = {});
    // One round, waited for.
    SyncSummary round(int timeoutMs = 60000);

    qint64 now() const;
    // Every clock to `secs`.
    void setClock(qint64 secs);
    void advance(qint64 secs) { setClock(now() + secs); }

    // The simulator's side.
    qint64 addClaim(const QJsonObject &spec = {});
    QJsonObject simClaim(qint64 id);
    // The buyer's (or the platform's) move on the simulator: cancel, modify, escalate, …
    void simAction(qint64 id, const QString &action);
    void addFault(const QJsonObject &fault);
    void clearFaults();
    int applied(qint64 id, const QString &action);
    // Requests the simulator saw of `method` ("afterSale.operate") since it started.
    int requests(const QString &method);

    // The test's side.
    Claim claim(qint64 id);
    QList<Event> events(qint64 id);
    qint64 claimCount();
    // The database's own check, passed or the problems.
    QStringList problems();
    Result<Claim> act(qint64 id, Action action, const QString &carrier = {}, const QString &tracking = {},
                      std::optional<RejectCode> rejectCode = {});
    // `count` claims of `spec` on the platform, connected, pulled, and a minute later approved
    // here (queued): their ids.
    QList<qint64> approvedClaims(int count, const QJsonObject &spec = {});

private:
    platformsim::testing::SimFixture m_fixture;
    std::unique_ptr<aftersales::testing::TempDatabase> m_db;
    std::shared_ptr<FixedClock> m_localClock;
    std::shared_ptr<FixedClock> m_platformClock;
    std::unique_ptr<SyncEngine> m_engine;
};

} // namespace aftersales::platform::testing
