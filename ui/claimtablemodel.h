#pragma once

#include "claimpagecache.h"
#include "domain/claim.h"
#include "domain/outcome.h"
#include "storage/claimquery.h"

#include <QAbstractTableModel>
#include <QSet>

#include <optional>

namespace aftersales
{
class Workbench;
}

namespace aftersales::ui
{

// The claim list, never the whole table: filtering, sorting and counting happen in SQL,
// and the model holds only the pages the view looked at last (ClaimPageCache).
//
// A list without a search has all its rows from the start (its count is cheap): a page
// anywhere is read when the view first shows it, from the nearest known page start
// (ClaimReader::keyAfter, then one keyset page). A searched list grows page by page
// (canFetchMore/fetchMore) as the view scrolls: its count can take seconds, off the UI
// thread. Either way, when the pages read show the list to have grown or shrunk since it
// was counted, the rows follow (queued, never from inside data()).
class ClaimTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        IdColumn,
        OrderColumn,
        TypeColumn,
        ReasonColumn,
        ProductColumn,
        BuyerColumn,
        AmountColumn,
        StatusColumn,
        DeadlineColumn,
        AssigneeColumn, // the agent who holds the claim (a team's)
        FlagColumn,     // the platform's order_flag as a coloured dot
        RemarkColumn,   // the merchant's own remark
        ColumnCount
    };
    enum Role {
        RawRole = Qt::UserRole, // the column's value as stored, for sorting and tests
        ClaimIdRole,
        UrgencyRole, // the claim's Urgency (ClaimFormat) as an int
    };
    static constexpr int pageSize = 100;
    // Pages held at most: a few screens either side of any two places in the list.
    static constexpr int defaultHeldPages = 40;

    explicit ClaimTableModel(const Workbench &workbench, QObject *parent = nullptr,
                             int heldPages = defaultHeldPages);

    // Runs `query` from its first page, stamped with the workbench's clock and policy.
    void setQuery(const ClaimQuery &query);
    const ClaimQuery &query() const { return m_query; }
    // Shows a page found elsewhere (a search run off the UI thread) as the query's first.
    void showPage(const ClaimQuery &query, const Page &page);
    // The query with this model's sort order, stamped, as setQuery() runs it.
    ClaimQuery prepared(const ClaimQuery &query) const;
    // Runs the query again; a searched list keeps as many rows as it had. The pages of
    // `rowsToRead` (the selection, say) are read at once, so rowOf() finds their claims.
    void reload(const QList<int> &rowsToRead = {});
    // Claims held in memory (the pages looked at last).
    int heldClaims() const { return m_pages.heldClaims(); }
    // Re-reads one loaded claim (after an action on it); false when it is not loaded.
    bool refreshClaim(qint64 id);
    // The deadline column depends on the time: repaint it.
    void updateTimes();

    Claim claimAt(const QModelIndex &index) const;
    int rowOf(qint64 id) const;
    static bool isSortable(int column);
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // The header's texts follow the language.
    void retranslate();

Q_SIGNALS:
    void loadFailed(const aftersales::Outcome &outcome);

private:
    QVariant display(const Claim &claim, int column) const;
    QVariant raw(const Claim &claim, int column) const;
    // Counts the list (unless searched: it keeps `keepRows` when it reaches that far) and
    // reads its first page, in a model reset.
    void load(int keepRows);
    // The claim at `row`, its page read first when it is not held.
    const Claim *claimAtRow(int row) const;
    bool readPage(int page) const;
    // What a page read says of the list's length: rows that `page` showed to exist, and
    // whether more follow (`next`) or the list ends there.
    void learnLength(int page, int rows, const std::optional<PageKey> &next) const;
    void resizeTo(int rows, quint64 generation);
    void reportFailure(const Outcome &outcome) const;
    ClaimTableModel *self() const { return const_cast<ClaimTableModel *>(this); }

    const Workbench &m_workbench;
    ClaimQuery m_query;
    mutable ClaimPageCache m_pages;
    int m_heldPages;
    int m_rows = 0;
    // Whether rows follow the last one (a searched list not scrolled to its end), and
    // where they start.
    mutable std::optional<PageKey> m_tail;
    // Changes with every reset: a resize queued before one is dropped.
    quint64 m_generation = 0;
    // Pages that could not be read since the last reset.
    mutable QSet<int> m_unreadable;
    // Inside endResetModel()/endInsertRows(): fetchMore() waits.
    bool m_notifying = false;
    int m_sortColumn = DeadlineColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace aftersales::ui
