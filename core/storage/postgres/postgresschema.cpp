#include "logcategories.h"
#include "storage/postgres/postgresmigrations.h"
#include "storage/postgres/postgresstate.h"
#include "storage/postgres/postgresstorage.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

// The schema side of the PostgreSQL backend: setting up an empty database, migrations (each
// step one transaction, one migrator at a time), and putting back what a killed bulk load
// left out.
namespace aftersales
{
namespace
{

// The context lupdate gives tr() calls in this namespace.
QString tr(const char *text)
{
    return QCoreApplication::translate("aftersales::PostgresStorage", text);
}

// The indexes and triggers the migrations create, by name, with the SQL that creates them.
QMap<QString, QString> schemaObjects()
{
    static const QRegularExpression created(QStringLiteral("^CREATE (?:UNIQUE )?(?:INDEX|TRIGGER) (\\w+) "));
    QMap<QString, QString> out;
    for (const QStringList &step : postgres::migrations::steps())
        for (const QString &sql : step)
            if (const auto m = created.match(sql); m.hasMatch())
                out.insert(m.captured(1), sql);
    return out;
}

} // namespace

int PostgresStorage::schemaVersion() const
{
    return m_state->schemaVersion;
}

int PostgresStorage::readSchemaVersion(Outcome &outcome) const
{
    // The catalog is readable by every role: an empty database is told from one this role
    // may not read.
    QSqlQuery q(db());
    if (!q.exec(
            QStringLiteral("SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n"
                           " ON n.oid = c.relnamespace WHERE n.nspname = 'aftersales'"
                           " AND c.relname = 'aftersales_schema')")) ||
        !q.next()) {
        outcome = failure(q);
        return -1;
    }
    if (!q.value(0).toBool())
        return 0;
    if (!q.exec(QStringLiteral("SELECT version FROM aftersales.aftersales_schema")) || !q.next()) {
        outcome = failure(q);
        return -1;
    }
    return q.value(0).toInt();
}

Outcome PostgresStorage::migrate()
{
    Outcome read;
    const int current = readSchemaVersion(read);
    if (current < 0)
        return read;
    const int latest = postgres::migrations::latestVersion();
    if (current > latest)
        return Outcome::storage(
            tr("The database %1 was set up by a newer version of the workbench (schema %2, this "
               "program knows %3). Update the program; nothing was changed.")
                .arg(m_location.uri())
                .arg(current)
                .arg(latest));
    m_state->schemaVersion = current;
    if (current == latest) {
        // The counts' log folded in now and then, so that counting stays a few rows.
        QSqlQuery log(db());
        if (!m_options.readOnly &&
            log.exec(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM claim_count_log LIMIT 1000) l")) &&
            log.next() && log.value(0).toInt() >= 1000)
            compactCounts();
        return Outcome::success();
    }
    if (m_options.readOnly)
        return Outcome::storage(
            tr("The database %1 needs to be set up or upgraded, but it is open read-only.")
                .arg(m_location.uri()));
    // Each step in a transaction of its own, one migrator at a time: a second program opening
    // the database meanwhile waits, then finds the step done.
    for (int step = current; step < latest; ++step) {
        const auto undo = [this] {
            QSqlQuery rollback(db());
            rollback.exec(QStringLiteral("ROLLBACK"));
        };
        QSqlQuery q(db());
        if (!q.exec(QStringLiteral("BEGIN")) || !q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1, %2)")
                                                            .arg(postgres::migrations::lockKey)
                                                            .arg(postgres::migrations::migrationLock))) {
            const Outcome o = failure(q);
            undo();
            return o;
        }
        Outcome again;
        const int now = readSchemaVersion(again);
        if (now < 0) {
            undo();
            return again;
        }
        if (now > step) {
            q.exec(QStringLiteral("COMMIT"));
            m_state->schemaVersion = now;
            continue;
        }
        for (const QString &sql : postgres::migrations::steps().at(step)) {
            if (!q.exec(sql)) {
                const QSqlError error = q.lastError();
                undo();
                failure(error);
                if (error.nativeErrorCode() == QLatin1String("42501"))
                    return Outcome::storage(
                        step == 0 ? tr("The database %1 is empty, and the role %2 may not set it up. Its "
                                       "owner sets "
                                       "it up once with: aftersales --db %1 init")
                                        .arg(m_location.uri(), m_role)
                                  : tr("The database %1 needs an upgrade to schema %2, which only its owner "
                                       "may make: "
                                       "aftersales --db %1 init, as the owner. Nothing was changed.")
                                        .arg(m_location.uri())
                                        .arg(step + 1));
                return Outcome::storage(
                    tr("Setting up the database %1 failed and was undone; nothing was changed. (%2)")
                        .arg(m_location.uri(), error.databaseText().trimmed()));
            }
        }
        if (!q.exec(QStringLiteral("UPDATE aftersales.aftersales_schema SET version = %1").arg(step + 1)) ||
            !q.exec(QStringLiteral("COMMIT"))) {
            const Outcome o = failure(q);
            undo();
            return o;
        }
        m_state->schemaVersion = step + 1;
        if (current > 0)
            qCInfo(lcDb) << "PostgreSQL schema of" << m_location.uri() << "now at" << step + 1;
    }
    return Outcome::success();
}

