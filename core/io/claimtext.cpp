#include "io/claimtext.h"

#include "domain/carriers.h"
#include "domain/names.h"
#include "domain/rules.h"
#include "domain/timeformat.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSaveFile>

namespace aftersales::claimtext
{
namespace
{

// The context lupdate gives tr() calls in this namespace.
QString tr(const char *text)
{
    return QCoreApplication::translate("aftersales::claimtext", text);
}

// What a late shipment brings, priced by the rules.
QString lateShipment(const Claim &claim, const rules::DeadlineCost &cost, const QString &left)
{
    if (cost.compensationCents > 0 && cost.refundCents > 0)
        return tr("In %1: late-shipment penalty, %2 compensation and an automatic full refund of %3")
            .arg(left, money(cost.compensationCents), money(cost.refundCents));
    if (cost.refundCents > 0)
        return tr("In %1: late-shipment penalty and an automatic full refund of %2")
            .arg(left, money(cost.refundCents));
    if (cost.compensationCents > 0)
        return tr("In %1: late-shipment penalty and %2 compensation to the buyer")
            .arg(left, money(cost.compensationCents));
    if (claim.compensationCents > 0)
        return tr("In %1: late-shipment penalty (compensation already paid); the buyer may then escalate")
            .arg(left);
    return tr("In %1: late-shipment penalty; the buyer may then escalate").arg(left);
}

QString moneyIfAny(qint64 cents)
{
    return cents > 0 ? money(cents) : QString();
}

} // namespace

QString money(qint64 cents)
{
    const QString sign = cents < 0 ? QStringLiteral("-") : QString();
    const qint64 abs = cents < 0 ? -cents : cents;
    return sign + QStringLiteral("¥") + QLocale().toString(abs / 100) + QLatin1Char('.') +
           QStringLiteral("%1").arg(abs % 100, 2, 10, QLatin1Char('0'));
}

QTimeZone zoneOf(const QString &setting)
{
    const QTimeZone zone(setting.toUtf8());
    return !setting.isEmpty() && zone.isValid() ? zone : QTimeZone::systemTimeZone();
}

QString time(const QDateTime &t, const QTimeZone &zone, Precision precision)
{
    const QDateTime local = t.toTimeZone(zone);
    switch (precision) {
    case Precision::Minutes:
        return local.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case Precision::Seconds:
        return local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case Precision::SecondsAndZone:
        return local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QLatin1Char(' ') +
               local.timeZoneAbbreviation();
    }
    return {};
}

QString timeLeft(const Claim &claim, const QDateTime &now)
{
    if (!claim.deadline)
        return QStringLiteral("—");
    const qint64 secs = now.secsTo(*claim.deadline);
    if (secs <= 0)
        return tr("overdue %1").arg(timeformat::remaining(-secs));
    return tr("%1 left").arg(timeformat::remaining(secs));
}

QString deadlineSentence(const Claim &claim, const QDateTime &now, const Policy &policy)
{
    if (!claim.deadline) {
        switch (claim.status) {
        case ClaimStatus::InArbitration:
        case ClaimStatus::PlatformIntervention:
            return tr("No deadline: the platform decides.");
        case ClaimStatus::Shipped:
            return tr("No deadline: waiting for the buyer to confirm receipt.");
        default:
            return tr("No deadline: this claim is finished.");
        }
    }
    const qint64 secs = now.secsTo(*claim.deadline);
    if (secs <= 0)
        return tr("The deadline has passed; the automatic step is being applied.");
    const QString left = timeformat::remaining(secs);
    const std::optional<rules::DeadlineCost> cost = rules::atDeadline(claim, policy);
    switch (claim.status) {
    case ClaimStatus::PendingReview:
        return tr("Approves automatically in %1").arg(left);
    case ClaimStatus::AwaitingShipment:
        return lateShipment(claim, *cost, left);
    case ClaimStatus::PendingSecondReview:
        if (claim.type == ClaimType::Exchange)
            return tr("Return confirmed automatically in %1").arg(left);
        return tr("Refunds automatically in %1").arg(left);
    case ClaimStatus::AwaitingBuyerReturn:
        return tr("Closes in %1 unless the buyer ships the goods back").arg(left);
    case ClaimStatus::Rejected:
    case ClaimStatus::SecondRejected:
    case ClaimStatus::ShipOverdue:
        return tr("Closes in %1 unless the buyer modifies the application or escalates").arg(left);
    default:
        return tr("Next automatic step in %1").arg(left);
    }
}

QString shipment(const QString &carrier, const QString &trackingNo)
{
    if (trackingNo.isEmpty())
        return {};
    const auto found = carriers::find(carrier);
    return (found ? found->name : carrier) + QLatin1Char(' ') + trackingNo;
}

QString title(const Claim &c)
{
    return tr("Claim %1 · %2 · %3").arg(c.id).arg(names::typeLabel(c.type), names::statusLabel(c.status));
}

QList<Field> fields(const Claim &c, const QTimeZone &zone, Precision precision, const QDateTime &now)
{
    QString deadline;
    if (c.deadline) {
        deadline = time(*c.deadline, zone, precision);
        if (now.isValid())
            deadline += QStringLiteral("  ") + timeLeft(c, now);
    }
    return {
        {"order", tr("Order"), c.orderId},
        {"product", tr("Product"), c.order.product},
        {"buyer", tr("Buyer"), c.order.buyer},
        {"amount", tr("Amount"), money(c.order.amountCents)},
        {"reason", tr("Buyer's reason"), names::reasonLabel(c.reason)},
        {"note", tr("Buyer's note"), c.note},
        {"applied", tr("Applied"), time(c.appliedAt, zone, precision)},
        {"deadline", tr("Deadline"), deadline},
        {"original_shipment", tr("Original shipment"),
         c.order.trackingNo.isEmpty() ? tr("not shipped") : shipment(c.order.carrier, c.order.trackingNo)},
        {"return_shipment", tr("Buyer's return"), shipment(c.returnCarrier, c.returnTrackingNo)},
        {"replacement", tr("Replacement"), shipment(c.carrier, c.trackingNo)},
        {"reject_reason", tr("Reject reason"),
         c.rejectCode ? names::rejectCodeLabel(*c.rejectCode) : QString()},
        {"refund", tr("Refunded"), moneyIfAny(c.refundCents)},
        {"compensation", tr("Compensation paid"), moneyIfAny(c.compensationCents)},
        {"remark", tr("Remark"), c.remark},
        {"assignee", tr("Assignee"), c.assignee},
        {"platform", tr("Platform"),
         c.sync.onPlatform()
             ? names::syncStateLabel(c.sync.state) +
                   (c.sync.message.isEmpty() ? QString() : QStringLiteral(": ") + c.sync.message)
             : QString()},
    };
}

QString eventDetail(const Event &event)
{
    const QString &d = event.detail;
    if (event.action == QLatin1String("apply")) {
        const QStringList parts = d.split(QLatin1Char('/'));
        const auto type = names::parseType(parts.value(0));
        const auto reason = names::parseReason(parts.value(1));
        if (parts.size() == 2 && type && reason)
            return names::typeLabel(*type) + QStringLiteral(" · ") + names::reasonLabel(*reason);
        return d;
    }
    if (event.action == QLatin1String("reject")) {
        const qsizetype colon = d.indexOf(QLatin1String(": "));
        const QString code = colon < 0 ? d : d.left(colon);
        const auto parsed = names::parseRejectCode(code);
        if (!parsed)
            return d;
        return names::rejectCodeLabel(*parsed) +
               (colon < 0 ? QString() : QStringLiteral(" · ") + d.mid(colon + 2));
    }
    if (event.action == QLatin1String("ship") || event.action == QLatin1String("return")) {
        const qsizetype space = d.indexOf(QLatin1Char(' '));
        if (space > 0)
            return shipment(d.left(space), d.mid(space + 1));
        return d;
    }
    if (event.action == QLatin1String("late_shipment")) {
        QStringList out;
        for (const QString &part : d.split(QLatin1String("; "))) {
            const QStringList kv = part.split(QLatin1Char('='));
            const qint64 cents = kv.value(1).toLongLong();
            if (kv.value(0) == QLatin1String("compensation_cents") && cents > 0)
                out << tr("compensation %1").arg(money(cents));
            else if (kv.value(0) == QLatin1String("refund_cents"))
                out << tr("refund %1").arg(money(cents));
        }
        return out.join(QLatin1String(", "));
    }
    if (event.action == QLatin1String("flag")) {
        bool ok = false;
        const int flag = d.toInt(&ok);
        return ok && flag >= 0 && flag < names::flagCount ? names::flagLabel(flag) : d;
    }
    return d;
}

QString statusChange(const Event &e)
{
    if (e.from == e.to)
        return names::statusLabel(e.to);
    return names::statusLabel(e.from) + QStringLiteral(" → ") + names::statusLabel(e.to);
}

QList<HistoryLine> history(const QList<Event> &events, const QTimeZone &zone, Precision precision)
{
    QList<HistoryLine> lines;
    for (const Event &e : events)
        lines.append({time(e.at, zone, precision), names::actorLabel(e.actor), names::actionLabel(e.action),
                      statusChange(e), eventDetail(e)});
    return lines;
}

QStringList historyHeaders()
{
    return {tr("Time"), tr("Who"), tr("What"), tr("Status"), tr("Detail")};
}

QString document(const Claim &claim, const QList<Event> &events, const QTimeZone &zone)
{
    QString text = title(claim) + QLatin1Char('\n');
    for (const Field &f : fields(claim, zone, Precision::SecondsAndZone))
        text += f.label + QStringLiteral(": ") + (f.value.isEmpty() ? QStringLiteral("-") : f.value) +
                QLatin1Char('\n');
    text += QLatin1Char('\n') + tr("History") + QLatin1Char('\n');
    for (const HistoryLine &line : history(events, zone, Precision::SecondsAndZone)) {
        text += line.at + QStringLiteral("  ") + line.who + QStringLiteral("  ") + line.what +
                QStringLiteral("  ") + line.status;
        if (!line.detail.isEmpty())
            text += QStringLiteral("  ") + QString(line.detail).replace(QLatin1Char('\n'), QLatin1Char(' '));
        text += QLatin1Char('\n');
    }
    return text;
}

Outcome writeDocument(const QString &path, const Claim &claim, const QList<Event> &events,
                      const QTimeZone &zone)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Outcome::badInput(tr("Cannot write %1: %2").arg(path, file.errorString()));
    file.write(document(claim, events, zone).toUtf8());
    if (!file.commit())
        return Outcome::badInput(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return Outcome::success();
}

} // namespace aftersales::claimtext
