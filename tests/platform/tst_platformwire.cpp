// The wire values: the contract's own example read exactly, every field refused when it
// breaks the contract (with a message naming it), and the request objects the client sends.
#include "platform/paramjson.h"
#include "platform/platformcodes.h"
#include "platform/wireparse.h"
#include "platform/wirerequests.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace aftersales;
using namespace aftersales::platform;

class TestPlatformWire : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void claim_contractExample();
    void claim_optionalPartsDefault();
    void claim_refused_data();
    void claim_refused();
    void domainStatus_arbitrationFollowsReason();
    void listPage_accepted();
    void listPage_moreThanAsked_refused();
    void listPage_otherPage_refused();
    void listPage_badItemRefusesPage();
    void detail_accepted();
    void detail_otherClaim_refused();
    void operate_answerMatchesSent();
    void operate_answerRefused_data();
    void operate_answerRefused();
    void rejectReasons_accepted();
    void rejectReasons_duplicate_refused();
    void token_accepted();
    void token_refused_data();
    void token_refused();
    void request_list();
    void request_list_refused();
    void request_operate();
    void request_operate_refused_data();
    void request_operate_refused();
    void request_fillLogisticsAndDetail();
    void request_tokens();
};

namespace
{

QJsonObject json(const QByteArray &text)
{
    QJsonParseError e;
    const QJsonDocument d = QJsonDocument::fromJson(text, &e);
    if (e.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(e.errorString()));
    return d.object();
}

// PLATFORM.md's example List item, verbatim.
const QByteArray exampleItem =
    R"({"aftersale_info": {"aftersale_id": "7300000000000001", "aftersale_type": 7, "aftersale_status": 6,
                    "apply_time": 1796000000, "update_time": 1796000000, "status_deadline": 1796172800,
                    "refund_amount": 0, "arbitrate_status": 0,
                    "order_logistics": [{"company_code": "shunfeng", "tracking_no": "SF1300000000001"}],
                    "resend_logistics": {"company_code": "", "tracking_no": ""}},
 "order_info": {"shop_order_id": "6921345678901234567",
                "related_order_info": [{"product_name": "小米智能门锁 Pro", "pay_amount": 129900}]},
 "text_part": {"reason_text": "一直未收到货"}})";

// `root` with the value at `path` replaced (Undefined removes it).
QJsonObject with(QJsonObject root, QStringList path, const QJsonValue &value)
{
    const QString key = path.takeFirst();
    if (path.isEmpty()) {
        if (value.isUndefined())
            root.remove(key);
        else
            root.insert(key, value);
        return root;
    }
    if (root.value(key).isArray()) {
        QJsonArray a = root.value(key).toArray();
        const int index = path.takeFirst().toInt();
        if (path.isEmpty())
            a[index] = value;
        else
            a[index] = with(a.at(index).toObject(), path, value);
        root.insert(key, a);
        return root;
    }
    root.insert(key, with(root.value(key).toObject(), path, value));
    return root;
}

QJsonObject page(const QJsonArray &items, int page = 0, int size = 100)
{
    return QJsonObject{{QStringLiteral("items"), items},
                       {QStringLiteral("has_more"), false},
                       {QStringLiteral("total"), items.size()},
                       {QStringLiteral("page"), page},
                       {QStringLiteral("size"), size}};
}

} // namespace

void TestPlatformWire::claim_contractExample()
{
    const auto c = wireparse::claim(json(exampleItem), QStringLiteral("data.items[0]"));
    QVERIFY2(c.ok(), qPrintable(c.error));
    QCOMPARE(c->aftersaleId, qint64(7300000000000001));
    QCOMPARE(c->type, ClaimType::Reship);
    QCOMPARE(c->statusCode, 6);
    QCOMPARE(c->applyTime, qint64(1796000000));
    QCOMPARE(c->updateTime, qint64(1796000000));
    QCOMPARE(c->statusDeadline, qint64(1796172800));
    QCOMPARE(c->refundAmount, qint64(0));
    QCOMPARE(c->arbitrateStatus, 0);
    QCOMPARE(c->orderLogistics.size(), 1);
    QCOMPARE(c->orderLogistics.first(),
             (Logistics{QStringLiteral("shunfeng"), QStringLiteral("SF1300000000001")}));
    QCOMPARE(c->resendLogistics, Logistics());
    QCOMPARE(c->shopOrderId, QStringLiteral("6921345678901234567"));
    QCOMPARE(c->productName, QStringLiteral("小米智能门锁 Pro"));
    QCOMPARE(c->payAmount, qint64(129900));
    QCOMPARE(c->reasonText, QStringLiteral("一直未收到货"));
    QCOMPARE(codes::domainStatus(*c), ClaimStatus::PendingReview);
    QCOMPARE(codes::reasonFromText(c->reasonText), Reason::NeverReceived);
}

