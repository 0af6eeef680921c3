// The PostgreSQL backend's schema versions: a database from a newer version refused with
// nothing changed, upgrades from versions 1 and 3 with agents granted before them (the report
// columns, the platform sync, the search indexes), the report columns kept by the server's
// triggers, and the rights an agent holds for the sync and no more.
// Every test is skipped without a test server (AFTERSALES_TEST_PG).
#include "storage/consistency.h"
#include "storage/postgres/postgresmigrations.h"
#include "storage/storagefactory.h"
#include "tempdatabase.h"
#include "testdatabase.h"
#include "workbench.h"

#include <QTest>

using namespace aftersales;
using testing::Backend;
using testing::TempDatabase;
using testing::TestDatabase;

namespace
{

constexpr qint64 hour = 3600;

} // namespace

class TestPostgresSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void newerSchema_refusedNothingChanged();
    void reportColumns_agentGrantedBeforeTheUpgrade_writesThem();
    void reportColumns_orderProductChanged_claimsFollow();
    void platformSync_upgradeFromVersion1_claimsLocal_agentsMaySync();
    void search_upgradeFromVersion3_indexesBuilt_agentsSearchAndAdd();
    void platformSync_agentRights_onlyWhatTheSyncNeeds();
};

void TestPostgresSchema::init()
{
    if (const QString why = testing::unavailable(Backend::Postgres); !why.isEmpty())
        QSKIP(qPrintable(why));
}

void TestPostgresSchema::newerSchema_refusedNothingChanged()
{
    TestDatabase db(Backend::Postgres);
    QVERIFY(storage::open(db.location()).ok());
    const int newer = postgres::migrations::latestVersion() + 1;
    QVERIFY(db.exec(QStringLiteral("UPDATE aftersales_schema SET version = %1").arg(newer)));
    const QStringList before = db.rows(QStringLiteral("SELECT relname FROM pg_class ORDER BY 1"));
    const Result<std::unique_ptr<Storage>> opened = storage::open(db.location());
    QCOMPARE(opened.outcome.kind, Outcome::Kind::Storage);
    QVERIFY2(opened.outcome.message.contains(QStringLiteral("newer version")),
             qPrintable(opened.outcome.message));
    QCOMPARE(db.scalar(QStringLiteral("SELECT version FROM aftersales_schema")).toInt(), newer);
    QCOMPARE(db.rows(QStringLiteral("SELECT relname FROM pg_class ORDER BY 1")), before);
}

void TestPostgresSchema::reportColumns_agentGrantedBeforeTheUpgrade_writesThem()
{
    TempDatabase owner(Backend::Postgres);
    owner.addShippedOrder(QStringLiteral("U1"));
    const qint64 id = owner.applyFor(QStringLiteral("U1"), ClaimType::Reship, Reason::MissingItems);
    TestDatabase::ensureRole(QStringLiteral("agent1"));
    QVERIFY(owner.storage().grantAgent(QStringLiteral("agent1")).ok());
    const QString milestones =
        QStringLiteral("first_action_at, first_actor, first_action_delay, review_end, ship_start, ship_end");
    // As the grants were before the upgrade.
    QVERIFY(owner.database().exec(QStringLiteral("REVOKE UPDATE (") + milestones +
                                  QStringLiteral(") ON claims FROM agent1")));
    QString upgrade;
    for (const QString &sql : postgres::migrations::steps().at(1))
        if (sql.startsWith(QLatin1String("DO $$")))
            upgrade = sql;
    QVERIFY(!upgrade.isEmpty());
    Result<std::unique_ptr<Storage>> agent =
        storage::open(owner.database().locationAs(QStringLiteral("agent1")));
    QVERIFY2(agent.ok(), qPrintable(agent.outcome.message));
    Workbench wb(**agent, owner.clock(), Policy::defaults());
    ActionRequest approve;
    approve.action = Action::Approve;
    approve.actor = QStringLiteral("agent1");
    owner.clock().advance(hour);
    const Result<Claim> refused = wb.act(id, approve);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.outcome.message.contains(QStringLiteral("team grant agent1")),
             qPrintable(refused.outcome.message));
    QCOMPARE(owner.workbench().claim(id)->status, ClaimStatus::PendingReview);
    QVERIFY(owner.database().exec(upgrade));
    const Result<Claim> done = wb.act(id, approve);
    QVERIFY2(done.ok(), qPrintable(done.outcome.message));
    QCOMPARE(
        owner.database().rows(QStringLiteral("SELECT first_actor, first_action_delay, review_end, product"
                                             " FROM claims WHERE id = %1")
                                  .arg(id)),
        QStringList{QStringLiteral("agent1|3600|1|智能门锁 U1")});
    // The owner is no agent to grant to; PUBLIC has nothing.
    QCOMPARE(owner.database()
                 .scalar(QStringLiteral("SELECT count(*) FROM information_schema.column_privileges"
                                        " WHERE table_schema = 'aftersales' AND table_name = 'claims'"
                                        " AND column_name = 'first_actor' AND privilege_type = 'UPDATE'"
                                        " AND grantee NOT IN ('agent1', 'tester')"))
                 .toInt(),
             0);
}

