#include "checkpointer.h"

#include "logging.h"
#include "storage/sqlite/store.h"

#include <QElapsedTimer>

namespace aftersales::ui
{

namespace
{
// SQLite's own default: a connection that commits checkpoints once the log passes it.
constexpr int defaultAutoCheckpointPages = 1000;
} // namespace

Checkpointer::Checkpointer(Store &store, QObject *parent) : QObject(parent), m_store(store)
{
    m_pool.setMaxThreadCount(1);
    m_delay.setSingleShot(true);
    m_delay.setInterval(500);
    connect(&m_delay, &QTimer::timeout, this, &Checkpointer::start);
    m_active = !store.isReadOnly() && store.setAutoCheckpoint(0).ok();
}

Checkpointer::~Checkpointer()
{
    m_pool.waitForDone();
    if (m_active)
        m_store.setAutoCheckpoint(defaultAutoCheckpointPages);
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
    m_pool.start([this, path = m_store.path()] {
        QElapsedTimer timer;
        timer.start();
        Store store;
        Outcome o = store.open(path, Store::Options{false, 5000});
        if (o.ok())
            o = store.checkpoint();
        qCInfo(lcTiming) << "checkpoint off the UI thread in" << timer.elapsed() << "ms";
        QMetaObject::invokeMethod(
            this, [this, ok = o.ok(), error = o.message] { onFinished(ok, error); }, Qt::QueuedConnection);
    });
}

void Checkpointer::onFinished(bool ok, const QString &error)
{
    m_running = false;
    if (!ok) {
        // The log must not grow without end: the window's connection checkpoints again.
        qCWarning(lcUi) << "checkpoint failed; the window's connection checkpoints again:" << error;
        m_active = false;
        m_store.setAutoCheckpoint(defaultAutoCheckpointPages);
        return;
    }
    ++m_finished;
    Q_EMIT checkpointed();
    if (std::exchange(m_again, false))
        request();
}

} // namespace aftersales::ui
