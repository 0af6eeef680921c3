#include "clirunner.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

namespace
{

const QString t0 = QStringLiteral("2026-11-26T10:00:00+08:00");

// t0 plus `seconds`, as the ISO text the command line takes.
QString after(qint64 seconds)
{
    return QDateTime::fromString(t0, Qt::ISODate)
        .addSecs(seconds)
        .toOffsetFromUtc(8 * 3600)
        .toString(Qt::ISODate);
}

constexpr qint64 h = 3600;

QStringList statuses(const QJsonObject &claim)
{
    QStringList out;
    for (const QJsonValue &e : claim.value(QStringLiteral("events")).toArray())
        out << e.toObject().value(QStringLiteral("action")).toString() + QLatin1Char(':') +
                   e.toObject().value(QStringLiteral("to")).toString();
    return out;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    // A shipped smart-home order and a claim on it; returns the claim id.
    qint64 claimOn(const CliRunner &cli, const QString &order, const QString &type, const QString &reason,
                   const QString &category = QStringLiteral("smart_home"))
    {
        auto added =
            cli.at(t0, {QStringLiteral("order"), QStringLiteral("add"), QStringLiteral("--order"), order,
                        QStringLiteral("--category"), category, QStringLiteral("--amount"),
                        QStringLiteral("25900"), QStringLiteral("--carrier"), QStringLiteral("shunfeng"),
                        QStringLiteral("--tracking"), QStringLiteral("SF1000000000001"),
                        QStringLiteral("--shipped-at"), QStringLiteral("2026-11-20T10:00:00+08:00")});
        if (added.exitCode != 0)
            qWarning() << added.err;
        auto applied = cli.json(t0, {QStringLiteral("apply"), QStringLiteral("--order"), order,
                                     QStringLiteral("--type"), type, QStringLiteral("--reason"), reason});
        if (applied.exitCode != 0)
            qWarning() << applied.err;
        return applied.json().value(QStringLiteral("id")).toInteger();
    }

private Q_SLOTS:
    void initTestCase_data() { aftersales::testing::addBackendRows(); }
    void init() { AFTERSALES_FETCH_BACKEND(backend); }

    void help_everyCommandHasHelp()
    {
        CliRunner cli(aftersales::testing::currentBackend());
        auto top = cli.raw({QStringLiteral("--help")});
        QCOMPARE(top.exitCode, 0);
        for (const char *command :
             {"init", "demo", "order add", "apply", "approve", "reject", "ship", "buyer cancel",
              "buyer modify", "buyer escalate", "buyer confirm", "buyer return", "platform decide", "list",
              "show", "sweep", "import", "export"}) {
            QVERIFY2(top.out.contains(QLatin1String(command)), command);
            QStringList args = QString::fromLatin1(command).split(QLatin1Char(' '));
            args << QStringLiteral("--help");
            auto help = cli.raw(args);
            QCOMPARE(help.exitCode, 0);
            QVERIFY2(help.out.contains(QStringLiteral("Usage:")), command);
        }
        QCOMPARE(cli.raw({QStringLiteral("--version")}).exitCode, 0);
        QCOMPARE(cli.raw({}).exitCode, 2);
        QCOMPARE(cli.raw({QStringLiteral("frobnicate")}).exitCode, 2);
    }

    void reshipment_happyPath_auditTrailAtTrueTimes()
    {
        CliRunner cli(aftersales::testing::currentBackend());
        const qint64 id =
            claimOn(cli, QStringLiteral("6911"), QStringLiteral("reship"), QStringLiteral("missing_items"));
        QVERIFY(id > 0);
        QCOMPARE(cli.at(after(2 * h), {QStringLiteral("approve"), QString::number(id)}).exitCode, 0);
        // The original order's number: refused by the rule (1); a malformed one: bad input (2).
        auto same = cli.at(after(3 * h), {QStringLiteral("ship"), QString::number(id),
                                          QStringLiteral("--carrier"), QStringLiteral("shunfeng"),
                                          QStringLiteral("--tracking"), QStringLiteral("SF1000000000001")});
        QCOMPARE(same.exitCode, 1);
        QVERIFY(same.err.contains(QStringLiteral("original")));
        auto malformed = cli.at(after(3 * h), {QStringLiteral("ship"), QString::number(id),
                                               QStringLiteral("--carrier"), QStringLiteral("shunfeng"),
                                               QStringLiteral("--tracking"), QStringLiteral("SF12345")});
        QCOMPARE(malformed.exitCode, 2);
        QCOMPARE(cli.at(after(3 * h), {QStringLiteral("ship"), QString::number(id),
                                       QStringLiteral("--carrier"), QStringLiteral("shunfeng"),
                                       QStringLiteral("--tracking"), QStringLiteral("SF1000000000002")})
                     .exitCode,
                 0);
        QCOMPARE(
            cli.at(after(30 * h), {QStringLiteral("buyer"), QStringLiteral("confirm"), QString::number(id)})
                .exitCode,
            0);
        auto shown = cli.json(after(31 * h), {QStringLiteral("show"), QString::number(id)});
        QCOMPARE(shown.exitCode, 0);
        const QJsonObject c = shown.json();
        QCOMPARE(c.value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
        QCOMPARE(c.value(QStringLiteral("tracking_no")).toString(), QStringLiteral("SF1000000000002"));
        QCOMPARE(c.value(QStringLiteral("carrier")).toString(), QStringLiteral("shunfeng"));
        QVERIFY(c.value(QStringLiteral("deadline")).isNull());
        QCOMPARE(
            statuses(c),
            (QStringList{QStringLiteral("apply:pending_review"), QStringLiteral("approve:awaiting_shipment"),
                         QStringLiteral("ship:shipped"), QStringLiteral("confirm:completed")}));
        const QJsonArray events = c.value(QStringLiteral("events")).toArray();
        QCOMPARE(events[0].toObject().value(QStringLiteral("at")).toString(),
                 QStringLiteral("2026-11-26T02:00:00Z"));
        QCOMPARE(events[1].toObject().value(QStringLiteral("actor")).toString(), QStringLiteral("tester"));
        QCOMPARE(events[3].toObject().value(QStringLiteral("actor")).toString(), QStringLiteral("buyer"));
    }

    void reshipment_failureEndings_data()
    {
        QTest::addColumn<QString>("reason");
        QTest::addColumn<qint64>("lookAt");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QStringList>("trail");
        QTest::addColumn<int>("compensation");
        const QStringList approved{QStringLiteral("apply:pending_review"),
                                   QStringLiteral("auto_approve:awaiting_shipment")};
        QTest::newRow("47:59:59 still under review")
            << "other" << 48 * h - 1 << "pending_review"
            << QStringList{QStringLiteral("apply:pending_review")} << 0;
        QTest::newRow("48:00:00 auto-approved") << "other" << 48 * h << "awaiting_shipment" << approved << 0;
        QTest::newRow("95:59:59 still awaiting shipment")
            << "other" << 96 * h - 1 << "awaiting_shipment" << approved << 0;
        QTest::newRow("96:00:00 never_received refunded")
            << "never_received" << 96 * h << "refunded"
            << (approved + QStringList{QStringLiteral("late_shipment:refunded")}) << 300;
        QTest::newRow("96:00:00 missing_items ship_overdue")
            << "missing_items" << 96 * h << "ship_overdue"
            << (approved + QStringList{QStringLiteral("late_shipment:ship_overdue")}) << 300;
        QTest::newRow("144:00:00 buyer window lapsed, closed")
            << "other" << 144 * h << "closed"
            << (approved + QStringList{QStringLiteral("late_shipment:ship_overdue"),
                                       QStringLiteral("window_lapsed:closed")})
            << 300;
    }

    void reshipment_failureEndings()
    {
        QFETCH(QString, reason);
        QFETCH(qint64, lookAt);
        QFETCH(QString, status);
        QFETCH(QStringList, trail);
        QFETCH(int, compensation);
        CliRunner cli(aftersales::testing::currentBackend());
        const qint64 id = claimOn(cli, QStringLiteral("6922"), QStringLiteral("reship"), reason);
        // The program was closed all along: `show` brings it up to date with the steps at their deadlines.
        auto shown = cli.json(after(lookAt), {QStringLiteral("show"), QString::number(id)});
        QCOMPARE(shown.exitCode, 0);
        const QJsonObject c = shown.json();
        QCOMPARE(c.value(QStringLiteral("status")).toString(), status);
        QCOMPARE(statuses(c), trail);
        QCOMPARE(c.value(QStringLiteral("compensation_cents")).toInt(), compensation);
        const QJsonArray events = c.value(QStringLiteral("events")).toArray();
        for (int i = 1; i < events.size(); ++i) {
            const QString at = events[i].toObject().value(QStringLiteral("at")).toString();
            const qint64 offset =
                QDateTime::fromString(t0, Qt::ISODate).secsTo(QDateTime::fromString(at, Qt::ISODate));
            QCOMPARE(offset, qint64(48 * h * i));
        }
        if (status == QLatin1String("refunded"))
            QCOMPARE(c.value(QStringLiteral("refund_cents")).toInt(), 25900);
    }

    void reviewWindow_lapsedAtDeadline_refusalNamesTheWindow()
    {
        CliRunner cli(aftersales::testing::currentBackend());
        const qint64 id =
            claimOn(cli, QStringLiteral("6925"), QStringLiteral("reship"), QStringLiteral("other"));
        // At 48:00:00 the claim was approved automatically: rejecting now is too late.
        auto late = cli.at(after(48 * h), {QStringLiteral("reject"), QString::number(id),
                                           QStringLiteral("--reason-code"), QStringLiteral("other")});
        QCOMPARE(late.exitCode, 1);
        QVERIFY2(late.err.contains(QStringLiteral("review window is closed")), qPrintable(late.err));
        auto json = cli.json(after(48 * h), {QStringLiteral("reject"), QString::number(id),
                                             QStringLiteral("--reason-code"), QStringLiteral("other")});
        QCOMPARE(
            json.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("rule")).toString(),
            QStringLiteral("review_window_closed"));
    }

    void reject_neverReceived_goesToArbitration_thenPlatformDecides()
    {
        CliRunner cli(aftersales::testing::currentBackend());
        const qint64 id =
            claimOn(cli, QStringLiteral("6933"), QStringLiteral("reship"), QStringLiteral("never_received"));
        auto rejected = cli.json(after(h), {QStringLiteral("reject"), QString::number(id),
                                            QStringLiteral("--reason-code"), QStringLiteral("delivered")});
        QCOMPARE(rejected.exitCode, 0);
        QCOMPARE(rejected.json().value(QStringLiteral("status")).toString(),
                 QStringLiteral("in_arbitration"));
        QVERIFY(rejected.json().value(QStringLiteral("deadline")).isNull());
        auto decided =
            cli.json(after(5 * h), {QStringLiteral("platform"), QStringLiteral("decide"), QString::number(id),
                                    QStringLiteral("--for"), QStringLiteral("buyer")});
        QCOMPARE(decided.exitCode, 0);
        QCOMPARE(decided.json().value(QStringLiteral("status")).toString(),
                 QStringLiteral("awaiting_shipment"));
        QCOMPARE(decided.json().value(QStringLiteral("deadline")).toString(),
                 QStringLiteral("2026-11-28T07:00:00Z"));
    }

    void reject_otherReason_buyerModifiesOrEscalates()
    {
        CliRunner cli(aftersales::testing::currentBackend());
        const qint64 a =
            claimOn(cli, QStringLiteral("6941"), QStringLiteral("reship"), QStringLiteral("other"));
        const qint64 b =
            claimOn(cli, QStringLiteral("6942"), QStringLiteral("reship"), QStringLiteral("missing_items"));
        for (qint64 id : {a, b})
            QCOMPARE(cli.at(after(h), {QStringLiteral("reject"), QString::number(id),
                                       QStringLiteral("--reason-code"), QStringLiteral("out_of_stock"),
                                       QStringLiteral("--note"), QStringLiteral("缺货，已与买家沟通")})
                         .exitCode,
                     0);
        auto modified =
            cli.json(after(2 * h), {QStringLiteral("buyer"), QStringLiteral("modify"), QString::number(a)});
        QCOMPARE(modified.json().value(QStringLiteral("status")).toString(),
                 QStringLiteral("pending_review"));
        QCOMPARE(modified.json().value(QStringLiteral("deadline")).toString(),
                 QStringLiteral("2026-11-28T04:00:00Z"));
        auto escalated =
            cli.json(after(2 * h), {QStringLiteral("buyer"), QStringLiteral("escalate"), QString::number(b)});
        QCOMPARE(escalated.json().value(QStringLiteral("status")).toString(),
                 QStringLiteral("platform_intervention"));
        // The merchant cannot decide for the platform: refused by a rule.
        QCOMPARE(cli.at(after(3 * h), {QStringLiteral("approve"), QString::number(b)}).exitCode, 1);
    }

    void badInput_exitTwo_nothingChanged_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("unknown claim") << QStringList{QStringLiteral("approve"), QStringLiteral("999")};
        QTest::newRow("not a claim id") << QStringList{QStringLiteral("show"), QStringLiteral("abc")};
        QTest::newRow("unknown reject code")
            << QStringList{QStringLiteral("reject"), QStringLiteral("1"), QStringLiteral("--reason-code"),
                           QStringLiteral("because")};
        QTest::newRow("unknown carrier") << QStringList{
            QStringLiteral("ship"),   QStringLiteral("1"),          QStringLiteral("--carrier"),
            QStringLiteral("pigeon"), QStringLiteral("--tracking"), QStringLiteral("SF1000000000009")};
        QTest::newRow("unknown quick filter")
            << QStringList{QStringLiteral("list"), QStringLiteral("--quick"), QStringLiteral("someday")};
        QTest::newRow("unknown type")
            << QStringList{QStringLiteral("apply"),  QStringLiteral("--order"), QStringLiteral("6951"),
                           QStringLiteral("--type"), QStringLiteral("gift"),    QStringLiteral("--reason"),
                           QStringLiteral("other")};
        QTest::newRow("reason for another type") << QStringList{
            QStringLiteral("apply"),         QStringLiteral("--order"),          QStringLiteral("6951"),
            QStringLiteral("--type"),        QStringLiteral("refund_unshipped"), QStringLiteral("--reason"),
            QStringLiteral("never_received")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("list"), QStringLiteral("--colour")};
        QTest::newRow("negative amount") << QStringList{
            QStringLiteral("order"),    QStringLiteral("add"),        QStringLiteral("--order"),
            QStringLiteral("x"),        QStringLiteral("--category"), QStringLiteral("smart_home"),
            QStringLiteral("--amount"), QStringLiteral("-5")};
        QTest::newRow("malformed import")
            << QStringList{QStringLiteral("import"), QStringLiteral("/nonexistent.json")};
    }

