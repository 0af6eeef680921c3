// Batch tracking numbers: encodings, CSV, the preview's states and the all-or-nothing apply.
#include "domain/rules.h"
#include "io/trackingimport.h"
#include "tempdatabase.h"
#include "workbench.h"

#include <QTest>

using namespace aftersales;
using namespace aftersales::trackingimport;
using aftersales::testing::TempDatabase;

class TestTrackingImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { testing::addBackendRows(); }
    void init();
    void cleanup();

    void decodesUtf8WithAndWithoutBom();
    void decodesGb18030AsExcelSavesIt();
    void refusesUndecodableBytes();
    void parsesQuotedFieldsAndLineNumbers();
    void parsesTabsAndSemicolons();
    void recognisesChineseAndEnglishHeaders_data();
    void recognisesChineseAndEnglishHeaders();
    void refusesFileWithoutHeader();
    void previewMarksEveryState();
    void orderIdFindsTheClaimAwaitingShipment();
    void carrierFromChineseNameOrDetected();
    void excelArtefactsAreCleanedOrNamed();
    void repeatedRowKeepsTheFirst();
    void applyShipsGoodRowsInOneTransaction();
    void applyIsAllOrNothing();
    void gb18030FileRoundTrip();

private:
    qint64 awaitingShipment(const QString &orderId);

    std::unique_ptr<TempDatabase> m_db;
};

void TestTrackingImport::init()
{
    AFTERSALES_FETCH_BACKEND(backend);
    m_db = std::make_unique<TempDatabase>(backend);
}

void TestTrackingImport::cleanup()
{
    m_db.reset();
}

qint64 TestTrackingImport::awaitingShipment(const QString &orderId)
{
    return m_db->awaitingShipment(orderId);
}

void TestTrackingImport::decodesUtf8WithAndWithoutBom()
{
    const QString text = QStringLiteral("售后单号,快递公司,物流单号\r\n1,顺丰,SF1000000000001\r\n");
    QString encoding;
    Result<QString> plain = decode(text.toUtf8(), &encoding);
    QVERIFY(plain.ok());
    QCOMPARE(*plain, text);
    QCOMPARE(encoding, QStringLiteral("UTF-8"));
    Result<QString> bom = decode("\xEF\xBB\xBF" + text.toUtf8(), &encoding);
    QVERIFY(bom.ok());
    QCOMPARE(*bom, text); // the BOM is not part of the first header
    QCOMPARE(encoding, QStringLiteral("UTF-8 (BOM)"));
}

void TestTrackingImport::decodesGb18030AsExcelSavesIt()
{
    const QString text = QStringLiteral("售后单号,快递公司,物流单号\r\n1,极兔速递,JT1000000000001\r\n");
    const QByteArray gb = encodeGb18030(text);
    QVERIFY(!gb.isEmpty());
    QVERIFY(gb != text.toUtf8());
    QCOMPARE(gb.left(4), QByteArray("\xCA\xDB\xBA\xF3")); // 售后 in GB18030
    QString encoding;
    Result<QString> back = decode(gb, &encoding);
    QVERIFY(back.ok());
    QCOMPARE(*back, text);
    QCOMPARE(encoding, QStringLiteral("GB18030"));
}

void TestTrackingImport::refusesUndecodableBytes()
{
    // 0x80 alone and 0xFF are invalid in both UTF-8 and GB18030.
    Result<QString> r = decode(QByteArray("a,b\n\xFF\xFF\x80", 8));
    QVERIFY(!r.ok());
    QCOMPARE(r.outcome.kind, Outcome::Kind::BadInput);
}

void TestTrackingImport::parsesQuotedFieldsAndLineNumbers()
{
    QList<int> lines;
    const QList<QStringList> records = parseCsv(
        QStringLiteral("a,b,c\r\n\"1,2\",\"say \"\"hi\"\"\",x\r\n\"multi\nline\",y,z\r\n\r\nlast,,\n"),
        &lines);
    QCOMPARE(records.size(), 4);
    QCOMPARE(records.at(1),
             (QStringList{QStringLiteral("1,2"), QStringLiteral("say \"hi\""), QStringLiteral("x")}));
    QCOMPARE(records.at(2).first(), QStringLiteral("multi\nline"));
    QCOMPARE(records.at(3), (QStringList{QStringLiteral("last"), QString(), QString()}));
    QCOMPARE(lines, (QList<int>{1, 2, 3, 6}));
}

void TestTrackingImport::parsesTabsAndSemicolons()
{
    QCOMPARE(parseCsv(QStringLiteral("a\tb\n1\t2\n")).at(1),
             (QStringList{QStringLiteral("1"), QStringLiteral("2")}));
    QCOMPARE(parseCsv(QStringLiteral("a;b\n1;2\n")).at(1),
             (QStringList{QStringLiteral("1"), QStringLiteral("2")}));
}

