#include "domain/rules.h"
#include "io/demo.h"
#include "report/drilldown.h"
#include "report/period.h"
#include "report/report.h"
#include "storage/postgres/postgresstorage.h"
#include "tempdatabase.h"
#include "workbench.h"

#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

using namespace aftersales;

// The PostgreSQL counterpart of tst_queryplan: every interactive query of the list (each
// quick filter, with type, status, assignee and search filters, first pages and keyset pages,
// and their counts) finds its rows through an index once the planner knows the table
// (ANALYZE): a sequential scan of claims or orders is what makes a million-claim list stall.
// So do the report's counts and its drill-down lists (no sequential scan of claims or events).
class TestPostgresQueryPlan : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<testing::TempDatabase> m_db;

    static bool isFullScan(const QString &line)
    {
        static const QRegularExpression scan(QStringLiteral("Seq Scan on (claims|orders|events)\\b"));
        return scan.match(line).hasMatch();
    }

    // A connection that takes a sequential scan only where nothing else can answer: the plans
    // of a small test database are then those of a million claims.
    Outcome openWithoutSeqScans(PostgresStorage &pg) const
    {
        const QByteArray options = qgetenv("PGOPTIONS");
        qputenv("PGOPTIONS", "-c enable_seqscan=off");
        const Outcome opened = pg.open(m_db->path());
        qputenv("PGOPTIONS", options);
        return opened;
    }

    // The plan's sequential scans of claims or orders; the whole plan is printed when any.
    static QStringList fullScans(const QStringList &plan)
    {
        QStringList out;
        for (const QString &line : plan)
            if (isFullScan(line))
                out << line.trimmed();
        if (!out.isEmpty())
            for (const QString &line : plan)
                qWarning().noquote() << line;
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString why = testing::unavailable(testing::Backend::Postgres); !why.isEmpty())
            QSKIP(qPrintable(why));
        m_db = std::make_unique<testing::TempDatabase>(testing::Backend::Postgres);
        // Enough claims for the bulk path: indexes built after the data, then VACUUM ANALYZE.
        QVERIFY(demo::generate(m_db->workbench(), 20000, 3).ok());
        // Some claims held by agents, as a team's database has them.
        QVERIFY(m_db->database().exec(
            QStringLiteral("UPDATE claims SET assignee = 'agent' || (id % 5) WHERE id % 9 = 0")));
        QVERIFY(m_db->database().exec(QStringLiteral("ANALYZE claims")));
    }

    void interactiveQueries_useIndexes_data()
    {
        QTest::addColumn<int>("quick");
        QTest::addColumn<int>("type");   // -1: none
        QTest::addColumn<int>("status"); // -1: none
        QTest::addColumn<QString>("search");
        QTest::addColumn<int>("flag");         // -1: none
        QTest::addColumn<QString>("assignee"); // "-": none; "": nobody
        const QStringList searches{QString(),
                                   QStringLiteral("扫地机器人"),
                                   QStringLiteral("快乐的小鱼1024"),
                                   QStringLiteral("6904"),
                                   QStringLiteral("SF100"),
                                   QStringLiteral("鱼1"), // short, few claims: by its buyers' index
                                   QStringLiteral("7")};  // short, many claims: see below
        const QList<QuickFilter> quicks{QuickFilter::All,
                                        QuickFilter::PendingReview,
                                        QuickFilter::ExchangeReshipPending,
                                        QuickFilter::AwaitingShipment,
                                        QuickFilter::DueSoon,
                                        QuickFilter::Overdue,
                                        QuickFilter::Platform,
                                        QuickFilter::AtRisk,
                                        QuickFilter::MyPending};
        for (QuickFilter q : quicks)
            for (int type : {-1, int(ClaimType::Reship)})
                for (int status : {-1, int(ClaimStatus::PendingReview)})
                    for (const QString &search : searches)
                        for (int flag : {-1, 0, 5})
                            for (const QString &assignee :
                                 search.isEmpty()
                                     ? QStringList{QStringLiteral("-"), QStringLiteral("agent1"), QString()}
                                     : QStringList{QStringLiteral("-")})
                                QTest::addRow("%s type %d status %d search '%s' flag %d assignee '%s'",
                                              qPrintable(quickfilters::name(q)), type, status,
                                              qPrintable(search), flag, qPrintable(assignee))
                                    << int(q) << type << status << search << flag << assignee;
    }

    void interactiveQueries_useIndexes()
    {
        QFETCH(int, quick);
        QFETCH(int, type);
        QFETCH(int, status);
        QFETCH(QString, search);
        QFETCH(int, flag);
        QFETCH(QString, assignee);
        ClaimQuery q;
        if (flag >= 0)
            q.flag = flag;
        q.quick = QuickFilter(quick);
        if (type >= 0)
            q.type = ClaimType(type);
        if (status >= 0)
            q.status = ClaimStatus(status);
        if (assignee != QLatin1String("-"))
            q.assignee = assignee.isNull() ? QString(QLatin1String("")) : assignee;
        q.me = QStringLiteral("agent2");
        q.search = search;
        q = m_db->workbench().reader().stamped(q);
        // A short term on many claims is checked on each row while the list's index is walked
        // (the first page is found early), which the window runs off the UI thread.
        if (search == QLatin1String("7"))
            return;
        PostgresStorage &pg = m_db->postgres();
        for (bool keyset : {false, true}) {
            const Result<QStringList> plan = pg.explainPage(q, keyset);
            QVERIFY2(plan.ok(), qPrintable(plan.outcome.message));
            QVERIFY2(fullScans(*plan).isEmpty(), qPrintable(QStringLiteral("page: ") + plan->join(u'\n')));
        }
        const Result<QStringList> jump = pg.explainKeyAfter(q);
        QVERIFY2(jump.ok(), qPrintable(jump.outcome.message));
        QVERIFY2(fullScans(*jump).isEmpty(), qPrintable(QStringLiteral("key after: ") + jump->join(u'\n')));
        const Result<QStringList> count = pg.explainCount(q);
        QVERIFY2(count.ok(), qPrintable(count.outcome.message));
        QVERIFY2(fullScans(*count).isEmpty(), qPrintable(QStringLiteral("count: ") + count->join(u'\n')));
    }

    // Counts come from the kept counts wherever the filter is a type and a status: not one
    // row of claims is read.
    void typeStatusCounts_readTheKeptCounts()
    {
        ClaimQuery q;
        q.quick = QuickFilter::ExchangeReshipPending;
        q.type = ClaimType::Reship;
        const Result<QStringList> plan = m_db->postgres().explainCount(m_db->workbench().reader().stamped(q));
        QVERIFY(plan.ok());
        QVERIFY2(!plan->join(u'\n').contains(QStringLiteral(" on claims ")), qPrintable(plan->join(u'\n')));
        QVERIFY2(plan->join(u'\n').contains(QStringLiteral("claim_counts")), qPrintable(plan->join(u'\n')));
    }

    // Whether a term finds many claims or few, the search finds exactly what a LIKE over every
    // buyer and product finds (and order-id and tracking-number prefixes, claim ids), in order.
    void search_findsWhatLikeFinds_data()
    {
        QTest::addColumn<QString>("term");
        QTest::newRow("product") << QStringLiteral("扫地机器人");
        QTest::newRow("product, middle of two titles") << QStringLiteral("智能门");
        QTest::newRow("buyer prefix") << QStringLiteral("快乐的小鱼");
        QTest::newRow("buyer digits") << QStringLiteral("小鱼10");
        QTest::newRow("nothing") << QStringLiteral("没有这个商品");
        QTest::newRow("short") << QStringLiteral("鱼");
        QTest::newRow("short, few buyers") << QStringLiteral("鱼1");
        QTest::newRow("short, many buyers") << QStringLiteral("小鱼");
        QTest::newRow("short, products") << QStringLiteral("蓝牙");
        QTest::newRow("one digit: buyers and products, both on some claims") << QStringLiteral("0");
        QTest::newRow("two digits: buyers, products and a claim id") << QStringLiteral("10");
        QTest::newRow("three digits: buyers, a product and a claim id") << QStringLiteral("316");
    }

    void search_findsWhatLikeFinds()
    {
        QFETCH(QString, term);
        ClaimQuery q;
        q.search = term;
        q = m_db->workbench().reader().stamped(q);
        const QString like = QStringLiteral("'%") + term + QStringLiteral("%'");
        const QString literal = QLatin1Char('\'') + term + QLatin1Char('\'');
        const QString where =
            QStringLiteral(" FROM claims c JOIN orders o ON o.order_id = c.order_id WHERE o.buyer LIKE ") +
            like + QStringLiteral(" OR o.product LIKE ") + like +
            QStringLiteral(" OR CAST(c.id AS text) = ") + literal +
            QStringLiteral(" OR starts_with(c.order_id, ") + literal +
            QStringLiteral(") OR starts_with(c.tracking_no, ") + literal + QLatin1Char(')');
        const Result<qint64> searched = m_db->storage().count(q);
        QVERIFY2(searched.ok(), qPrintable(searched.outcome.message));
        QCOMPARE(*searched, m_db->database().scalar(QStringLiteral("SELECT count(*)") + where).toLongLong());
        const QStringList expected = m_db->database().rows(QStringLiteral("SELECT c.id") + where +
                                                           QStringLiteral(" ORDER BY c.due, c.id LIMIT 50"));
        const Result<Page> page = m_db->storage().page(q, std::nullopt, 50);
        QVERIFY2(page.ok(), qPrintable(page.outcome.message));
        QStringList listed;
        for (const Claim &c : page->claims)
            listed << QString::number(c.id);
        QCOMPARE(listed, expected);
    }

    // A search alone is counted from its indexes: a product's claims from claims_by_product alone
    // (never gathered through their orders), a short term's buyers through orders_buyer_grams;
    // a short term on few claims finds its first page through them too. Asked of a connection
    // that takes a sequential scan only where nothing else can answer, as at a million claims.
    void searchAlone_usesItsIndexes_data()
    {
        QTest::addColumn<QString>("term");
        QTest::addColumn<QStringList>("countIndexes");
        QTest::addColumn<QString>("pageIndex"); // empty: the list's own index, walked in order
        QTest::newRow("product") << QStringLiteral("扫地机器人")
                                 << QStringList{QStringLiteral("claims_by_product")} << QString();
        QTest::newRow("short, products")
            << QStringLiteral("蓝牙")
            << QStringList{QStringLiteral("claims_by_product"), QStringLiteral("orders_buyer_grams")}
            << QString();
        QTest::newRow("short, few buyers")
            << QStringLiteral("鱼1")
            << QStringList{QStringLiteral("claims_by_product"), QStringLiteral("orders_buyer_grams")}
            << QStringLiteral("orders_buyer_grams");
        QTest::newRow("one character")
            << QStringLiteral("鱼")
            << QStringList{QStringLiteral("claims_by_product"), QStringLiteral("orders_buyer_grams")}
            << QString();
    }

    void searchAlone_usesItsIndexes()
    {
        QFETCH(QString, term);
        QFETCH(QStringList, countIndexes);
        QFETCH(QString, pageIndex);
        PostgresStorage pg;
        {
            const Outcome opened = openWithoutSeqScans(pg);
            QVERIFY2(opened.ok(), qPrintable(opened.message));
        }
        ClaimQuery q;
        q.search = term;
        q = m_db->workbench().reader().stamped(q);
        const Result<QStringList> count = pg.explainCount(q);
        QVERIFY2(count.ok(), qPrintable(count.outcome.message));
        const QString counted = count->join(u'\n');
        QVERIFY2(fullScans(*count).isEmpty(), qPrintable(counted));
        for (const QString &index : countIndexes)
            QVERIFY2(counted.contains(index), qPrintable(index + u'\n' + counted));
        // Never the claims of a title one by one through their orders.
        QVERIFY2(!counted.contains(QStringLiteral("orders_by_product")), qPrintable(counted));
        const Result<QStringList> page = pg.explainPage(q, false);
        QVERIFY2(page.ok(), qPrintable(page.outcome.message));
        const QString paged = page->join(u'\n');
        QVERIFY2(fullScans(*page).isEmpty(), qPrintable(paged));
        if (!pageIndex.isEmpty())
            QVERIFY2(paged.contains(pageIndex), qPrintable(pageIndex + u'\n' + paged));
    }

    void reportQueries_useIndexes_data()
    {
        QTest::addColumn<int>("days");
        for (int days : {1, 7, 30, 90})
            QTest::addRow("last %d days", days) << days;
    }

    // Every count of the report, over days and over weeks, and each figure's drill-down list,
    // can be answered by an index. The demo's 20,000 claims fall within a few days, so that
    // reading the whole table is the planner's cheaper choice here: the plans are asked of a
    // connection that takes a sequential scan only where nothing else can answer
    // (enable_seqscan off), as at a million claims over a year.
    void reportQueries_useIndexes()
    {
        QFETCH(int, days);
        PostgresStorage pg;
        {
            const Outcome opened = openWithoutSeqScans(pg);
            QVERIFY2(opened.ok(), qPrintable(opened.message));
        }
        Workbench &wb = m_db->workbench();
        const report::Period p = report::period::lastDays(days, wb.now(), QTimeZone("Asia/Shanghai"));
        const QString operatorName = m_db->storage().connectedRole();
        for (const QList<report::Bucket> &buckets :
             {report::period::dayBuckets(p), report::period::weekBuckets(p)}) {
            const Result<QList<QStringList>> plans =
                pg.explainReports(report::period::bounds(buckets), rules::costlySteps(), operatorName);
            QVERIFY2(plans.ok(), qPrintable(plans.outcome.message));
            QCOMPARE(plans->size(), 7);
            for (const QStringList &plan : *plans)
                QVERIFY2(fullScans(plan).isEmpty(), qPrintable(plan.join(u'\n')));
        }
        const Result<report::Report> r = report::build(wb, p);
        QVERIFY2(r.ok(), qPrintable(r.outcome.message));
        QVERIFY(r->claims > 0);
        const Policy policy = wb.policy();
        QList<report::drilldown::DrillDown> drills{
            report::drilldown::day(r->days.last(), ClaimType::Reship),
            report::drilldown::firstActions(p, operatorName),
            report::drilldown::backlog(report::BacklogBucket::Under12h, wb.now()),
            report::drilldown::backlog(report::BacklogBucket::Overdue, wb.now())};
        for (const report::ProductRow &row : r->products)
            drills << report::drilldown::product(p, row.product, Reason::MissingItems);
        for (const report::WeekRow &week : r->weeks)
            drills << report::drilldown::reviews(week, policy) << report::drilldown::shipments(week, policy)
                   << report::drilldown::compensations(week) << report::drilldown::autoRefunds(week);
        for (const report::drilldown::DrillDown &d : std::as_const(drills)) {
            const ClaimQuery q = wb.reader().stamped(d.query);
            for (bool keyset : {false, true}) {
                const Result<QStringList> page = pg.explainPage(q, keyset);
                QVERIFY2(page.ok(), qPrintable(page.outcome.message));
                QVERIFY2(fullScans(*page).isEmpty(), qPrintable(d.description + u'\n' + page->join(u'\n')));
            }
            const Result<QStringList> count = pg.explainCount(q);
            QVERIFY2(count.ok(), qPrintable(count.outcome.message));
            QVERIFY2(fullScans(*count).isEmpty(), qPrintable(d.description + u'\n' + count->join(u'\n')));
        }
    }

    void cleanupTestCase() { m_db.reset(); }
};

QTEST_GUILESS_MAIN(TestPostgresQueryPlan)
#include "tst_postgresqueryplan.moc"
