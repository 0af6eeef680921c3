#include "callkind.h"

namespace aftersales::platform
{

QString callKindId(CallKind kind)
{
    switch (kind) {
    case CallKind::Success:
        return QStringLiteral("success");
    case CallKind::TokenExpired:
        return QStringLiteral("token_expired");
    case CallKind::Unauthorised:
        return QStringLiteral("unauthorised");
    case CallKind::AuthorizationGone:
        return QStringLiteral("authorization_gone");
    case CallKind::BusinessRefused:
        return QStringLiteral("business_refused");
    case CallKind::TrafficLimited:
        return QStringLiteral("traffic_limited");
    case CallKind::Transient:
        return QStringLiteral("transient");
    case CallKind::Unknown:
        return QStringLiteral("unknown");
    case CallKind::BadAnswer:
        return QStringLiteral("bad_answer");
    case CallKind::Unexpected:
        return QStringLiteral("unexpected");
    case CallKind::InvalidRequest:
        return QStringLiteral("invalid_request");
    }
    return QStringLiteral("unexpected");
}

} // namespace aftersales::platform
