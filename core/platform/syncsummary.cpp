#include "syncsummary.h"

namespace aftersales::platform
{

int SyncSummary::exitCode() const
{
    switch (stop) {
    case Stop::None:
        return failed.isEmpty() ? 0 : 1;
    case Stop::NotConnected:
        return 2;
    default:
        return 3;
    }
}

void PhaseResult::stopWith(SyncSummary::Stop why, const QString &message)
{
    if (stopped())
        return;
    stop = why;
    error = message;
}

void PhaseResult::absorb(const PhaseResult &other)
{
    warnings += other.warnings;
    if (other.stopped())
        stopWith(other.stop, other.error);
}

SyncSummary::Stop stopForCall(CallKind kind)
{
    switch (kind) {
    case CallKind::Unauthorised:
    case CallKind::TokenExpired:
        return SyncSummary::Stop::Unauthorised;
    case CallKind::AuthorizationGone:
        return SyncSummary::Stop::AuthorizationGone;
    case CallKind::BadAnswer:
    case CallKind::Unexpected:
    case CallKind::InvalidRequest:
        return SyncSummary::Stop::BadAnswer;
    case CallKind::Success:
    case CallKind::BusinessRefused:
    case CallKind::TrafficLimited:
    case CallKind::Transient:
    case CallKind::Unknown:
        break;
    }
    return SyncSummary::Stop::Unreachable;
}

} // namespace aftersales::platform
