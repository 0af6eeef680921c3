// The command line for a merchant's day two: batch tracking numbers from a CSV, flags and
// remarks in the list and export, a claim's timeline as text, --version.
#include "clirunner.h"
#include "io/trackingimport.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QTest>

namespace
{

const QString t0 = QStringLiteral("2026-11-26T10:00:00+08:00");
const QString t1 = QStringLiteral("2026-11-26T12:00:00+08:00");

QStringList args(std::initializer_list<const char *> words)
{
    QStringList out;
    for (const char *w : words)
        out << QString::fromUtf8(w);
    return out;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

class TestCliMerchant : public QObject
{
    Q_OBJECT

private:
    // An approved reshipment on order `order`; returns its id.
    qint64 awaitingShipment(const CliRunner &cli, const QString &order)
    {
        auto added = cli.at(t0, QStringList{QStringLiteral("order"), QStringLiteral("add"),
                                            QStringLiteral("--order"), order, QStringLiteral("--category"),
                                            QStringLiteral("smart_home"), QStringLiteral("--amount"),
                                            QStringLiteral("25900"), QStringLiteral("--carrier"),
                                            QStringLiteral("shunfeng"), QStringLiteral("--tracking"),
                                            QStringLiteral("SF1000000000001"), QStringLiteral("--shipped-at"),
                                            QStringLiteral("2026-11-20T10:00:00+08:00")});
        if (added.exitCode != 0)
            qWarning() << added.err;
        auto applied = cli.json(t0, QStringList{QStringLiteral("apply"), QStringLiteral("--order"), order,
                                                QStringLiteral("--type"), QStringLiteral("reship"),
                                                QStringLiteral("--reason"), QStringLiteral("missing_items")});
        const qint64 id = applied.json().value(QStringLiteral("id")).toInteger();
        if (cli.at(t0, QStringList{QStringLiteral("approve"), QString::number(id)}).exitCode != 0)
            qWarning() << "approve failed";
        return id;
    }

    QString statusOf(const CliRunner &cli, qint64 id)
    {
        return cli.json(t1, QStringList{QStringLiteral("show"), QString::number(id)})
            .json()
            .value(QStringLiteral("status"))
            .toString();
    }

private Q_SLOTS:
    void initTestCase_data() { aftersales::testing::addBackendRows(); }
    void init() { AFTERSALES_FETCH_BACKEND(backend); }

    void shipFrom_badRowRefusesWholeFile_skipBadShipsTheRest()
    {
        CliRunner cli(aftersales::testing::currentBackend());
        const qint64 a = awaitingShipment(cli, QStringLiteral("6921"));
        const qint64 b = awaitingShipment(cli, QStringLiteral("6922"));
        const QString file = cli.dir() + QStringLiteral("/tracking.csv");
        QVERIFY(writeFile(file, QStringLiteral("售后单号,快递公司,物流单号\r\n%1,顺丰,SF1000000000002\r\n"
                                               "%2,圆通,YT123\r\n99,圆通,YT1000000000003\r\n")
                                    .arg(a)
                                    .arg(b)
                                    .toUtf8()));
        auto refused = cli.at(t1, QStringList{QStringLiteral("ship"), QStringLiteral("--from"), file});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY(refused.err.contains(QStringLiteral("--skip-bad")));
        QVERIFY(refused.out.contains(QStringLiteral("YT123")));
        QCOMPARE(statusOf(cli, a), QStringLiteral("awaiting_shipment"));

        auto dry = cli.json(t1, QStringList{QStringLiteral("ship"), QStringLiteral("--from"), file,
                                            QStringLiteral("--skip-bad"), QStringLiteral("--dry-run")});
        QCOMPARE(dry.exitCode, 2);
        QCOMPARE(dry.json().value(QStringLiteral("applied")).toInt(), 0);
        QCOMPARE(statusOf(cli, a), QStringLiteral("awaiting_shipment"));

        auto skipped = cli.json(t1, QStringList{QStringLiteral("ship"), QStringLiteral("--from"), file,
                                                QStringLiteral("--skip-bad")});
        QCOMPARE(skipped.exitCode, 0);
        const QJsonObject doc = skipped.json();
        QCOMPARE(doc.value(QStringLiteral("applied")).toInt(), 1);
        QCOMPARE(doc.value(QStringLiteral("skipped")).toInt(), 2);
        const QJsonArray rows = doc.value(QStringLiteral("rows")).toArray();
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[0].toObject().value(QStringLiteral("state")).toString(), QStringLiteral("ok"));
        QCOMPARE(rows[0].toObject().value(QStringLiteral("line")).toInt(), 2);
        QCOMPARE(rows[1].toObject().value(QStringLiteral("state")).toString(),
                 QStringLiteral("wrong_format"));
        QCOMPARE(rows[2].toObject().value(QStringLiteral("state")).toString(),
                 QStringLiteral("unknown_claim"));
        QCOMPARE(statusOf(cli, a), QStringLiteral("shipped"));
        QCOMPARE(statusOf(cli, b), QStringLiteral("awaiting_shipment"));
    }

    void shipFrom_gb18030AllGood_exitZero()
    {
        CliRunner cli(aftersales::testing::currentBackend());
        const qint64 a = awaitingShipment(cli, QStringLiteral("6931"));
        awaitingShipment(cli, QStringLiteral("6932"));
        const QString file = cli.dir() + QStringLiteral("/excel.csv");
        const QString csv = QStringLiteral("订单号,快递公司,物流单号\r\n6931,极兔速递,JT1000000000001\r\n"
                                           "6932,中通快递,73100000000001\r\n");
        QVERIFY(writeFile(file, aftersales::trackingimport::encodeGb18030(csv)));
        auto run = cli.json(t1, QStringList{QStringLiteral("ship"), QStringLiteral("--from"), file});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json().value(QStringLiteral("applied")).toInt(), 2);
        QCOMPARE(run.json().value(QStringLiteral("encoding")).toString(), QStringLiteral("GB18030"));
        QCOMPARE(statusOf(cli, a), QStringLiteral("shipped"));
        // The same file again: every number is now used, so it is refused as a rule (1).
        auto again = cli.at(t1, QStringList{QStringLiteral("ship"), QStringLiteral("--from"), file});
        QCOMPARE(again.exitCode, 1);
    }

