#include "output.h"

#include "domain/names.h"
#include "domain/timeformat.h"

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

QString localTime(const QDateTime &t)
{
    return t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString deadlineText(const Claim &claim, const QDateTime &now)
{
    if (!claim.deadline)
        return QStringLiteral("-");
    const qint64 left = now.secsTo(*claim.deadline);
    if (left <= 0)
        return tr("due now");
    return tr("%1 left").arg(timeformat::remaining(left));
}

QString yuan(qint64 cents)
{
    return QStringLiteral("%1%2.%3")
        .arg(cents < 0 ? QStringLiteral("-") : QString())
        .arg(std::abs(cents) / 100)
        .arg(std::abs(cents) % 100, 2, 10, QLatin1Char('0'));
}

QStringList claimHeaders()
{
    return {tr("ID"),     tr("Order"),    tr("Type"),      tr("Reason"),   tr("Status"),
            tr("Amount"), tr("Deadline"), tr("Time left"), tr("Assignee"), tr("Product")};
}

QList<QStringList> claimRows(const QList<Claim> &claims, const QDateTime &now)
{
    QList<QStringList> rows;
    for (const Claim &c : claims) {
        QString product = c.order.product;
        if (product.size() > 16)
            product = product.left(15) + QChar(0x2026);
        rows.append({QString::number(c.id), c.orderId, names::typeLabel(c.type), names::reasonLabel(c.reason),
                     names::statusLabel(c.status), yuan(c.order.amountCents),
                     c.deadline ? localTime(*c.deadline) : QStringLiteral("-"), deadlineText(c, now),
                     c.assignee.isEmpty() ? QStringLiteral("-") : c.assignee, product});
    }
    return rows;
}

void claimDetail(QTextStream &out, const Claim &c, const QList<Event> &events, const QDateTime &now)
{
    const QList<std::pair<QString, QString>> fields{
        {tr("Claim"), QString::number(c.id)},
        {tr("Order"), c.orderId},
        {tr("Type"),
         names::typeLabel(c.type) + QStringLiteral(" (") + names::typeName(c.type) + QLatin1Char(')')},
        {tr("Reason"), names::reasonLabel(c.reason)},
        {tr("Status"), names::statusLabel(c.status) + QStringLiteral(" (") + names::statusName(c.status) +
                           QLatin1Char(')')},
        {tr("Deadline"), c.deadline ? localTime(*c.deadline) + QStringLiteral("  ") + deadlineText(c, now)
                                    : QStringLiteral("-")},
        {tr("Product"), c.order.product},
        {tr("Buyer"), c.order.buyer},
        {tr("Amount"), yuan(c.order.amountCents)},
        {tr("Buyer's note"), c.note},
        {tr("Original shipment"), c.order.carrier + QLatin1Char(' ') + c.order.trackingNo},
        {tr("Replacement"),
         c.trackingNo.isEmpty() ? QStringLiteral("-") : c.carrier + QLatin1Char(' ') + c.trackingNo},
        {tr("Refund"), yuan(c.refundCents)},
        {tr("Compensation"), yuan(c.compensationCents)},
        {tr("Remark"), c.remark},
        {tr("Assignee"), c.assignee.isEmpty() ? QStringLiteral("-") : c.assignee},
    };
    int width = 0;
    for (const auto &f : fields)
        width = std::max(width, displayWidth(f.first));
    for (const auto &[label, value] : fields)
        out << label << QString(width - displayWidth(label) + 2, QLatin1Char(' ')) << value << '\n';
    out << '\n';
    QList<QStringList> rows;
    for (const Event &e : events)
        rows.append({localTime(e.at), names::actorLabel(e.actor), names::actionLabel(e.action),
                     names::statusLabel(e.from) + QStringLiteral(" → ") + names::statusLabel(e.to),
                     e.detail});
    table(out, {tr("Time"), tr("Who"), tr("Action"), tr("Status"), tr("Detail")}, rows);
}

} // namespace aftersales::cli::output
