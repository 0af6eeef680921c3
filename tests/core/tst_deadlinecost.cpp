// What a claim's deadline costs is one answer: for every type × status × reason (paid a
// compensation already or not), the sweep's own step (rules::automaticStep and the event it
// writes), the money-at-risk strip's figures from the storage's groups on a real database,
// and the detail pane's sentence (claimtext::deadlineSentence) agree.
#include "domain/names.h"
#include "domain/rules.h"
#include "io/claimtext.h"
#include "storage/claimquery.h"
#include "tempdatabase.h"
#include "workbench.h"

#include <QRegularExpression>
#include <QTest>

using namespace aftersales;
using aftersales::testing::TempDatabase;

namespace
{

constexpr qint64 hour = 3600;

// A number in an event's detail ("compensation_cents=300; refund_cents=12345"), 0 when absent.
qint64 detailValue(const QString &detail, const QString &key)
{
    const QRegularExpression re(key + QStringLiteral("=(\\d+)"));
    const auto m = re.match(detail);
    return m.hasMatch() ? m.captured(1).toLongLong() : 0;
}

MoneyAtRisk minus(const MoneyAtRisk &a, const MoneyAtRisk &b)
{
    return {a.claims - b.claims,
            a.autoApprovals - b.autoApprovals,
            a.compensations - b.compensations,
            a.compensationCents - b.compensationCents,
            a.autoRefunds - b.autoRefunds,
            a.refundCents - b.refundCents};
}

} // namespace

class TestDeadlineCost : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { testing::addBackendRows(); }
    void init() { AFTERSALES_FETCH_BACKEND(backend); }

    void sweepStripAndSentenceAgree();
    void exchangeAwaitingShipment_noCompensationAtRisk();
};

void TestDeadlineCost::sweepStripAndSentenceAgree()
{
    TempDatabase db(testing::currentBackend());
    const Policy policy = db.policy();
    const ClaimReader &reader = db.workbench().reader();
    const QList<ClaimStatus> atRisk = quickfilters::definition(QuickFilter::AtRisk).statuses;
    int combinations = 0;
    int costing = 0;
    qint64 next = 1;
    for (ClaimType type : names::allTypes())
        for (ClaimStatus status : names::allStatuses())
            for (const Reason reason :
                 {Reason::NeverReceived, Reason::MissingItems, Reason::Other, Reason::QualityIssue,
                  Reason::WrongItem, Reason::NotAsDescribed, Reason::NoLongerNeeded})
                for (const bool compensated : {false, true}) {
                    const QString what =
                        QStringLiteral("%1 %2 %3 %4")
                            .arg(names::typeName(type), names::statusName(status), names::reasonName(reason),
                                 compensated ? QStringLiteral("compensated") : QString());
                    // A claim in this state whose deadline falls within the strip's 24 hours,
                    // written straight to the storage (most of these states the rules never
                    // reach from an application, and the answer must hold for all of them).
                    const qint64 id = next++;
                    Order order;
                    order.orderId = QStringLiteral("DC%1").arg(id);
                    order.category = QStringLiteral("smart_home");
                    order.amountCents = 10000 + id; // "¥100.xx": each claim's refund reads apart
                    order.shippedAt = db.clock().now().addSecs(-72 * hour);
                    Decision d = rules::application(order, ApplyRequest{type, reason, {}},
                                                    db.clock().now().addSecs(-hour), policy);
                    d.claim.id = id;
                    d.claim.status = status;
                    d.claim.deadline = db.clock().now().addSecs(2 * hour);
                    d.claim.compensationCents = compensated ? policy.compensationCents : 0;
                    const MoneyAtRisk before = *reader.moneyAtRisk();
                    QVERIFY(db.storage()
                                .transaction([&]() -> Outcome {
                                    if (Outcome o = db.storage().insertOrder(order); !o.ok())
                                        return o;
                                    return db.storage().insertClaim(d).outcome;
                                })
                                .ok());
                    const Result<Claim> stored = db.storage().claim(id);
                    QVERIFY(stored.ok());
                    const MoneyAtRisk strip = minus(*reader.moneyAtRisk(), before);

                    // The sweep's step, and what its event records (none in the states that
                    // have nothing automatic: finished, shipped, before the platform).
                    const std::optional<Decision> step = rules::automaticStep(*stored, policy);
                    const QString action = step ? step->events.first().action : QString();
                    const QString detail = step ? step->events.first().detail : QString();
                    const qint64 compensation = detailValue(detail, QStringLiteral("compensation_cents"));
                    const qint64 refund = detailValue(detail, QStringLiteral("refund_cents"));
                    if (step) {
                        QCOMPARE(step->claim.compensationCents - stored->compensationCents, compensation);
                        if (refund > 0)
                            QCOMPARE(step->claim.status, ClaimStatus::Refunded);
                    }

                    // The strip: the claims whose deadlines it watches, as the sweep prices them.
                    const bool watched = atRisk.contains(status);
                    if (watched)
                        QVERIFY2(step, qPrintable(what));
                    QCOMPARE(strip.claims, watched ? 1 : 0);
                    QCOMPARE(strip.autoApprovals, watched && action == QLatin1String("auto_approve") ? 1 : 0);
                    QCOMPARE(strip.compensationCents, watched ? compensation : 0);
                    QCOMPARE(strip.compensations, watched && compensation > 0 ? 1 : 0);
                    QCOMPARE(strip.refundCents, watched ? refund : 0);
                    QCOMPARE(strip.autoRefunds, watched && refund > 0 ? 1 : 0);

                    // The detail pane names the money the sweep will pay, and no other.
                    const QString sentence = claimtext::deadlineSentence(*stored, db.clock().now(), policy);
                    QVERIFY2(sentence.contains(claimtext::money(compensation)) == (compensation > 0),
                             qPrintable(what + QStringLiteral(": ") + sentence));
                    QVERIFY2(sentence.contains(claimtext::money(refund)) == (refund > 0),
                             qPrintable(what + QStringLiteral(": ") + sentence));
                    if (compensation == 0 && refund == 0)
                        QVERIFY2(!sentence.contains(QStringLiteral("¥")),
                                 qPrintable(what + QStringLiteral(": ") + sentence));
                    ++combinations;
                    costing += compensation > 0 || refund > 0;
                }
    QCOMPARE(combinations, 5 * 14 * 7 * 2);
    QVERIFY(costing > 0);
}

