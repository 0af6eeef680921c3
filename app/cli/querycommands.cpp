#include "commands.h"
#include "context.h"
#include "domain/names.h"
#include "io/claimjson.h"
#include "io/claimtext.h"
#include "output.h"
#include "storage/claimquery.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace aftersales::cli
{
namespace
{

// The context lupdate gives tr() calls in this namespace.
QString tr(const char *text)
{
    return QCoreApplication::translate("aftersales::cli", text);
}

QCommandLineOption option(const char *name, const char *description, const char *valueName)
{
    return QCommandLineOption(QLatin1String(name), tr(description), QLatin1String(valueName));
}

} // namespace

// The list filters, shared by `list` and `export`.
QList<QCommandLineOption> filterOptions()
{
    return {
        option("quick",
               QT_TRANSLATE_NOOP(
                   "aftersales::cli",
                   "all, pending_review, exchange_reship_pending, awaiting_shipment, due_soon, overdue, "
                   "platform, sync_failed."),
               "Q"),
        option("type", QT_TRANSLATE_NOOP("aftersales::cli", "Only this claim type."), "T"),
        option("status", QT_TRANSLATE_NOOP("aftersales::cli", "Only this status."), "S"),
        option("search",
               QT_TRANSLATE_NOOP("aftersales::cli",
                                 "Order id prefix, claim id, buyer, product or tracking number."),
               "TEXT"),
        option("flag",
               QT_TRANSLATE_NOOP(
                   "aftersales::cli",
                   "Only claims with this flag: 0 none, 1 purple, 2 cyan, 3 green, 4 orange, 5 red."),
               "N"),
        QCommandLineOption(QStringLiteral("mine"),
                           tr(QT_TRANSLATE_NOOP("aftersales::cli",
                                                "Only the claims assigned to me (the operator; on PostgreSQL "
                                                "the role logged in)."))),
        option("assignee",
               QT_TRANSLATE_NOOP("aftersales::cli", "Only the claims assigned to NAME; nobody: unassigned."),
               "NAME")};
}

int parseFilters(Context &ctx, const QCommandLineParser &p, ClaimQuery &q)
{
    if (p.isSet(QStringLiteral("quick"))) {
        const auto quick = quickfilters::parse(p.value(QStringLiteral("quick")));
        if (!quick)
            return ctx.badUsage(tr("Unknown quick filter \"%1\".").arg(p.value(QStringLiteral("quick"))));
        q.quick = *quick;
    }
    if (p.isSet(QStringLiteral("type"))) {
        q.type = names::parseType(p.value(QStringLiteral("type")));
        if (!q.type)
            return ctx.badUsage(tr("Unknown claim type \"%1\".").arg(p.value(QStringLiteral("type"))));
    }
    if (p.isSet(QStringLiteral("status"))) {
        q.status = names::parseStatus(p.value(QStringLiteral("status")));
        if (!q.status)
            return ctx.badUsage(tr("Unknown status \"%1\".").arg(p.value(QStringLiteral("status"))));
    }
    if (p.isSet(QStringLiteral("flag"))) {
        bool ok = false;
        const int flag = p.value(QStringLiteral("flag")).toInt(&ok);
        if (!ok || flag < 0 || flag > 5)
            return ctx.badUsage(tr("--flag must be a number from 0 (none) to 5 (red)."));
        q.flag = flag;
    }
    // "Me" of --mine and my_pending: the operator (on a team's database, the role logged in).
    q.me = ctx.operatorName;
    if (p.isSet(QStringLiteral("mine")) && p.isSet(QStringLiteral("assignee")))
        return ctx.badUsage(tr("Give either --mine or --assignee, not both."));
    if (p.isSet(QStringLiteral("mine")))
        q.assignee = ctx.operatorName;
    if (p.isSet(QStringLiteral("assignee"))) {
        const QString who = p.value(QStringLiteral("assignee")).trimmed();
        if (who.isEmpty())
            return ctx.badUsage(tr("--assignee needs a name, or nobody."));
        q.assignee = who == QLatin1String("nobody") ? QString(QLatin1String("")) : who;
    }
    q.search = p.value(QStringLiteral("search"));
    return 0;
}

QList<Command> queryCommands()
{
    QList<Command> list;
    QList<QCommandLineOption> listOptions = filterOptions();
    listOptions.append(option(
        "limit", QT_TRANSLATE_NOOP("aftersales::cli", "At most N claims (default 50; 0 for all)."), "N"));
    list.append(Command{
        QStringLiteral("list"),
        {},
        QT_TRANSLATE_NOOP("cli", "The workbench's list: soonest deadline first, claims without one last."),
        listOptions,
        [](Context &ctx, const QCommandLineParser &p) {
            ClaimQuery q;
            if (int code = parseFilters(ctx, p, q))
                return code;
            int limit = 50;
            if (p.isSet(QStringLiteral("limit"))) {
                bool ok = false;
                limit = p.value(QStringLiteral("limit")).toInt(&ok);
                if (!ok || limit < 0)
                    return ctx.badUsage(tr("--limit must be a whole number, 0 or more."));
                if (limit == 0)
                    limit = std::numeric_limits<int>::max() - 1;
            }
            const ClaimReader &reader = ctx.workbench->reader();
            q = reader.stamped(q);
            const Result<qint64> total = reader.count(q);
            if (!total.ok())
                return ctx.fail(total.outcome);
            const Result<Page> page = reader.page(q, std::nullopt, int(std::min<qint64>(limit, *total)));
            if (!page.ok())
                return ctx.fail(page.outcome);
            if (ctx.json) {
                QJsonArray items;
                for (const Claim &c : page->claims)
                    items.append(claimjson::toJson(c));
                ctx.printJson(
                    QJsonObject{{QStringLiteral("total"), *total}, {QStringLiteral("items"), items}});
                return 0;
            }
            output::table(ctx.out, output::claimHeaders(), output::claimRows(page->claims, q.now, ctx.zone));
            ctx.out << tr("%1 of %2 claims").arg(page->claims.size()).arg(*total) << Qt::endl;
            return 0;
        }});
    list.append(Command{
        QStringLiteral("show"),
        QStringLiteral("ID"),
        QT_TRANSLATE_NOOP("cli", "One claim with its events, oldest first; --text writes them to a file."),
        {option(
            "text",
            QT_TRANSLATE_NOOP("aftersales::cli", "Write the claim and its timeline as UTF-8 text to FILE."),
            "FILE")},
        [](Context &ctx, const QCommandLineParser &p) {
            qint64 id = 0;
            if (int code = requireClaimId(ctx, p, id))
                return code;
            const Result<Claim> c = ctx.workbench->claim(id);
            if (!c.ok())
                return ctx.fail(c.outcome);
            const Result<QList<Event>> events = ctx.workbench->events(id);
            if (!events.ok())
                return ctx.fail(events.outcome);
            if (p.isSet(QStringLiteral("text"))) {
                const QString file = p.value(QStringLiteral("text"));
                if (const Outcome o = claimtext::writeDocument(file, *c, *events, ctx.zone); !o.ok())
                    return ctx.fail(o);
                if (ctx.json)
                    ctx.printJson(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("file"), file}});
                else
                    ctx.out << tr("Claim %1's timeline written to %2.").arg(id).arg(file) << Qt::endl;
                return 0;
            }
            if (ctx.json)
                ctx.printJson(claimjson::toJson(*c, *events));
            else
                output::claimDetail(ctx.out, *c, *events, ctx.workbench->now(), ctx.zone);
            return 0;
        }});
    list.append(Command{
        QStringLiteral("sweep"),
        {},
        QT_TRANSLATE_NOOP("cli",
                          "Apply every automatic step that is due and print what changed; --watch keeps "
                          "at it (on a team's database, while this process holds the team lock)."),
        {QCommandLineOption(
             QStringLiteral("watch"),
             tr(QT_TRANSLATE_NOOP("aftersales::cli",
                                  "Keep sweeping until stopped, the clock running from --now; on "
                                  "PostgreSQL only while holding the team lock, taking it over "
                                  "when its holder stops."))),
         option("interval",
                QT_TRANSLATE_NOOP("aftersales::cli", "With --watch: seconds between rounds (default 10)."),
                "S")},
        [](Context &ctx, const QCommandLineParser &p) {
            if (p.isSet(QStringLiteral("watch")))
                return watchSweeps(ctx, p);
            if (p.isSet(QStringLiteral("interval")))
                return ctx.badUsage(tr("--interval goes with --watch."));
            if (ctx.json) {
                QJsonArray applied;
                for (const Event &e : ctx.session->swept()) {
                    QJsonObject o = claimjson::toJson(e);
                    o.insert(QStringLiteral("claim_id"), e.claimId);
                    applied.append(o);
                }
                ctx.printJson(QJsonObject{{QStringLiteral("applied"), applied}});
                return 0;
            }
            QList<QStringList> rows;
            for (const Event &e : ctx.session->swept())
                rows.append({QString::number(e.claimId), output::localTime(e.at, ctx.zone),
                             names::actionLabel(e.action), claimtext::statusChange(e),
                             claimtext::eventDetail(e)});
            if (!rows.isEmpty())
                output::table(ctx.out, {tr("Claim"), tr("Time"), tr("Action"), tr("Status"), tr("Detail")},
                              rows);
            ctx.out << tr("%1 automatic steps applied.").arg(ctx.session->swept().size()) << Qt::endl;
            return 0;
        }});
    return list;
}

QList<Command> allCommands()
{
    QList<Command> all = dataCommands();
    all += claimCommands();
    all += queryCommands();
    all += maintenanceCommands();
    all += teamCommands();
    all += platformCommands();
    all += reportCommands();
    return all;
}

} // namespace aftersales::cli
