#include "commands.h"
#include "context.h"
#include "domain/names.h"
#include "domain/timeformat.h"
#include "output.h"
#include "platform/memorykeyring.h"
#include "platform/syncengine.h"
#include "platform/syncstatus.h"
#include "platform/systemkeyring.h"
#include "stopsignals.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// The platform sync on the command line (PLATFORM.md): platform connect / status / ack, sync.
namespace aftersales::cli
{
namespace
{

using namespace aftersales::platform;

// The context lupdate gives tr() calls in this namespace.
QString tr(const char *text)
{
    return QCoreApplication::translate("aftersales::cli", text);
}

QCommandLineOption option(const char *name, const char *description, const char *valueName = nullptr)
{
    return valueName ? QCommandLineOption(QLatin1String(name), tr(description), QLatin1String(valueName))
                     : QCommandLineOption(QLatin1String(name), tr(description));
}

// A whole number from the environment, within bounds; the fallback otherwise.
int environmentNumber(const char *name, int fallback, int min, int max)
{
    bool ok = false;
    const int value = qEnvironmentVariable(name).toInt(&ok);
    return ok && value >= min && value <= max ? value : fallback;
}

// The engine as the command line runs it: the local clock is --now (or the system clock), the
// platform's is real time; the keyring is the system's unless AFTERSALES_KEYRING=none; the
// AFTERSALES_SYNC_* variables tune the tries and the lease (for tests and slow links).
SyncEnvironment environment(const Context &ctx, int concurrency)
{
    SyncEnvironment env;
    env.location = ctx.storage().location();
    env.policy = ctx.workbench->policy();
    if (dynamic_cast<const FixedClock *>(ctx.clock.get()))
        env.localClock = std::make_shared<FixedClock>(ctx.clock->now());
    else
        env.localClock = std::make_shared<SystemClock>();
    env.platformClock = std::make_shared<SystemClock>();
    env.makeKeyring = []() -> std::unique_ptr<Keyring> {
        if (qEnvironmentVariable("AFTERSALES_KEYRING") == QLatin1String("none"))
            return std::make_unique<MemoryKeyring>(false);
        return std::make_unique<SystemKeyring>();
    };
    SyncOptions &o = env.options;
    o.concurrency = concurrency;
    o.retry.maxTries = environmentNumber("AFTERSALES_SYNC_TRIES", o.retry.maxTries, 1, 20);
    o.retry.timeoutMs = environmentNumber("AFTERSALES_SYNC_TIMEOUT_MS", o.retry.timeoutMs, 100, 600000);
    o.retry.baseMs = environmentNumber("AFTERSALES_SYNC_BACKOFF_MS", o.retry.baseMs, 1, 60000);
    o.retry.capMs = std::max(o.retry.baseMs,
                             environmentNumber("AFTERSALES_SYNC_BACKOFF_CAP_MS", o.retry.capMs, 1, 600000));
    o.leaseSecs = environmentNumber("AFTERSALES_SYNC_LEASE_SECS", o.leaseSecs, 1, 3600);
    // A second `sync` waits for the first one's round rather than giving up at once.
    o.leaseWaitMs = environmentNumber("AFTERSALES_SYNC_LEASE_WAIT_MS", (o.leaseSecs + 5) * 1000, 0, 3600000);
    return env;
}

QJsonValue timeOrNull(const std::optional<QDateTime> &t)
{
    return t ? QJsonValue(timeformat::toIsoUtc(*t)) : QJsonValue();
}

QJsonArray failuresJson(const QList<SyncFailure> &failures)
{
    QJsonArray list;
    for (const SyncFailure &f : failures)
        list.append(QJsonObject{{QStringLiteral("claim_id"), f.claimId},
                                {QStringLiteral("action"), f.action},
                                {QStringLiteral("message"), f.message}});
    return list;
}

void printFailures(Context &ctx, const QList<SyncFailure> &failures)
{
    QList<QStringList> rows;
    for (const SyncFailure &f : failures)
        rows.append({QString::number(f.claimId), f.action, f.message});
    output::table(ctx.out, {tr("Claim"), tr("Action"), tr("Platform's answer")}, rows);
}

// One summary: a JSON document (compact, one per line, in --watch) or lines for a person.
void printSummary(Context &ctx, const SyncSummary &s, bool oneLine)
{
    if (ctx.json) {
        QJsonArray warnings;
        for (const QString &w : s.warnings)
            warnings.append(w);
        const QJsonObject doc{{QStringLiteral("pulled"), s.pulled},
                              {QStringLiteral("pushed"), s.pushed},
                              {QStringLiteral("pending"), s.pending},
                              {QStringLiteral("failed"), failuresJson(s.failed)},
                              {QStringLiteral("warnings"), warnings},
                              {QStringLiteral("error"), s.ok() ? QJsonValue() : QJsonValue(s.error)},
                              {QStringLiteral("last_pull"), timeOrNull(s.lastPull)}};
        if (oneLine) {
            ctx.out << QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Compact)) << Qt::endl;
            return;
        }
        ctx.printJson(doc);
        return;
    }
    ctx.out << tr("Pulled %1 changed claims, sent %2 actions; %3 waiting to be sent.")
                   .arg(s.pulled)
                   .arg(s.pushed)
                   .arg(s.pending)
            << Qt::endl;
    if (!s.failed.isEmpty()) {
        ctx.out << tr("Refused by the platform:") << Qt::endl;
        printFailures(ctx, s.failed);
    }
    for (const QString &w : s.warnings)
        ctx.err << "aftersales: " << tr("warning: %1").arg(w) << Qt::endl;
    if (!s.ok())
        ctx.err << "aftersales: " << s.error << Qt::endl;
    ctx.out.flush();
}