// The case that disagreed: the sweep pays an exchange shipped late no compensation, so
// neither does the strip or the detail pane promise one.
void TestDeadlineCost::exchangeAwaitingShipment_noCompensationAtRisk()
{
    TempDatabase db(testing::currentBackend());
    db.addShippedOrder(QStringLiteral("EX1"), 49900);
    const qint64 id = db.applyFor(QStringLiteral("EX1"), ClaimType::Exchange, Reason::WrongItem);
    ActionRequest r;
    r.actor = QStringLiteral("tester");
    r.action = Action::Approve;
    QVERIFY(db.workbench().act(id, r).ok());
    ActionRequest back;
    back.action = Action::Return;
    back.actor = actors::buyer;
    back.carrier = QStringLiteral("zhongtong");
    back.trackingNo = QStringLiteral("75000000000001");
    QVERIFY(db.workbench().act(id, back).ok());
    r.actor = QStringLiteral("tester");
    QVERIFY(db.workbench().act(id, r).ok()); // the return confirmed: the new item is owed
    const Result<Claim> c = db.workbench().claim(id);
    QCOMPARE(c->status, ClaimStatus::AwaitingShipment);
    db.clock().advance(30 * hour);
    const MoneyAtRisk risk = *db.workbench().reader().moneyAtRisk();
    QCOMPARE(risk.claims, 1);
    QCOMPARE(risk.compensations, 0);
    QCOMPARE(risk.compensationCents, 0);
    QVERIFY(!claimtext::deadlineSentence(*c, db.clock().now(), db.policy()).contains(QStringLiteral("¥")));
    db.clock().advance(24 * hour);
    const Result<QList<Event>> swept = db.workbench().sweep();
    QVERIFY(swept.ok());
    QCOMPARE(swept->size(), 1);
    QCOMPARE(swept->first().action, QStringLiteral("late_shipment"));
    QCOMPARE(db.workbench().claim(id)->compensationCents, 0);
}

QTEST_GUILESS_MAIN(TestDeadlineCost)
#include "tst_deadlinecost.moc"