// An order whose product title changes (by its owner: agents may not) takes its claims along:
// reports count them under the new title.
void TestPostgresSchema::reportColumns_orderProductChanged_claimsFollow()
{
    TempDatabase db(Backend::Postgres);
    db.addShippedOrder(QStringLiteral("T1"));
    db.applyFor(QStringLiteral("T1"), ClaimType::Reship, Reason::MissingItems);
    QVERIFY(db.database().exec(
        QStringLiteral("UPDATE orders SET product = '扫地机器人 新款' WHERE order_id = 'T1'")));
    const Result<QList<reportrows::ProductReasonCount>> counted = db.storage().claimsByProduct(
        ClaimType::Reship, db.clock().now().addDays(-1), db.clock().now().addDays(1));
    QVERIFY2(counted.ok(), qPrintable(counted.outcome.message));
    QCOMPARE(counted->size(), 1);
    QCOMPARE(counted->first().product, QStringLiteral("扫地机器人 新款"));
    QCOMPARE(counted->first().claims, 1);
}

void TestPostgresSchema::platformSync_upgradeFromVersion1_claimsLocal_agentsMaySync()
{
    // A team's database of schema 1 (before the sync) with a claim and an agent granted then.
    TestDatabase db(Backend::Postgres);
    QStringList script{QStringLiteral("SET client_min_messages = warning"),
                       QStringLiteral("SET search_path = aftersales, public")};
    script += postgres::migrations::steps().at(0);
    script << QStringLiteral("UPDATE aftersales_schema SET version = 1")
           << QStringLiteral(
                  "INSERT INTO orders (order_id, category, amount_cents) VALUES ('A1', 'smart_home', 100)")
           << QStringLiteral("INSERT INTO claims (id, order_id, type, reason, status, applied_at, updated_at)"
                             " VALUES (1, 'A1', 7, 2, 1, 1795600000, 1795600000)")
           << QStringLiteral("INSERT INTO events (claim_id, at, actor, action, from_status, to_status)"
                             " VALUES (1, 1795600000, 'buyer', 'apply', 1, 1)");
    TestDatabase::ensureRole(QStringLiteral("agent_v1"));
    // Schema 1's grants, as `team grant` gave them then.
    script << QStringLiteral("GRANT CONNECT ON DATABASE \"%1\" TO agent_v1").arg(db.name())
           << QStringLiteral("GRANT USAGE ON SCHEMA aftersales TO agent_v1")
           << QStringLiteral("GRANT SELECT ON aftersales_schema, orders, claims, events, product_titles,"
                             " claim_counts, claim_count_log, claim_counts_now, sweep_turn TO agent_v1")
           << QStringLiteral("GRANT INSERT ON orders, claims, events TO agent_v1")
           << QStringLiteral(
                  "GRANT UPDATE (status, reason, note, deadline, carrier, tracking_no, return_carrier,"
                  " return_tracking_no, refund_cents, compensation_cents, reject_code, remark, flag,"
                  " version, updated_at, assignee) ON claims TO agent_v1")
           << QStringLiteral("GRANT UPDATE ON sweep_turn TO agent_v1")
           << QStringLiteral("GRANT EXECUTE ON FUNCTION aftersales_compact_counts() TO agent_v1");
    const auto [code, said] = db.psqlAs(QStringLiteral("tester"), script.join(QStringLiteral(";\n")));
    QVERIFY2(code == 0, qPrintable(said));

    // The owner's program brings it up to date: the claim stays local, the trail checks out.
    Result<std::unique_ptr<Storage>> owner = storage::open(db.location());
    QVERIFY2(owner.ok(), qPrintable(owner.outcome.message));
    QCOMPARE((*owner)->schemaVersion(), postgres::migrations::latestVersion());
    QVERIFY((*owner)->has(Storage::Capability::PlatformSync));
    QVERIFY(!(*owner)->claim(1)->sync.onPlatform());
    QVERIFY(!(*owner)->newestPlatformUpdate()->has_value());
    QVERIFY(!(*owner)->platformConnection()->has_value());
    QVERIFY(consistency::check(**owner)->isEmpty());

    // The agent granted before may sync without being granted again: queue, take, settle.
    FixedClock clock(QDateTime::fromSecsSinceEpoch(1795650100, Qt::UTC));
    Workbench ownerBench(**owner, clock, Policy::defaults());
    Claim c = *(*owner)->claim(1);
    c.id = 7300000000000061;
    c.orderId = QStringLiteral("P61");
    c.order.orderId = c.orderId;
    c.sync.platformUpdateTime = 1795650000;
    c.sync.state = SyncState::Synced;
    QVERIFY(ownerBench.platformSays({c}).ok());
    Result<std::unique_ptr<Storage>> agent = storage::open(db.locationAs(QStringLiteral("agent_v1")));
    QVERIFY2(agent.ok(), qPrintable(agent.outcome.message));
    Workbench agentBench(**agent, clock, Policy::defaults());
    ActionRequest approve;
    approve.action = Action::Approve;
    approve.actor = QStringLiteral("agent_v1");
    const Result<Claim> acted = agentBench.act(c.id, approve);
    QVERIFY2(acted.ok(), qPrintable(acted.outcome.message));
    QCOMPARE(acted->sync.state, SyncState::Pending);
    const QDateTime now = clock.now();
    QVERIFY((*agent)
                ->takeLease(QStringLiteral("platform-sync"), QStringLiteral("desk"), now, now.addSecs(60))
                ->taken);
    const Result<QList<OutboxEntry>> taken = (*agent)->takeOutbox(QStringLiteral("desk"), now, 10);
    QVERIFY2(taken.ok(), qPrintable(taken.outcome.message));
    QCOMPARE(taken->size(), 1);
    QVERIFY(agentBench.startSending(taken->first().id, taken->first().baseUpdateTime).ok());
    const Outcome delivered = agentBench.outboxDelivered(taken->first().id);
    QVERIFY2(delivered.ok(), qPrintable(delivered.message));
    QCOMPARE(agentBench.claim(c.id)->sync.state, SyncState::Synced);
    QVERIFY((*agent)->releaseLease(QStringLiteral("platform-sync"), QStringLiteral("desk")).ok());
}

