#include "storage/sqlite/sqlitestorage.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

// The SQLite backend's capabilities beyond claims and events: VACUUM INTO backups, the
// integrity and audit-trail check.
namespace aftersales
{
namespace
{

// The context lupdate gives tr() calls in this namespace.
QString tr(const char *text)
{
    return QCoreApplication::translate("aftersales::SqliteStorage", text);
}

} // namespace

Storage::Capabilities SqliteStorage::capabilities() const
{
    return Capability::Backup | Capability::ConsistencyCheck | Capability::Checkpoint |
           Capability::ExternalChangeDetection | Capability::PlatformSync;
}

Outcome SqliteStorage::backupTo(const QString &file) const
{
    // A consistent copy while others keep reading and writing; the copy is compact.
    QSqlQuery q(db());
    if (!q.prepare(QStringLiteral("VACUUM INTO ?")))
        return failure(q);
    q.addBindValue(file);
    if (!q.exec())
        return failure(q);
    return Outcome::success();
}

Result<QList<consistency::Problem>> SqliteStorage::checkConsistency(int maxProblems) const
{
    using consistency::Problem;
    QList<Problem> problems;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check(100)")))
        return failure(q);
    while (q.next())
        if (const QString line = q.value(0).toString(); line != QLatin1String("ok"))
            problems.append({0, tr("integrity check: %1").arg(line)});
    if (!problems.isEmpty())
        return problems; // the rows below cannot be trusted
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return failure(q);
    while (q.next() && problems.size() < maxProblems)
        problems.append({0, tr("a row of %1 (rowid %2) points to a missing row of %3")
                                .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString())});

    // Both tables in claim order, walked side by side: one pass, whatever the size.
    QSqlQuery claims(db());
    claims.setForwardOnly(true);
    if (!claims.exec(QStringLiteral("SELECT id, status, compensation_cents FROM claims ORDER BY id")))
        return failure(claims);
    QSqlQuery events(db());
    events.setForwardOnly(true);
    if (!events.exec(QStringLiteral("SELECT claim_id, action, from_status, to_status, at, detail FROM events"
                                    " ORDER BY claim_id, id")))
        return failure(events);
    auto event = [&events] {
        Event e;
        e.claimId = events.value(0).toLongLong();
        e.action = events.value(1).toString();
        e.from = static_cast<ClaimStatus>(events.value(2).toInt());
        e.to = static_cast<ClaimStatus>(events.value(3).toInt());
        e.at = QDateTime::fromSecsSinceEpoch(events.value(4).toLongLong(), Qt::UTC);
        e.detail = events.value(5).toString();
        return e;
    };
    bool haveEvent = events.next();
    while (claims.next() && problems.size() < maxProblems) {
        const qint64 id = claims.value(0).toLongLong();
        while (haveEvent && events.value(0).toLongLong() < id) {
            problems.append(consistency::TrailCheck::orphan(events.value(0).toLongLong()));
            haveEvent = events.next();
        }
        consistency::TrailCheck trail(id, static_cast<ClaimStatus>(claims.value(1).toInt()),
                                      claims.value(2).toLongLong());
        while (haveEvent && events.value(0).toLongLong() == id) {
            trail.add(event(), problems);
            haveEvent = events.next();
        }
        trail.finish(problems);
    }
    while (haveEvent && problems.size() < maxProblems) {
        problems.append(consistency::TrailCheck::orphan(events.value(0).toLongLong()));
        haveEvent = events.next();
    }
    // A read that stopped on an error (a damaged page) is not the end of the table.
    for (const QSqlQuery *read : {&claims, &events})
        if (read->lastError().isValid())
            return failure(*read);
    if (problems.size() < maxProblems)
        if (Outcome o = checkSync(problems, maxProblems); !o.ok())
            return o;
    if (problems.size() > maxProblems)
        problems.resize(maxProblems);
    return problems;
}

} // namespace aftersales
