#include "storage/searchrunner.h"

#include "logcategories.h"
#include "storage/storagefactory.h"

#include <QElapsedTimer>

#include <functional>

namespace aftersales
{

SearchRunner::SearchRunner(const Storage &storage, QObject *parent)
    : QObject(parent), m_location(storage.location())
{
    // One thread that never expires: its connection stays open, with a warm page cache,
    // from one search to the next (a connection belongs to the thread that opened it).
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
}

SearchRunner::~SearchRunner()
{
    cancel();
    m_pool.clear();
    m_pool.start([this] { m_storage.reset(); });
    m_pool.waitForDone();
}

void SearchRunner::cancel()
{
    ++m_generation;
}

void SearchRunner::run(const ClaimQuery &query, int limit)
{
    const quint64 generation = ++m_generation;
    ++m_busy;
    m_pool.start([this, query, limit, generation] {
        // Delivers on the UI thread, unless a newer request came in meanwhile.
        auto deliver = [this, generation](std::function<void()> emitIt) {
            QMetaObject::invokeMethod(
                this,
                [this, generation, emitIt] {
                    if (generation == m_generation.loadAcquire())
                        emitIt();
                },
                Qt::QueuedConnection);
        };
        auto stale = [this, generation] { return generation != m_generation.loadAcquire(); };
        if (!stale()) {
            QElapsedTimer timer;
            timer.start();
            Outcome opened = Outcome::success();
            if (!m_storage) {
                StorageOptions options;
                options.readOnly = true;
                Result<std::unique_ptr<Storage>> storage = storage::open(m_location, options);
                if (storage.ok())
                    m_storage = std::move(*storage);
                else
                    opened = storage.outcome;
            }
            const Result<Page> page = opened.ok() ? m_storage->page(query, std::nullopt, limit) : opened;
            if (!page.ok()) {
                deliver([this, outcome = page.outcome] { Q_EMIT failed(outcome); });
            } else {
                deliver([this, query, p = *page] { Q_EMIT pageReady(query, p); });
                qCInfo(lcTiming) << "search" << query.search << "first page in" << timer.elapsed() << "ms";
                const Result<qint64> total = stale() ? Result<qint64>(qint64(0)) : m_storage->count(query);
                if (!total.ok())
                    deliver([this, outcome = total.outcome] { Q_EMIT failed(outcome); });
                else if (!stale())
                    deliver([this, query, n = *total] { Q_EMIT counted(query, n); });
                qCInfo(lcTiming) << "search" << query.search << "counted in" << timer.elapsed() << "ms";
            }
        }
        QMetaObject::invokeMethod(
            this, [this] { --m_busy; }, Qt::QueuedConnection);
    });
}

} // namespace aftersales
