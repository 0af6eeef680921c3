// aftersales-platform-sim: the simulated 抖店 open platform on loopback
// (docs/platform-simulator.md).
#include "generator.h"
#include "platformsimulator.h"
#include "simstate.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace aftersales::platformsim;

namespace
{

QString tr(const char *text)
{
    return QCoreApplication::translate("platformsim", text);
}

void print(const QString &line)
{
    std::fputs((line + QLatin1Char('\n')).toUtf8().constData(), stdout);
    std::fflush(stdout);
}

[[noreturn]] void fail(const QString &message)
{
    std::fputs((message + QLatin1Char('\n')).toUtf8().constData(), stderr);
    std::exit(2);
}

qint64 positive(const QCommandLineParser &parser, const QString &name, qint64 fallback)
{
    if (!parser.isSet(name))
        return fallback;
    bool ok = false;
    const qint64 value = parser.value(name).toLongLong(&ok);
    if (!ok || value < 0)
        fail(tr("--%1 needs a number, 0 or more.").arg(name));
    return value;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("aftersales-platform-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AFTERSALES_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("A simulated Douyin shop open platform (after-sale API) on 127.0.0.1, for tests and demos."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QList<QCommandLineOption> options{
        {QStringLiteral("port"), tr("Port on 127.0.0.1 (0: any free port)."), QStringLiteral("N"),
         QStringLiteral("8765")},
        {QStringLiteral("app-key"), tr("The app key clients sign with."), QStringLiteral("K")},
        {QStringLiteral("app-secret"),
         tr("The app secret (else AFTERSALES_SIM_APP_SECRET, else the demo secret)."), QStringLiteral("S")},
        {QStringLiteral("shop-id"), tr("The shop's id."), QStringLiteral("ID")},
        {QStringLiteral("shop-name"), tr("The shop's name."), QStringLiteral("NAME")},
        {QStringLiteral("now"), tr("Fix the clock at this ISO 8601 time (default: the system clock)."),
         QStringLiteral("TIME")},
        {QStringLiteral("token-ttl"), tr("Access token lifetime in seconds."), QStringLiteral("S")},
        {QStringLiteral("latency-ms"), tr("Delay every platform answer by MS milliseconds."),
         QStringLiteral("MS")},
        {QStringLiteral("timestamp-window"),
         tr("Largest accepted difference between a request's timestamp and the clock, in seconds (0: "
            "unchecked)."),
         QStringLiteral("S")},
        {QStringLiteral("demo"), tr("Start with N synthetic claims and print how to connect to them."),
         QStringLiteral("N")},
        {QStringLiteral("seed"), tr("Seed of the synthetic claims."), QStringLiteral("S"),
         QStringLiteral("1")},
        {QStringLiteral("quiet"), tr("No line per request on stderr.")},
    };
    parser.addOptions(options);
    parser.process(app);

    SimConfig config;
    config.echo = !parser.isSet(QStringLiteral("quiet"));
    if (parser.isSet(QStringLiteral("app-key")))
        config.appKey = parser.value(QStringLiteral("app-key"));
    const QString envSecret = qEnvironmentVariable("AFTERSALES_SIM_APP_SECRET");
    if (parser.isSet(QStringLiteral("app-secret")))
        config.appSecret = parser.value(QStringLiteral("app-secret"));
    else if (!envSecret.isEmpty())
        config.appSecret = envSecret;
    const bool demoSecret = config.appSecret == SimConfig().appSecret;
    if (parser.isSet(QStringLiteral("shop-id")))
        config.shopId = parser.value(QStringLiteral("shop-id"));
    if (parser.isSet(QStringLiteral("shop-name")))
        config.shopName = parser.value(QStringLiteral("shop-name"));
    if (parser.isSet(QStringLiteral("now"))) {
        const QDateTime now = QDateTime::fromString(parser.value(QStringLiteral("now")), Qt::ISODate);
        if (!now.isValid())
            fail(tr("--now needs an ISO 8601 time such as 2026-11-26T10:00:00+08:00."));
        config.now = now;
    }
    config.tokenTtlSecs = positive(parser, QStringLiteral("token-ttl"), config.tokenTtlSecs);
    if (config.tokenTtlSecs == 0)
        fail(tr("--token-ttl must be at least 1 second."));
    config.latencyMs = int(positive(parser, QStringLiteral("latency-ms"), 0));
    config.timestampWindowSecs =
        positive(parser, QStringLiteral("timestamp-window"), config.timestampWindowSecs);
    const qint64 port = positive(parser, QStringLiteral("port"), 8765);
    if (port > 65535)
        fail(tr("--port must be from 0 to 65535."));
    const qint64 demo = positive(parser, QStringLiteral("demo"), -1);
    const quint32 seed = quint32(positive(parser, QStringLiteral("seed"), 1));

    PlatformSimulator simulator(config);
    SimState &state = simulator.state();
    if (demo > 0)
        generator::generate(state.book, int(std::min<qint64>(demo, 2'000'000)), seed, state.now(),
                            state.machine.policy());
    if (!simulator.listen(quint16(port)))
        fail(tr("Cannot listen on 127.0.0.1:%1: %2 (try --port 0 for any free port).")
                 .arg(port)
                 .arg(simulator.errorString()));

    const QString url = simulator.baseUrl().toString();
    print(QStringLiteral("listening on %1").arg(url));
    if (demo >= 0) {
        // The demo secret is no credential; a secret of one's own is never printed.
        const QString secret = demoSecret ? config.appSecret : QStringLiteral("<your secret>");
        print(tr("Demo shop %1 (shop id %2) with %3 after-sales claims. Connect the workbench to it:")
                  .arg(config.shopName, config.shopId)
                  .arg(state.book.size()));
        print(
            QStringLiteral("  AFTERSALES_APP_SECRET=%1 aftersales platform connect --app-key %2 --shop-id %3 "
                           "--base-url %4")
                .arg(secret, config.appKey, config.shopId, url));
        print(QStringLiteral("  aftersales sync"));
        print(tr("Base URL %1, app key %2, shop id %3; control API under %1/_sim/. Stop with Ctrl+C.")
                  .arg(url, config.appKey, config.shopId));
    }
    return app.exec();
}
