#include "commands.h"
#include "context.h"
#include "domain/names.h"
#include "domain/timeformat.h"
#include "io/claimtext.h"
#include "output.h"
#include "report/report.h"
#include "report/reportjson.h"
#include "report/reporttables.h"

#include <QCoreApplication>

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

// --from / --to: an ISO 8601 time with an offset, or a date meaning that whole day in the
// user's time zone (its start for --from, the start of the next day for --to).
std::optional<QDateTime> parseTime(const QString &text, bool end, const QTimeZone &zone)
{
    if (const std::optional<QDateTime> t = timeformat::parseIso(text))
        return t;
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (!day.isValid() || text.size() != 10)
        return std::nullopt;
    return report::period::startOfDay(end ? day.addDays(1) : day, zone);
}

int readPeriod(Context &ctx, const QCommandLineParser &p, report::Period &period)
{
    const QDateTime now = ctx.workbench->now();
    std::optional<QDateTime> from, to;
    for (const auto &[name, end, into] : {std::tuple{"from", false, &from}, std::tuple{"to", true, &to}}) {
        const QString value = p.value(QLatin1String(name));
        if (!p.isSet(QLatin1String(name)))
            continue;
        *into = parseTime(value, end, ctx.zone);
        if (!*into)
            return ctx.badUsage(tr("--%1 \"%2\" is neither an ISO 8601 time with an offset (such as "
                                   "2026-11-26T10:00:00+08:00) nor a date (2026-11-26).")
                                    .arg(QLatin1String(name), value));
    }
    // The last 7 calendar days up to --to (or --now) unless --from says where to start: the
    // end's own day (its last second's) and the six before it.
    period.zone = ctx.zone;
    period.to = to.value_or(now).toUTC();
    const QDate lastDay = period.to.addSecs(-1).toTimeZone(ctx.zone).date();
    period.from = from ? from->toUTC() : report::period::startOfDay(lastDay.addDays(-6), ctx.zone);
    if (!(period.from < period.to))
        return ctx.badUsage(tr("The report's start (%1) must come before its end (%2).")
                                .arg(timeformat::toIsoUtc(period.from), timeformat::toIsoUtc(period.to)));
    return 0;
}

void printTable(Context &ctx, const report::tables::Table &table)
{
    ctx.out << '\n' << table.title << '\n';
    QList<QStringList> rows;
    for (const QList<report::tables::Cell> &row : table.rows) {
        QStringList cells;
        for (const report::tables::Cell &c : row)
            cells << report::tables::human(c);
        rows << cells;
    }
    output::table(ctx.out, table.headers, rows);
}

void printReport(Context &ctx, const report::Report &r)
{
    using report::tables::Figure;
    ctx.out << tr("Report from %1 to %2 (%3)")
                   .arg(claimtext::time(r.period.from, ctx.zone), claimtext::time(r.period.to, ctx.zone),
                        QString::fromUtf8(ctx.zone.id()))
            << '\n';
    if (r.claims == 0) {
        ctx.out << tr("No claims in this period.") << '\n';
    } else {
        QStringList types;
        for (auto it = r.byType.begin(); it != r.byType.end(); ++it)
            if (it.value() > 0)
                types << QStringLiteral("%1 %2").arg(names::typeLabel(it.key())).arg(it.value());
        ctx.out << tr("Claims applied for: %1 (%2)").arg(r.claims).arg(types.join(QStringLiteral(", ")))
                << '\n';
    }
    const auto rate = [](const report::OnTime &t) {
        return report::tables::human(
            {report::tables::Cell::Kind::Rate, t.rate() ? QVariant(*t.rate()) : QVariant()});
    };
    ctx.out << tr("On time: reviews %1 (%2 of %3), shipments %4 (%5 of %6)")
                   .arg(rate(r.review))
                   .arg(r.review.onTime)
                   .arg(r.review.due())
                   .arg(rate(r.shipment))
                   .arg(r.shipment.onTime)
                   .arg(r.shipment.due())
            << '\n';
    ctx.out << tr("Lost to deadlines: compensations %1, automatic refunds %2")
                   .arg(claimtext::money(r.compensationCents), claimtext::money(r.autoRefundCents))
            << '\n';
    for (Figure f : report::tables::figures()) {
        const report::tables::Table t = report::tables::table(r, f);
        if (!t.rows.isEmpty() && (r.claims > 0 || f != Figure::ByDay))
            printTable(ctx, t);
    }
    ctx.out.flush();
}

} // namespace

QList<Command> reportCommands()
{
    return {Command{
        QStringLiteral("report"),
        {},
        QT_TRANSLATE_NOOP("cli", "What claims cost and where they come from over a period (default: the last "
                                 "7 days up to --now)."),
        {option(
             "from",
             QT_TRANSLATE_NOOP("aftersales::cli",
                               "Start: an ISO 8601 time with an offset, or a date (its midnight in your time "
                               "zone)."),
             "TIME"),
         option(
             "to",
             QT_TRANSLATE_NOOP("aftersales::cli",
                               "End (not included): an ISO 8601 time, or a date (the whole day included)."),
             "TIME")},
        [](Context &ctx, const QCommandLineParser &p) {
            report::Period period;
            if (int code = readPeriod(ctx, p, period))
                return code;
            const Result<report::Report> r = report::build(*ctx.workbench, period);
            if (!r.ok())
                return ctx.fail(r.outcome);
            if (ctx.json)
                ctx.printJson(report::toJson(*r));
            else
                printReport(ctx, *r);
            return 0;
        }}};
}

} // namespace aftersales::cli
