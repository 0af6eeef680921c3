#include "claimcolumns.h"

#include "celltextdelegate.h"
#include "claimformat.h"
#include "claimtablemodel.h"
#include "io/claimtext.h"
#include "statuschipdelegate.h"

#include <QEvent>
#include <QHeaderView>
#include <QStyle>
#include <QTableView>
#include <QTimer>

namespace aftersales::ui
{
namespace
{

// Rows looked at for the widths: the first page, held by the model after every reset.
constexpr int rowsMeasured = ClaimTableModel::pageSize;

bool sizedToContent(int column)
{
    switch (column) {
    case ClaimTableModel::IdColumn:
    case ClaimTableModel::OrderColumn:
    case ClaimTableModel::TypeColumn:
    case ClaimTableModel::ReasonColumn:
    case ClaimTableModel::BuyerColumn:
    case ClaimTableModel::AmountColumn:
    case ClaimTableModel::StatusColumn:
    case ClaimTableModel::DeadlineColumn:
    case ClaimTableModel::AssigneeColumn:
        return true;
    default:
        return false;
    }
}

// Deadline cells at their widest: days, hours and minutes either side of the deadline.
QStringList deadlineSamples()
{
    QStringList out{QStringLiteral("—")};
    const QDateTime now = QDateTime::fromSecsSinceEpoch(0, Qt::UTC);
    for (qint64 secs : {qint64(86400 * 9 + 23 * 3600), qint64(23 * 3600 + 59 * 60), qint64(59 * 60 + 59)})
        for (qint64 sign : {1, -1}) {
            Claim c;
            c.deadline = now.addSecs(sign * secs);
            out << claimtext::timeLeft(c, now);
        }
    return out;
}

} // namespace

ClaimColumns::ClaimColumns(QTableView *view) : QObject(view), m_view(view)
{
    setObjectName(QStringLiteral("claimColumns"));
    m_view->setItemDelegate(new CellTextDelegate(Qt::ElideRight, m_view));
    // A long number cut in the middle keeps its first and last digits, the ones people compare.
    m_view->setItemDelegateForColumn(ClaimTableModel::OrderColumn,
                                     new CellTextDelegate(Qt::ElideMiddle, m_view));
    m_view->setItemDelegateForColumn(ClaimTableModel::IdColumn,
                                     new CellTextDelegate(Qt::ElideMiddle, m_view));
    m_view->setItemDelegateForColumn(ClaimTableModel::StatusColumn, new StatusChipDelegate(m_view));
    connect(m_view->model(), &QAbstractItemModel::modelReset, this, [this] { scheduleFit(Fit::Grow); });
    connect(m_view->model(), &QAbstractItemModel::rowsInserted, this, [this] { scheduleFit(Fit::Grow); });
    m_view->installEventFilter(this);
    m_viewport = m_view->viewport();
    m_viewport->installEventFilter(this);
    // The flag's dot first, as in the Douyin back office.
    QHeaderView *header = m_view->horizontalHeader();
    header->moveSection(header->visualIndex(ClaimTableModel::FlagColumn), 0);
    fit(Fit::Afresh);
}

bool ClaimColumns::eventFilter(QObject *watched, QEvent *event)
{
    const bool viewChange =
        watched == m_view && (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange);
    const bool resized = watched == m_viewport && event->type() == QEvent::Resize;
    if (viewChange)
        scheduleFit(Fit::Afresh); // other words, other widths
    else if (resized)
        scheduleFit(Fit::Grow);
    return QObject::eventFilter(watched, event);
}

void ClaimColumns::scheduleFit(Fit how)
{
    // After the reset's or the language change's other handlers: the rows and labels are new.
    if (how == Fit::Afresh)
        m_scheduled = Fit::Afresh;
    if (m_fitScheduled)
        return;
    m_fitScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_fitScheduled = false;
        fit(std::exchange(m_scheduled, Fit::Grow));
    });
}

int ClaimColumns::textWidth(const QString &text) const
{
    if (const auto known = m_textWidths.constFind(text); known != m_textWidths.cend())
        return *known;
    if (m_textWidths.size() >= 10000)
        m_textWidths.clear();
    // The item delegate draws text inside a margin on either side.
    const int margin = m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 1;
    const int width = m_view->fontMetrics().horizontalAdvance(text) + 2 * margin + 2;
    m_textWidths.insert(text, width);
    return width;
}

