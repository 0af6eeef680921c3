// The claim list's model: every row of an unsearched list with only the pages looked at
// held, a searched list growing page by page, rows following a list that shrank, SQL
// sorting, deadline colours, single-row refresh.
#include "claimtablemodel.h"
#include "domain/names.h"
#include "rawsqlite.h"
#include "storage/claimquery.h"
#include "storage/sqlite/sqlitestorage.h"
#include "tempdatabase.h"
#include "workbench.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QColor>
#include <QSignalSpy>
#include <QTest>

#include <limits>

#include <memory>

using namespace aftersales;
using namespace aftersales::ui;
using aftersales::testing::TempDatabase;

class TestClaimTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void unsearchedList_allRowsFewPagesHeld();
    void searchedList_growsPageByPage();
    void shrunkList_rowsFollow();
    void unreadablePage_reportedOnceUntilReload();
    void passesTheModelTester();
    void sortsInSql();
    void deadlineCellAndColours();
    void refreshesOneRow();
    void filtersByTypeSet();

private:
    void addReships(int count);
    ClaimQuery all() const;
    QList<qint64> idsInListOrder() const;

    std::unique_ptr<TempDatabase> m_db;
};

void TestClaimTableModel::init()
{
    m_db = std::make_unique<TempDatabase>();
}

void TestClaimTableModel::cleanup()
{
    m_db.reset();
}

void TestClaimTableModel::addReships(int count)
{
    for (int i = 0; i < count; ++i) {
        const QString order = QStringLiteral("DY%1").arg(1000 + i);
        m_db->addShippedOrder(order, 1000 + i * 7 % 500);
        m_db->applyFor(order, ClaimType::Reship, i % 2 ? Reason::MissingItems : Reason::NeverReceived);
        // Different application times, so deadlines differ.
        m_db->clock().advance(60);
    }
}

ClaimQuery TestClaimTableModel::all() const
{
    ClaimQuery q;
    q.quick = QuickFilter::All;
    return q;
}

QList<qint64> TestClaimTableModel::idsInListOrder() const
{
    QList<qint64> ids;
    std::optional<PageKey> after;
    do {
        const Result<Page> page = m_db->workbench().reader().page(all(), after, 500);
        if (!page.ok())
            return {};
        for (const Claim &c : page->claims)
            ids.append(c.id);
        after = page->next;
    } while (after);
    return ids;
}

void TestClaimTableModel::unsearchedList_allRowsFewPagesHeld()
{
    addReships(1000);
    const QList<qint64> expected = idsInListOrder();
    QCOMPARE(expected.size(), 1000);
    ClaimTableModel model(m_db->workbench(), nullptr, 3);
    model.setQuery(all());
    // Counted in SQL: every row is there at once, only the first page is read.
    QCOMPARE(model.rowCount(), 1000);
    QVERIFY(!model.canFetchMore({}));
    QCOMPARE(model.heldClaims(), ClaimTableModel::pageSize);
    // Straight to the bottom: the right claim, without the pages in between.
    QCOMPARE(model.index(999, 0).data(ClaimTableModel::ClaimIdRole).toLongLong(), expected.last());
    QCOMPARE(model.heldClaims(), 2 * ClaimTableModel::pageSize);
    QCOMPARE(model.index(550, 0).data(ClaimTableModel::ClaimIdRole).toLongLong(), expected.at(550));
    // Top to bottom: every claim in deadline order, never more than three pages held.
    qint64 previous = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.index(row, 0).data(ClaimTableModel::ClaimIdRole).toLongLong(), expected.at(row));
        const qint64 due =
            model.index(row, ClaimTableModel::DeadlineColumn).data(ClaimTableModel::RawRole).toLongLong();
        QVERIFY(due >= previous);
        previous = due;
        QVERIFY(model.heldClaims() <= 3 * ClaimTableModel::pageSize);
    }
    // Bottom to top again, from what the pages taught about where each one starts.
    for (int row = model.rowCount() - 1; row >= 0; row -= 37)
        QCOMPARE(model.index(row, 0).data(ClaimTableModel::ClaimIdRole).toLongLong(), expected.at(row));
    model.reload({870});
    QCOMPARE(model.rowCount(), 1000);
    QCOMPARE(model.rowOf(expected.at(870)), 870);
}

