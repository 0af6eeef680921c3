#include "eventtext.h"

#include "carriers.h"
#include "names.h"

#include <QCoreApplication>

namespace aftersales::eventtext
{
namespace
{

// The context lupdate gives tr() calls in this namespace.
QString tr(const char *text)
{
    return QCoreApplication::translate("aftersales::eventtext", text);
}

QString shipment(const QString &carrier, const QString &trackingNo)
{
    const std::optional<carriers::Carrier> c = carriers::find(carrier);
    return (c ? c->name : carrier) + QLatin1Char(' ') + trackingNo;
}

} // namespace

QString yuan(qint64 cents)
{
    const QString sign = cents < 0 ? QStringLiteral("-") : QString();
    const qint64 abs = cents < 0 ? -cents : cents;
    return sign + QStringLiteral("¥%1.%2").arg(abs / 100).arg(abs % 100, 2, 10, QLatin1Char('0'));
}

QString detail(const Event &event)
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
        const auto code = names::parseRejectCode(colon < 0 ? d : d.left(colon));
        if (!code)
            return d;
        return names::rejectCodeLabel(*code) +
               (colon < 0 ? QString() : QStringLiteral(" · ") + d.mid(colon + 2));
    }
    if (event.action == QLatin1String("ship") || event.action == QLatin1String("return")) {
        const qsizetype space = d.indexOf(QLatin1Char(' '));
        return space > 0 ? shipment(d.left(space), d.mid(space + 1)) : d;
    }
    if (event.action == QLatin1String("late_shipment")) {
        QStringList out;
        for (const QString &part : d.split(QLatin1String("; "))) {
            const QStringList kv = part.split(QLatin1Char('='));
            const qint64 cents = kv.value(1).toLongLong();
            if (kv.value(0) == QLatin1String("compensation_cents") && cents > 0)
                out << tr("compensation %1").arg(yuan(cents));
            else if (kv.value(0) == QLatin1String("refund_cents"))
                out << tr("refund %1").arg(yuan(cents));
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

} // namespace aftersales::eventtext