void TestPlatformWire::claim_optionalPartsDefault()
{
    QJsonObject item = json(exampleItem);
    for (const char *key :
         {"status_deadline", "refund_amount", "arbitrate_status", "order_logistics", "resend_logistics"})
        item = with(item, {QStringLiteral("aftersale_info"), QLatin1String(key)}, QJsonValue::Undefined);
    item = with(item, {QStringLiteral("order_info"), QStringLiteral("related_order_info")}, QJsonArray());
    item.remove(QStringLiteral("text_part"));
    const auto c = wireparse::claim(item, QStringLiteral("item"));
    QVERIFY2(c.ok(), qPrintable(c.error));
    QCOMPARE(c->statusDeadline, qint64(0));
    QVERIFY(c->orderLogistics.isEmpty());
    QVERIFY(c->productName.isEmpty());
    QVERIFY(c->reasonText.isEmpty());
}

void TestPlatformWire::claim_refused_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("mention");
    const QJsonValue gone(QJsonValue::Undefined);
    QTest::newRow("id as number past 2^53")
        << "aftersale_info/aftersale_id" << QJsonValue(qint64(9007199254740993))
        << "data.items[0].aftersale_info.aftersale_id is a JSON number, expected a string of digits";
    QTest::newRow("id 20 digits") << "aftersale_info/aftersale_id"
                                  << QJsonValue(QStringLiteral("12345678901234567890"))
                                  << "aftersale_info.aftersale_id is \"12345678901234567890\"";
    QTest::newRow("id missing") << "aftersale_info/aftersale_id" << gone
                                << "aftersale_info.aftersale_id is missing";
    QTest::newRow("type unknown") << "aftersale_info/aftersale_type" << QJsonValue(5)
                                  << "aftersale_info.aftersale_type is 5, not a claim type code";
    QTest::newRow("type string") << "aftersale_info/aftersale_type" << QJsonValue(QStringLiteral("7"))
                                 << "aftersale_info.aftersale_type is a string, expected a whole number";
    QTest::newRow("status unknown") << "aftersale_info/aftersale_status" << QJsonValue(9)
                                    << "aftersale_info.aftersale_status is 9, not a claim status code";
    QTest::newRow("status huge") << "aftersale_info/aftersale_status" << QJsonValue(100000)
                                 << "aftersale_info.aftersale_status is 100000, out of the range";
    QTest::newRow("apply time negative") << "aftersale_info/apply_time" << QJsonValue(-5)
                                         << "aftersale_info.apply_time is -5, out of the range";
    QTest::newRow("update time in ms") << "aftersale_info/update_time" << QJsonValue(qint64(1796000000000))
                                       << "aftersale_info.update_time is 1796000000000, out of the range";
    QTest::newRow("update time fraction")
        << "aftersale_info/update_time" << QJsonValue(1796000000.5)
        << "aftersale_info.update_time is 1796000000.5, expected a whole number";
    QTest::newRow("deadline tiny") << "aftersale_info/status_deadline" << QJsonValue(12)
                                   << "aftersale_info.status_deadline is 12, expected 0 or a time";
    QTest::newRow("refund negative") << "aftersale_info/refund_amount" << QJsonValue(-1)
                                     << "aftersale_info.refund_amount is -1";
    QTest::newRow("arbitrate out of range")
        << "aftersale_info/arbitrate_status" << QJsonValue(77) << "aftersale_info.arbitrate_status is 77";
    QTest::newRow("logistics not array")
        << "aftersale_info/order_logistics" << QJsonValue(QStringLiteral("SF"))
        << "aftersale_info.order_logistics is a string, expected an array";
    QTest::newRow("logistics element")
        << "aftersale_info/order_logistics/0" << QJsonValue(3)
        << "aftersale_info.order_logistics[0] is a JSON number, expected an object";
    QTest::newRow("tracking number type")
        << "aftersale_info/order_logistics/0/tracking_no" << QJsonValue(13)
        << "order_logistics[0].tracking_no is a JSON number, expected a string";
    QTest::newRow("resend not object") << "aftersale_info/resend_logistics" << QJsonValue(QJsonArray())
                                       << "aftersale_info.resend_logistics is an array, expected an object";
    QTest::newRow("order id number")
        << "order_info/shop_order_id" << QJsonValue(qint64(6921345678901234567))
        << "order_info.shop_order_id is a JSON number, expected a string of digits";
    QTest::newRow("order missing") << "order_info" << gone << "data.items[0].order_info is missing";
    QTest::newRow("pay amount string")
        << "order_info/related_order_info/0/pay_amount" << QJsonValue(QStringLiteral("129900"))
        << "related_order_info[0].pay_amount is a string";
    QTest::newRow("reason number") << "text_part/reason_text" << QJsonValue(1)
                                   << "text_part.reason_text is a JSON number, expected a string";
    QTest::newRow("info not object") << "aftersale_info" << QJsonValue(QStringLiteral("x"))
                                     << "data.items[0].aftersale_info is a string, expected an object";
}

