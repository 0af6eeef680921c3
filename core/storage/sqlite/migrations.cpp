#include "storage/sqlite/migrations.h"

namespace aftersales::migrations
{

const QList<QStringList> &steps()
{
    static const QList<QStringList> all{
        // 1: orders, claims, events. Times are UTC seconds since the epoch.
        {
            QStringLiteral("CREATE TABLE orders ("
                           " order_id TEXT PRIMARY KEY,"
                           " category TEXT NOT NULL,"
                           " amount_cents INTEGER NOT NULL CHECK (amount_cents >= 0),"
                           " carrier TEXT,"
                           " tracking_no TEXT,"
                           " shipped_at INTEGER,"
                           " received_at INTEGER,"
                           " buyer TEXT NOT NULL DEFAULT '',"
                           " product TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE TABLE claims ("
                           " id INTEGER PRIMARY KEY,"
                           " order_id TEXT NOT NULL REFERENCES orders(order_id),"
                           " type INTEGER NOT NULL,"
                           " reason INTEGER NOT NULL,"
                           " status INTEGER NOT NULL,"
                           " note TEXT NOT NULL DEFAULT '',"
                           " applied_at INTEGER NOT NULL,"
                           " deadline INTEGER,"
                           " carrier TEXT,"
                           " tracking_no TEXT,"
                           " return_carrier TEXT,"
                           " return_tracking_no TEXT,"
                           " refund_cents INTEGER NOT NULL DEFAULT 0,"
                           " compensation_cents INTEGER NOT NULL DEFAULT 0,"
                           " reject_code INTEGER,"
                           " remark TEXT NOT NULL DEFAULT '',"
                           " flag INTEGER NOT NULL DEFAULT 0,"
                           " version INTEGER NOT NULL DEFAULT 1,"
                           " updated_at INTEGER NOT NULL,"
                           // Sort key of every list: deadline first, none last.
                           " due INTEGER GENERATED ALWAYS AS (IFNULL(deadline, 253402300799)) VIRTUAL)"),
            QStringLiteral("CREATE TABLE events ("
                           " id INTEGER PRIMARY KEY,"
                           " claim_id INTEGER NOT NULL REFERENCES claims(id),"
                           " at INTEGER NOT NULL,"
                           " actor TEXT NOT NULL,"
                           " action TEXT NOT NULL,"
                           " from_status INTEGER NOT NULL,"
                           " to_status INTEGER NOT NULL,"
                           " detail TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX claims_by_due ON claims(due, id)"),
            QStringLiteral("CREATE INDEX claims_by_deadline ON claims(deadline) WHERE deadline IS NOT NULL"),
            QStringLiteral("CREATE INDEX claims_by_order ON claims(order_id)"),
            QStringLiteral(
                "CREATE INDEX claims_by_tracking ON claims(tracking_no) WHERE tracking_no IS NOT NULL"),
            QStringLiteral("CREATE INDEX claims_by_status ON claims(status, due, id)"),
            QStringLiteral("CREATE INDEX claims_by_type ON claims(type, due, id)"),
            // 换货&补寄待处理: exchange (3) or reship (7) waiting for the merchant.
            QStringLiteral("CREATE INDEX claims_exchange_reship_pending ON claims(due, id)"
                           " WHERE type IN (3, 7) AND status IN (1, 3, 4, 11)"),
            QStringLiteral("CREATE INDEX events_by_claim ON events(claim_id, id)"),
            QStringLiteral("CREATE INDEX events_by_at ON events(at)"),
            QStringLiteral("CREATE TRIGGER events_are_never_updated BEFORE UPDATE ON events"
                           " BEGIN SELECT RAISE(ABORT, 'events are append-only'); END"),
            QStringLiteral("CREATE TRIGGER events_are_never_deleted BEFORE DELETE ON events"
                           " BEGIN SELECT RAISE(ABORT, 'events are append-only'); END"),
        },
        // 2: lists and counts stay instant at a million claims.
        {
            // Counts by (type, status), kept by triggers: every quick filter that is a
            // type/status predicate is counted from at most 70 rows, not the claims.
            QStringLiteral("CREATE TABLE claim_counts ("
                           " type INTEGER NOT NULL, status INTEGER NOT NULL, n INTEGER NOT NULL,"
                           " PRIMARY KEY (type, status)) WITHOUT ROWID"),
            QStringLiteral("INSERT INTO claim_counts (type, status, n)"
                           " SELECT type, status, count(*) FROM claims GROUP BY type, status"),
            QStringLiteral("CREATE TRIGGER claim_counts_insert AFTER INSERT ON claims BEGIN"
                           " INSERT INTO claim_counts (type, status, n) VALUES (new.type, new.status, 1)"
                           " ON CONFLICT (type, status) DO UPDATE SET n = n + 1; END"),
            QStringLiteral("CREATE TRIGGER claim_counts_update AFTER UPDATE OF type, status ON claims"
                           " WHEN old.type <> new.type OR old.status <> new.status BEGIN"
                           " UPDATE claim_counts SET n = n - 1 WHERE type = old.type AND status = old.status;"
                           " INSERT INTO claim_counts (type, status, n) VALUES (new.type, new.status, 1)"
                           " ON CONFLICT (type, status) DO UPDATE SET n = n + 1; END"),
            QStringLiteral(
                "CREATE TRIGGER claim_counts_delete AFTER DELETE ON claims BEGIN"
                " UPDATE claim_counts SET n = n - 1 WHERE type = old.type AND status = old.status; END"),
            // Lists of the open set ordered by deadline, with the quick filters' literal lists.
            QStringLiteral("CREATE INDEX claims_platform ON claims(due, id) WHERE status IN (12, 13)"),
            QStringLiteral("CREATE INDEX claims_merchant_next ON claims(due, id) WHERE status IN (1, 3, 4)"),
            // Trigram full-text search over each claim's buyer and product (three characters
            // or more), keyed by claim id so a match set probes claims directly.
            QStringLiteral(
                "CREATE VIEW claim_text AS SELECT c.id AS id, o.buyer AS buyer, o.product AS product"
                " FROM claims c JOIN orders o ON o.order_id = c.order_id"),
            QStringLiteral("CREATE VIRTUAL TABLE claims_fts USING fts5(buyer, product, content='claim_text',"
                           " content_rowid='id', tokenize='trigram')"),
            QStringLiteral("INSERT INTO claims_fts (claims_fts) VALUES ('rebuild')"),
            QStringLiteral(
                "CREATE TRIGGER claims_fts_insert AFTER INSERT ON claims BEGIN"
                " INSERT INTO claims_fts (rowid, buyer, product)"
                " SELECT new.id, o.buyer, o.product FROM orders o WHERE o.order_id = new.order_id; END"),
            QStringLiteral(
                "CREATE TRIGGER claims_fts_delete AFTER DELETE ON claims BEGIN"
                " INSERT INTO claims_fts (claims_fts, rowid, buyer, product)"
                " SELECT 'delete', old.id, o.buyer, o.product FROM orders o WHERE o.order_id = old.order_id;"
                " END"),
            // Only the indexed columns: a claim's status changes do not touch the index.
            QStringLiteral(
                "CREATE TRIGGER claims_fts_order_text AFTER UPDATE OF buyer, product ON orders BEGIN"
                " INSERT INTO claims_fts (claims_fts, rowid, buyer, product)"
                " SELECT 'delete', c.id, old.buyer, old.product FROM claims c WHERE c.order_id = "
                "old.order_id;"
                " INSERT INTO claims_fts (rowid, buyer, product)"
                " SELECT c.id, new.buyer, new.product FROM claims c WHERE c.order_id = new.order_id; END"),
        },
        // 3: the flag filter through an index; the sweep finds due claims through the
        // list's own (due, id) index (due is the deadline, or year 9999 when there is none).
        {
            QStringLiteral("CREATE INDEX claims_by_flag ON claims(flag, due, id)"),
            QStringLiteral("DROP INDEX claims_by_deadline"),
        },
        // 4: product titles are searched once each, not once per claim. A shop sells
        // thousands of products, not a million: a product term matches a few titles, and
        // the list checks each row's title against them instead of gathering tens of
        // thousands of claim ids first. The claims' own index keeps the buyer alone.
        {
            QStringLiteral(
                "CREATE TABLE product_titles (id INTEGER PRIMARY KEY, title TEXT NOT NULL UNIQUE)"),
            QStringLiteral("INSERT INTO product_titles (title) SELECT DISTINCT product FROM orders"),
            QStringLiteral("CREATE VIRTUAL TABLE product_fts USING fts5(title, content='product_titles',"
                           " content_rowid='id', tokenize='trigram')"),
            QStringLiteral("INSERT INTO product_fts (product_fts) VALUES ('rebuild')"),
            QStringLiteral("CREATE TRIGGER product_titles_fts AFTER INSERT ON product_titles BEGIN"
                           " INSERT INTO product_fts (rowid, title) VALUES (new.id, new.title); END"),
            // NOT EXISTS rather than OR IGNORE: an outer statement's conflict clause would override it.
            QStringLiteral("CREATE TRIGGER orders_product_title AFTER INSERT ON orders BEGIN"
                           " INSERT INTO product_titles (title) SELECT new.product"
                           " WHERE NOT EXISTS (SELECT 1 FROM product_titles WHERE title = new.product); END"),
            QStringLiteral(
                "CREATE TRIGGER orders_product_title_update AFTER UPDATE OF product ON orders BEGIN"
                " INSERT INTO product_titles (title) SELECT new.product"
                " WHERE NOT EXISTS (SELECT 1 FROM product_titles WHERE title = new.product); END"),
            QStringLiteral("CREATE INDEX orders_by_product ON orders(product)"),
            QStringLiteral("DROP TRIGGER claims_fts_insert"),
            QStringLiteral("DROP TRIGGER claims_fts_delete"),
            QStringLiteral("DROP TRIGGER claims_fts_order_text"),
            QStringLiteral("DROP TABLE claims_fts"),
            QStringLiteral("DROP VIEW claim_text"),
            QStringLiteral("CREATE VIEW claim_buyer AS SELECT c.id AS id, o.buyer AS buyer"
                           " FROM claims c JOIN orders o ON o.order_id = c.order_id"),
            QStringLiteral("CREATE VIRTUAL TABLE claims_fts USING fts5(buyer, content='claim_buyer',"
                           " content_rowid='id', tokenize='trigram')"),
            QStringLiteral("INSERT INTO claims_fts (rowid, buyer) SELECT c.id, o.buyer"
                           " FROM orders o CROSS JOIN claims c ON c.order_id = o.order_id ORDER BY c.id"),
            QStringLiteral("CREATE TRIGGER claims_fts_insert AFTER INSERT ON claims BEGIN"
                           " INSERT INTO claims_fts (rowid, buyer)"
                           " SELECT new.id, o.buyer FROM orders o WHERE o.order_id = new.order_id; END"),
            QStringLiteral(
                "CREATE TRIGGER claims_fts_delete AFTER DELETE ON claims BEGIN"
                " INSERT INTO claims_fts (claims_fts, rowid, buyer)"
                " SELECT 'delete', old.id, o.buyer FROM orders o WHERE o.order_id = old.order_id; END"),
            QStringLiteral("CREATE TRIGGER claims_fts_order_buyer AFTER UPDATE OF buyer ON orders BEGIN"
                           " INSERT INTO claims_fts (claims_fts, rowid, buyer)"
                           " SELECT 'delete', c.id, old.buyer FROM claims c WHERE c.order_id = old.order_id;"
                           " INSERT INTO claims_fts (rowid, buyer)"
                           " SELECT c.id, new.buyer FROM claims c WHERE c.order_id = new.order_id; END"),
        },
        // 5: the flag index holds the flagged claims only. Every claim was in it, keyed by
        // its deadline, so each automatic step rewrote an entry there too: most claims
        // carry no flag, and the "no flag" list walks the list's own index.
        {
            QStringLiteral("DROP INDEX claims_by_flag"),
            QStringLiteral("CREATE INDEX claims_flagged ON claims(flag, due, id) WHERE flag > 0"),
        },
        // 6: a search counts as fast as it lists. Each product title counts its claims
        // (kept by triggers): a product term's count adds up the few titles it finds. The
        // buyers' index holds each buyer with two sentinels after it (indexedBuyer), so a
        // term of one or two characters finds its buyers through the index's terms.
        {
            QStringLiteral("ALTER TABLE product_titles ADD COLUMN claims INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral(
                "UPDATE product_titles SET claims = (SELECT count(*) FROM orders o CROSS JOIN claims c"
                " ON c.order_id = o.order_id WHERE o.product = product_titles.title)"),
            QStringLiteral("CREATE TRIGGER product_titles_claims_insert AFTER INSERT ON claims BEGIN"
                           " UPDATE product_titles SET claims = claims + 1"
                           " WHERE title = (SELECT product FROM orders WHERE order_id = new.order_id); END"),
            QStringLiteral("CREATE TRIGGER product_titles_claims_delete AFTER DELETE ON claims BEGIN"
                           " UPDATE product_titles SET claims = claims - 1"
                           " WHERE title = (SELECT product FROM orders WHERE order_id = old.order_id); END"),
            QStringLiteral("CREATE TRIGGER product_titles_claims_move AFTER UPDATE OF product ON orders"
                           " WHEN old.product <> new.product BEGIN"
                           " INSERT INTO product_titles (title) SELECT new.product"
                           " WHERE NOT EXISTS (SELECT 1 FROM product_titles WHERE title = new.product);"
                           " UPDATE product_titles SET claims = claims - (SELECT count(*) FROM claims WHERE "
                           "order_id = old.order_id)"
                           " WHERE title = old.product;"
                           " UPDATE product_titles SET claims = claims + (SELECT count(*) FROM claims WHERE "
                           "order_id = new.order_id)"
                           " WHERE title = new.product; END"),
            QStringLiteral("DROP TRIGGER claims_fts_insert"),
            QStringLiteral("DROP TRIGGER claims_fts_delete"),
            QStringLiteral("DROP TRIGGER claims_fts_order_buyer"),
            QStringLiteral("DROP TABLE claims_fts"),
            QStringLiteral("DROP VIEW claim_buyer"),
            QStringLiteral("CREATE VIEW claim_buyer AS SELECT c.id AS id, ") +
                indexedBuyer(QStringLiteral("o.buyer")) +
                QStringLiteral(" AS buyer FROM claims c JOIN orders o ON o.order_id = c.order_id"),
            QStringLiteral("CREATE VIRTUAL TABLE claims_fts USING fts5(buyer, content='claim_buyer',"
                           " content_rowid='id', tokenize='trigram')"),
            QStringLiteral("INSERT INTO claims_fts (rowid, buyer) SELECT c.id, ") +
                indexedBuyer(QStringLiteral("o.buyer")) +
                QStringLiteral(" FROM orders o CROSS JOIN claims c ON c.order_id = o.order_id ORDER BY c.id"),
            QStringLiteral("CREATE TRIGGER claims_fts_insert AFTER INSERT ON claims BEGIN"
                           " INSERT INTO claims_fts (rowid, buyer) SELECT new.id, ") +
                indexedBuyer(QStringLiteral("o.buyer")) +
                QStringLiteral(" FROM orders o WHERE o.order_id = new.order_id; END"),
            QStringLiteral("CREATE TRIGGER claims_fts_delete AFTER DELETE ON claims BEGIN"
                           " INSERT INTO claims_fts (claims_fts, rowid, buyer) SELECT 'delete', old.id, ") +
                indexedBuyer(QStringLiteral("o.buyer")) +
                QStringLiteral(" FROM orders o WHERE o.order_id = old.order_id; END"),
            QStringLiteral("CREATE TRIGGER claims_fts_order_buyer AFTER UPDATE OF buyer ON orders BEGIN"
                           " INSERT INTO claims_fts (claims_fts, rowid, buyer) SELECT 'delete', c.id, ") +
                indexedBuyer(QStringLiteral("old.buyer")) +
                QStringLiteral(" FROM claims c WHERE c.order_id = old.order_id;"
                               " INSERT INTO claims_fts (rowid, buyer) SELECT c.id, ") +
                indexedBuyer(QStringLiteral("new.buyer")) +
                QStringLiteral(" FROM claims c WHERE c.order_id = new.order_id; END"),
            QStringLiteral("CREATE VIRTUAL TABLE claims_fts_terms USING fts5vocab(claims_fts, 'row')"),
        },
        // 7: reports (core/report) count claims over indexes, never row by row. What they
        // need of a claim is kept on it:
        //  - product_id: its order's product title (product_titles), so claims are counted by
        //    product without a join per claim;
        //  - what storage/milestones.h keeps of its audit trail, written with the claim and
        //    its events by the storage: the merchant's first action (first_action_at,
        //    first_actor, first_action_delay: seconds from the application), how the first
        //    review ended (review_end), when the first shipping window opened and how it
        //    ended (ship_start, ship_end); an end is 1 an operator, 2 the automatic step
        //    (system), 3 anybody else (WindowEnd).
        // The trail already there is read once, here, by the same definitions.
        {
            QStringLiteral("ALTER TABLE claims ADD COLUMN product_id INTEGER"),
            QStringLiteral("ALTER TABLE claims ADD COLUMN first_action_at INTEGER"),
            QStringLiteral("ALTER TABLE claims ADD COLUMN first_actor TEXT"),
            QStringLiteral("ALTER TABLE claims ADD COLUMN first_action_delay INTEGER"),
            QStringLiteral("ALTER TABLE claims ADD COLUMN review_end INTEGER"),
            QStringLiteral("ALTER TABLE claims ADD COLUMN ship_start INTEGER"),
            QStringLiteral("ALTER TABLE claims ADD COLUMN ship_end INTEGER"),
            QStringLiteral(
                "UPDATE claims SET"
                " product_id = (SELECT t.id FROM orders o JOIN product_titles t ON t.title = o.product"
                " WHERE o.order_id = claims.order_id),"
                " (first_action_at, first_actor, first_action_delay) ="
                " (SELECT e.at, e.actor, e.at - claims.applied_at FROM events e"
                " WHERE e.claim_id = claims.id AND e.from_status <> e.to_status"
                " AND e.actor NOT IN ('buyer', 'platform', 'system') ORDER BY e.id LIMIT 1),"
                " review_end = (SELECT CASE WHEN e.actor = 'system' THEN 2"
                " WHEN e.actor IN ('buyer', 'platform') THEN 3 ELSE 1 END FROM events e"
                " WHERE e.claim_id = claims.id AND e.from_status = 1 AND e.to_status <> 1"
                " ORDER BY e.id LIMIT 1),"
                " ship_start = (SELECT e.at FROM events e"
                " WHERE e.claim_id = claims.id AND e.to_status = 3 AND e.from_status <> 3"
                " ORDER BY e.id LIMIT 1),"
                " ship_end = (SELECT CASE WHEN e.actor = 'system' THEN 2"
                " WHEN e.to_status = 6 AND e.actor NOT IN ('buyer', 'platform') THEN 1 ELSE 3 END"
                " FROM events e WHERE e.claim_id = claims.id AND e.from_status = 3 AND e.to_status <> 3"
                " ORDER BY e.id LIMIT 1)"),
            // An order whose product changes takes its claims along (its title first: the
            // order in which triggers on one change run is not to be relied on).
            QStringLiteral("CREATE TRIGGER orders_product_claims AFTER UPDATE OF product ON orders BEGIN"
                           " INSERT INTO product_titles (title) SELECT new.product"
                           " WHERE NOT EXISTS (SELECT 1 FROM product_titles WHERE title = new.product);"
                           " UPDATE claims SET product_id = (SELECT id FROM product_titles"
                           " WHERE title = new.product) WHERE order_id = new.order_id; END"),
            // Claims per day by type, and how their first reviews ended; reshipments per
            // product and reason, one range each (reports count reshipments by product: the
            // other types stay out of the index and out of the bulk load's time).
            QStringLiteral("CREATE INDEX claims_by_applied ON claims(type, applied_at, review_end)"),
            QStringLiteral("CREATE INDEX claims_reship_by_product ON claims(product_id, reason, applied_at)"
                           " WHERE type = 7"),
            // How first shipping windows ended, by when they opened.
            QStringLiteral(
                "CREATE INDEX claims_ship_end ON claims(ship_end, ship_start) WHERE ship_end IS NOT NULL"),
            // Who acted first, and the delays in order: counts and medians.
            QStringLiteral(
                "CREATE INDEX claims_first_delay ON claims(first_actor, first_action_delay, applied_at)"
                " WHERE first_actor IS NOT NULL"),
            // The automatic steps by action and time, with the detail that says what one cost
            // (and the actor, so that the index alone answers).
            QStringLiteral("CREATE INDEX events_automatic ON events(action, at, detail, actor)"
                           " WHERE actor = 'system'"),
        },
        // 8: the platform sync (PLATFORM.md). A claim on the platform carries the update_time
        // last pulled (NULL: a local-only claim) and its sync state: 0 synced (or local),
        // 1 actions waiting, 2 an action refused and not seen yet (with the platform's words).
        {
            QStringLiteral("ALTER TABLE claims ADD COLUMN platform_update_time INTEGER"),
            QStringLiteral("ALTER TABLE claims ADD COLUMN sync_state INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE claims ADD COLUMN sync_message TEXT NOT NULL DEFAULT ''"),
            // 同步失败: the refused, in list order.
            QStringLiteral("CREATE INDEX claims_sync_failed ON claims(due, id) WHERE sync_state = 2"),
            // Where the next pull starts.
            QStringLiteral("CREATE INDEX claims_by_platform_update ON claims(platform_update_time)"
                           " WHERE platform_update_time IS NOT NULL"),
            // The merchant's actions on platform claims, in the order they were made. state: 0
            // waiting, 1 sending, 2 delivered, 3 refused; method: 1 afterSale/operate (with
            // operate_type), 2 afterSale/fillLogistics. Statuses and reject codes are ours.
            QStringLiteral("CREATE TABLE outbox ("
                           " id INTEGER PRIMARY KEY,"
                           " claim_id INTEGER NOT NULL REFERENCES claims(id),"
                           " action TEXT NOT NULL,"
                           " method INTEGER NOT NULL CHECK (method IN (1, 2)),"
                           " operate_type INTEGER NOT NULL DEFAULT 0,"
                           " reject_code INTEGER,"
                           " remark TEXT NOT NULL DEFAULT '',"
                           " company_code TEXT NOT NULL DEFAULT '',"
                           " tracking_no TEXT NOT NULL DEFAULT '',"
                           " from_status INTEGER NOT NULL,"
                           " to_status INTEGER NOT NULL,"
                           " base_update_time INTEGER NOT NULL,"
                           " created_at INTEGER NOT NULL,"
                           " state INTEGER NOT NULL DEFAULT 0 CHECK (state IN (0, 1, 2, 3)),"
                           " attempts INTEGER NOT NULL DEFAULT 0,"
                           " last_error TEXT NOT NULL DEFAULT '',"
                           " updated_at INTEGER NOT NULL,"
                           " needs_readback INTEGER NOT NULL DEFAULT 0,"
                           " seen_at INTEGER)"),
            QStringLiteral("CREATE INDEX outbox_open ON outbox(state, id) WHERE state IN (0, 1)"),
            QStringLiteral("CREATE INDEX outbox_by_claim ON outbox(claim_id, id)"),
            QStringLiteral("CREATE INDEX outbox_unseen ON outbox(id) WHERE state = 3 AND seen_at IS NULL"),
            // The shop (one row): never the secret or a token.
            QStringLiteral("CREATE TABLE platform_connection ("
                           " id INTEGER PRIMARY KEY CHECK (id = 1),"
                           " app_key TEXT NOT NULL,"
                           " shop_id TEXT NOT NULL,"
                           " base_url TEXT NOT NULL,"
                           " shop_name TEXT NOT NULL DEFAULT '',"
                           " connected_at INTEGER NOT NULL,"
                           " last_pull_at INTEGER,"
                           " last_round_at INTEGER)"),
            // One sender at a time: the holder and until when (Unix seconds, real time).
            QStringLiteral("CREATE TABLE sync_lease (name TEXT PRIMARY KEY, holder TEXT NOT NULL,"
                           " expires_at INTEGER NOT NULL)"),
        },
        // 9: assignment (a team's agents; the operator name here). "Mine" walks the claims
        // assigned to one name by deadline; 我的待处理 those of them the merchant acts on.
        {
            QStringLiteral("ALTER TABLE claims ADD COLUMN assignee TEXT"),
            QStringLiteral(
                "CREATE INDEX claims_assigned ON claims(assignee, due, id) WHERE assignee IS NOT NULL"),
            QStringLiteral("CREATE INDEX claims_assigned_pending ON claims(assignee, due, id)"
                           " WHERE status IN (1, 3, 4)"),
        },
        // 10: queued actions taken by one sender at a time (Storage::takeOutbox): the lease
        // holder that took an open row, NULL when nobody has.
        {
            QStringLiteral("ALTER TABLE outbox ADD COLUMN sender TEXT"),
        },
        // 11: reports read the period's ranges only. An operator's first actions: the operators'
        // counts, the delays their medians are taken from and the drill-down's count are each a
        // range of (first_actor, applied_at) instead of every claim the operator ever acted on;
        // the drill-down's first page sorts the range's keys (due, id) from the index alone.
        {
            // IF EXISTS: a bulk load killed while it had the indexes away leaves it missing.
            QStringLiteral("DROP INDEX IF EXISTS claims_first_delay"),
            // Files from builds that never shipped had indexes of the two names below, other
            // columns: replaced, not refused.
            QStringLiteral("DROP INDEX IF EXISTS claims_first_actor"),
            QStringLiteral("DROP INDEX IF EXISTS claims_review_end"),
            QStringLiteral(
                "CREATE INDEX claims_first_actor ON claims(first_actor, applied_at, first_action_delay, due)"
                " WHERE first_actor IS NOT NULL"),
            // How first reviews ended, by application: each way a range (claims_by_applied has
            // the type first, and was read once per way). Written once per claim.
            QStringLiteral("CREATE INDEX claims_review_end ON claims(review_end, applied_at) WHERE "
                           "review_end IS NOT NULL"),
        },
        // 12: 我的待处理 reads assigned claims only (assignee = ?): a claim nobody holds is left
        // out of its index, whose entry every change of a pending claim rewrote (a sweep's step
        // of one touched seven of the claims' indexes, now six).
        {
            QStringLiteral("DROP INDEX IF EXISTS claims_assigned_pending"),
            QStringLiteral("CREATE INDEX claims_assigned_pending ON claims(assignee, due, id)"
                           " WHERE status IN (1, 3, 4) AND assignee IS NOT NULL"),
        },
    };
    return all;
}

int latestVersion()
{
    return int(steps().size());
}

QString indexedBuyer(const QString &column)
{
    return column + QStringLiteral(" || char(1, 1)");
}

} // namespace aftersales::migrations
