#include "storage/sqlite/sqlitestorage.h"

#include "logcategories.h"
#include "storage/backup.h"
#include "storage/sqlite/bulkloadlock.h"
#include "storage/sqlite/migrations.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMap>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>

// The schema side of the SQLite backend: pragmas, migrations, the journal mode, and the index
// keeping that bulk loads suspend and resume.
namespace aftersales
{
namespace
{

// The context lupdate gives tr() calls in this namespace.
QString tr(const char *text)
{
    return QCoreApplication::translate("aftersales::SqliteStorage", text);
}

Outcome newerSchema(int version)
{
    return Outcome::storage(QCoreApplication::translate(
                                "aftersales::SqliteStorage",
                                "The database was written by a newer version of the workbench (schema %1, "
                                "this program knows %2). Update the program; the file was not changed.")
                                .arg(version)
                                .arg(migrations::latestVersion()));
}

} // namespace

Outcome SqliteStorage::configure()
{
    QSqlQuery q(db());
    // Reading the schema first tells a file that is not a database from one that is.
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
        return failure(q);
    // A newer program's file is refused before anything here (the journal mode) changes it.
    if (const int version = schemaVersion(); version > migrations::latestVersion())
        return newerSchema(version);
    // temp_store=MEMORY keeps each statement's journal in memory. An UPDATE of a claim fires
    // triggers, so SQLite journals every page it changes (the row's and a dozen indexes'), and
    // past 64 KB it wrote them to a temporary file: two system calls a page, 15 pages a claim,
    // half of a sweep's time at once and a third of it two days later.
    for (const char *pragma :
         {"PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON", "PRAGMA temp_store=MEMORY"}) {
        if (!q.exec(QLatin1String(pragma)))
            return failure(q);
    }
    return Outcome::success();
}

int SqliteStorage::schemaVersion() const
{
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

Outcome SqliteStorage::migrate()
{
    const int current = schemaVersion();
    if (current < 0)
        return Outcome::storage(tr("Cannot read the schema version of %1.").arg(m_path));
    if (current > migrations::latestVersion())
        return newerSchema(current);
    if (current == migrations::latestVersion())
        return Outcome::success();
    if (m_readOnly)
        return Outcome::storage(tr("The database needs an upgrade but is open read-only."));
    // A file that holds anything is copied aside before it is upgraded.
    QSqlQuery tables(db());
    if (!tables.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !tables.next())
        return failure(tables);
    const bool holdsAnything = current > 0 || tables.value(0).toInt() > 0;
    tables.finish(); // VACUUM INTO refuses to run while a statement is active
    if (holdsAnything) {
        const Result<QString> saved =
            backup::make(*this, QDateTime::currentDateTimeUtc(), backup::defaultKeep,
                         QStringLiteral("before-v%1").arg(migrations::latestVersion()));
        if (!saved.ok())
            return Outcome::storage(
                tr("The database needs an upgrade, but it could not be backed up first, so "
                   "it was not changed: %1")
                    .arg(saved.outcome.message));
    }
    // Every pending step in one transaction: a failure leaves the file at its old version,
    // not half-way. The version is read again under the write lock: another process may
    // have migrated the file while this one waited.
    int reached = current;
    Outcome o = transaction([&]() -> Outcome {
        reached = schemaVersion();
        for (int version = reached; version < migrations::latestVersion(); ++version) {
            QSqlQuery q(db());
            for (const QString &sql : migrations::steps().at(version))
                if (!q.exec(sql))
                    return failure(q);
            if (!q.exec(QStringLiteral("PRAGMA user_version=%1").arg(version + 1)))
                return failure(q);
        }
        return Outcome::success();
    });
    if (!o.ok())
        return Outcome::storage(
            tr("The upgrade of the database failed and was undone; the file is as it was. "
               "(%1)")
                .arg(o.message));
    if (reached > 0 && reached < migrations::latestVersion())
        qCInfo(lcDb) << "migrated" << m_path << "from schema" << reached << "to"
                     << migrations::latestVersion();
    return Outcome::success();
}

Outcome SqliteStorage::beginBulkLoad()
{
    // The other connections (the window's, its checkpoints', another program's) must know the
    // indexes are away on purpose, or the first of them to open the file puts them back.
    if (!m_bulkLock)
        m_bulkLock = std::make_unique<BulkLoadLock>(m_path);
    switch (m_bulkLock->take()) {
    case BulkLoadLock::Taken::Yes:
        break;
    case BulkLoadLock::Taken::ByAnotherLoader:
        return Outcome::storage(tr("Another program is loading claims into this database in bulk; "
                                   "try again when it is done."));
    case BulkLoadLock::Taken::CannotWriteLock:
        // Without the lock the others cannot know the indexes are away: keep them, and load
        // row by row, slower but never leaving a connection without its indexes.
        qCWarning(lcDb) << "cannot write the bulk-load lock beside" << m_path
                        << "- loading with the indexes kept";
        return Outcome::success();
    }
    Result<QStringList> dropped = suspendIndexing();
    if (!dropped.ok()) {
        m_bulkLock->release();
        return dropped.outcome;
    }
    m_suspended += *dropped;
    return Outcome::success();
}

Outcome SqliteStorage::endBulkLoad()
{
    const QStringList saved = std::exchange(m_suspended, {});
    const Outcome o = resumeIndexing(saved);
    if (m_bulkLock)
        m_bulkLock->release();
    return o;
}

bool SqliteStorage::isBulkLoading() const
{
    return (m_bulkLock && m_bulkLock->isHeld()) || BulkLoadLock::isTaken(m_path);
}

Result<QStringList> SqliteStorage::suspendIndexing()
{
    QStringList saved;
    Outcome o = transaction([&]() -> Outcome {
        QSqlQuery q(db());
        if (!q.exec(QStringLiteral(
                "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND"
                " ((type = 'index' AND tbl_name IN ('claims', 'events', 'orders'))"
                " OR (type = 'trigger' AND name IN ('claims_fts_insert', 'claim_counts_insert',"
                " 'product_titles_claims_insert')))")))
            return failure(q);
        QStringList drops;
        while (q.next()) {
            drops.append(
                QStringLiteral("DROP %1 \"%2\"").arg(q.value(0).toString().toUpper(), q.value(1).toString()));
            saved.append(q.value(2).toString());
        }
        q.finish();
        for (const QString &drop : drops)
            if (!q.exec(drop))
                return failure(q);
        return Outcome::success();
    });
    if (!o.ok())
        return o;
    return saved;
}

namespace
{
// Runs one statement of a bulk load's rebuild; its time is in the aftersales.db log.
bool timedExec(QSqlQuery &q, const QString &sql)
{
    QElapsedTimer timer;
    timer.start();
    const bool ok = q.exec(sql);
    qCDebug(lcDb) << "rebuilt in" << timer.elapsed() << "ms:" << sql.left(80);
    return ok;
}
} // namespace

Outcome SqliteStorage::resumeIndexing(const QStringList &savedSql)
{
    // Each index's sort on helper threads as well (a quarter less time on two cores), for
    // the rebuild only.
    exec(QStringLiteral("PRAGMA threads = %1").arg(std::clamp(QThread::idealThreadCount(), 1, 4)));
    Outcome o = transaction([&]() -> Outcome {
        QSqlQuery q(db());
        // Another process opening the file meanwhile may have restored them already.
        for (QString sql : savedSql) {
            sql.replace(QStringLiteral("CREATE INDEX "), QStringLiteral("CREATE INDEX IF NOT EXISTS "));
            sql.replace(QStringLiteral("CREATE TRIGGER "), QStringLiteral("CREATE TRIGGER IF NOT EXISTS "));
            if (!timedExec(q, sql))
                return failure(q);
        }
        // The buyers' index filled by hand: FTS5's own 'rebuild' reads the claim_buyer view
        // in claim id order, one random order lookup per claim.
        // This scans the orders (CROSS JOIN keeps them outside), finds their claims through
        // claims_by_order and sorts by claim id, so the index is written in order.
        // Then the counts by type and status, and the titles' counts of their claims (each
        // claim's product_id is its order's title), each from one scan of the claims: an
        // index would read the claims in its order, a random page for each.
        const QStringList rebuilds{
            QStringLiteral("INSERT INTO claims_fts (claims_fts) VALUES ('delete-all')"),
            QStringLiteral("INSERT INTO claims_fts (rowid, buyer) SELECT c.id, ") +
                migrations::indexedBuyer(QStringLiteral("o.buyer")) +
                QStringLiteral(" FROM orders o CROSS JOIN claims c ON c.order_id = o.order_id ORDER BY c.id"),
            QStringLiteral("DELETE FROM claim_counts"),
            QStringLiteral("INSERT INTO claim_counts (type, status, n)"
                           " SELECT type, status, count(*) FROM claims NOT INDEXED GROUP BY type, status"),
            QStringLiteral("UPDATE product_titles SET claims = 0"),
            QStringLiteral("UPDATE product_titles SET claims = x.n FROM (SELECT product_id, count(*) AS n"
                           " FROM claims NOT INDEXED WHERE product_id IS NOT NULL GROUP BY product_id) AS x"
                           " WHERE product_titles.id = x.product_id")};
        for (const QString &rebuild : rebuilds)
            if (!timedExec(q, rebuild))
                return failure(q);
        // Sampled statistics: enough for the planner, and far quicker than reading every row.
        if (!q.exec(QStringLiteral("PRAGMA analysis_limit=1000")) || !q.exec(QStringLiteral("ANALYZE")))
            return failure(q);
        return Outcome::success();
    });
    exec(QStringLiteral("PRAGMA threads = 0"));
    if (!o.ok())
        return o;
    exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return Outcome::success();
}

// The schema's indexes and triggers that are missing, e.g. after a bulk load that
// suspended them was killed before it resumed: put back (with the data they keep rebuilt)
// when the file is opened, so a kill never leaves lists slow or counts and search stale.
QStringList SqliteStorage::missingSchema(Outcome &outcome) const
{
    static const QRegularExpression created(QStringLiteral("^CREATE (?:INDEX|TRIGGER) (\\w+) "));
    static const QRegularExpression dropped(QStringLiteral("^DROP (?:INDEX|TRIGGER) (?:IF EXISTS )?(\\w+)"));
    QMap<QString, QString> wanted;
    for (const QStringList &step : migrations::steps())
        for (const QString &sql : step) {
            if (const auto m = created.match(sql); m.hasMatch())
                wanted.insert(m.captured(1), sql);
            else if (const auto d = dropped.match(sql); d.hasMatch())
                wanted.remove(d.captured(1));
        }
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type IN ('index', 'trigger')"))) {
        outcome = failure(q);
        return {};
    }
    while (q.next())
        wanted.remove(q.value(0).toString());
    if (!wanted.isEmpty())
        qCWarning(lcDb) << "restoring missing indexes and triggers" << wanted.keys();
    return wanted.values();
}

Outcome SqliteStorage::settle()
{
    // After the migration: a refused or failed one leaves the file as it was, journal mode included.
    if (m_readOnly)
        return Outcome::success();
    // The statement is done before anything else runs: a pending one keeps COMMIT from working.
    const Result<QVariant> mode = pragma(QStringLiteral("journal_mode=WAL"));
    if (!mode.ok())
        return mode.outcome;
    if (mode->toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return Outcome::storage(tr("The database could not switch to write-ahead logging (journal mode %1).")
                                    .arg(mode->toString()));
    Outcome o;
    const QStringList missing = missingSchema(o);
    if (!o.ok() || missing.isEmpty())
        return o;
    if (BulkLoadLock::isTaken(m_path)) {
        qCInfo(lcDb) << "indexes suspended by a bulk load that is still running: left to it";
        return o;
    }
    return resumeIndexing(missing);
}

} // namespace aftersales
