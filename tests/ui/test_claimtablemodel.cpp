// The claim list's model: pages, SQL sorting, deadline colours, single-row refresh.
#include "claimtablemodel.h"
#include "names.h"
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
    void fetchesPageByPage();
    void passesTheModelTester();
    void sortsInSql();
    void deadlineCellAndColours();
    void refreshesOneRow();
    void filtersByTypeSet();

private:
    void addReships(int count);
    ClaimQuery all() const;

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

void TestClaimTableModel::fetchesPageByPage()
{
    addReships(250);
    ClaimTableModel model(m_db->workbench());
    // No tester here: it fetches a page whenever the model signals, which is what this
    // test counts. passesTheModelTester() runs the same pages under it.
    model.setQuery(all());
    QCOMPARE(model.rowCount(), ClaimTableModel::pageSize);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 2 * ClaimTableModel::pageSize);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 250);
    QVERIFY(!model.canFetchMore({}));

    // Deadline order, soonest first, across the pages.
    qint64 previous = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const qint64 due =
            model.index(row, ClaimTableModel::DeadlineColumn).data(ClaimTableModel::RawRole).toLongLong();
        QVERIFY(due >= previous);
        previous = due;
    }
    // A reload keeps as many rows as were loaded.
    model.reload();
    QCOMPARE(model.rowCount(), 250);
}

void TestClaimTableModel::passesTheModelTester()
{
    addReships(250);
    ClaimTableModel model(m_db->workbench());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setQuery(all());
    QVERIFY(model.rowCount() <= 2 * ClaimTableModel::pageSize);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), 250);
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
#include "test_claimtablemodel.moc"
