// The aftersales-platform-sim program: it prints the one line tests read the port from,
// serves signed calls there, prints the demo's connection lines, and keeps the secret
// and tokens out of everything it writes.
#include "simclient.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace aftersales::platformsim::testing;

class TestPlatformSimProcess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demo_listensAndServes();
    void badOptions_refused();
};

void TestPlatformSimProcess::demo_listensAndServes()
{
    QProcess sim;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("AFTERSALES_SIM_APP_SECRET"), QStringLiteral("s3cret-from-env"));
    sim.setProcessEnvironment(env);
    sim.start(QStringLiteral(AFTERSALES_PLATFORM_SIM),
              {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--demo"), QStringLiteral("120"),
               QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--now"),
               QStringLiteral("2026-11-26T10:00:00+08:00"), QStringLiteral("--app-key"),
               QStringLiteral("k-test")});
    QVERIFY(sim.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(sim.canReadLine(), 20000);
    const QString first = QString::fromUtf8(sim.readLine()).trimmed();
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("^listening on http://127\\.0\\.0\\.1:(\\d+)$")).match(first);
    QVERIFY2(m.hasMatch(), qPrintable(first));
    const QUrl base(QStringLiteral("http://127.0.0.1:%1").arg(m.captured(1)));

    SimClient client(base, QStringLiteral("k-test"), "s3cret-from-env");
    client.setNow(1795658400); // --now
    const QString token = client.createToken();
    QVERIFY(!token.isEmpty());
    const Reply list = client.call(QStringLiteral("afterSale/List"),
                                   {{QStringLiteral("page"), 1}, {QStringLiteral("size"), 100}});
    QCOMPARE(list.code(), 10000);
    QCOMPARE(list.data().value(QStringLiteral("total")).toInt(), 120);
    QCOMPARE(list.data().value(QStringLiteral("has_more")).toBool(), false);

    sim.terminate();
    QVERIFY(sim.waitForFinished(10000));
    const QByteArray out = first.toUtf8() + sim.readAllStandardOutput();
    const QByteArray err = sim.readAllStandardError();
    const QByteArray connect =
        "aftersales platform connect --app-key k-test --shop-id 10086 --base-url " + base.toString().toUtf8();
    QVERIFY2(out.contains(connect), out.constData());
    // The secret came from the environment: it is no demo secret, so it is not printed.
    QVERIFY(out.contains("AFTERSALES_APP_SECRET=<your secret>"));
    QVERIFY(err.contains("token.create 10000"));
    QVERIFY(err.contains("afterSale.List 10000"));
    for (const QByteArray &written : {out, err}) {
        QVERIFY(!written.contains("s3cret-from-env"));
        QVERIFY(!written.contains(token.toUtf8()));
    }
}

void TestPlatformSimProcess::badOptions_refused()
{
    for (const QStringList &args : {QStringList{QStringLiteral("--now"), QStringLiteral("yesterday")},
                                    QStringList{QStringLiteral("--port"), QStringLiteral("70000")},
                                    QStringList{QStringLiteral("--latency-ms"), QStringLiteral("fast")}}) {
        QProcess sim;
        sim.start(QStringLiteral(AFTERSALES_PLATFORM_SIM), args);
        QVERIFY(sim.waitForFinished(10000));
        QCOMPARE(sim.exitCode(), 2);
        QVERIFY(sim.readAllStandardOutput().isEmpty());
        QVERIFY(!sim.readAllStandardError().isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestPlatformSimProcess)
#include "tst_platformsim_process.moc"
