#include "storage/checkpointer.h"

#include "logcategories.h"
#include "storage/storage.h"
#include "storage/storagefactory.h"

#include <QElapsedTimer>

namespace aftersales
{

Checkpointer::Checkpointer(const Storage &storage, QObject *parent) : QObject(parent), m_storage(storage)
{
    m_pool.setMaxThreadCount(1);
    m_delay.setSingleShot(true);
    m_delay.setInterval(500);
    connect(&m_delay, &QTimer::timeout, this, &Checkpointer::start);
    m_active = storage.has(Storage::Capability::Checkpoint) && !storage.isReadOnly() &&
               storage.setCheckpointOnCommit(false).ok();
}

Checkpointer::~Checkpointer()
{
    m_pool.waitForDone();
    if (m_active)
        m_storage.setCheckpointOnCommit(true);
}

void Checkpointer::request()
{
    if (m_active && !m_delay.isActive())
        m_delay.start();
}

void Checkpointer::start()
{
    if (m_running) {
        m_again = true;
        return;
    }
    m_running = true;
    m_pool.start([this, location = m_storage.location()] {
        QElapsedTimer timer;
        timer.start();
        Result<std::unique_ptr<Storage>> other = storage::open(location);
        const Outcome o = other.ok() ? (*other)->checkpoint() : other.outcome;
        qCInfo(lcTiming) << "checkpoint off the writing thread in" << timer.elapsed() << "ms";
        QMetaObject::invokeMethod(
            this, [this, ok = o.ok(), error = o.message] { onFinished(ok, error); }, Qt::QueuedConnection);
    });
}

void Checkpointer::onFinished(bool ok, const QString &error)
{
    m_running = false;
    if (!ok) {
        // The log must not grow without end: the storage's own connection checkpoints again.
        qCWarning(lcDb) << "checkpoint failed; the writing connection checkpoints again:" << error;
        m_active = false;
        m_storage.setCheckpointOnCommit(true);
        return;
    }
    ++m_finished;
    Q_EMIT checkpointed();
    if (std::exchange(m_again, false))
        request();
}

} // namespace aftersales
