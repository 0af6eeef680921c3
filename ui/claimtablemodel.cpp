#include "claimtablemodel.h"

#include "claimformat.h"
#include "domain/names.h"
#include "flagformat.h"
#include "io/claimtext.h"
#include "logging.h"
#include "syncmarks.h"
#include "workbench.h"

#include <QBrush>
#include <QColor>
#include <QElapsedTimer>

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

ClaimTableModel::ClaimTableModel(const Workbench &workbench, QObject *parent, int heldPages)
    : QAbstractTableModel(parent), m_workbench(workbench), m_pages(pageSize, heldPages),
      m_heldPages(heldPages)
{
}

void ClaimTableModel::setQuery(const ClaimQuery &query)
{
    m_query = prepared(query);
    load(0);
}

ClaimQuery ClaimTableModel::prepared(const ClaimQuery &query) const
{
    ClaimQuery q = query;
    q.sort = *sortKeyFor(m_sortColumn);
    q.descending = m_sortOrder == Qt::DescendingOrder;
    return m_workbench.reader().stamped(q);
}

void ClaimTableModel::showPage(const ClaimQuery &query, const Page &page)
{
    m_notifying = true;
    beginResetModel();
    ++m_generation;
    m_query = query;
    m_pages.clear();
    m_unreadable.clear();
    m_pages.put(0, page.claims);
    m_pages.setStart(1, page.next);
    m_rows = int(page.claims.size());
    m_tail = page.next;
    endResetModel();
    m_notifying = false;
}

void ClaimTableModel::reload(const QList<int> &rowsToRead)
{
    load(m_rows);
    QList<int> pages;
    for (int row : rowsToRead)
        if (row > 0 && row < m_rows && !pages.contains(row / pageSize) && pages.size() < m_heldPages)
            pages.append(row / pageSize);
    for (int page : std::as_const(pages))
        if (!m_pages.find(page * pageSize))
            readPage(page);
}

void ClaimTableModel::load(int keepRows)
{
    const ClaimReader &reader = m_workbench.reader();
    m_query = reader.stamped(m_query);
    const bool searched = !m_query.search.trimmed().isEmpty();
    const Result<qint64> total = searched ? Result<qint64>(qint64(keepRows)) : reader.count(m_query);
    const Result<Page> first = total.ok() ? reader.page(m_query, std::nullopt, pageSize) : total.outcome;
    // Whoever reacts to the reset (QAbstractItemModelTester does) must not insert rows
    // in the middle of it; the view asks for more afterwards.
    m_notifying = true;
    beginResetModel();
    ++m_generation;
    m_pages.clear();
    m_unreadable.clear();
    m_tail.reset();
    m_rows = 0;
    if (first.ok()) {
        m_pages.put(0, first->claims);
        m_pages.setStart(1, first->next);
        m_rows =
            first->next ? int(std::max<qint64>(*total, first->claims.size())) : int(first->claims.size());
        if (first->next && m_rows == first->claims.size())
            m_tail = first->next;
    }
    endResetModel();
    m_notifying = false;
    if (!first.ok())
        reportFailure(first.outcome);
}

const Claim *ClaimTableModel::claimAtRow(int row) const
{
    if (row < 0 || row >= m_rows)
        return nullptr;
    if (const Claim *held = m_pages.find(row))
        return held;
    if (!readPage(row / pageSize))
        return nullptr;
    return m_pages.find(row);
}

bool ClaimTableModel::readPage(int page) const
{
    // A page that failed is not tried again for every cell of every paint; the next
    // reload (the window's poll brings one) tries again.
    if (m_unreadable.contains(page))
        return false;
    QElapsedTimer timer;
    timer.start();
    const ClaimReader &reader = m_workbench.reader();
    const auto [from, start] = m_pages.nearestStart(page);
    std::optional<PageKey> after = start;
    if (from < page) {
        // From the nearest start known, skip to the row before the page: its index alone.
        const Result<std::optional<PageKey>> key =
            reader.keyAfter(m_query, start, qint64(page - from) * pageSize - 1);
        if (!key.ok()) {
            m_unreadable.insert(page);
            reportFailure(key.outcome);
            return false;
        }
        if (!*key) {
            learnLength(page, 0, std::nullopt); // the list ends before this page now
            return false;
        }
        after = *key;
        m_pages.setStart(page, after);
    }
    const Result<Page> read = reader.page(m_query, after, pageSize);
    if (!read.ok()) {
        m_unreadable.insert(page);
        reportFailure(read.outcome);
        return false;
    }
    m_pages.put(page, read->claims);
    m_pages.setStart(page + 1, read->next);
    learnLength(page, int(read->claims.size()), read->next);
    qCDebug(lcTiming) << "page" << page << "of the list read in" << timer.elapsed() << "ms";
    return true;
}

void ClaimTableModel::learnLength(int page, int rows, const std::optional<PageKey> &next) const
{
    const int end = page * pageSize + rows;
    bool resize = false;
    if (next) {
        // Rows up to `end` exist, and more after them.
        if (end >= m_rows)
            m_tail = next;
        resize = end > m_rows;
    } else {
        // The list ends at `end` (at the latest, when the page came back empty).
        m_tail.reset();
        resize = rows > 0 ? end != m_rows : end < m_rows;
    }
    if (resize)
        QMetaObject::invokeMethod(
            self(), [model = self(), end, generation = m_generation] { model->resizeTo(end, generation); },
            Qt::QueuedConnection);
}

