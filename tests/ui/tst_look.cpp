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
