#pragma once

#include "domain/clock.h"
#include "domain/policy.h"
#include "storage/storage.h"
#include "testdatabase.h"
#include "workbench.h"

#include <memory>

namespace aftersales
{
class SqliteStorage;
class PostgresStorage;
} // namespace aftersales

namespace aftersales::testing
{

// A fresh database on a backend (TestDatabase), a fixed clock and a workbench over them
// (KeePassXC's TemporaryFile + MockClock). The database goes away with the fixture.
class TempDatabase
{
public:
    // Default start: 2026-11-26T10:00:00+08:00.
    explicit TempDatabase(const QDateTime &start = defaultStart());
    explicit TempDatabase(Backend backend, const QDateTime &start = defaultStart());
    ~TempDatabase();

    static QDateTime defaultStart();
    Backend backend() const { return m_database.backend(); }
    // What storage::open takes: a file path, or a postgresql:// URI.
    QString path() const { return m_database.location(); }
    QString dir() const { return m_database.dir(); }
    // The database from outside the program (raw SQL).
    TestDatabase &database() { return m_database; }
    Storage &storage() { return *m_storage; }
    // The backend itself, with its diagnostics; the fixture must be on that backend.
    SqliteStorage &sqlite();
    PostgresStorage &postgres();
    FixedClock &clock() { return m_clock; }
    Workbench &workbench() { return *m_workbench; }
    Policy policy() const { return m_workbench->policy(); }

    // A shipped smart-home order (received `receivedHoursAgo` ago, or not at all when
    // negative), recorded at the current clock time.
    Order addShippedOrder(const QString &orderId, qint64 amountCents = 19900, int receivedHoursAgo = -1,
                          const QString &category = QStringLiteral("smart_home"));
    // Closes this fixture's connection (and workbench): the database itself stays, for other
    // connections. Nothing of the fixture but database() may be used afterwards.
    void closeStorage();
    // Who the audit trail says did a merchant's action the program asked as `name`: the name
    // itself on SQLite, the role logged in on PostgreSQL (the server writes it).
    QString actorFor(const QString &name) const;
    // apply() that fails the test when refused.
    qint64 applyFor(const QString &orderId, ClaimType type, Reason reason);
    // A claim of the platform (pending review, synced at its `updateTime`) taken in as a pull
    // takes it in, with its order "P<id>": its id.
    qint64 platformClaim(qint64 id, qint64 updateTime);
    // A reshipment for missing items on a new shipped order, approved by "tester": awaiting
    // shipment.
    qint64 awaitingShipment(const QString &orderId);
    // The merchant `actor` ships the claim with this carrier and number.
    Result<Claim> ship(qint64 id, const QString &carrier, const QString &trackingNo,
                       const QString &actor = QStringLiteral("tester"));

private:
    TestDatabase m_database;
    FixedClock m_clock;
    std::unique_ptr<Storage> m_storage;
    std::unique_ptr<Workbench> m_workbench;
};

} // namespace aftersales::testing
