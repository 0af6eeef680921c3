#include "commands.h"
#include "context.h"
#include "domain/claimactions.h"
#include "domain/names.h"
#include "io/claimjson.h"
#include "io/trackingimport.h"
#include "output.h"

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

QCommandLineOption option(const char *name, const char *description, const char *valueName = nullptr)
{
    return valueName ? QCommandLineOption(QLatin1String(name), tr(description), QLatin1String(valueName))
                     : QCommandLineOption(QLatin1String(name), tr(description));
}

// Prints the claim after a successful action: its JSON, or one line for a person.
int printClaim(Context &ctx, const Claim &c)
{
    if (ctx.json)
        ctx.printJson(claimjson::toJson(c));
    else
        ctx.out << tr("Claim %1: %2").arg(c.id).arg(names::statusLabel(c.status)) << Qt::endl;
    return 0;
}

int actOn(Context &ctx, const QCommandLineParser &parser, ActionRequest request)
{
    qint64 id = 0;
    if (int code = requireClaimId(ctx, parser, id))
        return code;
    const Result<Claim> after = ctx.workbench->act(id, request);
    if (!after.ok())
        return ctx.fail(after.outcome);
    return printClaim(ctx, *after);
}

int withShipment(Context &ctx, const QCommandLineParser &parser, ActionRequest request)
{
    request.carrier = parser.value(QStringLiteral("carrier"));
    request.trackingNo = parser.value(QStringLiteral("tracking"));
    if (request.carrier.isEmpty() || request.trackingNo.isEmpty())
        return ctx.badUsage(tr("--carrier and --tracking are required."));
    return actOn(ctx, parser, request);
}

Command buyerCommand(const char *word, const char *summary, Action action)
{
    return Command{
        QStringLiteral("buyer ") + QLatin1String(word),
        QStringLiteral("ID"),
        summary,
        {option("note", QT_TRANSLATE_NOOP("aftersales::cli", "A note for the audit trail."), "TEXT")},
        [action](Context &ctx, const QCommandLineParser &p) {
            ActionRequest r;
            r.action = action;
            r.actor = actors::buyer;
            r.note = p.value(QStringLiteral("note"));
            return actOn(ctx, p, r);
        }};
}

