// The workbench's clock (RULES.md, "Time"): automatic steps stamped at their deadlines,
// in deadline order, however late the sweep runs; applied once; a clock behind the
// database refused.
#include "domain/names.h"
#include "storage/storagefactory.h"
#include "tempdatabase.h"
#include "workbench.h"

#include <QTest>

using namespace aftersales;
using aftersales::testing::TempDatabase;

namespace
{

constexpr qint64 hour = 3600;

QDateTime start()
{
    return TempDatabase::defaultStart();
}

struct Planned {
    const char *orderId;
    qint64 appliedAfterSecs; // from start()
    ClaimType type;
    Reason reason;
};

// Claims applied at odd instants, so that "at the deadline" and "at the sweep" differ.
const Planned plan[] = {
    {"T-reship-missing", 0, ClaimType::Reship, Reason::MissingItems},
    {"T-reship-never", 5 * hour + 17 * 60 + 3, ClaimType::Reship, Reason::NeverReceived},
    {"T-exchange", 7 * hour + 59 * 60 + 59, ClaimType::Exchange, Reason::WrongItem},
    {"T-refund", 30 * hour + 1, ClaimType::RefundShipped, Reason::NotAsDescribed},
    {"T-reship-other", 47 * hour + 30 * 60, ClaimType::Reship, Reason::Other},
};

// Adds the orders and applies the planned claims, moving the clock; returns the ids in plan order.
QList<qint64> applyPlan(TempDatabase &db)
{
    QList<qint64> ids;
    for (const Planned &p : plan)
        db.addShippedOrder(QLatin1String(p.orderId));
    for (const Planned &p : plan) {
        db.clock().set(start().addSecs(p.appliedAfterSecs));
        ids << db.applyFor(QLatin1String(p.orderId), p.type, p.reason);
    }
    return ids;
}

// Every event in the order it was written: the audit trail as a whole.
QStringList auditTrail(TempDatabase &db)
{
    QStringList out;
    for (const QString &row : db.database().rows(
             QStringLiteral("SELECT c.order_id, e.at, e.actor, e.action, e.from_status, e.to_status, e.detail"
                            " FROM events e JOIN claims c ON c.id = e.claim_id ORDER BY e.id"))) {
        const QStringList v = row.split(QLatin1Char('|'));
        out << QStringLiteral("%1 +%2s %3 %4 %5->%6 %7")
                   .arg(v.value(0))
                   .arg(v.value(1).toLongLong() - start().toSecsSinceEpoch())
                   .arg(v.value(2), v.value(3), names::statusName(ClaimStatus(v.value(4).toInt())),
                        names::statusName(ClaimStatus(v.value(5).toInt())), v.mid(6).join(QLatin1Char('|')));
    }
    return out;
}

QString stateOf(const Claim &c)
{
    return QStringLiteral("%1 %2 deadline=%3 refund=%4 compensation=%5")
        .arg(c.orderId, names::statusName(c.status),
             c.deadline ? QString::number(c.deadline->toSecsSinceEpoch()) : QStringLiteral("none"))
        .arg(c.refundCents)
        .arg(c.compensationCents);
}

QList<Event> eventsOf(TempDatabase &db, qint64 id)
{
    const Result<QList<Event>> e = db.workbench().events(id);
    return e.ok() ? *e : QList<Event>{};
}

ActionRequest request(Action action, const QString &actor = QStringLiteral("alice"))
{
    ActionRequest r;
    r.action = action;
    r.actor = actor;
    return r;
}

} // namespace

class TestTimeline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { testing::addBackendRows(); }
    void init() { AFTERSALES_FETCH_BACKEND(backend); }

    void closedForDays_sameHistoryAsHourlySweeps_data();
    void closedForDays_sameHistoryAsHourlySweeps();
    void sweep_stampsEachStepAtItsDeadline_data();
    void sweep_stampsEachStepAtItsDeadline();
    void sweep_appliedTwiceChangesNothing();
    void sweep_keepsRemarksAsTyped();
    void sweep_returnsEventsInDeadlineOrder();
    void sweep_callByCallFromWhereItLeftOff_sameAsAtOnce_data();
    void sweep_callByCallFromWhereItLeftOff_sameAsAtOnce();
    void clockBehindNewestEvent_badInputNothingWritten_data();
    void clockBehindNewestEvent_badInputNothingWritten();
    void clockAtNewestEvent_accepted();
    void act_sweepsFirstAtItsDeadline();
    void lateShipment_compensationOncePerClaim();
    void ship_trackingUsedByAnotherClaim_refused();
    void reship_applicationToCompletion();
};

