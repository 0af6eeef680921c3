// afterSale/operate and afterSale/fillLogistics: every operate code accepted in its
// status and refused in another, the update_time conflict, reject reasons, shipments,
// whole-call errors against per-item refusals, and the counters that prove each write.
#include "simfixture.h"
#include "simstate.h"

#include <QJsonArray>
#include <QTest>

using namespace aftersales::platformsim;
using namespace aftersales::platformsim::testing;

namespace
{

QJsonObject item(const QString &id, qint64 updateTime)
{
    return {{QStringLiteral("aftersale_id"), id}, {QStringLiteral("update_time"), updateTime}};
}

QJsonObject operate(int type, const QJsonArray &items)
{
    return {{QStringLiteral("type"), type}, {QStringLiteral("items"), items}};
}

QJsonObject fill(const QString &id, const QString &company, const QString &number)
{
    return {{QStringLiteral("aftersale_id"), id},
            {QStringLiteral("send_type"), 1},
            {QStringLiteral("company_code"), company},
            {QStringLiteral("tracking_no"), number}};
}

struct Made {
    QString id;
    qint64 updateTime = 0;
};

Made make(SimFixture &f, const QString &type, const QString &status,
          const QString &reason = QStringLiteral("other"))
{
    QJsonObject spec{{QStringLiteral("aftersale_type"), type},
                     {QStringLiteral("status"), status},
                     {QStringLiteral("apply_time"), double(f.now() - 7200)},
                     {QStringLiteral("update_time"), double(f.now() - 3600)}};
    // never_received and missing_items are reshipment reasons; other fits every type.
    spec.insert(QStringLiteral("reason"), type == QLatin1String("reship") ? reason : QStringLiteral("other"));
    return {f.addClaim(spec), f.now() - 3600};
}

QJsonObject itemResult(const Reply &r, int index = 0)
{
    return r.data().value(QStringLiteral("items")).toArray().at(index).toObject();
}

int appliedCount(SimFixture &f, const QString &id, const QString &action)
{
    return f.sim->state().log.appliedCount(id, action);
}

} // namespace

class TestPlatformSimOperate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void operate_accepted_data();
    void operate_accepted();
    void operate_wrongStatusRefused_data();
    void operate_wrongStatusRefused();
    void operate_wrongClaimType();
    void operate_updateTimeConflict();
    void operate_updateTimeGrowsWithinOneSecond();
    void operate_rejectReasonMustBeListed();
    void operate_shipmentChecked_data();
    void operate_shipmentChecked();
    void operate_perItemAgainstWholeCall();
    void operate_wholeCallErrors_data();
    void operate_wholeCallErrors();
    void operate_unknownClaim();
    void fillLogistics_ships();
    void fillLogistics_refused_data();
    void fillLogistics_refused();
    void fillLogistics_parameters();
};

