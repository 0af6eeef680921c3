// The canonical param_json: the bytes the platform signs must not depend on how a map was
// built, how Qt formats numbers or how it escapes text.
#include "platform/paramjson.h"

#include <QJsonArray>
#include <QTest>

#include <cmath>
#include <limits>

using namespace aftersales::platform;

class TestPlatformParamJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noParameters_isEmptyObject();
    void keys_sortedRecursively();
    void keys_sortedByUtf8Bytes();
    void nonAscii_rawUtf8();
    void escapes_onlyQuoteBackslashAndControls();
    void integers_exactWithoutExponent_data();
    void integers_exactWithoutExponent();
    void fractions_shortestForm();
    void literals();
    void nonFinite_refused();
    void variantTree_sameBytesAsJsonTree();
    void variantUnsupportedType_refused();
};

namespace
{
QByteArray ser(const QJsonObject &o)
{
    const auto bytes = paramjson::serialize(o);
    if (!bytes)
        qFatal("no canonical form");
    return *bytes;
}
} // namespace

void TestPlatformParamJson::noParameters_isEmptyObject()
{
    QCOMPARE(ser(QJsonObject()), QByteArray("{}"));
    QCOMPARE(*paramjson::serialize(QVariant(QVariantMap())), QByteArray("{}"));
}

void TestPlatformParamJson::keys_sortedRecursively()
{
    const QJsonObject o{
        {QStringLiteral("size"), 100},
        {QStringLiteral("page"), 0},
        {QStringLiteral("items"),
         QJsonArray{QJsonObject{
             {QStringLiteral("z"), 1},
             {QStringLiteral("a"), QJsonObject{{QStringLiteral("y"), 2}, {QStringLiteral("b"), 3}}}}}},
        {QStringLiteral("order_by"), QJsonArray{QStringLiteral("update_time asc")}},
    };
    QCOMPARE(
        ser(o),
        QByteArray(
            R"({"items":[{"a":{"b":3,"y":2},"z":1}],"order_by":["update_time asc"],"page":0,"size":100})"));
}

void TestPlatformParamJson::keys_sortedByUtf8Bytes()
{
    // Upper case before '_' before lower case; U+E000 (EE 80 80) before U+1F600 (F0 9F 98 80)
    // in bytes, though UTF-16 orders the surrogate D83D first.
    const QString pua = QString(QChar(0xE000));
    const QString emoji = QString::fromUtf8("\xF0\x9F\x98\x80");
    const QJsonObject o{
        {QStringLiteral("a"), 1}, {QStringLiteral("_"), 2}, {QStringLiteral("B"), 3}, {emoji, 4}, {pua, 5}};
    QCOMPARE(ser(o), QByteArray("{\"B\":3,\"_\":2,\"a\":1,\"\xEE\x80\x80\":5,\"\xF0\x9F\x98\x80\":4}"));
}

void TestPlatformParamJson::nonAscii_rawUtf8()
{
    const QJsonObject o{{QStringLiteral("remark"), QStringLiteral("小米智能门锁 Pro")}};
    QCOMPARE(ser(o), QByteArray("{\"remark\":\"\xE5\xB0\x8F\xE7\xB1\xB3\xE6\x99\xBA\xE8\x83\xBD"
                                "\xE9\x97\xA8\xE9\x94\x81 Pro\"}"));
    QVERIFY(!ser(o).contains("\\u"));
}

void TestPlatformParamJson::escapes_onlyQuoteBackslashAndControls()
{
    const QString text =
        QStringLiteral("a\"b\\c/d\ne\tf\rg\bh\fi") + QChar(0x01) + QChar(0x1f) + QChar(0x7f) + QChar(0x2028);
    const QJsonObject o{{QStringLiteral("t"), text}};
    QCOMPARE(ser(o),
             QByteArray("{\"t\":\"a\\\"b\\\\c/d\\ne\\tf\\rg\\bh\\fi\\u0001\\u001f\x7f\xE2\x80\xA8\"}"));
}

