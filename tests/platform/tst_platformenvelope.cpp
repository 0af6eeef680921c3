// The envelope, the error table, and the strict reader every answer goes through: a
// hostile or broken answer is refused with a sentence naming the field, never guessed at.
#include "platform/envelope.h"
#include "platform/wirereader.h"

#include <QJsonDocument>
#include <QTest>

using namespace aftersales::platform;

Q_DECLARE_METATYPE(aftersales::platform::CallKind)

class TestPlatformEnvelope : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_success();
    void parse_failureWithoutData();
    void parse_refused_data();
    void parse_refused();
    void classify_errorTable_data();
    void classify_errorTable();
    void describe_namesMethodAndSubCode();
    void describe_platformTextMadeSafe();
    void reader_ids_data();
    void reader_ids();
    void reader_integers_data();
    void reader_integers();
    void reader_firstProblemWins();
    void reader_arrayTooLong();
    void reader_textNeverQuoted();
};

void TestPlatformEnvelope::parse_success()
{
    const auto e = envelope::parse(
        R"({"code":10000,"msg":"success","sub_code":"","sub_msg":"","log_id":"2026112610000001","data":{"a":1}})");
    QVERIFY2(e.ok(), qPrintable(e.error));
    QCOMPARE(e->code, 10000);
    QCOMPARE(e->logId, QStringLiteral("2026112610000001"));
    QCOMPARE(e->data.value(QStringLiteral("a")).toInt(), 1);
    QCOMPARE(envelope::classify(*e), CallKind::Success);
}

void TestPlatformEnvelope::parse_failureWithoutData()
{
    const auto e = envelope::parse(R"({"code":50002,"msg":"业务处理失败","sub_code":"isv.business-failed",)"
                                   R"("sub_msg":"售后单状态已变更","log_id":"x"})");
    QVERIFY2(e.ok(), qPrintable(e.error));
    QCOMPARE(e->subMsg, QStringLiteral("售后单状态已变更"));
    QVERIFY(e->data.isEmpty());
    QCOMPARE(envelope::classify(*e), CallKind::BusinessRefused);
}

void TestPlatformEnvelope::parse_refused_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("mention");
    QTest::newRow("empty") << QByteArray("") << QStringLiteral("empty");
    QTest::newRow("blank") << QByteArray(" \n") << QStringLiteral("empty");
    QTest::newRow("not json") << QByteArray("<html>502 Bad Gateway</html>")
                              << QStringLiteral("not valid JSON");
    QTest::newRow("truncated") << QByteArray(
                                      R"({"code":10000,"msg":"success","data":{"items":[{"aftersale_i)")
                               << QStringLiteral("not valid JSON");
    QTest::newRow("array") << QByteArray("[1,2]") << QStringLiteral("not a JSON object");
    QTest::newRow("no code") << QByteArray(R"({"msg":"success","data":{}})")
                             << QStringLiteral("code is missing");
    QTest::newRow("code as string") << QByteArray(R"({"code":"10000","data":{}})")
                                    << QStringLiteral("code is a string, expected a whole number");
    QTest::newRow("code fraction") << QByteArray(R"({"code":10000.5,"data":{}})")
                                   << QStringLiteral("expected a whole number");
    QTest::newRow("code negative") << QByteArray(R"({"code":-1,"data":{}})")
                                   << QStringLiteral("out of the range");
    QTest::newRow("code huge") << QByteArray(R"({"code":1e300,"data":{}})") << QStringLiteral("code");
    QTest::newRow("msg number") << QByteArray(R"({"code":10000,"msg":1,"data":{}})")
                                << QStringLiteral("msg is a JSON number, expected a string");
    QTest::newRow("sub_msg object") << QByteArray(R"({"code":50002,"sub_msg":{}})")
                                    << QStringLiteral("sub_msg is an object");
    QTest::newRow("success without data")
        << QByteArray(R"({"code":10000,"msg":"success"})") << QStringLiteral("data is missing");
    QTest::newRow("success data array") << QByteArray(R"({"code":10000,"data":[]})")
                                        << QStringLiteral("data is an array, expected an object");
    QTest::newRow("huge sub_msg") << QByteArray(R"({"code":50002,"sub_msg":")" + QByteArray(5000, 'x') +
                                                "\"}")
                                  << QStringLiteral("sub_msg is 5000 characters long");
}

void TestPlatformEnvelope::parse_refused()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, mention);
    const auto e = envelope::parse(body);
    QVERIFY(!e.ok());
    QVERIFY2(e.error.contains(mention), qPrintable(e.error));
}