    void shipFrom_usage()
    {
        CliRunner cli(aftersales::testing::currentBackend());
        const qint64 a = awaitingShipment(cli, QStringLiteral("6941"));
        QCOMPARE(cli.at(t1, QStringList{QStringLiteral("ship"), QString::number(a), QStringLiteral("--from"),
                                        QStringLiteral("x.csv")})
                     .exitCode,
                 2);
        QCOMPARE(cli.at(t1, QStringList{QStringLiteral("ship"), QStringLiteral("--from"),
                                        cli.dir() + QStringLiteral("/missing.csv")})
                     .exitCode,
                 2);
        QCOMPARE(
            cli.at(t1, QStringList{QStringLiteral("ship"), QString::number(a), QStringLiteral("--skip-bad")})
                .exitCode,
            2);
    }

    void flag_listAndExportFilter()
    {
        CliRunner cli(aftersales::testing::currentBackend());
        const qint64 a = awaitingShipment(cli, QStringLiteral("6951"));
        const qint64 b = awaitingShipment(cli, QStringLiteral("6952"));
        QCOMPARE(cli.at(t1, QStringList{QStringLiteral("flag"), QString::number(a), QStringLiteral("--set"),
                                        QStringLiteral("5")})
                     .exitCode,
                 0);
        QCOMPARE(cli.at(t1, QStringList{QStringLiteral("flag"), QString::number(b), QStringLiteral("--set"),
                                        QStringLiteral("9")})
                     .exitCode,
                 2);
        QCOMPARE(cli.at(t1, QStringList{QStringLiteral("remark"), QString::number(a),
                                        QStringLiteral("--text"), QStringLiteral("催仓库, \"加急\"")})
                     .exitCode,
                 0);
        auto red = cli.json(t1, args({"list", "--flag", "5"}));
        QCOMPARE(red.exitCode, 0);
        QCOMPARE(red.json().value(QStringLiteral("total")).toInt(), 1);
        const QJsonObject item = red.json().value(QStringLiteral("items")).toArray().first().toObject();
        QCOMPARE(item.value(QStringLiteral("id")).toInteger(), a);
        QCOMPARE(item.value(QStringLiteral("flag")).toInt(), 5);
        QCOMPARE(cli.json(t1, args({"list", "--flag", "0"})).json().value(QStringLiteral("total")).toInt(),
                 1);
        QCOMPARE(cli.at(t1, args({"list", "--flag", "red"})).exitCode, 2);
        auto shown = cli.json(t1, QStringList{QStringLiteral("show"), QString::number(a)}).json();
        const QJsonArray events = shown.value(QStringLiteral("events")).toArray();
        QCOMPARE(events.at(events.size() - 2).toObject().value(QStringLiteral("action")).toString(),
                 QStringLiteral("flag"));

        const QString csv = cli.dir() + QStringLiteral("/red.csv");
        QCOMPARE(cli.at(t1, QStringList{QStringLiteral("export"), csv, QStringLiteral("--flag"),
                                        QStringLiteral("5")})
                     .exitCode,
                 0);
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QString text = QString::fromUtf8(bytes.mid(3));
        QCOMPARE(text.count(QStringLiteral("\r\n")), 2); // header + one claim
        QVERIFY(text.contains(QStringLiteral("\"催仓库, \"\"加急\"\"\"")));
    }