// Search's indexes (step 4) come to a populated database of schema 3 in one step; an agent
// granted before searches through them, and adds orders that the buyers' index takes in.
void TestPostgresSchema::search_upgradeFromVersion3_indexesBuilt_agentsSearchAndAdd()
{
    TestDatabase db(Backend::Postgres);
    QStringList script{QStringLiteral("SET client_min_messages = warning"),
                       QStringLiteral("SET search_path = aftersales, public")};
    for (int step = 0; step < 3; ++step)
        script += postgres::migrations::steps().at(step);
    script << QStringLiteral("UPDATE aftersales_schema SET version = 3")
           << QStringLiteral("INSERT INTO orders (order_id, category, amount_cents, buyer, product) VALUES"
                             " ('A1', 'digital', 100, '韩梅梅', '蓝牙耳机 降噪'),"
                             " ('A2', 'smart_home', 200, '李雷', '扫地机器人')")
           << QStringLiteral("INSERT INTO claims (id, order_id, type, reason, status, applied_at, deadline,"
                             " updated_at, product) VALUES"
                             " (1, 'A1', 7, 2, 1, 1795600000, 1795772800, 1795600000, '蓝牙耳机 降噪'),"
                             " (2, 'A2', 7, 2, 1, 1795600100, 1795772900, 1795600100, '扫地机器人')")
           << QStringLiteral(
                  "INSERT INTO events (claim_id, at, actor, action, from_status, to_status) VALUES"
                  " (1, 1795600000, 'buyer', 'apply', 1, 1), (2, 1795600100, 'buyer', 'apply', 1, 1)");
    TestDatabase::ensureRole(QStringLiteral("agent_v3"));
    // Schema 3's grants, as `team grant` gives them (step 4 adds none).
    for (const QString &grant : postgres::migrations::agentGrants())
        script << QString(grant)
                      .replace(QLatin1String("%1"), QLatin1Char('"') + db.name() + QLatin1Char('"'))
                      .replace(QLatin1String("%I"), QLatin1String("agent_v3"));
    const auto [code, said] = db.psqlAs(QStringLiteral("tester"), script.join(QStringLiteral(";\n")));
    QVERIFY2(code == 0, qPrintable(said));

    Result<std::unique_ptr<Storage>> owner = storage::open(db.location());
    QVERIFY2(owner.ok(), qPrintable(owner.outcome.message));
    QCOMPARE((*owner)->schemaVersion(), postgres::migrations::latestVersion());
    QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM pg_indexes WHERE schemaname = 'aftersales'"
                                      " AND indexname IN ('claims_by_product', 'orders_buyer_grams')"))
                 .toInt(),
             2);

    Result<std::unique_ptr<Storage>> agent = storage::open(db.locationAs(QStringLiteral("agent_v3")));
    QVERIFY2(agent.ok(), qPrintable(agent.outcome.message));
    FixedClock clock(QDateTime::fromSecsSinceEpoch(1795650000, Qt::UTC));
    Workbench bench(**agent, clock, Policy::defaults());
    const auto found = [&bench](const QString &term) {
        ClaimQuery q;
        q.search = term;
        q = bench.reader().stamped(q);
        QStringList ids;
        const Result<Page> page = bench.reader().page(q, std::nullopt, 50);
        if (!page.ok())
            return QStringList{page.outcome.message};
        for (const Claim &c : page->claims)
            ids << QString::number(c.id);
        const Result<qint64> total = bench.reader().count(q);
        ids << (total.ok() ? QStringLiteral("total %1").arg(*total) : total.outcome.message);
        return ids;
    };
    QCOMPARE(found(QStringLiteral("梅梅")), (QStringList{QStringLiteral("1"), QStringLiteral("total 1")}));
    QCOMPARE(found(QStringLiteral("蓝牙")), (QStringList{QStringLiteral("1"), QStringLiteral("total 1")}));
    QCOMPARE(found(QStringLiteral("雷")), (QStringList{QStringLiteral("2"), QStringLiteral("total 1")}));
    QCOMPARE(found(QStringLiteral("扫地机器人")),
             (QStringList{QStringLiteral("2"), QStringLiteral("total 1")}));
    Order o;
    o.orderId = QStringLiteral("A3");
    o.category = QStringLiteral("digital");
    o.amountCents = 300;
    o.buyer = QStringLiteral("王小雷");
    o.product = QStringLiteral("蓝牙音箱");
    const Outcome added = bench.addOrder(o);
    QVERIFY2(added.ok(), qPrintable(added.message));
    ApplyRequest r;
    r.type = ClaimType::RefundUnshipped;
    r.reason = Reason::Other;
    const Result<qint64> applied = bench.apply(o.orderId, r);
    QVERIFY2(applied.ok(), qPrintable(applied.outcome.message));
    const QString id = QString::number(*applied);
    QCOMPARE(found(QStringLiteral("小雷")), (QStringList{id, QStringLiteral("total 1")}));
    QCOMPARE(found(QStringLiteral("雷")).last(), QStringLiteral("total 2"));
    QCOMPARE(found(QStringLiteral("蓝牙")).last(), QStringLiteral("total 2"));
    QVERIFY(consistency::check(**owner)->isEmpty());
}

