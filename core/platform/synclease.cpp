#include "synclease.h"

#include "domain/clock.h"
#include "storage/storage.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSysInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#endif

namespace aftersales::platform
{

SyncLease::SyncLease(Storage &storage, const Clock &clock, int leaseSecs)
    : m_storage(storage), m_clock(clock), m_leaseSecs(std::max(leaseSecs, 1)),
      m_holder(QStringLiteral("%1:%2:%3")
                   .arg(QSysInfo::machineHostName())
                   .arg(QCoreApplication::applicationPid())
                   .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0')))
{
}

SyncLease::~SyncLease()
{
    release();
}

Result<LeaseAnswer> SyncLease::take()
{
    const QDateTime now = m_clock.now();
    const QDateTime until = now.addSecs(m_leaseSecs);
    Result<LeaseAnswer> answer = m_storage.takeLease(name, m_holder, now, until);
    if (answer.ok() && !answer->taken && isGoneFromThisMachine(answer->holder))
        answer = m_storage.takeLease(name, m_holder, now, until, answer->holder);
    m_held = answer.ok() && answer->taken;
    return answer;
}

Outcome SyncLease::release()
{
    if (!m_held)
        return Outcome::success();
    m_held = false;
    return m_storage.releaseLease(name, m_holder);
}

Result<QList<OutboxEntry>> SyncLease::takeOutbox(int limit)
{
    return m_storage.takeOutbox(m_holder, m_clock.now(), limit);
}

bool SyncLease::isGoneFromThisMachine(const QString &holder)
{
#ifdef Q_OS_UNIX
    const QStringList parts = holder.split(QLatin1Char(':'));
    if (parts.size() != 3 || parts.at(0) != QSysInfo::machineHostName())
        return false;
    bool ok = false;
    const qint64 pid = parts.at(1).toLongLong(&ok);
    if (!ok || pid <= 0 || pid == QCoreApplication::applicationPid())
        return false;
    return ::kill(pid_t(pid), 0) != 0 && errno == ESRCH;
#else
    Q_UNUSED(holder);
    return false;
#endif
}

} // namespace aftersales::platform
