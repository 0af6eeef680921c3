// The simulated platform's clock and its automatic steps (RULES.md, Time): each at its
// deadline exactly, stamped there; the buyer's and the platform's moves through the
// control API; the clock's control.
#include "simfixture.h"
#include "simstate.h"

#include <QJsonArray>
#include <QTest>

using namespace aftersales::platformsim;
using namespace aftersales::platformsim::testing;

namespace
{

constexpr qint64 hour = 3600;

QString statusOf(SimFixture &f, const QString &id)
{
    return f.claim(id).value(QStringLiteral("status")).toString();
}

qint64 updateTimeOf(SimFixture &f, const QString &id)
{
    return f.claim(id).value(QStringLiteral("update_time")).toInteger();
}

Reply act(SimFixture &f, const QString &id, const QString &action, const QJsonObject &extra = {})
{
    QJsonObject body = extra;
    body.insert(QStringLiteral("action"), action);
    return f.client->control("POST", QStringLiteral("claims/%1/actions").arg(id), body);
}

} // namespace

class TestPlatformSimClock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void autoApproval_exactlyAt48Hours();
    void autoApproval_seenByList();
    void operateAtTheDeadline_findsTheStepDone();
    void lateShipment_branchesByReason_data();
    void lateShipment_branchesByReason();
    void stepsInDeadlineOrder_afterALongJump();
    void buyerActions();
    void buyerReturn_needsAValidShipment();
    void platformDecisions();
    void clock_controls();
    void clock_badRequests();
};

void TestPlatformSimClock::autoApproval_exactlyAt48Hours()
{
    SimFixture f;
    const qint64 applied = f.now();
    const QString id = f.addClaim({{QStringLiteral("apply_time"), double(applied)}});
    f.setClock(applied + 48 * hour - 1); // 47:59:59
    QCOMPARE(statusOf(f, id), QStringLiteral("pending_review"));
    QCOMPARE(updateTimeOf(f, id), applied);
    const Reply moved =
        f.client->control("POST", QStringLiteral("clock"), {{QStringLiteral("advance"), 1}}); // 48:00:00
    QCOMPARE(moved.json.value(QStringLiteral("steps")).toInt(), 1);
    QCOMPARE(statusOf(f, id), QStringLiteral("awaiting_shipment"));
    QCOMPARE(updateTimeOf(f, id), applied + 48 * hour);
    // The shipping window opens at the approval.
    QCOMPARE(f.claim(id).value(QStringLiteral("status_deadline")).toInteger(), applied + 96 * hour);
}

void TestPlatformSimClock::autoApproval_seenByList()
{
    SimFixture f;
    const qint64 applied = f.now();
    const QString id = f.addClaim({});
    // A jump well past the deadline: the step is stamped at the deadline, not at "now".
    f.setClock(applied + 60 * hour);
    const Reply r = f.client->call(QStringLiteral("afterSale/List"),
                                   {{QStringLiteral("page"), 0},
                                    {QStringLiteral("size"), 10},
                                    {QStringLiteral("update_start_time"), applied + 48 * hour},
                                    {QStringLiteral("update_end_time"), applied + 48 * hour}});
    const QJsonArray items = r.data().value(QStringLiteral("items")).toArray();
    QCOMPARE(items.size(), 1);
    const QJsonObject info = items.first()[QStringLiteral("aftersale_info")].toObject();
    QCOMPARE(info.value(QStringLiteral("aftersale_id")).toString(), id);
    QCOMPARE(info.value(QStringLiteral("aftersale_status")).toInt(), 8);
}

void TestPlatformSimClock::operateAtTheDeadline_findsTheStepDone()
{
    SimFixture f;
    const qint64 applied = f.now();
    const QString id = f.addClaim({{QStringLiteral("reason"), QStringLiteral("missing_items")}});
    f.setClock(applied + 48 * hour);
    const QJsonObject reject{
        {QStringLiteral("type"), 502},
        {QStringLiteral("items"), QJsonArray{QJsonObject{{QStringLiteral("aftersale_id"), id},
                                                         {QStringLiteral("update_time"), applied},
                                                         {QStringLiteral("reject_reason_code"), 99}}}}};
    const Reply r = f.client->call(QStringLiteral("afterSale/operate"), reject);
    QCOMPARE(r.code(), 50002);
    QCOMPARE(r.subMsg(), QStringLiteral("售后单状态已变更"));
    QCOMPARE(statusOf(f, id), QStringLiteral("awaiting_shipment"));
}

