#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <functional>

namespace aftersales
{
struct ClaimQuery;
struct Policy;
} // namespace aftersales

namespace aftersales::cli
{

struct Context;

// One command of the command line: its words ("order add"), what it takes and does,
// its options, and the code that runs it.
struct Command {
    QString name;
    QString arguments;   // synopsis of the positional arguments, e.g. "ID..."
    const char *summary; // English source; translated (in `context`) when shown
    QList<QCommandLineOption> options;
    std::function<int(Context &, const QCommandLineParser &)> run;
    bool needsDatabase = true;
    const char *context = "cli"; // of the summary's translation
};

QList<Command> claimCommands();       // apply, approve, reject, ship, buyer …, platform decide
QList<Command> queryCommands();       // list, show, sweep, check
QList<Command> dataCommands();        // init, demo, order add, import, export
QList<Command> maintenanceCommands(); // check, backup, copy
QList<Command> platformCommands();    // platform connect / status / ack, sync
QList<Command> reportCommands();      // report
QList<Command> teamCommands();        // assign, team grant, team revoke, team list
QList<Command> allCommands();

// The list filters (--quick, --type, --status, --search), shared by list and export.
QList<QCommandLineOption> filterOptions();
int parseFilters(Context &ctx, const QCommandLineParser &parser, ClaimQuery &query);

// Opens the database for `command` (read-only when the file cannot be written and the
// command only reads), backs it up when due and brings it up to the clock; 0 or an exit code.
// `watching`: the command keeps running (--watch).
int openDatabase(Context &ctx, const QString &path, const Policy &policy, const Command &command,
                 bool watching);

// `sweep --watch`: rounds of the sweep until the process is stopped.
int watchSweeps(Context &ctx, const QCommandLineParser &parser);

// Shared parsing of what users type, each a clear bad-input message when wrong.
std::optional<qint64> parseClaimId(const QString &text);
int requireClaimId(Context &ctx, const QCommandLineParser &parser, qint64 &id);

} // namespace aftersales::cli
