#include "logcategories.h"
#include "storage/postgres/postgrescopy.h"
#include "storage/postgres/postgresmigrations.h"
#include "storage/postgres/postgresmilestones.h"
#include "storage/postgres/postgresstate.h"
#include "storage/postgres/postgresstorage.h"
#include "storage/postgres/postgresvalues.h"
#include "storage/syncsql.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>
#include <future>
#include <optional>

// The PostgreSQL backend's bulk loads (demo, copy --to): the rows of each transaction go in by
// COPY, one table after another, just before it commits, while the secondary indexes and the
// counting triggers are suspended; they are built once at the end.
namespace aftersales
{
using namespace postgres;

namespace
{

// The rows a large copy's transaction collects before they go out.
constexpr int rowsPerFlush = 20000;

// A statement that builds again what a bulk load suspended, as it may run when another process
// opening the database meanwhile put it back already.
QString rebuildStatement(QString sql)
{
    sql.replace(QStringLiteral("CREATE INDEX "), QStringLiteral("CREATE INDEX IF NOT EXISTS "));
    sql.replace(QStringLiteral("CREATE TRIGGER "), QStringLiteral("CREATE OR REPLACE TRIGGER "));
    if (sql.startsWith(QLatin1String("ALTER TABLE")))
        sql = QStringLiteral("DO $$ BEGIN ") + sql +
              QStringLiteral("; EXCEPTION WHEN duplicate_object OR duplicate_table THEN NULL; END $$");
    return sql;
}

// How a connection of the storage's was opened (libpq finds the password itself, as always).
struct AsideConnection {
    QString database;
    QString role;
    QString host;
    int port = -1;
    QString options;
};

// Runs `statements` in one transaction on a connection of their own, opened as `like`, on the
// calling thread. False when any of them could not run: nothing of them was kept.
bool runAside(const AsideConnection &like, const QStringList &statements)
{
    if (statements.isEmpty())
        return true;
    static std::atomic<int> serial{0};
    const QString name = QStringLiteral("aftersales-aside-%1").arg(++serial);
    bool done = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setDatabaseName(like.database);
        db.setUserName(like.role);
        db.setHostName(like.host);
        db.setPort(like.port);
        db.setConnectOptions(like.options);
        if (db.open()) {
            QSqlQuery q(db);
            done = true;
            const QStringList all = QStringList{QStringLiteral("BEGIN"),
                                                QStringLiteral("SET LOCAL search_path = aftersales, public"),
                                                QStringLiteral("SET LOCAL maintenance_work_mem = '256MB'"),
                                                // Never waiting without end behind another
                                                // session's lock while the load waits for it.
                                                QStringLiteral("SET LOCAL lock_timeout = '10s'")} +
                                    statements + QStringList{QStringLiteral("COMMIT")};
            for (const QString &sql : all) {
                QElapsedTimer timer;
                timer.start();
                if (!q.exec(sql)) {
                    qCInfo(lcDb) << "built on the storage's own connection instead:" << q.lastError().text();
                    done = false;
                    break;
                }
                qCDebug(lcDb) << "rebuilt aside in" << timer.elapsed() << "ms:" << sql.left(80);
            }
        } else {
            qCInfo(lcDb) << "no second connection for the search indexes:" << db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return done;
}

} // namespace

bool PostgresStorage::bulkLoading() const
{
    return m_state->bulk;
}

void PostgresStorage::discardBulk()
{
    State &s = *m_state;
    s.bulkOrders.clear();
    s.bulkClaims.clear();
    s.bulkEvents.clear();
    s.bulkCopied = false;
    s.nextBulkId = s.nextBulkIdAtBegin;
}

Outcome PostgresStorage::beginBulkLoad()
{
    State &s = *m_state;
    QStringList saved;
    const Outcome dropped = transaction([&]() -> Outcome {
        saved.clear();
        QSqlQuery &q = statement(QStringLiteral(
            "SELECT 'INDEX', c.relname, pg_get_indexdef(i.indexrelid), '' FROM pg_index i"
            " JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_class t ON t.oid = i.indrelid"
            " JOIN pg_namespace n ON n.oid = t.relnamespace WHERE n.nspname = 'aftersales'"
            " AND t.relname IN ('claims', 'events', 'orders', 'product_titles') AND NOT i.indisprimary"
            " UNION ALL SELECT 'TRIGGER', tg.tgname, pg_get_triggerdef(tg.oid), ' ON ' || t.relname FROM "
            "pg_trigger tg"
            " JOIN pg_class t ON t.oid = tg.tgrelid JOIN pg_namespace n ON n.oid = t.relnamespace"
            " WHERE n.nspname = 'aftersales' AND tg.tgname IN ('claims_count_insert', "
            "'orders_product_titles')"));
        if (!run(q))
            return failure(q);
        QStringList drops;
        while (q.next()) {
            drops << QStringLiteral("DROP %1 %2%3")
                         .arg(q.value(0).toString(), q.value(1).toString(), q.value(3).toString());
            saved << q.value(2).toString();
        }
        q.finish();
        // The foreign keys too: checked row by row, they would take most of the load's time;
        // built again at its end, each checked in one pass.
        for (const postgres::migrations::ForeignKey &key : postgres::migrations::foreignKeys()) {
            drops << QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT IF EXISTS %2")
                         .arg(QLatin1String(key.table), QLatin1String(key.name));
            saved << QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %2 %3")
                         .arg(QLatin1String(key.table), QLatin1String(key.name),
                              QLatin1String(key.definition));
        }
        for (const QString &drop : drops)
            if (Outcome o = exec(drop); !o.ok())
                return o;
        return Outcome::success();
    });
    // Another role than the owner cannot drop indexes: its load still goes in many rows at a time.
    if (!dropped.ok())
        qCInfo(lcDb) << "bulk load with the indexes kept:" << dropped.message;
    else
        s.suspended += saved;
    // The owner loads with the operator trigger off in each batch (the operator written here,
    // as the trigger would); anybody else with it on.
    s.bulkAsOwner = dropped.ok();
    QSqlQuery &next = statement(QStringLiteral("SELECT COALESCE(max(id), 0) + 1 FROM claims WHERE id < ?"));
    next.addBindValue(localIdLimit);
    if (!run(next, true) || !next.next())
        return failure(next);
    s.nextBulkId = s.nextBulkIdAtBegin = next.value(0).toLongLong();
    next.finish();
    s.bulk = true;
    return Outcome::success();
}

Outcome PostgresStorage::endBulkLoad()
{
    State &s = *m_state;
    s.bulk = false;
    s.bulkAsOwner = false;
    // The GIN indexes (search) are built by one process each, whatever the server's parallel
    // workers, and take longest: a connection of their own builds them meanwhile, beside the
    // B-trees. Indexes on the same table may be built side by side (both take a SHARE lock);
    // the foreign keys and triggers follow once both are done.
    QStringList indexes;
    QStringList searchIndexes;
    QStringList others;
    for (const QString &saved : std::exchange(s.suspended, {})) {
        const QString sql = rebuildStatement(saved);
        if (!sql.startsWith(QLatin1String("CREATE INDEX")))
            others << sql;
        else if (sql.contains(QLatin1String(" USING gin ")))
            searchIndexes << sql;
        else
            indexes << sql;
    }
    const QSqlDatabase like = db();
    const AsideConnection aside{like.databaseName(), like.userName(), like.hostName(), like.port(),
                                like.connectOptions()};
    std::future<bool> searchBuilt = std::async(std::launch::async, runAside, aside, searchIndexes);
    std::optional<bool> builtAside;
    const Outcome rebuilt = transaction([&]() -> Outcome {
        if (Outcome o = exec(QStringLiteral("SET LOCAL maintenance_work_mem = '256MB'")); !o.ok())
            return o;
        const auto run = [this](const QStringList &statements) {
            for (const QString &sql : statements) {
                QElapsedTimer timer;
                timer.start();
                if (Outcome o = exec(sql); !o.ok())
                    return o;
                qCDebug(lcDb) << "rebuilt in" << timer.elapsed() << "ms:" << sql.left(80);
            }
            return Outcome::success();
        };
        if (Outcome o = run(indexes); !o.ok())
            return o;
        if (!builtAside)
            builtAside = searchBuilt.get();
        // Built here after all when the other connection could not.
        if (Outcome o = run(*builtAside ? others : searchIndexes + others); !o.ok())
            return o;
        return rebuildDerived();
    });
    if (searchBuilt.valid())
        searchBuilt.wait();
    if (!rebuilt.ok())
        return rebuilt;
    // Statistics for the planner, and the visibility map that lets counts read indexes only.
    if (Outcome o = exec(QStringLiteral("VACUUM (ANALYZE) claims, orders, events, product_titles"), true);
        !o.ok())
        qCInfo(lcDb) << "no VACUUM ANALYZE after the bulk load:" << o.message;
    return Outcome::success();
}

Outcome PostgresStorage::insertCopied(const QList<Order> &orders, const QList<Claim> &claims,
                                      const QList<Event> &events)
{
    State &s = *m_state;
    s.bulkOrders += orders;
    s.bulkClaims += claims;
    s.bulkEvents += events;
    s.bulkCopied = true;
    for (const Claim &c : claims)
        if (c.id < localIdLimit)
            s.nextBulkId = std::max(s.nextBulkId, c.id + 1);
    // A large copy is one transaction: its rows go out as they come, not all at its end.
    if (s.inTransaction && s.bulkOrders.size() + s.bulkClaims.size() + s.bulkEvents.size() >= rowsPerFlush)
        return flushBulk();
    return Outcome::success();
}

Outcome PostgresStorage::flushBulk()
{
    State &s = *m_state;
    if (s.bulkOrders.isEmpty() && s.bulkClaims.isEmpty() && s.bulkEvents.isEmpty())
        return Outcome::success();
    // A plan made once for each statement's shape.
    if (Outcome o = exec(QStringLiteral("SET LOCAL plan_cache_mode = force_generic_plan")); !o.ok())
        return o;
    if (!s.bulkOrders.isEmpty()) {
        CopyIn c(db(), QStringLiteral("orders (order_id, category, amount_cents, carrier, tracking_no,"
                                      " shipped_at, received_at, buyer, product)"));
        for (const Order &o : std::as_const(s.bulkOrders)) {
            c.text(o.orderId);
            c.text(o.category);
            c.number(o.amountCents);
            c.textOrNull(o.carrier);
            c.textOrNull(o.trackingNo);
            c.time(o.shippedAt);
            c.time(o.receivedAt);
            c.text(o.buyer);
            c.text(o.product);
            c.endRow();
        }
        if (Outcome o = finishCopy(c); !o.ok())
            return o;
    }
    // What reports read of each claim (postgresmigrations.cpp): its order's title, and what its
    // events reach of its milestones.
    const bool copied = s.bulkCopied;
    QHash<qint64, QList<Event>> trails;
    for (const Event &e : std::as_const(s.bulkEvents))
        trails[e.claimId].append(e);
    QList<qint64> titleless;
    if (!s.bulkClaims.isEmpty()) {
        CopyIn k(db(),
                 QStringLiteral("claims (id, order_id, type, reason, status, note, applied_at, deadline,"
                                " carrier, tracking_no, return_carrier, return_tracking_no, refund_cents,"
                                " compensation_cents, reject_code, remark, flag, version, updated_at,"
                                " assignee, product, first_action_at, first_actor, review_end, ship_start,"
                                " ship_end, first_action_delay, platform_update_time, sync_state,"
                                " sync_message)"));
        for (const Claim &c : std::as_const(s.bulkClaims)) {
            k.number(c.id);
            k.text(c.orderId);
            k.number(int(c.type));
            k.number(int(c.reason));
            k.number(int(c.status));
            k.text(c.note);
            k.number(c.appliedAt.toSecsSinceEpoch());
            k.time(c.deadline);
            k.textOrNull(c.carrier);
            k.textOrNull(c.trackingNo);
            k.textOrNull(c.returnCarrier);
            k.textOrNull(c.returnTrackingNo);
            k.number(c.refundCents);
            k.number(c.compensationCents);
            k.value(codeOrNull(c.rejectCode));
            k.text(c.remark);
            k.number(c.flag);
            k.number(std::max<qint64>(1, c.version));
            k.number(c.updatedAt.toSecsSinceEpoch());
            k.textOrNull(c.assignee);
            if (c.order.orderId == c.orderId) {
                k.text(c.order.product);
            } else {
                k.null();
                titleless.append(c.id);
            }
            const milestones::Milestones m = storedMilestones(trails.take(c.id), copied);
            for (const QVariant &v : milestoneValues(m))
                k.value(v);
            if (m.firstActionAt)
                k.number(c.appliedAt.secsTo(*m.firstActionAt));
            else
                k.null();
            if (c.sync.platformUpdateTime)
                k.number(*c.sync.platformUpdateTime);
            else
                k.null();
            k.number(c.sync.onPlatform() ? syncsql::stateCode(c.sync.state) : 0);
            k.text(c.sync.message);
            k.endRow();
        }
        if (Outcome o = finishCopy(k); !o.ok())
            return o;
    }
    // A copy keeps every event's actor and id; the owner's bulk load writes the operator itself,
    // as the trigger would. The operator trigger is off for this transaction only (ALTER
    // TABLE: the owner alone may, and others wait until it commits).
    const bool triggerOff = (copied || s.bulkAsOwner) && !s.bulkEvents.isEmpty();
    if (triggerOff)
        if (Outcome o = exec(QStringLiteral("ALTER TABLE events DISABLE TRIGGER events_operator")); !o.ok())
            return o;
    const auto actorOf = [&](const QString &actor) {
        if (copied || !triggerOff || actor == actors::buyer || actor == actors::platform ||
            actor == actors::system)
            return actor;
        return m_role;
    };
    if (Outcome o = copyEvents(s.bulkEvents, copied, actorOf); !o.ok())
        return o;
    if (triggerOff)
        if (Outcome o = exec(QStringLiteral("ALTER TABLE events ENABLE TRIGGER events_operator")); !o.ok())
            return o;
    // Claims of earlier batches take what this one's events reach.
    QList<std::pair<qint64, milestones::Milestones>> earlier;
    for (auto it = trails.cbegin(); it != trails.cend(); ++it)
        earlier.append({it.key(), storedMilestones(it.value(), copied)});
    if (Outcome o = keepMilestones(earlier); !o.ok())
        return o;
    if (Outcome o = keepTitles(titleless); !o.ok())
        return o;
    s.bulkOrders.clear();
    s.bulkClaims.clear();
    s.bulkEvents.clear();
    return Outcome::success();
}

Outcome PostgresStorage::keepTitles(const QList<qint64> &claimIds)
{
    if (claimIds.isEmpty())
        return Outcome::success();
    BulkColumn ids;
    for (qint64 id : claimIds)
        ids.number(id);
    QSqlQuery &q =
        statement(QStringLiteral("UPDATE claims c SET product = o.product FROM orders o"
                                 " WHERE c.id = ANY (CAST(? AS bigint[])) AND o.order_id = c.order_id"));
    q.addBindValue(ids.literal());
    if (!run(q))
        return failure(q);
    return Outcome::success();
}

Outcome PostgresStorage::finishCopy(postgres::CopyIn &copy) const
{
    if (const QSqlError error = copy.finish(); error.isValid())
        return failure(error);
    return Outcome::success();
}

Outcome PostgresStorage::copyEvents(const QList<Event> &events, bool withIds,
                                    const std::function<QString(const QString &)> &actorOf) const
{
    if (events.isEmpty())
        return Outcome::success();
    CopyIn c(db(), QStringLiteral("events (") + (withIds ? QStringLiteral("id, ") : QString()) +
                       QStringLiteral("claim_id, at, actor, action, from_status, to_status, detail)"));
    for (const Event &e : events) {
        if (withIds)
            c.number(e.id);
        c.number(e.claimId);
        c.number(e.at.toSecsSinceEpoch());
        c.text(actorOf ? actorOf(e.actor) : e.actor);
        c.text(e.action);
        c.number(int(e.from));
        c.number(int(e.to));
        c.text(e.detail);
        c.endRow();
    }
    return finishCopy(c);
}

Outcome PostgresStorage::insertColumns(const QString &target, const QStringList &types,
                                       const Columns &columns) const
{
    // One parameter per column, each an array of the rows' values, taken apart by unnest on
    // the server in the rows' order.
    QSqlQuery &q = statement(QStringLiteral("INSERT INTO ") + target + QStringLiteral(" SELECT * FROM ") +
                             unnestOf(types));
    for (const BulkColumn &column : columns)
        q.addBindValue(column.literal());
    if (!run(q))
        return failure(q);
    return Outcome::success();
}

} // namespace aftersales