bool isConnected(Context &ctx, int &code)
{
    const Result<std::optional<PlatformConnection>> c = ctx.storage().platformConnection();
    if (!c.ok()) {
        code = ctx.fail(c.outcome);
        return false;
    }
    if (!*c) {
        code = ctx.badUsage(
            tr("This database is not connected to a shop: run 'aftersales platform connect' first."));
        return false;
    }
    return true;
}

int connectCommand(Context &ctx, const QCommandLineParser &p)
{
    ShopCredentials credentials;
    credentials.appKey = p.value(QStringLiteral("app-key"));
    credentials.shopId = p.value(QStringLiteral("shop-id"));
    if (credentials.appKey.isEmpty() || credentials.shopId.isEmpty())
        return ctx.badUsage(tr("--app-key and --shop-id are required."));
    if (p.isSet(QStringLiteral("base-url")))
        credentials.baseUrl = QUrl(p.value(QStringLiteral("base-url")));
    // A database that cannot keep the connection says so before the platform is asked.
    if (const Result<std::optional<PlatformConnection>> kept = ctx.storage().platformConnection(); !kept.ok())
        return ctx.fail(kept.outcome);
    SyncEngine engine(environment(ctx, 1));
    QEventLoop loop;
    ConnectResult result;
    QObject::connect(&engine, &SyncEngine::connectFinished, &loop, [&](const ConnectResult &r) {
        result = r;
        loop.quit();
    });
    engine.connectShop(credentials);
    loop.exec();
    if (result.status != ConnectResult::Status::Connected) {
        const Outcome why =
            result.exitCode() == 2 ? Outcome::badInput(result.message) : Outcome::storage(result.message);
        return ctx.fail(why);
    }
    if (ctx.json)
        ctx.printJson(QJsonObject{{QStringLiteral("connected"), true},
                                  {QStringLiteral("app_key"), credentials.appKey},
                                  {QStringLiteral("shop_id"), credentials.shopId},
                                  {QStringLiteral("shop_name"), result.shopName},
                                  {QStringLiteral("base_url"), credentials.baseUrl.toString()}});
    else
        ctx.out << result.message << Qt::endl;
    return 0;
}

int statusCommand(Context &ctx, const QCommandLineParser &)
{
    const Result<SyncStatus> status = readSyncStatus(ctx.storage());
    if (!status.ok())
        return ctx.fail(status.outcome);
    const std::optional<PlatformConnection> &c = status->connection;
    if (ctx.json) {
        QJsonObject doc{{QStringLiteral("connected"), c.has_value()},
                        {QStringLiteral("last_pull"), timeOrNull(c ? c->lastPullAt : std::nullopt)},
                        {QStringLiteral("pending"), status->pending},
                        {QStringLiteral("failed"), failuresJson(status->failed)}};
        if (c)
            doc.insert(QStringLiteral("shop"), QJsonObject{{QStringLiteral("app_key"), c->appKey},
                                                           {QStringLiteral("shop_id"), c->shopId},
                                                           {QStringLiteral("shop_name"), c->shopName},
                                                           {QStringLiteral("base_url"), c->baseUrl}});
        ctx.printJson(doc);
        return 0;
    }
    if (!c) {
        ctx.out << tr("Not connected to a shop.") << Qt::endl;
        return 0;
    }
    ctx.out
        << tr("Shop: %1 (shop id %2, app key %3) at %4").arg(c->shopName, c->shopId, c->appKey, c->baseUrl)
        << Qt::endl
        << tr("Last pull: %1").arg(c->lastPullAt ? output::localTime(*c->lastPullAt, ctx.zone) : tr("never"))
        << Qt::endl
        << tr("Actions waiting to be sent: %1").arg(status->pending) << Qt::endl
        << tr("Actions refused by the platform, not seen yet: %1").arg(status->failed.size()) << Qt::endl;
    if (!status->failed.isEmpty()) {
        printFailures(ctx, status->failed);
        ctx.out << tr("'aftersales platform ack ID' marks a claim's refusals as seen.") << Qt::endl;
    }
    return 0;
}