Outcome PostgresStorage::compactCounts() const
{
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("SELECT aftersales_compact_counts()"))) {
        qCInfo(lcDb) << "counts not compacted:" << q.lastError().text();
        return Outcome::storage(q.lastError().text());
    }
    return Outcome::success();
}

QStringList PostgresStorage::missingSchema(Outcome &outcome) const
{
    QMap<QString, QString> wanted = schemaObjects();
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("SELECT indexname FROM pg_catalog.pg_indexes WHERE schemaname = 'aftersales'"
                               " UNION ALL SELECT t.tgname FROM pg_catalog.pg_trigger t"
                               " JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid"
                               " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
                               " WHERE n.nspname = 'aftersales'"))) {
        outcome = failure(q);
        return {};
    }
    while (q.next())
        wanted.remove(q.value(0).toString());
    return wanted.values();
}

Outcome PostgresStorage::repair()
{
    Outcome o;
    QStringList missing = missingSchema(o);
    if (!o.ok())
        return o;
    QSqlQuery keys(db());
    if (!keys.exec(
            QStringLiteral("SELECT conname FROM pg_catalog.pg_constraint c JOIN pg_catalog.pg_namespace n"
                           " ON n.oid = c.connamespace WHERE n.nspname = 'aftersales' AND c.contype = 'f'")))
        return failure(keys);
    QStringList present;
    while (keys.next())
        present << keys.value(0).toString();
    for (const postgres::migrations::ForeignKey &key : postgres::migrations::foreignKeys())
        if (!present.contains(QLatin1String(key.name)))
            missing << QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %2 %3")
                           .arg(QLatin1String(key.table), QLatin1String(key.name),
                                QLatin1String(key.definition));
    if (missing.isEmpty())
        return Outcome::success();
    qCWarning(lcDb) << "restoring" << missing.size() << "indexes and triggers a bulk load left out";
    return transaction([&]() -> Outcome {
        for (const QString &sql : missing)
            if (Outcome created = exec(sql); !created.ok())
                return created;
        return rebuildDerived();
    });
}

Outcome PostgresStorage::rebuildDerived()
{
    // What the suspended triggers keep: the counts, and the product titles; and the identities
    // past the ids a copy brought.
    for (const char *sql :
         {"DELETE FROM claim_count_log", "DELETE FROM claim_counts",
          "INSERT INTO claim_counts (type, status, n) SELECT type, status, count(*) FROM claims GROUP BY "
          "type, status",
          "INSERT INTO product_titles (title) SELECT DISTINCT product FROM orders ON CONFLICT DO NOTHING",
          "SELECT setval(pg_get_serial_sequence('aftersales.events', 'id'),"
          " GREATEST((SELECT max(id) FROM events), 1))",
          "SELECT setval(pg_get_serial_sequence('aftersales.outbox', 'id'),"
          " GREATEST((SELECT max(id) FROM outbox), 1))"})
        if (Outcome o = exec(QLatin1String(sql)); !o.ok())
            return o;
    return Outcome::success();
}

} // namespace aftersales
