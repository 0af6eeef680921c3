// The buyer withdraws a claim that is before the platform (RULES.md §7), through the real
// command line: the exit code, the claim, its audit trail and the quick-filter counts.
#include "clirunner.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTest>

namespace
{

const QString t0 = QStringLiteral("2026-11-26T10:00:00+08:00");

// t0 plus `minutes`, as the ISO text the command line takes.
QString after(int minutes)
{
    return QDateTime::fromString(t0, Qt::ISODate)
        .addSecs(minutes * 60)
        .toOffsetFromUtc(8 * 3600)
        .toString(Qt::ISODate);
}

QStringList words(const QString &line)
{
    return line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

class TestCliWithdraw : public QObject
{
    Q_OBJECT

private:
    // `aftersales --now … <line>` must succeed; returns its --json answer.
    QJsonObject run(const CliRunner &cli, int minute, const QString &line)
    {
        const CliRunner::Run r = cli.json(after(minute), words(line));
        if (r.exitCode != 0)
            qWarning() << line << "->" << r.exitCode << r.err;
        return r.json();
    }

    int total(const CliRunner &cli, int minute, const QString &quick)
    {
        return run(cli, minute, QStringLiteral("list --quick ") + quick)
            .value(QStringLiteral("total"))
            .toInt(-1);
    }

private Q_SLOTS:
    void initTestCase_data() { aftersales::testing::addBackendRows(); }
    void init() { AFTERSALES_FETCH_BACKEND(backend); }

    void cancel_beforeThePlatform_endsTheDispute_data()
    {
        QTest::addColumn<QStringList>("setup"); // the claim is id 1
        QTest::addColumn<QString>("disputed");  // its status before the withdrawal

        // The issue's own commands.
        QTest::newRow("reship never_received in_arbitration")
            << QStringList{QStringLiteral("order add --order O1 --category smart_home --amount 990 --carrier "
                                          "shunfeng --tracking SF8749968241247 --shipped-at "
                                          "2026-10-25T06:46:51+08:00"),
                           QStringLiteral("apply --order O1 --type reship --reason never_received"),
                           QStringLiteral("reject 1 --reason-code other")}
            << QStringLiteral("in_arbitration");

        const QString shipped = QStringLiteral("order add --order O1 --category %1 --amount 990 --carrier "
                                               "shunfeng --tracking SF8749968241247 --shipped-at "
                                               "2026-10-25T06:46:51+08:00");
        const QString unshipped = QStringLiteral("order add --order O1 --category apparel --amount 990");
        struct Row {
            const char *type;
            QString order;
        };
        for (const Row &row : {Row{"reship", shipped.arg(QStringLiteral("smart_home"))},
                               Row{"exchange", shipped.arg(QStringLiteral("apparel"))},
                               Row{"return_refund", shipped.arg(QStringLiteral("apparel"))},
                               Row{"refund_shipped", shipped.arg(QStringLiteral("apparel"))},
                               Row{"refund_unshipped", unshipped}}) {
            QTest::addRow("%s platform_intervention", row.type)
                << QStringList{row.order,
                               QStringLiteral("apply --order O1 --type %1 --reason other")
                                   .arg(QLatin1String(row.type)),
                               QStringLiteral("reject 1 --reason-code other"),
                               QStringLiteral("buyer escalate 1")}
                << QStringLiteral("platform_intervention");
        }
    }

    void cancel_beforeThePlatform_endsTheDispute()
    {
        QFETCH(QStringList, setup);
        QFETCH(QString, disputed);
        CliRunner cli(aftersales::testing::currentBackend());
        int minute = 0;
        for (const QString &line : setup)
            run(cli, minute++, line);
        // A second claim in arbitration, which the withdrawal must leave alone.
        run(cli, minute++,
            QStringLiteral("order add --order O2 --category smart_home --amount 990 --carrier shunfeng "
                           "--tracking SF8749968241248 --shipped-at 2026-10-25T06:46:51+08:00"));
        QCOMPARE(run(cli, minute++, QStringLiteral("apply --order O2 --type reship --reason never_received"))
                     .value(QStringLiteral("id"))
                     .toInteger(),
                 2);
        run(cli, minute++, QStringLiteral("reject 2 --reason-code delivered"));

        QCOMPARE(run(cli, minute, QStringLiteral("show 1")).value(QStringLiteral("status")).toString(),
                 disputed);
        QCOMPARE(total(cli, minute, QStringLiteral("platform")), 2);
        QCOMPARE(total(cli, minute, QStringLiteral("all")), 2);

        ++minute;
        const CliRunner::Run cancel = cli.at(after(minute), words(QStringLiteral("buyer cancel 1")));
        QVERIFY2(cancel.exitCode == 0, qPrintable(cancel.err));

        const QJsonObject claim = run(cli, minute, QStringLiteral("show 1"));
        QCOMPARE(claim.value(QStringLiteral("status")).toString(), QStringLiteral("cancelled"));
        QVERIFY(claim.value(QStringLiteral("deadline")).isNull());
        const QJsonObject last = claim.value(QStringLiteral("events")).toArray().last().toObject();
        QCOMPARE(last.value(QStringLiteral("actor")).toString(), QStringLiteral("buyer"));
        QCOMPARE(last.value(QStringLiteral("action")).toString(), QStringLiteral("cancel"));
        QCOMPARE(last.value(QStringLiteral("from")).toString(), disputed);
        QCOMPARE(last.value(QStringLiteral("to")).toString(), QStringLiteral("cancelled"));
        QCOMPARE(QDateTime::fromString(last.value(QStringLiteral("at")).toString(), Qt::ISODate),
                 QDateTime::fromString(after(minute), Qt::ISODate));

        QCOMPARE(total(cli, minute, QStringLiteral("platform")), 1);
        QCOMPARE(total(cli, minute, QStringLiteral("all")), 2);
        const QJsonArray left = run(cli, minute, QStringLiteral("list --quick platform"))
                                    .value(QStringLiteral("items"))
                                    .toArray();
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.first().toObject().value(QStringLiteral("id")).toInteger(), 2);
        QCOMPARE(run(cli, minute, QStringLiteral("show 2")).value(QStringLiteral("status")).toString(),
                 QStringLiteral("in_arbitration"));

        // The dispute is over: the platform has nothing left to decide, and the trail adds up.
        const CliRunner::Run decide =
            cli.at(after(minute), words(QStringLiteral("platform decide 1 --for buyer")));
        QCOMPARE(decide.exitCode, 1);
        QCOMPARE(cli.at(after(minute), words(QStringLiteral("buyer cancel 1"))).exitCode, 1);
        const CliRunner::Run check = cli.at(after(minute), {QStringLiteral("check")});
        QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
    }
};

QTEST_GUILESS_MAIN(TestCliWithdraw)
#include "tst_cli_withdraw.moc"