void TestPlatformWire::claim_refused()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(QString, mention);
    const QJsonObject item = with(json(exampleItem), path.split(QLatin1Char('/')), value);
    const auto c = wireparse::claim(item, QStringLiteral("data.items[0]"));
    QVERIFY(!c.ok());
    QVERIFY2(c.error.contains(mention), qPrintable(c.error));
}

void TestPlatformWire::domainStatus_arbitrationFollowsReason()
{
    PlatformClaim c;
    c.statusCode = 27;
    QCOMPARE(codes::domainStatus(c), ClaimStatus::Rejected);
    c.arbitrateStatus = 1;
    c.reasonText = QStringLiteral("一直未收到货");
    QCOMPARE(codes::domainStatus(c), ClaimStatus::InArbitration);
    c.reasonText = QStringLiteral("商家少发/漏发");
    QCOMPARE(codes::domainStatus(c), ClaimStatus::PlatformIntervention);
    QCOMPARE(codes::reasonFromText(c.reasonText), Reason::MissingItems);
    QCOMPARE(codes::reasonFromText(QStringLiteral("其他")), Reason::Other);
    QCOMPARE(codes::reasonFromText(QStringLiteral("七天无理由")), std::nullopt);
}

void TestPlatformWire::listPage_accepted()
{
    const QJsonObject item = json(exampleItem);
    const QJsonObject second = with(item, {QStringLiteral("aftersale_info"), QStringLiteral("aftersale_id")},
                                    QStringLiteral("7300000000000002"));
    QJsonObject data = page({item, second}, 3, 2);
    data.insert(QStringLiteral("has_more"), true);
    data.insert(QStringLiteral("total"), 9);
    const auto p = wireparse::listPage(data, ListQuery{1796000000, 1796003600, 3, 2});
    QVERIFY2(p.ok(), qPrintable(p.error));
    QCOMPARE(p->items.size(), 2);
    QCOMPARE(p->items.at(1).aftersaleId, qint64(7300000000000002));
    QVERIFY(p->hasMore);
    QCOMPARE(p->total, qint64(9));
    QCOMPARE(p->page, 3);
    QCOMPARE(p->size, 2);
}

void TestPlatformWire::listPage_moreThanAsked_refused()
{
    QJsonArray items;
    for (int i = 0; i < 3; ++i)
        items << json(exampleItem);
    const auto p = wireparse::listPage(page(items, 0, 2), ListQuery{0, 1796003600, 0, 2});
    QVERIFY(!p.ok());
    QCOMPARE(p.error, QStringLiteral("data.items has 3 items, at most 2 expected"));
}

void TestPlatformWire::listPage_otherPage_refused()
{
    const auto p = wireparse::listPage(page({}, 1, 100), ListQuery{0, 1796003600, 0, 100});
    QVERIFY(!p.ok());
    QVERIFY2(p.error.contains(QStringLiteral("page 0 of size 100 was asked")), qPrintable(p.error));
    QVERIFY(!wireparse::listPage(page({}, 0, 50), ListQuery{0, 1796003600, 0, 100}).ok());
    QJsonObject noMore = page({});
    noMore.insert(QStringLiteral("has_more"), QStringLiteral("false"));
    const auto q = wireparse::listPage(noMore, ListQuery{});
    QCOMPARE(q.error, QStringLiteral("data.has_more is a string, expected true or false"));
}

