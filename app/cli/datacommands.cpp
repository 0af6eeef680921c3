#include "commands.h"
#include "context.h"
#include "domain/carriers.h"
#include "domain/timeformat.h"
#include "io/demo.h"
#include "io/exporter.h"
#include "io/importer.h"

#include <QCoreApplication>
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

// A whole number from an option, or a bad-input message naming the option.
std::optional<qint64> wholeNumber(Context &ctx, const QCommandLineParser &p, const char *name,
                                  qint64 fallback, qint64 min, qint64 max)
{
    if (!p.isSet(QLatin1String(name)))
        return fallback;
    bool ok = false;
    const qint64 n = p.value(QLatin1String(name)).toLongLong(&ok);
    if (!ok || n < min || n > max) {
        ctx.badUsage(
            tr("--%1 must be a whole number from %2 to %3.").arg(QLatin1String(name)).arg(min).arg(max));
        return std::nullopt;
    }
    return n;
}

bool optionalTime(Context &ctx, const QCommandLineParser &p, const char *name, std::optional<QDateTime> &into)
{
    if (!p.isSet(QLatin1String(name)))
        return true;
    into = timeformat::parseIso(p.value(QLatin1String(name)));
    if (!into) {
        ctx.badUsage(tr("--%1 \"%2\" is not an ISO 8601 time with an offset.")
                         .arg(QLatin1String(name), p.value(QLatin1String(name))));
        return false;
    }
    return true;
}

// Progress on the terminal for long operations, only where a person watches; the
// command line never cancels (Ctrl+C ends the process, and the storage rolls back what was not committed).
std::function<bool(qint64, qint64)> progressLine(Context &ctx)
{
    return [&ctx](qint64 done, qint64 total) {
        if (ctx.json || total < 5000)
            return true;
        ctx.err << QStringLiteral("\r%1 / %2").arg(done).arg(total) << (done >= total ? "\n" : "");
        ctx.err.flush();
        return true;
    };
}

} // namespace

