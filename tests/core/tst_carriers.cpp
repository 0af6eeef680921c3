// Carrier codes and tracking-number formats (CLI.md): each format accepted and refused,
// detection unambiguous, normalization.
#include "domain/carriers.h"

#include <QSet>
#include <QTest>

using namespace aftersales;

class TestCarriers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void all_holdsTheRequiredCarriers();
    void format_acceptedAndRefused_data();
    void format_acceptedAndRefused();
    void example_fitsOnlyItsOwnCarrier_data();
    void example_fitsOnlyItsOwnCarrier();
    void detect_uniqueCarrierOrNone_data();
    void detect_uniqueCarrierOrNone();
    void normalized_upperCaseWithoutSpaces_data();
    void normalized_upperCaseWithoutSpaces();
    void find_unknownCode();
};

void TestCarriers::all_holdsTheRequiredCarriers()
{
    QSet<QString> codes;
    for (const carriers::Carrier &c : carriers::all()) {
        QVERIFY2(!codes.contains(c.code), qPrintable(c.code));
        codes.insert(c.code);
        QVERIFY(!c.name.isEmpty());
        QVERIFY(!c.example.isEmpty());
    }
    for (const char *code :
         {"shunfeng", "zhongtong", "yuantong", "yunda", "shentong", "jd", "ems", "jtexpress"})
        QVERIFY2(codes.contains(QLatin1String(code)), code);
    QVERIFY(codes.size() >= 8);
}

void TestCarriers::format_acceptedAndRefused_data()
{
    QTest::addColumn<QString>("carrier");
    QTest::addColumn<QString>("number");
    QTest::addColumn<bool>("valid");

    // 顺丰: SF followed by 13 digits (CLI.md).
    QTest::newRow("shunfeng SF + 13 digits") << "shunfeng"
                                             << "SF1234567890123" << true;
    QTest::newRow("shunfeng lower case accepted") << "shunfeng"
                                                  << "sf1234567890123" << true;
    QTest::newRow("shunfeng 12 digits") << "shunfeng"
                                        << "SF123456789012" << false;
    QTest::newRow("shunfeng 14 digits") << "shunfeng"
                                        << "SF12345678901234" << false;
    QTest::newRow("shunfeng without prefix") << "shunfeng"
                                             << "1234567890123" << false;
    QTest::newRow("shunfeng letter inside") << "shunfeng"
                                            << "SF12345678901X3" << false;
    QTest::newRow("zhongtong 14 digits from 73") << "zhongtong"
                                                 << "73123456789012" << true;
    QTest::newRow("zhongtong 14 digits from 78") << "zhongtong"
                                                 << "78123456789012" << true;
    QTest::newRow("zhongtong from 72") << "zhongtong"
                                       << "72123456789012" << false;
    QTest::newRow("zhongtong 15 digits") << "zhongtong"
                                         << "731234567890123" << false;
    QTest::newRow("yuantong YT + 13 digits") << "yuantong"
                                             << "YT1234567890123" << true;
    QTest::newRow("yuantong 12 digits") << "yuantong"
                                        << "YT123456789012" << false;
    QTest::newRow("yunda 15 digits from 43") << "yunda"
                                             << "431234567890123" << true;
    QTest::newRow("yunda 15 digits from 46") << "yunda"
                                             << "461234567890123" << true;
    QTest::newRow("yunda from 44") << "yunda"
                                   << "441234567890123" << false;
    QTest::newRow("shentong 15 digits from 77") << "shentong"
                                                << "771234567890123" << true;
    QTest::newRow("shentong 14 digits") << "shentong"
                                        << "77123456789012" << false;
    QTest::newRow("jd JDVA + 11 digits") << "jd"
                                         << "JDVA12345678901" << true;
    QTest::newRow("jd JD + 13 digits") << "jd"
                                       << "JD1234567890123" << true;
    QTest::newRow("jd three letters") << "jd"
                                      << "JDVAX12345678901" << false;
    QTest::newRow("jd 10 digits") << "jd"
                                  << "JDVA1234567890" << false;
    QTest::newRow("ems international shape") << "ems"
                                             << "EA123456789CN" << true;
    QTest::newRow("ems 13 digits from 11") << "ems"
                                           << "1100123456789" << true;
    QTest::newRow("ems foreign suffix") << "ems"
                                        << "EA123456789US" << false;
    QTest::newRow("ems 13 digits from 12") << "ems"
                                           << "1200123456789" << false;
    QTest::newRow("jtexpress JT + 13 digits") << "jtexpress"
                                              << "JT1234567890123" << true;
    QTest::newRow("jtexpress 12 digits") << "jtexpress"
                                         << "JT123456789012" << false;
    QTest::newRow("empty number") << "shunfeng"
                                  << "" << false;
    QTest::newRow("unknown carrier") << "pigeon"
                                     << "SF1234567890123" << false;
    QTest::newRow("carrier code is case-sensitive") << "ShunFeng"
                                                    << "SF1234567890123" << false;
    QTest::newRow("SQL-looking text") << "shunfeng"
                                      << "SF1' OR '1'='1" << false;
}

