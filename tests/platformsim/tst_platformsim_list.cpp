// afterSale/List and afterSale/Detail: paging past 100, inclusive update_time bounds,
// the order, has_more and total, the item's shape and the platform's status codes.
#include "simfixture.h"
#include "simstate.h"

#include <QJsonArray>
#include <QTest>

using namespace aftersales::platformsim;
using namespace aftersales::platformsim::testing;

namespace
{

QJsonObject listParams(qint64 page, qint64 size, qint64 from, qint64 to)
{
    return {{QStringLiteral("page"), page},
            {QStringLiteral("size"), size},
            {QStringLiteral("update_start_time"), from},
            {QStringLiteral("update_end_time"), to},
            {QStringLiteral("order_by"), QJsonArray{QStringLiteral("update_time asc")}}};
}

QJsonObject info(const QJsonValue &item)
{
    return item.toObject().value(QStringLiteral("aftersale_info")).toObject();
}

} // namespace

class TestPlatformSimList : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void paging_pastOneHundred();
    void bounds_inclusive();
    void order_updateTimeThenId();
    void size_refused_data();
    void size_refused();
    void orderBy_onlyUpdateTimeAsc();
    void item_shapeAsPlatformMd();
    void status_platformCodes_data();
    void status_platformCodes();
    void detail_shapeAndUnknown();
};

void TestPlatformSimList::paging_pastOneHundred()
{
    SimFixture f;
    QJsonArray specs;
    for (int i = 0; i < 250; ++i)
        specs.append(QJsonObject{{QStringLiteral("apply_time"), double(f.now() - 1000 + i)}});
    QCOMPARE(f.client->control("POST", QStringLiteral("claims"), {{QStringLiteral("claims"), specs}})
                 .json.value(QStringLiteral("ids"))
                 .toArray()
                 .size(),
             250);
    QSet<QString> seen;
    const int expectedSizes[] = {100, 100, 50, 0};
    for (int page = 0; page < 4; ++page) {
        const Reply r = f.client->call(QStringLiteral("afterSale/List"), listParams(page, 100, 0, f.now()));
        QCOMPARE(r.code(), 10000);
        const QJsonObject d = r.data();
        QCOMPARE(d.value(QStringLiteral("items")).toArray().size(), expectedSizes[page]);
        QCOMPARE(d.value(QStringLiteral("total")).toInt(), 250);
        QCOMPARE(d.value(QStringLiteral("page")).toInt(), page);
        QCOMPARE(d.value(QStringLiteral("size")).toInt(), 100);
        QCOMPARE(d.value(QStringLiteral("has_more")).toBool(), page < 2);
        for (const QJsonValue &item : d.value(QStringLiteral("items")).toArray())
            seen.insert(info(item).value(QStringLiteral("aftersale_id")).toString());
    }
    QCOMPARE(seen.size(), 250);
    // 100 exactly fills page 0 of a 100-claim window: no more after it.
    const Reply exact =
        f.client->call(QStringLiteral("afterSale/List"), listParams(0, 100, 0, f.now() - 1000 + 99));
    QCOMPARE(exact.data().value(QStringLiteral("total")).toInt(), 100);
    QCOMPARE(exact.data().value(QStringLiteral("has_more")).toBool(), false);
}

void TestPlatformSimList::bounds_inclusive()
{
    SimFixture f;
    const qint64 t = f.now() - 100;
    for (qint64 at : {t - 1, t, t + 1, t + 2})
        f.addClaim({{QStringLiteral("apply_time"), double(at)}});
    auto count = [&](qint64 from, qint64 to) {
        return f.client->call(QStringLiteral("afterSale/List"), listParams(0, 100, from, to))
            .data()
            .value(QStringLiteral("total"))
            .toInt();
    };
    QCOMPARE(count(t, t + 1), 2);
    QCOMPARE(count(t, t), 1);
    QCOMPARE(count(t + 3, t + 10), 0);
    QCOMPARE(count(t + 1, t), 0);
    QCOMPARE(count(0, f.now()), 4);
}