void TestPlatformSimOperate::operate_accepted_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("expected"); // the status name afterwards

    QTest::newRow("501 reship approve") << 501 << "reship"
                                        << "pending_review"
                                        << "other"
                                        << "awaiting_shipment";
    QTest::newRow("501 reship approve after rejecting") << 501 << "reship"
                                                        << "rejected"
                                                        << "other"
                                                        << "awaiting_shipment";
    QTest::newRow("502 reship refuse") << 502 << "reship"
                                       << "pending_review"
                                       << "missing_items"
                                       << "rejected";
    QTest::newRow("502 reship refuse, never received") << 502 << "reship"
                                                       << "pending_review"
                                                       << "never_received"
                                                       << "in_arbitration";
    QTest::newRow("301 exchange approve") << 301 << "exchange"
                                          << "pending_review"
                                          << "other"
                                          << "awaiting_buyer_return";
    QTest::newRow("302 exchange refuse") << 302 << "exchange"
                                         << "pending_review"
                                         << "other"
                                         << "rejected";
    QTest::newRow("311 exchange ship at second review") << 311 << "exchange"
                                                        << "pending_second_review"
                                                        << "other"
                                                        << "shipped";
    QTest::newRow("311 exchange ship when awaiting") << 311 << "exchange"
                                                     << "awaiting_shipment"
                                                     << "other"
                                                     << "shipped";
    QTest::newRow("312 exchange second refuse") << 312 << "exchange"
                                                << "pending_second_review"
                                                << "other"
                                                << "second_rejected";
    QTest::newRow("321 exchange to refund") << 321 << "exchange"
                                            << "pending_review"
                                            << "other"
                                            << "refunded";
    QTest::newRow("101 return approve") << 101 << "return_refund"
                                        << "pending_review"
                                        << "other"
                                        << "awaiting_buyer_return";
    QTest::newRow("102 return refuse") << 102 << "return_refund"
                                       << "pending_review"
                                       << "other"
                                       << "rejected";
    QTest::newRow("111 return second approve") << 111 << "return_refund"
                                               << "pending_second_review"
                                               << "other"
                                               << "refunded";
    QTest::newRow("112 return second refuse") << 112 << "return_refund"
                                              << "pending_second_review"
                                              << "other"
                                              << "second_rejected";
    QTest::newRow("121 return to refund only") << 121 << "return_refund"
                                               << "pending_review"
                                               << "other"
                                               << "refunded";
    QTest::newRow("201 refund shipped approve") << 201 << "refund_shipped"
                                                << "pending_review"
                                                << "other"
                                                << "refunded";
    QTest::newRow("202 refund shipped refuse") << 202 << "refund_shipped"
                                               << "pending_review"
                                               << "other"
                                               << "rejected";
    QTest::newRow("401 refund unshipped approve") << 401 << "refund_unshipped"
                                                  << "pending_review"
                                                  << "other"
                                                  << "refunded";
}

void TestPlatformSimOperate::operate_accepted()
{
    QFETCH(int, code);
    QFETCH(QString, type);
    QFETCH(QString, status);
    QFETCH(QString, reason);
    QFETCH(QString, expected);
    SimFixture f;
    const Made c = make(f, type, status, reason);
    QVERIFY(!c.id.isEmpty());
    QJsonObject it = item(c.id, c.updateTime);
    if (code == 502 || code == 302 || code == 312 || code == 102 || code == 112 || code == 202)
        it.insert(QStringLiteral("reject_reason_code"), 1);
    if (code == 311)
        it.insert(QStringLiteral("logistics"),
                  QJsonObject{{QStringLiteral("company_code"), QStringLiteral("zhongtong")},
                              {QStringLiteral("logistics_code"), QStringLiteral("75123456789012")}});
    const Reply r = f.client->call(QStringLiteral("afterSale/operate"), operate(code, {it}));
    QCOMPARE(r.code(), 10000);
    QCOMPARE(itemResult(r).value(QStringLiteral("aftersale_id")).toString(), c.id);
    QCOMPARE(itemResult(r).value(QStringLiteral("status_code")).toInt(), 0);
    const QJsonObject after = f.claim(c.id);
    QCOMPARE(after.value(QStringLiteral("status")).toString(), expected);
    QCOMPARE(after.value(QStringLiteral("update_time")).toInteger(), f.now());
    QCOMPARE(appliedCount(f, c.id, QString::number(code)), 1);
    if (code == 311)
        QCOMPARE(after.value(QStringLiteral("item"))
                     .toObject()
                     .value(QStringLiteral("aftersale_info"))
                     .toObject()
                     .value(QStringLiteral("resend_logistics"))
                     .toObject()
                     .value(QStringLiteral("tracking_no"))
                     .toString(),
                 QStringLiteral("75123456789012"));
}

