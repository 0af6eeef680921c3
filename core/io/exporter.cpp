#include "io/exporter.h"

#include "claimreader.h"
#include "domain/names.h"
#include "domain/timeformat.h"
#include "io/claimjson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace aftersales::exporter
{
namespace
{

// The context lupdate gives tr() calls in this namespace.
QString tr(const char *text)
{
    return QCoreApplication::translate("aftersales::exporter", text);
}

QString csvHeader()
{
    return QStringList{QStringLiteral("id"),
                       QStringLiteral("order_id"),
                       QStringLiteral("type"),
                       QStringLiteral("reason"),
                       QStringLiteral("status"),
                       QStringLiteral("deadline"),
                       QStringLiteral("buyer"),
                       QStringLiteral("product"),
                       QStringLiteral("amount_cents"),
                       QStringLiteral("carrier"),
                       QStringLiteral("tracking_no"),
                       QStringLiteral("refund_cents"),
                       QStringLiteral("compensation_cents"),
                       QStringLiteral("remark")}
        .join(QLatin1Char(','));
}

QString csvRow(const Claim &c)
{
    const QStringList cells{QString::number(c.id),
                            c.orderId,
                            names::typeName(c.type),
                            names::reasonName(c.reason),
                            names::statusName(c.status),
                            c.deadline ? timeformat::toIsoUtc(*c.deadline) : QString(),
                            c.order.buyer,
                            c.order.product,
                            QString::number(c.order.amountCents),
                            c.carrier,
                            c.trackingNo,
                            QString::number(c.refundCents),
                            QString::number(c.compensationCents),
                            c.remark};
    QStringList quoted;
    for (const QString &cell : cells)
        quoted.append(csvField(cell));
    return quoted.join(QLatin1Char(','));
}

} // namespace

QString csvField(const QString &text)
{
    // A cell Excel would read as a formula gets a leading apostrophe (CSV injection).
    QString t = text;
    if (!t.isEmpty() && QStringLiteral("=+-@").contains(t.front()) && !t.front().isDigit())
        t.prepend(QLatin1Char('\''));
    if (t.contains(QLatin1Char(',')) || t.contains(QLatin1Char('"')) || t.contains(QLatin1Char('\n')) ||
        t.contains(QLatin1Char('\r')) || t != text)
        return QLatin1Char('"') + QString(t).replace(QLatin1Char('"'), QLatin1String("\"\"")) +
               QLatin1Char('"');
    return t;
}

Result<qint64> exportClaims(const ClaimReader &reader, const ClaimQuery &query, const QString &path,
                            const std::function<bool(qint64, qint64)> &progress)
{
    const bool json = path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Outcome::badInput(tr("Cannot write %1: %2").arg(path, file.errorString()));
    // One moment for the whole list: every page agrees with the count.
    const ClaimQuery stamped = reader.stamped(query);
    const Result<qint64> total = reader.count(stamped);
    if (!total.ok())
        return total.outcome;
    if (!json)
        file.write("\xEF\xBB\xBF" + csvHeader().toUtf8() + "\r\n");
    QJsonArray items;
    qint64 written = 0;
    std::optional<PageKey> after;
    do {
        const Result<Page> page = reader.page(stamped, after, 1000);
        if (!page.ok())
            return page.outcome;
        for (const Claim &c : page->claims) {
            if (json)
                items.append(claimjson::toJson(c));
            else
                file.write(csvRow(c).toUtf8() + "\r\n");
        }
        written += page->claims.size();
        after = page->next;
        if (progress && !progress(written, *total)) {
            file.cancelWriting();
            return Outcome::badInput(tr("Export cancelled; nothing was written."));
        }
    } while (after);
    if (json)
        file.write(
            QJsonDocument(QJsonObject{{QStringLiteral("total"), written}, {QStringLiteral("items"), items}})
                .toJson(QJsonDocument::Indented));
    if (!file.commit())
        return Outcome::badInput(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return written;
}

} // namespace aftersales::exporter
