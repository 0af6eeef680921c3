#pragma once

#include <QObject>
#include <QThreadPool>
#include <QTimer>

namespace aftersales
{
class Storage;

// For a storage with the Checkpoint capability: copies the write-ahead log back into the
// database on a thread and a connection of its own, so that the copy and its fsync never
// run on the thread that writes (a large database's sweep would otherwise block the window
// on them). While it lives, the storage's own connection does no checkpoints;
// if one fails, that connection takes them back. Does nothing for other storages.
class Checkpointer : public QObject
{
    Q_OBJECT

public:
    // `storage` must outlive the checkpointer.
    explicit Checkpointer(const Storage &storage, QObject *parent = nullptr);
    ~Checkpointer() override;

    // Something was written: one checkpoint follows within half a second, for any number
    // of writes in between.
    void request();
    bool isActive() const { return m_active; }
    // Checkpoints finished so far.
    int finished() const { return m_finished; }

Q_SIGNALS:
    void checkpointed();

private:
    void start();
    void onFinished(bool ok, const QString &error);

    const Storage &m_storage;
    QThreadPool m_pool;
    QTimer m_delay;
    bool m_active = false;
    bool m_running = false;
    bool m_again = false;
    int m_finished = 0;
};

} // namespace aftersales