void TestPlatformSimOperate::operate_wrongStatusRefused_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("status");

    QTest::newRow("501 when shipped") << 501 << "reship"
                                      << "shipped";
    QTest::newRow("502 when awaiting shipment") << 502 << "reship"
                                                << "awaiting_shipment";
    QTest::newRow("501 in arbitration") << 501 << "reship"
                                        << "in_arbitration";
    QTest::newRow("301 at second review") << 301 << "exchange"
                                          << "pending_second_review";
    QTest::newRow("302 at second review") << 302 << "exchange"
                                          << "pending_second_review";
    QTest::newRow("311 at first review") << 311 << "exchange"
                                         << "pending_review";
    QTest::newRow("312 at first review") << 312 << "exchange"
                                         << "pending_review";
    QTest::newRow("321 when shipped") << 321 << "exchange"
                                      << "shipped";
    QTest::newRow("101 at second review") << 101 << "return_refund"
                                          << "pending_second_review";
    QTest::newRow("102 at second review") << 102 << "return_refund"
                                          << "pending_second_review";
    QTest::newRow("111 at first review") << 111 << "return_refund"
                                         << "pending_review";
    QTest::newRow("112 at first review") << 112 << "return_refund"
                                         << "pending_review";
    QTest::newRow("121 awaiting the return") << 121 << "return_refund"
                                             << "awaiting_buyer_return";
    QTest::newRow("201 when refunded") << 201 << "refund_shipped"
                                       << "refunded";
    QTest::newRow("202 when rejected") << 202 << "refund_shipped"
                                       << "rejected";
    QTest::newRow("401 when closed") << 401 << "refund_unshipped"
                                     << "closed";
    QTest::newRow("401 when cancelled") << 401 << "refund_unshipped"
                                        << "cancelled";
}

void TestPlatformSimOperate::operate_wrongStatusRefused()
{
    QFETCH(int, code);
    QFETCH(QString, type);
    QFETCH(QString, status);
    SimFixture f;
    const Made c = make(f, type, status, QStringLiteral("never_received"));
    QVERIFY(!c.id.isEmpty());
    QJsonObject it = item(c.id, c.updateTime);
    it.insert(QStringLiteral("reject_reason_code"), 99);
    it.insert(QStringLiteral("logistics"),
              QJsonObject{{QStringLiteral("company_code"), QStringLiteral("yunda")},
                          {QStringLiteral("logistics_code"), QStringLiteral("431234567890123")}});
    const Reply r = f.client->call(QStringLiteral("afterSale/operate"), operate(code, {it}));
    QCOMPARE(r.code(), 50002);
    QCOMPARE(r.subCode(), QStringLiteral("isv.business-failed"));
    QCOMPARE(r.subMsg(), QStringLiteral("当前售后状态不允许该操作"));
    QCOMPARE(itemResult(r).value(QStringLiteral("status_code")).toInt(), 1004);
    QCOMPARE(f.claim(c.id).value(QStringLiteral("status")).toString(), status);
    QCOMPARE(f.claim(c.id).value(QStringLiteral("update_time")).toInteger(), c.updateTime);
    QCOMPARE(appliedCount(f, c.id, QString::number(code)), 0);
}

void TestPlatformSimOperate::operate_wrongClaimType()
{
    SimFixture f;
    const Made c = make(f, QStringLiteral("exchange"), QStringLiteral("pending_review"));
    const Reply r =
        f.client->call(QStringLiteral("afterSale/operate"), operate(501, {item(c.id, c.updateTime)}));
    QCOMPARE(r.code(), 50002);
    QCOMPARE(itemResult(r).value(QStringLiteral("status_code")).toInt(), 1003);
    QCOMPARE(itemResult(r).value(QStringLiteral("status_msg")).toString(),
             QStringLiteral("操作类型与售后类型不符"));
}

void TestPlatformSimOperate::operate_updateTimeConflict()
{
    SimFixture f;
    const Made c = make(f, QStringLiteral("reship"), QStringLiteral("pending_review"));
    for (qint64 stale : {c.updateTime - 1, c.updateTime + 1}) {
        const Reply r =
            f.client->call(QStringLiteral("afterSale/operate"), operate(501, {item(c.id, stale)}));
        QCOMPARE(r.code(), 50002);
        QCOMPARE(r.subMsg(), QStringLiteral("售后单状态已变更"));
        QCOMPARE(itemResult(r).value(QStringLiteral("status_code")).toInt(), 1002);
        QCOMPARE(itemResult(r).value(QStringLiteral("status_msg")).toString(),
                 QStringLiteral("售后单状态已变更"));
    }
    QCOMPARE(f.claim(c.id).value(QStringLiteral("status")).toString(), QStringLiteral("pending_review"));
    // The buyer changes it on the platform: the update_time the merchant pulled is stale.
    f.client->control("POST", QStringLiteral("claims/%1/actions").arg(c.id),
                      {{QStringLiteral("action"), QStringLiteral("cancel")}});
    const Reply r =
        f.client->call(QStringLiteral("afterSale/operate"), operate(501, {item(c.id, c.updateTime)}));
    QCOMPARE(r.subMsg(), QStringLiteral("售后单状态已变更"));
    QCOMPARE(f.claim(c.id).value(QStringLiteral("status")).toString(), QStringLiteral("cancelled"));
}

