#pragma once

#include "domain/claim.h"
#include "domain/outcome.h"
#include "domain/policy.h"

#include <QDateTime>
#include <QVariant>

namespace aftersales
{

class Store;

// The quick filters of the workbench (CLI.md). AtRisk is the money-at-risk strip's own.
enum class QuickFilter {
    All,
    PendingReview,
    ExchangeReshipPending,
    AwaitingShipment,
    DueSoon,
    Overdue,
    Platform,
    AtRisk
};

namespace quickfilters
{
QString name(QuickFilter q);
std::optional<QuickFilter> parse(const QString &name);
QString label(QuickFilter q);
// The filters shown in the bar, in order.
QList<QuickFilter> bar();
} // namespace quickfilters

enum class SortKey { Deadline, Id, OrderId, Type, Status, Amount, Applied };

// What a list shows. Everything is filtered, sorted and counted in SQL.
struct ClaimQuery {
    QuickFilter quick = QuickFilter::All;
    std::optional<ClaimType> type;
    // Any of these types (empty: no restriction); the window's "Refund only" is two types.
    QList<ClaimType> types;
    std::optional<ClaimStatus> status;
    std::optional<int> flag; // the platform's order_flag, 0 (none) to 5 (red)
    QString search;
    QDateTime now; // due_soon and at-risk are relative to it
    qint64 dueSoonSecs = 12 * 3600;
    SortKey sort = SortKey::Deadline;
    bool descending = false;
};

// Where the next page starts (keyset pagination): the last row's sort value and id.
struct PageKey {
    QVariant sortValue;
    qint64 id = 0;
};

struct Page {
    QList<Claim> claims;
    std::optional<PageKey> next; // none: this was the last page
};

// What lapsing deadlines in the next 24 hours cost (the money-at-risk strip).
struct MoneyAtRisk {
    int claims = 0;
    int autoApprovals = 0;
    int compensations = 0;
    qint64 compensationCents = 0;
    int autoRefunds = 0;
    qint64 refundCents = 0;
};

namespace queries
{
Result<Page> page(const Store &store, const ClaimQuery &query, const std::optional<PageKey> &after,
                  int limit);
Result<qint64> count(const Store &store, const ClaimQuery &query);
// The key of the row `skip` rows after `after` (after the top when none): where a page
// far down the list starts, without reading the rows in between (its index alone when it
// can). None when the list is shorter.
Result<std::optional<PageKey>> keyAfter(const Store &store, const ClaimQuery &query,
                                        const std::optional<PageKey> &after, qint64 skip);
Result<MoneyAtRisk> moneyAtRisk(const Store &store, const QDateTime &now, const Policy &policy);
// The SQL a page query runs (for EXPLAIN QUERY PLAN checks). `dense`: the search
// matches many claims, so it is probed while the list's index is walked.
QString pageSql(const ClaimQuery &query, bool keyset, bool dense = false);
// SQLite's plan for the page and count queries, one line per step (EXPLAIN QUERY PLAN):
// what the tests check for full scans.
Result<QStringList> explainPage(const Store &store, const ClaimQuery &query, bool keyset);
Result<QStringList> explainCount(const Store &store, const ClaimQuery &query);
Result<QStringList> explainKeyAfter(const Store &store, const ClaimQuery &query);
// Whether the query's search term matches many claims (2,000 or more).
Result<bool> isDense(const Store &store, const ClaimQuery &query);
} // namespace queries

} // namespace aftersales