void TestTimeline::closedForDays_sameHistoryAsHourlySweeps_data()
{
    QTest::addColumn<qint64>("closedSecs"); // how long after the first application the workbench reopens
    QTest::addColumn<int>("batchSize");     // claims per sweep transaction

    QTest::newRow("closed 4 days (96:00:00)") << 96 * hour << 500;
    QTest::newRow("closed 95:59:59") << 96 * hour - 1 << 500;
    QTest::newRow("closed 6 days") << 144 * hour << 500;
    QTest::newRow("closed 10 days") << 240 * hour << 500;
    QTest::newRow("closed 10 days, sweeps of 2 claims") << 240 * hour << 2;
    QTest::newRow("closed 10 days, sweeps of 1 claim") << 240 * hour << 1;
}

void TestTimeline::closedForDays_sameHistoryAsHourlySweeps()
{
    QFETCH(qint64, closedSecs);
    QFETCH(int, batchSize);
    const QDateTime end = start().addSecs(closedSecs);

    TempDatabase hourly(testing::currentBackend());
    const QList<qint64> hourlyIds = applyPlan(hourly);
    // Running throughout: a sweep on every full hour after the last application.
    for (QDateTime t = start().addSecs(48 * hour); t <= end; t = t.addSecs(hour)) {
        hourly.clock().set(t);
        QVERIFY(hourly.workbench().sweep().ok());
    }
    hourly.clock().set(end);
    QVERIFY(hourly.workbench().sweep().ok());

    TempDatabase closed(testing::currentBackend());
    const QList<qint64> closedIds = applyPlan(closed);
    closed.clock().set(end);
    const Result<QList<Event>> once = closed.workbench().sweep(batchSize);
    QVERIFY2(once.ok(), qPrintable(once.outcome.message));

    QCOMPARE(auditTrail(closed), auditTrail(hourly));
    for (int i = 0; i < hourlyIds.size(); ++i)
        QCOMPARE(stateOf(*closed.workbench().claim(closedIds.at(i))),
                 stateOf(*hourly.workbench().claim(hourlyIds.at(i))));

    // The whole trail is in time order: what the clock did is interleaved across claims
    // exactly as it happened.
    const QStringList times = closed.database().rows(QStringLiteral("SELECT at FROM events ORDER BY id"));
    QVERIFY(!times.isEmpty());
    qint64 previous = 0;
    for (const QString &at : times) {
        QVERIFY(at.toLongLong() >= previous);
        previous = at.toLongLong();
    }

    // The reshipment with missing items: auto-approval at apply+48 h, the late-shipment
    // penalty at apply+96 h.
    const QList<Event> events = eventsOf(closed, closedIds.first());
    QCOMPARE(events.at(1).action, QStringLiteral("auto_approve"));
    QCOMPARE(events.at(1).at, start().addSecs(48 * hour));
    if (closedSecs < 96 * hour) {
        QCOMPARE(events.size(), 2);
        return;
    }
    QCOMPARE(events.at(2).action, QStringLiteral("late_shipment"));
    QCOMPARE(events.at(2).at, start().addSecs(96 * hour));
    QCOMPARE(events.at(2).detail, QStringLiteral("compensation_cents=300"));
    if (closedSecs >= 144 * hour) {
        QCOMPARE(events.size(), 4);
        QCOMPARE(events.at(3).action, QStringLiteral("window_lapsed"));
        QCOMPARE(events.at(3).at, start().addSecs(144 * hour));
    }
}

void TestTimeline::sweep_stampsEachStepAtItsDeadline_data()
{
    QTest::addColumn<qint64>("sweepAt"); // seconds after the application
    QTest::addColumn<QStringList>("actions");
    QTest::addColumn<QList<qint64>>("stampedAt"); // seconds after the application

    const auto s = [](const char *a) { return QString::fromLatin1(a); };
    QTest::newRow("47:59:59 nothing") << 48 * hour - 1 << QStringList{} << QList<qint64>{};
    QTest::newRow("48:00:00 auto-approved at 48:00:00")
        << 48 * hour << QStringList{s("auto_approve")} << QList<qint64>{48 * hour};
    QTest::newRow("48:00:01 auto-approved at 48:00:00")
        << 48 * hour + 1 << QStringList{s("auto_approve")} << QList<qint64>{48 * hour};
    QTest::newRow("95:59:59 auto-approved at 48:00:00")
        << 96 * hour - 1 << QStringList{s("auto_approve")} << QList<qint64>{48 * hour};
    QTest::newRow("96:00:00 late shipment at 96:00:00")
        << 96 * hour << QStringList{s("auto_approve"), s("late_shipment")}
        << QList<qint64>{48 * hour, 96 * hour};
    QTest::newRow("300:00:00 closed at 144:00:00")
        << 300 * hour << QStringList{s("auto_approve"), s("late_shipment"), s("window_lapsed")}
        << QList<qint64>{48 * hour, 96 * hour, 144 * hour};
}