QList<Command> dataCommands()
{
    QList<Command> list;
    list.append(
        Command{QStringLiteral("init"),
                {},
                QT_TRANSLATE_NOOP("cli", "Create an empty database (every command also creates one)."),
                {},
                [](Context &ctx, const QCommandLineParser &) {
                    if (ctx.json)
                        ctx.printJson(QJsonObject{{QStringLiteral("db"), ctx.storage().location()},
                                                  {QStringLiteral("schema"), ctx.storage().schemaVersion()}});
                    else
                        ctx.out << tr("Database ready: %1").arg(ctx.storage().location()) << Qt::endl;
                    return 0;
                }});
    list.append(Command{
        QStringLiteral("demo"),
        {},
        QT_TRANSLATE_NOOP("cli", "Add N realistic synthetic claims; the same seed gives the same data."),
        {option("count", QT_TRANSLATE_NOOP("aftersales::cli", "How many claims (default 200)."), "N"),
         option("seed", QT_TRANSLATE_NOOP("aftersales::cli", "The random seed (default 1)."), "S")},
        [](Context &ctx, const QCommandLineParser &p) {
            const auto count = wholeNumber(ctx, p, "count", 200, 0, 10'000'000);
            if (!count)
                return 2;
            const auto seed = wholeNumber(ctx, p, "seed", 1, 0, 4294967295LL);
            if (!seed)
                return 2;
            const Outcome o = demo::generate(*ctx.workbench, int(*count), quint32(*seed), progressLine(ctx));
            if (!o.ok())
                return ctx.fail(o);
            if (ctx.json)
                ctx.printJson(QJsonObject{{QStringLiteral("added"), *count}});
            else
                ctx.out << tr("%1 demo claims added to %2").arg(*count).arg(ctx.storage().location())
                        << Qt::endl;
            return 0;
        }});
    list.append(Command{
        QStringLiteral("order add"),
        {},
        QT_TRANSLATE_NOOP("cli", "Record an order the buyer can claim against."),
        {option("order", QT_TRANSLATE_NOOP("aftersales::cli", "The order id."), "ID"),
         option("category", QT_TRANSLATE_NOOP("aftersales::cli", "The product category, e.g. smart_home."),
                "CAT"),
         option("amount", QT_TRANSLATE_NOOP("aftersales::cli", "The amount paid, in fen."), "CENTS"),
         option("tracking", QT_TRANSLATE_NOOP("aftersales::cli", "The original shipment's tracking number."),
                "NO"),
         option("carrier", QT_TRANSLATE_NOOP("aftersales::cli", "The original shipment's carrier code."),
                "CODE"),
         option("shipped-at",
                QT_TRANSLATE_NOOP("aftersales::cli",
                                  "When it shipped (default: now, when a tracking number is given)."),
                "TIME"),
         option("received-at", QT_TRANSLATE_NOOP("aftersales::cli", "When the buyer confirmed receipt."),
                "TIME"),
         option("buyer", QT_TRANSLATE_NOOP("aftersales::cli", "The buyer's nickname."), "NAME"),
         option("product", QT_TRANSLATE_NOOP("aftersales::cli", "The product title."), "TITLE")},
        [](Context &ctx, const QCommandLineParser &p) {
            Order o;
            o.orderId = p.value(QStringLiteral("order")).trimmed();
            o.category = p.value(QStringLiteral("category")).trimmed();
            if (o.orderId.isEmpty() || o.category.isEmpty() || !p.isSet(QStringLiteral("amount")))
                return ctx.badUsage(tr("--order, --category and --amount are required."));
            const auto amount = wholeNumber(ctx, p, "amount", 0, 0, 100'000'000'00LL);
            if (!amount)
                return 2;
            o.amountCents = *amount;
            o.trackingNo = p.value(QStringLiteral("tracking")).trimmed();
            o.carrier = p.value(QStringLiteral("carrier")).trimmed();
            if (o.trackingNo.isEmpty() != o.carrier.isEmpty())
                return ctx.badUsage(tr("--tracking and --carrier go together."));
            if (!optionalTime(ctx, p, "shipped-at", o.shippedAt) ||
                !optionalTime(ctx, p, "received-at", o.receivedAt))
                return 2;
            if (!o.shippedAt && !o.trackingNo.isEmpty())
                o.shippedAt = ctx.workbench->now();
            if (o.receivedAt && !o.shippedAt)
                return ctx.badUsage(tr("An order cannot be received before it ships."));
            if (o.receivedAt && *o.receivedAt < *o.shippedAt)
                return ctx.badUsage(tr("An order cannot be received before it ships."));
            o.buyer = p.value(QStringLiteral("buyer"));
            o.product = p.value(QStringLiteral("product"));
            if (Outcome added = ctx.workbench->addOrder(o); !added.ok())
                return ctx.fail(added);
            if (ctx.json)
                ctx.printJson(QJsonObject{{QStringLiteral("order_id"), o.orderId}});
            else
                ctx.out << tr("Order %1 recorded.").arg(o.orderId) << Qt::endl;
            return 0;
        }});
    list.append(Command{
        QStringLiteral("import"),
        QStringLiteral("FILE"),
        QT_TRANSLATE_NOOP("cli",
                          "Import claims in the platform's afterSale/List JSON shape; all or nothing."),
        {},
        [](Context &ctx, const QCommandLineParser &p) {
            if (p.positionalArguments().size() != 1)
                return ctx.badUsage(tr("Give one file to import."));
            const Result<int> n =
                importer::importFile(*ctx.workbench, p.positionalArguments().first(), progressLine(ctx));
            if (!n.ok())
                return ctx.fail(n.outcome);
            if (ctx.json)
                ctx.printJson(QJsonObject{{QStringLiteral("imported"), *n}});
            else
                ctx.out << tr("%1 claims imported.").arg(*n) << Qt::endl;
            return 0;
        }});
    list.append(Command{
        QStringLiteral("export"), QStringLiteral("FILE"),
        QT_TRANSLATE_NOOP("cli", "Export the list (its filters) to CSV for Excel, or JSON for *.json."),
        filterOptions(), [](Context &ctx, const QCommandLineParser &p) {
            if (p.positionalArguments().size() != 1)
                return ctx.badUsage(tr("Give one file to export to."));
            ClaimQuery q;
            if (int code = parseFilters(ctx, p, q))
                return code;
            const Result<qint64> n = exporter::exportClaims(
                ctx.workbench->reader(), q, p.positionalArguments().first(), progressLine(ctx));
            if (!n.ok())
                return ctx.fail(n.outcome);
            if (ctx.json)
                ctx.printJson(QJsonObject{{QStringLiteral("exported"), *n}});
            else
                ctx.out << tr("%1 claims exported.").arg(*n) << Qt::endl;
            return 0;
        }});
    return list;
}

} // namespace aftersales::cli