void TestCarriers::format_acceptedAndRefused()
{
    QFETCH(QString, carrier);
    QFETCH(QString, number);
    QFETCH(bool, valid);
    QCOMPARE(carriers::matches(carrier, number), valid);
}

void TestCarriers::example_fitsOnlyItsOwnCarrier_data()
{
    QTest::addColumn<QString>("carrier");
    QTest::addColumn<QString>("example");
    for (const carriers::Carrier &c : carriers::all())
        QTest::addRow("%s", qPrintable(c.code)) << c.code << c.example;
}

void TestCarriers::example_fitsOnlyItsOwnCarrier()
{
    QFETCH(QString, carrier);
    QFETCH(QString, example);
    for (const carriers::Carrier &other : carriers::all())
        QVERIFY2(carriers::matches(other.code, example) == (other.code == carrier),
                 qPrintable(example + QLatin1String(" vs ") + other.code));
    QCOMPARE(carriers::detect(example), std::optional(carrier));
}

void TestCarriers::detect_uniqueCarrierOrNone_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("carrier"); // empty: none

    QTest::newRow("SF number") << "SF1234567890123"
                               << "shunfeng";
    QTest::newRow("SF number lower case with spaces") << "sf 1234 5678 90123"
                                                      << "shunfeng";
    QTest::newRow("zhongtong 77 + 12 digits") << "77123456789012"
                                              << "zhongtong";
    QTest::newRow("shentong 77 + 13 digits") << "771234567890123"
                                             << "shentong";
    QTest::newRow("yunda") << "461234567890123"
                           << "yunda";
    QTest::newRow("yuantong") << "YT9876543210987"
                              << "yuantong";
    QTest::newRow("jd") << "JD0012345678901"
                        << "jd";
    QTest::newRow("ems international") << "LK123456789CN"
                                       << "ems";
    QTest::newRow("ems domestic") << "1012345678901"
                                  << "ems";
    QTest::newRow("jtexpress") << "JT0001112223334"
                               << "jtexpress";
    QTest::newRow("fits nobody") << "XX12345" << QString();
    QTest::newRow("empty") << "" << QString();
}

void TestCarriers::detect_uniqueCarrierOrNone()
{
    QFETCH(QString, number);
    QFETCH(QString, carrier);
    const std::optional<QString> found = carriers::detect(number);
    if (carrier.isEmpty())
        QCOMPARE(found, std::nullopt);
    else
        QCOMPARE(found, std::optional(carrier));
}

void TestCarriers::normalized_upperCaseWithoutSpaces_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("already normal") << "SF1234567890123"
                                    << "SF1234567890123";
    QTest::newRow("lower case") << "sf1234567890123"
                                << "SF1234567890123";
    QTest::newRow("spaces inside and around") << "  sf 1234 5678 90123  "
                                              << "SF1234567890123";
    QTest::newRow("trailing tab trimmed") << "YT1234567890123\t"
                                          << "YT1234567890123";
    QTest::newRow("empty") << ""
                           << "";
}

void TestCarriers::normalized_upperCaseWithoutSpaces()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(carriers::normalized(input), expected);
    QCOMPARE(carriers::normalized(carriers::normalized(input)), expected);
}

void TestCarriers::find_unknownCode()
{
    QVERIFY(!carriers::find(QStringLiteral("pigeon")));
    QVERIFY(!carriers::find(QString()));
    const std::optional<carriers::Carrier> sf = carriers::find(QStringLiteral("shunfeng"));
    QVERIFY(sf);
    QCOMPARE(sf->code, QStringLiteral("shunfeng"));
    QVERIFY(carriers::matches(sf->code, sf->example));
}

QTEST_GUILESS_MAIN(TestCarriers)
#include "tst_carriers.moc"