int ackCommand(Context &ctx, const QCommandLineParser &p)
{
    const QStringList args = p.positionalArguments();
    if (args.isEmpty())
        return ctx.badUsage(tr("Give at least one claim id."));
    QList<qint64> ids;
    for (const QString &a : args) {
        const std::optional<qint64> id = parseClaimId(a);
        if (!id)
            return ctx.badUsage(tr("\"%1\" is not a claim id.").arg(a));
        ids.append(*id);
    }
    int worst = 0;
    QJsonArray items;
    for (qint64 id : ids) {
        const Result<Claim> seen = ctx.workbench->acknowledgeRefusals(id, ctx.operatorName);
        if (!seen.ok()) {
            worst = std::max(worst, seen.outcome.exitCode());
            ctx.err << "aftersales: " << seen.outcome.message << Qt::endl;
            continue;
        }
        items.append(QJsonObject{{QStringLiteral("id"), id},
                                 {QStringLiteral("sync"), names::syncStateName(seen->sync.state)}});
        if (!ctx.json)
            ctx.out << tr("Claim %1: the platform's refusal is marked as seen.").arg(id) << Qt::endl;
    }
    if (ctx.json)
        ctx.printJson(QJsonObject{{QStringLiteral("items"), items}});
    return worst;
}

int syncOnce(Context &ctx, SyncEngine &engine)
{
    QEventLoop loop;
    SyncSummary summary;
    QObject::connect(&engine, &SyncEngine::roundFinished, &loop, [&](const SyncSummary &s) {
        summary = s;
        loop.quit();
    });
    engine.syncNow();
    loop.exec();
    printSummary(ctx, summary, false);
    return summary.exitCode();
}

int syncWatch(Context &ctx, SyncEngine &engine, int interval)
{
    QEventLoop loop;
    StopSignals stopSignals;
    bool running = false;
    bool stopping = false;
    QObject::connect(&engine, &SyncEngine::roundStarted, &loop, [&] { running = true; });
    QObject::connect(&engine, &SyncEngine::roundFinished, &loop, [&](const SyncSummary &s) {
        running = false;
        printSummary(ctx, s, true);
        if (stopping)
            loop.quit();
    });
    QObject::connect(&stopSignals, &StopSignals::stopRequested, &loop, [&] {
        stopping = true;
        engine.stopRound();
        if (!running)
            loop.quit();
    });
    engine.setInterval(interval);
    loop.exec();
    return 0;
}

int syncCommand(Context &ctx, const QCommandLineParser &p)
{
    bool ok = true;
    const int concurrency =
        p.isSet(QStringLiteral("concurrency")) ? p.value(QStringLiteral("concurrency")).toInt(&ok) : 4;
    if (!ok || concurrency < 1 || concurrency > 64)
        return ctx.badUsage(tr("--concurrency must be a whole number from 1 to 64."));
    const int interval =
        p.isSet(QStringLiteral("interval")) ? p.value(QStringLiteral("interval")).toInt(&ok) : 60;
    if (!ok || interval < 1 || interval > 86400)
        return ctx.badUsage(tr("--interval must be a whole number of seconds from 1 to 86400."));
    if (p.isSet(QStringLiteral("interval")) && !p.isSet(QStringLiteral("watch")))
        return ctx.badUsage(tr("--interval goes with --watch."));
    int code = 0;
    if (!isConnected(ctx, code))
        return code;
    SyncEngine engine(environment(ctx, concurrency));
    if (p.isSet(QStringLiteral("watch")))
        return syncWatch(ctx, engine, interval);
    return syncOnce(ctx, engine);
}

} // namespace

QList<Command> platformCommands()
{
    QList<Command> list;
    list.append(Command{
        QStringLiteral("platform connect"),
        {},
        QT_TRANSLATE_NOOP("cli", "Connect this database to a shop on the open platform (the app secret from "
                                 "AFTERSALES_APP_SECRET or the keyring), checked with token/create."),
        {option("app-key", QT_TRANSLATE_NOOP("aftersales::cli", "The self-used app's app key."), "K"),
         option("shop-id", QT_TRANSLATE_NOOP("aftersales::cli", "The shop id."), "S"),
         option("base-url",
                QT_TRANSLATE_NOOP("aftersales::cli",
                                  "The platform's address (default https://openapi-fxg.jinritemai.com)."),
                "URL")},
        connectCommand});
    list.append(
        Command{QStringLiteral("platform status"),
                {},
                QT_TRANSLATE_NOOP("cli", "The shop, the last pull, the actions waiting to be sent and "
                                         "those the platform refused."),
                {},
                statusCommand});
    list.append(
        Command{QStringLiteral("platform ack"),
                QStringLiteral("ID..."),
                QT_TRANSLATE_NOOP("cli", "Mark the platform's refusals of a claim's actions as seen (it "
                                         "leaves the sync_failed list)."),
                {},
                ackCommand});
    list.append(Command{
        QStringLiteral("sync"),
        {},
        QT_TRANSLATE_NOOP("cli",
                          "One round with the platform: send the actions waiting, then pull what changed; "
                          "--watch repeats it until stopped."),
        {option("watch", QT_TRANSLATE_NOOP("aftersales::cli", "Sync every --interval seconds until Ctrl+C.")),
         option("interval", QT_TRANSLATE_NOOP("aftersales::cli", "Seconds between rounds (default 60)."),
                "S"),
         option("concurrency",
                QT_TRANSLATE_NOOP("aftersales::cli", "Claims whose actions are sent at once (default 4)."),
                "N")},
        syncCommand});
    return list;
}

} // namespace aftersales::cli
