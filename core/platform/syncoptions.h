#pragma once

#include "backoff.h"

namespace aftersales::platform
{

// How the sync engine works. The defaults are what a merchant's desktop uses; tests shrink
// the times so that no test waits seconds.
struct SyncOptions {
    // Claims whose actions are in flight at once (each claim's own actions go one after
    // another, in the order they were made). The client sends at most six requests at once.
    int concurrency = 4;
    // The client's tries of one call in a round, the time of each, and the back-off.
    RetryPolicy retry;
    qint64 maxAnswerBytes = 8 * 1024 * 1024;
    // One process at a time sends: the lease lasts this long and is renewed every third of it
    // while a round runs; a holder that died loses it when it runs out (at once when it was a
    // process on this machine that is gone).
    int leaseSecs = 60;
    // How long a round waits for another process's lease before it gives up (0: at once).
    int leaseWaitMs = 0;
    // Pull: the page size (the platform allows 100) and the overlap with the previous pull.
    int pageSize = 100;
    qint64 overlapSecs = 300;
    // A first pull of at least this many claims into an empty database is a bulk load: the
    // indexes are built once, at its end.
    qint64 bulkPullThreshold = 20000;
    // Reading back a claim whose answer was lost, and sending it again when the platform did
    // not take it, at most this often per action in a round.
    int maxResends = 3;
};

} // namespace aftersales::platform
