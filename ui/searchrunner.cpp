#include "searchrunner.h"

#include "logging.h"
#include "store.h"

#include <QElapsedTimer>

namespace aftersales::ui
{

SearchRunner::SearchRunner(const QString &databasePath, QObject *parent) : QObject(parent), m_path(databasePath)
{
    m_pool.setMaxThreadCount(1);
}

SearchRunner::~SearchRunner()
{
    cancel();
    m_pool.clear();
    m_pool.waitForDone();
}

void SearchRunner::cancel() { ++m_generation; }

void SearchRunner::run(const ClaimQuery &query, int limit)
{
    const quint64 generation = ++m_generation;
    ++m_busy;
    m_pool.start([this, query, limit, generation] {
        Result<Page> page = Outcome::success();
        Result<qint64> total = qint64(0);
        if (generation == m_generation.loadAcquire()) {
            QElapsedTimer timer;
            timer.start();
            Store store;
            Outcome opened = store.open(m_path, Store::Options{true, 5000});
            if (!opened.ok()) {
                page = opened;
            } else {
                page = queries::page(store, query, std::nullopt, limit);
                if (page.ok() && generation == m_generation.loadAcquire())
                    total = queries::count(store, query);
            }
            qCInfo(lcTiming) << "search" << query.search << "took" << timer.elapsed() << "ms";
        }
        QMetaObject::invokeMethod(
            this,
            [this, query, page, total, generation] {
                --m_busy;
                if (generation != m_generation.loadAcquire())
                    return;
                if (!page.ok())
                    Q_EMIT failed(page.outcome);
                else if (!total.ok())
                    Q_EMIT failed(total.outcome);
                else
                    Q_EMIT finished(query, *page, *total);
            },
            Qt::QueuedConnection);
    });
}

} // namespace aftersales::ui
