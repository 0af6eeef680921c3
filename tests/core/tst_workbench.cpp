// The one write path: the platform's word taken in by id, many claims approved in one go,
// bulk loads and imports announced, reads stamped with the clock and the policy.
#include "domain/names.h"
#include "domain/rules.h"
#include "io/demo.h"
#include "io/importer.h"
#include "storage/consistency.h"
#include "storage/storagefactory.h"
#include "tempdatabase.h"
#include "workbench.h"

#include <QSignalSpy>
#include <QTest>

using namespace aftersales;
using aftersales::testing::TempDatabase;

namespace
{

constexpr qint64 hour = 3600;

// A claim as the platform holds it: an exchange waiting for the merchant's review.
Claim platformClaim(qint64 id, const QDateTime &applied)
{
    Claim c;
    c.id = id;
    c.orderId = QStringLiteral("69000%1").arg(id);
    c.type = ClaimType::Exchange;
    c.reason = Reason::WrongItem;
    c.status = ClaimStatus::PendingReview;
    c.appliedAt = applied;
    c.updatedAt = applied;
    c.deadline = applied.addSecs(48 * hour);
    c.order.orderId = c.orderId;
    c.order.category = QStringLiteral("apparel");
    c.order.amountCents = 12900;
    c.order.shippedAt = applied.addSecs(-24 * hour);
    c.order.product = QStringLiteral("纯棉短袖T恤");
    return c;
}

QStringList trail(const QList<Event> &events)
{
    QStringList out;
    for (const Event &e : events)
        out << QStringLiteral("%1 %2 %3->%4")
                   .arg(e.actor, e.action, names::statusName(e.from), names::statusName(e.to));
    return out;
}

} // namespace

class TestWorkbench : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { testing::addBackendRows(); }
    void init() { AFTERSALES_FETCH_BACKEND(backend); }

    void platformSays_newClaim_applicationAndPlatformEvent();
    void platformSays_sameAgain_changesNothing();
    void platformSays_changed_updatedWithPlatformEvent();
    void platformSays_checkRefuses_nothingWritten();
    void approveMany_eachOnItsOwn_oneTransactionOneSignal();
    void approveMany_storageRefuses_everyClaimToldNothingWritten();
    void import_announcesItsClaims();
    void demo_writesThroughTheWorkbench();
    void addDecided_nextInOrder_failureOrStopKeepsEarlierBatchesOnly();
    void reader_stampsClockAndPolicy();
};

void TestWorkbench::platformSays_newClaim_applicationAndPlatformEvent()
{
    TempDatabase db(testing::currentBackend());
    QSignalSpy changed(&db.workbench(), &Workbench::claimsChanged);
    const QDateTime applied = db.clock().now().addSecs(-2 * hour);
    Claim c = platformClaim(7300000000000001, applied);
    c.status = ClaimStatus::AwaitingBuyerReturn;
    const auto taken = db.workbench().platformSays({c});
    QVERIFY2(taken.ok(), qPrintable(taken.outcome.message));
    QCOMPARE(*taken, QList<Workbench::PlatformChange>{Workbench::PlatformChange::Inserted});
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().value<QList<qint64>>(), QList<qint64>{c.id});
    const Result<Claim> stored = db.workbench().claim(c.id);
    QVERIFY(stored.ok());
    QCOMPARE(stored->status, ClaimStatus::AwaitingBuyerReturn);
    QCOMPARE(stored->order.product, c.order.product);
    const Result<QList<Event>> events = db.workbench().events(c.id);
    QCOMPARE(trail(*events),
             (QStringList{QStringLiteral("buyer apply pending_review->pending_review"),
                          QStringLiteral("platform import pending_review->awaiting_buyer_return")}));
    QCOMPARE(events->first().at, applied);
    QCOMPARE(events->first().detail, QStringLiteral("exchange/wrong_item"));
    QCOMPARE(events->last().at, db.clock().now());
    const auto problems = consistency::check(db.storage());
    QVERIFY(problems.ok() && problems->isEmpty());
}

