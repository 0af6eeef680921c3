// The workbench's lists (CLI.md): quick filters, their order, keyset pages, search.
#include "storage/claimquery.h"
#include "tempdatabase.h"
#include "workbench.h"

#include <QTest>

#include <map>
#include <memory>

using namespace aftersales;
using aftersales::testing::TempDatabase;

namespace
{

constexpr qint64 hour = 3600;

QDateTime at(qint64 hours)
{
    return TempDatabase::defaultStart().addSecs(hours * hour);
}

} // namespace

class TestQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { testing::addBackendRows(); }
    // The claims below, once per backend, on the first test that runs on it.
    void init();
    void cleanupTestCase();

    void quickFilter_countsAndOrder_data();
    void quickFilter_countsAndOrder();
    void typeAndStatusFilters_data();
    void typeAndStatusFilters();
    void keysetPages_coverEveryRowOnceInOrder_data();
    void keysetPages_coverEveryRowOnceInOrder();
    void search_findsClaims_data();
    void search_findsClaims();
    void search_textIsData_data();
    void search_textIsData();
    void quickfilterNames_roundTrip();
    // Last: it flags a claim.
    void counts_togetherAsEachAlone();

private:
    // The claims' order ids, in the order of `ids`, for readable comparisons.
    QStringList orderIds(const QList<Claim> &claims) const;
    QStringList list(const ClaimQuery &query, int limit = 1000) const;
    ClaimQuery query(QuickFilter quick = QuickFilter::All) const;
    void addOrder(const QString &id, const QString &buyer, const QString &product, qint64 amount,
                  bool shipped = true);
    qint64 apply(const QString &orderId, ClaimType type, Reason reason);
    void act(qint64 id, Action action, const QString &carrier = {}, const QString &tracking = {});

    void build();

    std::map<testing::Backend, std::unique_ptr<TempDatabase>> m_dbs;
    TempDatabase *m_db = nullptr; // the current backend's
    QHash<QString, qint64> m_ids; // order id → claim id
};

void TestQuery::addOrder(const QString &id, const QString &buyer, const QString &product, qint64 amount,
                         bool shipped)
{
    static int serial = 0;
    Order o;
    o.orderId = id;
    o.category = QStringLiteral("smart_home");
    o.amountCents = amount;
    if (shipped) {
        o.carrier = QStringLiteral("shunfeng");
        o.trackingNo = QStringLiteral("SF20000000000%1").arg(++serial, 2, 10, QLatin1Char('0'));
        o.shippedAt = TempDatabase::defaultStart().addSecs(-72 * hour);
    }
    o.buyer = buyer;
    o.product = product;
    const Outcome added = m_db->workbench().addOrder(o);
    QVERIFY2(added.ok(), qPrintable(added.message));
}

qint64 TestQuery::apply(const QString &orderId, ClaimType type, Reason reason)
{
    const qint64 id = m_db->applyFor(orderId, type, reason);
    m_ids.insert(orderId, id);
    return id;
}

void TestQuery::act(qint64 id, Action action, const QString &carrier, const QString &tracking)
{
    ActionRequest r;
    r.action = action;
    r.actor = QStringLiteral("alice");
    r.rejectCode = RejectCode::Other;
    r.carrier = carrier;
    r.trackingNo = tracking;
    const Result<Claim> c = m_db->workbench().act(id, r);
    QVERIFY2(c.ok(), qPrintable(c.outcome.message));
}