void TestPlatformWire::listPage_badItemRefusesPage()
{
    const QJsonObject good = json(exampleItem);
    const QJsonObject bad = with(good, {QStringLiteral("aftersale_info"), QStringLiteral("aftersale_id")},
                                 QJsonValue(qint64(7300000000000001)));
    const auto p = wireparse::listPage(page({good, good, bad}), ListQuery{});
    QVERIFY(!p.ok());
    QVERIFY2(p.error.startsWith(QStringLiteral("data.items[2].aftersale_info.aftersale_id")),
             qPrintable(p.error));
    QVERIFY(!wireparse::listPage(page({good, 4}), ListQuery{}).ok());
}

void TestPlatformWire::detail_accepted()
{
    const QJsonObject data = json(R"({"process_info":{"after_sale_info":{"after_sale_id":"7300000000000001",
        "after_sale_status":8,"after_sale_type":7,"update_time":1796003600,"status_deadline":0}}})");
    const auto d = wireparse::detail(data, 7300000000000001);
    QVERIFY2(d.ok(), qPrintable(d.error));
    QCOMPARE(d->statusCode, 8);
    QCOMPARE(d->type, ClaimType::Reship);
    QCOMPARE(d->updateTime, qint64(1796003600));
    QCOMPARE(d->statusDeadline, qint64(0));
}

void TestPlatformWire::detail_otherClaim_refused()
{
    const QJsonObject data = json(R"({"process_info":{"after_sale_info":{"after_sale_id":"7300000000000002",
        "after_sale_status":8,"after_sale_type":7,"update_time":1796003600,"status_deadline":0}}})");
    const auto d = wireparse::detail(data, 7300000000000001);
    QVERIFY(!d.ok());
    QVERIFY2(d.error.contains(QStringLiteral("7300000000000001 was asked")), qPrintable(d.error));
    const auto e = wireparse::detail(json(R"({"process_info":{}})"), 1);
    QCOMPARE(e.error, QStringLiteral("data.process_info.after_sale_info is missing"));
}

void TestPlatformWire::operate_answerMatchesSent()
{
    OperateRequest sent{502,
                        {OperateItem{7300000000000001, 1796000000, 2, {}, {}},
                         OperateItem{7300000000000002, 1796000000, 2, {}, {}}}};
    const auto a = wireparse::operateAnswer(
        json(R"({"items":[{"aftersale_id":"7300000000000002","status_code":0,"status_msg":""},
                          {"aftersale_id":"7300000000000001","status_code":1001,"status_msg":"售后单状态已变更"}]})"),
        sent);
    QVERIFY2(a.ok(), qPrintable(a.error));
    QCOMPARE(a->size(), 2);
    QVERIFY(a->at(0).accepted());
    QVERIFY(!a->at(1).accepted());
    QCOMPARE(a->at(1).statusMsg, QStringLiteral("售后单状态已变更"));
}

void TestPlatformWire::operate_answerRefused_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("mention");
    QTest::newRow("none answered") << QByteArray(R"({"items":[]})") << "answers 0 of the 1 claims sent";
    QTest::newRow("other claim") << QByteArray(R"({"items":[{"aftersale_id":"9","status_code":0}]})")
                                 << "data.items[0].aftersale_id is 9, which was not sent";
    QTest::newRow("two answers") << QByteArray(
                                        R"({"items":[{"aftersale_id":"7300000000000001","status_code":0},)"
                                        R"({"aftersale_id":"7300000000000001","status_code":0}]})")
                                 << "data.items has 2 items, at most 1 expected";
    QTest::newRow("id number") << QByteArray(
                                      R"({"items":[{"aftersale_id":7300000000000001,"status_code":0}]})")
                               << "aftersale_id is a JSON number";
    QTest::newRow("code string")
        << QByteArray(R"({"items":[{"aftersale_id":"7300000000000001","status_code":"0"}]})")
        << "status_code is a string";
    QTest::newRow("no items") << QByteArray(R"({})") << "data.items is missing";
}

void TestPlatformWire::operate_answerRefused()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, mention);
    const OperateRequest sent{501, {OperateItem{7300000000000001, 1796000000, {}, {}, {}}}};
    const auto a = wireparse::operateAnswer(json(data), sent);
    QVERIFY(!a.ok());
    QVERIFY2(a.error.contains(mention), qPrintable(a.error));
}

