#include "cliapp.h"

#include "commands.h"
#include "context.h"
#include "domain/policy.h"
#include "domain/timeformat.h"
#include "io/claimtext.h"
#include "settings.h"
#include "translation.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <algorithm>

namespace aftersales::cli
{
namespace
{

// The context lupdate gives tr() calls in this namespace.
QString tr(const char *text)
{
    return QCoreApplication::translate("aftersales::cli", text);
}

struct Globals {
    QString db;
    QString now;
    QString operatorName;
    QString policyFile;
    bool json = false;
    bool help = false;
    bool version = false;
};

QString defaultDatabase()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/aftersales.db");
}

QString loginName()
{
    for (const char *var : {"AFTERSALES_OPERATOR", "USER", "LOGNAME", "USERNAME"}) {
        const QString name = qEnvironmentVariable(var);
        if (!name.isEmpty())
            return name;
    }
    return QStringLiteral("merchant");
}

QString usage()
{
    QString text =
        tr("Usage: aftersales [--db PATH|URI] [--now TIME] [--operator NAME] [--json] COMMAND ...\n\n"
           "The after-sales workbench on the command line: Douyin shop claims, their deadlines\n"
           "and the platform's rules, over the same database as the desktop workbench.\n\n"
           "Global options (before the command):\n"
           "  --db PATH|URI      the database file (default: %1), or a team's PostgreSQL\n"
           "                     database: postgresql://ROLE@HOST[:PORT]/DATABASE (the password\n"
           "                     from PGPASSWORD or ~/.pgpass, never in the address)\n"
           "  --now TIME         the clock, ISO 8601 with offset (default: the system clock)\n"
           "  --operator NAME    who acts, written into the audit trail (default: the login name;\n"
           "                     on PostgreSQL always the role logged in)\n"
           "  --policy FILE      policy overrides (default: %2 when it exists)\n"
           "  --json             machine-readable output on stdout\n"
           "  --help, --version\n\n"
           "Commands:\n")
            .arg(defaultDatabase(), Policy::defaultUserFile());
    for (const Command &c : allCommands()) {
        const QString synopsis =
            c.name + (c.arguments.isEmpty() ? QString() : QLatin1Char(' ') + c.arguments);
        text += QStringLiteral("  %1%2\n")
                    .arg(synopsis.leftJustified(34), QCoreApplication::translate(c.context, c.summary));
    }
    text += tr("\n'aftersales COMMAND --help' describes a command. Exit codes: 0 done, 1 refused by a rule,\n"
               "2 bad usage or input, 3 storage error or conflict.\n");
    return text;
}

QString commandHelp(const Command &c)
{
    QString text = tr("Usage: aftersales [global options] %1 %2\n\n%3\n")
                       .arg(c.name, c.arguments, QCoreApplication::translate(c.context, c.summary));
    if (!c.options.isEmpty()) {
        text += tr("\nOptions:\n");
        for (const QCommandLineOption &o : c.options) {
            QString names = QStringLiteral("--") + o.names().join(QStringLiteral(", --"));
            if (!o.valueName().isEmpty())
                names += QLatin1Char(' ') + o.valueName();
            text += QStringLiteral("  %1%2\n").arg(names.leftJustified(28), o.description());
        }
    }
    return text;
}

// Global options stand before the command; returns the index of the command word.
int parseGlobals(const QStringList &args, Globals &g, QString &error)
{
    int i = 0;
    for (; i < args.size(); ++i) {
        const QString arg = args[i];
        if (!arg.startsWith(QLatin1String("--")))
            break;
        const int eq = arg.indexOf(QLatin1Char('='));
        const QString name = arg.mid(2, eq < 0 ? -1 : eq - 2);
        auto value = [&](QString &into) {
            if (eq >= 0) {
                into = arg.mid(eq + 1);
                return true;
            }
            if (i + 1 >= args.size()) {
                error = tr("Option --%1 needs a value.").arg(name);
                return false;
            }
            into = args[++i];
            return true;
        };
        if (name == QLatin1String("db")) {
            if (!value(g.db))
                return -1;
        } else if (name == QLatin1String("now")) {
            if (!value(g.now))
                return -1;
        } else if (name == QLatin1String("operator")) {
            if (!value(g.operatorName))
                return -1;
        } else if (name == QLatin1String("policy")) {
            if (!value(g.policyFile))
                return -1;
        } else if (name == QLatin1String("json")) {
            g.json = true;
        } else if (name == QLatin1String("help")) {
            g.help = true;
        } else if (name == QLatin1String("version")) {
            g.version = true;
        } else {
            error = tr("Unknown option %1.").arg(arg);
            return -1;
        }
    }
    return i;
}

const Command *findCommand(const QList<Command> &commands, const QStringList &args, int at, int &words)
{
    for (const Command &c : commands) {
        const QStringList parts = c.name.split(QLatin1Char(' '));
        if (at + parts.size() > args.size())
            continue;
        if (args.mid(at, parts.size()) == parts) {
            words = int(parts.size());
            return &c;
        }
    }
    return nullptr;
}

} // namespace