void TestTrackingImport::recognisesChineseAndEnglishHeaders_data()
{
    QTest::addColumn<QString>("header");
    QTest::newRow("chinese") << QStringLiteral("售后单号,快递公司,物流单号");
    QTest::newRow("english") << QStringLiteral("claim_id,carrier,tracking_no");
    QTest::newRow("spaced english") << QStringLiteral("Claim ID, Carrier , Tracking Number");
    QTest::newRow("order and waybill") << QStringLiteral("订单号,物流公司,运单号");
    QTest::newRow("no carrier column") << QStringLiteral("售后单号,物流单号");
}

void TestTrackingImport::recognisesChineseAndEnglishHeaders()
{
    QFETCH(QString, header);
    const qint64 id = awaitingShipment(QStringLiteral("DY3001"));
    const int columns = int(header.count(QLatin1Char(','))) + 1;
    const QString key =
        header.startsWith(QStringLiteral("订单")) ? QStringLiteral("DY3001") : QString::number(id);
    const QString row = columns == 3 ? key + QStringLiteral(",shunfeng,SF1000000000001")
                                     : key + QStringLiteral(",SF1000000000001");
    Result<Preview> p =
        preview(m_db->workbench(), (header + QStringLiteral("\n") + row + QLatin1Char('\n')).toUtf8());
    QVERIFY2(p.ok(), qPrintable(p.outcome.message));
    QCOMPARE(p->rows.size(), 1);
    QVERIFY2(p->rows.first().state == RowState::Ok, qPrintable(p->rows.first().message));
    QCOMPARE(p->rows.first().claimId, id);
    QCOMPARE(p->rows.first().carrier, QStringLiteral("shunfeng"));
}

void TestTrackingImport::refusesFileWithoutHeader()
{
    Result<Preview> p = preview(m_db->workbench(), QByteArray("1,shunfeng,SF1000000000001\n"));
    QVERIFY(!p.ok());
    QVERIFY(p.outcome.message.contains(QStringLiteral("物流单号")));
    QVERIFY(!preview(m_db->workbench(), QByteArray()).ok());
}

void TestTrackingImport::previewMarksEveryState()
{
    const qint64 a = awaitingShipment(QStringLiteral("DY3001"));
    const qint64 b = awaitingShipment(QStringLiteral("DY3002"));
    const qint64 c = awaitingShipment(QStringLiteral("DY3003"));
    const Order used = m_db->addShippedOrder(QStringLiteral("DY3004"));
    const qint64 pending = m_db->applyFor(QStringLiteral("DY3004"), ClaimType::Reship, Reason::MissingItems);
    // Another claim already carries SF1000000000009.
    const qint64 shipped = awaitingShipment(QStringLiteral("DY3005"));
    QVERIFY(m_db->ship(shipped, QStringLiteral("shunfeng"), QStringLiteral("SF1000000000009")).ok());
    const Result<Claim> claimC = m_db->workbench().claim(c);

    const QString csv = QStringLiteral("售后单号,快递公司,物流单号\n"
                                       "%1,顺丰速运,SF1000000000001\n"  // 2 ok
                                       "%2,shunfeng,SF12\n"             // 3 wrong format
                                       "%3,shunfeng,SF1000000000002\n"  // 4 not awaiting shipment
                                       "999,shunfeng,SF1000000000003\n" // 5 unknown claim
                                       "%4,shunfeng,SF1000000000009\n"  // 6 already used
                                       "%5,yuantong,YT1000000000001\n"  // 7 same number on two claims
                                       "%4,yuantong,YT1000000000001\n"  // 8 (also claim b twice)
                                       "%6,shunfeng,%7\n")              // 9 the original order's number
                            .arg(a)
                            .arg(b)
                            .arg(pending)
                            .arg(b)
                            .arg(c)
                            .arg(c)
                            .arg(claimC->order.trackingNo);
    Result<Preview> p = preview(m_db->workbench(), csv.toUtf8());
    QVERIFY2(p.ok(), qPrintable(p.outcome.message));
    QCOMPARE(p->rows.size(), 8);
    const QList<RowState> expected{
        RowState::Ok,        RowState::WrongFormat, RowState::NotAwaitingShipment, RowState::UnknownClaim,
        RowState::Duplicate, RowState::Duplicate,   RowState::Duplicate,           RowState::Duplicate};
    for (int i = 0; i < expected.size(); ++i) {
        const Row &r = p->rows.at(i);
        QCOMPARE(r.line, i + 2);
        QVERIFY2(
            r.state == expected.at(i),
            qPrintable(QStringLiteral("line %1: %2 (%3)").arg(r.line).arg(stateName(r.state), r.message)));
        QCOMPARE(r.message.isEmpty(), r.state == RowState::Ok);
    }
    QCOMPARE(p->okCount(), 1);
    QCOMPARE(p->badCount(), 7);
    QVERIFY(p->rows.at(4).message.contains(QString::number(shipped)));
    Q_UNUSED(used);
}

