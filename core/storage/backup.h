#pragma once

#include "domain/outcome.h"

#include <QDateTime>
#include <QStringList>

#include <optional>

namespace aftersales
{
class Storage;

// Rolling online backups of a storage with the Backup capability (SQLite's VACUUM INTO): a
// consistent copy taken while others read and write, in a folder "backups" beside the
// database, named by the time they were taken (aftersales-20261126T020000Z.db). Restoring
// is copying one back (README, "Backups and restore").
namespace backup
{

constexpr int defaultKeep = 7;
constexpr qint64 defaultIntervalSecs = 24 * 3600;

QString folderFor(const QString &databasePath);
// The backups of this database, oldest first.
QStringList list(const QString &databasePath);

// A copy of the open database at `target`, which must not exist yet. The copy appears
// whole or not at all (written beside it, then renamed).
Outcome copyTo(const Storage &storage, const QString &target);
// A dated copy in the backups folder, then only the newest `keep` are kept.
Result<QString> make(const Storage &storage, const QDateTime &now, int keep = defaultKeep,
                     const QString &label = {});
// make() when the newest backup is older than `intervalSecs` (or in the future of a clock
// set back) and the database holds anything; the path made, or none when not due or the
// storage has no Backup capability.
Result<std::optional<QString>> backupIfDue(const Storage &storage, const QDateTime &now,
                                           int keep = defaultKeep, qint64 intervalSecs = defaultIntervalSecs);

} // namespace backup
} // namespace aftersales