// `ship --from FILE`: the preview of every row, then the good rows in one transaction.
// Without --skip-bad a single bad row refuses the whole file (nothing is written).
int shipFromFile(Context &ctx, const QCommandLineParser &p)
{
    using namespace trackingimport;
    if (!p.positionalArguments().isEmpty())
        return ctx.badUsage(tr("Give either a claim id or --from FILE, not both."));
    if (p.isSet(QStringLiteral("carrier")) || p.isSet(QStringLiteral("tracking")))
        return ctx.badUsage(tr("--carrier and --tracking come from the file with --from."));
    const Result<Preview> preview = previewFile(*ctx.workbench, p.value(QStringLiteral("from")));
    if (!preview.ok())
        return ctx.fail(preview.outcome);
    const bool skipBad = p.isSet(QStringLiteral("skip-bad"));
    const bool dryRun = p.isSet(QStringLiteral("dry-run"));
    // A bad row's exit code: malformed or unknown is bad input (2), the rest refused (1).
    int badCode = 0;
    for (const Row &r : preview->rows)
        if (r.state != RowState::Ok)
            badCode = std::max(badCode,
                               r.state == RowState::WrongFormat || r.state == RowState::UnknownClaim ? 2 : 1);
    const bool refuse = badCode != 0 && (!skipBad || preview->okCount() == 0);
    int applied = 0;
    Outcome failure;
    if (!dryRun && !refuse) {
        const Result<int> n = apply(*ctx.workbench, *preview, ctx.operatorName, [&](int done, int total) {
            if (!ctx.json && total >= 1000) {
                ctx.err << QStringLiteral("\r%1 / %2").arg(done).arg(total) << (done >= total ? "\n" : "");
                ctx.err.flush();
            }
            return true;
        });
        if (n.ok())
            applied = *n;
        else
            failure = n.outcome;
    }
    if (ctx.json) {
        QJsonArray rows;
        for (const Row &r : preview->rows) {
            QJsonObject o{
                {QStringLiteral("line"), r.line},
                {QStringLiteral("state"), stateName(r.state)},
                {QStringLiteral("carrier"), r.carrier.isEmpty() ? r.carrierText : r.carrier},
                {QStringLiteral("tracking_no"), r.trackingNo.isEmpty() ? r.trackingText : r.trackingNo}};
            o.insert(QStringLiteral("claim_id"), r.claimId > 0 ? QJsonValue(r.claimId) : QJsonValue());
            if (!r.orderText.isEmpty())
                o.insert(QStringLiteral("order_id"), r.orderText);
            if (!r.message.isEmpty())
                o.insert(QStringLiteral("message"), r.message);
            rows.append(o);
        }
        QJsonObject doc{
            {QStringLiteral("applied"), applied},
            {QStringLiteral("skipped"), (dryRun || refuse || !failure.ok()) ? 0 : preview->badCount()},
            {QStringLiteral("encoding"), preview->encoding},
            {QStringLiteral("rows"), rows}};
        if (!failure.ok())
            doc.insert(QStringLiteral("error"), QJsonObject{{QStringLiteral("message"), failure.message},
                                                            {QStringLiteral("rule"), failure.rule}});
        ctx.printJson(doc);
    } else {
        QList<QStringList> rows;
        for (const Row &r : preview->rows)
            rows.append({QString::number(r.line), r.claimId > 0 ? QString::number(r.claimId) : r.claimText,
                         r.orderText, r.carrier.isEmpty() ? r.carrierText : r.carrier,
                         r.trackingNo.isEmpty() ? r.trackingText : r.trackingNo, stateLabel(r.state),
                         r.message});
        output::table(ctx.out,
                      {tr("Line"), tr("Claim"), tr("Order"), tr("Carrier"), tr("Tracking number"),
                       tr("Check"), tr("Why")},
                      rows);
    }
    if (!failure.ok()) {
        ctx.err << "aftersales: " << failure.message << Qt::endl;
        return failure.exitCode();
    }
    if (refuse) {
        ctx.err << "aftersales: "
                << tr("%1 of %2 rows cannot be shipped; nothing was saved. Fix them, or add --skip-bad to "
                      "ship the good rows only.")
                       .arg(preview->badCount())
                       .arg(preview->rows.size())
                << Qt::endl;
        return badCode;
    }
    if (!ctx.json) {
        if (dryRun)
            ctx.out << tr("Dry run: %1 of %2 rows can be shipped; nothing was saved.")
                           .arg(preview->okCount())
                           .arg(preview->rows.size())
                    << Qt::endl;
        else
            ctx.out << tr("%1 claims shipped; %2 rows skipped.").arg(applied).arg(preview->badCount())
                    << Qt::endl;
    }
    return dryRun ? badCode : 0;
}

// `approve ID…`: every claim on its own, in one call; the exit code of the worst failure.
int actOnMany(Context &ctx, const QCommandLineParser &p, const ActionRequest &request)
{
    const QStringList args = p.positionalArguments();
    if (args.isEmpty())
        return ctx.badUsage(tr("Give at least one claim id."));
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
    for (const Workbench::ItemResult &r : ctx.workbench->actMany(targets, request)) {
        if (r.outcome.ok()) {
            items.append(claimjson::toJson(*r.claim));
            if (!ctx.json)
                ctx.out << tr("Claim %1: %2").arg(r.id).arg(names::statusLabel(r.claim->status)) << Qt::endl;
            continue;
        }
        worst = std::max(worst, r.outcome.exitCode());
        ctx.err << "aftersales: " << tr("claim %1: %2").arg(r.id).arg(r.outcome.message) << Qt::endl;
        QJsonObject f{{QStringLiteral("id"), r.id}, {QStringLiteral("message"), r.outcome.message}};
        if (!r.outcome.rule.isEmpty())
            f.insert(QStringLiteral("rule"), r.outcome.rule);
        failed.append(f);
    }
    if (ctx.json) {
        if (targets.size() == 1 && worst == 0)
            ctx.printJson(items.first());
        else
            ctx.printJson(QJsonObject{{QStringLiteral("items"), items}, {QStringLiteral("failed"), failed}});
    }
    return worst;
}

