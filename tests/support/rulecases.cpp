#include "rulecases.h"

#include "domain/names.h"
#include "domain/policy.h"

#include <QStringList>

namespace aftersales::rulecases
{

QDateTime t0()
{
    return QDateTime(QDate(2026, 11, 26), QTime(2, 0), Qt::UTC);
}

qint64 hms(const char *text)
{
    const QStringList parts = QString::fromLatin1(text).split(QLatin1Char(':'));
    return parts.at(0).toLongLong() * 3600 + parts.at(1).toLongLong() * 60 + parts.at(2).toLongLong();
}

Order shippedOrder()
{
    Order o;
    o.orderId = QStringLiteral("6920001");
    o.category = QStringLiteral("smart_home");
    o.amountCents = orderAmount;
    o.carrier = QStringLiteral("shunfeng");
    o.trackingNo = originalTracking;
    o.shippedAt = t0().addSecs(-72 * hour);
    return o;
}

Claim claimIn(ClaimType type, Reason reason, ClaimStatus status, const QDateTime &since, qint64 compensation)
{
    Claim c;
    c.id = 7;
    c.order = shippedOrder();
    c.orderId = c.order.orderId;
    c.type = type;
    c.reason = reason;
    c.status = status;
    c.appliedAt = since;
    c.updatedAt = since;
    c.deadline = rules::deadlineFor(status, since, Policy::defaults());
    c.compensationCents = compensation;
    c.version = 1;
    return c;
}

ActionRequest request(Action action, const QString &input)
{
    ActionRequest r;
    r.action = action;
    r.actor = merchant;
    if (action == Action::Reject) {
        if (input != QLatin1String("no code"))
            r.rejectCode = names::parseRejectCode(input.isEmpty() ? QStringLiteral("other") : input);
    } else if (!input.isEmpty()) {
        const QStringList parts = input.split(QLatin1Char(' '));
        r.carrier = parts.value(0);
        r.trackingNo = input.mid(r.carrier.size() + 1);
    }
    return r;
}

QString expectedActor(Action a)
{
    switch (a) {
    case Action::Cancel:
    case Action::Modify:
    case Action::Escalate:
    case Action::Confirm:
    case Action::Return:
        return actors::buyer;
    case Action::DecideForBuyer:
    case Action::DecideForMerchant:
        return actors::platform;
    default:
        return merchant;
    }
}

QByteArray describe(const Outcome &o)
{
    return (o.rule + QStringLiteral(": ") + o.message).toUtf8();
}

} // namespace aftersales::rulecases