void TestPlatformWire::rejectReasons_accepted()
{
    const auto r = wireparse::rejectReasons(json(
        R"({"items":[{"reject_reason_code":1,"reason":"已与买家协商一致"},{"reject_reason_code":2,"reason":"缺货"}]})"));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r->size(), 2);
    QCOMPARE(r->at(0).code, 1);
    QCOMPARE(r->at(0).reason, QStringLiteral("已与买家协商一致"));
}

void TestPlatformWire::rejectReasons_duplicate_refused()
{
    const auto r = wireparse::rejectReasons(
        json(R"({"items":[{"reject_reason_code":1,"reason":"a"},{"reject_reason_code":1,"reason":"b"}]})"));
    QCOMPARE(r.error, QStringLiteral("data.items[1].reject_reason_code is 1 a second time"));
    QVERIFY(!wireparse::rejectReasons(json(R"({"items":[{"reject_reason_code":"1","reason":"a"}]})")).ok());
}

void TestPlatformWire::token_accepted()
{
    const auto t = wireparse::token(json(R"({"access_token":"at-1","expires_in":604800,"refresh_token":"rt-1",
                                             "shop_id":"12345678","shop_name":"小米旗舰店"})"));
    QVERIFY2(t.ok(), qPrintable(t.error));
    QCOMPARE(t->accessToken, QStringLiteral("at-1"));
    QCOMPARE(t->expiresIn, qint64(604800));
    QCOMPARE(t->refreshToken, QStringLiteral("rt-1"));
    QCOMPARE(t->shopId, QStringLiteral("12345678"));
    QCOMPARE(t->shopName, QStringLiteral("小米旗舰店"));
    const auto n = wireparse::token(json(R"({"access_token":"a","expires_in":60,"shop_id":12345678})"));
    QVERIFY2(n.ok(), qPrintable(n.error));
    QCOMPARE(n->shopId, QStringLiteral("12345678"));
}

void TestPlatformWire::token_refused_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("mention");
    QTest::newRow("empty token") << QByteArray(R"({"access_token":"","expires_in":60,"shop_id":"1"})")
                                 << "data.access_token is empty";
    QTest::newRow("token number") << QByteArray(R"({"access_token":5,"expires_in":60,"shop_id":"1"})")
                                  << "data.access_token is a JSON number";
    QTest::newRow("expires zero") << QByteArray(R"({"access_token":"a","expires_in":0,"shop_id":"1"})")
                                  << "data.expires_in is 0";
    QTest::newRow("expires string") << QByteArray(R"({"access_token":"a","expires_in":"60","shop_id":"1"})")
                                    << "data.expires_in is a string";
    QTest::newRow("shop id past 2^53")
        << QByteArray(R"({"access_token":"a","expires_in":60,"shop_id":9007199254740993})")
        << "data.shop_id is 9007199254740993, out of the range";
    QTest::newRow("shop id missing") << QByteArray(R"({"access_token":"a","expires_in":60})")
                                     << "data.shop_id is missing";
}

void TestPlatformWire::token_refused()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, mention);
    const auto t = wireparse::token(json(data));
    QVERIFY(!t.ok());
    QVERIFY2(t.error.contains(mention), qPrintable(t.error));
}

void TestPlatformWire::request_list()
{
    const auto p = wirerequests::list(ListQuery{1795999700, 1796003600, 2, 100});
    QVERIFY2(p.ok(), qPrintable(p.error));
    QCOMPARE(*paramjson::serialize(*p),
             QByteArray(R"({"order_by":["update_time asc"],"page":2,"size":100,"update_end_time":1796003600,)"
                        R"("update_start_time":1795999700})"));
}

void TestPlatformWire::request_list_refused()
{
    QVERIFY(!wirerequests::list(ListQuery{0, 10, 0, 101}).ok());
    QVERIFY(!wirerequests::list(ListQuery{0, 10, 0, 0}).ok());
    QVERIFY(!wirerequests::list(ListQuery{0, 10, -1, 100}).ok());
    QVERIFY(!wirerequests::list(ListQuery{20, 10, 0, 100}).ok());
    QVERIFY(!wirerequests::list(ListQuery{-1, 10, 0, 100}).ok());
    QVERIFY(wirerequests::list(ListQuery{10, 10, 0, 1}).ok());
}

