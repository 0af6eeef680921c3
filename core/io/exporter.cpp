#include "io/exporter.h"

#include "claimreader.h"
#include "domain/carriers.h"
#include "domain/names.h"
#include "io/claimjson.h"
#include "io/claimtext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <array>

namespace aftersales::exporter
{
namespace
{

// The context lupdate gives tr() calls in this namespace.
QString tr(const char *text)
{
    return QCoreApplication::translate("aftersales::exporter", text);
}

QStringList csvHeader()
{
    // The list's columns first, then what only the file has.
    QStringList fields;
    static constexpr std::array sources{
        QT_TRANSLATE_NOOP("aftersales::exporter", "Claim"),
        QT_TRANSLATE_NOOP("aftersales::exporter", "Order"),
        QT_TRANSLATE_NOOP("aftersales::exporter", "Type"),
        QT_TRANSLATE_NOOP("aftersales::exporter", "Reason"),
        QT_TRANSLATE_NOOP("aftersales::exporter", "Status"),
        QT_TRANSLATE_NOOP("aftersales::exporter", "Applied"),
        QT_TRANSLATE_NOOP("aftersales::exporter", "Deadline"),
        QT_TRANSLATE_NOOP("aftersales::exporter", "Buyer"),
        QT_TRANSLATE_NOOP("aftersales::exporter", "Product"),
        QT_TRANSLATE_NOOP("aftersales::exporter", "Amount (yuan)"),
        QT_TRANSLATE_NOOP("aftersales::exporter", "Carrier"),
        QT_TRANSLATE_NOOP("aftersales::exporter", "Tracking number"),
        QT_TRANSLATE_NOOP("aftersales::exporter", "Refunded (yuan)"),
        QT_TRANSLATE_NOOP("aftersales::exporter", "Compensation (yuan)"),
        QT_TRANSLATE_NOOP("aftersales::exporter", "Flag"),
        QT_TRANSLATE_NOOP("aftersales::exporter", "Remark"),
    };
    for (const char *source : sources)
        fields << csvField(tr(source));
    return fields;
}

QStringList csvRow(const Claim &c, const QTimeZone &zone)
{
    auto at = [&](const QDateTime &t) { return claimtext::time(t, zone, claimtext::Precision::Minutes); };
    const std::optional<carriers::Carrier> carrier = carriers::find(c.carrier);
    return {csvTextField(QString::number(c.id)),
            csvTextField(c.orderId),
            csvField(names::typeLabel(c.type)),
            csvField(names::reasonLabel(c.reason)),
            csvField(names::statusLabel(c.status)),
            csvField(at(c.appliedAt)),
            csvField(c.deadline ? at(*c.deadline) : QString()),
            csvField(c.order.buyer),
            csvField(c.order.product),
            csvYuan(c.order.amountCents),
            csvField(carrier ? carrier->name : c.carrier),
            c.trackingNo.isEmpty() ? QString() : csvTextField(c.trackingNo),
            csvYuan(c.refundCents),
            csvYuan(c.compensationCents),
            csvField(c.flag > 0 ? names::flagLabel(c.flag) : QString()),
            csvField(c.remark)};
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

QString csvTextField(const QString &id)
{
    for (const QChar ch : id)
        if (!(ch.isLetterOrNumber() && ch.unicode() < 128) && ch != QLatin1Char('-') &&
            ch != QLatin1Char('_'))
            return csvField(id);
    if (id.isEmpty())
        return id;
    // ="123" quoted as an RFC 4180 field: "=""123""".
    return QStringLiteral("\"=\"\"%1\"\"\"").arg(id);
}

QByteArray csvLine(const QStringList &fields)
{
    return fields.join(QLatin1Char(',')).toUtf8() + "\r\n";
}

QByteArray csvStart()
{
    return QByteArrayLiteral("\xEF\xBB\xBF");
}

QString csvYuan(qint64 cents)
{
    const QString sign = cents < 0 ? QStringLiteral("-") : QString();
    const qint64 abs = cents < 0 ? -cents : cents;
    return sign + QStringLiteral("%1.%2").arg(abs / 100).arg(abs % 100, 2, 10, QLatin1Char('0'));
}

Result<qint64> exportClaims(const ClaimReader &reader, const ClaimQuery &query, const QString &path,
                            const std::function<bool(qint64, qint64)> &progress, const QTimeZone &zone)
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
        file.write(csvStart() + csvLine(csvHeader()));
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
                file.write(csvLine(csvRow(c, zone)));
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
