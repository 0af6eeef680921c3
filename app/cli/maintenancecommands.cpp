#include "commands.h"
#include "context.h"
#include "domain/policy.h"
#include "storage/backup.h"
#include "storage/consistency.h"
#include "storage/databasecopy.h"
#include "storage/storagefactory.h"

#include <QCoreApplication>
#include <QFileInfo>
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

// Commands that only read: they still answer on a database that cannot be written.
bool onlyReads(const Command &command)
{
    static const QStringList reading{QStringLiteral("list"),   QStringLiteral("show"),
                                     QStringLiteral("export"), QStringLiteral("check"),
                                     QStringLiteral("backup"), QStringLiteral("init"),
                                     QStringLiteral("copy"),   QStringLiteral("team list"),
                                     QStringLiteral("report"), QStringLiteral("platform status")};
    return reading.contains(command.name);
}

int check(Context &ctx, const QCommandLineParser &)
{
    const Result<QList<consistency::Problem>> problems = consistency::check(ctx.storage());
    // A file is checked page by page and restored by the merchant; a team's server keeps its
    // own pages and its administrator its backups.
    const bool server = ctx.storage().has(Storage::Capability::Team);
    if (!problems.ok())
        return ctx.fail(problems.outcome);
    if (ctx.json) {
        QJsonArray list;
        for (const consistency::Problem &p : *problems)
            list.append(
                QJsonObject{{QStringLiteral("claim_id"), p.claimId ? QJsonValue(p.claimId) : QJsonValue()},
                            {QStringLiteral("message"), p.what}});
        ctx.printJson(
            QJsonObject{{QStringLiteral("ok"), problems->isEmpty()}, {QStringLiteral("problems"), list}});
    } else {
        for (const consistency::Problem &p : *problems)
            ctx.out << (p.claimId ? tr("claim %1: %2").arg(p.claimId).arg(p.what) : p.what) << Qt::endl;
        if (problems->isEmpty() && server)
            ctx.out << tr("The database is consistent: every claim's audit trail matches its state.")
                    << Qt::endl;
        else if (problems->isEmpty())
            ctx.out
                << tr("The database is consistent: the file is intact and every claim's audit trail matches "
                      "its state.")
                << Qt::endl;
    }
    if (problems->isEmpty())
        return 0;
    ctx.err
        << "aftersales: "
        << (server
                ? tr("%1 problems found. Ask the server's administrator to restore the newest good backup.")
                : tr("%1 problems found. Restore the newest good backup (see the README, \"Backups and "
                     "restore\") or send the file to support."))
               .arg(problems->size())
        << Qt::endl;
    return 3;
}

int backupCommand(Context &ctx, const QCommandLineParser &p)
{
    if (!ctx.storage().has(Storage::Capability::Backup))
        return ctx.badUsage(
            tr("%1 is a PostgreSQL database: the workbench takes no backups of it. The server's own "
               "backups apply (pg_dump, or its base backups and archived write-ahead log); ask the "
               "database's administrator.")
                .arg(ctx.storage().location()));
    QString path;
    if (p.isSet(QStringLiteral("to"))) {
        path = QFileInfo(p.value(QStringLiteral("to"))).absoluteFilePath();
        if (Outcome o = backup::copyTo(ctx.storage(), path); !o.ok())
            return ctx.fail(o);
    } else {
        const Result<QString> made = backup::make(ctx.storage(), ctx.workbench->now());
        if (!made.ok())
            return ctx.fail(made.outcome);
        path = *made;
    }
    if (ctx.json)
        ctx.printJson(QJsonObject{{QStringLiteral("backup"), path}});
    else
        ctx.out << tr("Backup written to %1").arg(path) << Qt::endl;
    return 0;
}