void TestClaimTableModel::searchedList_growsPageByPage()
{
    addReships(250);
    ClaimTableModel model(m_db->workbench(), nullptr, 2);
    // A searched list's first page comes from the search runner, its count later.
    ClaimQuery searched = model.prepared(all());
    searched.search = QStringLiteral("DY1");
    const Result<Page> first = m_db->storage().page(searched, std::nullopt, ClaimTableModel::pageSize);
    QVERIFY(first.ok());
    model.showPage(searched, *first);
    QCOMPARE(model.rowCount(), ClaimTableModel::pageSize);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 2 * ClaimTableModel::pageSize);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 250);
    QVERIFY(!model.canFetchMore({}));
    QVERIFY(model.heldClaims() <= 2 * ClaimTableModel::pageSize);
    const QList<qint64> expected = idsInListOrder();
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row, 0).data(ClaimTableModel::ClaimIdRole).toLongLong(), expected.at(row));
    // A reload keeps as many rows as were reached.
    model.reload();
    QCOMPARE(model.rowCount(), 250);
}

void TestClaimTableModel::shrunkList_rowsFollow()
{
    addReships(250);
    ClaimTableModel model(m_db->workbench(), nullptr, 1);
    ClaimQuery pending = all();
    pending.quick = QuickFilter::PendingReview;
    model.setQuery(pending);
    QCOMPARE(model.rowCount(), 250);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    // Thirty claims leave the list elsewhere after it was counted: the last thirty.
    const QList<qint64> ids = idsInListOrder();
    const auto approve = [&](int from, int to) {
        for (int i = from; i < to; ++i) {
            ActionRequest request;
            request.action = Action::Approve;
            request.actor = QStringLiteral("test");
            QVERIFY(m_db->workbench().act(ids.at(i), request).ok());
        }
    };
    approve(220, 250);
    // The view reaches the end: the rows follow the list, after the paint.
    QVERIFY(!model.index(249, 0).data().isValid());
    QCOMPARE(model.rowCount(), 250);
    QTRY_COMPARE(model.rowCount(), 220);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(model.index(219, 0).data(ClaimTableModel::ClaimIdRole).toLongLong(), ids.at(219));
    // The tester reads every row of a list counted before thirty more left: it sees the
    // rows follow too, each signal consistent.
    approve(190, 220);
    model.setQuery(pending);
    QCOMPARE(model.rowCount(), 190);
    approve(160, 190);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (int row = 0; row < model.rowCount(); ++row)
        model.index(row, 0).data();
    QTRY_COMPARE(model.rowCount(), 160);
    // Claims that join the list after its count, at its end: the view's fetchMore finds them.
    for (int i = 0; i < 30; ++i) {
        const QString order = QStringLiteral("DY%1").arg(5000 + i);
        m_db->addShippedOrder(order);
        m_db->applyFor(order, ClaimType::Reship, Reason::MissingItems);
    }
    model.index(0, 0).data();   // one page held: the last one is dropped
    model.index(159, 0).data(); // and read again, ninety rows long
    QTRY_COMPARE(model.rowCount(), 190);
}

void TestClaimTableModel::unreadablePage_reportedOnceUntilReload()
{
    addReships(250);
    ClaimTableModel model(m_db->workbench());
    model.setQuery(all());
    QSignalSpy failed(&model, &ClaimTableModel::loadFailed);
    const testing::RawSqlite raw(m_db->path());
    QVERIFY(raw.exec(QStringLiteral("ALTER TABLE claims RENAME TO claims_away")));
    // Every cell of a paint asks; the page is tried once and the failure said once.
    for (int i = 0; i < 100; ++i)
        QVERIFY(!model.index(150, i % ClaimTableModel::ColumnCount).data().isValid());
    QTRY_COMPARE(failed.size(), 1);
    QVERIFY(model.index(50, 0).data().isValid()); // the page held still shows
    QVERIFY(raw.exec(QStringLiteral("ALTER TABLE claims_away RENAME TO claims")));
    model.reload();
    QVERIFY(model.index(150, 0).data().isValid());
    QCOMPARE(failed.size(), 1);
}

void TestClaimTableModel::passesTheModelTester()
{
    addReships(250);
    ClaimTableModel model(m_db->workbench());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setQuery(all());
    QCOMPARE(model.rowCount(), 250);
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(model.index(row, ClaimTableModel::StatusColumn).data().isValid());
    model.sort(ClaimTableModel::IdColumn, Qt::DescendingOrder);
    model.reload();
    QVERIFY(model.refreshClaim(model.claimAt(model.index(0, 0)).id));
    model.updateTimes();
    model.retranslate();
}