// The command of a merchant's action (claimactions.h): its options follow what it needs.
Command actionCommand(const ClaimAction &row)
{
    Command c{QLatin1String(row.name), QStringLiteral("ID"), row.summary, {}, {}};
    c.context = "claimactions";
    const Action action = row.action;
    switch (row.input) {
    case ActionInput::None:
    case ActionInput::Confirmation:
        c.options = {
            option("note", QT_TRANSLATE_NOOP("aftersales::cli", "A note for the audit trail."), "TEXT")};
        if (row.many)
            c.arguments = QStringLiteral("ID...");
        c.run = [action, many = row.many](Context &ctx, const QCommandLineParser &p) {
            ActionRequest r;
            r.action = action;
            r.actor = ctx.operatorName;
            r.note = p.value(QStringLiteral("note"));
            return many ? actOnMany(ctx, p, r) : actOn(ctx, p, r);
        };
        break;
    case ActionInput::RejectReason:
        c.options = {option("reason-code",
                            QT_TRANSLATE_NOOP("aftersales::cli",
                                              "agreed_with_buyer, out_of_stock, delivered or other."),
                            "CODE"),
                     option("note", QT_TRANSLATE_NOOP("aftersales::cli", "A note to the buyer."), "TEXT")};
        c.run = [action](Context &ctx, const QCommandLineParser &p) {
            const QString code = p.value(QStringLiteral("reason-code"));
            const auto parsed = names::parseRejectCode(code);
            if (!parsed)
                return ctx.badUsage(code.isEmpty() ? tr("--reason-code is required.")
                                                   : tr("Unknown reject reason code \"%1\".").arg(code));
            ActionRequest r;
            r.action = action;
            r.actor = ctx.operatorName;
            r.rejectCode = parsed;
            r.note = p.value(QStringLiteral("note"));
            return actOn(ctx, p, r);
        };
        break;
    case ActionInput::Shipment:
        c.arguments = QStringLiteral("ID | --from FILE");
        c.options = {
            option("carrier", QT_TRANSLATE_NOOP("aftersales::cli", "The carrier code, e.g. shunfeng."),
                   "CODE"),
            option("tracking", QT_TRANSLATE_NOOP("aftersales::cli", "The tracking number."), "NO"),
            option("from",
                   QT_TRANSLATE_NOOP("aftersales::cli",
                                     "A CSV (UTF-8 or GB18030) with columns 售后单号 or "
                                     "订单号, 快递公司, 物流单号: all rows in one transaction."),
                   "FILE"),
            option("skip-bad", QT_TRANSLATE_NOOP("aftersales::cli",
                                                 "With --from: ship the good rows, skip the bad ones.")),
            option("dry-run", QT_TRANSLATE_NOOP("aftersales::cli", "With --from: only check the file."))};
        c.run = [action](Context &ctx, const QCommandLineParser &p) {
            if (p.isSet(QStringLiteral("from")))
                return shipFromFile(ctx, p);
            if (p.isSet(QStringLiteral("skip-bad")) || p.isSet(QStringLiteral("dry-run")))
                return ctx.badUsage(tr("--skip-bad and --dry-run go with --from."));
            ActionRequest r;
            r.action = action;
            r.actor = ctx.operatorName;
            return withShipment(ctx, p, r);
        };
        break;
    }
    return c;
}

} // namespace

std::optional<qint64> parseClaimId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        return std::nullopt;
    return id;
}

int requireClaimId(Context &ctx, const QCommandLineParser &parser, qint64 &id)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return ctx.badUsage(tr("Give exactly one claim id."));
    const std::optional<qint64> parsed = parseClaimId(args.first());
    if (!parsed)
        return ctx.badUsage(tr("\"%1\" is not a claim id.").arg(args.first()));
    id = *parsed;
    return 0;
}