int copyCommand(Context &ctx, const QCommandLineParser &p)
{
    const QString target = p.value(QStringLiteral("to")).trimmed();
    if (target.isEmpty())
        return ctx.badUsage(tr("--to is required: the address of an empty database, e.g. "
                               "postgresql://ROLE@HOST/DATABASE."));
    if (target == ctx.storage().location())
        return ctx.badUsage(tr("The copy must go to another database than --db."));
    // The target set up (when empty) by the role given, which must be allowed to.
    Result<std::unique_ptr<Storage>> to = storage::open(target);
    if (!to.ok())
        return ctx.fail(to.outcome);
    const Result<databasecopy::Copied> copied =
        databasecopy::copy(ctx.storage(), **to, [&ctx](qint64 done, qint64 total) {
            if (!ctx.json && total >= 5000) {
                ctx.err << QStringLiteral("\r%1 / %2").arg(done).arg(total) << (done >= total ? "\n" : "");
                ctx.err.flush();
            }
            return true;
        });
    if (!copied.ok())
        return ctx.fail(copied.outcome);
    if (ctx.json)
        ctx.printJson(QJsonObject{{QStringLiteral("to"), (*to)->location()},
                                  {QStringLiteral("orders"), copied->orders},
                                  {QStringLiteral("claims"), copied->claims},
                                  {QStringLiteral("events"), copied->events},
                                  {QStringLiteral("actions"), copied->actions}});
    else
        ctx.out << tr("%1 orders, %2 claims, %3 events and %4 platform actions copied to %5.")
                       .arg(copied->orders)
                       .arg(copied->claims)
                       .arg(copied->events)
                       .arg(copied->actions)
                       .arg((*to)->location())
                << Qt::endl;
    return 0;
}

} // namespace

int openDatabase(Context &ctx, const QString &path, const Policy &policy, const Command &command,
                 bool watching)
{
    Session::Options options;
    options.longLived = watching;
    if (!storage::isWritable(path)) {
        if (!onlyReads(command))
            return ctx.fail(Outcome::storage(tr("The database %1 is read-only, and \"%2\" would change it: "
                                                "nothing was done. Make the file and "
                                                "its folder writable (chmod u+w) or work on a copy; list, "
                                                "show, export, check and backup still "
                                                "read it.")
                                                 .arg(path, command.name)));
        options.readOnly = true;
    }
    options.dailyBackup = command.name != QLatin1String("backup");
    // The check still looks at a database the sweep could not write to: that is when it is needed.
    options.sweepMayFail = command.name == QLatin1String("check");
    // Every command first brings the database up to the clock (CLI.md).
    Result<std::unique_ptr<Session>> session = Session::open(path, *ctx.clock, policy, options);
    if (!session.ok())
        return ctx.fail(session.outcome);
    ctx.session = std::move(*session);
    ctx.workbench = &ctx.session->workbench();
    if (ctx.session->dueUnsaved() > 0)
        // Nothing can be saved: the answers come from the file as it is; say what is behind.
        ctx.err << "aftersales: "
                << tr("warning: the database is read-only; %1 claims have automatic steps due that could "
                      "not be "
                      "applied, so they are shown as last saved.")
                       .arg(ctx.session->dueUnsaved())
                << Qt::endl;
    if (!ctx.session->backupOutcome().ok())
        ctx.err << "aftersales: "
                << tr("warning: no backup was taken: %1").arg(ctx.session->backupOutcome().message)
                << Qt::endl;
    if (!ctx.session->sweepOutcome().ok())
        ctx.err << "aftersales: " << tr("warning: %1").arg(ctx.session->sweepOutcome().message) << Qt::endl;
    return 0;
}

QList<Command> maintenanceCommands()
{
    QList<Command> list;
    list.append(Command{
        QStringLiteral("check"),
        {},
        QT_TRANSLATE_NOOP("cli", "Check the file's integrity and that every claim's audit trail matches "
                                 "its state; exit 3 when not."),
        {},
        check});
    list.append(Command{
        QStringLiteral("backup"),
        {},
        QT_TRANSLATE_NOOP("cli",
                          "Write a dated backup beside the database (the newest 7 are kept), or to FILE."),
        {QCommandLineOption(QStringLiteral("to"), tr("Write the backup to this file (it must not exist)."),
                            QStringLiteral("FILE"))},
        backupCommand});
    list.append(Command{
        QStringLiteral("copy"),
        {},
        QT_TRANSLATE_NOOP("cli",
                          "Copy every order, claim and event (ids, versions and the audit trail kept) into "
                          "an empty database, e.g. a team's PostgreSQL server."),
        {QCommandLineOption(
            QStringLiteral("to"),
            tr(QT_TRANSLATE_NOOP("aftersales::cli", "The empty database: postgresql://ROLE@HOST/DATABASE "
                                                    "(or a file path).")),
            QStringLiteral("URI"))},
        copyCommand});
    return list;
}

} // namespace aftersales::cli
