// Signing: known answers computed outside Qt with openssl, the method name, and the
// request URL with and without the access token.
#include "platform/paramjson.h"
#include "platform/signer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

using namespace aftersales::platform;

class TestPlatformSigner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void methodName_slashesToDots();
    void sign_knownAnswers_data();
    void sign_knownAnswers();
    void sign_chineseNestedParams_fromSerializer();
    void sign_dependsOnEveryPart();
    void url_queryInContractOrder();
    void url_accessTokenOnlyOutsideTokenMethods();
    void url_baseWithPathAndSlash();
    void url_valuesPercentEncoded();
    void body_isTheSignedParamJson();
};

namespace
{
const QString secret = QStringLiteral("test-secret-0123456789abcdef");
const QString appKey = QStringLiteral("7012345678901234567");
constexpr qint64 timestamp = 1796000000;
} // namespace

void TestPlatformSigner::methodName_slashesToDots()
{
    QCOMPARE(signer::methodName(QStringLiteral("afterSale/List")), QStringLiteral("afterSale.List"));
    QCOMPARE(signer::methodName(QStringLiteral("token/create")), QStringLiteral("token.create"));
    QCOMPARE(signer::methodName(QStringLiteral("afterSale/rejectReasonCodeList")),
             QStringLiteral("afterSale.rejectReasonCodeList"));
}

// Each expected value was computed with (S, K, M, P, T as in the row):
//   printf '%s' "${S}app_key${K}method${M}param_json${P}timestamp${T}v2${S}" | openssl dgst -sha256 -hmac
//   "$S"
// S=test-secret-0123456789abcdef K=7012345678901234567 T=1796000000
void TestPlatformSigner::sign_knownAnswers_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QByteArray>("paramJson");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("no parameters") << QStringLiteral("afterSale.rejectReasonCodeList") << QByteArray("{}")
                                   << QByteArray(
                                          "c551f1fceff4340a393cb79ff5dee7f2b2759d77a19206bcda92407a6d1e81c3");
    QTest::newRow("list") << QStringLiteral("afterSale.List")
                          << QByteArray(R"({"order_by":["update_time asc"],"page":0,"size":100,)"
                                        R"("update_end_time":1796003600,"update_start_time":1795999700})")
                          << QByteArray("f60e6ac6c2ee561620696b2f30dd5b423330de4c5240333c0522687f024564d0");
    QTest::newRow("token create") << QStringLiteral("token.create")
                                  << QByteArray(R"({"grant_type":"authorization_self","shop_id":"12345678"})")
                                  << QByteArray(
                                         "c30b65831e35960881c5b461abb9d451adb733b7d9649cd651502d8de19e2ad9");
}

void TestPlatformSigner::sign_knownAnswers()
{
    QFETCH(QString, method);
    QFETCH(QByteArray, paramJson);
    QFETCH(QByteArray, expected);
    QCOMPARE(signer::sign(secret, appKey, method, paramJson, timestamp), expected);
}

void TestPlatformSigner::sign_chineseNestedParams_fromSerializer()
{
    // P='{"items":[{"aftersale_id":"7300000000000001","logistics":{"company_code":"shunfeng",
    //    "logistics_code":"SF1300000000002"},"remark":"已补发 小米智能门锁
    //    Pro","update_time":1796000000}],"type":311}'
    // M=afterSale.operate, the rest as above (openssl dgst -sha256 -hmac "$S").
    const QJsonObject params{
        {QStringLiteral("type"), 311},
        {QStringLiteral("items"),
         QJsonArray{QJsonObject{
             {QStringLiteral("update_time"), qint64(1796000000)},
             {QStringLiteral("remark"), QStringLiteral("已补发 小米智能门锁 Pro")},
             {QStringLiteral("logistics"),
              QJsonObject{{QStringLiteral("logistics_code"), QStringLiteral("SF1300000000002")},
                          {QStringLiteral("company_code"), QStringLiteral("shunfeng")}}},
             {QStringLiteral("aftersale_id"), QStringLiteral("7300000000000001")},
         }}},
    };
    const QByteArray paramJson = *paramjson::serialize(params);
    QCOMPARE(signer::sign(secret, appKey, QStringLiteral("afterSale.operate"), paramJson, timestamp),
             QByteArray("e5a4998a830c284a91314ec26776ef8abe38eb95005ea07e4be471da3ab8b7a4"));
}

