#pragma once

#include <QString>

#include <functional>

namespace aftersales::platform
{

struct KeyringAnswer {
    enum class Status { Found, NotFound, Unavailable };
    Status status = Status::Unavailable;
    QString value;  // when found: a credential, never to be logged
    QString detail; // why it is unavailable, for the user (never the value)
    bool found() const { return status == Status::Found; }
};

// Where credentials are kept between runs: the system keyring (Secret Service through
// QtKeychain) or, in tests, memory. Every call answers exactly once, possibly before it
// returns, and within a bounded time: a keyring that does not answer counts as unavailable.
class Keyring
{
public:
    using ReadDone = std::function<void(const KeyringAnswer &)>;
    // stored: false with a reason for the user when the keyring could not keep it.
    using WriteDone = std::function<void(bool stored, const QString &detail)>;

    virtual ~Keyring() = default;
    virtual void read(const QString &key, ReadDone done) = 0;
    virtual void write(const QString &key, const QString &value, WriteDone done) = 0;
    virtual void remove(const QString &key, WriteDone done) = 0;
};

} // namespace aftersales::platform
