#pragma once

#include "domain/clock.h"
#include "domain/policy.h"
#include "storage/sqlite/sqlitestorage.h"
#include "workbench.h"

#include <QTemporaryDir>

#include <memory>

namespace aftersales::testing
{

// A fresh database in a temporary folder, a fixed clock and a workbench over them
// (KeePassXC's TemporaryFile + MockClock). The folder goes away with the fixture.
class TempDatabase
{
public:
    // Default start: 2026-11-26T10:00:00+08:00.
    explicit TempDatabase(const QDateTime &start = defaultStart());
    ~TempDatabase();

    static QDateTime defaultStart();
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    // The SQLite backend itself (a Storage, with its diagnostics).
    SqliteStorage &storage() { return *m_storage; }
    FixedClock &clock() { return m_clock; }
    Workbench &workbench() { return *m_workbench; }
    Policy policy() const { return m_workbench->policy(); }

    // A shipped smart-home order (received `receivedHoursAgo` ago, or not at all when
    // negative), recorded at the current clock time.
    Order addShippedOrder(const QString &orderId, qint64 amountCents = 19900, int receivedHoursAgo = -1,
                          const QString &category = QStringLiteral("smart_home"));
    // apply() that fails the test when refused.
    qint64 applyFor(const QString &orderId, ClaimType type, Reason reason);
    // A reshipment for missing items on a new shipped order, approved by "tester": awaiting
    // shipment.
    qint64 awaitingShipment(const QString &orderId);
    // The merchant `actor` ships the claim with this carrier and number.
    Result<Claim> ship(qint64 id, const QString &carrier, const QString &trackingNo,
                       const QString &actor = QStringLiteral("tester"));

private:
    QTemporaryDir m_dir;
    QString m_path;
    FixedClock m_clock;
    std::unique_ptr<SqliteStorage> m_storage;
    std::unique_ptr<Workbench> m_workbench;
};

} // namespace aftersales::testing