void TestTimeline::sweep_stampsEachStepAtItsDeadline()
{
    QFETCH(qint64, sweepAt);
    QFETCH(QStringList, actions);
    QFETCH(QList<qint64>, stampedAt);

    TempDatabase db(testing::currentBackend());
    db.addShippedOrder(QStringLiteral("D1"));
    const QDateTime applied = db.clock().now();
    const qint64 id = db.applyFor(QStringLiteral("D1"), ClaimType::Reship, Reason::MissingItems);
    db.clock().set(applied.addSecs(sweepAt));
    const Result<QList<Event>> swept = db.workbench().sweep();
    QVERIFY(swept.ok());

    QStringList gotActions;
    QList<qint64> gotAt;
    for (const Event &e : *swept) {
        gotActions << e.action;
        gotAt << applied.secsTo(e.at);
        QCOMPARE(e.actor, actors::system);
        QCOMPARE(e.claimId, id);
    }
    QCOMPARE(gotActions, actions);
    QCOMPARE(gotAt, stampedAt);
    // What was written is what the sweep reported, after the application.
    const QList<Event> stored = eventsOf(db, id);
    QCOMPARE(stored.size(), 1 + actions.size());
    for (int i = 0; i < actions.size(); ++i)
        QCOMPARE(stored.at(i + 1).at, applied.addSecs(stampedAt.at(i)));
    // The claim's own time is the last step's, not the sweep's.
    if (!stampedAt.isEmpty())
        QCOMPARE(db.workbench().claim(id)->updatedAt, applied.addSecs(stampedAt.last()));
}

void TestTimeline::sweep_appliedTwiceChangesNothing()
{
    TempDatabase db(testing::currentBackend());
    const QList<qint64> ids = applyPlan(db);
    db.clock().set(start().addSecs(120 * hour));
    const Result<QList<Event>> first = db.workbench().sweep();
    QVERIFY(first.ok());
    QVERIFY(!first->isEmpty());
    const QStringList trail = auditTrail(db);
    QList<qint64> versions;
    for (qint64 id : ids)
        versions << db.workbench().claim(id)->version;

    const Result<QList<Event>> second = db.workbench().sweep();
    QVERIFY(second.ok());
    QVERIFY(second->isEmpty());
    QCOMPARE(auditTrail(db), trail);
    for (int i = 0; i < ids.size(); ++i)
        QCOMPARE(db.workbench().claim(ids.at(i))->version, versions.at(i));

    // A second workbench on the same file, at the same time, finds nothing to do either.
    Result<std::unique_ptr<Storage>> other = storage::open(db.path());
    QVERIFY(other.ok());
    FixedClock clock(db.clock().now());
    Workbench second2(**other, clock, Policy::defaults());
    const Result<QList<Event>> third = second2.sweep();
    QVERIFY(third.ok());
    QVERIFY(third->isEmpty());
    QCOMPARE(auditTrail(db), trail);
}

void TestTimeline::sweep_keepsRemarksAsTyped()
{
    // A sweep writes many claims' whole state back at once (on PostgreSQL one array value per
    // column): what a merchant typed comes back as typed, quotes, separators and all.
    TempDatabase db(testing::currentBackend());
    const QList<qint64> ids = applyPlan(db);
    const QStringList remarks{QStringLiteral("说 \"好\", {1,2} \\ NULL"), QStringLiteral("NULL"),
                              QStringLiteral("第一行\n第二行,逗号"), QStringLiteral(" "), QString()};
    QList<qint64> versions;
    for (int i = 0; i < ids.size(); ++i) {
        const Result<Claim> c =
            db.workbench().setRemark(ids.at(i), remarks.at(i), QStringLiteral("merchant"));
        QVERIFY2(c.ok(), qPrintable(c.outcome.message));
        versions << c->version;
    }
    db.clock().set(start().addSecs(120 * hour));
    const Result<QList<Event>> swept = db.workbench().sweep();
    QVERIFY(swept.ok());
    for (int i = 0; i < ids.size(); ++i) {
        const Result<Claim> c = db.workbench().claim(ids.at(i));
        QVERIFY(c.ok());
        QVERIFY2(c->version > versions.at(i), "every planned claim takes a step by then");
        QCOMPARE(c->remark, remarks.at(i));
    }
}

