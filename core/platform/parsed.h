#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace aftersales::platform
{

// A value read from a platform answer, or the sentence saying why the answer was refused.
template <typename T> struct Parsed {
    std::optional<T> value;
    QString error;

    Parsed(T v) : value(std::move(v)) {}
    static Parsed refused(QString why)
    {
        Parsed p;
        p.error = std::move(why);
        return p;
    }
    bool ok() const { return value.has_value(); }
    const T &operator*() const { return *value; }
    const T *operator->() const { return &*value; }

private:
    Parsed() = default;
};

} // namespace aftersales::platform
