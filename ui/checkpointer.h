#pragma once

#include <QObject>
#include <QThreadPool>
#include <QTimer>

namespace aftersales
{
class Store;
}

namespace aftersales::ui
{

// Copies the write-ahead log back into the database file on a thread and connection of
// its own, so that the copy and its fsync never run on the UI thread (at a million claims
// they were most of the time a sweep blocked the window). While it lives, the window's
// own connection does no checkpoints; if one fails, that connection takes them back.
class Checkpointer : public QObject
{
    Q_OBJECT

public:
    explicit Checkpointer(Store &store, QObject *parent = nullptr);
    ~Checkpointer() override;

    // The window wrote: one checkpoint follows within half a second, for any number of
    // writes in between.
    void request();
    bool isActive() const { return m_active; }
    // Checkpoints finished so far.
    int finished() const { return m_finished; }

Q_SIGNALS:
    void checkpointed();

private:
    void start();
    void onFinished(bool ok, const QString &error);

    Store &m_store;
    QThreadPool m_pool;
    QTimer m_delay;
    bool m_active = false;
    bool m_running = false;
    bool m_again = false;
    int m_finished = 0;
};

} // namespace aftersales::ui