void TestWorkbench::platformSays_sameAgain_changesNothing()
{
    TempDatabase db(testing::currentBackend());
    const Claim c = platformClaim(7300000000000002, db.clock().now().addSecs(-hour));
    QVERIFY(db.workbench().platformSays({c}).ok());
    QSignalSpy changed(&db.workbench(), &Workbench::claimsChanged);
    db.clock().advance(60);
    const auto again = db.workbench().platformSays({c});
    QVERIFY(again.ok());
    QCOMPARE(*again, QList<Workbench::PlatformChange>{Workbench::PlatformChange::Unchanged});
    QCOMPARE(changed.size(), 0);
    QCOMPARE(db.workbench().claim(c.id)->version, 1);
    QCOMPARE(db.workbench().events(c.id)->size(), 2);
}

void TestWorkbench::platformSays_changed_updatedWithPlatformEvent()
{
    TempDatabase db(testing::currentBackend());
    Claim c = platformClaim(7300000000000003, db.clock().now().addSecs(-hour));
    QVERIFY(db.workbench().platformSays({c}).ok());
    QVERIFY(db.workbench().setRemark(c.id, QStringLiteral("call the buyer"), QStringLiteral("tester")).ok());
    db.clock().advance(60);
    // The platform approved it meanwhile: the buyer now ships the goods back.
    c.status = ClaimStatus::AwaitingBuyerReturn;
    c.deadline = db.clock().now().addSecs(48 * hour);
    c.updatedAt = db.clock().now();
    QSignalSpy changed(&db.workbench(), &Workbench::claimsChanged);
    const auto taken = db.workbench().platformSays({c});
    QVERIFY(taken.ok());
    QCOMPARE(*taken, QList<Workbench::PlatformChange>{Workbench::PlatformChange::Updated});
    QCOMPARE(changed.size(), 1);
    const Result<Claim> stored = db.workbench().claim(c.id);
    QCOMPARE(stored->status, ClaimStatus::AwaitingBuyerReturn);
    QCOMPARE(stored->deadline, c.deadline);
    QCOMPARE(stored->remark, QStringLiteral("call the buyer")); // the merchant's own stays
    QCOMPARE(stored->version, 3);
    QCOMPARE(trail(*db.workbench().events(c.id)).last(),
             QStringLiteral("platform platform_update pending_review->awaiting_buyer_return"));
    const auto problems = consistency::check(db.storage());
    QVERIFY(problems.ok() && problems->isEmpty());
}

void TestWorkbench::platformSays_checkRefuses_nothingWritten()
{
    TempDatabase db(testing::currentBackend());
    const QDateTime applied = db.clock().now().addSecs(-hour);
    const QList<Claim> claims{platformClaim(11, applied), platformClaim(12, applied)};
    QSignalSpy changed(&db.workbench(), &Workbench::claimsChanged);
    const auto refused =
        db.workbench().platformSays(claims, [](int index, const Claim &, const std::optional<Claim> &) {
            return index == 1 ? Outcome::badInput(QStringLiteral("item 2 is wrong")) : Outcome::success();
        });
    QCOMPARE(refused.outcome.kind, Outcome::Kind::BadInput);
    QCOMPARE(refused.outcome.message, QStringLiteral("item 2 is wrong"));
    QVERIFY(!db.workbench().claim(11).ok());
    QCOMPARE(db.database().count("orders"), 0);
    QCOMPARE(changed.size(), 0);
}