void TestTimeline::sweep_returnsEventsInDeadlineOrder()
{
    TempDatabase db(testing::currentBackend());
    applyPlan(db);
    db.clock().set(start().addSecs(400 * hour));
    const Result<QList<Event>> swept = db.workbench().sweep();
    QVERIFY(swept.ok());
    QVERIFY(swept->size() >= 8);
    for (int i = 1; i < swept->size(); ++i)
        QVERIFY(swept->at(i - 1).at <= swept->at(i).at);
}

void TestTimeline::sweep_callByCallFromWhereItLeftOff_sameAsAtOnce_data()
{
    QTest::addColumn<int>("batchSize");
    QTest::newRow("a claim a call") << 1;
    QTest::newRow("two claims a call") << 2;
    QTest::newRow("three claims a call") << 3;
}

void TestTimeline::sweep_callByCallFromWhereItLeftOff_sameAsAtOnce()
{
    // The window's sweep: one batch a call, each call going on from where the last one left
    // off. Three reshipments applied at the same second share every deadline, so that calls
    // end between claims due at the same instant; none may be left behind.
    QFETCH(int, batchSize);
    const QDateTime end = start().addSecs(240 * hour);
    const auto applyAll = [](TempDatabase &db) {
        applyPlan(db);
        const QStringList twins{QStringLiteral("T-twin-1"), QStringLiteral("T-twin-2"),
                                QStringLiteral("T-twin-3")};
        for (const QString &id : twins)
            db.addShippedOrder(id);
        for (const QString &id : twins)
            db.applyFor(id, ClaimType::Reship, Reason::MissingItems);
    };

    TempDatabase once(testing::currentBackend());
    applyAll(once);
    once.clock().set(end);
    QVERIFY(once.workbench().sweep().ok());

    TempDatabase resumed(testing::currentBackend());
    applyAll(resumed);
    resumed.clock().set(end);
    QDateTime from;
    int calls = 0;
    for (;;) {
        const Result<QList<Event>> swept = resumed.workbench().sweep(batchSize, 1, &from);
        QVERIFY2(swept.ok(), qPrintable(swept.outcome.message));
        if (swept->isEmpty())
            break;
        QVERIFY(from.isValid() && from <= end);
        QVERIFY(++calls < 100);
    }
    QVERIFY(calls >= 8 / batchSize);

    QCOMPARE(auditTrail(resumed), auditTrail(once));
    const Result<bool> left = resumed.storage().anythingDue({}, end);
    QVERIFY(left.ok());
    QVERIFY(!*left);
}

void TestTimeline::clockBehindNewestEvent_badInputNothingWritten_data()
{
    QTest::addColumn<QString>("operation");
    for (const char *op : {"sweep", "apply", "act", "remark", "addOrder"})
        QTest::newRow(op) << QString::fromLatin1(op);
}

void TestTimeline::clockBehindNewestEvent_badInputNothingWritten()
{
    QFETCH(QString, operation);
    TempDatabase db(testing::currentBackend());
    db.addShippedOrder(QStringLiteral("B1"));
    db.addShippedOrder(QStringLiteral("B2"));
    db.clock().advance(10 * hour);
    const qint64 id = db.applyFor(QStringLiteral("B1"), ClaimType::Reship, Reason::MissingItems);
    const QStringList trail = auditTrail(db);

    db.clock().advance(-1); // one second behind the application
    Outcome o;
    if (operation == QLatin1String("sweep")) {
        o = db.workbench().sweep().outcome;
    } else if (operation == QLatin1String("apply")) {
        ApplyRequest r;
        r.type = ClaimType::Reship;
        r.reason = Reason::Other;
        o = db.workbench().apply(QStringLiteral("B2"), r).outcome;
    } else if (operation == QLatin1String("act")) {
        o = db.workbench().act(id, request(Action::Approve)).outcome;
    } else if (operation == QLatin1String("remark")) {
        o = db.workbench().setRemark(id, QStringLiteral("later"), QStringLiteral("alice")).outcome;
    } else {
        Order order;
        order.orderId = QStringLiteral("B3");
        order.category = QStringLiteral("smart_home");
        o = db.workbench().addOrder(order);
    }
    QCOMPARE(o.kind, Outcome::Kind::BadInput);
    QCOMPARE(o.exitCode(), 2);
    QVERIFY2(o.message.contains(QStringLiteral("behind")), qPrintable(o.message));
    QCOMPARE(auditTrail(db), trail);
    QCOMPARE(db.workbench().claim(id)->status, ClaimStatus::PendingReview);
    QCOMPARE(db.workbench().claim(id)->version, 1);
    QCOMPARE(db.storage().order(QStringLiteral("B3")).outcome.kind, Outcome::Kind::BadInput);
}