void TestPlatformSimOperate::operate_updateTimeGrowsWithinOneSecond()
{
    SimFixture f;
    const Made c = make(f, QStringLiteral("reship"), QStringLiteral("pending_review"));
    QCOMPARE(
        f.client->call(QStringLiteral("afterSale/operate"), operate(501, {item(c.id, c.updateTime)})).code(),
        10000);
    const qint64 approved = f.claim(c.id).value(QStringLiteral("update_time")).toInteger();
    QCOMPARE(approved, f.now());
    QCOMPARE(f.client
                 ->call(QStringLiteral("afterSale/fillLogistics"),
                        fill(c.id, QStringLiteral("shunfeng"), QStringLiteral("SF1234567890123")))
                 .code(),
             10000);
    const qint64 shipped = f.claim(c.id).value(QStringLiteral("update_time")).toInteger();
    QCOMPARE(shipped, approved + 1);
    f.client->control("POST", QStringLiteral("claims/%1/actions").arg(c.id),
                      {{QStringLiteral("action"), QStringLiteral("confirm")}});
    QCOMPARE(f.claim(c.id).value(QStringLiteral("update_time")).toInteger(), approved + 2);
    QCOMPARE(f.claim(c.id).value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
}

void TestPlatformSimOperate::operate_rejectReasonMustBeListed()
{
    SimFixture f;
    const Made c =
        make(f, QStringLiteral("reship"), QStringLiteral("pending_review"), QStringLiteral("missing_items"));
    QJsonObject it = item(c.id, c.updateTime);
    Reply r = f.client->call(QStringLiteral("afterSale/operate"), operate(502, {it}));
    QCOMPARE(itemResult(r).value(QStringLiteral("status_code")).toInt(), 1005);
    it.insert(QStringLiteral("reject_reason_code"), 4); // not on the platform's list
    r = f.client->call(QStringLiteral("afterSale/operate"), operate(502, {it}));
    QCOMPARE(itemResult(r).value(QStringLiteral("status_code")).toInt(), 1005);
    QCOMPARE(r.subMsg(), QStringLiteral("拒绝原因编码无效"));
    it.insert(QStringLiteral("reject_reason_code"), 5); // 商品缺货
    it.insert(QStringLiteral("remark"), QStringLiteral("已电话沟通"));
    r = f.client->call(QStringLiteral("afterSale/operate"), operate(502, {it}));
    QCOMPARE(r.code(), 10000);
    const QJsonObject after = f.claim(c.id);
    QCOMPARE(after.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
    QCOMPARE(after.value(QStringLiteral("reject_code")).toString(), QStringLiteral("out_of_stock"));
    QCOMPARE(after.value(QStringLiteral("remark")).toString(), QStringLiteral("已电话沟通"));
}

void TestPlatformSimOperate::operate_shipmentChecked_data()
{
    QTest::addColumn<QString>("company");
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("message");
    QTest::newRow("no logistics") << ""
                                  << ""
                                  << "缺少物流信息";
    QTest::newRow("unknown carrier") << "fedex"
                                     << "SF1234567890123"
                                     << "物流公司编码无效";
    QTest::newRow("number of another carrier") << "shunfeng"
                                               << "75123456789012"
                                               << "运单号格式与物流公司不符";
    QTest::newRow("the order's own number") << "shunfeng"
                                            << "SF1300000000001"
                                            << "运单号与原订单运单号相同";
    QTest::newRow("another claim's number") << "shunfeng"
                                            << "SF1300000000002"
                                            << "运单号已被使用";
}

void TestPlatformSimOperate::operate_shipmentChecked()
{
    QFETCH(QString, company);
    QFETCH(QString, number);
    QFETCH(QString, message);
    SimFixture f;
    const QString id = f.addClaim({{QStringLiteral("aftersale_type"), 3},
                                   {QStringLiteral("status"), QStringLiteral("pending_second_review")},
                                   {QStringLiteral("order_tracking_no"), QStringLiteral("SF1300000000001")}});
    f.addClaim({{QStringLiteral("order_tracking_no"), QStringLiteral("SF1300000000002")}});
    QJsonObject it = item(id, f.now());
    if (!company.isEmpty())
        it.insert(QStringLiteral("logistics"), QJsonObject{{QStringLiteral("company_code"), company},
                                                           {QStringLiteral("logistics_code"), number}});
    const Reply r = f.client->call(QStringLiteral("afterSale/operate"), operate(311, {it}));
    QCOMPARE(r.code(), 50002);
    QCOMPARE(itemResult(r).value(QStringLiteral("status_code")).toInt(), 1006);
    QCOMPARE(itemResult(r).value(QStringLiteral("status_msg")).toString(), message);
    QCOMPARE(f.claim(id).value(QStringLiteral("status")).toString(), QStringLiteral("pending_second_review"));
}

void TestPlatformSimOperate::operate_perItemAgainstWholeCall()
{
    SimFixture f;
    const Made a = make(f, QStringLiteral("reship"), QStringLiteral("pending_review"));
    const Made b = make(f, QStringLiteral("reship"), QStringLiteral("pending_review"));
    const Made c = make(f, QStringLiteral("reship"), QStringLiteral("shipped"));
    // One taken, two refused: success, each item answered.
    Reply r = f.client->call(
        QStringLiteral("afterSale/operate"),
        operate(501, {item(a.id, a.updateTime), item(b.id, b.updateTime - 5), item(c.id, c.updateTime)}));
    QCOMPARE(r.code(), 10000);
    QCOMPARE(itemResult(r, 0).value(QStringLiteral("status_code")).toInt(), 0);
    QCOMPARE(itemResult(r, 1).value(QStringLiteral("status_code")).toInt(), 1002);
    QCOMPARE(itemResult(r, 2).value(QStringLiteral("status_code")).toInt(), 1004);
    QCOMPARE(f.claim(a.id).value(QStringLiteral("status")).toString(), QStringLiteral("awaiting_shipment"));
    QCOMPARE(f.claim(b.id).value(QStringLiteral("status")).toString(), QStringLiteral("pending_review"));
    // None taken: 50002 naming the first reason, every item still answered.
    r = f.client->call(QStringLiteral("afterSale/operate"),
                       operate(501, {item(b.id, b.updateTime - 5), item(c.id, c.updateTime)}));
    QCOMPARE(r.code(), 50002);
    QCOMPARE(r.subMsg(), QStringLiteral("售后单状态已变更"));
    QCOMPARE(r.data().value(QStringLiteral("items")).toArray().size(), 2);
    // The same claim twice in one call: the second finds it changed.
    r = f.client->call(QStringLiteral("afterSale/operate"),
                       operate(501, {item(b.id, b.updateTime), item(b.id, b.updateTime)}));
    QCOMPARE(itemResult(r, 0).value(QStringLiteral("status_code")).toInt(), 0);
    QCOMPARE(itemResult(r, 1).value(QStringLiteral("status_code")).toInt(), 1002);
    QCOMPARE(appliedCount(f, b.id, QStringLiteral("501")), 1);
    // The log names every id of a call and the ones it changed.
    const QList<LogEntry> entries = f.sim->state().log.since(0, 100);
    const LogEntry &last = entries.last();
    QCOMPARE(last.method, QStringLiteral("afterSale.operate"));
    QCOMPARE(last.operateType, 501);
    QCOMPARE(last.ids, QStringList({b.id, b.id}));
    QCOMPARE(last.appliedIds, QStringList({b.id}));
    QVERIFY(last.applied);
}

void TestPlatformSimOperate::operate_wholeCallErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("code");
    QTest::newRow("unknown type") << QByteArray(
                                         R"({"items":[{"aftersale_id":"ID","update_time":UT}],"type":599})")
                                  << 40003;
    QTest::newRow("type missing") << QByteArray(R"({"items":[{"aftersale_id":"ID","update_time":UT}]})")
                                  << 40001;
    QTest::newRow("type as text") << QByteArray(
                                         R"({"items":[{"aftersale_id":"ID","update_time":UT}],"type":"501"})")
                                  << 40003;
    QTest::newRow("items empty") << QByteArray(R"({"items":[],"type":501})") << 40003;
    QTest::newRow("items missing") << QByteArray(R"({"type":501})") << 40001;
    QTest::newRow("id as a number") << QByteArray(
                                           R"({"items":[{"aftersale_id":1,"update_time":UT}],"type":501})")
                                    << 40003;
    QTest::newRow("update_time missing")
        << QByteArray(R"({"items":[{"aftersale_id":"ID"}],"type":501})") << 40001;
    QTest::newRow("update_time as text")
        << QByteArray(R"({"items":[{"aftersale_id":"ID","update_time":"UT"}],"type":501})") << 40003;
    QTest::newRow("a good item and a bad one")
        << QByteArray(
               R"({"items":[{"aftersale_id":"ID","update_time":UT},{"aftersale_id":"x","update_time":UT}],"type":501})")
        << 40003;
    QTest::newRow("not JSON") << QByteArray(R"({"items":[)") << 40003;
}

void TestPlatformSimOperate::operate_wholeCallErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(int, code);
    SimFixture f;
    const Made c = make(f, QStringLiteral("reship"), QStringLiteral("pending_review"));
    body.replace("ID", c.id.toUtf8()).replace("UT", QByteArray::number(c.updateTime));
    const Reply r = f.client->callBody(QStringLiteral("afterSale/operate"), body);
    QCOMPARE(r.code(), code);
    QVERIFY(!r.subMsg().isEmpty());
    QCOMPARE(f.claim(c.id).value(QStringLiteral("status")).toString(), QStringLiteral("pending_review"));
    QCOMPARE(f.sim->state().log.counters().value(QStringLiteral("writes_applied")).toInt(), 0);
}