int Context::fail(const Outcome &outcome)
{
    err << "aftersales: " << outcome.message << Qt::endl;
    if (json) {
        static const char *kinds[] = {"ok", "refused", "bad_input", "storage", "conflict"};
        QJsonObject error{{QStringLiteral("kind"), QLatin1String(kinds[int(outcome.kind)])},
                          {QStringLiteral("message"), outcome.message}};
        if (!outcome.rule.isEmpty())
            error.insert(QStringLiteral("rule"), outcome.rule);
        printJson(QJsonObject{{QStringLiteral("error"), error}});
    }
    return outcome.exitCode();
}

void Context::printJson(const QJsonValue &value)
{
    const QJsonDocument doc =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    out.flush();
}

int run(const QStringList &arguments)
{
    QCoreApplication::setApplicationName(QStringLiteral("aftersales"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AFTERSALES_VERSION));
    translation::install();
    QTextStream out(stdout);
    QTextStream err(stderr);

    Globals g;
    QString error;
    const int at = parseGlobals(arguments, g, error);
    if (at < 0) {
        err << "aftersales: " << error << '\n' << tr("Try 'aftersales --help'.") << Qt::endl;
        return 2;
    }
    if (g.version) {
        out << "aftersales " << AFTERSALES_VERSION << Qt::endl;
        return 0;
    }
    const QList<Command> commands = allCommands();
    if (at >= arguments.size()) {
        (g.help ? out : err) << usage();
        return g.help ? 0 : 2;
    }
    int words = 0;
    const Command *command = findCommand(commands, arguments, at, words);
    if (!command) {
        err << "aftersales: " << tr("Unknown command \"%1\".").arg(arguments.mid(at).join(QLatin1Char(' ')))
            << '\n'
            << tr("Try 'aftersales --help'.") << Qt::endl;
        return 2;
    }

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions(command->options);
    parser.addOption(QCommandLineOption(QStringList{QStringLiteral("h"), QStringLiteral("help")}));
    QStringList commandArgs{QStringLiteral("aftersales")};
    commandArgs += arguments.mid(at + words);
    if (!parser.parse(commandArgs)) {
        err << "aftersales " << command->name << ": " << parser.errorText() << '\n'
            << tr("Try 'aftersales %1 --help'.").arg(command->name) << Qt::endl;
        return 2;
    }
    if (parser.isSet(QStringLiteral("help")) || g.help) {
        out << commandHelp(*command);
        return 0;
    }

    Context ctx{nullptr, nullptr, nullptr, g.operatorName.isEmpty() ? loginName() : g.operatorName,
                g.json,  out,     err};
    // A command that keeps watching (--watch) sees time pass, from --now when given.
    const bool watching =
        command->options.end() != std::find_if(command->options.begin(), command->options.end(),
                                               [](const QCommandLineOption &o) {
                                                   return o.names().contains(QStringLiteral("watch"));
                                               }) &&
        parser.isSet(QStringLiteral("watch"));
    ctx.zone = claimtext::zoneOf(Settings().timeZone().value());
    if (g.now.isEmpty()) {
        ctx.clock = std::make_unique<SystemClock>();
    } else {
        const std::optional<QDateTime> now = timeformat::parseIso(g.now);
        if (!now)
            return ctx.badUsage(tr("--now \"%1\" is not an ISO 8601 time with an offset, such as "
                                   "2026-11-26T10:00:00+08:00.")
                                    .arg(g.now));
        if (watching)
            ctx.clock = std::make_unique<RunningClock>(*now);
        else
            ctx.clock = std::make_unique<FixedClock>(*now);
    }
    const Result<Policy> policy =
        Policy::load(g.policyFile.isEmpty() ? Policy::defaultUserFile() : g.policyFile);
    if (!policy.ok())
        return ctx.fail(policy.outcome);
    if (!g.policyFile.isEmpty() && !QFile::exists(g.policyFile))
        return ctx.badUsage(tr("The policy file %1 does not exist.").arg(g.policyFile));

    const QString db = g.db.isEmpty() ? defaultDatabase() : g.db;
    if (int code = openDatabase(ctx, db, *policy, *command, watching))
        return code;
    // On a team's database who acts is who logged in: the server writes the role into the
    // audit trail, so the operator (and "me" of --mine) is that role, whatever --operator says.
    if (ctx.storage().has(Storage::Capability::Team)) {
        const QString role = ctx.storage().connectedRole();
        if (!g.operatorName.isEmpty() && g.operatorName != role)
            err << "aftersales: "
                << tr("warning: on a PostgreSQL database the audit trail records the role logged in (%1); "
                      "--operator %2 is not used.")
                       .arg(role, g.operatorName)
                << Qt::endl;
        ctx.operatorName = role;
    }
    return command->run(ctx, parser);
}

} // namespace aftersales::cli