void TestPlatformSimList::order_updateTimeThenId()
{
    SimFixture f;
    const qint64 t = f.now() - 100;
    f.addClaim({{QStringLiteral("aftersale_id"), QStringLiteral("7300000000000009")},
                {QStringLiteral("apply_time"), double(t)}});
    f.addClaim({{QStringLiteral("aftersale_id"), QStringLiteral("7300000000000002")},
                {QStringLiteral("apply_time"), double(t)}});
    f.addClaim({{QStringLiteral("aftersale_id"), QStringLiteral("650000000000000001")},
                {QStringLiteral("apply_time"), double(t - 5)}});
    f.addClaim({{QStringLiteral("aftersale_id"), QStringLiteral("7300000000000005")},
                {QStringLiteral("apply_time"), double(t - 10)},
                {QStringLiteral("update_time"), double(t + 1)}});
    const QJsonArray items = f.client->call(QStringLiteral("afterSale/List"), listParams(0, 10, 0, f.now()))
                                 .data()
                                 .value(QStringLiteral("items"))
                                 .toArray();
    QStringList ids;
    for (const QJsonValue &item : items)
        ids << info(item).value(QStringLiteral("aftersale_id")).toString();
    QCOMPARE(ids, QStringList({QStringLiteral("650000000000000001"), QStringLiteral("7300000000000002"),
                               QStringLiteral("7300000000000009"), QStringLiteral("7300000000000005")}));
}

void TestPlatformSimList::size_refused_data()
{
    QTest::addColumn<QJsonValue>("size");
    QTest::addColumn<QJsonValue>("page");
    QTest::addColumn<int>("code");
    QTest::newRow("size 101") << QJsonValue(101) << QJsonValue(0) << 40003;
    QTest::newRow("size 0") << QJsonValue(0) << QJsonValue(0) << 40003;
    QTest::newRow("size as a string") << QJsonValue(QStringLiteral("100")) << QJsonValue(0) << 40003;
    QTest::newRow("size fractional") << QJsonValue(10.5) << QJsonValue(0) << 40003;
    QTest::newRow("page -1") << QJsonValue(10) << QJsonValue(-1) << 40003;
    QTest::newRow("size 100 fine") << QJsonValue(100) << QJsonValue(0) << 10000;
    QTest::newRow("size 1 fine") << QJsonValue(1) << QJsonValue(7) << 10000;
}

void TestPlatformSimList::size_refused()
{
    QFETCH(QJsonValue, size);
    QFETCH(QJsonValue, page);
    QFETCH(int, code);
    SimFixture f;
    const Reply r = f.client->call(QStringLiteral("afterSale/List"),
                                   {{QStringLiteral("page"), page}, {QStringLiteral("size"), size}});
    QCOMPARE(r.code(), code);
    if (code != 10000)
        QCOMPARE(r.subCode(), QStringLiteral("isv.parameter-invalid"));
}

void TestPlatformSimList::orderBy_onlyUpdateTimeAsc()
{
    SimFixture f;
    QJsonObject p = listParams(0, 10, 0, f.now());
    QCOMPARE(f.client->call(QStringLiteral("afterSale/List"), p).code(), 10000);
    p.remove(QStringLiteral("order_by"));
    QCOMPARE(f.client->call(QStringLiteral("afterSale/List"), p).code(), 10000);
    p.insert(QStringLiteral("order_by"), QJsonArray{QStringLiteral("update_time desc")});
    QCOMPARE(f.client->call(QStringLiteral("afterSale/List"), p).code(), 40003);
    QCOMPARE(f.client->callBody(QStringLiteral("afterSale/List"), "{\"page\":").code(), 40003);
}

