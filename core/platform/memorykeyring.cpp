#include "memorykeyring.h"

#include <QCoreApplication>

namespace aftersales::platform
{
namespace
{
QString unavailable()
{
    return QCoreApplication::translate("aftersales::platform", "there is no keyring");
}
} // namespace

void MemoryKeyring::read(const QString &key, ReadDone done)
{
    ++m_calls;
    if (!m_available)
        return done({KeyringAnswer::Status::Unavailable, {}, unavailable()});
    const auto it = m_entries.constFind(key);
    if (it == m_entries.constEnd())
        return done({KeyringAnswer::Status::NotFound, {}, {}});
    done({KeyringAnswer::Status::Found, *it, {}});
}

void MemoryKeyring::write(const QString &key, const QString &value, WriteDone done)
{
    ++m_calls;
    if (!m_available)
        return done(false, unavailable());
    m_entries.insert(key, value);
    done(true, {});
}

void MemoryKeyring::remove(const QString &key, WriteDone done)
{
    ++m_calls;
    if (!m_available)
        return done(false, unavailable());
    m_entries.remove(key);
    done(true, {});
}

} // namespace aftersales::platform
