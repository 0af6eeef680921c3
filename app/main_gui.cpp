// The desktop workbench: parses the options, opens the database, shows the window.
#include "domain/policy.h"
#include "domain/timeformat.h"
#include "heaptuning.h"
#include "io/demo.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "platform/memorykeyring.h"
#include "platform/syncengine.h"
#include "platform/systemkeyring.h"
#include "screenshots.h"
#include "session.h"
#include "settings.h"
#include "storage/storage.h"
#include "storage/storagefactory.h"
#include "teamtools.h"
#include "translation.h"
#include "workbench.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QLabel>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTextStream>

#include <memory>

using namespace aftersales;

namespace
{

int fail(const QString &text, int code)
{
    QTextStream(stderr) << "aftersales-workbench: " << text << Qt::endl;
    ui::MessageBox::critical(nullptr, QCoreApplication::translate("main", "After-sales workbench"), text);
    return code;
}

// --help and --version print and quit: no display needed for them.
bool onlyPrints(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i)
        for (const char *word : {"--help", "-h", "--help-all", "--version", "-v"})
            if (qstrcmp(argv[i], word) == 0)
                return true;
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    aftersales::heap::keepFreedMemoryForReuse();
    const std::unique_ptr<QCoreApplication> application = onlyPrints(argc, argv)
                                                              ? std::make_unique<QCoreApplication>(argc, argv)
                                                              : std::make_unique<QApplication>(argc, argv);
    QCoreApplication &app = *application;
    // The same per-user folder as the command line: both open the same database by default.
    QCoreApplication::setApplicationName(QStringLiteral("aftersales"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AFTERSALES_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("aftersales"));

    Settings settings;
    translation::install(settings.language().value());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "After-sales workbench for Douyin shop merchants."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QString defaultDb =
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/aftersales.db");
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QCoreApplication::translate("main", "The database file (default: %1).").arg(defaultDb),
        QCoreApplication::translate("main", "FILE"), defaultDb);
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QCoreApplication::translate("main", "Fill an empty database with 300 realistic demo claims."));
    const QCommandLineOption nowOption(
        QStringLiteral("now"),
        QCoreApplication::translate("main",
                                    "A fixed clock, ISO 8601 with offset (for screenshots and tests)."),
        QCoreApplication::translate("main", "TIME"));
    const QCommandLineOption operatorOption(
        QStringLiteral("operator"),
        QCoreApplication::translate("main",
                                    "Who acts, written into the audit trail (default: the login name)."),
        QCoreApplication::translate("main", "NAME"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshots"),
        QCoreApplication::translate("main",
                                    "Save screenshots of the window and its dialogs to FOLDER and quit."),
        QCoreApplication::translate("main", "FOLDER"));
    parser.addOptions({dbOption, demoOption, nowOption, operatorOption, screenshotOption});
    parser.process(app);

    std::unique_ptr<Clock> clock;
    if (parser.isSet(nowOption)) {
        const std::optional<QDateTime> at = timeformat::parseIso(parser.value(nowOption));
        if (!at)
            return fail(
                QCoreApplication::translate(
                    "main", "--now needs an ISO 8601 time with an offset, like 2026-11-26T10:00:00+08:00."),
                2);
        clock = std::make_unique<FixedClock>(*at);
    } else {
        clock = std::make_unique<SystemClock>();
    }

    const Result<Policy> policy = Policy::load(Policy::defaultUserFile());
    if (!policy.ok())
        return fail(QCoreApplication::translate("main", "The policy file %1 cannot be used: %2")
                        .arg(Policy::defaultUserFile(), policy.outcome.message),
                    2);

    // --db when given; else the database the window opened last (File → Open team database…);
    // else the local file.
    const QString remembered = settings.database().value();
    QString path = parser.isSet(dbOption) || remembered.isEmpty() ? parser.value(dbOption) : remembered;
    bool fromSettings = !parser.isSet(dbOption) && !remembered.isEmpty();
    // What the event loop returns when the user chose another database: it opens in place.
    constexpr int reopen = 0x7a11;
    for (;;) {
        // A file this program may not write opens read-only: lists and claims can be read,
        // every change is refused with the reason.
        Session::Options options;
        options.readOnly = !storage::isWritable(path);
        options.longLived = true;
        Result<std::unique_ptr<Session>> opened = Session::open(path, *clock, *policy, options);
        if (!opened.ok()) {
            const Outcome &o = opened.outcome;
            if (fromSettings) {
                // The team's server out of reach (or the password gone): the local file, saying why.
                ui::MessageBox::warning(
                    nullptr, QCoreApplication::translate("main", "After-sales workbench"),
                    QCoreApplication::translate("main",
                                                "Cannot open the database %1.\n\n%2\n\nThe local database "
                                                "file opens instead.")
                        .arg(path, o.message));
                fromSettings = false;
                path = defaultDb;
                continue;
            }
            if (o.kind == Outcome::Kind::BadInput)
                return fail(o.message, 2);
            return fail(QCoreApplication::translate("main", "Cannot open the database %1.\n\n%2")
                            .arg(path, o.message),
                        o.exitCode());
        }
        const std::unique_ptr<Session> session = std::move(*opened);
        Workbench &workbench = session->workbench();
        if (!session->backupOutcome().ok())
            qWarning("no backup was taken: %s", qPrintable(session->backupOutcome().message));

        if (parser.isSet(demoOption)) {
            const Result<qint64> claims = workbench.reader().count(ClaimQuery{});
            if (claims.ok() && *claims == 0) {
                QProgressDialog progress(QCoreApplication::translate("main", "Adding demo claims…"),
                                         QCoreApplication::translate("main", "Cancel"), 0, 300);
                progress.setWindowModality(Qt::ApplicationModal);
                progress.setMinimumDuration(500);
                const Outcome o = demo::generate(workbench, 300, 1, [&progress](int done, int total) {
                    progress.setMaximum(total);
                    progress.setValue(done);
                    return !progress.wasCanceled();
                });
                if (!o.ok())
                    return fail(o.message, o.exitCode());
            }
        }

        // The platform sync (made before the window, gone after it): its own thread and
        // database connection; the window only asks it.
        std::unique_ptr<platform::SyncEngine> sync;
        ui::MainWindow window(workbench, settings);
        if (parser.isSet(operatorOption)) {
            // On a team's database who acts is who logged in: the window says so and uses the role.
            if (session->storage().has(Storage::Capability::Team) &&
                parser.value(operatorOption) != session->storage().connectedRole())
                QTextStream(stderr) << "aftersales-workbench: "
                                    << QCoreApplication::translate(
                                           "main", "on a PostgreSQL database the audit trail records "
                                                   "the role logged in (%1); --operator %2 is not used.")
                                           .arg(session->storage().connectedRole(),
                                                parser.value(operatorOption))
                                    << Qt::endl;
            window.setOperatorName(parser.value(operatorOption));
        }
        if (!session->isReadOnly() && session->storage().has(Storage::Capability::PlatformSync)) {
            platform::SyncEnvironment env;
            env.location = workbench.storage().location();
            env.policy = workbench.policy();
            // --now fixes the time of what the sync writes as well; the platform's clock is real.
            if (parser.isSet(nowOption))
                env.localClock = std::make_shared<FixedClock>(clock->now());
            else
                env.localClock = std::make_shared<SystemClock>();
            env.platformClock = std::make_shared<SystemClock>();
            env.makeKeyring = []() -> std::unique_ptr<platform::Keyring> {
                if (qEnvironmentVariable("AFTERSALES_KEYRING") == QLatin1String("none"))
                    return std::make_unique<platform::MemoryKeyring>(false);
                return std::make_unique<platform::SystemKeyring>();
            };
            sync = std::make_unique<platform::SyncEngine>(env);
            window.attachSync(*sync);
        }
        if (parser.isSet(screenshotOption)) {
            const QStringList files = ui::saveScreenshots(window, parser.value(screenshotOption));
            QTextStream(stdout) << files.join(QLatin1Char('\n')) << Qt::endl;
            // The list at two sizes, both dialogs, Insight; and the connect dialog with a sync.
            return files.size() == (sync ? 6 : 5) ? 0 : 1;
        }
        if (session->isReadOnly())
            window.statusBar()->addPermanentWidget(new QLabel(QCoreApplication::translate(
                "main", "Read-only: this database file cannot be written, so nothing can be changed here.")));
        QString next;
        QObject::connect(window.teamTools(), &ui::TeamTools::openDatabaseRequested, &window,
                         [&next](const QString &location) {
                             next = location;
                             QCoreApplication::exit(reopen);
                         });
        QApplication::setWindowIcon(window.windowIcon());
        window.show();
        const int code = app.exec();
        if (code != reopen)
            return code;
        window.close(); // its layout saved; the window remembered the choice in the settings
        path = next.isEmpty() ? defaultDb : next;
        fromSettings = true;
    }
}