void TestTrackingImport::orderIdFindsTheClaimAwaitingShipment()
{
    const qint64 id = awaitingShipment(QStringLiteral("DY3001"));
    m_db->addShippedOrder(QStringLiteral("DY3002"));
    const qint64 pending = m_db->applyFor(QStringLiteral("DY3002"), ClaimType::Reship, Reason::MissingItems);
    Result<Preview> p = preview(m_db->workbench(), QStringLiteral("订单号,快递公司,物流单号\n"
                                                                  "DY3001,中通,73100000000001\n"
                                                                  "DY3002,中通,73100000000002\n"
                                                                  "DY9999,中通,73100000000003\n")
                                                       .toUtf8());
    QVERIFY(p.ok());
    QCOMPARE(p->rows.at(0).state, RowState::Ok);
    QCOMPARE(p->rows.at(0).claimId, id);
    QCOMPARE(p->rows.at(0).carrier, QStringLiteral("zhongtong"));
    QCOMPARE(p->rows.at(1).state, RowState::NotAwaitingShipment);
    QCOMPARE(p->rows.at(1).claimId, pending);
    QCOMPARE(p->rows.at(2).state, RowState::UnknownClaim);
}

void TestTrackingImport::carrierFromChineseNameOrDetected()
{
    const qint64 a = awaitingShipment(QStringLiteral("DY3001"));
    const qint64 b = awaitingShipment(QStringLiteral("DY3002"));
    const qint64 c = awaitingShipment(QStringLiteral("DY3003"));
    Result<Preview> p = preview(m_db->workbench(), QStringLiteral("售后单号,快递公司,物流单号\n"
                                                                  "%1,极兔速递,JT1000000000001\n"
                                                                  "%2,,YT1000000000001\n"
                                                                  "%3,火星快递,YT1000000000002\n")
                                                       .arg(a)
                                                       .arg(b)
                                                       .arg(c)
                                                       .toUtf8());
    QVERIFY(p.ok());
    QCOMPARE(p->rows.at(0).carrier, QStringLiteral("jtexpress"));
    QCOMPARE(p->rows.at(1).carrier, QStringLiteral("yuantong"));
    QCOMPARE(p->rows.at(1).state, RowState::Ok);
    QCOMPARE(p->rows.at(2).state, RowState::WrongFormat);
    QVERIFY(p->rows.at(2).message.contains(QStringLiteral("火星快递")));
}

void TestTrackingImport::excelArtefactsAreCleanedOrNamed()
{
    const qint64 a = awaitingShipment(QStringLiteral("DY3001"));
    awaitingShipment(QStringLiteral("6901234567890123456"));
    Result<Preview> p = preview(m_db->workbench(), QStringLiteral("售后单号,订单号,快递公司,物流单号\n"
                                                                  "%1,,shunfeng,=\"sf 1000000000001\"\n"
                                                                  ",6.90123E+18,yunda,431000000000001\n"
                                                                  ",,,\n")
                                                       .arg(a)
                                                       .toUtf8());
    QVERIFY(p.ok());
    QCOMPARE(p->rows.size(), 2); // the row of empty cells is not a row
    QCOMPARE(p->rows.at(0).state, RowState::Ok);
    QCOMPARE(p->rows.at(0).trackingNo, QStringLiteral("SF1000000000001"));
    QCOMPARE(p->rows.at(1).state, RowState::WrongFormat);
    QVERIFY(p->rows.at(1).message.contains(QStringLiteral("6.90123E+18")));
}

void TestTrackingImport::repeatedRowKeepsTheFirst()
{
    const qint64 a = awaitingShipment(QStringLiteral("DY3001"));
    Result<Preview> p = preview(m_db->workbench(), QStringLiteral("claim_id,carrier,tracking_no\n"
                                                                  "%1,shunfeng,SF1000000000001\n"
                                                                  "%1,shunfeng,SF1000000000001\n")
                                                       .arg(a)
                                                       .toUtf8());
    QVERIFY(p.ok());
    QCOMPARE(p->rows.at(0).state, RowState::Ok);
    QCOMPARE(p->rows.at(1).state, RowState::Duplicate);
    QVERIFY(p->rows.at(1).message.contains(QStringLiteral("2")));
}