int ClaimColumns::headerWidth(int column) const
{
    // Sortable columns keep room for the sort indicator.
    const QHeaderView *header = m_view->horizontalHeader();
    if (ClaimTableModel::isSortable(column))
        return header->sectionSizeHint(column);
    const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    const QString text = m_view->model()->headerData(column, Qt::Horizontal).toString();
    return header->fontMetrics().horizontalAdvance(text) + 4 * margin;
}

int ClaimColumns::contentWidth(int column) const
{
    QStringList texts;
    if (column == ClaimTableModel::DeadlineColumn)
        texts << deadlineSamples();
    if (column == ClaimTableModel::IdColumn)
        texts << QStringLiteral("000000"); // room for the ids to come
    const QAbstractItemModel *model = m_view->model();
    const int rows = std::min(model->rowCount(), rowsMeasured);
    for (int row = 0; row < rows; ++row)
        texts << model->index(row, column).data().toString();
    // A status is drawn as a chip, wider than its text.
    const int chip = column == ClaimTableModel::StatusColumn
                         ? StatusChipDelegate::extraWidth(m_view) - textWidth(QString()) + 2
                         : 0;
    int width = headerWidth(column);
    for (const QString &t : std::as_const(texts))
        width = std::max(width, textWidth(t) + chip);
    return width;
}

void ClaimColumns::fit(Fit how)
{
    if (how == Fit::Afresh)
        m_textWidths.clear(); // another font or language
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(false);
    // What each column wants, and the least it may be squeezed to when the list is narrow.
    QHash<int, int> wanted, least;
    for (int column = 0; column < header->count(); ++column) {
        if (header->isSectionHidden(column))
            continue; // takes no width (the assignee on a shop's own file)
        if (column == ClaimTableModel::ProductColumn) {
            header->setSectionResizeMode(column, QHeaderView::Stretch);
            continue;
        }
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        if (column == ClaimTableModel::FlagColumn) {
            // Its coloured dot; the colour's name is the cell's tooltip.
            least[column] = m_view->fontMetrics().height() + 12;
            wanted[column] =
                how == Fit::Grow ? std::max(least[column], header->sectionSize(column)) : least[column];
        } else if (column == ClaimTableModel::RemarkColumn) {
            // Narrow: a glance shows whether there is one; the tooltip holds it whole.
            wanted[column] = std::max(headerWidth(column), textWidth(QString(4, QChar(0x6C49))));
            least[column] = headerWidth(column);
        } else if (sizedToContent(column)) {
            const int content = contentWidth(column);
            wanted[column] = how == Fit::Grow ? std::max(content, header->sectionSize(column)) : content;
            least[column] = wanted[column];
        } else {
            wanted[column] = least[column] = header->sectionSize(column);
        }
    }
    // A narrow list (1366 px beside the detail pane, in English above all) gives up width in
    // this order, each column down to the least shown, every cut text whole in its tooltip:
    // the product, the remark, the buyer, the middle of the order id, the type, the status.
    auto squeezeTo = [&](int column, int width) { least[column] = std::min(wanted[column], width); };
    squeezeTo(ClaimTableModel::BuyerColumn,
              std::max(headerWidth(ClaimTableModel::BuyerColumn), textWidth(QString(6, QChar(0x6C49)))));
    squeezeTo(ClaimTableModel::OrderColumn, textWidth(QStringLiteral("69300…01234")));
    squeezeTo(ClaimTableModel::TypeColumn, wanted[ClaimTableModel::TypeColumn] * 3 / 5);
    squeezeTo(ClaimTableModel::StatusColumn, wanted[ClaimTableModel::StatusColumn] * 3 / 5);
    int total = textWidth(QString(5, QChar(0x6C49))); // the least of the product
    for (int w : std::as_const(wanted))
        total += w;
    int excess = total - m_view->viewport()->width();
    for (int column :
         {ClaimTableModel::RemarkColumn, ClaimTableModel::BuyerColumn, ClaimTableModel::OrderColumn,
          ClaimTableModel::TypeColumn, ClaimTableModel::StatusColumn}) {
        if (excess <= 0)
            break;
        const int give = std::min(excess, wanted[column] - least[column]);
        wanted[column] -= give;
        excess -= give;
    }
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it)
        if (header->sectionSize(it.key()) != it.value())
            header->resizeSection(it.key(), it.value());
}

} // namespace aftersales::ui
