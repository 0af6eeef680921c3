// Every figure of the Insight report against a small history whose answers are worked out
// here by hand (tests/support/insighthistory.cpp builds it through the Workbench), each
// figure's drill-down against the claims it counted, the empty cases, the JSON, and what an
// automatic step cost read back from its event against the rules' own answer. On both
// backends, with the same answers (tst_reportstorage: what each backend keeps for them).
#include "domain/names.h"
#include "domain/rules.h"
#include "insightreports.h"
#include "report/drilldown.h"
#include "report/reportjson.h"
#include "testbackend.h"
#include "workbench.h"

#include <QJsonArray>
#include <QTest>

using namespace aftersales;
using namespace aftersales::report;
using aftersales::testing::Backend;
using aftersales::testing::InsightHistory;
using aftersales::testing::InsightReports;
using aftersales::testing::TempDatabase;

namespace
{

QList<qint64> idsOf(const Workbench &wb, const ClaimQuery &query)
{
    QList<qint64> out;
    const Result<Page> page = wb.reader().page(query, std::nullopt, 1000);
    if (!page.ok())
        qWarning() << page.outcome.message;
    else
        for (const Claim &c : page->claims)
            out.append(c.id);
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { testing::addBackendRows(); }
    void init() { AFTERSALES_FETCH_BACKEND(backend); }
    void claimsByDayAndType();
    void reshipReasonsByProduct();
    void onTimeRates();
    void onTimeRatesPerWeek();
    void moneyLost();
    void firstActionMedians();
    void firstActionDelaysFromAnyRank();
    void automaticStepsWhoseDetailsHoldSeparators();
    void backlog();
    void drillDownsListExactlyTheClaimsCounted();
    void emptyDatabaseAndEmptyPeriod();
    void json();
    void stepCostIsTheRulesAnswer();
    void median_data();
    void median();

private:
    InsightReports m_reports;
    // The current row's.
    InsightReports::Built &f() { return m_reports.on(testing::currentBackend()); }
};

void TestReport::claimsByDayAndType()
{
    // Applied for in the week: C2 (11-16 00:00:00, the first instant: 11-15 in UTC), C3,
    // C4, C5, C6, C9, C10, C7 (11-22 23:59:59). Not C1 (11-15 23:59:59), not C8 (11-23 00:00).
    QCOMPARE(f().week.claims, 8);
    QCOMPARE(f().week.byType.value(ClaimType::Reship), 6);
    QCOMPARE(f().week.byType.value(ClaimType::Exchange), 1);
    QCOMPARE(f().week.byType.value(ClaimType::RefundUnshipped), 1);
    QCOMPARE(f().week.byType.value(ClaimType::ReturnRefund), 0);
    QCOMPARE(f().week.byType.value(ClaimType::RefundShipped), 0);
    QCOMPARE(f().week.days.size(), 7);
    const QList<std::pair<int, ClaimType>> expected{{2, ClaimType::Reship},           // 11-16: C2, C3
                                                    {1, ClaimType::Reship},           // 11-17: C4
                                                    {1, ClaimType::Exchange},         // 11-18: C5
                                                    {0, ClaimType::Reship},           // 11-19
                                                    {2, ClaimType::Reship},           // 11-20: C6, C9
                                                    {1, ClaimType::Reship},           // 11-21: C10
                                                    {1, ClaimType::RefundUnshipped}}; // 11-22: C7
    for (int i = 0; i < 7; ++i) {
        const DayRow &d = f().week.days.at(i);
        QCOMPARE(d.day.label, QDate(2026, 11, 16 + i));
        QCOMPARE(d.day.from, InsightHistory::at(qPrintable(d.day.label.toString(Qt::ISODate) +
                                                           QStringLiteral("T00:00:00"))));
        QCOMPARE(d.total(), expected.at(i).first);
        QCOMPARE(d.byType.value(expected.at(i).second), expected.at(i).first);
        QCOMPARE(d.byType.size(), 5);
    }
}

void TestReport::reshipReasonsByProduct()
{
    // 智能门锁 A: C2, C3, C6, C9 missing items. 扫地机器人 B: C4 other, C10 never received.
    QCOMPARE(f().week.products.size(), 2);
    const ProductRow &lock = f().week.products.at(0);
    QCOMPARE(lock.product, QStringLiteral("智能门锁 A"));
    QCOMPARE(lock.byReason.value(Reason::MissingItems), 4);
    QCOMPARE(lock.byReason.value(Reason::NeverReceived), 0);
    QCOMPARE(lock.byReason.value(Reason::Other), 0);
    const ProductRow &robot = f().week.products.at(1);
    QCOMPARE(robot.product, QStringLiteral("扫地机器人 B"));
    QCOMPARE(robot.byReason.value(Reason::NeverReceived), 1);
    QCOMPARE(robot.byReason.value(Reason::MissingItems), 0);
    QCOMPARE(robot.byReason.value(Reason::Other), 1);
}

void TestReport::onTimeRates()
{
    // Review deadlines in the week: C0 11-16 12:00 (alice 11:00), C1 11-17 23:59:59
    // (automatic), C2 11-18 00:00 (bob 11-16 01:00), C3 11-18 10:00 (alice one second
    // before), C4 11-19 12:00 (automatic: bob's approval at the deadline itself was refused),
    // C5 11-20 09:00 (alice rejected), C9 11-22 21:30 (bob). Not C6 (withdrawn), not C10
    // (11-23 10:00, though acted on in the week), not C7 (11-24 23:59:59).
    QCOMPARE(f().history->approvalAtDeadline().rule, QStringLiteral("review_window_closed"));
    QCOMPARE(f().week.review.onTime, 5);
    QCOMPARE(f().week.review.late, 2);
    QCOMPARE(*f().week.review.rate(), 5.0 / 7.0);
    // Shipping deadlines in the week: C0 11-18 11:00 (shipped 11-17), C1 11-19 23:59:59
    // (late), C2 11-18 01:00 (shipped one second before), C3 11-20 09:59:59 (late, shipped
    // afterwards), C4 11-21 12:00 (shipped 11-20). Not C9: 11-23 00:00 is the next week's.
    QCOMPARE(f().week.shipment.onTime, 3);
    QCOMPARE(f().week.shipment.late, 2);
    QCOMPARE(*f().week.shipment.rate(), 0.6);
    QCOMPARE(f().week.weeks.size(), 1);
    QCOMPARE(f().week.weeks.first().review.due(), 7);
}

void TestReport::onTimeRatesPerWeek()
{
    QCOMPARE(f().across.weeks.size(), 2);
    const WeekRow &first = f().across.weeks.at(0);
    const WeekRow &second = f().across.weeks.at(1);
    // The first week is clipped to the period's start (Thursday), the second to its end.
    QCOMPARE(first.week.label, QDate(2026, 11, 16));
    QCOMPARE(first.week.from, InsightHistory::at("2026-11-19T00:00:00"));
    QCOMPARE(first.week.to, InsightHistory::at("2026-11-23T00:00:00"));
    QCOMPARE(second.week.label, QDate(2026, 11, 23));
    QCOMPARE(second.week.to, InsightHistory::at("2026-11-25T00:00:00"));
    // Reviews: C4 late, C5 and C9 on time; then C10 and C7 on time (C8's deadline is
    // 11-25 00:00, the period's end).
    QCOMPARE(first.review.onTime, 2);
    QCOMPARE(first.review.late, 1);
    QCOMPARE(second.review.onTime, 2);
    QCOMPARE(second.review.late, 0);
    // Shipments: C1 and C3 late, C4 on time; then C9 (at 11-23 00:00, the week's first
    // instant) and C10 late (C8's deadline 11-25 00:10 is after the period).
    QCOMPARE(first.shipment.onTime, 1);
    QCOMPARE(first.shipment.late, 2);
    QCOMPARE(second.shipment.onTime, 0);
    QCOMPARE(second.shipment.late, 2);
    QCOMPARE(*f().across.review.rate(), 0.8);
    QCOMPARE(*f().across.shipment.rate(), 0.2);
}

void TestReport::moneyLost()
{
    // In the week: C1's late shipment (11-19 23:59:59: 3 yuan and its order's 259 yuan, never
    // received) and C3's (11-20 09:59:59: 3 yuan). C9's at 11-23 00:00 is the next week's.
    QCOMPARE(f().week.compensationCents, 600);
    QCOMPARE(f().week.autoRefundCents, 25900);
    QCOMPARE(f().week.weeks.first().compensations, 2);
    QCOMPARE(f().week.weeks.first().autoRefunds, 1);
    // Across the weeks: then C9 (3 yuan) and C10 (3 yuan and 399 yuan); not C8 (11-25 00:10).
    QCOMPARE(f().across.weeks.at(0).compensationCents, 600);
    QCOMPARE(f().across.weeks.at(0).autoRefundCents, 25900);
    QCOMPARE(f().across.weeks.at(1).compensationCents, 600);
    QCOMPARE(f().across.weeks.at(1).autoRefundCents, 39900);
    QCOMPARE(f().across.compensationCents, 1200);
    QCOMPARE(f().across.autoRefundCents, 65800);
}

void TestReport::firstActionMedians()
{
    // Claims applied for in the week, by who acted first and after how long:
    // alice: C5 3600 s, C7 3601 s (approved the next week: still its first action), C3
    //        172799 s → 3601.
    // bob:   C10 1800 s, C2 3600 s, C9 9000 s, C4 244800 s (a refused approval is no action;
    //        the shipment is) → (3600 + 9000) / 2 = 6300.
    // C6 was withdrawn before anyone acted. C0's first action was in the week, its
    // application not.
    QCOMPARE(f().week.operators.size(), 2);
    QCOMPARE(f().week.operators.at(0).name, QStringLiteral("alice"));
    QCOMPARE(f().week.operators.at(0).claims, 3);
    QCOMPARE(f().week.operators.at(0).medianSecs, 3601);
    QCOMPARE(f().week.operators.at(1).name, QStringLiteral("bob"));
    QCOMPARE(f().week.operators.at(1).claims, 4);
    QCOMPARE(f().week.operators.at(1).medianSecs, 6300);
}

// The delays a median is taken from, from each rank on: the storage picks them out of the
// period's delays, whatever order it reads them in.
void TestReport::firstActionDelaysFromAnyRank()
{
    const Storage &s = f().history->db().storage();
    const Period p = period::days(QDate(2026, 11, 1), QDate(2026, 11, 30), InsightHistory::zone());
    const Result<QList<reportrows::OperatorCount>> operators = s.firstActions(p.from, p.to);
    QVERIFY2(operators.ok(), qPrintable(operators.outcome.message));
    QCOMPARE(operators->size(), 2);
    for (const reportrows::OperatorCount &op : *operators) {
        const Result<QList<qint64>> all = s.firstActionDelays(op.operatorName, p.from, p.to, 0, 1000);
        QVERIFY2(all.ok(), qPrintable(all.outcome.message));
        QCOMPARE(all->size(), op.claims);
        QVERIFY(std::is_sorted(all->begin(), all->end()));
        QVERIFY(all->first() < all->last());
        for (qint64 rank = 0; rank <= all->size(); ++rank)
            for (int count : {1, 2, 3})
                QCOMPARE(*s.firstActionDelays(op.operatorName, p.from, p.to, rank, count),
                         all->mid(rank, count));
        QCOMPARE(s.firstActionDelays(op.operatorName, p.from, p.to, 0, 0)->size(), 0);
    }
}

// Automatic steps whose details hold the separators SQLite hands the groups over with are
// counted all the same, and an action asked for twice is counted once.
void TestReport::automaticStepsWhoseDetailsHoldSeparators()
{
    if (testing::currentBackend() != Backend::Sqlite)
        QSKIP("the SQLite backend's way of handing the groups over");
    TempDatabase db(Backend::Sqlite);
    db.addShippedOrder(QStringLiteral("SEP-1"));
    const qint64 id = db.applyFor(QStringLiteral("SEP-1"), ClaimType::Reship, Reason::MissingItems);
    const qint64 day = 24 * 3600;
    const qint64 t0 = db.clock().now().toSecsSinceEpoch() + 3600;
    const auto step = [&](qint64 at, const QString &detailSql) {
        return db.database().exec(
            QStringLiteral("INSERT INTO events (claim_id, at, actor, action, from_status,"
                           " to_status, detail) VALUES (%1, %2, 'system', 'late_shipment',"
                           " 3, 11, %3)")
                .arg(id)
                .arg(at)
                .arg(detailSql));
    };
    // The first day plain details, the second day details holding each separator.
    QVERIFY(step(t0, QStringLiteral("'compensation_cents=300'")));
    QVERIFY(step(t0 + 60, QStringLiteral("'compensation_cents=300'")));
    QVERIFY(step(t0 + 120, QStringLiteral("'refund_cents=100'")));
    QVERIFY(step(t0 + day, QStringLiteral("'a' || char(31) || 'b'")));
    QVERIFY(step(t0 + day + 60, QStringLiteral("'c' || char(30) || 'd'")));
    QVERIFY(step(t0 + day + 120, QStringLiteral("'e' || char(29) || 'f'")));
    QVERIFY(step(t0 + day + 180, QStringLiteral("'e' || char(29) || 'f'")));
    const Bounds bounds{QDateTime::fromSecsSinceEpoch(t0, Qt::UTC),
                        QDateTime::fromSecsSinceEpoch(t0 + day, Qt::UTC),
                        QDateTime::fromSecsSinceEpoch(t0 + 2 * day, Qt::UTC)};
    const QStringList expected{QStringLiteral("0 compensation_cents=300 2"),
                               QStringLiteral("0 refund_cents=100 1"), QStringLiteral("1 a<1f>b 1"),
                               QStringLiteral("1 c<1e>d 1"), QStringLiteral("1 e<1d>f 2")};
    const auto rows = [&](const QStringList &actions, const Bounds &b) {
        QStringList out;
        const Result<QList<reportrows::StepCount>> counted = db.storage().automaticSteps(b, actions);
        if (!counted.ok())
            return QStringList{counted.outcome.message};
        for (const reportrows::StepCount &r : *counted) {
            QString detail = r.detail;
            for (const char16_t separator : {u'\x1d', u'\x1e', u'\x1f'})
                detail.replace(QChar(separator), QStringLiteral("<%1>").arg(int(separator), 0, 16));
            out << QStringLiteral("%1 %2 %3").arg(r.bucket).arg(detail).arg(r.events);
        }
        out.sort();
        return out;
    };
    const QString late = QStringLiteral("late_shipment");
    QCOMPARE(rows({late}, bounds), expected);
    QCOMPARE(rows({late, late}, bounds), expected);
    QCOMPARE(rows({late}, Bounds(bounds.begin(), bounds.begin() + 2)), expected.mid(0, 2));
}

void TestReport::backlog()
{
    // At 11-26 10:00: C8 shipment overdue (11-25 00:10); C12 due 11-26 20:00 (10 h); C13
    // 11-27 05:00 (19 h) and C15 11-26 22:00 (exactly 12 h: not under 12 h); C11 11-28 09:00
    // and C14 (shipping) 11-27 11:00.
    QCOMPARE(f().week.now, InsightHistory::at("2026-11-26T10:00:00"));
    QCOMPARE(f().week.backlog.claims.value(BacklogBucket::Overdue), 1);
    QCOMPARE(f().week.backlog.claims.value(BacklogBucket::Under12h), 1);
    QCOMPARE(f().week.backlog.claims.value(BacklogBucket::Under24h), 2);
    QCOMPARE(f().week.backlog.claims.value(BacklogBucket::Later), 2);
}

void TestReport::drillDownsListExactlyTheClaimsCounted()
{
    const Workbench &wb = f().history->db().workbench();
    const Policy policy = wb.policy();
    const InsightHistory &h = *f().history;
    using namespace drilldown;
    QCOMPARE(idsOf(wb, day(f().week.days.at(0), ClaimType::Reship).query), h.ids({"C2", "C3"}));
    QCOMPARE(idsOf(wb, day(f().week.days.at(4), ClaimType::Reship).query), h.ids({"C6", "C9"}));
    QCOMPARE(idsOf(wb, day(f().week.days.at(6), ClaimType::RefundUnshipped).query), h.ids({"C7"}));
    QCOMPARE(idsOf(wb, day(f().week.days.at(0), ClaimType::Exchange).query), QList<qint64>());
    QCOMPARE(idsOf(wb, product(f().week.period, QStringLiteral("智能门锁 A"), Reason::MissingItems).query),
             h.ids({"C2", "C3", "C6", "C9"}));
    QCOMPARE(idsOf(wb, product(f().week.period, QStringLiteral("扫地机器人 B"), Reason::NeverReceived).query),
             h.ids({"C10"}));
    QCOMPARE(idsOf(wb, reviews(f().week.weeks.first(), policy).query),
             h.ids({"C0", "C1", "C2", "C3", "C4", "C5", "C9"}));
    QCOMPARE(idsOf(wb, shipments(f().week.weeks.first(), policy).query),
             h.ids({"C0", "C1", "C2", "C3", "C4"}));
    QCOMPARE(idsOf(wb, compensations(f().week.weeks.first()).query), h.ids({"C1", "C3"}));
    QCOMPARE(idsOf(wb, autoRefunds(f().week.weeks.first()).query), h.ids({"C1"}));
    QCOMPARE(idsOf(wb, compensations(f().across.weeks.at(1)).query), h.ids({"C9", "C10"}));
    QCOMPARE(idsOf(wb, autoRefunds(f().across.weeks.at(1)).query), h.ids({"C10"}));
    QCOMPARE(idsOf(wb, firstActions(f().week.period, QStringLiteral("bob")).query),
             h.ids({"C2", "C4", "C9", "C10"}));
    QCOMPARE(idsOf(wb, firstActions(f().week.period, QStringLiteral("alice")).query),
             h.ids({"C3", "C5", "C7"}));
    QCOMPARE(idsOf(wb, drilldown::backlog(BacklogBucket::Overdue, f().week.now).query), h.ids({"C8"}));
    QCOMPARE(idsOf(wb, drilldown::backlog(BacklogBucket::Under12h, f().week.now).query), h.ids({"C12"}));
    QCOMPARE(idsOf(wb, drilldown::backlog(BacklogBucket::Under24h, f().week.now).query),
             h.ids({"C13", "C15"}));
    QCOMPARE(idsOf(wb, drilldown::backlog(BacklogBucket::Later, f().week.now).query), h.ids({"C11", "C14"}));
    // And the lists' counts are the figures.
    QCOMPARE(*wb.reader().count(reviews(f().week.weeks.first(), policy).query), f().week.review.due());
    QCOMPARE(*wb.reader().count(
                 product(f().week.period, QStringLiteral("智能门锁 A"), Reason::MissingItems).query),
             4);
}

void TestReport::emptyDatabaseAndEmptyPeriod()
{
    TempDatabase empty(testing::currentBackend());
    const Period p = period::lastDays(7, empty.clock().now(), InsightHistory::zone());
    Result<Report> r = build(empty.workbench(), p);
    QVERIFY(r.ok());
    QCOMPARE(r->claims, 0);
    QCOMPARE(r->days.size(), 7);
    QVERIFY(r->products.isEmpty());
    QVERIFY(r->operators.isEmpty());
    QVERIFY(!r->review.rate());
    QVERIFY(!r->shipment.rate());
    for (BacklogBucket b : backlogBuckets())
        QCOMPARE(r->backlog.claims.value(b), 0);

    // A period of the history with nothing in it.
    Result<Report> before =
        build(f().history->db().workbench(),
              period::days(QDate(2026, 10, 1), QDate(2026, 10, 31), InsightHistory::zone()));
    QVERIFY(before.ok());
    QCOMPARE(before->claims, 0);
    QCOMPARE(before->days.size(), 31);
    QCOMPARE(before->compensationCents, 0);
    QVERIFY(!before->review.rate());
    QCOMPARE(toJson(*before).value(QStringLiteral("review_on_time_rate")).type(), QJsonValue::Null);
}

void TestReport::json()
{
    const QJsonObject o = toJson(f().week);
    QStringList keys = o.keys();
    keys.sort();
    QCOMPARE(
        keys,
        QStringList({QStringLiteral("auto_refund_cents"), QStringLiteral("by_day"), QStringLiteral("by_type"),
                     QStringLiteral("claims"), QStringLiteral("compensation_cents"),
                     QStringLiteral("first_action_median_s_by_operator"), QStringLiteral("from"),
                     QStringLiteral("reship_reasons_by_product"), QStringLiteral("review_on_time_rate"),
                     QStringLiteral("ship_on_time_rate"), QStringLiteral("to")}));
    QCOMPARE(o.value(QStringLiteral("from")).toString(), QStringLiteral("2026-11-15T16:00:00Z"));
    QCOMPARE(o.value(QStringLiteral("to")).toString(), QStringLiteral("2026-11-22T16:00:00Z"));
    QCOMPARE(o.value(QStringLiteral("claims")).toInt(), 8);
    QCOMPARE(o.value(QStringLiteral("by_type")).toObject().value(QStringLiteral("reship")).toInt(), 6);
    QCOMPARE(o.value(QStringLiteral("by_type")).toObject().size(), 5);
    const QJsonArray days = o.value(QStringLiteral("by_day")).toArray();
    QCOMPARE(days.size(), 7);
    QCOMPARE(days.at(0).toObject().value(QStringLiteral("day")).toString(), QStringLiteral("2026-11-16"));
    QCOMPARE(days.at(0).toObject().value(QStringLiteral("reship")).toInt(), 2);
    QCOMPARE(days.at(0).toObject().size(), 6);
    const QJsonObject lock = o.value(QStringLiteral("reship_reasons_by_product")).toArray().at(0).toObject();
    QCOMPARE(lock.value(QStringLiteral("product")).toString(), QStringLiteral("智能门锁 A"));
    QCOMPARE(lock.value(QStringLiteral("missing_items")).toInt(), 4);
    QCOMPARE(lock.value(QStringLiteral("never_received")).toInt(), 0);
    QCOMPARE(lock.value(QStringLiteral("other")).toInt(), 0);
    QCOMPARE(o.value(QStringLiteral("review_on_time_rate")).toDouble(), 5.0 / 7.0);
    QCOMPARE(o.value(QStringLiteral("ship_on_time_rate")).toDouble(), 0.6);
    QCOMPARE(o.value(QStringLiteral("compensation_cents")).toInt(), 600);
    QCOMPARE(o.value(QStringLiteral("auto_refund_cents")).toInt(), 25900);
    const QJsonObject medians = o.value(QStringLiteral("first_action_median_s_by_operator")).toObject();
    QCOMPARE(medians.value(QStringLiteral("alice")).toInt(), 3601);
    QCOMPARE(medians.value(QStringLiteral("bob")).toInt(), 6300);
}

// What a report reads from an automatic step's event is what the rules said the step would
// cost: for every type × status × reason, paid a compensation already or not.
void TestReport::stepCostIsTheRulesAnswer()
{
    const Policy policy = Policy::defaults();
    const QDateTime now = InsightHistory::at("2026-11-26T10:00:00");
    int costing = 0;
    for (ClaimType type : names::allTypes())
        for (ClaimStatus status : names::allStatuses())
            for (Reason reason :
                 {Reason::NeverReceived, Reason::MissingItems, Reason::Other, Reason::QualityIssue,
                  Reason::WrongItem, Reason::NotAsDescribed, Reason::NoLongerNeeded})
                for (const bool compensated : {false, true}) {
                    Order order;
                    order.orderId = QStringLiteral("SC1");
                    order.category = QStringLiteral("smart_home");
                    order.amountCents = 12345;
                    order.shippedAt = now.addSecs(-72 * 3600);
                    Decision d = rules::application(order, ApplyRequest{type, reason, {}}, now, policy);
                    d.claim.status = status;
                    d.claim.deadline = now.addSecs(3600);
                    d.claim.compensationCents = compensated ? policy.compensationCents : 0;
                    const std::optional<rules::DeadlineCost> expected = rules::atDeadline(d.claim, policy);
                    const std::optional<Decision> step = rules::automaticStep(d.claim, policy);
                    QCOMPARE(expected.has_value(), step.has_value());
                    if (!step)
                        continue;
                    const Event &e = step->events.first();
                    const rules::StepCost read = rules::stepCost(e.action, e.detail);
                    QCOMPARE(read.compensationCents, expected->compensationCents);
                    QCOMPARE(read.refundCents, expected->refundCents);
                    const bool costs = read.compensationCents > 0 || read.refundCents > 0;
                    QVERIFY(!costs || rules::costlySteps().contains(e.action));
                    costing += costs;
                }
    QVERIFY(costing > 0);
    // Events that are not automatic steps cost nothing, whatever their detail says.
    QCOMPARE(
        rules::stepCost(QStringLiteral("remark"), QStringLiteral("compensation_cents=300")).compensationCents,
        0);
}

void TestReport::median_data()
{
    QTest::addColumn<QList<qint64>>("middle");
    QTest::addColumn<qint64>("count");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("one") << QList<qint64>{42} << qint64(1) << qint64(42);
    QTest::newRow("odd") << QList<qint64>{7} << qint64(5) << qint64(7);
    QTest::newRow("even") << QList<qint64>{3600, 9000} << qint64(4) << qint64(6300);
    QTest::newRow("even, half a second down") << QList<qint64>{3600, 3601} << qint64(2) << qint64(3600);
    QTest::newRow("none") << QList<qint64>{} << qint64(0) << qint64(0);
}

void TestReport::median()
{
    QFETCH(QList<qint64>, middle);
    QFETCH(qint64, count);
    QFETCH(qint64, expected);
    QCOMPARE(report::median(middle, count), expected);
}

QTEST_GUILESS_MAIN(TestReport)
#include "tst_report.moc"
