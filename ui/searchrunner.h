#pragma once

#include "domain/outcome.h"
#include "storage/query.h"

#include <QAtomicInteger>
#include <QObject>
#include <QThreadPool>

#include <memory>

namespace aftersales
{
class Store;
}

namespace aftersales::ui
{

// Runs a searched list's first page and its count off the UI thread, on a connection of
// its own: a short term (a LIKE over every claim) must not freeze the window. The newest
// request wins; an older one still queued is skipped and an older result is dropped.
class SearchRunner : public QObject
{
    Q_OBJECT

public:
    explicit SearchRunner(const QString &databasePath, QObject *parent = nullptr);
    ~SearchRunner() override;

    void run(const ClaimQuery &query, int limit);
    // Forgets what is in flight: its result will be dropped.
    void cancel();
    bool isBusy() const { return m_busy > 0; }

Q_SIGNALS:
    // The first page as soon as it is read; its total when counted (a count of every
    // match can take longer than the page).
    void pageReady(const aftersales::ClaimQuery &query, const aftersales::Page &page);
    void counted(const aftersales::ClaimQuery &query, qint64 total);
    void failed(const aftersales::Outcome &outcome);

private:
    QString m_path;
    QThreadPool m_pool;
    // Used on the pool's thread only.
    std::unique_ptr<Store> m_store;
    QAtomicInteger<quint64> m_generation = 0;
    int m_busy = 0;
};

} // namespace aftersales::ui
