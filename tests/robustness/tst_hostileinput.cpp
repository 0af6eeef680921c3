#include "robusthelpers.h"

#include "io/importer.h"
#include "tempdatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace aftersales;
using aftersales::testing::TempDatabase;
using robust::cli;
using robust::t0;

namespace
{

const QByteArray good = R"({"aftersale_id": 1, "order_id": "6900000000000000001", "aftersale_type": 7,
    "aftersale_status": 6, "apply_time": "2026-11-26T09:00:00+08:00", "reason": "missing_items"})";

// A good item 1, then `item` as item 2 with the fields of a good one replaced or removed.
QByteArray secondItem(const QByteArray &fields)
{
    return "[" + good + R"(, {"aftersale_id": 2, "order_id": "6900000000000000002", "aftersale_type": 7,
        "aftersale_status": 6, "apply_time": "2026-11-26T09:00:00+08:00", "reason": "missing_items", )" +
           fields + "}]";
}

qint64 claimCount(TempDatabase &t)
{
    return t.database().count("claims");
}

// Text that looks like SQL, LIKE patterns, quotes, emoji and characters outside the BMP.
const QStringList hostileTexts{
    QStringLiteral("Robert'); DROP TABLE claims;--"),
    QStringLiteral("\" OR 1=1 --"),
    QStringLiteral("100%"),
    QStringLiteral("a_b"),
    QStringLiteral("*"),
    QStringLiteral("买家😀🎉"),
    QStringLiteral("𠀀𠀁𪚥"),
    QStringLiteral("\\%' ESCAPE '\\"),
};

} // namespace

class TestHostileInput : public QObject
{
    Q_OBJECT

    int m_malformed = 0;

private Q_SLOTS:
    void initTestCase_data() { testing::addBackendRows(); }
    void init() { AFTERSALES_FETCH_BACKEND(backend); }