// Hours from the start; deadlines in brackets as they stand at +100 h (now):
//   Q01 reship missing   t0  → auto-approved 48, late 96 → ship_overdue [144]
//   Q02 refund_shipped   t0  → auto-approved 48 → refunded [none]
//   Q03 reship other     t60 → pending_review [108]
//   Q04 exchange         t95 → pending_review [143]
//   Q05 reship           t95 → approved → awaiting_shipment [143]
//   Q06 reship never     t96 → rejected → in_arbitration [none]
//   Q07 reship missing   t96 → rejected → escalated → platform_intervention [none]
//   Q08 return_refund    t96 → pending_review [144]
//   Q09 exchange         t96 → approved → returned → pending_second_review [144]
//   Q10 reship           t96 → approved → shipped [none]
//   Q11 refund_unshipped t97 → pending_review [145]
void TestQuery::init()
{
    AFTERSALES_FETCH_BACKEND(backend);
    std::unique_ptr<TempDatabase> &db = m_dbs[backend];
    if (!db) {
        db = std::make_unique<TempDatabase>(backend);
        m_db = db.get();
        build();
    }
    m_db = db.get();
}

void TestQuery::build()
{
    addOrder(QStringLiteral("6930001001"), QStringLiteral("王小明"), QStringLiteral("智能门锁 X1"), 59900);
    addOrder(QStringLiteral("6930001002"), QStringLiteral("李雷"), QStringLiteral("智能插座"), 4900);
    addOrder(QStringLiteral("6930001003"), QStringLiteral("O'Brien \"小李\""), QStringLiteral("智能门锁 X2"),
             19900);
    addOrder(QStringLiteral("6930001004"), QStringLiteral("100%满意"), QStringLiteral("扫地机器人"), 19900);
    addOrder(QStringLiteral("6930001005"), QStringLiteral("a_b"), QStringLiteral("智能音箱"), 19900);
    addOrder(QStringLiteral("6930001006"), QStringLiteral("星*星"), QStringLiteral("智能窗帘"), 29900);
    addOrder(QStringLiteral("6930001007"), QStringLiteral("🐱猫奴"), QStringLiteral("智能猫砂盆 🐾"), 89900);
    addOrder(QStringLiteral("6930001008"), QStringLiteral("axb"), QStringLiteral("智能灯泡"), 1900);
    addOrder(QStringLiteral("6930001009"), QStringLiteral("韩梅梅"), QStringLiteral("智能摄像头"), 19900);
    addOrder(QStringLiteral("6930001010"), QStringLiteral("张三"), QStringLiteral("智能门铃"), 19900);
    addOrder(QStringLiteral("6930001011"), QStringLiteral("李四"), QStringLiteral("空气净化器"), 129900,
             false);

    FixedClock &clock = m_db->clock();
    apply(QStringLiteral("6930001001"), ClaimType::Reship, Reason::MissingItems);
    apply(QStringLiteral("6930001002"), ClaimType::RefundShipped, Reason::NotAsDescribed);
    clock.set(at(60));
    apply(QStringLiteral("6930001003"), ClaimType::Reship, Reason::Other);
    clock.set(at(95));
    apply(QStringLiteral("6930001004"), ClaimType::Exchange, Reason::WrongItem);
    act(apply(QStringLiteral("6930001005"), ClaimType::Reship, Reason::MissingItems), Action::Approve);
    clock.set(at(96));
    act(apply(QStringLiteral("6930001006"), ClaimType::Reship, Reason::NeverReceived), Action::Reject);
    const qint64 q7 = apply(QStringLiteral("6930001007"), ClaimType::Reship, Reason::MissingItems);
    act(q7, Action::Reject);
    act(q7, Action::Escalate);
    apply(QStringLiteral("6930001008"), ClaimType::ReturnRefund, Reason::QualityIssue);
    const qint64 q9 = apply(QStringLiteral("6930001009"), ClaimType::Exchange, Reason::QualityIssue);
    act(q9, Action::Approve);
    act(q9, Action::Return, QStringLiteral("yuantong"), QStringLiteral("YT7777777777777"));
    const qint64 q10 = apply(QStringLiteral("6930001010"), ClaimType::Reship, Reason::MissingItems);
    act(q10, Action::Approve);
    act(q10, Action::Ship, QStringLiteral("yuantong"), QStringLiteral("YT1234567890123"));
    clock.set(at(97));
    apply(QStringLiteral("6930001011"), ClaimType::RefundUnshipped, Reason::NoLongerNeeded);
    clock.set(at(100));
    QVERIFY(m_db->workbench().sweep().ok());
}

