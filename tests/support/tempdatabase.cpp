#include "tempdatabase.h"

#include "storage/postgres/postgresstorage.h"
#include "storage/sqlite/sqlitestorage.h"
#include "storage/storagefactory.h"

#include <QTest>

namespace aftersales::testing
{

QDateTime TempDatabase::defaultStart()
{
    return QDateTime::fromString(QStringLiteral("2026-11-26T10:00:00+08:00"), Qt::ISODate).toUTC();
}

TempDatabase::TempDatabase(const QDateTime &start) : TempDatabase(Backend::Sqlite, start) {}

TempDatabase::TempDatabase(Backend backend, const QDateTime &start) : m_database(backend), m_clock(start)
{
    Result<std::unique_ptr<Storage>> opened = storage::open(m_database.location());
    if (!opened.ok())
        qFatal("cannot open test database: %s", qPrintable(opened.outcome.message));
    m_storage = std::move(*opened);
    m_workbench = std::make_unique<Workbench>(*m_storage, m_clock, Policy::defaults());
}

TempDatabase::~TempDatabase()
{
    m_workbench.reset();
    m_storage.reset();
}

void TempDatabase::closeStorage()
{
    m_workbench.reset();
    m_storage.reset();
}

SqliteStorage &TempDatabase::sqlite()
{
    auto *s = dynamic_cast<SqliteStorage *>(m_storage.get());
    if (!s)
        qFatal("this test database is not a SQLite one");
    return *s;
}

PostgresStorage &TempDatabase::postgres()
{
    auto *s = dynamic_cast<PostgresStorage *>(m_storage.get());
    if (!s)
        qFatal("this test database is not a PostgreSQL one");
    return *s;
}

QString TempDatabase::actorFor(const QString &name) const
{
    return m_storage && m_storage->has(Storage::Capability::Team) ? m_storage->connectedRole() : name;
}

Order TempDatabase::addShippedOrder(const QString &orderId, qint64 amountCents, int receivedHoursAgo,
                                    const QString &category)
{
    Order o;
    o.orderId = orderId;
    o.category = category;
    o.amountCents = amountCents;
    o.carrier = QStringLiteral("shunfeng");
    o.trackingNo = QStringLiteral("SF9%1").arg(qHash(orderId) % 1000000000000ULL, 12, 10, QLatin1Char('0'));
    o.shippedAt = m_clock.now().addSecs(-72 * 3600);
    if (receivedHoursAgo >= 0)
        o.receivedAt = m_clock.now().addSecs(-qint64(receivedHoursAgo) * 3600);
    o.buyer = QStringLiteral("买家") + orderId;
    o.product = QStringLiteral("智能门锁 ") + orderId;
    const Outcome added = m_workbench->addOrder(o);
    if (!added.ok())
        qFatal("cannot add order: %s", qPrintable(added.message));
    o.trackingNo = o.trackingNo.toUpper();
    return o;
}

qint64 TempDatabase::applyFor(const QString &orderId, ClaimType type, Reason reason)
{
    ApplyRequest r;
    r.type = type;
    r.reason = reason;
    const Result<qint64> id = m_workbench->apply(orderId, r);
    if (!id.ok())
        qFatal("apply refused: %s", qPrintable(id.outcome.message));
    return *id;
}

qint64 TempDatabase::awaitingShipment(const QString &orderId)
{
    addShippedOrder(orderId);
    const qint64 id = applyFor(orderId, ClaimType::Reship, Reason::MissingItems);
    ActionRequest r;
    r.action = Action::Approve;
    r.actor = QStringLiteral("tester");
    const Result<Claim> c = m_workbench->act(id, r);
    if (!c.ok())
        qFatal("approve refused: %s", qPrintable(c.outcome.message));
    return id;
}

qint64 TempDatabase::platformClaim(qint64 id, qint64 updateTime)
{
    Claim c;
    c.id = id;
    c.orderId = QStringLiteral("P%1").arg(id);
    c.order.orderId = c.orderId;
    c.order.category = QStringLiteral("unknown");
    c.appliedAt = m_clock.now().addSecs(-60);
    c.updatedAt = c.appliedAt;
    c.deadline = c.appliedAt.addSecs(48 * 3600);
    c.sync.platformUpdateTime = updateTime;
    c.sync.state = SyncState::Synced;
    const auto taken = m_workbench->platformPage({id}, [&c](int, const std::optional<Claim> &) {
        Workbench::PlatformFit fit;
        fit.kind = Workbench::PlatformFit::Kind::TakeIn;
        fit.claim = c;
        return fit;
    });
    if (!taken.ok())
        qFatal("the platform claim was not taken in: %s", qPrintable(taken.outcome.message));
    return id;
}

Result<Claim> TempDatabase::ship(qint64 id, const QString &carrier, const QString &trackingNo,
                                 const QString &actor)
{
    ActionRequest r;
    r.action = Action::Ship;
    r.actor = actor;
    r.carrier = carrier;
    r.trackingNo = trackingNo;
    return m_workbench->act(id, r);
}

} // namespace aftersales::testing