    void import_malformed_refusedWithItemAndField_nothingWritten_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("Not valid JSON");
        QTest::newRow("truncated") << good.left(good.size() / 2) << QStringLiteral("Not valid JSON at byte");
        QTest::newRow("truncated list")
            << QByteArray("[" + good + ",") << QStringLiteral("Not valid JSON at byte");
        QTest::newRow("not a list") << QByteArray(R"({"items": 3})") << QStringLiteral("Expected a list");
        QTest::newRow("scalar") << QByteArray("42") << QStringLiteral("Not valid JSON");
        QTest::newRow("item not object")
            << QByteArray("[" + good + ", 7]") << QStringLiteral("Item 2 is not an object");
        QTest::newRow("invalid UTF-8")
            << QByteArray("[" + good + R"(, {"order_id": ")" + "\xff\xfe\xc3\x28" + R"("}])")
            << QStringLiteral("Not valid JSON at byte");
        QTest::newRow("deep nesting") << QByteArray(100000, '[') << QStringLiteral("Not valid JSON");
        QTest::newRow("id as text") << secondItem(R"("aftersale_id": "abc")")
                                    << QStringLiteral("Item 2, field \"aftersale_id\"");
        QTest::newRow("id fractional")
            << secondItem(R"("aftersale_id": 2.5)") << QStringLiteral("Item 2, field \"aftersale_id\"");
        QTest::newRow("id negative") << secondItem(R"("aftersale_id": -2)")
                                     << QStringLiteral("Item 2, field \"aftersale_id\"");
        QTest::newRow("id huge") << secondItem(R"("aftersale_id": 1e300)")
                                 << QStringLiteral("Item 2, field \"aftersale_id\"");
        QTest::newRow("id huge text") << secondItem(R"("aftersale_id": "99999999999999999999999")")
                                      << QStringLiteral("Item 2, field \"aftersale_id\"");
        QTest::newRow("id object") << secondItem(R"("aftersale_id": {"x": 1})")
                                   << QStringLiteral("Item 2, field \"aftersale_id\"");
        QTest::newRow("duplicate id")
            << secondItem(R"("aftersale_id": 1)") << QStringLiteral("appears twice");
        QTest::newRow("missing order")
            << secondItem(R"("order_id": null)") << QStringLiteral("Item 2, field \"order_id\"");
        QTest::newRow("order as list")
            << secondItem(R"("order_id": [1, 2])") << QStringLiteral("Item 2, field \"order_id\"");
        QTest::newRow("unknown type")
            << secondItem(R"("aftersale_type": 99)") << QStringLiteral("Item 2, field \"aftersale_type\"");
        QTest::newRow("type as bool")
            << secondItem(R"("aftersale_type": true)") << QStringLiteral("Item 2, field \"aftersale_type\"");
        QTest::newRow("unknown status") << secondItem(R"("aftersale_status": 999)")
                                        << QStringLiteral("Item 2, field \"aftersale_status\"");
        QTest::newRow("unknown reason")
            << secondItem(R"("reason": "bored")") << QStringLiteral("Item 2, field \"reason\"");
        QTest::newRow("time as text")
            << secondItem(R"("apply_time": "yesterday")") << QStringLiteral("Item 2, field \"apply_time\"");
        QTest::newRow("time without offset") << secondItem(R"("apply_time": "2026-11-26T09:00:00")")
                                             << QStringLiteral("Item 2, field \"apply_time\"");
        QTest::newRow("time in the future") << secondItem(R"("apply_time": "2027-01-01T00:00:00Z")")
                                            << QStringLiteral("Item 2, field \"apply_time\"");
        QTest::newRow("time huge") << secondItem(R"("apply_time": 1e19)")
                                   << QStringLiteral("Item 2, field \"apply_time\"");
        QTest::newRow("negative refund")
            << secondItem(R"("refund_amount": -5)") << QStringLiteral("Item 2, field \"refund_amount\"");
        QTest::newRow("refund as text")
            << secondItem(R"("refund_amount": "lots")") << QStringLiteral("Item 2, field \"refund_amount\"");
        QTest::newRow("refund 1e30") << secondItem(R"("refund_amount": 1e30)")
                                     << QStringLiteral("Item 2, field \"refund_amount\"");
        QTest::newRow("flag out of range")
            << secondItem(R"("order_flag": 9)") << QStringLiteral("Item 2, field \"order_flag\"");
        QTest::newRow("bad tracking") << secondItem(R"("carrier": "shunfeng", "tracking_no": "SF12")")
                                      << QStringLiteral("Item 2, field \"tracking_no\"");
        QTest::newRow("tracking twice")
            << QByteArray("[" + good.left(good.size() - 1) +
                          R"(, "carrier": "shunfeng", "tracking_no": "SF1234567890123"}, )" +
                          secondItem(R"("carrier": "shunfeng", "tracking_no": "SF1234567890123")")
                              .mid(1 + good.size() + 2))
            << QStringLiteral("Item 2, field \"tracking_no\"");
        QTest::newRow("10 MB string")
            << secondItem("\"buyer_note\": \"" + QByteArray(10 * 1024 * 1024, 'x') + "\"")
            << QStringLiteral("Item 2, field \"buyer_note\"");
        QTest::newRow("10 MB nested string")
            << secondItem("\"order_info\": {\"product_name\": \"" + QByteArray(10 * 1024 * 1024, 'y') + "\"}")
            << QStringLiteral("Item 2, field \"product_name\"");
    }

    void import_malformed_refusedWithItemAndField_nothingWritten()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        TempDatabase t(testing::currentBackend());
        const Result<int> r = importer::importClaims(t.workbench(), json);
        QVERIFY(!r.ok());
        QCOMPARE(r.outcome.kind, Outcome::Kind::BadInput);
        QVERIFY2(r.outcome.message.contains(expected), qPrintable(r.outcome.message.left(300)));
        QCOMPARE(claimCount(t), 0);
        ++m_malformed;
    }

    void import_hugeFile_refusedBeforeReading()
    {
        const testing::TestDatabase db(testing::currentBackend());
        const QString path = db.dir() + QStringLiteral("/huge.json");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(300LL * 1024 * 1024)); // sparse: no disk used
        f.close();
        const auto r = cli(db, {QStringLiteral("--now"), t0, QStringLiteral("import"), path});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("larger than")), qPrintable(r.err));
        ++m_malformed;
    }

    void import_sqlLookingText_storedAsData()
    {
        TempDatabase t(testing::currentBackend());
        QJsonArray items;
        for (int i = 0; i < hostileTexts.size(); ++i)
            items.append(
                QJsonObject{{QStringLiteral("aftersale_id"), 100 + i},
                            {QStringLiteral("order_id"), hostileTexts[i]},
                            {QStringLiteral("aftersale_type"), 7},
                            {QStringLiteral("aftersale_status"), 6},
                            {QStringLiteral("apply_time"), QStringLiteral("2026-11-26T09:00:00+08:00")},
                            {QStringLiteral("buyer_note"), hostileTexts[i]},
                            {QStringLiteral("buyer_nickname"), hostileTexts[i]}});
        const Result<int> r = importer::importClaims(t.workbench(), QJsonDocument(items).toJson());
        QVERIFY2(r.ok(), qPrintable(r.outcome.message));
        for (int i = 0; i < hostileTexts.size(); ++i) {
            const Result<Claim> c = t.workbench().claim(100 + i);
            QVERIFY(c.ok());
            QCOMPARE(c->orderId, hostileTexts[i]);
            QCOMPARE(c->note, hostileTexts[i]);
            QCOMPARE(c->order.buyer, hostileTexts[i]);
        }
        QCOMPARE(claimCount(t), hostileTexts.size());
    }

    void searchAndNotes_hostileText_isData()
    {
        const testing::TestDatabase db(testing::currentBackend());
        QCOMPARE(cli(db, {QStringLiteral("--now"), t0, QStringLiteral("demo"), QStringLiteral("--count"),
                          QStringLiteral("40")})
                     .exitCode,
                 0);
        QStringList ids;
        for (int i = 0; i < hostileTexts.size(); ++i) {
            const QString order = QStringLiteral("69777%1").arg(i);
            QCOMPARE(cli(db, {QStringLiteral("--now"), t0, QStringLiteral("order"), QStringLiteral("add"),
                              QStringLiteral("--order"), order, QStringLiteral("--category"),
                              QStringLiteral("smart_home"), QStringLiteral("--amount"), QStringLiteral("100"),
                              QStringLiteral("--carrier"), QStringLiteral("shunfeng"),
                              QStringLiteral("--tracking"),
                              QStringLiteral("SF77700000000%1").arg(i, 2, 10, QLatin1Char('0')),
                              QStringLiteral("--buyer"), hostileTexts[i], QStringLiteral("--product"),
                              QStringLiteral("门锁 ") + hostileTexts[i]})
                         .exitCode,
                     0);
            const auto applied =
                cli(db, {QStringLiteral("--now"), t0, QStringLiteral("--json"), QStringLiteral("apply"),
                         QStringLiteral("--order"), order, QStringLiteral("--type"), QStringLiteral("reship"),
                         QStringLiteral("--reason"), QStringLiteral("other"), QStringLiteral("--note"),
                         hostileTexts[i]});
            QCOMPARE(applied.exitCode, 0);
            const QString id = QString::number(applied.json().value(QStringLiteral("id")).toInteger());
            ids << id;
            QCOMPARE(cli(db, {QStringLiteral("--now"), t0, QStringLiteral("remark"), id,
                              QStringLiteral("--text"), hostileTexts[i]})
                         .exitCode,
                     0);
            const QJsonObject shown =
                cli(db, {QStringLiteral("--now"), t0, QStringLiteral("--json"), QStringLiteral("show"), id})
                    .json();
            QCOMPARE(shown.value(QStringLiteral("remark")).toString(), hostileTexts[i]);
        }
        const int all =
            cli(db, {QStringLiteral("--now"), t0, QStringLiteral("--json"), QStringLiteral("list")})
                .json()
                .value(QStringLiteral("total"))
                .toInt();
        for (int i = 0; i < hostileTexts.size(); ++i) {
            const auto found = cli(db, {QStringLiteral("--now"), t0, QStringLiteral("--json"),
                                        QStringLiteral("list"), QStringLiteral("--limit"),
                                        QStringLiteral("0"), QStringLiteral("--search"), hostileTexts[i]});
            QCOMPARE(found.exitCode, 0);
            const int total = found.json().value(QStringLiteral("total")).toInt();
            // A pattern character matches itself, never everything.
            QVERIFY2(total < all, qPrintable(hostileTexts[i]));
            bool mine = false;
            for (const QJsonValue &v : found.json().value(QStringLiteral("items")).toArray())
                mine =
                    mine || QString::number(v.toObject().value(QStringLiteral("id")).toInteger()) == ids[i];
            QVERIFY2(mine || hostileTexts[i].size() < 3, qPrintable(hostileTexts[i]));
        }
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM claims")).toInt(), all);
        QCOMPARE(cli(db, {QStringLiteral("--now"), t0, QStringLiteral("check")}).exitCode, 0);
    }

    void cleanupTestCase() { qInfo("%d malformed inputs tried, each refused whole", m_malformed); }
};

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
