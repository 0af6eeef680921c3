// The platform workbench's look, natively: the quick filters as tabs with count badges
// (red while a claim there is overdue), the status as a chip coloured by who acts next,
// and a money-at-risk sentence whose parts add up to its whole.
#include "claimtablemodel.h"
#include "guitestbase.h"
#include "io/demo.h"
#include "mainwindow.h"
#include "moneyatriskstrip.h"
#include "quickfilterbar.h"
#include "quickfiltertab.h"
#include "statuschipdelegate.h"
#include "workbench.h"

#include <QAction>
#include <QHeaderView>
#include <QImage>
#include <QRegularExpression>
#include <QTableView>
#include <QTest>

using namespace aftersales;
using namespace aftersales::ui;

namespace
{

// The number a part of the sentence starts with ("14 auto-approvals" → 14).
int leadingNumber(const QString &part)
{
    static const QRegularExpression number(QStringLiteral("^\\s*(\\d+)"));
    const QRegularExpressionMatch m = number.match(part);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

} // namespace

class TestLook : public testing::GuiTestBase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void quickFiltersAreTabsWithBadges();
    void statusChipsByWhoActsNext();
    void listCellsDrawTheirText();
    void moneyAtRiskAddsUp();
};

void TestLook::initTestCase()
{
    initGui();
}

void TestLook::init()
{
    initFixture();
}

void TestLook::cleanup()
{
    cleanupFixture();
}

void TestLook::quickFiltersAreTabsWithBadges()
{
    const qint64 late = m_db->awaitingShipment(QStringLiteral("DY9001"));
    m_db->clock().advance(49 * 3600); // the 48 h to ship lapse: shipment overdue
    QVERIFY(m_db->workbench().sweep().ok());
    QCOMPARE(m_db->workbench().claim(late)->status, ClaimStatus::ShipOverdue);
    m_db->addShippedOrder(QStringLiteral("DY9002"));
    m_db->applyFor(QStringLiteral("DY9002"), ClaimType::Exchange, Reason::WrongItem);
    openWindow(QSize(1366, 768));

    for (QuickFilter filter : quickfilters::bar()) {
        auto *tab = m_window->quickFilterBar()->findChild<QuickFilterTab *>(QStringLiteral("quickFilter_") +
                                                                            quickfilters::name(filter));
        QVERIFY2(tab, qPrintable(quickfilters::name(filter)));
        QCOMPARE(tab->count(), m_window->quickFilterBar()->count(filter));
        QCOMPARE(tab->label(), quickfilters::label(filter));
        // The count is a badge beside the label, not in it.
        QVERIFY(tab->sizeHint().width() > tab->fontMetrics().horizontalAdvance(tab->label()));
        // Red where a claim is overdue: 换货&补寄待处理, 补寄超时 and 全部 hold the late one.
        const bool overdue = filter == QuickFilter::ExchangeReshipPending || filter == QuickFilter::Overdue ||
                             filter == QuickFilter::All;
        QCOMPARE(tab->overdue() > 0, overdue);
        QVERIFY2((tab->badgeColor() == QColor(0xe5, 0x39, 0x35)) == overdue, qPrintable(tab->label()));
    }
    // Tabs side by side: one row, no gaps.
    auto *first =
        m_window->findChild<QuickFilterTab *>(QStringLiteral("quickFilter_exchange_reship_pending"));
    auto *second = m_window->findChild<QuickFilterTab *>(QStringLiteral("quickFilter_pending_review"));
    QCOMPARE(first->geometry().right() + 1, second->geometry().left());
    QVERIFY(first->isChecked());
    // Once shipped, the badge is no longer red.
    QVERIFY(m_db->ship(late, QStringLiteral("shunfeng"), QStringLiteral("SF1000000000009")).ok());
    QTRY_COMPARE(first->overdue(), 0);
    QVERIFY(first->badgeColor() != QColor(0xe5, 0x39, 0x35));
}