void TestPlatformParamJson::integers_exactWithoutExponent_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("zero") << QJsonValue(0) << QByteArray("0");
    QTest::newRow("negative") << QJsonValue(-42) << QByteArray("-42");
    QTest::newRow("1e15 as int") << QJsonValue(qint64(1000000000000000)) << QByteArray("1000000000000000");
    QTest::newRow("1e15 as double") << QJsonValue(1e15) << QByteArray("1000000000000000");
    QTest::newRow("past 2^53") << QJsonValue(qint64(7300000000000000001))
                               << QByteArray("7300000000000000001");
    QTest::newRow("int64 max") << QJsonValue(std::numeric_limits<qint64>::max())
                               << QByteArray("9223372036854775807");
    QTest::newRow("int64 min") << QJsonValue(std::numeric_limits<qint64>::min())
                               << QByteArray("-9223372036854775808");
    QTest::newRow("unix time") << QJsonValue(qint64(1796000000)) << QByteArray("1796000000");
}

void TestPlatformParamJson::integers_exactWithoutExponent()
{
    QFETCH(QJsonValue, value);
    QFETCH(QByteArray, expected);
    QCOMPARE(*paramjson::serialize(value), expected);
    QCOMPARE(ser(QJsonObject{{QStringLiteral("n"), value}}), "{\"n\":" + expected + '}');
}

void TestPlatformParamJson::fractions_shortestForm()
{
    QCOMPARE(*paramjson::serialize(QJsonValue(1.5)), QByteArray("1.5"));
    QCOMPARE(*paramjson::serialize(QJsonValue(0.1)), QByteArray("0.1"));
    QCOMPARE(*paramjson::serialize(QVariant(-2.25)), QByteArray("-2.25"));
}

void TestPlatformParamJson::literals()
{
    const QJsonObject o{
        {QStringLiteral("t"), true}, {QStringLiteral("f"), false}, {QStringLiteral("n"), QJsonValue()}};
    QCOMPARE(ser(o), QByteArray(R"({"f":false,"n":null,"t":true})"));
    QCOMPARE(*paramjson::serialize(QJsonValue(QJsonArray())), QByteArray("[]"));
}

void TestPlatformParamJson::nonFinite_refused()
{
    QVERIFY(!paramjson::serialize(QVariant(std::nan(""))));
    QVERIFY(!paramjson::serialize(QVariant(std::numeric_limits<double>::infinity())));
    QVariantMap nested{{QStringLiteral("a"), QVariantList{1, std::numeric_limits<double>::infinity()}}};
    QVERIFY(!paramjson::serialize(QVariant(nested)));
}

void TestPlatformParamJson::variantTree_sameBytesAsJsonTree()
{
    const QVariantMap v{
        {QStringLiteral("type"), 502},
        {QStringLiteral("items"),
         QVariantList{QVariantMap{{QStringLiteral("aftersale_id"), QStringLiteral("7300000000000001")},
                                  {QStringLiteral("update_time"), qint64(1796000000)},
                                  {QStringLiteral("reject_reason_code"), 2},
                                  {QStringLiteral("remark"), QStringLiteral("缺货")}}}},
    };
    const QJsonObject j{
        {QStringLiteral("items"),
         QJsonArray{QJsonObject{{QStringLiteral("update_time"), qint64(1796000000)},
                                {QStringLiteral("remark"), QStringLiteral("缺货")},
                                {QStringLiteral("aftersale_id"), QStringLiteral("7300000000000001")},
                                {QStringLiteral("reject_reason_code"), 2}}}},
        {QStringLiteral("type"), 502},
    };
    QCOMPARE(*paramjson::serialize(QVariant(v)), ser(j));
    QCOMPARE(
        ser(j),
        QByteArray("{\"items\":[{\"aftersale_id\":\"7300000000000001\",\"reject_reason_code\":2,"
                   "\"remark\":\"\xE7\xBC\xBA\xE8\xB4\xA7\",\"update_time\":1796000000}],\"type\":502}"));
    QCOMPARE(*paramjson::serialize(QVariant(qint64(-9223372036854775807LL - 1))),
             QByteArray("-9223372036854775808"));
}

void TestPlatformParamJson::variantUnsupportedType_refused()
{
    QVERIFY(!paramjson::serialize(QVariant(QDateTime::currentDateTimeUtc())));
}

QTEST_GUILESS_MAIN(TestPlatformParamJson)
#include "tst_platformparamjson.moc"