void TestQuery::cleanupTestCase()
{
    m_db = nullptr;
    m_dbs.clear();
}

QStringList TestQuery::orderIds(const QList<Claim> &claims) const
{
    QStringList out;
    for (const Claim &c : claims)
        out << c.orderId.right(3).prepend(QLatin1Char('Q')).remove(1, 1); // "6930001004" → "Q04"
    return out;
}

ClaimQuery TestQuery::query(QuickFilter quick) const
{
    ClaimQuery q;
    q.quick = quick;
    return m_db->workbench().reader().stamped(q);
}

QStringList TestQuery::list(const ClaimQuery &q, int limit) const
{
    const Result<Page> page = m_db->workbench().reader().page(q, std::nullopt, limit);
    if (!page.ok()) {
        qWarning() << page.outcome.message;
        return {QStringLiteral("error")};
    }
    return orderIds(page->claims);
}

void TestQuery::quickFilter_countsAndOrder_data()
{
    QTest::addColumn<QuickFilter>("quick");
    QTest::addColumn<QStringList>("expected");

    const auto ids = [](const char *s) {
        return QString::fromLatin1(s).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    };
    // Deadline soonest first, none last, then by id.
    QTest::newRow("all") << QuickFilter::All << ids("Q03 Q04 Q05 Q01 Q08 Q09 Q11 Q02 Q06 Q07 Q10");
    QTest::newRow("pending_review") << QuickFilter::PendingReview << ids("Q03 Q04 Q08 Q11");
    QTest::newRow("exchange_reship_pending")
        << QuickFilter::ExchangeReshipPending << ids("Q03 Q04 Q05 Q01 Q09");
    QTest::newRow("awaiting_shipment") << QuickFilter::AwaitingShipment << ids("Q05");
    QTest::newRow("due_soon (12 h)") << QuickFilter::DueSoon << ids("Q03");
    QTest::newRow("overdue") << QuickFilter::Overdue << ids("Q01");
    QTest::newRow("platform") << QuickFilter::Platform << ids("Q06 Q07");
}

void TestQuery::quickFilter_countsAndOrder()
{
    QFETCH(QuickFilter, quick);
    QFETCH(QStringList, expected);
    const ClaimQuery q = query(quick);
    QCOMPARE(list(q), expected);
    const Result<qint64> n = m_db->workbench().reader().count(q);
    QVERIFY(n.ok());
    QCOMPARE(*n, expected.size());
}

void TestQuery::counts_togetherAsEachAlone()
{
    // What the quick filters' badges ask at once (a server answers in one statement, each
    // count's parameters apart), with the conditions that change how a count is made.
    const Result<qint64> first = m_db->workbench().reader().count(query());
    QVERIFY(first.ok());
    const Result<Page> all = m_db->workbench().reader().page(query(), std::nullopt, 100);
    QVERIFY(all.ok() && !all->claims.isEmpty());
    QVERIFY(m_db->workbench().setFlag(all->claims.first().id, 3, QStringLiteral("test")).ok());
    QList<ClaimQuery> queries;
    for (QuickFilter quick : quickfilters::bar()) {
        ClaimQuery q = query(quick);
        q.me = QStringLiteral("客服小王");
        queries << q;
        q.status = ClaimStatus::ShipOverdue;
        queries << q;
        q.status = ClaimStatus::PendingReview;
        queries << q;
    }
    ClaimQuery q = query();
    q.flag = 0;
    queries << q;
    q.flag = 3;
    queries << q;
    q = query(QuickFilter::PendingReview);
    q.assignee = QString();
    queries << q;
    q = query();
    q.type = ClaimType::Reship;
    q.applied = TimeSpan{at(0), at(61)};
    queries << q;
    const Result<QList<qint64>> together = m_db->workbench().reader().counts(queries);
    QVERIFY2(together.ok(), qPrintable(together.outcome.message));
    QCOMPARE(together->size(), queries.size());
    for (qsizetype i = 0; i < queries.size(); ++i) {
        const Result<qint64> alone = m_db->workbench().reader().count(queries.at(i));
        QVERIFY(alone.ok());
        QCOMPARE(together->at(i), *alone);
        QCOMPARE(together->at(i), qint64(list(queries.at(i)).size()));
    }
    QCOMPARE(together->at(queries.size() - 4), *first - 1); // flag 0: all but the flagged one
    QCOMPARE(together->at(queries.size() - 3), 1);
    // A search among them is counted on its own, the others still together.
    q = query();
    q.search = QStringLiteral("智能门锁");
    queries << q;
    const Result<QList<qint64>> searched = m_db->workbench().reader().counts(queries);
    QVERIFY(searched.ok());
    QCOMPARE(searched->last(), 2);
    QCOMPARE(searched->mid(0, together->size()), *together);
}

