#include "claimtablemodel.h"

#include "claimformat.h"
#include "flagformat.h"
#include "logging.h"
#include "names.h"
#include "workbench.h"

#include <QBrush>
#include <QColor>

namespace aftersales::ui
{
namespace
{

std::optional<SortKey> sortKeyFor(int column)
{
    switch (column) {
    case ClaimTableModel::IdColumn:
        return SortKey::Id;
    case ClaimTableModel::OrderColumn:
        return SortKey::OrderId;
    case ClaimTableModel::TypeColumn:
        return SortKey::Type;
    case ClaimTableModel::AmountColumn:
        return SortKey::Amount;
    case ClaimTableModel::StatusColumn:
        return SortKey::Status;
    case ClaimTableModel::DeadlineColumn:
        return SortKey::Deadline;
    default:
        return std::nullopt;
    }
}

} // namespace

ClaimTableModel::ClaimTableModel(const Workbench &workbench, QObject *parent)
    : QAbstractTableModel(parent), m_workbench(workbench)
{
}

void ClaimTableModel::setQuery(const ClaimQuery &query)
{
    m_query = prepared(query);
    load(pageSize);
}

ClaimQuery ClaimTableModel::prepared(const ClaimQuery &query) const
{
    ClaimQuery q = query;
    q.sort = *sortKeyFor(m_sortColumn);
    q.descending = m_sortOrder == Qt::DescendingOrder;
    q.now = m_workbench.now();
    q.dueSoonSecs = m_workbench.policy().dueSoonSecs;
    return q;
}

void ClaimTableModel::showPage(const ClaimQuery &query, const Page &page)
{
    m_notifying = true;
    beginResetModel();
    m_query = query;
    m_claims = page.claims;
    m_next = page.next;
    endResetModel();
    m_notifying = false;
}

void ClaimTableModel::reload()
{
    load(std::max<int>(pageSize, int(m_claims.size())));
}

void ClaimTableModel::load(int limit)
{
    m_query.now = m_workbench.now();
    m_query.dueSoonSecs = m_workbench.policy().dueSoonSecs;
    Result<Page> page = queries::page(m_workbench.store(), m_query, std::nullopt, limit);
    // Whoever reacts to the reset (QAbstractItemModelTester does) must not insert rows
    // in the middle of it; the view asks for more afterwards.
    m_notifying = true;
    beginResetModel();
    if (page.ok()) {
        m_claims = page->claims;
        m_next = page->next;
    } else {
        m_claims.clear();
        m_next.reset();
    }
    endResetModel();
    m_notifying = false;
    if (!page.ok()) {
        qCWarning(lcUi) << "loading the list failed:" << page.outcome.message;
        Q_EMIT loadFailed(page.outcome);
    }
}

bool ClaimTableModel::refreshClaim(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return false;
    Result<Claim> claim = m_workbench.claim(id);
    if (!claim.ok())
        return false;
    m_claims[row] = *claim;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

void ClaimTableModel::updateTimes()
{
    if (m_claims.isEmpty())
        return;
    Q_EMIT dataChanged(index(0, DeadlineColumn), index(int(m_claims.size()) - 1, DeadlineColumn),
                       {Qt::DisplayRole, Qt::BackgroundRole, Qt::ForegroundRole, Qt::ToolTipRole});
}

Claim ClaimTableModel::claimAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_claims.size())
        return {};
    return m_claims.at(index.row());
}

int ClaimTableModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_claims.size(); ++row)
        if (m_claims.at(row).id == id)
            return row;
    return -1;
}

bool ClaimTableModel::isSortable(int column)
{
    return sortKeyFor(column).has_value();
}

int ClaimTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_claims.size());
}

int ClaimTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClaimTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Claim &claim = m_claims.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(claim, column);
    case RawRole:
        return raw(claim, column);
    case ClaimIdRole:
        return claim.id;
    case Qt::DecorationRole:
        if (column == FlagColumn && claim.flag > 0)
            return FlagFormat::dot(claim.flag);
        return {};
    case Qt::TextAlignmentRole:
        if (column == IdColumn || column == AmountColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::BackgroundRole:
    case Qt::ForegroundRole: {
        if (column != DeadlineColumn)
            return {};
        const Urgency u = ClaimFormat::urgency(claim, m_workbench.now(), m_workbench.policy().dueSoonSecs);
        if (u == Urgency::Overdue)
            return role == Qt::BackgroundRole ? QBrush(QColor(0xd3, 0x2f, 0x2f)) : QBrush(Qt::white);
        if (u == Urgency::DueSoon)
            return role == Qt::BackgroundRole ? QBrush(QColor(0xff, 0xc1, 0x07)) : QBrush(Qt::black);
        return {};
    }
    case Qt::ToolTipRole:
        if (column == DeadlineColumn && claim.deadline)
            return QString(ClaimFormat::localTime(*claim.deadline) + QLatin1Char('\n') +
                           ClaimFormat::countdown(claim, m_workbench.now(), m_workbench.policy()));
        if (column == ProductColumn)
            return claim.order.product;
        if (column == FlagColumn)
            return FlagFormat::label(claim.flag);
        if (column == RemarkColumn && !claim.remark.isEmpty())
            return claim.remark;
        return {};
    default:
        return {};
    }
}

QVariant ClaimTableModel::display(const Claim &claim, int column) const
{
    switch (column) {
    case IdColumn:
        return claim.id;
    case OrderColumn:
        return claim.orderId;
    case TypeColumn:
        return names::typeLabel(claim.type);
    case ReasonColumn:
        return names::reasonLabel(claim.reason);
    case ProductColumn:
        return claim.order.product;
    case BuyerColumn:
        return claim.order.buyer;
    case AmountColumn:
        return ClaimFormat::money(claim.order.amountCents);
    case StatusColumn:
        return names::statusLabel(claim.status);
    case DeadlineColumn:
        return ClaimFormat::deadlineCell(claim, m_workbench.now());
    case FlagColumn:
        return QString();
    case RemarkColumn:
        return claim.remark;
    default:
        return {};
    }
}

QVariant ClaimTableModel::raw(const Claim &claim, int column) const
{
    switch (column) {
    case IdColumn:
        return claim.id;
    case OrderColumn:
        return claim.orderId;
    case TypeColumn:
        return names::typeName(claim.type);
    case ReasonColumn:
        return names::reasonName(claim.reason);
    case ProductColumn:
        return claim.order.product;
    case BuyerColumn:
        return claim.order.buyer;
    case AmountColumn:
        return claim.order.amountCents;
    case StatusColumn:
        return names::statusName(claim.status);
    case DeadlineColumn:
        return claim.deadline ? QVariant(claim.deadline->toSecsSinceEpoch()) : QVariant();
    case FlagColumn:
        return claim.flag;
    case RemarkColumn:
        return claim.remark;
    default:
        return {};
    }
}

QVariant ClaimTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("Claim");
    case OrderColumn:
        return tr("Order");
    case TypeColumn:
        return tr("Type");
    case ReasonColumn:
        return tr("Reason");
    case ProductColumn:
        return tr("Product");
    case BuyerColumn:
        return tr("Buyer");
    case AmountColumn:
        return tr("Amount");
    case StatusColumn:
        return tr("Status");
    case DeadlineColumn:
        return tr("Deadline");
    case FlagColumn:
        return tr("Flag");
    case RemarkColumn:
        return tr("Remark");
    default:
        return {};
    }
}

bool ClaimTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_next.has_value();
}

void ClaimTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_next || m_notifying)
        return;
    Result<Page> page = queries::page(m_workbench.store(), m_query, m_next, pageSize);
    if (!page.ok()) {
        m_next.reset();
        qCWarning(lcUi) << "fetching more failed:" << page.outcome.message;
        Q_EMIT loadFailed(page.outcome);
        return;
    }
    m_next = page->next;
    if (page->claims.isEmpty())
        return;
    const int first = int(m_claims.size());
    m_notifying = true; // no nested fetch from a handler of these signals
    beginInsertRows(QModelIndex(), first, first + int(page->claims.size()) - 1);
    m_claims.append(page->claims);
    endInsertRows();
    m_notifying = false;
}

void ClaimTableModel::sort(int column, Qt::SortOrder order)
{
    const std::optional<SortKey> key = sortKeyFor(column);
    if (!key)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    m_query.sort = *key;
    m_query.descending = order == Qt::DescendingOrder;
    load(pageSize);
}

void ClaimTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_claims.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_claims.size()) - 1, ColumnCount - 1));
}

} // namespace aftersales::ui
