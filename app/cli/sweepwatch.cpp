#include "commands.h"
#include "context.h"
#include "domain/names.h"
#include "io/claimjson.h"
#include "output.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

// `sweep --watch`: the team's automatic steps, applied as their deadlines come by whichever
// process holds the team lock; a second one waits and takes over when the first stops or dies.
namespace aftersales::cli
{
namespace
{

// The context lupdate gives tr() calls in this namespace.
QString tr(const char *text)
{
    return QCoreApplication::translate("aftersales::cli", text);
}

void print(Context &ctx, const QList<Event> &events)
{
    if (events.isEmpty())
        return;
    if (ctx.json) {
        // One compact document per round (JSON Lines), as soon as it is written.
        QJsonArray applied;
        for (const Event &e : events) {
            QJsonObject o = claimjson::toJson(e);
            o.insert(QStringLiteral("claim_id"), e.claimId);
            applied.append(o);
        }
        ctx.out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("applied"), applied}})
                                         .toJson(QJsonDocument::Compact))
                << Qt::endl;
        return;
    }
    for (const Event &e : events)
        ctx.out << tr("claim %1: %2 at %3 (%4 → %5)")
                       .arg(e.claimId)
                       .arg(names::actionLabel(e.action), output::localTime(e.at, ctx.zone),
                            names::statusLabel(e.from), names::statusLabel(e.to))
                << Qt::endl;
}

} // namespace

int watchSweeps(Context &ctx, const QCommandLineParser &p)
{
    double interval = 10;
    if (p.isSet(QStringLiteral("interval"))) {
        bool ok = false;
        interval = p.value(QStringLiteral("interval")).toDouble(&ok);
        if (!ok || interval < 0.05 || interval > 86400)
            return ctx.badUsage(tr("--interval must be a number of seconds from 0.05 to 86400."));
    }
    const Storage &storage = ctx.session->storage();
    const bool team = storage.has(Storage::Capability::Team);
    bool held = !team;
    print(ctx, ctx.session->swept());
    for (;;) {
        if (team) {
            const Result<bool> taken = storage.takeTeamLock();
            if (!taken.ok()) {
                ctx.err << "aftersales: " << tr("warning: %1").arg(taken.outcome.message) << Qt::endl;
            } else if (*taken != held) {
                held = *taken;
                ctx.err
                    << "aftersales: "
                    << (held
                            ? tr("this process now runs the team's automatic steps (it holds the team lock).")
                            : tr("the team lock was lost; another process runs the automatic steps."))
                    << Qt::endl;
            }
        }
        if (held) {
            const Result<QList<Event>> swept = ctx.workbench->sweep();
            if (swept.ok())
                print(ctx, *swept);
            else
                ctx.err << "aftersales: " << tr("warning: %1").arg(swept.outcome.message) << Qt::endl;
        }
        ctx.out.flush();
        QThread::msleep(static_cast<unsigned long>(interval * 1000));
    }
}

} // namespace aftersales::cli