void TestTrackingImport::applyShipsGoodRowsInOneTransaction()
{
    const qint64 a = awaitingShipment(QStringLiteral("DY3001"));
    const qint64 b = awaitingShipment(QStringLiteral("DY3002"));
    m_db->addShippedOrder(QStringLiteral("DY3003"));
    const qint64 pending = m_db->applyFor(QStringLiteral("DY3003"), ClaimType::Reship, Reason::MissingItems);
    Result<Preview> p = preview(m_db->workbench(), QStringLiteral("售后单号,快递公司,物流单号\n"
                                                                  "%1,顺丰,SF1000000000001\n"
                                                                  "%2,圆通,YT1000000000001\n"
                                                                  "%3,圆通,YT1000000000002\n")
                                                       .arg(a)
                                                       .arg(b)
                                                       .arg(pending)
                                                       .toUtf8());
    QVERIFY(p.ok());
    QCOMPARE(p->okCount(), 2);
    QList<qint64> signalled;
    connect(&m_db->workbench(), &Workbench::claimsChanged, this,
            [&](const QList<qint64> &ids) { signalled += ids; });
    Result<int> n = apply(m_db->workbench(), *p, QStringLiteral("仓库"));
    QVERIFY2(n.ok(), qPrintable(n.outcome.message));
    QCOMPARE(*n, 2);
    QCOMPARE(signalled, (QList<qint64>{a, b}));
    QCOMPARE(m_db->workbench().claim(a)->status, ClaimStatus::Shipped);
    QCOMPARE(m_db->workbench().claim(a)->trackingNo, QStringLiteral("SF1000000000001"));
    QCOMPARE(m_db->workbench().claim(b)->carrier, QStringLiteral("yuantong"));
    QCOMPARE(m_db->workbench().claim(pending)->status, ClaimStatus::PendingReview);
    const QList<Event> events = *m_db->workbench().events(a);
    QCOMPARE(events.last().action, QStringLiteral("ship"));
    QCOMPARE(events.last().actor, m_db->actorFor(QStringLiteral("仓库")));
}

void TestTrackingImport::applyIsAllOrNothing()
{
    const qint64 a = awaitingShipment(QStringLiteral("DY3001"));
    const qint64 b = awaitingShipment(QStringLiteral("DY3002"));
    Result<Preview> p = preview(m_db->workbench(), QStringLiteral("售后单号,快递公司,物流单号\n"
                                                                  "%1,顺丰,SF1000000000001\n"
                                                                  "%2,顺丰,SF1000000000002\n")
                                                       .arg(a)
                                                       .arg(b)
                                                       .toUtf8());
    QVERIFY(p.ok());
    QCOMPARE(p->okCount(), 2);
    // Between preview and apply, someone ships b by hand: the batch is refused whole.
    QVERIFY(m_db->ship(b, QStringLiteral("yuantong"), QStringLiteral("YT1000000000009"),
                       QStringLiteral("someone"))
                .ok());
    Result<int> n = apply(m_db->workbench(), *p, QStringLiteral("仓库"));
    QVERIFY(!n.ok());
    QCOMPARE(n.outcome.kind, Outcome::Kind::Conflict);
    QCOMPARE(m_db->workbench().claim(a)->status, ClaimStatus::AwaitingShipment);
    QVERIFY(m_db->workbench().claim(a)->trackingNo.isEmpty());

    // A cancelled apply writes nothing either.
    Result<Preview> again =
        preview(m_db->workbench(), QStringLiteral("售后单号,物流单号\n%1,SF1000000000001\n").arg(a).toUtf8());
    QVERIFY(again.ok());
    Result<int> cancelled =
        apply(m_db->workbench(), *again, QStringLiteral("仓库"), [](int, int) { return false; });
    QVERIFY(!cancelled.ok());
    QCOMPARE(m_db->workbench().claim(a)->status, ClaimStatus::AwaitingShipment);
}

void TestTrackingImport::gb18030FileRoundTrip()
{
    const qint64 a = awaitingShipment(QStringLiteral("DY3001"));
    const QString csv =
        QStringLiteral("售后单号,快递公司,物流单号\r\n%1,京东物流,JDVA10000000001\r\n").arg(a);
    const QList<QByteArray> files{encodeGb18030(csv), QByteArray("\xEF\xBB\xBF") + csv.toUtf8(),
                                  csv.toUtf8()};
    for (const QByteArray &bytes : files) {
        Result<Preview> p = preview(m_db->workbench(), bytes);
        QVERIFY2(p.ok(), qPrintable(p.outcome.message));
        QCOMPARE(p->rows.size(), 1);
        QVERIFY2(p->rows.first().state == RowState::Ok, qPrintable(p->rows.first().message));
        QCOMPARE(p->rows.first().carrier, QStringLiteral("jd"));
    }
}

QTEST_GUILESS_MAIN(TestTrackingImport)
#include "tst_trackingimport.moc"