void TestPlatformSimOperate::operate_unknownClaim()
{
    SimFixture f;
    const Reply r =
        f.client->call(QStringLiteral("afterSale/operate"), operate(501, {item(QStringLiteral("42"), 1)}));
    QCOMPARE(r.code(), 50002);
    QCOMPARE(itemResult(r).value(QStringLiteral("status_code")).toInt(), 1001);
    QCOMPARE(r.subMsg(), QStringLiteral("售后单不存在"));
}

void TestPlatformSimOperate::fillLogistics_ships()
{
    SimFixture f;
    for (const QString &status : {QStringLiteral("awaiting_shipment"), QStringLiteral("ship_overdue")}) {
        const Made c = make(f, QStringLiteral("reship"), status, QStringLiteral("missing_items"));
        const QString number = status.startsWith(QLatin1Char('a')) ? QStringLiteral("sf 1234567890123")
                                                                   : QStringLiteral("JT1234567890123");
        const QString carrier =
            status.startsWith(QLatin1Char('a')) ? QStringLiteral("shunfeng") : QStringLiteral("jtexpress");
        const Reply r =
            f.client->call(QStringLiteral("afterSale/fillLogistics"), fill(c.id, carrier, number));
        QCOMPARE(r.code(), 10000);
        QCOMPARE(r.data(), QJsonObject());
        const QJsonObject after = f.claim(c.id);
        QCOMPARE(after.value(QStringLiteral("status")).toString(), QStringLiteral("shipped"));
        const QJsonObject info =
            after.value(QStringLiteral("item")).toObject().value(QStringLiteral("aftersale_info")).toObject();
        QCOMPARE(info.value(QStringLiteral("aftersale_status")).toInt(), 13);
        QCOMPARE(info.value(QStringLiteral("status_deadline")).toInteger(), 0);
        const QJsonObject resend = info.value(QStringLiteral("resend_logistics")).toObject();
        QCOMPARE(resend.value(QStringLiteral("company_code")).toString(), carrier);
        QCOMPARE(resend.value(QStringLiteral("tracking_no")).toString(),
                 QString(number).toUpper().remove(QLatin1Char(' ')));
        QCOMPARE(appliedCount(f, c.id, QStringLiteral("fillLogistics")), 1);
    }
}

