#pragma once

#include "domain/outcome.h"
#include "storage/claimquery.h"

#include <QAtomicInteger>
#include <QObject>
#include <QThreadPool>

#include <memory>

namespace aftersales
{
class Storage;

// Runs a searched list's first page and its count off the calling thread, on a storage of
// its own opened like `storage` (storage::open with its location): a short term (a LIKE
// over every claim) must not freeze the window. The newest request wins; an older one still
// queued is skipped and an older result is dropped.
class SearchRunner : public QObject
{
    Q_OBJECT

public:
    explicit SearchRunner(const Storage &storage, QObject *parent = nullptr);
    ~SearchRunner() override;

    // `query` is stamped (ClaimReader::stamped): its page and count are as of that moment.
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
    QString m_location;
    QThreadPool m_pool;
    // Used on the pool's thread only.
    std::unique_ptr<Storage> m_storage;
    QAtomicInteger<quint64> m_generation = 0;
    int m_busy = 0;
};

} // namespace aftersales
