#pragma once

#include "claim.h"
#include "outcome.h"
#include "query.h"

#include <QAbstractTableModel>

#include <optional>

namespace aftersales
{
class Workbench;
}

namespace aftersales::ui
{

// The claim list: one page of a query at a time (canFetchMore/fetchMore with keyset
// pages), never the whole table; filtering and sorting happen in SQL.
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
        FlagColumn,   // the platform's order_flag as a coloured dot
        RemarkColumn, // the merchant's own remark
        ColumnCount
    };
    enum Role {
        RawRole = Qt::UserRole, // the column's value as stored, for sorting and tests
        ClaimIdRole,
    };
    static constexpr int pageSize = 100;

    explicit ClaimTableModel(const Workbench &workbench, QObject *parent = nullptr);

    // Runs `query` from its first page. Its `now` is taken from the workbench's clock.
    void setQuery(const ClaimQuery &query);
    const ClaimQuery &query() const { return m_query; }
    // Shows a page found elsewhere (a search run off the UI thread) as the query's first.
    void showPage(const ClaimQuery &query, const Page &page);
    // The query with this model's sort order and the clock's time, as setQuery() runs it.
    ClaimQuery prepared(const ClaimQuery &query) const;
    // Runs the query again, keeping as many rows loaded as before.
    void reload();
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
    void load(int limit);

    const Workbench &m_workbench;
    ClaimQuery m_query;
    QList<Claim> m_claims;
    std::optional<PageKey> m_next;
    // Inside endResetModel()/endInsertRows(): fetchMore() waits.
    bool m_notifying = false;
    int m_sortColumn = DeadlineColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace aftersales::ui
