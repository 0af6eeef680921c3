#include "syncengine.h"

#include "syncworker.h"

#include <QThread>

namespace aftersales::platform
{

SyncEngine::SyncEngine(SyncEnvironment environment, QObject *parent)
    : QObject(parent), m_thread(new QThread(this)), m_worker(new SyncWorker(std::move(environment)))
{
    qRegisterMetaType<SyncSummary>();
    qRegisterMetaType<SyncProgress>();
    qRegisterMetaType<ShopCredentials>();
    qRegisterMetaType<ConnectResult>();
    m_thread->setObjectName(QStringLiteral("platform sync"));
    m_worker->moveToThread(m_thread);
    // The worker (and its storage connection) goes on its own thread as that thread ends.
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SyncWorker::roundStarted, this, &SyncEngine::roundStarted);
    connect(m_worker, &SyncWorker::progress, this, &SyncEngine::progress);
    connect(m_worker, &SyncWorker::roundFinished, this, &SyncEngine::roundFinished);
    connect(m_worker, &SyncWorker::connectFinished, this, &SyncEngine::connectFinished);
    m_thread->start();
}

SyncEngine::~SyncEngine()
{
    m_thread->quit();
    m_thread->wait();
}

void SyncEngine::syncNow()
{
    QMetaObject::invokeMethod(m_worker, &SyncWorker::syncNow, Qt::QueuedConnection);
}

void SyncEngine::setInterval(int seconds)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, seconds] { worker->setInterval(seconds); }, Qt::QueuedConnection);
}

void SyncEngine::setConcurrency(int claims)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, claims] { worker->setConcurrency(claims); }, Qt::QueuedConnection);
}

void SyncEngine::stopRound()
{
    QMetaObject::invokeMethod(m_worker, &SyncWorker::stopRound, Qt::QueuedConnection);
}

void SyncEngine::connectShop(const ShopCredentials &credentials)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, credentials] { worker->connectShop(credentials); },
        Qt::QueuedConnection);
}

} // namespace aftersales::platform
