// The synthetic shop: the same seed makes the same claims; they cover every type and
// the statuses a real shop has, with realistic ids, products and deadlines.
#include "catalog.h"
#include "claimbook.h"
#include "generator.h"
#include "simfixture.h"
#include "simstate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace aftersales;
using namespace aftersales::platformsim;
using namespace aftersales::platformsim::testing;

namespace
{

QByteArray allPages(SimFixture &f)
{
    QByteArray out;
    for (int page = 0;; ++page) {
        const Reply r = f.client->call(QStringLiteral("afterSale/List"),
                                       {{QStringLiteral("page"), page}, {QStringLiteral("size"), 100}});
        out +=
            QJsonDocument(r.data().value(QStringLiteral("items")).toArray()).toJson(QJsonDocument::Compact);
        if (!r.data().value(QStringLiteral("has_more")).toBool())
            return out;
    }
}

} // namespace

class TestPlatformSimGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameSeedSameClaims();
    void otherSeedOtherClaims();
    void realisticClaims();
    void generatedTwice_idsStayUnique();
    void controlRefusesBadCounts();
};

void TestPlatformSimGenerator::sameSeedSameClaims()
{
    SimFixture a;
    SimFixture b;
    const QJsonObject ask{{QStringLiteral("generate"), 300}, {QStringLiteral("seed"), 42}};
    const Reply ra = a.client->control("POST", QStringLiteral("claims"), ask);
    const Reply rb = b.client->control("POST", QStringLiteral("claims"), ask);
    QCOMPARE(ra.json.value(QStringLiteral("ids")).toArray().size(), 300);
    QCOMPARE(ra.json.value(QStringLiteral("ids")), rb.json.value(QStringLiteral("ids")));
    const QByteArray pagesA = allPages(a);
    QCOMPARE(pagesA, allPages(b));
    QVERIFY(pagesA.size() > 300 * 200);
}

void TestPlatformSimGenerator::otherSeedOtherClaims()
{
    SimFixture a;
    SimFixture b;
    a.client->control("POST", QStringLiteral("claims"),
                      {{QStringLiteral("generate"), 50}, {QStringLiteral("seed"), 1}});
    b.client->control("POST", QStringLiteral("claims"),
                      {{QStringLiteral("generate"), 50}, {QStringLiteral("seed"), 2}});
    QVERIFY(allPages(a) != allPages(b));
}

void TestPlatformSimGenerator::realisticClaims()
{
    SimFixture f;
    const qint64 now = f.now();
    const QList<quint64> ids =
        generator::generate(f.sim->state().book, 2000, 7, now, f.sim->state().machine.policy());
    QCOMPARE(ids.size(), 2000);
    QSet<ClaimType> types;
    QSet<ClaimStatus> statuses;
    QSet<QString> orderIds;
    int open = 0;
    int futureDeadlines = 0;
    const QRegularExpression orderId(QStringLiteral("^\\d{19}$"));
    for (quint64 id : ids) {
        const SimClaim &c = *f.sim->state().book.find(id);
        const QString text = QString::number(id);
        QVERIFY2(text.size() >= 16 && text.size() <= 19, qPrintable(text));
        QVERIFY(id < (quint64(1) << 63));
        QVERIFY2(orderId.match(c.claim.order.orderId).hasMatch(), qPrintable(c.claim.order.orderId));
        orderIds.insert(c.claim.order.orderId);
        QVERIFY(!c.claim.order.product.isEmpty());
        QVERIFY(!c.claim.order.buyer.isEmpty());
        if (c.claim.type == ClaimType::Reship)
            QCOMPARE(c.claim.order.category, QStringLiteral("smart_home"));
        QVERIFY(c.applyTime < now);
        QVERIFY(c.updateTime >= c.applyTime && c.updateTime <= now);
        if (c.claim.deadline) {
            QVERIFY(c.deadlineSecs() > now); // every step due by now has happened
            ++futureDeadlines;
        }
        open += rules::isOpen(c.claim.status);
        types.insert(c.claim.type);
        statuses.insert(c.claim.status);
    }
    QCOMPARE(orderIds.size(), 2000);
    QCOMPARE(types.size(), 5);
    // A real shop's spread: waiting claims, finished ones, and those before the platform.
    for (ClaimStatus s :
         {ClaimStatus::PendingReview, ClaimStatus::AwaitingShipment, ClaimStatus::Shipped,
          ClaimStatus::Completed, ClaimStatus::Refunded, ClaimStatus::Rejected, ClaimStatus::Closed,
          ClaimStatus::InArbitration, ClaimStatus::PlatformIntervention, ClaimStatus::Cancelled,
          ClaimStatus::AwaitingBuyerReturn, ClaimStatus::PendingSecondReview})
        QVERIFY2(statuses.contains(s), qPrintable(QString::number(int(s))));
    QVERIFY(open > 50);
    QVERIFY(futureDeadlines > 20);
    QCOMPARE(f.sim->state().machine.applyDue(now), 0);
}

void TestPlatformSimGenerator::generatedTwice_idsStayUnique()
{
    SimFixture f;
    f.client->control("POST", QStringLiteral("claims"),
                      {{QStringLiteral("generate"), 500}, {QStringLiteral("seed"), 3}});
    f.client->control("POST", QStringLiteral("claims"),
                      {{QStringLiteral("generate"), 500}, {QStringLiteral("seed"), 3}});
    QCOMPARE(f.sim->state().book.size(), 1000);
    QCOMPARE(f.client->call(QStringLiteral("afterSale/List"), {{QStringLiteral("size"), 1}})
                 .data()
                 .value(QStringLiteral("total"))
                 .toInt(),
             1000);
}

void TestPlatformSimGenerator::controlRefusesBadCounts()
{
    SimFixture f;
    QCOMPARE(
        f.client->control("POST", QStringLiteral("claims"), {{QStringLiteral("generate"), -1}}).httpStatus,
        400);
    QCOMPARE(f.client
                 ->control("POST", QStringLiteral("claims"),
                           {{QStringLiteral("claims"),
                             QJsonArray{QJsonObject{{QStringLiteral("status"), QStringLiteral("nope")}}}}})
                 .httpStatus,
             400);
    QCOMPARE(f.client->control("POST", QStringLiteral("claims"), {{QStringLiteral("nothing"), 1}}).httpStatus,
             400);
    // Arbitration and intervention are told apart by the reason: a claim cannot contradict it.
    QCOMPARE(
        f.client
            ->control("POST", QStringLiteral("claims"),
                      {{QStringLiteral("claims"),
                        QJsonArray{QJsonObject{{QStringLiteral("status"), QStringLiteral("in_arbitration")},
                                               {QStringLiteral("reason"), QStringLiteral("other")}}}}})
            .httpStatus,
        400);
    // One bad claim in a list adds none.
    const QJsonArray mixed{QJsonObject{}, QJsonObject{{QStringLiteral("aftersale_type"), 5}}};
    QCOMPARE(
        f.client->control("POST", QStringLiteral("claims"), {{QStringLiteral("claims"), mixed}}).httpStatus,
        400);
    QCOMPARE(f.sim->state().book.size(), 0);
}

QTEST_GUILESS_MAIN(TestPlatformSimGenerator)
#include "tst_platformsim_generator.moc"
