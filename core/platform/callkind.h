#pragma once

#include <QString>

namespace aftersales::platform
{

// How one call ended, as the caller acts on it (PLATFORM.md's error table).
enum class CallKind {
    Success,
    // 40003 isv.access-token-expired; the client renews the token and repeats the request
    // once by itself, so a caller sees this only when the renewed token expired as well.
    TokenExpired,
    // A signature error, a wrong secret, no secret: stop the round and say so.
    Unauthorised,
    // 30001: the shop's authorisation is gone; the merchant must authorise the app again.
    AuthorizationGone,
    // 50002: the platform refused this write for the claim's state; not retried.
    BusinessRefused,
    // 60000, still limited after the last try: stop the round, the next one starts over.
    TrafficLimited,
    // 20000, HTTP 5xx, a timeout, a refused or reset connection on a read (or a write that
    // never reached the platform), still failing after the last try.
    Transient,
    // A write that may have reached the platform but whose answer was lost, late, a
    // service error or unreadable: read the claim back before sending it again.
    Unknown,
    // An answer that broke the contract (not JSON, wrong types, an id that is not a string of
    // digits, more items than asked, too big): refused, nothing in it is to be applied.
    BadAnswer,
    // A well-formed answer with a code outside the error table: stop the round, say so.
    Unexpected,
    // The client refused to send the request (an argument out of range): nothing was sent.
    InvalidRequest,
};

// A stable lowercase id for logs and JSON ("token_expired", "bad_answer", ...).
QString callKindId(CallKind kind);

} // namespace aftersales::platform
