// The real keyring (QtKeychain) where there is none: without a session bus, and with a bus
// that accepts and never answers (which blocks the thread that asks). Either way it must
// answer "unavailable" within its deadline, write nothing in plain text, and leave the
// caller's event loop running. Each case runs in a process of its own (the session bus
// connection is per process): the test starts itself again with the case's name.
#include "platform/credentials.h"
#include "platform/systemkeyring.h"

#include <QDir>
#include <QElapsedTimer>
#include <QLocalServer>
#include <QLocalSocket>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace aftersales::platform;

class TestPlatformSystemKeyring : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void withoutSessionBus_unavailableAtOnce();
    void silentBus_unavailableAtDeadline_loopKeepsRunning();

private:
    QTemporaryDir m_home;
};

void TestPlatformSystemKeyring::initTestCase()
{
    // Wherever QtKeychain's plaintext fallback would write, it would write here.
    qputenv("HOME", m_home.path().toUtf8());
    qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
    qunsetenv(credentials::secretVariable);
}

void TestPlatformSystemKeyring::withoutSessionBus_unavailableAtOnce()
{
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/aftersales-test-bus");
    SystemKeyring keyring(QStringLiteral("aftersales-test"), 2000);

    std::optional<KeyringAnswer> read;
    keyring.read(QStringLiteral("k"), [&](const KeyringAnswer &a) { read = a; });
    QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 10000);
    QCOMPARE(read->status, KeyringAnswer::Status::Unavailable);
    QVERIFY(!read->detail.isEmpty());
    QVERIFY(keyring.knownUnavailable());

    std::optional<bool> stored;
    keyring.write(QStringLiteral("k"), QStringLiteral("s3cr3t-value"),
                  [&](bool ok, const QString &) { stored = ok; });
    QVERIFY(stored.has_value()); // known unavailable: answered before returning
    QVERIFY(!*stored);

    std::optional<SecretAnswer> secret;
    credentials::fetchSecret(keyring, QStringLiteral("app"), [&](const SecretAnswer &a) { secret = a; });
    QVERIFY(secret.has_value());
    QVERIFY(!secret->ok());
    QVERIFY2(secret->detail.contains(QLatin1String("keyring")), qPrintable(secret->detail));

    // Nothing in plain text anywhere under the home folder.
    QDir home(m_home.path());
    const QStringList written = home.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    for (const QString &entry : written) {
        QProcess grep;
        grep.start(QStringLiteral("grep"),
                   {QStringLiteral("-rl"), QStringLiteral("s3cr3t-value"), home.filePath(entry)});
        grep.waitForFinished();
        QVERIFY2(grep.readAllStandardOutput().isEmpty(), qPrintable(entry));
    }
}

void TestPlatformSystemKeyring::silentBus_unavailableAtDeadline_loopKeepsRunning()
{
    // A bus socket that accepts connections and never says a word.
    QLocalServer bus;
    const QString path = m_home.filePath(QStringLiteral("silent-bus"));
    QVERIFY(bus.listen(path));
    QList<QLocalSocket *> held;
    connect(&bus, &QLocalServer::newConnection, this, [&] {
        while (bus.hasPendingConnections())
            held << bus.nextPendingConnection();
    });
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + path.toUtf8());
    qputenv("XDG_CURRENT_DESKTOP", "KDE");

    {
        SystemKeyring keyring(QStringLiteral("aftersales-test"), 500);
        int ticks = 0;
        QTimer tick;
        connect(&tick, &QTimer::timeout, this, [&ticks] { ++ticks; });
        tick.start(20);

        std::optional<KeyringAnswer> read;
        keyring.read(QStringLiteral("k"), [&](const KeyringAnswer &a) { read = a; });
        QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 10000);
        QCOMPARE(read->status, KeyringAnswer::Status::Unavailable);
        QVERIFY2(read->detail.contains(QLatin1String("did not answer")), qPrintable(read->detail));
        QVERIFY(ticks >= 3);      // this thread's loop ran while the keyring's thread hung
        QVERIFY(!held.isEmpty()); // it did reach the bus

        std::optional<bool> stored;
        keyring.write(QStringLiteral("k"), QStringLiteral("v"),
                      [&](bool ok, const QString &) { stored = ok; });
        QVERIFY(stored.has_value());
        QVERIFY(!*stored);

        // Let the hung thread go before the keyring is destroyed.
        for (QLocalSocket *s : held)
            s->abort();
    }
    qDeleteAll(held);
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    TestPlatformSystemKeyring test;
    // Without arguments (as CTest runs it): each case in a process of its own.
    if (argc == 1) {
        int failed = 0;
        for (const char *name :
             {"withoutSessionBus_unavailableAtOnce", "silentBus_unavailableAtDeadline_loopKeepsRunning"}) {
            QProcess child;
            child.setProcessChannelMode(QProcess::ForwardedChannels);
            child.start(QCoreApplication::applicationFilePath(), {QLatin1String(name)});
            if (!child.waitForFinished(60000) || child.exitStatus() != QProcess::NormalExit ||
                child.exitCode() != 0)
                ++failed;
        }
        return failed;
    }
    return QTest::qExec(&test, argc, argv);
}

#include "tst_platformsystemkeyring.moc"