void TestPlatformSimList::item_shapeAsPlatformMd()
{
    SimFixture f;
    const QString id = f.addClaim({{QStringLiteral("aftersale_id"), QStringLiteral("7300000000000001")},
                                   {QStringLiteral("aftersale_type"), 7},
                                   {QStringLiteral("reason"), QStringLiteral("never_received")},
                                   {QStringLiteral("apply_time"), double(f.now() - 60)},
                                   {QStringLiteral("shop_order_id"), QStringLiteral("6921345678901234567")},
                                   {QStringLiteral("product_name"), QStringLiteral("小米智能门锁 Pro")},
                                   {QStringLiteral("pay_amount"), 129900},
                                   {QStringLiteral("order_tracking_no"), QStringLiteral("SF1300000000001")}});
    QCOMPARE(id, QStringLiteral("7300000000000001"));
    const QJsonArray items = f.client->call(QStringLiteral("afterSale/List"), listParams(0, 10, 0, f.now()))
                                 .data()
                                 .value(QStringLiteral("items"))
                                 .toArray();
    QCOMPARE(items.size(), 1);
    const QJsonObject item = items.first().toObject();
    QStringList parts = item.keys();
    parts.sort();
    QCOMPARE(parts, QStringList({QStringLiteral("aftersale_info"), QStringLiteral("order_info"),
                                 QStringLiteral("text_part")}));
    const QJsonObject a = info(item);
    QStringList keys = a.keys();
    keys.sort();
    QCOMPARE(keys, QStringList({QStringLiteral("aftersale_id"), QStringLiteral("aftersale_status"),
                                QStringLiteral("aftersale_type"), QStringLiteral("apply_time"),
                                QStringLiteral("arbitrate_status"), QStringLiteral("order_logistics"),
                                QStringLiteral("refund_amount"), QStringLiteral("resend_logistics"),
                                QStringLiteral("status_deadline"), QStringLiteral("update_time")}));
    QVERIFY(a.value(QStringLiteral("aftersale_id")).isString());
    QCOMPARE(a.value(QStringLiteral("aftersale_type")).toInt(), 7);
    QCOMPARE(a.value(QStringLiteral("aftersale_status")).toInt(), 6);
    QCOMPARE(a.value(QStringLiteral("apply_time")).toInteger(), f.now() - 60);
    QCOMPARE(a.value(QStringLiteral("update_time")).toInteger(), f.now() - 60);
    QCOMPARE(a.value(QStringLiteral("status_deadline")).toInteger(), f.now() - 60 + 48 * 3600);
    QCOMPARE(a.value(QStringLiteral("refund_amount")).toInt(), 0);
    QCOMPARE(a.value(QStringLiteral("arbitrate_status")).toInt(), 0);
    const QJsonObject original = a.value(QStringLiteral("order_logistics")).toArray().first().toObject();
    QCOMPARE(original.value(QStringLiteral("company_code")).toString(), QStringLiteral("shunfeng"));
    QCOMPARE(original.value(QStringLiteral("tracking_no")).toString(), QStringLiteral("SF1300000000001"));
    const QJsonObject resend = a.value(QStringLiteral("resend_logistics")).toObject();
    QCOMPARE(resend.value(QStringLiteral("tracking_no")).toString(), QString());
    const QJsonObject order = item.value(QStringLiteral("order_info")).toObject();
    QCOMPARE(order.value(QStringLiteral("shop_order_id")).toString(), QStringLiteral("6921345678901234567"));
    const QJsonObject line = order.value(QStringLiteral("related_order_info")).toArray().first().toObject();
    QCOMPARE(line.value(QStringLiteral("product_name")).toString(), QStringLiteral("小米智能门锁 Pro"));
    QCOMPARE(line.value(QStringLiteral("pay_amount")).toInt(), 129900);
    QCOMPARE(
        item.value(QStringLiteral("text_part")).toObject().value(QStringLiteral("reason_text")).toString(),
        QStringLiteral("一直未收到货"));
}

void TestPlatformSimList::status_platformCodes_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("arbitrate");
    QTest::addColumn<bool>("hasDeadline");

    QTest::newRow("pending_review") << "reship"
                                    << "pending_review"
                                    << "other" << 6 << 0 << true;
    QTest::newRow("awaiting_buyer_return") << "exchange"
                                           << "awaiting_buyer_return"
                                           << "other" << 7 << 0 << true;
    QTest::newRow("awaiting_shipment") << "reship"
                                       << "awaiting_shipment"
                                       << "other" << 8 << 0 << true;
    QTest::newRow("pending_second_review") << "return_refund"
                                           << "pending_second_review"
                                           << "other" << 11 << 0 << true;
    QTest::newRow("refunded") << "refund_shipped"
                              << "refunded"
                              << "other" << 12 << 0 << false;
    QTest::newRow("shipped") << "reship"
                             << "shipped"
                             << "other" << 13 << 0 << false;
    QTest::newRow("completed") << "exchange"
                               << "completed"
                               << "other" << 14 << 0 << false;
    QTest::newRow("rejected") << "reship"
                              << "rejected"
                              << "other" << 27 << 0 << true;
    QTest::newRow("closed") << "reship"
                            << "closed"
                            << "other" << 28 << 0 << false;
    QTest::newRow("second_rejected") << "exchange"
                                     << "second_rejected"
                                     << "other" << 29 << 0 << true;
    QTest::newRow("ship_overdue: 8, buyer's window") << "reship"
                                                     << "ship_overdue"
                                                     << "missing_items" << 8 << 0 << true;
    QTest::newRow("in_arbitration: 27 + arbitrate") << "reship"
                                                    << "in_arbitration"
                                                    << "never_received" << 27 << 1 << false;
    QTest::newRow("platform_intervention: 27 + arbitrate") << "reship"
                                                           << "platform_intervention"
                                                           << "other" << 27 << 1 << false;
    QTest::newRow("cancelled: 28") << "reship"
                                   << "cancelled"
                                   << "other" << 28 << 0 << false;
}