void TestPlatformSimClock::lateShipment_branchesByReason_data()
{
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("afterLate");
    QTest::addColumn<int>("platformStatus");
    QTest::newRow("never received: refunded") << "never_received"
                                              << "refunded" << 12;
    QTest::newRow("missing items: ship overdue") << "missing_items"
                                                 << "ship_overdue" << 8;
}

void TestPlatformSimClock::lateShipment_branchesByReason()
{
    QFETCH(QString, reason);
    QFETCH(QString, afterLate);
    QFETCH(int, platformStatus);
    SimFixture f;
    const qint64 approved = f.now();
    const QString id = f.addClaim({{QStringLiteral("status"), QStringLiteral("awaiting_shipment")},
                                   {QStringLiteral("reason"), reason}});
    f.setClock(approved + 48 * hour - 1);
    QCOMPARE(statusOf(f, id), QStringLiteral("awaiting_shipment"));
    f.setClock(approved + 48 * hour);
    const QJsonObject c = f.claim(id);
    QCOMPARE(c.value(QStringLiteral("status")).toString(), afterLate);
    QCOMPARE(c.value(QStringLiteral("compensation_cents")).toInt(), 300);
    const QJsonObject info =
        c.value(QStringLiteral("item")).toObject().value(QStringLiteral("aftersale_info")).toObject();
    QCOMPARE(info.value(QStringLiteral("aftersale_status")).toInt(), platformStatus);
    if (afterLate == QLatin1String("ship_overdue")) {
        // The buyer's window: closed when it lapses unused.
        QCOMPARE(info.value(QStringLiteral("status_deadline")).toInteger(), approved + 96 * hour);
        f.setClock(approved + 96 * hour);
        QCOMPARE(statusOf(f, id), QStringLiteral("closed"));
        QCOMPARE(updateTimeOf(f, id), approved + 96 * hour);
    }
}

void TestPlatformSimClock::stepsInDeadlineOrder_afterALongJump()
{
    SimFixture f;
    const qint64 applied = f.now();
    const QString id = f.addClaim({{QStringLiteral("reason"), QStringLiteral("other")}});
    // Auto-approval at +48 h, late shipment at +96 h, the buyer's window lapses at +144 h.
    const Reply moved =
        f.client->control("POST", QStringLiteral("clock"), {{QStringLiteral("advance"), 200 * hour}});
    QCOMPARE(moved.json.value(QStringLiteral("steps")).toInt(), 3);
    QCOMPARE(statusOf(f, id), QStringLiteral("closed"));
    QCOMPARE(updateTimeOf(f, id), applied + 144 * hour);
}

void TestPlatformSimClock::buyerActions()
{
    SimFixture f;
    const QString cancelled = f.addClaim({});
    Reply r = act(f, cancelled, QStringLiteral("cancel"));
    QCOMPARE(r.httpStatus, 200);
    QCOMPARE(r.json.value(QStringLiteral("status")).toString(), QStringLiteral("cancelled"));
    QCOMPARE(r.json[QLatin1String("item")][QLatin1String("aftersale_info")][QLatin1String("aftersale_status")]
                 .toInt(),
             28);
    QCOMPARE(act(f, cancelled, QStringLiteral("cancel")).httpStatus, 409);

    const QString rejected = f.addClaim({{QStringLiteral("status"), QStringLiteral("rejected")}});
    QCOMPARE(act(f, rejected, QStringLiteral("modify")).json.value(QStringLiteral("status")).toString(),
             QStringLiteral("pending_review"));
    const QString escalated = f.addClaim({{QStringLiteral("status"), QStringLiteral("rejected")}});
    r = act(f, escalated, QStringLiteral("escalate"));
    QCOMPARE(r.json.value(QStringLiteral("status")).toString(), QStringLiteral("platform_intervention"));
    QCOMPARE(r.json[QLatin1String("item")][QLatin1String("aftersale_info")][QLatin1String("arbitrate_status")]
                 .toInt(),
             1);

    const QString shipped = f.addClaim({{QStringLiteral("status"), QStringLiteral("shipped")}});
    QCOMPARE(act(f, shipped, QStringLiteral("confirm")).json.value(QStringLiteral("status")).toString(),
             QStringLiteral("completed"));
    QCOMPARE(act(f, shipped, QStringLiteral("fly")).httpStatus, 400);
    QCOMPARE(f.client
                 ->control("POST", QStringLiteral("claims/42/actions"),
                           {{QStringLiteral("action"), QStringLiteral("cancel")}})
                 .httpStatus,
             404);
}