void TestWorkbench::approveMany_eachOnItsOwn_oneTransactionOneSignal()
{
    TempDatabase db(testing::currentBackend());
    db.addShippedOrder(QStringLiteral("M1"));
    db.addShippedOrder(QStringLiteral("M2"));
    db.addShippedOrder(QStringLiteral("M3"));
    const qint64 a = db.applyFor(QStringLiteral("M1"), ClaimType::Reship, Reason::MissingItems);
    const qint64 b = db.applyFor(QStringLiteral("M2"), ClaimType::RefundShipped, Reason::QualityIssue);
    const qint64 c = db.applyFor(QStringLiteral("M3"), ClaimType::Exchange, Reason::WrongItem);
    // Claim c was changed since the merchant saw it (version 1).
    QVERIFY(db.workbench().setFlag(c, 2, QStringLiteral("colleague")).ok());
    QSignalSpy changed(&db.workbench(), &Workbench::claimsChanged);
    const QList<Workbench::ItemResult> results = db.workbench().approveMany(
        {{a, 1}, {b, std::nullopt}, {c, 1}, {4711, std::nullopt}, {a, std::nullopt}},
        QStringLiteral("tester"), QStringLiteral("ok"));
    QCOMPARE(results.size(), 5);
    QVERIFY(results[0].outcome.ok());
    QCOMPARE(results[0].claim->status, ClaimStatus::AwaitingShipment);
    QCOMPARE(results[0].claim->version, 2);
    QVERIFY(results[1].outcome.ok());
    QCOMPARE(results[1].claim->status, ClaimStatus::Refunded);
    QCOMPARE(results[2].outcome.kind, Outcome::Kind::Conflict);
    QVERIFY(!results[2].claim);
    QCOMPARE(results[3].outcome.kind, Outcome::Kind::BadInput);
    // The same claim twice: the second sees the first approval.
    QCOMPARE(results[4].outcome.kind, Outcome::Kind::Refused);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().value<QList<qint64>>(), (QList<qint64>{a, b}));
    QCOMPARE(db.workbench().claim(c)->status, ClaimStatus::PendingReview);
    QCOMPARE(db.workbench().events(a)->last().detail, QStringLiteral("ok"));
}

void TestWorkbench::approveMany_storageRefuses_everyClaimToldNothingWritten()
{
    TempDatabase db(testing::currentBackend());
    db.addShippedOrder(QStringLiteral("R1"));
    const qint64 a = db.applyFor(QStringLiteral("R1"), ClaimType::Reship, Reason::MissingItems);
    Result<std::unique_ptr<Storage>> readOnly = storage::open(db.path(), StorageOptions{true, 100});
    QVERIFY2(readOnly.ok(), qPrintable(readOnly.outcome.message));
    Workbench window(**readOnly, db.clock(), Policy::defaults());
    QSignalSpy changed(&window, &Workbench::claimsChanged);
    const QList<Workbench::ItemResult> results =
        window.approveMany({{a, std::nullopt}, {4711, std::nullopt}}, QStringLiteral("tester"));
    QCOMPARE(results.size(), 2);
    for (const Workbench::ItemResult &r : results) {
        QCOMPARE(r.outcome.kind, Outcome::Kind::Storage);
        QVERIFY(!r.claim);
    }
    QCOMPARE(results[0].id, a);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(db.workbench().claim(a)->status, ClaimStatus::PendingReview);
}

void TestWorkbench::import_announcesItsClaims()
{
    TempDatabase db(testing::currentBackend());
    QSignalSpy changed(&db.workbench(), &Workbench::claimsChanged);
    const QByteArray json = R"([{"aftersale_id": 501, "order_id": "6900000000000000501", "aftersale_type": 7,
        "aftersale_status": 8, "apply_time": "2026-11-25T09:00:00+08:00", "reason": "商家少发/漏发"}])";
    const Result<int> n = importer::importClaims(db.workbench(), json);
    QVERIFY2(n.ok(), qPrintable(n.outcome.message));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().value<QList<qint64>>(), QList<qint64>{501});
    QCOMPARE(trail(*db.workbench().events(501)),
             (QStringList{QStringLiteral("buyer apply pending_review->pending_review"),
                          QStringLiteral("platform import pending_review->awaiting_shipment")}));
}