void TestClaimTableModel::sortsInSql()
{
    addReships(150);
    ClaimTableModel model(m_db->workbench());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setQuery(all());
    model.sort(ClaimTableModel::AmountColumn, Qt::DescendingOrder);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 150);
    qint64 previous = std::numeric_limits<qint64>::max();
    for (int row = 0; row < model.rowCount(); ++row) {
        const qint64 amount =
            model.index(row, ClaimTableModel::AmountColumn).data(ClaimTableModel::RawRole).toLongLong();
        QVERIFY(amount <= previous);
        previous = amount;
    }
    // Columns SQL does not sort on are left alone.
    QVERIFY(!ClaimTableModel::isSortable(ClaimTableModel::ProductColumn));
    model.sort(ClaimTableModel::ProductColumn, Qt::AscendingOrder);
    QCOMPARE(model.sortColumn(), int(ClaimTableModel::AmountColumn));
}

void TestClaimTableModel::deadlineCellAndColours()
{
    addReships(1);
    ClaimTableModel model(m_db->workbench());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setQuery(all());
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex deadline = model.index(0, ClaimTableModel::DeadlineColumn);
    // Applied a minute ago: 47h 59m left, not due soon.
    QCOMPARE(deadline.data().toString(), QStringLiteral("1d 23h left"));
    QVERIFY(!deadline.data(Qt::BackgroundRole).isValid());

    m_db->clock().advance(40 * 3600); // 7h 59m left: within the 12-hour due-soon threshold
    model.updateTimes();
    QCOMPARE(deadline.data().toString(), QStringLiteral("7h 59m left"));
    QCOMPARE(deadline.data(Qt::BackgroundRole).value<QBrush>().color(), QColor(0xff, 0xc1, 0x07));

    m_db->clock().advance(8 * 3600); // past the deadline, not swept yet
    QVERIFY(deadline.data().toString().startsWith(QLatin1String("overdue")));
    QCOMPARE(deadline.data(Qt::BackgroundRole).value<QBrush>().color(), QColor(0xd3, 0x2f, 0x2f));
    QCOMPARE(model.index(0, ClaimTableModel::AmountColumn).data().toString(), QStringLiteral("¥10.00"));
}

void TestClaimTableModel::refreshesOneRow()
{
    addReships(3);
    ClaimTableModel model(m_db->workbench());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setQuery(all());
    const Claim first = model.claimAt(model.index(0, 0));
    ActionRequest approve;
    approve.action = Action::Approve;
    approve.actor = QStringLiteral("tester");
    QVERIFY(m_db->workbench().act(first.id, approve).ok());
    QCOMPARE(model.index(0, ClaimTableModel::StatusColumn).data(ClaimTableModel::RawRole).toString(),
             QStringLiteral("pending_review"));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(model.refreshClaim(first.id));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
    QCOMPARE(model.index(0, ClaimTableModel::StatusColumn).data(ClaimTableModel::RawRole).toString(),
             QStringLiteral("awaiting_shipment"));
    QCOMPARE(model.claimAt(model.index(0, 0)).version, first.version + 1);
    QVERIFY(!model.refreshClaim(999));
}

void TestClaimTableModel::filtersByTypeSet()
{
    m_db->addShippedOrder(QStringLiteral("R1"));
    m_db->applyFor(QStringLiteral("R1"), ClaimType::RefundShipped, Reason::QualityIssue);
    m_db->addShippedOrder(QStringLiteral("X1"));
    m_db->applyFor(QStringLiteral("X1"), ClaimType::Exchange, Reason::WrongItem);
    m_db->addShippedOrder(QStringLiteral("B1"));
    m_db->applyFor(QStringLiteral("B1"), ClaimType::Reship, Reason::MissingItems);
    ClaimTableModel model(m_db->workbench());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ClaimQuery q = all();
    q.types = {ClaimType::RefundShipped, ClaimType::RefundUnshipped};
    model.setQuery(q);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, ClaimTableModel::OrderColumn).data().toString(), QStringLiteral("R1"));
    q.types = {ClaimType::Exchange, ClaimType::Reship};
    model.setQuery(q);
    QCOMPARE(model.rowCount(), 2);
}

QTEST_MAIN(TestClaimTableModel)
#include "tst_claimtablemodel.moc"