void TestPlatformEnvelope::classify_errorTable_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("subCode");
    QTest::addColumn<CallKind>("kind");
    QTest::newRow("success") << 10000 << QString() << CallKind::Success;
    QTest::newRow("token expired") << 40003 << QStringLiteral("isv.access-token-expired")
                                   << CallKind::TokenExpired;
    QTest::newRow("signature invalid")
        << 40003 << QStringLiteral("isv.signature-invalid") << CallKind::Unauthorised;
    QTest::newRow("40003 other") << 40003 << QStringLiteral("isv.app-key-invalid") << CallKind::Unauthorised;
    QTest::newRow("signature missing")
        << 40001 << QStringLiteral("isv.signature-missing") << CallKind::Unauthorised;
    QTest::newRow("40001 expired wording")
        << 40001 << QStringLiteral("isv.access-token-expired") << CallKind::Unauthorised;
    QTest::newRow("authorization gone")
        << 30001 << QStringLiteral("dop.authorization-no-existed") << CallKind::AuthorizationGone;
    QTest::newRow("business failed") << 50002 << QStringLiteral("isv.business-failed")
                                     << CallKind::BusinessRefused;
    QTest::newRow("traffic limited") << 60000 << QStringLiteral("isv.traffic-limited")
                                     << CallKind::TrafficLimited;
    QTest::newRow("service error") << 20000 << QStringLiteral("dop.service-error") << CallKind::Transient;
    QTest::newRow("outside the table")
        << 40004 << QStringLiteral("isv.parameter-invalid") << CallKind::Unexpected;
    QTest::newRow("zero") << 0 << QString() << CallKind::Unexpected;
}

void TestPlatformEnvelope::classify_errorTable()
{
    QFETCH(int, code);
    QFETCH(QString, subCode);
    QFETCH(CallKind, kind);
    Envelope e;
    e.code = code;
    e.subCode = subCode;
    QCOMPARE(envelope::classify(e), kind);
}

void TestPlatformEnvelope::describe_namesMethodAndSubCode()
{
    Envelope e;
    e.code = 50002;
    e.subCode = QStringLiteral("isv.business-failed");
    e.subMsg = QStringLiteral("售后单状态已变更");
    const QString m = envelope::describe(QStringLiteral("afterSale.operate"), CallKind::BusinessRefused, e);
    QVERIFY2(m.contains(QStringLiteral("afterSale.operate")), qPrintable(m));
    QVERIFY2(m.contains(QStringLiteral("isv.business-failed")), qPrintable(m));
    QVERIFY2(m.contains(QStringLiteral("售后单状态已变更")), qPrintable(m));

    e.code = 40003;
    e.subCode = QStringLiteral("isv.signature-invalid");
    e.subMsg = QStringLiteral("签名无效");
    const QString u = envelope::describe(QStringLiteral("afterSale.List"), CallKind::Unauthorised, e);
    QVERIFY2(u.contains(QStringLiteral("40003")) && u.contains(QStringLiteral("isv.signature-invalid")),
             qPrintable(u));

    e.code = 40004;
    e.subCode.clear();
    e.subMsg.clear();
    e.msg = QStringLiteral("参数错误");
    const QString x = envelope::describe(QStringLiteral("afterSale.Detail"), CallKind::Unexpected, e);
    QVERIFY2(x.contains(QStringLiteral("40004")) && x.contains(QStringLiteral("参数错误")), qPrintable(x));
}

void TestPlatformEnvelope::describe_platformTextMadeSafe()
{
    QCOMPARE(envelope::displayText(QStringLiteral("a\nb\x1b[31mc\td")), QStringLiteral("a b [31mc d"));
    QCOMPARE(envelope::displayText(QString(1000, QLatin1Char('x'))).size(), 300);
}

void TestPlatformEnvelope::reader_ids_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<qint64>("expected"); // 0: refused
    QTest::addColumn<QString>("mention");
    QTest::newRow("digits") << QByteArray(R"({"id":"7300000000000001"})") << qint64(7300000000000001)
                            << QString();
    QTest::newRow("past 2^53 as string")
        << QByteArray(R"({"id":"9007199254740993"})") << qint64(9007199254740993) << QString();
    QTest::newRow("int64 max") << QByteArray(R"({"id":"9223372036854775807"})")
                               << qint64(9223372036854775807LL) << QString();
    QTest::newRow("past int64") << QByteArray(R"({"id":"9223372036854775808"})") << qint64(0)
                                << QStringLiteral("1 to 19 digits");
    QTest::newRow("20 digits") << QByteArray(R"({"id":"73000000000000000001"})") << qint64(0)
                               << QStringLiteral("1 to 19 digits");
    QTest::newRow("number past 2^53") << QByteArray(R"({"id":9007199254740993})") << qint64(0)
                                      << QStringLiteral("id is a JSON number, expected a string of digits");
    QTest::newRow("small number") << QByteArray(R"({"id":12})") << qint64(0) << QStringLiteral("JSON number");
    QTest::newRow("leading zero") << QByteArray(R"({"id":"0073"})") << qint64(0)
                                  << QStringLiteral("leading zero");
    QTest::newRow("zero") << QByteArray(R"({"id":"0"})") << qint64(0) << QStringLiteral("leading zero");
    QTest::newRow("sign") << QByteArray(R"({"id":"+73"})") << qint64(0) << QStringLiteral("digits");
    QTest::newRow("negative") << QByteArray(R"({"id":"-73"})") << qint64(0) << QStringLiteral("digits");
    QTest::newRow("spaces") << QByteArray(R"({"id":" 73"})") << qint64(0) << QStringLiteral("digits");
    QTest::newRow("empty") << QByteArray(R"({"id":""})") << qint64(0) << QStringLiteral("digits");
    QTest::newRow("fullwidth digits")
        << QByteArray("{\"id\":\"\xEF\xBC\x97\xEF\xBC\x93\"}") << qint64(0) << QStringLiteral("digits");
    QTest::newRow("null") << QByteArray(R"({"id":null})") << qint64(0) << QStringLiteral("id is missing");
    QTest::newRow("bool") << QByteArray(R"({"id":true})") << qint64(0) << QStringLiteral("a boolean");
}

