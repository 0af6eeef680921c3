#include "syncharness.h"

#include "platform/memorykeyring.h"
#include "simstate.h"
#include "storage/consistency.h"

#include <QJsonArray>

namespace aftersales::platform::testing
{

SyncOptions SyncHarness::fastOptions()
{
    SyncOptions o;
    o.retry.maxTries = 4;
    o.retry.timeoutMs = 2000;
    o.retry.baseMs = 5;
    o.retry.capMs = 50;
    o.leaseSecs = 5;
    return o;
}

SyncHarness::SyncHarness(SyncOptions options, platformsim::SimConfig simConfig)
    : SyncHarness(aftersales::testing::Backend::Sqlite, options, simConfig)
{
}

SyncHarness::SyncHarness(aftersales::testing::Backend backend, SyncOptions options,
                         platformsim::SimConfig simConfig)
    : m_fixture(simConfig), m_db(std::make_unique<aftersales::testing::TempDatabase>(
                                backend, QDateTime::fromSecsSinceEpoch(m_fixture.now(), Qt::UTC))),
      m_localClock(std::make_shared<FixedClock>(QDateTime::fromSecsSinceEpoch(m_fixture.now(), Qt::UTC))),
      m_platformClock(std::make_shared<FixedClock>(QDateTime::fromSecsSinceEpoch(m_fixture.now(), Qt::UTC)))
{
    qputenv("AFTERSALES_APP_SECRET", "demo-app-secret");
    remakeEngine(options);
}

SyncHarness::~SyncHarness()
{
    m_engine.reset();
    m_db.reset();
}

void SyncHarness::remakeEngine(SyncOptions options)
{
    m_engine.reset();
    SyncEnvironment env;
    env.location = m_db->path();
    env.policy = m_db->policy();
    env.localClock = m_localClock;
    env.platformClock = m_platformClock;
    env.makeKeyring = [] { return std::make_unique<MemoryKeyring>(); };
    env.options = options;
    m_engine = std::make_unique<SyncEngine>(env);
}

SyncEnvironment SyncHarness::environment(SyncOptions options) const
{
    SyncEnvironment env;
    env.location = m_db->path();
    env.policy = m_db->policy();
    env.localClock = std::make_shared<FixedClock>(QDateTime::fromSecsSinceEpoch(now(), Qt::UTC));
    env.platformClock = std::make_shared<FixedClock>(QDateTime::fromSecsSinceEpoch(now(), Qt::UTC));
    env.makeKeyring = [] { return std::make_unique<MemoryKeyring>(); };
    env.options = options;
    return env;
}

platformsim::SimState &SyncHarness::sim()
{
    return m_fixture.sim->state();
}

ConnectResult SyncHarness::connect(const QString &secret)
{
    std::optional<ConnectResult> result;
    QObject::connect(
        m_engine.get(), &SyncEngine::connectFinished, m_engine.get(),
        [&result](const ConnectResult &r) { result = r; }, Qt::SingleShotConnection);
    ShopCredentials c;
    c.appKey = QStringLiteral("demo-app-key");
    c.shopId = QStringLiteral("10086");
    c.baseUrl = m_fixture.sim->baseUrl();
    c.secret = secret;
    m_engine->connectShop(c);
    if (!spinUntil([&] { return result.has_value(); }, 30000))
        qFatal("no answer to connectShop");
    return *result;
}

SyncSummary SyncHarness::round(int timeoutMs)
{
    std::optional<SyncSummary> summary;
    QObject::connect(
        m_engine.get(), &SyncEngine::roundFinished, m_engine.get(),
        [&summary](const SyncSummary &s) { summary = s; }, Qt::SingleShotConnection);
    m_engine->syncNow();
    if (!spinUntil([&] { return summary.has_value(); }, timeoutMs))
        qFatal("no round finished within %d ms", timeoutMs);
    return *summary;
}

qint64 SyncHarness::now() const
{
    return m_fixture.now();
}

void SyncHarness::setClock(qint64 secs)
{
    m_fixture.setClock(secs);
    const QDateTime at = QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
    m_localClock->set(at);
    m_platformClock->set(at);
    m_db->clock().set(at);
}

qint64 SyncHarness::addClaim(const QJsonObject &spec)
{
    const QString id = m_fixture.addClaim(spec);
    if (id.isEmpty())
        qFatal("the simulator refused the claim");
    return id.toLongLong();
}

QJsonObject SyncHarness::simClaim(qint64 id)
{
    return m_fixture.claim(QString::number(id));
}

void SyncHarness::simAction(qint64 id, const QString &action)
{
    const auto r = m_fixture.client->control("POST", QStringLiteral("claims/%1/actions").arg(id),
                                             {{QStringLiteral("action"), action}});
    if (r.httpStatus != 200)
        qFatal("the simulator refused %s: %s", qPrintable(action), r.body.constData());
}

void SyncHarness::addFault(const QJsonObject &fault)
{
    const auto r = m_fixture.client->control("POST", QStringLiteral("faults"), fault);
    if (r.httpStatus != 200)
        qFatal("the simulator refused the fault: %s", r.body.constData());
}

void SyncHarness::clearFaults()
{
    m_fixture.client->control("DELETE", QStringLiteral("faults"));
}

int SyncHarness::applied(qint64 id, const QString &action)
{
    return sim().log.appliedCount(QString::number(id), action);
}

int SyncHarness::requests(const QString &method)
{
    return sim().log.counters().value(QStringLiteral("requests")).toObject().value(method).toInt();
}

Claim SyncHarness::claim(qint64 id)
{
    const Result<Claim> c = m_db->workbench().claim(id);
    if (!c.ok())
        qFatal("no claim %lld: %s", id, qPrintable(c.outcome.message));
    return *c;
}

QList<Event> SyncHarness::events(qint64 id)
{
    return *m_db->workbench().events(id);
}

qint64 SyncHarness::claimCount()
{
    return *m_db->workbench().reader().count(ClaimQuery{});
}

QStringList SyncHarness::problems()
{
    const Result<QList<consistency::Problem>> found = consistency::check(m_db->storage());
    if (!found.ok())
        return {found.outcome.message};
    QStringList out;
    for (const consistency::Problem &p : *found)
        out << QStringLiteral("claim %1: %2").arg(p.claimId).arg(p.what);
    return out;
}

Result<Claim> SyncHarness::act(qint64 id, Action action, const QString &carrier, const QString &tracking,
                               std::optional<RejectCode> rejectCode)
{
    ActionRequest r;
    r.action = action;
    r.actor = QStringLiteral("merchant");
    r.carrier = carrier;
    r.trackingNo = tracking;
    r.rejectCode = rejectCode;
    if (action == Action::Reject && !rejectCode)
        r.rejectCode = RejectCode::Other;
    return m_db->workbench().act(id, r);
}

QList<qint64> SyncHarness::approvedClaims(int count, const QJsonObject &spec)
{
    QList<qint64> ids;
    for (int i = 0; i < count; ++i)
        ids << addClaim(spec);
    if (connect().status != ConnectResult::Status::Connected || !round().ok())
        qFatal("the claims could not be pulled");
    advance(60);
    for (qint64 id : ids)
        if (const Result<Claim> r = act(id, Action::Approve); !r.ok())
            qFatal("approve refused: %s", qPrintable(r.outcome.message));
    return ids;
}

} // namespace aftersales::platform::testing