void TestPlatformSimClock::buyerReturn_needsAValidShipment()
{
    SimFixture f;
    const QString id = f.addClaim({{QStringLiteral("aftersale_type"), 0},
                                   {QStringLiteral("status"), QStringLiteral("awaiting_buyer_return")}});
    QCOMPARE(act(f, id, QStringLiteral("return"),
                 {{QStringLiteral("company_code"), QStringLiteral("yuantong")},
                  {QStringLiteral("tracking_no"), QStringLiteral("YT12")}})
                 .httpStatus,
             409);
    const Reply r = act(f, id, QStringLiteral("return"),
                        {{QStringLiteral("company_code"), QStringLiteral("yuantong")},
                         {QStringLiteral("tracking_no"), QStringLiteral("YT1234567890123")}});
    QCOMPARE(r.httpStatus, 200);
    QCOMPARE(r.json.value(QStringLiteral("status")).toString(), QStringLiteral("pending_second_review"));
    QCOMPARE(r.json[QLatin1String("return_logistics")][QLatin1String("tracking_no")].toString(),
             QStringLiteral("YT1234567890123"));
}

void TestPlatformSimClock::platformDecisions()
{
    SimFixture f;
    const QString forBuyer = f.addClaim({{QStringLiteral("status"), QStringLiteral("in_arbitration")}});
    Reply r = act(f, forBuyer, QStringLiteral("decide_buyer"));
    QCOMPARE(r.json.value(QStringLiteral("status")).toString(), QStringLiteral("awaiting_shipment"));
    QCOMPARE(r.json.value(QStringLiteral("status_deadline")).toInteger(), f.now() + 48 * hour);
    const QString forMerchant =
        f.addClaim({{QStringLiteral("status"), QStringLiteral("platform_intervention")}});
    QCOMPARE(act(f, forMerchant, QStringLiteral("decide_merchant"))
                 .json.value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("closed"));
    QCOMPARE(act(f, forMerchant, QStringLiteral("decide_buyer")).httpStatus, 409);
    const QString refund = f.addClaim({{QStringLiteral("aftersale_type"), 1},
                                       {QStringLiteral("status"), QStringLiteral("platform_intervention")}});
    QCOMPARE(act(f, refund, QStringLiteral("decide_buyer")).json.value(QStringLiteral("status")).toString(),
             QStringLiteral("refunded"));
}

void TestPlatformSimClock::clock_controls()
{
    SimFixture f;
    Reply r = f.client->control("GET", QStringLiteral("clock"));
    QCOMPARE(r.json.value(QStringLiteral("now")).toInteger(), fixtureStart());
    QCOMPARE(r.json.value(QStringLiteral("iso")).toString(), QStringLiteral("2026-11-26T02:00:00Z"));
    QCOMPARE(r.json.value(QStringLiteral("fixed")).toBool(), true);
    r = f.client->control("POST", QStringLiteral("clock"),
                          {{QStringLiteral("set"), QStringLiteral("2026-11-27T10:00:00+08:00")}});
    QCOMPARE(r.json.value(QStringLiteral("now")).toInteger(), fixtureStart() + 24 * hour);
    r = f.client->control("POST", QStringLiteral("clock"), {{QStringLiteral("advance"), 90}});
    QCOMPARE(r.json.value(QStringLiteral("now")).toInteger(), fixtureStart() + 24 * hour + 90);
    r = f.client->control("POST", QStringLiteral("clock"), {{QStringLiteral("run"), true}});
    QCOMPARE(r.json.value(QStringLiteral("fixed")).toBool(), false);
    QVERIFY(r.json.value(QStringLiteral("now")).toInteger() >= fixtureStart() + 24 * hour + 90);
}

void TestPlatformSimClock::clock_badRequests()
{
    SimFixture f;
    QCOMPARE(
        f.client
            ->control("POST", QStringLiteral("clock"), {{QStringLiteral("set"), QStringLiteral("tomorrow")}})
            .httpStatus,
        400);
    QCOMPARE(f.client->control("POST", QStringLiteral("clock"), {{QStringLiteral("advance"), -5}}).httpStatus,
             400);
    QCOMPARE(f.client->control("POST", QStringLiteral("clock"), {{QStringLiteral("sideways"), 1}}).httpStatus,
             400);
    QCOMPARE(f.now(), fixtureStart());
}

QTEST_GUILESS_MAIN(TestPlatformSimClock)
#include "tst_platformsim_clock.moc"