void TestLook::statusChipsByWhoActsNext()
{
    QVERIFY(demo::generate(m_db->workbench(), 60, 2).ok());
    openWindow(QSize(1366, 768));
    QVERIFY(triggerAction("actionQuickFilter_all"));
    QTableView *view = m_window->view();
    QVERIFY(qobject_cast<StatusChipDelegate *>(view->itemDelegateForColumn(ClaimTableModel::StatusColumn)));
    view->clearSelection(); // the selection's colour would cover the row
    view->setCurrentIndex(QModelIndex());
    QApplication::processEvents();
    const QImage image = view->viewport()->grab().toImage();
    QSet<QRgb> seen;
    const int rows = std::min(m_window->model()->rowCount(), view->rowAt(view->viewport()->height() - 1));
    QVERIFY(rows > 10);
    for (int row = 0; row < rows; ++row) {
        const QModelIndex index = m_window->model()->index(row, ClaimTableModel::StatusColumn);
        const Claim claim = m_window->model()->claimAt(index);
        const StatusChipDelegate::Tone tone = StatusChipDelegate::toneFor(
            claim.status, Urgency(index.data(ClaimTableModel::UrgencyRole).toInt()));
        // Inside the chip, left of its text: the chip's colour.
        const QRect cell = view->visualRect(index);
        const QPoint inside(cell.left() + 6, cell.center().y());
        QCOMPARE(QColor(image.pixel(inside)).name(), tone.background.name());
        seen.insert(tone.background.rgb());
        // Its text in the tone's colour, on the chip.
        QVERIFY(tone.text != tone.background);
    }
    // Claims the merchant must act on look different from the buyer's and the finished ones.
    QVERIFY(seen.contains(
        StatusChipDelegate::toneFor(ClaimStatus::PendingReview, Urgency::Normal).background.rgb()));
    QVERIFY(seen.size() >= 3);
    QVERIFY(StatusChipDelegate::toneFor(ClaimStatus::PendingReview, Urgency::Normal).background !=
            StatusChipDelegate::toneFor(ClaimStatus::Shipped, Urgency::None).background);
    QVERIFY(StatusChipDelegate::toneFor(ClaimStatus::ShipOverdue, Urgency::Overdue).background !=
            StatusChipDelegate::toneFor(ClaimStatus::AwaitingShipment, Urgency::Normal).background);
    QVERIFY(StatusChipDelegate::toneFor(ClaimStatus::InArbitration, Urgency::None).background !=
            StatusChipDelegate::toneFor(ClaimStatus::Completed, Urgency::None).background);
}

// The columns' x where `image` differs from the cell's background colour in `cell` (its
// middle rows), leftmost and rightmost; none: {-1, -1}.
std::pair<int, int> inkSpan(const QImage &image, const QRect &cell, QRgb background,
                            QSet<QRgb> *inks = nullptr)
{
    std::pair<int, int> span{-1, -1};
    for (int x = cell.left() + 1; x < cell.right(); ++x)
        for (int y = cell.top() + cell.height() / 4; y < cell.bottom() - cell.height() / 4; ++y) {
            const QRgb pixel = image.pixel(x, y);
            if (pixel == background)
                continue;
            if (span.first < 0)
                span.first = x;
            span.second = x;
            if (inks)
                inks->insert(pixel);
        }
    return span;
}

