// File → Export list and Export claim history from the real window, on the bytes written:
// a CSV a person opens in Excel (the user's language, local time, yuan, every digit of a
// 19-digit id), JSON for scripts unchanged, the history as text without codes.
#include "claimformat.h"
#include "claimtablemodel.h"
#include "domain/names.h"
#include "filedialog.h"
#include "guitestbase.h"
#include "io/importer.h"
#include "io/trackingimport.h"
#include "mainwindow.h"
#include "settings.h"
#include "workbench.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace aftersales;
using namespace aftersales::ui;

namespace
{

const QString platformId = QStringLiteral("7300012345678901234");
const QString platformOrder = QStringLiteral("6930012345678905678");

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// What Excel shows of a cell written as ="…": the text inside.
QString excelText(const QString &cell)
{
    if (cell.startsWith(QLatin1String("=\"")) && cell.endsWith(QLatin1Char('"')))
        return cell.mid(2, cell.size() - 3);
    return cell;
}

} // namespace

class TestExport : public testing::GuiTestBase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void csvForAPerson_data();
    void csvForAPerson();
    void jsonForScriptsUnchanged();
    void historyTextWithoutCodes_data();
    void historyTextWithoutCodes();

private:
    // The window in `language` on the whole list (both claims).
    void openAll(const QString &language);

    qint64 m_exchange = 0;
};

void TestExport::initTestCase()
{
    initGui();
}

void TestExport::init()
{
    initFixture();
    m_db->addShippedOrder(QStringLiteral("DY7001"), 25990);
    m_exchange = m_db->applyFor(QStringLiteral("DY7001"), ClaimType::Exchange, Reason::WrongItem);
    m_db->clock().advance(60);
    QVERIFY(m_db->workbench().setFlag(m_exchange, 5, QStringLiteral("tester")).ok());
    QVERIFY(m_db->workbench()
                .setRemark(m_exchange, QStringLiteral("=HYPERLINK(\"x\")"), QStringLiteral("tester"))
                .ok());
    const QByteArray platform = QStringLiteral(R"({"items": [{"aftersale_id": "%1", "order_id": "%2",
        "aftersale_type": 7, "aftersale_status": 6, "apply_time": "2026-11-26T09:30:00+08:00",
        "reason": "never_received", "product_name": "小米智能门锁 Pro", "order_amount": 189905,
        "category": "smart_home", "buyer_nickname": "快乐的小鱼1024"}]})")
                                    .arg(platformId, platformOrder)
                                    .toUtf8();
    QVERIFY(importer::importClaims(m_db->workbench(), platform).ok());
}

void TestExport::cleanup()
{
    cleanupFixture();
}

void TestExport::openAll(const QString &language)
{
    openWindow({}, language);
    QVERIFY(triggerAction("actionQuickFilter_all"));
    QTRY_COMPARE(m_window->model()->rowCount(), 2);
}

void TestExport::csvForAPerson_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("zone");
    QTest::newRow("中文, Shanghai") << QStringLiteral("zh_CN") << QStringLiteral("Asia/Shanghai");
    QTest::newRow("English, New York") << QStringLiteral("en") << QStringLiteral("America/New_York");
}

