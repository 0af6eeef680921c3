#include "insighthistory.h"

#include "storage/storagefactory.h"

#include <QTest>

namespace aftersales::testing
{
namespace
{
const QString lockA = QStringLiteral("智能门锁 A");
const QString robotB = QStringLiteral("扫地机器人 B");
const QString earbudsC = QStringLiteral("蓝牙耳机 C");
const QString alice = QStringLiteral("alice");
const QString bob = QStringLiteral("bob");
const QString buyer = QStringLiteral("buyer");
} // namespace

QTimeZone InsightHistory::zone()
{
    return QTimeZone(QByteArrayLiteral("Asia/Shanghai"));
}

QDateTime InsightHistory::at(const char *local)
{
    return QDateTime(QDateTime::fromString(QLatin1String(local), Qt::ISODate).date(),
                     QDateTime::fromString(QLatin1String(local), Qt::ISODate).time(), zone())
        .toUTC();
}

QList<qint64> InsightHistory::ids(std::initializer_list<const char *> names) const
{
    QList<qint64> out;
    for (const char *n : names)
        out.append(id(n));
    std::sort(out.begin(), out.end());
    return out;
}

void InsightHistory::moveTo(const char *local)
{
    const QDateTime t = at(local);
    if (t < m_db->clock().now())
        qFatal("the history goes back in time at %s", local);
    m_db->clock().set(t);
}

void InsightHistory::order(const QString &id, const QString &product, qint64 amountCents, bool shipped)
{
    Order o;
    o.orderId = id;
    o.category = shipped ? QStringLiteral("smart_home") : QStringLiteral("digital");
    o.amountCents = amountCents;
    o.buyer = QStringLiteral("买家") + id;
    o.product = product;
    if (shipped) {
        o.carrier = QStringLiteral("shunfeng");
        o.trackingNo = QStringLiteral("SF2%1").arg(id.right(12).toLongLong(), 12, 10, QLatin1Char('0'));
        o.shippedAt = m_db->clock().now().addSecs(-72 * 3600);
    }
    if (const Outcome added = m_db->workbench().addOrder(o); !added.ok())
        qFatal("cannot add order: %s", qPrintable(added.message));
}

void InsightHistory::apply(const char *name, ClaimType type, Reason reason, const QString &product,
                           qint64 amountCents, bool shipped)
{
    const QString orderId = QStringLiteral("6900000000000000%1").arg(m_ids.size(), 3, 10, QLatin1Char('0'));
    order(orderId, product, amountCents, shipped);
    m_ids.insert(QLatin1String(name), m_db->applyFor(orderId, type, reason));
}

Workbench &InsightHistory::workbenchOf(const QString &actor)
{
    if (m_db->backend() != Backend::Postgres || (actor != alice && actor != bob))
        return m_db->workbench();
    Agent &agent = m_agents[actor];
    if (!agent.workbench) {
        TestDatabase::ensureRole(actor);
        if (const Outcome granted = m_db->storage().grantAgent(actor); !granted.ok())
            qFatal("cannot make %s an agent: %s", qPrintable(actor), qPrintable(granted.message));
        Result<std::unique_ptr<Storage>> opened = storage::open(m_db->database().locationAs(actor));
        if (!opened.ok())
            qFatal("cannot connect as %s: %s", qPrintable(actor), qPrintable(opened.outcome.message));
        agent.storage = std::move(*opened);
        agent.workbench = std::make_unique<Workbench>(*agent.storage, m_db->clock(), m_db->policy());
    }
    return *agent.workbench;
}

Outcome InsightHistory::act(const char *name, Action action, const QString &actor)
{
    ActionRequest r;
    r.action = action;
    r.actor = actor;
    if (action == Action::Reject)
        r.rejectCode = RejectCode::OutOfStock;
    if (action == Action::Ship) {
        r.carrier = QStringLiteral("shunfeng");
        r.trackingNo = QStringLiteral("SF1%1").arg(id(name), 12, 10, QLatin1Char('0'));
    }
    return workbenchOf(actor).act(id(name), r).outcome;
}

InsightHistory::~InsightHistory() = default;

InsightHistory::InsightHistory(Backend backend)
    : m_db(std::make_unique<TempDatabase>(backend, at("2026-11-10T10:00:00")))
{
    auto must = [](const Outcome &o, const char *what) {
        if (!o.ok())
            qFatal("%s refused: %s", what, qPrintable(o.message));
    };
    moveTo("2026-11-14T12:00:00");
    apply("C0", ClaimType::Reship, Reason::MissingItems, lockA);
    moveTo("2026-11-15T23:59:59");
    apply("C1", ClaimType::Reship, Reason::NeverReceived, lockA, 25900);
    moveTo("2026-11-16T00:00:00");
    apply("C2", ClaimType::Reship, Reason::MissingItems, lockA);
    moveTo("2026-11-16T01:00:00");
    must(act("C2", Action::Approve, bob), "C2 approve");
    moveTo("2026-11-16T10:00:00");
    apply("C3", ClaimType::Reship, Reason::MissingItems, lockA);
    moveTo("2026-11-16T11:00:00");
    must(act("C0", Action::Approve, alice), "C0 approve");
    moveTo("2026-11-17T09:00:00");
    must(act("C0", Action::Ship, bob), "C0 ship");
    moveTo("2026-11-17T12:00:00");
    apply("C4", ClaimType::Reship, Reason::Other, robotB);
    // One second before the shipping deadline (approved 11-16 01:00).
    moveTo("2026-11-18T00:59:59");
    must(act("C2", Action::Ship, alice), "C2 ship");
    moveTo("2026-11-18T09:00:00");
    apply("C5", ClaimType::Exchange, Reason::Other, robotB);
    // One second before the review deadline (applied 11-16 10:00).
    moveTo("2026-11-18T09:59:59");
    must(act("C3", Action::Approve, alice), "C3 approve");
    moveTo("2026-11-18T10:00:00");
    must(act("C5", Action::Reject, alice), "C5 reject");
    // At the review deadline itself: the automatic approval came first.
    moveTo("2026-11-19T12:00:00");
    m_atDeadline = act("C4", Action::Approve, bob);
    moveTo("2026-11-20T08:00:00");
    must(act("C4", Action::Ship, bob), "C4 ship");
    moveTo("2026-11-20T10:00:00");
    apply("C6", ClaimType::Reship, Reason::MissingItems, lockA);
    moveTo("2026-11-20T11:00:00");
    must(act("C6", Action::Cancel, buyer), "C6 cancel");
    // Shipped after the late shipment (ship_overdue): still late.
    moveTo("2026-11-20T12:00:00");
    must(act("C3", Action::Ship, alice), "C3 ship");
    moveTo("2026-11-20T21:30:00");
    apply("C9", ClaimType::Reship, Reason::MissingItems, lockA);
    moveTo("2026-11-21T00:00:00");
    must(act("C9", Action::Approve, bob), "C9 approve");
    moveTo("2026-11-21T10:00:00");
    apply("C10", ClaimType::Reship, Reason::NeverReceived, robotB, 39900);
    moveTo("2026-11-21T10:30:00");
    must(act("C10", Action::Approve, bob), "C10 approve");
    moveTo("2026-11-22T23:59:59");
    apply("C7", ClaimType::RefundUnshipped, Reason::Other, earbudsC, 9900, false);
    moveTo("2026-11-23T00:00:00");
    apply("C8", ClaimType::Reship, Reason::MissingItems, lockA);
    moveTo("2026-11-23T00:10:00");
    must(act("C8", Action::Approve, bob), "C8 approve");
    moveTo("2026-11-23T01:00:00");
    must(act("C7", Action::Approve, alice), "C7 approve");
    moveTo("2026-11-24T12:00:00");
    apply("C14", ClaimType::Reship, Reason::MissingItems, lockA);
    moveTo("2026-11-24T20:00:00");
    apply("C12", ClaimType::Reship, Reason::MissingItems, lockA);
    moveTo("2026-11-24T22:00:00");
    apply("C15", ClaimType::Reship, Reason::MissingItems, lockA);
    moveTo("2026-11-25T05:00:00");
    apply("C13", ClaimType::Reship, Reason::MissingItems, lockA);
    moveTo("2026-11-25T11:00:00");
    must(act("C14", Action::Approve, alice), "C14 approve");
    moveTo("2026-11-26T09:00:00");
    apply("C11", ClaimType::Reship, Reason::MissingItems, lockA);
    moveTo("2026-11-26T10:00:00");
    if (const auto swept = m_db->workbench().sweep(); !swept.ok())
        qFatal("sweep failed: %s", qPrintable(swept.outcome.message));
    // The agents' connections end with the history: the database is the fixture's.
    m_agents.clear();
}

} // namespace aftersales::testing
