#pragma once

#include "tempdatabase.h"

#include <QHash>
#include <QTimeZone>

#include <map>
#include <memory>

namespace aftersales::testing
{

// A small after-sales history built through the Workbench with a fixed clock, whose report
// figures are worked out by hand in tests/core/tst_report.cpp: applications, approvals on
// time and at the deadline, shipments on time and late, compensations, automatic refunds, a
// withdrawal, two operators (alice, bob), claims on both sides of the report's edges and of
// midnight in Asia/Shanghai. Claims are named C0 … C15; the clock ends at
// 2026-11-26T10:00:00+08:00 with every automatic step applied.
//
// On either backend with the same answers: on PostgreSQL, where the operator of the audit
// trail is the role logged in, alice and bob are agents of the team's database (roles of the
// test server) who act through connections of their own.
class InsightHistory
{
public:
    explicit InsightHistory(Backend backend = Backend::Sqlite);
    ~InsightHistory();

    TempDatabase &db() { return *m_db; }
    // The database, for a fixture that keeps it (the history's ids stay known here).
    std::unique_ptr<TempDatabase> takeDatabase() { return std::move(m_db); }
    qint64 id(const char *name) const { return m_ids.value(QLatin1String(name)); }
    // The ids of these claims, ascending.
    QList<qint64> ids(std::initializer_list<const char *> names) const;
    static QTimeZone zone();
    // An instant given as local time in Asia/Shanghai ("2026-11-16T00:00:00").
    static QDateTime at(const char *local);
    // The outcome of bob's approval of C4 at its review deadline (refused).
    const Outcome &approvalAtDeadline() const { return m_atDeadline; }

private:
    void order(const QString &id, const QString &product, qint64 amountCents, bool shipped = true);
    void apply(const char *name, ClaimType type, Reason reason, const QString &product,
               qint64 amountCents = 19900, bool shipped = true);
    Outcome act(const char *name, Action action, const QString &actor);
    void moveTo(const char *local);
    // Who acts as `actor`: an agent's own workbench on PostgreSQL, the database's otherwise.
    Workbench &workbenchOf(const QString &actor);

    struct Agent {
        std::unique_ptr<Storage> storage;
        std::unique_ptr<Workbench> workbench;
    };

    std::unique_ptr<TempDatabase> m_db;
    std::map<QString, Agent> m_agents;
    QHash<QString, qint64> m_ids;
    Outcome m_atDeadline;
};

} // namespace aftersales::testing