void TestPostgresSchema::platformSync_agentRights_onlyWhatTheSyncNeeds()
{
    TempDatabase owner(Backend::Postgres);
    const qint64 id = owner.platformClaim(7300000000000071, 1795650000);
    PlatformConnection shop;
    shop.appKey = QStringLiteral("k");
    shop.shopId = QStringLiteral("10086");
    shop.baseUrl = QStringLiteral("http://127.0.0.1:9");
    shop.shopName = QStringLiteral("小店");
    shop.connectedAt = owner.clock().now();
    QVERIFY(owner.workbench().savePlatformConnection(shop).ok());
    TestDatabase::ensureRole(QStringLiteral("syncagent"));
    QVERIFY(owner.storage().grantAgent(QStringLiteral("syncagent")).ok());
    {
        // An agent's desktop holding the team lock runs a round: all of it is allowed.
        Result<std::unique_ptr<Storage>> agent =
            storage::open(owner.database().locationAs(QStringLiteral("syncagent")));
        QVERIFY2(agent.ok(), qPrintable(agent.outcome.message));
        Storage &s = **agent;
        Workbench wb(s, owner.clock(), Policy::defaults());
        ActionRequest approve;
        approve.action = Action::Approve;
        approve.actor = QStringLiteral("syncagent");
        QVERIFY(wb.act(id, approve).ok());
        const QDateTime now = owner.clock().now();
        QVERIFY(s.takeLease(QStringLiteral("platform-sync"), QStringLiteral("desk"), now, now.addSecs(60))
                    ->taken);
        QVERIFY(s.takeLease(QStringLiteral("platform-sync"), QStringLiteral("desk"), now, now.addSecs(90))
                    ->taken);
        const QList<OutboxEntry> rows = *s.takeOutbox(QStringLiteral("desk"), now, 10);
        QCOMPARE(rows.size(), 1);
        QVERIFY(wb.startSending(rows.first().id, rows.first().baseUpdateTime).ok());
        QVERIFY(wb.outboxRefused(rows.first().id, QStringLiteral("售后单状态已变更"), {}).ok());
        QVERIFY(wb.readBackRefused(rows.first().id, [](const Claim &held) {
                      return Workbench::PlatformFit{Workbench::PlatformFit::Kind::NotNewer, held, {}, {}};
                  }).ok());
        QVERIFY(wb.acknowledgeRefusals(id, QStringLiteral("syncagent")).ok());
        const Outcome round = wb.recordSyncRound(true);
        QVERIFY2(round.ok(), qPrintable(round.message));
        QCOMPARE((*s.platformConnection())->lastPullAt, now);
        QVERIFY(s.releaseLease(QStringLiteral("platform-sync"), QStringLiteral("desk")).ok());
        // Connecting to the same shop (keeping the secret on this computer) changes nothing
        // the owner set; another shop is the owner's to choose, said plainly.
        PlatformConnection same = *(*s.platformConnection());
        QVERIFY(wb.savePlatformConnection(same).ok());
        PlatformConnection other = same;
        other.shopId = QStringLiteral("20099");
        const Outcome moved = wb.savePlatformConnection(other);
        QCOMPARE(moved.kind, Outcome::Kind::Storage);
        QVERIFY2(moved.message.contains(QStringLiteral("owner")), qPrintable(moved.message));
        QCOMPARE((*s.platformConnection())->shopId, shop.shopId);
    }
    // Nothing more: the queued action itself, the connection and the rows stay as they are.
    const QStringList outbox = owner.database().rows(QStringLiteral("SELECT * FROM outbox ORDER BY id"));
    for (const QString &sql :
         {QStringLiteral("DELETE FROM aftersales.outbox"),
          QStringLiteral("UPDATE aftersales.outbox SET action = 'reject', operate_type = 502"),
          QStringLiteral("UPDATE aftersales.outbox SET claim_id = 1"),
          QStringLiteral("UPDATE aftersales.platform_connection SET shop_id = '1'"),
          QStringLiteral("DELETE FROM aftersales.platform_connection"),
          QStringLiteral("TRUNCATE aftersales.sync_lease")}) {
        const auto [code, said] = owner.database().psqlAs(QStringLiteral("syncagent"), sql);
        QVERIFY2(code != 0, qPrintable(sql));
        QVERIFY2(said.contains(QStringLiteral("permission denied")), qPrintable(said));
    }
    QCOMPARE(owner.database().rows(QStringLiteral("SELECT * FROM outbox ORDER BY id")), outbox);
    QVERIFY(consistency::check(owner.storage())->isEmpty());
}

QTEST_GUILESS_MAIN(TestPostgresSchema)
#include "tst_postgresschema.moc"
