#include "domain/policy.h"

#include <QTest>

using namespace aftersales;

class TestPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults_areTheSeedsValues();
    void override_changesOnlyTheNamedKeys_data();
    void override_changesOnlyTheNamedKeys();
    void override_refusesBadKeys_data();
    void override_refusesBadKeys();
    void load_missingUserFileGivesDefaults();
    void load_userFileOverrides();
    void load_badUserFileNamesFileAndKey();
};

void TestPolicy::defaults_areTheSeedsValues()
{
    const Policy p = Policy::defaults();
    QCOMPARE(p.reviewSecs, 48 * 3600);
    QCOMPARE(p.shipSecs, 48 * 3600);
    QCOMPARE(p.buyerWindowSecs, 48 * 3600);
    QCOMPARE(p.reshipAfterReceiptSecs, 360 * 3600);
    QCOMPARE(p.compensationCents, 300);
    QCOMPARE(p.dueSoonSecs, 12 * 3600);
    QCOMPARE(p.reshipCategories, QStringList{QStringLiteral("smart_home")});
    // Not in the seed: merchant steps default to the reshipment's 48 h.
    QCOMPARE(p.secondReviewSecs, 48 * 3600);
    QVERIFY(p.buyerReturnSecs > 0);
}

void TestPolicy::override_changesOnlyTheNamedKeys_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("review_hours 24") << QByteArray(R"({"review_hours": 24})") << "review"
                                     << qint64(24 * 3600);
    QTest::newRow("ship_hours 72") << QByteArray(R"({"ship_hours": 72})") << "ship" << qint64(72 * 3600);
    QTest::newRow("buyer_window_hours 1.5")
        << QByteArray(R"({"buyer_window_hours": 1.5})") << "buyer_window" << qint64(5400);
    QTest::newRow("reship_after_receipt_hours 168")
        << QByteArray(R"({"reship_after_receipt_hours": 168})") << "receipt" << qint64(168 * 3600);
    QTest::newRow("compensation_cents 500")
        << QByteArray(R"({"compensation_cents": 500})") << "compensation" << qint64(500);
    QTest::newRow("compensation_cents 0")
        << QByteArray(R"({"compensation_cents": 0})") << "compensation" << qint64(0);
    QTest::newRow("empty object") << QByteArray("{}") << "review" << qint64(48 * 3600);
}

void TestPolicy::override_changesOnlyTheNamedKeys()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    QFETCH(qint64, expected);

    const Policy base = Policy::defaults();
    const Result<Policy> p = Policy::overridden(base, json);
    QVERIFY2(p.ok(), qPrintable(p.outcome.message));
    const QHash<QString, qint64> values{
        {QStringLiteral("review"), p->reviewSecs},
        {QStringLiteral("ship"), p->shipSecs},
        {QStringLiteral("buyer_window"), p->buyerWindowSecs},
        {QStringLiteral("receipt"), p->reshipAfterReceiptSecs},
        {QStringLiteral("compensation"), p->compensationCents},
    };
    const QHash<QString, qint64> baseValues{
        {QStringLiteral("review"), base.reviewSecs},
        {QStringLiteral("ship"), base.shipSecs},
        {QStringLiteral("buyer_window"), base.buyerWindowSecs},
        {QStringLiteral("receipt"), base.reshipAfterReceiptSecs},
        {QStringLiteral("compensation"), base.compensationCents},
    };
    QCOMPARE(values.value(field), expected);
    for (auto it = values.begin(); it != values.end(); ++it)
        if (it.key() != field)
            QCOMPARE(it.value(), baseValues.value(it.key()));
    QCOMPARE(p->reshipCategories, base.reshipCategories);
}

void TestPolicy::override_refusesBadKeys_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("named"); // what the message must name

    QTest::newRow("unknown key") << QByteArray(R"({"review_hourz": 24})") << "review_hourz";
    QTest::newRow("hours as string") << QByteArray(R"({"ship_hours": "48"})") << "ship_hours";
    QTest::newRow("hours zero") << QByteArray(R"({"review_hours": 0})") << "review_hours";
    QTest::newRow("hours negative") << QByteArray(R"({"buyer_window_hours": -1})") << "buyer_window_hours";
    QTest::newRow("hours null") << QByteArray(R"({"ship_hours": null})") << "ship_hours";
    QTest::newRow("compensation fractional")
        << QByteArray(R"({"compensation_cents": 2.5})") << "compensation_cents";
    QTest::newRow("compensation negative")
        << QByteArray(R"({"compensation_cents": -300})") << "compensation_cents";
    QTest::newRow("compensation as string")
        << QByteArray(R"({"compensation_cents": "300"})") << "compensation_cents";
    QTest::newRow("categories not a list")
        << QByteArray(R"({"reship_categories": "smart_home"})") << "reship_categories";
    QTest::newRow("category not a string")
        << QByteArray(R"({"reship_categories": ["smart_home", 3]})") << "reship_categories";
    QTest::newRow("category blank") << QByteArray(R"({"reship_categories": ["  "]})") << "reship_categories";
    QTest::newRow("not an object") << QByteArray("[1, 2]") << "JSON";
    QTest::newRow("not JSON") << QByteArray("review_hours = 24") << "JSON";
}

void TestPolicy::override_refusesBadKeys()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, named);

    const Result<Policy> p = Policy::overridden(Policy::defaults(), json);
    QVERIFY(!p.ok());
    QCOMPARE(p.outcome.kind, Outcome::Kind::BadInput);
    QVERIFY2(p.outcome.message.contains(named), qPrintable(p.outcome.message));
}

void TestPolicy::load_missingUserFileGivesDefaults()
{
    const Result<Policy> empty = Policy::load(QString());
    QVERIFY(empty.ok());
    QCOMPARE(empty->reviewSecs, Policy::defaults().reviewSecs);
    const Result<Policy> missing = Policy::load(QStringLiteral("/nonexistent/dir/policy.json"));
    QVERIFY(missing.ok());
    QCOMPARE(missing->reshipCategories, Policy::defaults().reshipCategories);
}

void TestPolicy::load_userFileOverrides()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("policy.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"reship_categories": ["smart_home", "small_appliances"], "ship_hours": 24})");
    file.close();

    const Result<Policy> p = Policy::load(path);
    QVERIFY2(p.ok(), qPrintable(p.outcome.message));
    QCOMPARE(p->reshipCategories,
             (QStringList{QStringLiteral("smart_home"), QStringLiteral("small_appliances")}));
    QCOMPARE(p->shipSecs, 24 * 3600);
    QCOMPARE(p->reviewSecs, 48 * 3600);
}

void TestPolicy::load_badUserFileNamesFileAndKey()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("policy.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"compensation": 300})");
    file.close();

    const Result<Policy> p = Policy::load(path);
    QVERIFY(!p.ok());
    QCOMPARE(p.outcome.kind, Outcome::Kind::BadInput);
    QVERIFY2(p.outcome.message.contains(path), qPrintable(p.outcome.message));
    QVERIFY2(p.outcome.message.contains(QStringLiteral("compensation")), qPrintable(p.outcome.message));
}

QTEST_GUILESS_MAIN(TestPolicy)
#include "tst_policy.moc"