void ClaimTableModel::resizeTo(int rows, quint64 generation)
{
    if (generation != m_generation || rows == m_rows)
        return;
    m_notifying = true;
    if (rows < m_rows) {
        beginRemoveRows(QModelIndex(), rows, m_rows - 1);
        m_rows = rows;
        m_pages.dropFrom((rows + pageSize - 1) / pageSize);
        endRemoveRows();
    } else {
        beginInsertRows(QModelIndex(), m_rows, rows - 1);
        m_rows = rows;
        endInsertRows();
    }
    m_notifying = false;
}

void ClaimTableModel::reportFailure(const Outcome &outcome) const
{
    qCWarning(lcUi) << "reading the list failed:" << outcome.message;
    // Not from inside data(): the window shows it after the paint.
    QMetaObject::invokeMethod(
        self(), [model = self(), outcome] { Q_EMIT model->loadFailed(outcome); }, Qt::QueuedConnection);
}

bool ClaimTableModel::refreshClaim(qint64 id)
{
    Claim *held = m_pages.claim(id);
    if (!held)
        return false;
    Result<Claim> claim = m_workbench.claim(id);
    if (!claim.ok())
        return false;
    *held = *claim;
    const int row = m_pages.rowOf(id);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

void ClaimTableModel::updateTimes()
{
    if (m_rows == 0)
        return;
    Q_EMIT dataChanged(index(0, DeadlineColumn), index(m_rows - 1, DeadlineColumn),
                       {Qt::DisplayRole, Qt::BackgroundRole, Qt::ForegroundRole, Qt::ToolTipRole});
}

Claim ClaimTableModel::claimAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    const Claim *claim = claimAtRow(index.row());
    return claim ? *claim : Claim{};
}

int ClaimTableModel::rowOf(qint64 id) const
{
    return m_pages.rowOf(id);
}

bool ClaimTableModel::isSortable(int column)
{
    return sortKeyFor(column).has_value();
}

int ClaimTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int ClaimTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClaimTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Claim *held = claimAtRow(index.row());
    if (!held)
        return {};
    const Claim &claim = *held;
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(claim, column);
    case RawRole:
        return raw(claim, column);
    case ClaimIdRole:
        return claim.id;
    case UrgencyRole:
        return int(ClaimFormat::urgency(claim, m_workbench.now(), m_workbench.policy().dueSoonSecs));
    case Qt::DecorationRole:
        if (column == FlagColumn && claim.flag > 0)
            return FlagFormat::dot(claim.flag);
        if (column == StatusColumn &&
            (claim.sync.state == SyncState::Pending || claim.sync.state == SyncState::Failed))
            return SyncMarks::icon(claim.sync.state);
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
                           claimtext::deadlineSentence(claim, m_workbench.now(), m_workbench.policy()));
        if (column == FlagColumn)
            return FlagFormat::label(claim.flag);
        if (column == StatusColumn) {
            if (const QString sync = SyncMarks::toolTip(claim.sync); !sync.isEmpty())
                return sync;
        }
        if (column == IdColumn) {
            if (const QString sync = SyncMarks::toolTip(claim.sync); !sync.isEmpty())
                return QString(QString::number(claim.id) + QLatin1Char('\n') + sync);
        }
        // The cell's whole text, for when the column is narrower than it.
        if (const QString text = display(claim, column).toString(); !text.isEmpty())
            return text;
        return {};
    default:
        return {};
    }
}

QVariant ClaimTableModel::display(const Claim &claim, int column) const
{
    switch (column) {
    case IdColumn:
        return QString::number(claim.id); // a number would be shown with group separators
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
        return claimtext::money(claim.order.amountCents);
    case StatusColumn:
        return names::statusLabel(claim.status);
    case DeadlineColumn:
        return claimtext::timeLeft(claim, m_workbench.now());
    case AssigneeColumn:
        return claim.assignee;
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
    case AssigneeColumn:
        return claim.assignee;
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
    case AssigneeColumn:
        return tr("Assignee");
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
    return !parent.isValid() && m_tail.has_value();
}

void ClaimTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_tail || m_notifying)
        return;
    const std::optional<PageKey> after = m_tail;
    const Result<Page> read = m_workbench.reader().page(m_query, after, pageSize);
    if (!read.ok()) {
        m_tail.reset();
        reportFailure(read.outcome);
        return;
    }
    m_tail = read->next;
    if (read->claims.isEmpty())
        return;
    const int first = m_rows;
    const int page = first / pageSize;
    if (first % pageSize == 0) {
        m_pages.setStart(page, after);
        m_pages.put(page, read->claims);
        m_pages.setStart(page + 1, read->next);
    } else {
        m_pages.dropFrom(page); // its rows are read again, with the new ones, when shown
    }
    m_notifying = true; // no nested fetch from a handler of these signals
    beginInsertRows(QModelIndex(), first, first + int(read->claims.size()) - 1);
    m_rows += int(read->claims.size());
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
    load(0);
}

void ClaimTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (m_rows > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_rows - 1, ColumnCount - 1));
}

} // namespace aftersales::ui
