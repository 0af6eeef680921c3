#include "claimformat.h"

#include "domain/carriers.h"
#include "domain/names.h"
#include "domain/rules.h"
#include "domain/timeformat.h"
#include "io/claimtext.h"

namespace aftersales::ui
{

QString ClaimFormat::money(qint64 cents)
{
    return claimtext::money(cents);
}

namespace
{

QTimeZone &displayZone()
{
    static QTimeZone zone;
    return zone;
}

} // namespace

void ClaimFormat::setTimeZone(const QTimeZone &zone)
{
    displayZone() = zone;
}

QTimeZone ClaimFormat::timeZone()
{
    return displayZone().isValid() ? displayZone() : QTimeZone::systemTimeZone();
}

QString ClaimFormat::localTime(const QDateTime &t)
{
    if (displayZone().isValid())
        return t.toTimeZone(displayZone()).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    return t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString ClaimFormat::deadlineCell(const Claim &claim, const QDateTime &now)
{
    if (!claim.deadline)
        return QStringLiteral("—");
    const qint64 secs = now.secsTo(*claim.deadline);
    if (secs <= 0)
        return tr("overdue %1").arg(timeformat::remaining(-secs));
    return tr("%1 left").arg(timeformat::remaining(secs));
}

Urgency ClaimFormat::urgency(const Claim &claim, const QDateTime &now, qint64 dueSoonSecs)
{
    if (claim.status == ClaimStatus::ShipOverdue)
        return Urgency::Overdue;
    if (!claim.deadline)
        return Urgency::None;
    const qint64 secs = now.secsTo(*claim.deadline);
    if (secs <= 0)
        return Urgency::Overdue;
    if (rules::merchantActsNext(claim.status) && secs < dueSoonSecs)
        return Urgency::DueSoon;
    return Urgency::Normal;
}

QString ClaimFormat::countdown(const Claim &claim, const QDateTime &now, const Policy &policy)
{
    return claimtext::deadlineSentence(claim, now, policy);
}

QString ClaimFormat::actionText(const ClaimAction &row, const Claim &claim)
{
    if (row.action != Action::Approve)
        return row.label();
    switch (claim.type) {
    case ClaimType::Reship:
        return tr("Approve reshipment");
    case ClaimType::Exchange:
        return claim.status == ClaimStatus::PendingSecondReview ? tr("Confirm returned goods")
                                                                : tr("Approve exchange");
    case ClaimType::ReturnRefund:
        return claim.status == ClaimStatus::PendingSecondReview ? tr("Confirm return and refund")
                                                                : tr("Approve return");
    case ClaimType::RefundShipped:
    case ClaimType::RefundUnshipped:
        return tr("Approve refund");
    }
    return tr("Approve");
}

QString ClaimFormat::shipment(const QString &carrier, const QString &trackingNo)
{
    if (trackingNo.isEmpty())
        return {};
    const auto found = carriers::find(carrier);
    return (found ? found->name : carrier) + QLatin1Char(' ') + trackingNo;
}

QString ClaimFormat::eventDetail(const Event &event)
{
    const QString &d = event.detail;
    if (event.action == QLatin1String("apply")) {
        const QStringList parts = d.split(QLatin1Char('/'));
        const auto type = names::parseType(parts.value(0));
        const auto reason = names::parseReason(parts.value(1));
        if (type && reason)
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
    return d;
}

} // namespace aftersales::ui