void TestQuery::typeAndStatusFilters_data()
{
    QTest::addColumn<QuickFilter>("quick");
    QTest::addColumn<int>("type");   // -1: any
    QTest::addColumn<int>("status"); // -1: any
    QTest::addColumn<QStringList>("expected");

    const auto ids = [](const char *s) {
        return QString::fromLatin1(s).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    };
    QTest::newRow("type reship") << QuickFilter::All << int(ClaimType::Reship) << -1
                                 << ids("Q03 Q05 Q01 Q06 Q07 Q10");
    QTest::newRow("type exchange") << QuickFilter::All << int(ClaimType::Exchange) << -1 << ids("Q04 Q09");
    QTest::newRow("status refunded") << QuickFilter::All << -1 << int(ClaimStatus::Refunded) << ids("Q02");
    QTest::newRow("status shipped") << QuickFilter::All << -1 << int(ClaimStatus::Shipped) << ids("Q10");
    QTest::newRow("pending_review and type reship")
        << QuickFilter::PendingReview << int(ClaimType::Reship) << -1 << ids("Q03");
    QTest::newRow("platform and status in_arbitration")
        << QuickFilter::Platform << -1 << int(ClaimStatus::InArbitration) << ids("Q06");
    QTest::newRow("overdue and type exchange")
        << QuickFilter::Overdue << int(ClaimType::Exchange) << -1 << ids("");
}

void TestQuery::typeAndStatusFilters()
{
    QFETCH(QuickFilter, quick);
    QFETCH(int, type);
    QFETCH(int, status);
    QFETCH(QStringList, expected);
    ClaimQuery q = query(quick);
    if (type >= 0)
        q.type = ClaimType(type);
    if (status >= 0)
        q.status = ClaimStatus(status);
    QCOMPARE(list(q), expected);
    QCOMPARE(*m_db->workbench().reader().count(q), expected.size());
}

void TestQuery::keysetPages_coverEveryRowOnceInOrder_data()
{
    QTest::addColumn<SortKey>("sort");
    QTest::addColumn<bool>("descending");
    QTest::addColumn<QuickFilter>("quick");
    QTest::addColumn<int>("limit");

    for (int limit : {1, 2, 3, 4, 10, 11, 12}) {
        QTest::addRow("deadline, pages of %d", limit)
            << SortKey::Deadline << false << QuickFilter::All << limit;
        QTest::addRow("deadline descending, pages of %d", limit)
            << SortKey::Deadline << true << QuickFilter::All << limit;
    }
    // Many equal amounts: the id must break the ties between pages.
    for (int limit : {1, 2, 3, 5})
        QTest::addRow("amount, pages of %d", limit) << SortKey::Amount << false << QuickFilter::All << limit;
    QTest::newRow("amount descending, pages of 2") << SortKey::Amount << true << QuickFilter::All << 2;
    QTest::newRow("order id, pages of 4") << SortKey::OrderId << false << QuickFilter::All << 4;
    QTest::newRow("status, pages of 3") << SortKey::Status << false << QuickFilter::All << 3;
    QTest::newRow("type descending, pages of 2") << SortKey::Type << true << QuickFilter::All << 2;
    QTest::newRow("applied, pages of 2") << SortKey::Applied << false << QuickFilter::All << 2;
    QTest::newRow("id, pages of 5") << SortKey::Id << false << QuickFilter::All << 5;
    QTest::newRow("exchange_reship_pending, pages of 2")
        << SortKey::Deadline << false << QuickFilter::ExchangeReshipPending << 2;
    QTest::newRow("pending_review, pages of 1")
        << SortKey::Deadline << false << QuickFilter::PendingReview << 1;
}

