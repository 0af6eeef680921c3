#include "migrations.h"

namespace aftersales::migrations {

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
            QStringLiteral("CREATE INDEX claims_by_tracking ON claims(tracking_no) WHERE tracking_no IS NOT NULL"),
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
    };
    return all;
}

int latestVersion() { return int(steps().size()); }

} // namespace aftersales::migrations
