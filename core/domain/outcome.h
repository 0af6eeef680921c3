#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace aftersales
{

// How an operation ended. Every failure carries a translated sentence for the user;
// a refusal also names the rule (a stable id such as "review_window_closed").
struct Outcome {
    enum class Kind { Ok, Refused, BadInput, Storage, Conflict };

    Kind kind = Kind::Ok;
    QString rule;
    QString message;

    static Outcome success() { return {}; }
    static Outcome refused(QString rule, QString message)
    {
        return {Kind::Refused, std::move(rule), std::move(message)};
    }
    static Outcome badInput(QString message) { return {Kind::BadInput, {}, std::move(message)}; }
    static Outcome storage(QString message) { return {Kind::Storage, {}, std::move(message)}; }
    static Outcome conflict(QString message) { return {Kind::Conflict, {}, std::move(message)}; }

    bool ok() const { return kind == Kind::Ok; }
    // The command line's exit code (CLI.md).
    int exitCode() const;
};

// A value or the reason there is none.
template <typename T> struct Result {
    std::optional<T> value;
    Outcome outcome;

    Result(T v) : value(std::move(v)) {}
    Result(Outcome o) : outcome(std::move(o)) {}
    bool ok() const { return outcome.ok() && value.has_value(); }
    const T &operator*() const { return *value; }
    const T *operator->() const { return &*value; }
    // The value itself (a move-only one is moved out with std::move(*result)).
    T &operator*() { return *value; }
    T *operator->() { return &*value; }
};

} // namespace aftersales