    void badInput_exitTwo_nothingChanged()
    {
        QFETCH(QStringList, args);
        CliRunner cli(aftersales::testing::currentBackend());
        const qint64 id =
            claimOn(cli, QStringLiteral("6951"), QStringLiteral("reship"), QStringLiteral("other"));
        QCOMPARE(id, 1);
        const QString before = cli.json(after(h), {QStringLiteral("list")}).out;
        auto r = cli.json(after(h), args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.trimmed().isEmpty());
        QCOMPARE(cli.json(after(h), {QStringLiteral("list")}).out, before);
    }

    void clock_malformedOrBehind_refused()
    {
        CliRunner cli(aftersales::testing::currentBackend());
        claimOn(cli, QStringLiteral("6961"), QStringLiteral("reship"), QStringLiteral("other"));
        QCOMPARE(cli.at(QStringLiteral("yesterday"), {QStringLiteral("list")}).exitCode, 2);
        QCOMPARE(cli.at(QStringLiteral("2026-11-26T10:00:00"), {QStringLiteral("list")}).exitCode, 2);
        auto behind = cli.at(after(-1), {QStringLiteral("list")});
        QCOMPARE(behind.exitCode, 2);
        QVERIFY(behind.err.contains(QStringLiteral("behind")));
    }

    void list_json_shape_order_and_quickFilters()
    {
        CliRunner cli(aftersales::testing::currentBackend());
        const qint64 reship =
            claimOn(cli, QStringLiteral("6971"), QStringLiteral("reship"), QStringLiteral("other"));
        const qint64 refund = claimOn(cli, QStringLiteral("6972"), QStringLiteral("refund_shipped"),
                                      QStringLiteral("quality_issue"), QStringLiteral("apparel"));
        const qint64 exchange = claimOn(cli, QStringLiteral("6973"), QStringLiteral("exchange"),
                                        QStringLiteral("wrong_item"), QStringLiteral("apparel"));
        QCOMPARE(cli.at(after(h), {QStringLiteral("approve"), QString::number(exchange)}).exitCode, 0);
        auto all = cli.json(after(2 * h), {QStringLiteral("list")});
        QCOMPARE(all.exitCode, 0);
        QCOMPARE(all.json().value(QStringLiteral("total")).toInt(), 3);
        const QJsonArray items = all.json().value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 3);
        for (const char *field : {"id", "order_id", "type", "reason", "status", "deadline", "carrier",
                                  "tracking_no", "refund_cents", "compensation_cents"})
            QVERIFY2(items[0].toObject().contains(QLatin1String(field)), field);
        QVERIFY(!items[0].toObject().contains(QStringLiteral("events")));
        // Soonest deadline first: the two under review (apply+48h, by id), then the exchange (approve+168h).
        QCOMPARE(items[0].toObject().value(QStringLiteral("id")).toInteger(), reship);
        QCOMPARE(items[1].toObject().value(QStringLiteral("id")).toInteger(), refund);
        QCOMPARE(items[2].toObject().value(QStringLiteral("id")).toInteger(), exchange);
        auto limited =
            cli.json(after(2 * h), {QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("1")});
        QCOMPARE(limited.json().value(QStringLiteral("total")).toInt(), 3);
        QCOMPARE(limited.json().value(QStringLiteral("items")).toArray().size(), 1);
        auto pending = cli.json(after(2 * h), {QStringLiteral("list"), QStringLiteral("--quick"),
                                               QStringLiteral("exchange_reship_pending")});
        QCOMPARE(pending.json().value(QStringLiteral("total")).toInt(), 1);
        auto byType = cli.json(after(2 * h), {QStringLiteral("list"), QStringLiteral("--type"),
                                              QStringLiteral("refund_shipped")});
        QCOMPARE(byType.json().value(QStringLiteral("total")).toInt(), 1);
        auto search = cli.json(after(2 * h),
                               {QStringLiteral("list"), QStringLiteral("--search"), QStringLiteral("697")});
        QCOMPARE(search.json().value(QStringLiteral("total")).toInt(), 3);
        auto human = cli.at(after(2 * h), {QStringLiteral("list")});
        QCOMPARE(human.exitCode, 0);
        QVERIFY(human.out.contains(QStringLiteral("6971")));
    }

    void sweep_printsWhatChanged_once()
    {
        CliRunner cli(aftersales::testing::currentBackend());
        claimOn(cli, QStringLiteral("6981"), QStringLiteral("reship"), QStringLiteral("other"));
        auto first = cli.json(after(48 * h), {QStringLiteral("sweep")});
        QCOMPARE(first.exitCode, 0);
        const QJsonArray applied = first.json().value(QStringLiteral("applied")).toArray();
        QCOMPARE(applied.size(), 1);
        QCOMPARE(applied[0].toObject().value(QStringLiteral("action")).toString(),
                 QStringLiteral("auto_approve"));
        auto second = cli.json(after(48 * h), {QStringLiteral("sweep")});
        QCOMPARE(second.json().value(QStringLiteral("applied")).toArray().size(), 0);
    }

    void storage_lockedDatabase_exitThree()
    {
        CliRunner cli(aftersales::testing::currentBackend());
        const qint64 id =
            claimOn(cli, QStringLiteral("6991"), QStringLiteral("reship"), QStringLiteral("other"));
        if (cli.database().isPostgres()) {
            // Another session holds the claims locked longer than the busy timeout (5 s).
            QVERIFY(cli.database().exec(QStringLiteral("BEGIN")));
            QVERIFY(cli.database().exec(QStringLiteral("LOCK TABLE claims IN ACCESS EXCLUSIVE MODE")));
            auto r = cli.raw({QStringLiteral("--db"), cli.db(), QStringLiteral("--now"), after(h),
                              QStringLiteral("approve"), QString::number(id)});
            QCOMPARE(r.exitCode, 3);
            QVERIFY2(r.err.contains(QStringLiteral("busy")), qPrintable(r.err));
            QVERIFY(cli.database().exec(QStringLiteral("ROLLBACK")));
        } else {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
            db.setDatabaseName(cli.db());
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
            auto r = cli.raw({QStringLiteral("--db"), cli.db(), QStringLiteral("--now"), after(h),
                              QStringLiteral("approve"), QString::number(id)});
            QCOMPARE(r.exitCode, 3);
            QVERIFY(r.err.contains(QStringLiteral("busy")));
            QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("holder"));
        auto shown = cli.json(after(h), {QStringLiteral("show"), QString::number(id)});
        QCOMPARE(shown.json().value(QStringLiteral("status")).toString(), QStringLiteral("pending_review"));
    }

    void demo_sameSeedSameData()
    {
        CliRunner a(aftersales::testing::currentBackend());
        CliRunner b(aftersales::testing::currentBackend());
        QCOMPARE(a.at(t0, {QStringLiteral("demo"), QStringLiteral("--count"), QStringLiteral("300"),
                           QStringLiteral("--seed"), QStringLiteral("42")})
                     .exitCode,
                 0);
        QCOMPARE(b.at(t0, {QStringLiteral("demo"), QStringLiteral("--count"), QStringLiteral("300"),
                           QStringLiteral("--seed"), QStringLiteral("42")})
                     .exitCode,
                 0);
        const QStringList list{QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("0")};
        const auto la = a.json(t0, list);
        QCOMPARE(la.json().value(QStringLiteral("total")).toInt(), 300);
        QCOMPARE(la.out, b.json(t0, list).out);
        QSet<QString> seen;
        for (const QJsonValue &v : la.json().value(QStringLiteral("items")).toArray())
            seen.insert(v.toObject().value(QStringLiteral("status")).toString());
        QVERIFY2(seen.size() >= 12, qPrintable(QStringList(seen.begin(), seen.end()).join(QLatin1Char(','))));
    }

    void importExport_roundTrip_allOrNothing()
    {
        CliRunner cli(aftersales::testing::currentBackend());
        const QString good = cli.dir() + QStringLiteral("/good.json");
        QFile f(good);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"data": {"items": [
            {"aftersale_info": {"aftersale_id": 7001, "aftersale_type": 7, "aftersale_status": 6,
                                "apply_time": "2026-11-26T09:00:00+08:00", "reason": "一直未收到货"},
             "order_info": {"shop_order_id": "6900000000000007001", "product_name": "智能门锁", "order_amount": 99900,
                            "category": "smart_home"}},
            {"aftersale_id": 7002, "order_id": "6900000000000007002", "aftersale_type": 0, "aftersale_status": 12,
             "apply_time": "2026-11-25T10:00:00+08:00", "refund_amount": 5000}
        ]}})");
        f.close();
        auto imported = cli.json(t0, {QStringLiteral("import"), good});
        QCOMPARE(imported.exitCode, 0);
        QCOMPARE(imported.json().value(QStringLiteral("imported")).toInt(), 2);
        auto shown = cli.json(t0, {QStringLiteral("show"), QStringLiteral("7001")});
        QCOMPARE(shown.json().value(QStringLiteral("reason")).toString(), QStringLiteral("never_received"));
        QCOMPARE(shown.json().value(QStringLiteral("status")).toString(), QStringLiteral("pending_review"));
        // The same file again: duplicate ids, refused whole.
        auto again = cli.json(t0, {QStringLiteral("import"), good});
        QCOMPARE(again.exitCode, 2);
        QVERIFY(again.err.contains(QStringLiteral("aftersale_id")));
        const QString bad = cli.dir() + QStringLiteral("/bad.json");
        QFile b(bad);
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write(R"([{"aftersale_id": 7003, "order_id": "1", "aftersale_type": 7, "aftersale_status": 6,
                     "apply_time": 1764122400}, {"aftersale_id": 7004, "order_id": "2", "aftersale_type": 99}])");
        b.close();
        auto refused = cli.json(t0, {QStringLiteral("import"), bad});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY(refused.err.contains(QStringLiteral("Item 2")));
        QCOMPARE(cli.json(t0, {QStringLiteral("list")}).json().value(QStringLiteral("total")).toInt(), 2);

        const QString csv = cli.dir() + QStringLiteral("/out.csv");
        QCOMPARE(cli.at(t0, {QStringLiteral("export"), csv}).exitCode, 0);
        QFile out(csv);
        QVERIFY(out.open(QIODevice::ReadOnly));
        const QByteArray bytes = out.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(QString::fromUtf8(bytes).contains(QStringLiteral("智能门锁")));
        QCOMPARE(bytes.count("\r\n"), 3);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