    void export_csvForAPersonInChinese()
    {
        CliRunner cli;
        cli.setEnvironment(QStringLiteral("LANG"), QStringLiteral("zh_CN.UTF-8"));
        cli.setEnvironment(QStringLiteral("LC_ALL"), QStringLiteral("zh_CN.UTF-8"));
        cli.setEnvironment(QStringLiteral("TZ"), QStringLiteral("Asia/Shanghai"));
        awaitingShipment(cli, QStringLiteral("6930012345678901234"));
        const QString csv = cli.dir() + QStringLiteral("/导出.csv");
        QCOMPARE(cli.at(t1, QStringList{QStringLiteral("export"), csv}).exitCode, 0);
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(bytes.count("\r\n"), 2);
        const QList<QStringList> rows = aftersales::trackingimport::parseCsv(QString::fromUtf8(bytes.mid(3)));
        QCOMPARE(rows.size(), 2);
        const QStringList &row = rows.at(1);
        // The 19-digit order id as text, the type and status in Chinese, yuan, local time.
        QCOMPARE(row.at(1), QStringLiteral("=\"6930012345678901234\""));
        QCOMPARE(row.at(2), QStringLiteral("补寄"));
        QCOMPARE(row.at(4), QStringLiteral("待商家发货"));
        QCOMPARE(row.at(5), QStringLiteral("2026-11-26 10:00"));
        QCOMPARE(row.at(9), QStringLiteral("259.00"));
        QCOMPARE(row.at(10), QString()); // not shipped yet
        // JSON keeps the codes for scripts.
        const QString json = cli.dir() + QStringLiteral("/list.json");
        QCOMPARE(cli.at(t1, QStringList{QStringLiteral("export"), json}).exitCode, 0);
        QFile j(json);
        QVERIFY(j.open(QIODevice::ReadOnly));
        QVERIFY(j.readAll().contains("\"reship\""));
    }

    void show_textWritesTheTimeline()
    {
        CliRunner cli(aftersales::testing::currentBackend());
        const qint64 a = awaitingShipment(cli, QStringLiteral("6961"));
        const QString file = cli.dir() + QStringLiteral("/timeline.txt");
        auto run = cli.at(
            t1, QStringList{QStringLiteral("show"), QString::number(a), QStringLiteral("--text"), file});
        QCOMPARE(run.exitCode, 0);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QVERIFY(text.contains(QStringLiteral("6961")));
        QVERIFY(text.contains(QStringLiteral("History")) || text.contains(QStringLiteral("历史")));
        QCOMPARE(text.count(QLatin1Char('\n')) > 10, true);
        QCOMPARE(cli.at(t1, QStringList{QStringLiteral("show"), QString::number(a), QStringLiteral("--text"),
                                        QStringLiteral("/nonexistent/dir/x.txt")})
                     .exitCode,
                 2);
    }

    void version()
    {
        CliRunner cli(aftersales::testing::currentBackend());
        auto run = cli.raw(QStringList{QStringLiteral("--version")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith(QStringLiteral("aftersales ")));
    }
};

QTEST_GUILESS_MAIN(TestCliMerchant)
#include "tst_cli_merchant.moc"