void TestPlatformSigner::sign_dependsOnEveryPart()
{
    const QByteArray p("{}");
    const QString m = QStringLiteral("afterSale.List");
    const QByteArray base = signer::sign(secret, appKey, m, p, timestamp);
    QCOMPARE(base.size(), 64);
    QCOMPARE(base, base.toLower());
    QVERIFY(signer::sign(secret + QLatin1Char('x'), appKey, m, p, timestamp) != base);
    QVERIFY(signer::sign(secret, appKey + QLatin1Char('1'), m, p, timestamp) != base);
    QVERIFY(signer::sign(secret, appKey, QStringLiteral("afterSale.Detail"), p, timestamp) != base);
    QVERIFY(signer::sign(secret, appKey, m, QByteArray("{ }"), timestamp) != base);
    QVERIFY(signer::sign(secret, appKey, m, p, timestamp + 1) != base);
}

void TestPlatformSigner::url_queryInContractOrder()
{
    const SignedRequest r =
        signer::build(QUrl(QStringLiteral("http://127.0.0.1:8080")), QStringLiteral("afterSale/List"), appKey,
                      secret, timestamp, QByteArray("{}"), QStringLiteral("tok-1"));
    const QByteArray sign = signer::sign(secret, appKey, QStringLiteral("afterSale.List"), "{}", timestamp);
    QCOMPARE(r.url.toString(QUrl::FullyEncoded),
             QStringLiteral(
                 "http://127.0.0.1:8080/afterSale/List?app_key=7012345678901234567&method=afterSale.List"
                 "&v=2&timestamp=1796000000&sign=") +
                 QString::fromLatin1(sign) + QStringLiteral("&sign_method=hmac-sha256&access_token=tok-1"));
}

void TestPlatformSigner::url_accessTokenOnlyOutsideTokenMethods()
{
    const QUrl base(QStringLiteral("https://openapi-fxg.jinritemai.com"));
    for (const char *path : {"token/create", "token/refresh"}) {
        const SignedRequest r = signer::build(base, QLatin1String(path), appKey, secret, timestamp, "{}",
                                              QStringLiteral("should-not-appear"));
        QVERIFY2(!QUrlQuery(r.url).hasQueryItem(QStringLiteral("access_token")), path);
        QVERIFY(!r.url.toString().contains(QStringLiteral("should-not-appear")));
    }
    for (const char *path : {"afterSale/List", "afterSale/Detail", "afterSale/operate",
                             "afterSale/fillLogistics", "afterSale/rejectReasonCodeList"}) {
        const SignedRequest r =
            signer::build(base, QLatin1String(path), appKey, secret, timestamp, "{}", QStringLiteral("tok"));
        QCOMPARE(QUrlQuery(r.url).queryItemValue(QStringLiteral("access_token")), QStringLiteral("tok"));
    }
}

void TestPlatformSigner::url_baseWithPathAndSlash()
{
    const SignedRequest r =
        signer::build(QUrl(QStringLiteral("http://localhost:9/prefix/")), QStringLiteral("afterSale/Detail"),
                      appKey, secret, timestamp, "{}", QStringLiteral("t"));
    QCOMPARE(r.url.path(), QStringLiteral("/prefix/afterSale/Detail"));
    QCOMPARE(r.url.host(), QStringLiteral("localhost"));
    QCOMPARE(r.url.port(), 9);
}

void TestPlatformSigner::url_valuesPercentEncoded()
{
    const SignedRequest r =
        signer::build(QUrl(QStringLiteral("http://h")), QStringLiteral("afterSale/List"),
                      QStringLiteral("k&v=1"), secret, timestamp, "{}", QStringLiteral("a+b/c=d&e"));
    const QUrlQuery q(r.url);
    QCOMPARE(q.queryItemValue(QStringLiteral("app_key"), QUrl::FullyDecoded), QStringLiteral("k&v=1"));
    QCOMPARE(q.queryItemValue(QStringLiteral("access_token"), QUrl::FullyDecoded),
             QStringLiteral("a+b/c=d&e"));
    QCOMPARE(q.queryItemValue(QStringLiteral("v")), QStringLiteral("2"));
}

void TestPlatformSigner::body_isTheSignedParamJson()
{
    const QByteArray p("{\"after_sale_id\":\"7300000000000001\"}");
    const SignedRequest r =
        signer::build(QUrl(QStringLiteral("http://h")), QStringLiteral("afterSale/Detail"), appKey, secret,
                      timestamp, p, QStringLiteral("t"));
    QCOMPARE(r.body, p);
    QCOMPARE(
        QUrlQuery(r.url).queryItemValue(QStringLiteral("sign")),
        QString::fromLatin1(signer::sign(secret, appKey, QStringLiteral("afterSale.Detail"), p, timestamp)));
}

QTEST_GUILESS_MAIN(TestPlatformSigner)
#include "tst_platformsigner.moc"