void TestPlatformWire::request_operate()
{
    const OperateRequest ship{311,
                              {OperateItem{7300000000000001,
                                           1796000000,
                                           {},
                                           QStringLiteral("已发新品"),
                                           Logistics{QStringLiteral("shunfeng"), QStringLiteral("SF1")}}}};
    const auto p = wirerequests::operate(ship);
    QVERIFY2(p.ok(), qPrintable(p.error));
    QCOMPARE(*paramjson::serialize(*p),
             QByteArray(
                 "{\"items\":[{\"aftersale_id\":\"7300000000000001\",\"logistics\":{\"company_code\":"
                 "\"shunfeng\",\"logistics_code\":\"SF1\"},\"remark\":\"\xE5\xB7\xB2\xE5\x8F\x91\xE6\x96\xB0"
                 "\xE5\x93\x81\",\"update_time\":1796000000}],\"type\":311}"));
    const OperateRequest refuse{502, {OperateItem{9223372036854775807LL, 1796000000, 3, {}, {}}}};
    QCOMPARE(*paramjson::serialize(*wirerequests::operate(refuse)),
             QByteArray(R"({"items":[{"aftersale_id":"9223372036854775807","reject_reason_code":3,)"
                        R"("update_time":1796000000}],"type":502})"));
}

void TestPlatformWire::request_operate_refused_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<qint64>("id");
    QTest::addColumn<qint64>("updateTime");
    QTest::addColumn<bool>("withReason");
    QTest::addColumn<bool>("withLogistics");
    QTest::newRow("unknown type") << 999 << qint64(1) << qint64(1796000000) << false << false;
    QTest::newRow("refusal without reason") << 502 << qint64(1) << qint64(1796000000) << false << false;
    QTest::newRow("311 without logistics") << 311 << qint64(1) << qint64(1796000000) << false << false;
    QTest::newRow("no id") << 501 << qint64(0) << qint64(1796000000) << false << false;
    QTest::newRow("update time in ms") << 501 << qint64(1) << qint64(1796000000000) << false << false;
}

void TestPlatformWire::request_operate_refused()
{
    QFETCH(int, type);
    QFETCH(qint64, id);
    QFETCH(qint64, updateTime);
    QFETCH(bool, withReason);
    QFETCH(bool, withLogistics);
    OperateItem item{id, updateTime, {}, {}, {}};
    if (withReason)
        item.rejectReasonCode = 1;
    if (withLogistics)
        item.logistics = Logistics{QStringLiteral("shunfeng"), QStringLiteral("SF1")};
    const auto p = wirerequests::operate(OperateRequest{type, {item}});
    QVERIFY(!p.ok());
    QVERIFY(!p.error.isEmpty());
}

void TestPlatformWire::request_fillLogisticsAndDetail()
{
    QCOMPARE(*paramjson::serialize(*wirerequests::fillLogistics(7300000000000001, QStringLiteral("shunfeng"),
                                                                QStringLiteral("SF1300000000002"))),
             QByteArray(R"({"aftersale_id":"7300000000000001","company_code":"shunfeng","send_type":1,)"
                        R"("tracking_no":"SF1300000000002"})"));
    QVERIFY(!wirerequests::fillLogistics(1, QString(), QStringLiteral("SF1")).ok());
    QVERIFY(!wirerequests::fillLogistics(1, QStringLiteral("shunfeng"), QString()).ok());
    QCOMPARE(*paramjson::serialize(*wirerequests::detail(7300000000000001)),
             QByteArray(R"({"after_sale_id":"7300000000000001"})"));
    QVERIFY(!wirerequests::detail(0).ok());
    QCOMPARE(*paramjson::serialize(wirerequests::rejectReasons()), QByteArray("{}"));
}

void TestPlatformWire::request_tokens()
{
    QCOMPARE(*paramjson::serialize(*wirerequests::tokenCreate(QStringLiteral("12345678"))),
             QByteArray(R"({"grant_type":"authorization_self","shop_id":"12345678"})"));
    QCOMPARE(*paramjson::serialize(*wirerequests::tokenRefresh(QStringLiteral("rt"))),
             QByteArray(R"({"grant_type":"refresh_token","refresh_token":"rt"})"));
    QVERIFY(!wirerequests::tokenCreate(QStringLiteral("shop")).ok());
    QVERIFY(!wirerequests::tokenRefresh(QString()).ok());
}

QTEST_GUILESS_MAIN(TestPlatformWire)
#include "tst_platformwire.moc"
