#include "storage/postgres/postgresmigrations.h"

namespace aftersales::postgres::migrations
{
namespace
{

// What reports read of claims' trails (storage/milestones.h), read from the events already
// there: each milestone a claim has not reached yet is set from the first event that reaches it
// (only a change of status does). Codes: pending_review 1, awaiting_shipment 3, shipped 6; an
// end is 1 an operator, 2 the automatic step (system), 3 anybody else (WindowEnd).
QString readMilestones()
{
    const QString byOperator =
        QStringLiteral("e.from_status <> e.to_status AND e.actor NOT IN ('buyer', 'platform', 'system')");
    return QStringLiteral("UPDATE claims c SET first_action_at = COALESCE(c.first_action_at, m.action_at),"
                          " first_actor = COALESCE(c.first_actor, m.actor),"
                          " first_action_delay = COALESCE(c.first_action_delay, m.action_at - c.applied_at),"
                          " review_end = COALESCE(c.review_end, m.review_end),"
                          " ship_start = COALESCE(c.ship_start, m.ship_start),"
                          " ship_end = COALESCE(c.ship_end, m.ship_end)"
                          " FROM (SELECT e.claim_id,"
                          " (array_agg(e.at ORDER BY e.id) FILTER (WHERE ") +
           byOperator +
           QStringLiteral("))[1] AS action_at,"
                          " (array_agg(e.actor ORDER BY e.id) FILTER (WHERE ") +
           byOperator +
           QStringLiteral(
               "))[1] AS actor,"
               " (array_agg(CASE WHEN e.actor = 'system' THEN 2 WHEN e.actor IN ('buyer', 'platform') THEN 3"
               " ELSE 1 END ORDER BY e.id) FILTER (WHERE e.from_status = 1 AND e.to_status <> 1))[1] AS "
               "review_end,"
               " (array_agg(e.at ORDER BY e.id) FILTER (WHERE e.to_status = 3 AND e.from_status <> 3))[1]"
               " AS ship_start,"
               " (array_agg(CASE WHEN e.actor = 'system' THEN 2 WHEN e.to_status = 6"
               " AND e.actor NOT IN ('buyer', 'platform') THEN 1 ELSE 3 END ORDER BY e.id)"
               " FILTER (WHERE e.from_status = 3 AND e.to_status <> 3))[1] AS ship_end"
               " FROM events e WHERE e.from_status <> e.to_status GROUP BY e.claim_id) m"
               " WHERE c.id = m.claim_id AND ((c.first_action_at IS NULL AND m.action_at IS NOT NULL)"
               " OR (c.review_end IS NULL AND m.review_end IS NOT NULL)"
               " OR (c.ship_start IS NULL AND m.ship_start IS NOT NULL)"
               " OR (c.ship_end IS NULL AND m.ship_end IS NOT NULL))");
}

// The milestones' columns of claims, which an agent's actions write.
const QString milestoneColumns =
    QStringLiteral("first_action_at, first_actor, first_action_delay, review_end, ship_start, ship_end");

} // namespace

const QList<QStringList> &steps()
{
    static const QList<QStringList> all{
        // 1: orders, claims, events, in a schema of their own. Times are bigint seconds since
        // the epoch (UTC), as on SQLite; codes are our enums' values. Text that is compared
        // as a prefix or sorted (ids, tracking numbers) collates bytewise ("C"), as SQLite's.
        {
            QStringLiteral("CREATE SCHEMA IF NOT EXISTS aftersales"),
            databaseSearchPath(),
            // Trigram search; a trusted extension, which a database's owner may create.
            QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA aftersales"),
            QStringLiteral("CREATE TABLE aftersales_schema (version integer NOT NULL)"),
            QStringLiteral("INSERT INTO aftersales_schema (version) VALUES (0)"),
            QStringLiteral("CREATE TABLE orders ("
                           " order_id text COLLATE \"C\" PRIMARY KEY,"
                           " category text NOT NULL,"
                           " amount_cents bigint NOT NULL CHECK (amount_cents >= 0),"
                           " carrier text,"
                           " tracking_no text COLLATE \"C\","
                           " shipped_at bigint,"
                           " received_at bigint,"
                           " buyer text NOT NULL DEFAULT '',"
                           " product text NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE TABLE claims ("
                           " id bigint PRIMARY KEY,"
                           " order_id text COLLATE \"C\" NOT NULL REFERENCES orders(order_id),"
                           " type integer NOT NULL,"
                           " reason integer NOT NULL,"
                           " status integer NOT NULL,"
                           " note text NOT NULL DEFAULT '',"
                           " applied_at bigint NOT NULL,"
                           " deadline bigint,"
                           " carrier text,"
                           " tracking_no text COLLATE \"C\","
                           " return_carrier text,"
                           " return_tracking_no text COLLATE \"C\","
                           " refund_cents bigint NOT NULL DEFAULT 0,"
                           " compensation_cents bigint NOT NULL DEFAULT 0,"
                           " reject_code integer,"
                           " remark text NOT NULL DEFAULT '',"
                           " flag integer NOT NULL DEFAULT 0,"
                           " version bigint NOT NULL DEFAULT 1,"
                           " updated_at bigint NOT NULL,"
                           " assignee text,"
                           // Sort key of every list: deadline first, none last (year 9999).
                           " due bigint GENERATED ALWAYS AS (COALESCE(deadline, 253402300799)) STORED)"),
            QStringLiteral("CREATE TABLE events ("
                           " id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                           " claim_id bigint NOT NULL REFERENCES claims(id),"
                           " at bigint NOT NULL,"
                           " actor text NOT NULL,"
                           " action text NOT NULL,"
                           " from_status integer NOT NULL,"
                           " to_status integer NOT NULL,"
                           " detail text NOT NULL DEFAULT '')"),
            // A shop sells thousands of products, not a million: a product term is looked up
            // in its titles, then their orders by the product index.
            QStringLiteral("CREATE TABLE product_titles (title text PRIMARY KEY)"),
            // Counts by (type, status): a base kept by compaction, and an append-only log of
            // changes written by the claims' triggers. Appending never waits for another agent's
            // transaction, where one counter row per status would make every approval wait.
            QStringLiteral("CREATE TABLE claim_counts (type integer NOT NULL, status integer NOT NULL,"
                           " n bigint NOT NULL, PRIMARY KEY (type, status))"),
            QStringLiteral("CREATE TABLE claim_count_log (type integer NOT NULL, status integer NOT NULL,"
                           " n bigint NOT NULL)"),
            QStringLiteral("CREATE VIEW claim_counts_now AS SELECT type, status, n FROM claim_counts"
                           " UNION ALL SELECT type, status, n FROM claim_count_log"),
            // One row whose lock is the team's sweep turn: sweeps take turns, never the same claims.
            QStringLiteral("CREATE TABLE sweep_turn (one boolean PRIMARY KEY DEFAULT true CHECK (one))"),
            QStringLiteral("INSERT INTO sweep_turn DEFAULT VALUES"),

            QStringLiteral("CREATE INDEX claims_by_due ON claims (due, id)"),
            QStringLiteral("CREATE INDEX claims_by_order ON claims (order_id)"),
            QStringLiteral(
                "CREATE INDEX claims_by_tracking ON claims (tracking_no) WHERE tracking_no IS NOT NULL"),
            QStringLiteral("CREATE INDEX claims_by_status ON claims (status, due, id)"),
            QStringLiteral("CREATE INDEX claims_by_type ON claims (type, due, id)"),
            QStringLiteral("CREATE INDEX claims_flagged ON claims (flag, due, id) WHERE flag > 0"),
            QStringLiteral(
                "CREATE INDEX claims_assigned ON claims (assignee, due, id) WHERE assignee IS NOT NULL"),
            // The quick filters' own lists, with the conditions the list queries repeat.
            // 换货&补寄待处理: exchange (3) or reship (7) waiting for the merchant.
            QStringLiteral("CREATE INDEX claims_exchange_reship_pending ON claims (due, id)"
                           " WHERE type IN (3, 7) AND status IN (1, 3, 4, 11)"),
            // The merchant acts next (due_soon).
            QStringLiteral("CREATE INDEX claims_merchant_next ON claims (due, id) WHERE status IN (1, 3, 4)"),
            QStringLiteral("CREATE INDEX claims_platform ON claims (due, id) WHERE status IN (12, 13)"),
            // 我的待处理.
            QStringLiteral("CREATE INDEX claims_assigned_pending ON claims (assignee, due, id) WHERE status "
                           "IN (1, 3, 4)"),
            QStringLiteral("CREATE INDEX events_by_claim ON events (claim_id, id)"),
            QStringLiteral("CREATE INDEX events_by_at ON events (at)"),
            QStringLiteral("CREATE INDEX orders_by_product ON orders (product)"),
            QStringLiteral("CREATE INDEX orders_buyer_trgm ON orders USING gin (buyer gin_trgm_ops)"),
            QStringLiteral(
                "CREATE INDEX product_titles_trgm ON product_titles USING gin (title gin_trgm_ops)"),

            // Who acted is who logged in: a merchant's action is written with the connected role,
            // whatever name the program gave; the buyer, the platform and the clock keep theirs.
            QStringLiteral(
                "CREATE FUNCTION aftersales_event_operator() RETURNS trigger LANGUAGE plpgsql AS $$"
                " BEGIN"
                "  IF NEW.actor NOT IN ('buyer', 'platform', 'system') THEN"
                "   NEW.actor := session_user;"
                "  END IF;"
                "  RETURN NEW;"
                " END $$"),
            QStringLiteral("CREATE TRIGGER events_operator BEFORE INSERT ON events"
                           " FOR EACH ROW EXECUTE FUNCTION aftersales_event_operator()"),
            // Events are never changed or removed, by anybody; agents have no such rights anyway.
            QStringLiteral(
                "CREATE FUNCTION aftersales_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$"
                " BEGIN"
                "  RAISE EXCEPTION 'events are append-only' USING ERRCODE = 'insufficient_privilege';"
                " END $$"),
            QStringLiteral("CREATE TRIGGER events_are_never_changed BEFORE UPDATE OR DELETE ON events"
                           " FOR EACH ROW EXECUTE FUNCTION aftersales_events_append_only()"),
            QStringLiteral("CREATE TRIGGER events_are_never_truncated BEFORE TRUNCATE ON events"
                           " FOR EACH STATEMENT EXECUTE FUNCTION aftersales_events_append_only()"),
            // The counts' log, as the owner: agents need no rights on the counts themselves.
            QStringLiteral(
                "CREATE FUNCTION aftersales_count_claims() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER"
                " SET search_path = aftersales, pg_catalog, pg_temp AS $$"
                " BEGIN"
                "  IF TG_OP = 'INSERT' THEN"
                "   INSERT INTO claim_count_log (type, status, n)"
                "    SELECT type, status, count(*) FROM new_rows GROUP BY type, status;"
                "  ELSIF TG_OP = 'DELETE' THEN"
                "   INSERT INTO claim_count_log (type, status, n)"
                "    SELECT type, status, -count(*) FROM old_rows GROUP BY type, status;"
                "  ELSE"
                "   INSERT INTO claim_count_log (type, status, n)"
                "    SELECT type, status, sum(n) FROM (SELECT type, status, -1 AS n FROM old_rows"
                "     UNION ALL SELECT type, status, 1 FROM new_rows) d"
                "    GROUP BY type, status HAVING sum(n) <> 0;"
                "  END IF;"
                "  RETURN NULL;"
                " END $$"),
            QStringLiteral(
                "CREATE TRIGGER claims_count_insert AFTER INSERT ON claims REFERENCING NEW TABLE AS new_rows"
                " FOR EACH STATEMENT EXECUTE FUNCTION aftersales_count_claims()"),
            QStringLiteral("CREATE TRIGGER claims_count_update AFTER UPDATE ON claims"
                           " REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows"
                           " FOR EACH STATEMENT EXECUTE FUNCTION aftersales_count_claims()"),
            QStringLiteral(
                "CREATE TRIGGER claims_count_delete AFTER DELETE ON claims REFERENCING OLD TABLE AS old_rows"
                " FOR EACH STATEMENT EXECUTE FUNCTION aftersales_count_claims()"),
            // The log folded into the base, by whoever notices it grew; rows another compaction
            // took meanwhile are not counted twice (each is deleted once).
            QStringLiteral(
                "CREATE FUNCTION aftersales_compact_counts() RETURNS void LANGUAGE sql SECURITY DEFINER"
                " SET search_path = aftersales, pg_catalog, pg_temp AS $$"
                " WITH moved AS (DELETE FROM claim_count_log RETURNING type, status, n),"
                "  summed AS (SELECT type, status, sum(n) AS n FROM moved GROUP BY type, status)"
                " INSERT INTO claim_counts AS c (type, status, n) SELECT type, status, n FROM summed"
                " ON CONFLICT (type, status) DO UPDATE SET n = c.n + excluded.n"
                " $$"),
            QStringLiteral("CREATE FUNCTION aftersales_product_titles() RETURNS trigger LANGUAGE plpgsql"
                           " SECURITY DEFINER SET search_path = aftersales, pg_catalog, pg_temp AS $$"
                           " BEGIN"
                           "  INSERT INTO product_titles (title) SELECT DISTINCT product FROM new_rows"
                           "   ON CONFLICT DO NOTHING;"
                           "  RETURN NULL;"
                           " END $$"),
            QStringLiteral("CREATE TRIGGER orders_product_titles AFTER INSERT ON orders REFERENCING NEW "
                           "TABLE AS new_rows"
                           " FOR EACH STATEMENT EXECUTE FUNCTION aftersales_product_titles()"),
            // Every open window hears of a change within a moment (LISTEN aftersales_claims):
            // one notification per transaction, however many claims it changed.
            QStringLiteral("CREATE FUNCTION aftersales_notify_claims() RETURNS trigger LANGUAGE plpgsql AS $$"
                           " BEGIN"
                           "  PERFORM pg_notify('aftersales_claims', '');"
                           "  RETURN NULL;"
                           " END $$"),
            QStringLiteral("CREATE TRIGGER claims_notify AFTER INSERT OR UPDATE OR DELETE ON claims"
                           " FOR EACH STATEMENT EXECUTE FUNCTION aftersales_notify_claims()"),
            // Agents are given rights one by one (team grant); nobody else has any.
            QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA aftersales FROM PUBLIC"),
            QStringLiteral("REVOKE ALL ON FUNCTION aftersales_compact_counts() FROM PUBLIC"),
        },
        // 2: reports (core/report) count claims over indexes, never row by row, as on SQLite.
        // What they need of a claim is kept on it by the storage as it writes the claim and its
        // events (storage/milestones.h), in the same statements:
        //  - product: its order's product title, so that claims are counted by product without
        //    reading an order per claim;
        //  - the merchant's first action (first_action_at, first_actor, first_action_delay:
        //    seconds from the application), how the first review ended (review_end), when the
        //    first shipping window opened and how it ended (ship_start, ship_end).
        // The trail already there is read once, here (readMilestones above).
        {
            QStringLiteral("ALTER TABLE claims ADD COLUMN product text, ADD COLUMN first_action_at bigint,"
                           " ADD COLUMN first_actor text, ADD COLUMN first_action_delay bigint,"
                           " ADD COLUMN review_end integer, ADD COLUMN ship_start bigint,"
                           " ADD COLUMN ship_end integer"),
            QStringLiteral(
                "UPDATE claims c SET product = o.product FROM orders o WHERE o.order_id = c.order_id"),
            readMilestones(),
            // Agents granted before write the milestones of what they do, as `team grant` now allows.
            QStringLiteral(
                "DO $$ DECLARE agent name; BEGIN"
                " FOR agent IN SELECT DISTINCT r.rolname FROM pg_catalog.pg_class c"
                "  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
                "  CROSS JOIN LATERAL aclexplode(c.relacl) a JOIN pg_catalog.pg_roles r ON r.oid = a.grantee"
                "  WHERE n.nspname = 'aftersales' AND c.relname = 'events' AND a.privilege_type = 'INSERT'"
                "  AND a.grantee <> c.relowner LOOP"
                "  EXECUTE format('GRANT UPDATE (") +
                milestoneColumns +
                QStringLiteral(") ON claims TO %I', agent);"
                               " END LOOP; END $$"),
            // An order whose product changes takes its claims along, and its title is listed.
            QStringLiteral("CREATE FUNCTION aftersales_order_product() RETURNS trigger LANGUAGE plpgsql"
                           " SECURITY DEFINER SET search_path = aftersales, pg_catalog, pg_temp AS $$"
                           " BEGIN"
                           "  INSERT INTO product_titles (title) VALUES (NEW.product) ON CONFLICT DO NOTHING;"
                           "  UPDATE claims SET product = NEW.product WHERE order_id = NEW.order_id;"
                           "  RETURN NULL;"
                           " END $$"),
            QStringLiteral(
                "CREATE TRIGGER orders_product_claims AFTER UPDATE OF product ON orders FOR EACH ROW"
                " WHEN (OLD.product IS DISTINCT FROM NEW.product)"
                " EXECUTE FUNCTION aftersales_order_product()"),
            // Claims per day by type, and how their first reviews ended, by application time.
            QStringLiteral("CREATE INDEX claims_by_applied ON claims (applied_at, type, review_end)"),
            // Reshipments per product and reason, one range each (reports count reshipments by
            // product: the other types stay out of the index).
            QStringLiteral("CREATE INDEX claims_reship_by_product ON claims (product, reason, applied_at)"
                           " WHERE type = 7"),
            // How first shipping windows ended, by when they opened.
            QStringLiteral(
                "CREATE INDEX claims_ship_end ON claims (ship_start, ship_end) WHERE ship_end IS NOT NULL"),
            // Who acted first, counted over a range of application times, with the delays.
            QStringLiteral(
                "CREATE INDEX claims_first_actor ON claims (first_actor, applied_at, first_action_delay)"
                " WHERE first_actor IS NOT NULL"),
            // The automatic steps by action and time, with the detail that says what one cost
            // and the claim (the index alone answers the counts and the drill-downs).
            QStringLiteral("CREATE INDEX events_automatic ON events (action, at) INCLUDE (detail, claim_id)"
                           " WHERE actor = 'system'"),
        },
        // 3: the platform sync (PLATFORM.md), as the SQLite schema keeps it. A claim on the
        // platform carries the update_time last pulled (NULL: a local-only claim) and its sync
        // state: 0 synced (or local), 1 actions waiting, 2 an action refused and not seen yet
        // (with the platform's words). Changing them is an UPDATE of claims like any other: the
        // claims' notification tells every open window.
        {
            QStringLiteral("ALTER TABLE claims ADD COLUMN platform_update_time bigint,"
                           " ADD COLUMN sync_state integer NOT NULL DEFAULT 0,"
                           " ADD COLUMN sync_message text NOT NULL DEFAULT ''"),
            // 同步失败: the refused, in list order.
            QStringLiteral("CREATE INDEX claims_sync_failed ON claims (due, id) WHERE sync_state = 2"),
            // Where the next pull starts.
            QStringLiteral("CREATE INDEX claims_by_platform_update ON claims (platform_update_time)"
                           " WHERE platform_update_time IS NOT NULL"),
            // The merchant's actions on platform claims, in the order they were made. state: 0
            // waiting, 1 sending, 2 delivered, 3 refused; method: 1 afterSale/operate (with
            // operate_type), 2 afterSale/fillLogistics. Statuses and reject codes are ours.
            // sender: the lease holder that took an open row for sending (Storage::takeOutbox).
            QStringLiteral("CREATE TABLE outbox ("
                           " id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                           " claim_id bigint NOT NULL REFERENCES claims(id),"
                           " action text NOT NULL,"
                           " method integer NOT NULL CHECK (method IN (1, 2)),"
                           " operate_type integer NOT NULL DEFAULT 0,"
                           " reject_code integer,"
                           " remark text NOT NULL DEFAULT '',"
                           " company_code text NOT NULL DEFAULT '',"
                           " tracking_no text COLLATE \"C\" NOT NULL DEFAULT '',"
                           " from_status integer NOT NULL,"
                           " to_status integer NOT NULL,"
                           " base_update_time bigint NOT NULL,"
                           " created_at bigint NOT NULL,"
                           " state integer NOT NULL DEFAULT 0 CHECK (state IN (0, 1, 2, 3)),"
                           " attempts integer NOT NULL DEFAULT 0,"
                           " last_error text NOT NULL DEFAULT '',"
                           " updated_at bigint NOT NULL,"
                           " needs_readback boolean NOT NULL DEFAULT false,"
                           " seen_at bigint,"
                           " sender text)"),
            // The open rows oldest first (a round's taking), each claim's rows, the unseen refusals.
            QStringLiteral("CREATE INDEX outbox_open ON outbox (state, id) WHERE state IN (0, 1)"),
            QStringLiteral("CREATE INDEX outbox_by_claim ON outbox (claim_id, id)"),
            QStringLiteral("CREATE INDEX outbox_unseen ON outbox (id) WHERE state = 3 AND seen_at IS NULL"),
            // A queued action sent or refused on another desktop changes what every window shows
            // as waiting, even when its claim's sync state stays the same.
            QStringLiteral("CREATE TRIGGER outbox_notify AFTER INSERT OR UPDATE ON outbox"
                           " FOR EACH STATEMENT EXECUTE FUNCTION aftersales_notify_claims()"),
            // The shop (one row): never the secret or a token.
            QStringLiteral("CREATE TABLE platform_connection ("
                           " id integer PRIMARY KEY CHECK (id = 1),"
                           " app_key text NOT NULL,"
                           " shop_id text NOT NULL,"
                           " base_url text NOT NULL,"
                           " shop_name text NOT NULL DEFAULT '',"
                           " connected_at bigint NOT NULL,"
                           " last_pull_at bigint,"
                           " last_round_at bigint)"),
            // One sender at a time: the holder and until when (seconds since the epoch, real time).
            QStringLiteral("CREATE TABLE sync_lease (name text PRIMARY KEY, holder text NOT NULL,"
                           " expires_at bigint NOT NULL)"),
            QStringLiteral("REVOKE ALL ON outbox, platform_connection, sync_lease FROM PUBLIC"),
            // Agents granted before this step may sync too (agentGrants()' lines for the sync):
            // every role that may add events, but the owner.
            QStringLiteral(
                "DO $$ DECLARE agent name; BEGIN"
                " FOR agent IN SELECT DISTINCT r.rolname FROM pg_catalog.pg_class c"
                "  JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
                "  CROSS JOIN LATERAL aclexplode(c.relacl) a JOIN pg_catalog.pg_roles r ON r.oid = a.grantee"
                "  WHERE n.nspname = 'aftersales' AND c.relname = 'events' AND a.privilege_type = 'INSERT'"
                "  AND r.oid <> c.relowner"
                " LOOP"
                "  EXECUTE format('GRANT SELECT ON outbox, platform_connection, sync_lease TO %I', agent);"
                "  EXECUTE format('GRANT INSERT ON outbox TO %I', agent);"
                "  EXECUTE format('GRANT UPDATE (state, attempts, last_error, base_update_time, updated_at,"
                " needs_readback, seen_at, sender) ON outbox TO %I', agent);"
                "  EXECUTE format('GRANT UPDATE (platform_update_time, sync_state, sync_message) ON claims"
                " TO %I', agent);"
                "  EXECUTE format('GRANT UPDATE (last_pull_at, last_round_at) ON platform_connection TO %I',"
                " agent);"
                "  EXECUTE format('GRANT INSERT, UPDATE (holder, expires_at), DELETE ON sync_lease TO %I',"
                " agent);"
                " END LOOP;"
                " END $$"),
        },
        // 4: search at a million claims (postgreslists.cpp).
        //  - A product term's claims are counted from an index of their titles alone (a claim's
        //    product is its order's, kept so since step 2), never gathered through their orders.
        //  - A term under three characters has no trigram: a buyer is found through each of the
        //    characters and pairs of characters of the name, which hold every such term the name
        //    contains. The function is immutable (an index's expression), executable by anyone
        //    as every function is, and reads nothing but its argument.
        {
            QStringLiteral("SET LOCAL maintenance_work_mem = '256MB'"),
            QStringLiteral("CREATE INDEX claims_by_product ON claims (product)"),
            QStringLiteral(
                "CREATE FUNCTION aftersales_short_grams(t text) RETURNS text[] LANGUAGE sql"
                " IMMUTABLE STRICT PARALLEL SAFE AS $$"
                " SELECT pg_catalog.string_to_array(t, NULL) || ARRAY(SELECT pg_catalog.substr(t, i, 2)"
                " FROM pg_catalog.generate_series(1, pg_catalog.char_length(t) - 1) i) $$"),
            QStringLiteral(
                "CREATE INDEX orders_buyer_grams ON orders USING gin (aftersales_short_grams(buyer))"),
            // The planner's statistics of the new expression, which it estimates a short term by.
            QStringLiteral("ANALYZE orders"),
        },
        // 5: 我的待处理 reads assigned claims only (assignee = ?): a claim nobody holds is left out
        // of its index, which every change of a pending claim wrote a new entry into.
        {
            QStringLiteral("DROP INDEX IF EXISTS claims_assigned_pending"),
            QStringLiteral("CREATE INDEX claims_assigned_pending ON claims (assignee, due, id)"
                           " WHERE status IN (1, 3, 4) AND assignee IS NOT NULL"),
        },
    };
    return all;
}

int latestVersion()
{
    return int(steps().size());
}

const QList<ForeignKey> &foreignKeys()
{
    static const QList<ForeignKey> keys{
        {"claims", "claims_order_id_fkey", "FOREIGN KEY (order_id) REFERENCES orders(order_id)"},
        {"events", "events_claim_id_fkey", "FOREIGN KEY (claim_id) REFERENCES claims(id)"},
    };
    return keys;
}

QString databaseSearchPath()
{
    return QStringLiteral(
        "DO $$ BEGIN EXECUTE pg_catalog.format('ALTER DATABASE %I SET search_path = aftersales, public',"
        " pg_catalog.current_database()); EXCEPTION WHEN insufficient_privilege THEN NULL; END $$");
}

const QStringList &agentGrants()
{
    static const QStringList grants{
        QStringLiteral("GRANT CONNECT ON DATABASE %1 TO %I"),
        QStringLiteral("GRANT USAGE ON SCHEMA aftersales TO %I"),
        QStringLiteral(
            "GRANT SELECT ON aftersales_schema, orders, claims, events, product_titles, claim_counts,"
            " claim_count_log, claim_counts_now, sweep_turn, outbox, platform_connection, sync_lease TO %I"),
        // Orders and claims come in (apply, import); events are only ever added.
        QStringLiteral("GRANT INSERT ON orders, claims, events TO %I"),
        // What the Workbench's writes change on a claim (never its id, order or type).
        QStringLiteral("GRANT UPDATE (status, reason, note, deadline, carrier, tracking_no, return_carrier,"
                       " return_tracking_no, refund_cents, compensation_cents, reject_code, remark, flag,"
                       " version, updated_at, assignee, ") +
            milestoneColumns + QStringLiteral(") ON claims TO %I"),
        // LOCK TABLE sweep_turn IN EXCLUSIVE MODE needs UPDATE on it; the table holds nothing.
        QStringLiteral("GRANT UPDATE ON sweep_turn TO %I"),
        QStringLiteral("GRANT EXECUTE ON FUNCTION aftersales_compact_counts() TO %I"),
        // The platform sync (migration 3). An action on a platform claim queues its row; whoever
        // holds the lease sends it, and settles the row and the claim's sync state: never the
        // action itself (its claim, type, values), never a row removed.
        QStringLiteral("GRANT INSERT ON outbox TO %I"),
        QStringLiteral("GRANT UPDATE (state, attempts, last_error, base_update_time, updated_at,"
                       " needs_readback, seen_at, sender) ON outbox TO %I"),
        QStringLiteral("GRANT UPDATE (platform_update_time, sync_state, sync_message) ON claims TO %I"),
        // A round records when it ran; which shop the team syncs with is the owner's (platform
        // connect).
        QStringLiteral("GRANT UPDATE (last_pull_at, last_round_at) ON platform_connection TO %I"),
        // One sender at a time: the lease taken, renewed and given up.
        QStringLiteral("GRANT INSERT, UPDATE (holder, expires_at), DELETE ON sync_lease TO %I"),
    };
    return grants;
}

const QStringList &agentRevokes()
{
    static const QStringList revokes{
        QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA aftersales FROM %I"),
        QStringLiteral("REVOKE ALL ON FUNCTION aftersales_compact_counts() FROM %I"),
        QStringLiteral("REVOKE ALL ON SCHEMA aftersales FROM %I"),
        QStringLiteral("REVOKE CONNECT ON DATABASE %1 FROM %I"),
    };
    return revokes;
}

} // namespace aftersales::postgres::migrations