void TestPlatformSimOperate::fillLogistics_refused_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("company");
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("message");
    QTest::newRow("format") << "reship"
                            << "awaiting_shipment"
                            << "shunfeng"
                            << "SF12345"
                            << "运单号格式与物流公司不符";
    QTest::newRow("unknown carrier") << "reship"
                                     << "awaiting_shipment"
                                     << "ups"
                                     << "1Z999"
                                     << "物流公司编码无效";
    QTest::newRow("the order's number") << "reship"
                                        << "awaiting_shipment"
                                        << "shunfeng"
                                        << "SF1300000000001"
                                        << "运单号与原订单运单号相同";
    QTest::newRow("another order's number") << "reship"
                                            << "awaiting_shipment"
                                            << "shunfeng"
                                            << "SF1300000000002"
                                            << "运单号已被使用";
    QTest::newRow("another claim's replacement") << "reship"
                                                 << "awaiting_shipment"
                                                 << "yunda"
                                                 << "431300000000003"
                                                 << "运单号已被使用";
    QTest::newRow("not a reshipment") << "exchange"
                                      << "awaiting_shipment"
                                      << "shunfeng"
                                      << "SF1234567890123"
                                      << "仅补寄售后单可填写补寄物流";
    QTest::newRow("before approval") << "reship"
                                     << "pending_review"
                                     << "shunfeng"
                                     << "SF1234567890123"
                                     << "当前售后状态不允许该操作";
    QTest::newRow("already shipped") << "reship"
                                     << "shipped"
                                     << "shunfeng"
                                     << "SF1234567890123"
                                     << "当前售后状态不允许该操作";
}