void TestPlatformEnvelope::reader_ids()
{
    QFETCH(QByteArray, json);
    QFETCH(qint64, expected);
    QFETCH(QString, mention);
    const WireReader r(QJsonDocument::fromJson(json).object(), QStringLiteral("data"));
    const qint64 id = r.id("id");
    if (expected) {
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QCOMPARE(id, expected);
    } else {
        QVERIFY(!r.ok());
        QVERIFY2(r.error().startsWith(QStringLiteral("data.id ")), qPrintable(r.error()));
        QVERIFY2(r.error().contains(mention), qPrintable(r.error()));
    }
}

void TestPlatformEnvelope::reader_integers_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("in range") << QByteArray(R"({"n":1796000000})") << true;
    QTest::newRow("lower bound") << QByteArray(R"({"n":0})") << true;
    QTest::newRow("upper bound") << QByteArray(R"({"n":4102444800})") << true;
    QTest::newRow("exponent whole") << QByteArray(R"({"n":1.796e9})") << true;
    QTest::newRow("below") << QByteArray(R"({"n":-1})") << false;
    QTest::newRow("above") << QByteArray(R"({"n":4102444801})") << false;
    QTest::newRow("fraction") << QByteArray(R"({"n":1796000000.5})") << false;
    QTest::newRow("string") << QByteArray(R"({"n":"1796000000"})") << false;
    QTest::newRow("past int64") << QByteArray(R"({"n":1e30})") << false;
    QTest::newRow("missing") << QByteArray(R"({})") << false;
}

void TestPlatformEnvelope::reader_integers()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, accepted);
    const WireReader r(QJsonDocument::fromJson(json).object(), QStringLiteral("t"));
    r.integer("n", 0, 4102444800);
    QVERIFY2(r.ok() == accepted, qPrintable(r.error()));
    if (!accepted)
        QVERIFY2(r.error().startsWith(QStringLiteral("t.n ")), qPrintable(r.error()));
}

void TestPlatformEnvelope::reader_firstProblemWins()
{
    const WireReader r(QJsonDocument::fromJson(R"({"a":"x","b":{"c":1.5},"d":[{"e":"1"},3]})").object(),
                       QStringLiteral("data"));
    const WireReader b = r.object("b");
    b.integer("c", 0, 10);
    r.integer("a", 0, 10);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().startsWith(QStringLiteral("data.b.c ")), qPrintable(r.error()));

    const WireReader r2(QJsonDocument::fromJson(R"({"d":[{"e":"1"},3]})").object(), QStringLiteral("data"));
    const QJsonArray d = r2.array("d", 10);
    r2.element(d, "d", 0).id("e");
    QVERIFY(r2.ok());
    r2.element(d, "d", 1);
    QCOMPARE(r2.error(), QStringLiteral("data.d[1] is a JSON number, expected an object"));
}

void TestPlatformEnvelope::reader_arrayTooLong()
{
    const WireReader r(QJsonDocument::fromJson(R"({"items":[1,2,3]})").object(), QStringLiteral("data"));
    r.array("items", 2);
    QCOMPARE(r.error(), QStringLiteral("data.items has 3 items, at most 2 expected"));
}

void TestPlatformEnvelope::reader_textNeverQuoted()
{
    const WireReader r(QJsonDocument::fromJson(R"({"access_token":"secret-token-value"})").object(),
                       QStringLiteral("data"));
    r.text("access_token", 4);
    QVERIFY(!r.ok());
    QVERIFY2(!r.error().contains(QStringLiteral("secret-token-value")), qPrintable(r.error()));
}

QTEST_GUILESS_MAIN(TestPlatformEnvelope)
#include "tst_platformenvelope.moc"
