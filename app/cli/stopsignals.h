#pragma once

#include <QObject>

class QSocketNotifier;

namespace aftersales::cli
{

// SIGINT and SIGTERM as a Qt signal on the main thread (a self-pipe): `sync --watch` ends its
// round and exits cleanly instead of dying mid-write. One at a time; the handlers are put back
// as they were when it goes.
class StopSignals final : public QObject
{
    Q_OBJECT

public:
    explicit StopSignals(QObject *parent = nullptr);
    ~StopSignals() override;

Q_SIGNALS:
    void stopRequested();

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace aftersales::cli