void TestPlatformSimOperate::fillLogistics_refused()
{
    QFETCH(QString, type);
    QFETCH(QString, status);
    QFETCH(QString, company);
    QFETCH(QString, number);
    QFETCH(QString, message);
    SimFixture f;
    f.addClaim({{QStringLiteral("order_tracking_no"), QStringLiteral("SF1300000000002")},
                {QStringLiteral("status"), QStringLiteral("shipped")},
                {QStringLiteral("resend_company_code"), QStringLiteral("yunda")},
                {QStringLiteral("resend_tracking_no"), QStringLiteral("431300000000003")}});
    const QString id = f.addClaim({{QStringLiteral("aftersale_type"), type},
                                   {QStringLiteral("status"), status},
                                   {QStringLiteral("order_tracking_no"), QStringLiteral("SF1300000000001")}});
    const Reply r = f.client->call(QStringLiteral("afterSale/fillLogistics"), fill(id, company, number));
    QCOMPARE(r.code(), 50002);
    QCOMPARE(r.subCode(), QStringLiteral("isv.business-failed"));
    QCOMPARE(r.subMsg(), message);
    QCOMPARE(f.claim(id).value(QStringLiteral("status")).toString(), status);
    QCOMPARE(appliedCount(f, id, QStringLiteral("fillLogistics")), 0);
}

void TestPlatformSimOperate::fillLogistics_parameters()
{
    SimFixture f;
    const Made c = make(f, QStringLiteral("reship"), QStringLiteral("awaiting_shipment"));
    QJsonObject p = fill(c.id, QStringLiteral("shunfeng"), QStringLiteral("SF1234567890123"));
    p.insert(QStringLiteral("send_type"), 2);
    QCOMPARE(f.client->call(QStringLiteral("afterSale/fillLogistics"), p).code(), 40003);
    p.remove(QStringLiteral("send_type"));
    QCOMPARE(f.client->call(QStringLiteral("afterSale/fillLogistics"), p).code(), 40001);
    p.insert(QStringLiteral("send_type"), 1);
    p.remove(QStringLiteral("tracking_no"));
    QCOMPARE(f.client->call(QStringLiteral("afterSale/fillLogistics"), p).code(), 40001);
    const Reply unknown = f.client->call(
        QStringLiteral("afterSale/fillLogistics"),
        fill(QStringLiteral("42"), QStringLiteral("shunfeng"), QStringLiteral("SF1234567890123")));
    QCOMPARE(unknown.code(), 50002);
    QCOMPARE(unknown.subMsg(), QStringLiteral("售后单不存在"));
    QCOMPARE(f.claim(c.id).value(QStringLiteral("status")).toString(), QStringLiteral("awaiting_shipment"));
}

QTEST_GUILESS_MAIN(TestPlatformSimOperate)
#include "tst_platformsim_operate.moc"
