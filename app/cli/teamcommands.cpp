#include "commands.h"
#include "context.h"
#include "domain/names.h"
#include "io/claimjson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

// A team's commands: assigning claims to agents, and (PostgreSQL, by the database's owner)
// giving login roles an agent's rights and taking them back.
namespace aftersales::cli
{
namespace
{

// The context lupdate gives tr() calls in this namespace.
QString tr(const char *text)
{
    return QCoreApplication::translate("aftersales::cli", text);
}

// The team commands need a team's database.
int requireTeam(Context &ctx)
{
    if (ctx.storage().has(Storage::Capability::Team))
        return 0;
    return ctx.badUsage(tr("Team commands work on a team's PostgreSQL database (--db "
                           "postgresql://ROLE@HOST/DATABASE); a database file is one merchant's."));
}

QString oneRole(Context &ctx, const QCommandLineParser &p)
{
    const QStringList args = p.positionalArguments();
    if (args.size() != 1 || args.first().trimmed().isEmpty()) {
        ctx.badUsage(tr("Give exactly one role."));
        return {};
    }
    return args.first().trimmed();
}

int assign(Context &ctx, const QCommandLineParser &p)
{
    const QStringList args = p.positionalArguments();
    if (args.isEmpty())
        return ctx.badUsage(tr("Give at least one claim id."));
    if (!p.isSet(QStringLiteral("to")))
        return ctx.badUsage(tr("--to is required: a name, me, or nobody."));
    QString to = p.value(QStringLiteral("to")).trimmed();
    if (to.isEmpty())
        return ctx.badUsage(tr("--to needs a name, me, or nobody."));
    if (to == QLatin1String("nobody"))
        to.clear();
    else if (to == QLatin1String("me"))
        to = ctx.operatorName;
    QList<Workbench::Target> targets;
    for (const QString &a : args) {
        const auto id = parseClaimId(a);
        if (!id)
            return ctx.badUsage(tr("\"%1\" is not a claim id.").arg(a));
        targets.append({*id, std::nullopt});
    }
    int worst = 0;
    QJsonArray items;
    QJsonArray failed;
    for (const Workbench::ItemResult &r : ctx.workbench->assign(targets, to, ctx.operatorName)) {
        if (r.outcome.ok()) {
            items.append(claimjson::toJson(*r.claim));
            if (!ctx.json)
                ctx.out << (to.isEmpty() ? tr("Claim %1: assigned to nobody").arg(r.id)
                                         : tr("Claim %1: assigned to %2").arg(r.id).arg(to))
                        << Qt::endl;
            continue;
        }
        worst = std::max(worst, r.outcome.exitCode());
        ctx.err << "aftersales: " << tr("claim %1: %2").arg(r.id).arg(r.outcome.message) << Qt::endl;
        failed.append(
            QJsonObject{{QStringLiteral("id"), r.id}, {QStringLiteral("message"), r.outcome.message}});
    }
    if (ctx.json) {
        if (targets.size() == 1 && worst == 0)
            ctx.printJson(items.first());
        else
            ctx.printJson(QJsonObject{{QStringLiteral("items"), items}, {QStringLiteral("failed"), failed}});
    }
    return worst;
}

int grant(Context &ctx, const QCommandLineParser &p)
{
    if (int code = requireTeam(ctx))
        return code;
    const QString role = oneRole(ctx, p);
    if (role.isEmpty())
        return 2;
    if (Outcome o = ctx.session->storage().grantAgent(role); !o.ok())
        return ctx.fail(o);
    if (ctx.json)
        ctx.printJson(QJsonObject{{QStringLiteral("granted"), role}});
    else
        ctx.out
            << tr("%1 is now an agent of %2: it reads every claim, acts through the rules and adds events, "
                  "but never changes or removes one.")
                   .arg(role, ctx.storage().location())
            << Qt::endl;
    return 0;
}

int revoke(Context &ctx, const QCommandLineParser &p)
{
    if (int code = requireTeam(ctx))
        return code;
    const QString role = oneRole(ctx, p);
    if (role.isEmpty())
        return 2;
    if (Outcome o = ctx.session->storage().revokeAgent(role); !o.ok())
        return ctx.fail(o);
    if (ctx.json)
        ctx.printJson(QJsonObject{{QStringLiteral("revoked"), role}});
    else
        ctx.out << tr("%1 is no longer an agent of %2; what it did stays in the audit trail.")
                       .arg(role, ctx.storage().location())
                << Qt::endl;
    return 0;
}

int listAgents(Context &ctx, const QCommandLineParser &)
{
    if (int code = requireTeam(ctx))
        return code;
    const Result<QStringList> agents = ctx.storage().agents();
    if (!agents.ok())
        return ctx.fail(agents.outcome);
    if (ctx.json) {
        ctx.printJson(QJsonObject{{QStringLiteral("agents"), QJsonArray::fromStringList(*agents)},
                                  {QStringLiteral("me"), ctx.storage().connectedRole()}});
        return 0;
    }
    for (const QString &agent : *agents)
        ctx.out << agent << (agent == ctx.storage().connectedRole() ? tr(" (me)") : QString()) << Qt::endl;
    return 0;
}

} // namespace

QList<Command> teamCommands()
{
    QList<Command> list;
    list.append(
        Command{QStringLiteral("assign"),
                QStringLiteral("ID..."),
                QT_TRANSLATE_NOOP("cli", "Assign claims to an agent (--to NAME, me, or nobody)."),
                {QCommandLineOption(
                    QStringLiteral("to"),
                    tr(QT_TRANSLATE_NOOP("aftersales::cli",
                                         "Who holds the claims: an agent's name (on PostgreSQL a login role "
                                         "granted with team grant), me, or nobody.")),
                    QStringLiteral("NAME"))},
                assign});
    list.append(Command{
        QStringLiteral("team grant"),
        QStringLiteral("ROLE"),
        QT_TRANSLATE_NOOP("cli", "PostgreSQL, by the database's owner: give an existing login role an "
                                 "agent's rights."),
        {},
        grant});
    list.append(
        Command{QStringLiteral("team revoke"),
                QStringLiteral("ROLE"),
                QT_TRANSLATE_NOOP("cli", "PostgreSQL, by the database's owner: take an agent's rights back."),
                {},
                revoke});
    list.append(Command{QStringLiteral("team list"),
                        {},
                        QT_TRANSLATE_NOOP("cli", "PostgreSQL: the roles that may work the queue."),
                        {},
                        listAgents});
    return list;
}

} // namespace aftersales::cli