QList<Command> claimCommands()
{
    QList<Command> list;
    list.append(Command{
        QStringLiteral("apply"),
        {},
        QT_TRANSLATE_NOOP("cli", "The buyer applies for after-sales on an order; prints the new claim's id."),
        {option("order", QT_TRANSLATE_NOOP("aftersales::cli", "The order id."), "ID"),
         option("type",
                QT_TRANSLATE_NOOP("aftersales::cli",
                                  "return_refund, refund_shipped, refund_unshipped, exchange or reship."),
                "TYPE"),
         option("reason",
                QT_TRANSLATE_NOOP("aftersales::cli",
                                  "never_received, missing_items, other (reship); quality_issue, wrong_item, "
                                  "not_as_described, no_longer_needed, missing_items, other (other types)."),
                "REASON"),
         option("note", QT_TRANSLATE_NOOP("aftersales::cli", "The buyer's note."), "TEXT")},
        [](Context &ctx, const QCommandLineParser &p) {
            const QString order = p.value(QStringLiteral("order"));
            const auto type = names::parseType(p.value(QStringLiteral("type")));
            const auto reason = names::parseReason(p.value(QStringLiteral("reason")));
            if (order.isEmpty())
                return ctx.badUsage(tr("--order is required."));
            if (!type)
                return ctx.badUsage(tr("Unknown claim type \"%1\".").arg(p.value(QStringLiteral("type"))));
            if (!reason)
                return ctx.badUsage(tr("Unknown reason \"%1\".").arg(p.value(QStringLiteral("reason"))));
            const Result<qint64> id =
                ctx.workbench->apply(order, ApplyRequest{*type, *reason, p.value(QStringLiteral("note"))});
            if (!id.ok())
                return ctx.fail(id.outcome);
            if (ctx.json)
                ctx.printJson(QJsonObject{{QStringLiteral("id"), *id}});
            else
                ctx.out << *id << Qt::endl;
            return 0;
        }});
    for (const ClaimAction &row : claimactions::all())
        list.append(actionCommand(row));
    list.append(Command{
        QStringLiteral("remark"),
        QStringLiteral("ID"),
        QT_TRANSLATE_NOOP("cli", "The merchant's own remark on a claim."),
        {option("text", QT_TRANSLATE_NOOP("aftersales::cli", "The remark (empty clears it)."), "TEXT")},
        [](Context &ctx, const QCommandLineParser &p) {
            qint64 id = 0;
            if (int code = requireClaimId(ctx, p, id))
                return code;
            const Result<Claim> after =
                ctx.workbench->setRemark(id, p.value(QStringLiteral("text")), ctx.operatorName);
            if (!after.ok())
                return ctx.fail(after.outcome);
            return printClaim(ctx, *after);
        }});
    list.append(Command{
        QStringLiteral("flag"),
        QStringLiteral("ID"),
        QT_TRANSLATE_NOOP("cli", "The platform's coloured flag on a claim (order_flag)."),
        {option("set",
                QT_TRANSLATE_NOOP("aftersales::cli", "0 none, 1 purple, 2 cyan, 3 green, 4 orange, 5 red."),
                "N")},
        [](Context &ctx, const QCommandLineParser &p) {
            qint64 id = 0;
            if (int code = requireClaimId(ctx, p, id))
                return code;
            bool ok = false;
            const int flag = p.value(QStringLiteral("set")).toInt(&ok);
            if (!ok || flag < 0 || flag > 5)
                return ctx.badUsage(tr("--set must be a flag from 0 (none) to 5 (red)."));
            const Result<Claim> after = ctx.workbench->setFlag(id, flag, ctx.operatorName);
            if (!after.ok())
                return ctx.fail(after.outcome);
            return printClaim(ctx, *after);
        }});
    list.append(
        buyerCommand("cancel", QT_TRANSLATE_NOOP("cli", "The buyer withdraws the claim."), Action::Cancel));
    list.append(buyerCommand("modify", QT_TRANSLATE_NOOP("cli", "The buyer modifies the application."),
                             Action::Modify));
    list.append(buyerCommand(
        "escalate", QT_TRANSLATE_NOOP("cli", "The buyer asks for platform intervention."), Action::Escalate));
    list.append(buyerCommand("confirm",
                             QT_TRANSLATE_NOOP("cli", "The buyer confirms receipt of the replacement."),
                             Action::Confirm));
    list.append(
        Command{QStringLiteral("buyer return"),
                QStringLiteral("ID"),
                QT_TRANSLATE_NOOP("cli", "The buyer ships the goods back (exchange, return)."),
                {option("carrier", QT_TRANSLATE_NOOP("aftersales::cli", "The carrier code."), "CODE"),
                 option("tracking", QT_TRANSLATE_NOOP("aftersales::cli", "The tracking number."), "NO")},
                [](Context &ctx, const QCommandLineParser &p) {
                    ActionRequest r;
                    r.action = Action::Return;
                    r.actor = actors::buyer;
                    return withShipment(ctx, p, r);
                }});
    list.append(
        Command{QStringLiteral("platform decide"),
                QStringLiteral("ID"),
                QT_TRANSLATE_NOOP("cli", "The platform ends arbitration or intervention."),
                {option("for", QT_TRANSLATE_NOOP("aftersales::cli", "buyer or merchant."), "SIDE"),
                 option("note", QT_TRANSLATE_NOOP("aftersales::cli", "The decision's note."), "TEXT")},
                [](Context &ctx, const QCommandLineParser &p) {
                    const QString side = p.value(QStringLiteral("for"));
                    ActionRequest r;
                    r.actor = actors::platform;
                    r.note = p.value(QStringLiteral("note"));
                    if (side == QLatin1String("buyer"))
                        r.action = Action::DecideForBuyer;
                    else if (side == QLatin1String("merchant"))
                        r.action = Action::DecideForMerchant;
                    else
                        return ctx.badUsage(tr("--for must be buyer or merchant."));
                    return actOn(ctx, p, r);
                }});
    return list;
}

} // namespace aftersales::cli