void TestTimeline::clockAtNewestEvent_accepted()
{
    TempDatabase db(testing::currentBackend());
    db.addShippedOrder(QStringLiteral("N1"));
    const qint64 id = db.applyFor(QStringLiteral("N1"), ClaimType::Reship, Reason::MissingItems);
    // A sweep far ahead stamps events at +96 h; a clock at +96 h is then still acceptable.
    db.clock().advance(100 * hour);
    QVERIFY(db.workbench().sweep().ok());
    db.clock().set(start().addSecs(96 * hour));
    QVERIFY(db.workbench().checkClock().ok());
    QVERIFY(db.workbench().setRemark(id, QStringLiteral("补发中"), QStringLiteral("alice")).ok());
    db.clock().set(start().addSecs(96 * hour - 1));
    QCOMPARE(db.workbench().checkClock().kind, Outcome::Kind::BadInput);
}

void TestTimeline::act_sweepsFirstAtItsDeadline()
{
    TempDatabase db(testing::currentBackend());
    db.addShippedOrder(QStringLiteral("A1"));
    const qint64 id = db.applyFor(QStringLiteral("A1"), ClaimType::Reship, Reason::MissingItems);

    // One second before the review deadline the merchant still decides.
    db.clock().advance(48 * hour - 1);
    ActionRequest reject = request(Action::Reject);
    reject.rejectCode = RejectCode::OutOfStock;
    Result<Claim> c = db.workbench().act(id, reject);
    QVERIFY2(c.ok(), qPrintable(c.outcome.message));
    QCOMPARE(c->status, ClaimStatus::Rejected);
    QCOMPARE(c->deadline, std::optional(db.clock().now().addSecs(48 * hour)));

    // At the buyer window's end the claim has closed itself, and the refused action
    // does not undo the automatic step.
    db.clock().advance(48 * hour);
    c = db.workbench().act(id, request(Action::Modify, actors::buyer));
    QCOMPARE(c.outcome.kind, Outcome::Kind::Refused);
    QCOMPARE(db.workbench().claim(id)->status, ClaimStatus::Closed);
    const QList<Event> events = eventsOf(db, id);
    QCOMPARE(events.last().action, QStringLiteral("window_lapsed"));
    QCOMPARE(events.last().at, db.clock().now());
}

void TestTimeline::lateShipment_compensationOncePerClaim()
{
    TempDatabase db(testing::currentBackend());
    db.addShippedOrder(QStringLiteral("L1"));
    const qint64 id = db.applyFor(QStringLiteral("L1"), ClaimType::Reship, Reason::MissingItems);
    db.clock().advance(97 * hour);
    QVERIFY(db.workbench().sweep().ok());
    QCOMPARE(db.workbench().claim(id)->compensationCents, 300);

    QVERIFY(db.workbench().act(id, request(Action::Escalate, actors::buyer)).ok());
    db.clock().advance(hour);
    Result<Claim> c = db.workbench().act(id, request(Action::DecideForBuyer, actors::platform));
    QVERIFY(c.ok());
    QCOMPARE(c->status, ClaimStatus::AwaitingShipment);
    QCOMPARE(c->deadline, std::optional(db.clock().now().addSecs(48 * hour)));

    const QDateTime secondDeadline = *c->deadline;
    db.clock().set(secondDeadline);
    QVERIFY(db.workbench().sweep().ok());
    c = db.workbench().claim(id);
    QCOMPARE(c->status, ClaimStatus::ShipOverdue);
    QCOMPARE(c->compensationCents, 300);
    QStringList late;
    for (const Event &e : eventsOf(db, id))
        if (e.action == QLatin1String("late_shipment"))
            late << e.detail;
    QCOMPARE(late,
             (QStringList{QStringLiteral("compensation_cents=300"), QStringLiteral("compensation_cents=0")}));

    // The merchant may still ship late; the penalty stands.
    ActionRequest ship = request(Action::Ship);
    ship.carrier = QStringLiteral("zhongtong");
    ship.trackingNo = QStringLiteral("75123456789012");
    db.clock().advance(hour);
    c = db.workbench().act(id, ship);
    QVERIFY2(c.ok(), qPrintable(c.outcome.message));
    QCOMPARE(c->status, ClaimStatus::Shipped);
    QCOMPARE(c->compensationCents, 300);
    QCOMPARE(c->deadline, std::nullopt);
}