void TestLook::listCellsDrawTheirText()
{
    // The list's cells draw their own text (celltextdelegate.h): every cell holds some, a
    // right-aligned amount ends at the cell's right margin, a long order id cut in the
    // middle still fills its cell, the selected row's text is in the selection's text
    // colour, and an overdue deadline white on red.
    QVERIFY(demo::generate(m_db->workbench(), 60, 2).ok());
    openWindow(QSize(1366, 768));
    QVERIFY(triggerAction("actionQuickFilter_all"));
    QTableView *view = m_window->view();
    QHeaderView *header = view->horizontalHeader();
    header->resizeSection(ClaimTableModel::OrderColumn,
                          view->fontMetrics().horizontalAdvance(QStringLiteral("69000")) + 12);
    view->setCurrentIndex(m_window->model()->index(1, ClaimTableModel::OrderColumn));
    view->selectRow(1);
    QApplication::processEvents();
    const QImage image = view->viewport()->grab().toImage();
    const QRgb base = view->palette().color(QPalette::Base).rgb();
    const QRgb alternate = view->palette().color(QPalette::AlternateBase).rgb();
    auto backgroundOf = [&](const QRect &cell) { return image.pixel(cell.left() + 1, cell.top() + 1); };
    const int rows = std::min(m_window->model()->rowCount(), view->rowAt(view->viewport()->height() - 1));
    QVERIFY(rows > 10);
    bool sawOverdue = false;
    for (int row = 0; row < rows; ++row) {
        for (int column : {int(ClaimTableModel::OrderColumn), int(ClaimTableModel::TypeColumn),
                           int(ClaimTableModel::BuyerColumn), int(ClaimTableModel::AmountColumn),
                           int(ClaimTableModel::DeadlineColumn)}) {
            const QModelIndex index = m_window->model()->index(row, column);
            const QRect cell = view->visualRect(index);
            const QRgb background = backgroundOf(cell);
            QSet<QRgb> inks;
            const std::pair<int, int> ink = inkSpan(image, cell, background, &inks);
            QVERIFY2(ink.first >= 0,
                     qPrintable(QStringLiteral("row %1 column %2 is blank").arg(row).arg(column)));
            if (column == ClaimTableModel::AmountColumn) {
                QVERIFY2(cell.right() - ink.second <= 8,
                         qPrintable(QString::number(cell.right() - ink.second)));
                QVERIFY(ink.first - cell.left() > 8);
            }
            if (column == ClaimTableModel::OrderColumn) {
                QVERIFY(index.data().toString().size() > 10);
                QVERIFY(ink.second - ink.first > cell.width() / 2); // cut, not blank after a few digits
            }
            if (row == 1 && column != ClaimTableModel::DeadlineColumn) {
                QVERIFY(background != base && background != alternate); // the selection
                // The ink farthest from the selection's colour is its text colour, not the text's.
                const QColor highlighted = view->palette().color(QPalette::HighlightedText);
                const QColor text = view->palette().color(QPalette::Text);
                auto distance = [](const QColor &a, const QColor &b) {
                    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) +
                           std::abs(a.blue() - b.blue());
                };
                QColor strongest = QColor(background);
                for (QRgb pixel : std::as_const(inks))
                    if (distance(QColor(pixel), QColor(background)) > distance(strongest, QColor(background)))
                        strongest = QColor(pixel);
                QVERIFY2(distance(strongest, highlighted) < distance(strongest, text),
                         qPrintable(strongest.name()));
            }
            if (column == ClaimTableModel::DeadlineColumn &&
                Urgency(index.data(ClaimTableModel::UrgencyRole).toInt()) == Urgency::Overdue && row != 1) {
                sawOverdue = true;
                QCOMPARE(QColor(background).name(), QColor(0xd3, 0x2f, 0x2f).name());
                QVERIFY(inks.contains(QColor(Qt::white).rgb()));
            }
        }
    }
    QVERIFY(sawOverdue);
}

void TestLook::moneyAtRiskAddsUp()
{
    // The demo queue at 10:00 has a never-received reshipment that is both compensated and
    // refunded when its shipment is late: once in the sentence, not twice.
    QVERIFY(demo::generate(m_db->workbench(), 300, 1).ok());
    openWindow(QSize(1366, 768));
    const MoneyAtRisk risk = m_window->moneyAtRiskStrip()->risk();
    QVERIFY(risk.claims > 0);
    QVERIFY(risk.autoRefunds > 0 && risk.compensations > 0);
    const QString text = m_window->moneyAtRiskStrip()->text();
    const qsizetype dash = text.indexOf(QStringLiteral(" — "));
    QVERIFY2(dash > 0, qPrintable(text));
    QVERIFY2(text.left(dash).contains(QStringLiteral("on %1 claims").arg(risk.claims)), qPrintable(text));
    // The parts at the top level (outside brackets) partition the claims.
    QString parts = text.mid(dash + 3);
    static const QRegularExpression bracketed(QStringLiteral(" \\(([^()]|\\(s\\))*\\)$"));
    const QString details = bracketed.match(parts).captured(0);
    parts.remove(bracketed);
    int sum = 0;
    for (const QString &part : parts.split(QStringLiteral(" · "))) {
        const int n = leadingNumber(part);
        QVERIFY2(n > 0, qPrintable(part));
        sum += n;
    }
    QCOMPARE(sum, risk.claims);
    // What some of them cost is said inside, "1 of them": a subset, not another part.
    QVERIFY2(details.contains(QStringLiteral("%1 of them").arg(risk.autoRefunds)), qPrintable(text));
}

QTEST_MAIN(TestLook)
#include "tst_look.moc"
