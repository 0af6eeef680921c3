#include "timelinetext.h"

#include "carriers.h"
#include "eventtext.h"
#include "names.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace aftersales::timelinetext
{
namespace
{

// The context lupdate gives tr() calls in this namespace.
QString tr(const char *text)
{
    return QCoreApplication::translate("aftersales::timelinetext", text);
}

QString shipment(const QString &carrier, const QString &number)
{
    if (number.isEmpty())
        return QStringLiteral("-");
    const std::optional<carriers::Carrier> c = carriers::find(carrier);
    return (c ? c->name : carrier) + QLatin1Char(' ') + number;
}

} // namespace

QString render(const Claim &c, const QList<Event> &events, const QTimeZone &zone)
{
    auto at = [&](const QDateTime &t) -> QString {
        return t.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QLatin1Char(' ') +
               t.toTimeZone(zone).timeZoneAbbreviation();
    };
    QString text;
    text += tr("Claim %1 · %2 · %3").arg(c.id).arg(names::typeLabel(c.type), names::statusLabel(c.status)) +
            QLatin1Char('\n');
    const QList<std::pair<QString, QString>> fields{
        {tr("Order"), c.orderId},
        {tr("Product"), c.order.product},
        {tr("Buyer"), c.order.buyer},
        {tr("Amount"), eventtext::yuan(c.order.amountCents)},
        {tr("Buyer's reason"), names::reasonLabel(c.reason)},
        {tr("Buyer's note"), c.note},
        {tr("Applied"), at(c.appliedAt)},
        {tr("Deadline"), c.deadline ? at(*c.deadline) : QStringLiteral("-")},
        {tr("Original shipment"), shipment(c.order.carrier, c.order.trackingNo)},
        {tr("Buyer's return"), shipment(c.returnCarrier, c.returnTrackingNo)},
        {tr("Replacement"), shipment(c.carrier, c.trackingNo)},
        {tr("Refunded"), eventtext::yuan(c.refundCents)},
        {tr("Compensation"), eventtext::yuan(c.compensationCents)},
        {tr("Remark"), c.remark},
    };
    for (const auto &[label, value] : fields)
        text += label + QStringLiteral(": ") + (value.isEmpty() ? QStringLiteral("-") : value) +
                QLatin1Char('\n');
    text += QLatin1Char('\n') + tr("History") + QLatin1Char('\n');
    for (const Event &e : events) {
        const QString status =
            e.from == e.to ? names::statusLabel(e.to)
                           : names::statusLabel(e.from) + QStringLiteral(" → ") + names::statusLabel(e.to);
        text += at(e.at) + QStringLiteral("  ") + names::actorLabel(e.actor) + QStringLiteral("  ") +
                names::actionLabel(e.action) + QStringLiteral("  ") + status;
        const QString detail = eventtext::detail(e);
        if (!detail.isEmpty())
            text += QStringLiteral("  ") + QString(detail).replace(QLatin1Char('\n'), QLatin1Char(' '));
        text += QLatin1Char('\n');
    }
    return text;
}

Outcome write(const QString &path, const Claim &claim, const QList<Event> &events, const QTimeZone &zone)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Outcome::badInput(tr("Cannot write %1: %2").arg(path, file.errorString()));
    file.write(render(claim, events, zone).toUtf8());
    if (!file.commit())
        return Outcome::badInput(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return Outcome::success();
}

} // namespace aftersales::timelinetext