void TestWorkbench::demo_writesThroughTheWorkbench()
{
    TempDatabase db(testing::currentBackend());
    QSignalSpy changed(&db.workbench(), &Workbench::claimsChanged);
    QVERIFY(demo::generate(db.workbench(), 120, 7).ok());
    qsizetype announced = 0;
    for (const QList<QVariant> &signal : changed)
        announced += signal.first().value<QList<qint64>>().size();
    QCOMPARE(announced, 120);
    const auto problems = consistency::check(db.storage());
    QVERIFY(problems.ok());
    QVERIFY2(problems->isEmpty(), qPrintable(problems->isEmpty() ? QString() : problems->first().what));
}

void TestWorkbench::addDecided_nextInOrder_failureOrStopKeepsEarlierBatchesOnly()
{
    // Batches of 2,000, each decided before its transaction: `next` is called in index order,
    // and a failure or a stop keeps whole earlier batches only.
    for (const int stopAfter : {0, 1}) {
        TempDatabase db(testing::currentBackend());
        Workbench &wb = db.workbench();
        QList<int> asked;
        const auto next = [&](int i) -> Result<Workbench::DecidedClaim> {
            asked.append(i);
            if (i == 4500)
                return Outcome::badInput(QStringLiteral("claim 4500 cannot be decided"));
            Workbench::DecidedClaim d;
            d.order.orderId = QStringLiteral("AD-%1").arg(i);
            d.order.category = QStringLiteral("电子");
            d.order.amountCents = 1000;
            d.order.shippedAt = wb.now().addSecs(-72 * 3600);
            d.order.buyer = QStringLiteral("买家%1").arg(i);
            d.order.product = QStringLiteral("门锁");
            ApplyRequest r;
            r.type = ClaimType::Reship;
            r.reason = Reason::MissingItems;
            d.decision = rules::application(d.order, r, wb.now(), wb.policy());
            return d;
        };
        const Outcome o =
            wb.addDecided(6000, next, [&](int done, int) { return stopAfter == 0 || done < 2000; });
        if (stopAfter == 0) {
            QCOMPARE(o.message, QStringLiteral("claim 4500 cannot be decided"));
            QCOMPARE(*wb.reader().count(ClaimQuery{}), 4000);
        } else {
            QVERIFY(o.ok());
            QCOMPARE(*wb.reader().count(ClaimQuery{}), 2000);
        }
        for (int i = 0; i < asked.size(); ++i)
            QCOMPARE(asked.at(i), i);
        QCOMPARE(asked.size(), stopAfter == 0 ? 4501 : 2000);
    }
}

void TestWorkbench::reader_stampsClockAndPolicy()
{
    TempDatabase db(testing::currentBackend());
    db.addShippedOrder(QStringLiteral("D1"));
    db.applyFor(QStringLiteral("D1"), ClaimType::Reship, Reason::MissingItems);
    ClaimQuery dueSoon;
    dueSoon.quick = QuickFilter::DueSoon;
    const ClaimReader &reader = db.workbench().reader();
    // The review deadline is 48 h away: not due soon at 12 h, due soon once 40 h have passed.
    QCOMPARE(*reader.count(dueSoon), 0);
    db.clock().advance(40 * hour);
    QCOMPARE(*reader.count(dueSoon), 1);
    // A policy of 6 h: 8 h left is not soon.
    Policy policy = db.workbench().policy();
    policy.dueSoonSecs = 6 * hour;
    db.workbench().setPolicy(policy);
    QCOMPARE(*reader.count(dueSoon), 0);
    QCOMPARE(reader.stamped(dueSoon).now, db.clock().now());
    QCOMPARE(reader.stamped(dueSoon).dueSoonSecs, 6 * hour);
}

QTEST_GUILESS_MAIN(TestWorkbench)
#include "tst_workbench.moc"