void TestExport::csvForAPerson()
{
    QFETCH(QString, language);
    QFETCH(QString, zone);
    // The time zone the window shows times in (Settings).
    m_settings->timeZone().setValue(zone);
    openAll(language);
    QCOMPARE(ClaimFormat::timeZone().id(), zone.toUtf8());
    const QString path = QDir(m_db->dir()).filePath(QStringLiteral("导出.csv"));
    FileDialog::setNextFileName(path);
    QVERIFY(triggerAction("actionExport"));
    const QByteArray bytes = readAll(path);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(bytes.count("\r\n"), 3); // a header and two claims, CRLF
    QCOMPARE(bytes.count('\n'), bytes.count("\r\n"));
    const QList<QStringList> rows = trackingimport::parseCsv(QString::fromUtf8(bytes.mid(3)));
    QCOMPARE(rows.size(), 3);
    const QStringList header = rows.at(0);
    QCOMPARE(header.size(), 16);
    for (const QString &code :
         {QStringLiteral("order_id"), QStringLiteral("amount_cents"), QStringLiteral("tracking_no"),
          QStringLiteral("refund_cents"), QStringLiteral("id")})
        QVERIFY2(!header.contains(code), qPrintable(code));
    if (language == QLatin1String("en"))
        QCOMPARE(header.mid(0, 3),
                 (QStringList{QStringLiteral("Claim"), QStringLiteral("Order"), QStringLiteral("Type")}));
    auto column = [&](const char *source) {
        return header.indexOf(QCoreApplication::translate("aftersales::exporter", source));
    };
    QVERIFY(column("Amount (yuan)") > 0);

    // Deadline order: the reshipment (24 h review left) is not first; find each by its order.
    const QStringList *platformRow = nullptr;
    const QStringList *exchangeRow = nullptr;
    for (int i = 1; i < rows.size(); ++i)
        (excelText(rows.at(i).at(column("Order"))) == platformOrder ? platformRow : exchangeRow) =
            &rows.at(i);
    QVERIFY(platformRow && exchangeRow);

    // Ids as text Excel keeps whole: ="…" survives the round trip with all 19 digits.
    QCOMPARE(platformRow->at(column("Claim")), QStringLiteral("=\"%1\"").arg(platformId));
    QCOMPARE(excelText(platformRow->at(column("Claim"))), platformId);
    QCOMPARE(excelText(platformRow->at(column("Order"))), platformOrder);
    QVERIFY(bytes.contains(QStringLiteral("\"=\"\"%1\"\"\"").arg(platformId).toUtf8()));

    // Values in the user's language, not codes.
    QCOMPARE(platformRow->at(column("Type")), names::typeLabel(ClaimType::Reship));
    QCOMPARE(platformRow->at(column("Reason")), names::reasonLabel(Reason::NeverReceived));
    QCOMPARE(platformRow->at(column("Status")), names::statusLabel(ClaimStatus::PendingReview));
    QCOMPARE(exchangeRow->at(column("Type")), names::typeLabel(ClaimType::Exchange));
    QCOMPARE(exchangeRow->at(column("Flag")), names::flagLabel(5));
    if (language == QLatin1String("zh_CN")) {
        QCOMPARE(exchangeRow->at(column("Type")), QStringLiteral("换货"));
        QCOMPARE(platformRow->at(column("Status")), QStringLiteral("待商家处理"));
    }
    // Yuan with two decimals, a number to Excel.
    QCOMPARE(platformRow->at(column("Amount (yuan)")), QStringLiteral("1899.05"));
    QCOMPARE(exchangeRow->at(column("Amount (yuan)")), QStringLiteral("259.90"));
    QCOMPARE(exchangeRow->at(column("Refunded (yuan)")), QStringLiteral("0.00"));
    // Local time in the window's zone, no UTC "Z".
    const QDateTime applied = QDateTime::fromString(QStringLiteral("2026-11-26T09:30:00+08:00"), Qt::ISODate);
    QCOMPARE(platformRow->at(column("Applied")),
             applied.toTimeZone(QTimeZone(zone.toUtf8())).toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    QVERIFY(!bytes.contains("Z\r\n") && !bytes.contains("Z,"));
    // A remark Excel would run stays text.
    QCOMPARE(exchangeRow->at(column("Remark")), QStringLiteral("'=HYPERLINK(\"x\")"));
}

void TestExport::jsonForScriptsUnchanged()
{
    openAll(QStringLiteral("zh_CN"));
    const QString path = QDir(m_db->dir()).filePath(QStringLiteral("list.json"));
    FileDialog::setNextFileName(path);
    QVERIFY(triggerAction("actionExport"));
    const QJsonObject doc = QJsonDocument::fromJson(readAll(path)).object();
    QCOMPARE(doc.value(QStringLiteral("total")).toInt(), 2);
    const QJsonArray items = doc.value(QStringLiteral("items")).toArray();
    bool seen = false;
    for (const QJsonValue &v : items) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("order_id")).toString() != platformOrder)
            continue;
        seen = true;
        QCOMPARE(o.value(QStringLiteral("type")).toString(), QStringLiteral("reship"));
        QCOMPARE(o.value(QStringLiteral("amount_cents")).toInteger(), 189905);
        QVERIFY(o.value(QStringLiteral("applied_at")).toString().endsWith(QLatin1Char('Z')));
    }
    QVERIFY(seen);
}

void TestExport::historyTextWithoutCodes_data()
{
    addLanguageRows();
}

void TestExport::historyTextWithoutCodes()
{
    QFETCH(QString, language);
    openAll(language);
    QVERIFY(m_window->selectClaim(m_exchange));
    QTRY_VERIFY(action("actionExportTimeline")->isEnabled());
    const QString path = QDir(m_db->dir()).filePath(QStringLiteral("claim.txt"));
    FileDialog::setNextFileName(path);
    QVERIFY(triggerAction("actionExportTimeline"));
    const QString text = QString::fromUtf8(readAll(path));
    QVERIFY(!text.isEmpty());
    QVERIFY2(!text.contains(QStringLiteral("exchange/wrong_item")), qPrintable(text));
    QVERIFY(text.contains(names::typeLabel(ClaimType::Exchange) + QStringLiteral(" · ") +
                          names::reasonLabel(Reason::WrongItem)));
    // The flag event names its colour.
    const QString flagLine =
        text.split(QLatin1Char('\n')).filter(names::actionLabel(QStringLiteral("flag"))).value(0);
    QVERIFY2(flagLine.endsWith(names::flagLabel(5)), qPrintable(flagLine));
    if (language == QLatin1String("zh_CN"))
        QVERIFY(text.contains(QStringLiteral("换货 · ")));
}

QTEST_MAIN(TestExport)
#include "tst_export.moc"
