#pragma once

#include "keyring.h"

#include <QHash>

namespace aftersales::platform
{

// A keyring in memory: the tests' fake, and what a process without a system keyring
// amounts to. It can play an absent keyring (every call unavailable).
class MemoryKeyring final : public Keyring
{
public:
    explicit MemoryKeyring(bool available = true) : m_available(available) {}

    void read(const QString &key, ReadDone done) override;
    void write(const QString &key, const QString &value, WriteDone done) override;
    void remove(const QString &key, WriteDone done) override;

    void setAvailable(bool available) { m_available = available; }
    bool contains(const QString &key) const { return m_entries.contains(key); }
    QString value(const QString &key) const { return m_entries.value(key); }
    int calls() const { return m_calls; }

private:
    QHash<QString, QString> m_entries;
    bool m_available;
    int m_calls = 0;
};

} // namespace aftersales::platform
