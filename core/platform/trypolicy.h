#pragma once

#include "callkind.h"
#include "envelope.h"
#include "httptry.h"

#include <optional>

// What one try's outcome means for the call (PLATFORM.md's error table and "Exactly once"):
// a read is tried again after a transient failure; a write is tried again only when it
// cannot have reached the platform (refused connection, 60000, HTTP 429) — after a timeout,
// a reset, HTTP 5xx, 20000 or an unreadable answer it may have been applied, so it ends as
// Unknown and the caller reads the claim back.
namespace aftersales::platform
{

struct TryVerdict {
    CallKind kind = CallKind::Success;
    bool retry = false; // worth another try, if tries are left
    QString message;    // names the method; empty on success
    std::optional<Envelope> envelope;
};

namespace trypolicy
{

TryVerdict judge(const QString &method, const TryOutcome &outcome, bool write);

} // namespace trypolicy
} // namespace aftersales::platform