void TestQuery::keysetPages_coverEveryRowOnceInOrder()
{
    QFETCH(SortKey, sort);
    QFETCH(bool, descending);
    QFETCH(QuickFilter, quick);
    QFETCH(int, limit);

    ClaimQuery q = query(quick);
    q.sort = sort;
    q.descending = descending;
    const QStringList whole = list(q);
    QCOMPARE(whole.size(), int(*m_db->workbench().reader().count(q)));

    QStringList paged;
    QList<qint64> ids;
    QList<std::optional<PageKey>> pageStarts;
    std::optional<PageKey> after;
    int pages = 0;
    do {
        pageStarts.append(after);
        const Result<Page> page = m_db->workbench().reader().page(q, after, limit);
        QVERIFY2(page.ok(), qPrintable(page.outcome.message));
        QVERIFY(page->claims.size() <= limit);
        paged += orderIds(page->claims);
        for (const Claim &c : page->claims)
            ids.append(c.id);
        after = page->next;
        if (after)
            QCOMPARE(page->claims.size(), limit);
        QVERIFY(++pages <= whole.size() + 1);
    } while (after);
    QCOMPARE(paged, whole);
    QCOMPARE(pages, qMax(1, int((whole.size() + limit - 1) / limit)));

    // Jumps from each page's start, any number of rows on (past the end: none).
    for (int page = 0; page < pageStarts.size(); ++page)
        for (int skip : {0, 1, limit, 2 * limit + 1, int(ids.size())}) {
            const Result<std::optional<PageKey>> key =
                m_db->workbench().reader().keyAfter(q, pageStarts.at(page), skip);
            QVERIFY2(key.ok(), qPrintable(key.outcome.message));
            const int row = page * limit + skip;
            if (row < ids.size()) {
                QVERIFY(key->has_value());
                QCOMPARE((*key)->id, ids.at(row));
            } else {
                QVERIFY(!key->has_value());
            }
        }
}

void TestQuery::search_findsClaims_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QuickFilter>("quick");
    QTest::addColumn<QStringList>("expected");

    const auto ids = [](const char *s) {
        return QString::fromLatin1(s).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    };
    QTest::newRow("whole order id") << "6930001004" << QuickFilter::All << ids("Q04");
    QTest::newRow("order id prefix") << "693000101" << QuickFilter::All << ids("Q11 Q10");
    QTest::newRow("order id prefix of all")
        << "69300010" << QuickFilter::All << ids("Q03 Q04 Q05 Q01 Q08 Q09 Q11 Q02 Q06 Q07 Q10");
    QTest::newRow("order id middle is no prefix") << "0001004" << QuickFilter::All << ids("");
    QTest::newRow("buyer") << "韩梅梅" << QuickFilter::All << ids("Q09");
    QTest::newRow("part of a buyer") << "李" << QuickFilter::All << ids("Q03 Q11 Q02");
    QTest::newRow("product") << "扫地机器人" << QuickFilter::All << ids("Q04");
    QTest::newRow("part of a product") << "门" << QuickFilter::All << ids("Q03 Q01 Q10");
    QTest::newRow("two characters of a buyer") << "梅梅" << QuickFilter::All << ids("Q09");
    QTest::newRow("two characters of a product") << "门锁" << QuickFilter::All << ids("Q03 Q01");
    QTest::newRow("two characters with a quick filter")
        << "智能" << QuickFilter::PendingReview << ids("Q03 Q08");
    QTest::newRow("two characters, not in this order") << "梅韩" << QuickFilter::All << ids("");
    QTest::newRow("product with a quick filter") << "智能门锁" << QuickFilter::PendingReview << ids("Q03");
    QTest::newRow("reshipment tracking number") << "YT1234567890123" << QuickFilter::All << ids("Q10");
    QTest::newRow("tracking number lower case with spaces")
        << " yt1234 567890123 " << QuickFilter::All << ids("Q10");
    QTest::newRow("tracking number prefix") << "YT123456" << QuickFilter::All << ids("Q10");
    QTest::newRow("middle of a tracking number") << "34567890123" << QuickFilter::All << ids("");
    QTest::newRow("blank search is no search")
        << "   " << QuickFilter::PendingReview << ids("Q03 Q04 Q08 Q11");
    QTest::newRow("nothing matches") << "不存在的买家" << QuickFilter::All << ids("");
}