void TestTimeline::ship_trackingUsedByAnotherClaim_refused()
{
    TempDatabase db(testing::currentBackend());
    db.addShippedOrder(QStringLiteral("U1"));
    db.addShippedOrder(QStringLiteral("U2"));
    const qint64 first = db.applyFor(QStringLiteral("U1"), ClaimType::Reship, Reason::MissingItems);
    const qint64 second = db.applyFor(QStringLiteral("U2"), ClaimType::Reship, Reason::MissingItems);
    QVERIFY(db.workbench().act(first, request(Action::Approve)).ok());
    QVERIFY(db.workbench().act(second, request(Action::Approve)).ok());

    ActionRequest ship = request(Action::Ship);
    ship.carrier = QStringLiteral("yunda");
    ship.trackingNo = QStringLiteral("431234567890123");
    QVERIFY(db.workbench().act(first, ship).ok());
    const QStringList trail = auditTrail(db);

    const Result<Claim> again = db.workbench().act(second, ship);
    QCOMPARE(again.outcome.kind, Outcome::Kind::Refused);
    QCOMPARE(again.outcome.rule, QStringLiteral("tracking_already_used"));
    QVERIFY(again.outcome.message.contains(QString::number(first)));
    QCOMPARE(auditTrail(db), trail);
    QCOMPARE(db.workbench().claim(second)->status, ClaimStatus::AwaitingShipment);

    // The original order's number is refused by its own rule.
    ship.carrier = QStringLiteral("shunfeng");
    ship.trackingNo = db.workbench().claim(second)->order.trackingNo.toLower();
    const Result<Claim> original = db.workbench().act(second, ship);
    QCOMPARE(original.outcome.kind, Outcome::Kind::Refused);
    QCOMPARE(original.outcome.rule, QStringLiteral("tracking_same_as_original"));
}

void TestTimeline::reship_applicationToCompletion()
{
    TempDatabase db(testing::currentBackend());
    db.addShippedOrder(QStringLiteral("F1"), 59900, 24);
    const qint64 id = db.applyFor(QStringLiteral("F1"), ClaimType::Reship, Reason::MissingItems);
    db.clock().advance(2 * hour);
    QVERIFY(db.workbench().act(id, request(Action::Approve)).ok());
    db.clock().advance(20 * hour);
    ActionRequest ship = request(Action::Ship);
    ship.carrier = QStringLiteral("jtexpress");
    ship.trackingNo = QStringLiteral("JT1234567890123");
    QVERIFY(db.workbench().act(id, ship).ok());
    db.clock().advance(1000 * hour); // shipped: nothing happens automatically any more
    QVERIFY(db.workbench().sweep()->isEmpty());
    const Result<Claim> done = db.workbench().act(id, request(Action::Confirm, actors::buyer));
    QVERIFY(done.ok());
    QCOMPARE(done->status, ClaimStatus::Completed);

    QStringList trail;
    for (const Event &e : eventsOf(db, id))
        trail << e.actor + QLatin1Char(' ') + e.action + QLatin1Char(' ') + names::statusName(e.from) +
                     QLatin1String("->") + names::statusName(e.to);
    QCOMPARE(trail,
             (QStringList{
                 QStringLiteral("buyer apply pending_review->pending_review"),
                 db.actorFor(QStringLiteral("alice")) +
                     QStringLiteral(" approve pending_review->awaiting_shipment"),
                 db.actorFor(QStringLiteral("alice")) + QStringLiteral(" ship awaiting_shipment->shipped"),
                 QStringLiteral("buyer confirm shipped->completed"),
             }));
    // A finished claim frees the order for a new application.
    QVERIFY(!*db.storage().hasOpenClaim(QStringLiteral("F1")));
}

QTEST_GUILESS_MAIN(TestTimeline)
#include "tst_timeline.moc"
