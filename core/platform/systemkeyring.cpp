#include "systemkeyring.h"

#include "keychainworker.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QThread>
#include <QTimer>

namespace aftersales::platform
{
SystemKeyring::SystemKeyring(QString service, int timeoutMs, QObject *parent)
    : QObject(parent), m_service(std::move(service)), m_timeoutMs(timeoutMs), m_thread(new QThread),
      m_worker(new KeychainWorker)
{
    m_thread->setObjectName(QStringLiteral("keyring"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(this, &SystemKeyring::startJob, m_worker, &KeychainWorker::start);
    connect(m_worker, &KeychainWorker::finished, this, &SystemKeyring::onJobFinished);
    m_thread->start();
}

SystemKeyring::~SystemKeyring()
{
    m_thread->quit();
    // A thread stuck in a bus that never answers is left to the end of the process rather
    // than holding this one up.
    if (m_thread->wait(m_timeoutMs))
        delete m_thread;
}

void SystemKeyring::run(int operation, const QString &key, const QString &value, Finish finish)
{
    const quint64 id = m_nextId++;
    auto *deadline = new QTimer(this);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, this, [this, id] { onDeadline(id); });
    m_pending.insert(id, Pending{std::move(finish), deadline});
    deadline->start(m_timeoutMs);
    Q_EMIT startJob(id, operation, m_service, key, value);
}

void SystemKeyring::onJobFinished(quint64 id, int error, const QString &errorString, const QString &text)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return; // answered at its deadline already
    Pending p = std::move(*it);
    m_pending.erase(it);
    p.deadline->deleteLater();
    p.finish(Result{true, error, errorString, text});
}

void SystemKeyring::onDeadline(quint64 id)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    Pending p = std::move(*it);
    m_pending.erase(it);
    p.deadline->deleteLater();
    p.finish(Result{});
}

QString SystemKeyring::unavailable(const Result &r)
{
    if (m_unavailable.isEmpty())
        m_unavailable = r.answered ? tr("the system keyring is not available (%1)").arg(r.errorString)
                                   : tr("the system keyring did not answer");
    return m_unavailable;
}

void SystemKeyring::read(const QString &key, ReadDone done)
{
    if (knownUnavailable())
        return done({KeyringAnswer::Status::Unavailable, {}, m_unavailable});
    run(KeychainWorker::Read, key, {}, [this, done = std::move(done)](const Result &r) {
        if (r.answered && r.error == QKeychain::NoError)
            return done({KeyringAnswer::Status::Found, r.text, {}});
        if (r.answered && r.error == QKeychain::EntryNotFound)
            return done({KeyringAnswer::Status::NotFound, {}, {}});
        done({KeyringAnswer::Status::Unavailable, {}, unavailable(r)});
    });
}

void SystemKeyring::write(const QString &key, const QString &value, WriteDone done)
{
    if (knownUnavailable())
        return done(false, m_unavailable);
    run(KeychainWorker::Write, key, value, [this, done = std::move(done)](const Result &r) {
        if (r.answered && r.error == QKeychain::NoError)
            return done(true, {});
        if (r.answered && (r.error == QKeychain::AccessDeniedByUser || r.error == QKeychain::AccessDenied))
            return done(false, tr("the system keyring refused to store it (%1)").arg(r.errorString));
        done(false, unavailable(r));
    });
}

void SystemKeyring::remove(const QString &key, WriteDone done)
{
    if (knownUnavailable())
        return done(false, m_unavailable);
    run(KeychainWorker::Remove, key, {}, [this, done = std::move(done)](const Result &r) {
        if (r.answered && (r.error == QKeychain::NoError || r.error == QKeychain::EntryNotFound))
            return done(true, {});
        done(false, unavailable(r));
    });
}

} // namespace aftersales::platform