void TestQuery::search_findsClaims()
{
    QFETCH(QString, search);
    QFETCH(QuickFilter, quick);
    QFETCH(QStringList, expected);
    ClaimQuery q = query(quick);
    q.search = search;
    QCOMPARE(list(q), expected);
    QCOMPARE(*m_db->workbench().reader().count(q), expected.size());
}

void TestQuery::search_textIsData_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("expected");

    const auto ids = [](const char *s) {
        return QString::fromLatin1(s).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    };
    QTest::newRow("single quote") << "O'Brien" << ids("Q03");
    QTest::newRow("lone single quote") << "'" << ids("Q03");
    QTest::newRow("double quotes") << "\"小李\"" << ids("Q03");
    QTest::newRow("percent") << "%" << ids("Q04");
    QTest::newRow("percent inside") << "100%满" << ids("Q04");
    QTest::newRow("double percent") << "%%" << ids("");
    QTest::newRow("underscore") << "_" << ids("Q05");
    QTest::newRow("underscore is not a wildcard") << "a_b" << ids("Q05");
    QTest::newRow("asterisk") << "*" << ids("Q06");
    QTest::newRow("asterisk inside") << "星*星" << ids("Q06");
    QTest::newRow("emoji in buyer") << "🐱" << ids("Q07");
    QTest::newRow("emoji in product") << "🐾" << ids("Q07");
    QTest::newRow("two characters of a buyer after an emoji") << "猫奴" << ids("Q07");
    // Three UTF-16 units, two characters: no trigram either.
    QTest::newRow("two characters, one an emoji") << "🐱猫" << ids("Q07");
    QTest::newRow("percent and a character") << "0%" << ids("Q04");
    QTest::newRow("backslash") << "\\" << ids("");
    QTest::newRow("SQL injection") << "'; DROP TABLE claims; --" << ids("");
    QTest::newRow("SQL injection in LIKE") << "%' OR 1=1 --" << ids("");
}

void TestQuery::search_textIsData()
{
    QFETCH(QString, search);
    QFETCH(QStringList, expected);
    ClaimQuery q = query();
    q.search = search;
    QCOMPARE(list(q), expected);
    QCOMPARE(*m_db->workbench().reader().count(q), expected.size());
    QCOMPARE(*m_db->workbench().reader().count(query()), 11); // nothing was dropped
}

void TestQuery::quickfilterNames_roundTrip()
{
    for (const char *name : {"all", "pending_review", "exchange_reship_pending", "awaiting_shipment",
                             "due_soon", "overdue", "platform"}) {
        const std::optional<QuickFilter> q = quickfilters::parse(QLatin1String(name));
        QVERIFY2(q, name);
        QCOMPARE(quickfilters::name(*q), QLatin1String(name));
        QVERIFY(!quickfilters::label(*q).isEmpty());
    }
    QVERIFY(!quickfilters::parse(QStringLiteral("soon")));
}

QTEST_GUILESS_MAIN(TestQuery)
#include "tst_query.moc"
