#include "io/demo.h"
#include "rawsqlite.h"
#include "report/drilldown.h"
#include "report/report.h"
#include "storage/sqlite/sqlitestorage.h"
#include "tempdatabase.h"
#include "workbench.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

using namespace aftersales;

// Every interactive query of the list (each quick filter, with type, status and search
// filters, first pages and keyset pages, and their counts) must find its rows through an
// index: a full scan of claims or orders is what makes a million-claim list stall.
class TestQueryPlan : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<testing::TempDatabase> m_db;

    static bool isFullScan(const QString &step)
    {
        // "SCAN c" alone scans the table; "SCAN c USING [COVERING] INDEX …" walks an index in order.
        static const QRegularExpression fullScan(QStringLiteral("^SCAN (c|c2|c3|claims|o|o3|orders)$"));
        return fullScan.match(step.trimmed()).hasMatch();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = std::make_unique<testing::TempDatabase>();
        // Enough claims for the bulk path: indexes built after the data, then ANALYZE.
        QVERIFY(demo::generate(m_db->workbench(), 20000, 3).ok());
        // Some claims held by agents, as a team's file has them.
        QVERIFY(
            testing::RawSqlite(m_db->path())
                .exec(QStringLiteral("UPDATE claims SET assignee = 'agent' || (id % 5) WHERE id % 9 = 0")));
        QVERIFY(testing::RawSqlite(m_db->path()).exec(QStringLiteral("ANALYZE")));
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
                                   QStringLiteral("7")}; // "7": see likeScan
        const QList<QuickFilter> quicks{QuickFilter::All,
                                        QuickFilter::PendingReview,
                                        QuickFilter::ExchangeReshipPending,
                                        QuickFilter::AwaitingShipment,
                                        QuickFilter::DueSoon,
                                        QuickFilter::Overdue,
                                        QuickFilter::Platform,
                                        QuickFilter::AtRisk,
                                        QuickFilter::MyPending,
                                        QuickFilter::SyncFailed};
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
        if (assignee != QLatin1String("-"))
            q.assignee = assignee.isNull() ? QString(QLatin1String("")) : assignee;
        q.me = QStringLiteral("agent2");
        q.quick = QuickFilter(quick);
        if (type >= 0)
            q.type = ClaimType(type);
        if (status >= 0)
            q.status = ClaimStatus(status);
        q.search = search;
        q = m_db->workbench().reader().stamped(q);
        // A term under three characters cannot use the trigram index: it is a LIKE scan by
        // design, which the window runs off the UI thread and can cancel.
        const bool likeScan = !search.isEmpty() && search.size() < 3;
        if (likeScan)
            return;
        for (bool keyset : {false, true}) {
            const Result<QStringList> plan = m_db->sqlite().explainPage(q, keyset);
            QVERIFY2(plan.ok(), qPrintable(plan.outcome.message));
            for (const QString &step : *plan)
                QVERIFY2(!isFullScan(step),
                         qPrintable(QStringLiteral("page: ") + plan->join(QStringLiteral(" | "))));
        }
        // Where a page far down the list starts: the same walk, keys only.
        const Result<QStringList> jump = m_db->sqlite().explainKeyAfter(q);
        QVERIFY2(jump.ok(), qPrintable(jump.outcome.message));
        for (const QString &step : *jump)
            QVERIFY2(!isFullScan(step),
                     qPrintable(QStringLiteral("key after: ") + jump->join(QStringLiteral(" | "))));
        const Result<QStringList> plan = m_db->sqlite().explainCount(q);
        QVERIFY2(plan.ok(), qPrintable(plan.outcome.message));
        // Without a search or a time condition the count sums claim_counts (at most 70
        // rows, aliased c); its scan is not one of claims. Unflagged claims are that sum
        // less the flagged ones.
        const bool fromCounts = search.isEmpty() && flag <= 0 && q.quick != QuickFilter::DueSoon &&
                                q.quick != QuickFilter::AtRisk && q.quick != QuickFilter::MyPending &&
                                q.quick != QuickFilter::SyncFailed && assignee != QLatin1String("agent1");
        for (const QString &step : *plan) {
            if (fromCounts && step.trimmed() == QLatin1String("SCAN c"))
                continue;
            QVERIFY2(!isFullScan(step),
                     qPrintable(QStringLiteral("count: ") + plan->join(QStringLiteral(" | "))));
        }
    }

    // 同步失败 finds the refused through their own partial index, list and count alike, with a
    // type, status or assignee beside it too (their own indexes would read a fifth of the table).
    void syncFailed_usesItsPartialIndex_data()
    {
        QTest::addColumn<QString>("beside");
        for (const char *beside : {"", "type", "status", "assignee"})
            QTest::newRow(*beside ? beside : "alone") << QString::fromLatin1(beside);
    }

    void syncFailed_usesItsPartialIndex()
    {
        QFETCH(QString, beside);
        ClaimQuery q;
        q.quick = QuickFilter::SyncFailed;
        if (beside == QLatin1String("type"))
            q.type = ClaimType::Exchange;
        else if (beside == QLatin1String("status"))
            q.status = ClaimStatus::PendingReview;
        else if (beside == QLatin1String("assignee"))
            q.assignee = QStringLiteral("agent1");
        q = m_db->workbench().reader().stamped(q);
        for (const Result<QStringList> &plan :
             {m_db->sqlite().explainPage(q, false), m_db->sqlite().explainPage(q, true),
              m_db->sqlite().explainCount(q)}) {
            QVERIFY2(plan.ok(), qPrintable(plan.outcome.message));
            QVERIFY2(plan->join(QLatin1Char(' ')).contains(QLatin1String("claims_sync_failed")),
                     qPrintable(plan->join(QStringLiteral(" | "))));
        }
    }

    // Only flagged claims are in the flag index: every flag's list and count agree, the
    // unflagged one counted as the list less its flagged claims.
    void flagFilter_countsWhatItLists_data()
    {
        QTest::addColumn<int>("quick");
        for (QuickFilter q : {QuickFilter::All, QuickFilter::PendingReview, QuickFilter::DueSoon})
            QTest::addRow("%s", qPrintable(quickfilters::name(q))) << int(q);
    }

    void flagFilter_countsWhatItLists()
    {
        QFETCH(int, quick);
        QVERIFY(testing::RawSqlite(m_db->path())
                    .exec(QStringLiteral("UPDATE claims SET flag = id % 6 WHERE id % 7 = 0")));
        const ClaimReader &reader = m_db->workbench().reader();
        qint64 sum = 0;
        for (int flag = 0; flag <= 5; ++flag) {
            ClaimQuery q;
            q.quick = QuickFilter(quick);
            q.flag = flag;
            qint64 listed = 0;
            std::optional<PageKey> after;
            do {
                const Result<Page> page = reader.page(q, after, 500);
                QVERIFY2(page.ok(), qPrintable(page.outcome.message));
                for (const Claim &c : page->claims)
                    QCOMPARE(c.flag, flag);
                listed += page->claims.size();
                after = page->next;
            } while (after);
            const Result<qint64> counted = reader.count(q);
            QVERIFY2(counted.ok(), qPrintable(counted.outcome.message));
            QCOMPARE(*counted, listed);
            sum += listed;
        }
        ClaimQuery any;
        any.quick = QuickFilter(quick);
        QCOMPARE(sum, *reader.count(any));
        QVERIFY(sum > 0);
    }

    // The bulk load fills the buyers' trigram index by hand, product titles have their
    // own: a search finds exactly the claims a LIKE over every buyer and product finds,
    // counted and listed (first page), whether the match set is sparse or dense.
    void bulkLoadedSearchIndex_findsWhatLikeFinds_data()
    {
        QTest::addColumn<QString>("term");
        QTest::addColumn<bool>("dense"); // the list's own index walked, each row checked
        QTest::newRow("product") << QStringLiteral("扫地机器人") << false;
        QTest::newRow("product, middle of two titles") << QStringLiteral("智能门") << true;
        QTest::newRow("buyer prefix") << QStringLiteral("快乐的小鱼") << false;
        QTest::newRow("buyer digits") << QStringLiteral("小鱼10") << false;
        QTest::newRow("nothing") << QStringLiteral("没有这个商品") << false;
        QTest::newRow("product, two characters") << QStringLiteral("智能") << true;
        QTest::newRow("buyer, two characters") << QStringLiteral("小鱼") << true;
        QTest::newRow("buyer, one character") << QStringLiteral("鱼") << true;
    }

    void bulkLoadedSearchIndex_findsWhatLikeFinds()
    {
        QFETCH(QString, term);
        QFETCH(bool, dense);
        ClaimQuery q;
        q.search = term;
        q = m_db->workbench().reader().stamped(q);
        const Result<QStringList> plan = m_db->sqlite().explainPage(q, false);
        QVERIFY(plan.ok() && !plan->isEmpty());
        QCOMPARE(plan->first().startsWith(QLatin1String("SCAN c USING INDEX")), dense);
        const Result<qint64> searched = m_db->sqlite().count(q);
        const testing::RawSqlite raw(m_db->path());
        QVERIFY2(searched.ok(), qPrintable(searched.outcome.message));
        QSqlQuery like(raw.db());
        like.prepare(QStringLiteral("SELECT count(*) FROM claims c JOIN orders o ON o.order_id = c.order_id"
                                    " WHERE o.buyer LIKE ? OR o.product LIKE ?"));
        const QString pattern = QLatin1Char('%') + term + QLatin1Char('%');
        like.addBindValue(pattern);
        like.addBindValue(pattern);
        QVERIFY(like.exec() && like.next());
        QCOMPARE(*searched, like.value(0).toLongLong());
        if (term != QStringLiteral("没有这个商品"))
            QVERIFY(*searched > 0);

        QSqlQuery first(raw.db());
        first.prepare(
            QStringLiteral("SELECT c.id FROM claims c JOIN orders o ON o.order_id = c.order_id"
                           " WHERE o.buyer LIKE ? OR o.product LIKE ? ORDER BY c.due, c.id LIMIT 50"));
        first.addBindValue(pattern);
        first.addBindValue(pattern);
        QVERIFY(first.exec());
        QList<qint64> expected;
        while (first.next())
            expected.append(first.value(0).toLongLong());
        const Result<Page> page = m_db->sqlite().page(q, std::nullopt, 50);
        QVERIFY2(page.ok(), qPrintable(page.outcome.message));
        QList<qint64> listed;
        for (const Claim &c : page->claims)
            listed.append(c.id);
        QCOMPARE(listed, expected);
    }

    // A report's drill-downs find their claims through the index the report counted them
    // with, for the first page, a keyset page and the count; the pages in the list's order.
    void drillDowns_searchTheirReportsIndex_data()
    {
        QTest::addColumn<QString>("figure");
        QTest::addColumn<QString>("index");
        for (const auto &[figure, index] :
             {std::pair{"day", "claims_by_applied"}, std::pair{"product", "claims_reship_by_product"},
              std::pair{"reviews", "claims_review_end"}, std::pair{"shipments", "claims_ship_end"},
              std::pair{"compensations", "events_automatic"},
              std::pair{"first actions", "claims_first_actor"}, std::pair{"backlog", "claims_"}})
            QTest::newRow(figure) << QString::fromLatin1(figure) << QString::fromLatin1(index);
    }

    void drillDowns_searchTheirReportsIndex()
    {
        QFETCH(QString, figure);
        QFETCH(QString, index);
        Workbench &wb = m_db->workbench();
        const Result<report::Report> r =
            report::build(wb, report::period::lastDays(30, wb.now(), QTimeZone::systemTimeZone()));
        QVERIFY(r.ok());
        QVERIFY(!r->weeks.isEmpty() && !r->products.isEmpty() && !r->operators.isEmpty());
        using namespace report::drilldown;
        const report::WeekRow &week = r->weeks.last();
        const DrillDown d = figure == QLatin1String("day") ? day(r->days.last(), ClaimType::Reship)
                            : figure == QLatin1String("product")
                                ? product(r->period, r->products.first().product, Reason::MissingItems)
                            : figure == QLatin1String("reviews")       ? reviews(week, wb.policy())
                            : figure == QLatin1String("shipments")     ? shipments(week, wb.policy())
                            : figure == QLatin1String("compensations") ? compensations(week)
                            : figure == QLatin1String("first actions")
                                ? firstActions(r->period, r->operators.first().name)
                                : backlog(report::BacklogBucket::Under24h, wb.now());
        const ClaimQuery q = wb.reader().stamped(d.query);
        for (bool keyset : {false, true}) {
            const Result<QStringList> plan = m_db->sqlite().explainPage(q, keyset);
            QVERIFY2(plan.ok(), qPrintable(plan.outcome.message));
            const QString steps = plan->join(QStringLiteral(" | "));
            for (const QString &step : *plan)
                QVERIFY2(!isFullScan(step) && !step.startsWith(QLatin1String("SCAN c USING")),
                         qPrintable(steps));
            QVERIFY2(steps.contains(QStringLiteral("INDEX ") + index), qPrintable(steps));
        }
        const Result<QStringList> count = m_db->sqlite().explainCount(q);
        QVERIFY(count.ok());
        for (const QString &step : *count)
            QVERIFY2(!isFullScan(step) && !step.startsWith(QLatin1String("SCAN c USING")),
                     qPrintable(count->join(QStringLiteral(" | "))));
        // The drill-down's list, page after page, is in the list's order (deadline, then id)
        // and holds every claim counted, each once.
        QList<Claim> all;
        std::optional<PageKey> after;
        do {
            const Result<Page> page = wb.reader().page(q, after, 500);
            QVERIFY(page.ok());
            all += page->claims;
            after = page->next;
        } while (after);
        QCOMPARE(all.size(), *wb.reader().count(q));
        QVERIFY(all.size() > 0);
        const QDateTime far = QDateTime::fromSecsSinceEpoch(253402300799, Qt::UTC);
        for (int i = 1; i < all.size(); ++i)
            QVERIFY(std::pair(all.at(i - 1).deadline.value_or(far), all.at(i - 1).id) <
                    std::pair(all.at(i).deadline.value_or(far), all.at(i).id));
    }

    // A search alone is counted from the titles' own counts and the buyers' index terms:
    // the count is what the list holds, for every kind of term, as bulk-loaded and as kept
    // by the triggers afterwards (new claims, an order's product renamed).
    void searchAlone_countIsWhatTheListHolds_data()
    {
        QTest::addColumn<QString>("term");
        for (const char *term : {"扫地机器人", "智能门", "智能", "门", "快乐的小鱼", "小鱼", "鱼1", "鱼",
                                 "6904", "SF100", "7", "没有", "没有这个商品"})
            QTest::newRow(term) << QString::fromUtf8(term);
    }

    void searchAlone_countIsWhatTheListHolds()
    {
        QFETCH(QString, term);
        const auto listed = [this](const QString &search) -> qint64 {
            ClaimQuery q;
            q.search = search;
            qint64 n = 0;
            std::optional<PageKey> after;
            do {
                const Result<Page> page = m_db->workbench().reader().page(q, after, 5000);
                if (!page.ok())
                    return -1;
                n += page->claims.size();
                after = page->next;
            } while (after);
            return n;
        };
        ClaimQuery q;
        q.search = term;
        QCOMPARE(*m_db->workbench().reader().count(q), listed(term));
        // New claims through the triggers, on a title of their own and on a known one.
        m_db->addShippedOrder(QStringLiteral("QP-") + term + QStringLiteral("-1"));
        m_db->applyFor(QStringLiteral("QP-") + term + QStringLiteral("-1"), ClaimType::Reship, Reason::Other);
        QCOMPARE(*m_db->workbench().reader().count(q), listed(term));
        const testing::RawSqlite raw(m_db->path());
        QVERIFY(raw.exec(QStringLiteral("UPDATE orders SET product = '石头扫地机器人 P10 自动集尘扫拖一体'"
                                        " WHERE order_id = 'QP-%1-1'")
                             .arg(term)));
        QCOMPARE(*m_db->workbench().reader().count(q), listed(term));
    }
};

QTEST_GUILESS_MAIN(TestQueryPlan)
#include "tst_queryplan.moc"
