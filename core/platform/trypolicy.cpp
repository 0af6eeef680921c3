#include "trypolicy.h"

#include <QCoreApplication>

namespace aftersales::platform::trypolicy
{
namespace
{

// The context lupdate gives tr() calls in this namespace.
QString tr(const char *text)
{
    return QCoreApplication::translate("aftersales::platform::trypolicy", text);
}

// A failure that may have happened after the platform applied the write.
TryVerdict uncertain(const QString &method, bool write, const QString &what)
{
    if (write)
        return {CallKind::Unknown, false,
                tr("%1: %2; the platform may have taken the action, read the claim back before sending it "
                   "again")
                    .arg(method, what),
                std::nullopt};
    return {CallKind::Transient, true, tr("%1: %2").arg(method, what), std::nullopt};
}

} // namespace

TryVerdict judge(const QString &method, const TryOutcome &outcome, bool write)
{
    using T = TryOutcome::Transport;
    switch (outcome.transport) {
    case T::NotDelivered:
        return {CallKind::Transient, true,
                tr("%1: cannot reach the platform: %2").arg(method, outcome.detail), std::nullopt};
    case T::TimedOut:
    case T::Lost:
    case T::Failed:
        return uncertain(method, write, outcome.detail);
    case T::TooBig:
        if (write)
            return uncertain(method, write, outcome.detail);
        return {CallKind::BadAnswer, false, tr("%1: the answer was refused: %2").arg(method, outcome.detail),
                std::nullopt};
    case T::Answered:
        break;
    }

    const int status = outcome.httpStatus;
    if (status >= 500)
        return uncertain(method, write, tr("the platform answered HTTP %1").arg(status));
    if (status == 429)
        return {CallKind::TrafficLimited, true,
                tr("%1: the platform limits the traffic (HTTP 429)").arg(method), std::nullopt};

    Parsed<Envelope> parsed = envelope::parse(outcome.body);
    if (!parsed.ok()) {
        const QString what =
            status == 200 ? parsed.error : tr("HTTP %1, and %2").arg(QString::number(status), parsed.error);
        if (write)
            return uncertain(method, write, tr("the answer was unreadable (%1)").arg(what));
        return {CallKind::BadAnswer, false, tr("%1: the answer was refused: %2").arg(method, what),
                std::nullopt};
    }
    const Envelope e = *parsed.value;
    CallKind kind = envelope::classify(e);
    if (kind == CallKind::Success && status != 200) {
        const QString what = tr("a success under HTTP %1").arg(status);
        if (write)
            return uncertain(method, write, what);
        return {CallKind::BadAnswer, false, tr("%1: the answer was refused: %2").arg(method, what), e};
    }
    switch (kind) {
    case CallKind::Success:
        return {kind, false, {}, e};
    case CallKind::Transient: {
        TryVerdict v = uncertain(
            method, write,
            tr("the platform had a service error (%1: %2)")
                .arg(envelope::displayText(e.subCode.isEmpty() ? QString::number(e.code) : e.subCode),
                     envelope::displayText(e.subMsg.isEmpty() ? e.msg : e.subMsg)));
        v.envelope = e;
        return v;
    }
    case CallKind::TrafficLimited:
        return {kind, true, envelope::describe(method, kind, e), e};
    default:
        return {kind, false, envelope::describe(method, kind, e), e};
    }
}

} // namespace aftersales::platform::trypolicy