void TestPlatformSimList::status_platformCodes()
{
    QFETCH(QString, type);
    QFETCH(QString, status);
    QFETCH(QString, reason);
    QFETCH(int, code);
    QFETCH(int, arbitrate);
    QFETCH(bool, hasDeadline);
    SimFixture f;
    const qint64 updated = f.now() - 3600;
    const QString id = f.addClaim({{QStringLiteral("aftersale_type"), type},
                                   {QStringLiteral("status"), status},
                                   {QStringLiteral("reason"), reason},
                                   {QStringLiteral("apply_time"), double(updated - 3600)},
                                   {QStringLiteral("update_time"), double(updated)}});
    QVERIFY(!id.isEmpty());
    const QJsonObject a = info(f.client->call(QStringLiteral("afterSale/List"), listParams(0, 10, 0, f.now()))
                                   .data()
                                   .value(QStringLiteral("items"))
                                   .toArray()
                                   .first());
    QCOMPARE(a.value(QStringLiteral("aftersale_status")).toInt(), code);
    QCOMPARE(a.value(QStringLiteral("arbitrate_status")).toInt(), arbitrate);
    const qint64 deadline = a.value(QStringLiteral("status_deadline")).toInteger();
    QCOMPARE(deadline != 0, hasDeadline);
    if (status == QLatin1String("ship_overdue"))
        QCOMPARE(deadline, updated + 48 * 3600);
}

void TestPlatformSimList::detail_shapeAndUnknown()
{
    SimFixture f;
    const QString id = f.addClaim({{QStringLiteral("aftersale_id"), QStringLiteral("7123456789012345678")},
                                   {QStringLiteral("aftersale_type"), 3},
                                   {QStringLiteral("apply_time"), double(f.now() - 10)}});
    QCOMPARE(id, QStringLiteral("7123456789012345678"));
    const Reply r =
        f.client->call(QStringLiteral("afterSale/Detail"), {{QStringLiteral("after_sale_id"), id}});
    QCOMPARE(r.code(), 10000);
    const QJsonObject d = r.data()
                              .value(QStringLiteral("process_info"))
                              .toObject()
                              .value(QStringLiteral("after_sale_info"))
                              .toObject();
    QCOMPARE(d.value(QStringLiteral("after_sale_id")).toString(), id);
    QCOMPARE(d.value(QStringLiteral("after_sale_status")).toInt(), 6);
    QCOMPARE(d.value(QStringLiteral("after_sale_type")).toInt(), 3);
    QCOMPARE(d.value(QStringLiteral("update_time")).toInteger(), f.now() - 10);
    QCOMPARE(d.value(QStringLiteral("status_deadline")).toInteger(), f.now() - 10 + 48 * 3600);
    QCOMPARE(d.size(), 5);

    const Reply unknown = f.client->call(QStringLiteral("afterSale/Detail"),
                                         {{QStringLiteral("after_sale_id"), QStringLiteral("1")}});
    QCOMPARE(unknown.code(), 50002);
    QCOMPARE(unknown.subMsg(), QStringLiteral("售后单不存在"));
    // An id as a number is refused: ids pass 2^53.
    const Reply number =
        f.client->call(QStringLiteral("afterSale/Detail"), {{QStringLiteral("after_sale_id"), 7}});
    QCOMPARE(number.code(), 40003);
    QCOMPARE(f.client->call(QStringLiteral("afterSale/Detail"), {}).code(), 40001);
}

QTEST_GUILESS_MAIN(TestPlatformSimList)
#include "tst_platformsim_list.moc"
