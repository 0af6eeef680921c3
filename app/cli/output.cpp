#include "output.h"

#include "domain/names.h"
#include "io/claimtext.h"

#include <QCoreApplication>

namespace aftersales::cli::output
{
namespace
{
// The context lupdate gives tr() calls in this namespace.
QString tr(const char *text)
{
    return QCoreApplication::translate("aftersales::cli::output", text);
}

bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) ||
           (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
           (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1FAFF) || (c >= 0x20000 && c <= 0x3FFFD);
}

QString padded(const QString &text, int width)
{
    return text + QString(std::max(0, width - displayWidth(text)), QLatin1Char(' '));
}
} // namespace

int displayWidth(const QString &text)
{
    int width = 0;
    for (char32_t c : text.toUcs4())
        width += isWide(c) ? 2 : 1;
    return width;
}

void table(QTextStream &out, const QStringList &headers, const QList<QStringList> &rows)
{
    QList<int> widths;
    for (const QString &h : headers)
        widths.append(displayWidth(h));
    for (const QStringList &row : rows)
        for (int i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], displayWidth(row[i]));
    auto line = [&](const QStringList &cells) {
        QString text;
        for (int i = 0; i < cells.size(); ++i)
            text += (i + 1 < cells.size() ? padded(cells[i], widths[i]) + QStringLiteral("  ") : cells[i]);
        out << text << '\n';
    };
    line(headers);
    QStringList rule;
    for (int w : widths)
        rule.append(QString(w, QLatin1Char('-')));
    line(rule);
    for (const QStringList &row : rows)
        line(row);
}

QString localTime(const QDateTime &t, const QTimeZone &zone)
{
    return claimtext::time(t, zone, claimtext::Precision::Seconds);
}

QStringList claimHeaders()
{
    return {tr("ID"),     tr("Order"),    tr("Type"),      tr("Reason"),   tr("Status"),
            tr("Amount"), tr("Deadline"), tr("Time left"), tr("Assignee"), tr("Product")};
}

namespace
{
// A platform claim's row is marked while its actions wait to be sent (⇡) or one was refused (!).
QString syncMark(const Claim &c)
{
    switch (c.sync.state) {
    case SyncState::Pending:
        return QStringLiteral(" ⇡");
    case SyncState::Failed:
        return QStringLiteral(" !");
    default:
        return QString();
    }
}
} // namespace

QList<QStringList> claimRows(const QList<Claim> &claims, const QDateTime &now, const QTimeZone &zone)
{
    QList<QStringList> rows;
    for (const Claim &c : claims) {
        QString product = c.order.product;
        if (product.size() > 16)
            product = product.left(15) + QChar(0x2026);
        rows.append({QString::number(c.id), c.orderId, names::typeLabel(c.type), names::reasonLabel(c.reason),
                     names::statusLabel(c.status) + syncMark(c), claimtext::money(c.order.amountCents),
                     c.deadline ? localTime(*c.deadline, zone) : QStringLiteral("-"),
                     claimtext::timeLeft(c, now), c.assignee.isEmpty() ? QStringLiteral("-") : c.assignee,
                     product});
    }
    return rows;
}

void claimDetail(QTextStream &out, const Claim &c, const QList<Event> &events, const QDateTime &now,
                 const QTimeZone &zone)
{
    out << claimtext::title(c) << "\n\n";
    const QList<claimtext::Field> fields = claimtext::fields(c, zone, claimtext::Precision::Seconds, now);
    int width = 0;
    for (const claimtext::Field &f : fields)
        width = std::max(width, displayWidth(f.label));
    for (const claimtext::Field &f : fields)
        out << f.label << QString(width - displayWidth(f.label) + 2, QLatin1Char(' '))
            << (f.value.isEmpty() ? QStringLiteral("-") : f.value) << '\n';
    out << '\n';
    QList<QStringList> rows;
    for (const claimtext::HistoryLine &line : claimtext::history(events, zone, claimtext::Precision::Seconds))
        rows.append({line.at, line.who, line.what, line.status, line.detail});
    table(out, claimtext::historyHeaders(), rows);
}

} // namespace aftersales::cli::output
