#include "storage/backup.h"

#include "logcategories.h"
#include "storage/storage.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace aftersales::backup
{
namespace
{

// The context lupdate gives tr() calls in this namespace.
QString tr(const char *text)
{
    return QCoreApplication::translate("aftersales::backup", text);
}

const QString stampFormat = QStringLiteral("yyyyMMdd'T'HHmmss'Z'");

QString baseName(const QString &databasePath)
{
    return QFileInfo(databasePath).completeBaseName();
}

// "<base>-20261126T020000Z[-label].db" → the time in its name.
std::optional<QDateTime> stampOf(const QString &databasePath, const QString &fileName)
{
    const QString prefix = baseName(databasePath) + QLatin1Char('-');
    if (!fileName.startsWith(prefix) || !fileName.endsWith(QLatin1String(".db")))
        return std::nullopt;
    const QDateTime t = QDateTime::fromString(fileName.mid(prefix.size(), 16), stampFormat);
    if (!t.isValid())
        return std::nullopt;
    return QDateTime(t.date(), t.time(), Qt::UTC);
}

struct Found {
    QFileInfo file;
    QDateTime stamp;
};

QList<Found> found(const QString &databasePath)
{
    QList<Found> out;
    const QDir dir(folderFor(databasePath));
    for (const QFileInfo &f :
         dir.entryInfoList({baseName(databasePath) + QStringLiteral("-*.db")}, QDir::Files))
        if (const auto stamp = stampOf(databasePath, f.fileName()))
            out.append({f, *stamp});
    // Oldest first by when they were really written: a clock set back names a new backup
    // with an old time, and it must not be the first one pruned.
    std::sort(out.begin(), out.end(), [](const Found &a, const Found &b) {
        const QDateTime ma = a.file.lastModified(), mb = b.file.lastModified();
        return ma != mb ? ma < mb : a.file.fileName() < b.file.fileName();
    });
    return out;
}

} // namespace

QString folderFor(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("backups"));
}

QStringList list(const QString &databasePath)
{
    QStringList out;
    for (const Found &f : found(databasePath))
        out.append(f.file.absoluteFilePath());
    return out;
}

Outcome copyTo(const Storage &storage, const QString &target)
{
    if (!storage.has(Storage::Capability::Backup))
        return Outcome::storage(tr("This database cannot be backed up by the workbench."));
    const QFileInfo info(target);
    if (info.exists())
        return Outcome::badInput(tr("%1 already exists; a backup never overwrites a file.").arg(target));
    if (!QDir().mkpath(info.absolutePath()))
        return Outcome::storage(tr("Cannot create the folder %1 for the backup.").arg(info.absolutePath()));
    // Written under a temporary name and renamed: a backup killed half-way is never
    // mistaken for a whole one.
    const QString partial =
        info.absoluteFilePath() + QStringLiteral(".partial-%1").arg(QCoreApplication::applicationPid());
    QFile::remove(partial);
    if (const Outcome failed = storage.backupTo(partial); !failed.ok()) {
        QFile::remove(partial);
        return Outcome::storage(tr("The backup to %1 failed: %2").arg(target, failed.message));
    }
    if (!QFile::rename(partial, info.absoluteFilePath())) {
        QFile::remove(partial);
        // Another process may have taken the same backup in the same second.
        if (QFileInfo::exists(target))
            return Outcome::success();
        return Outcome::storage(tr("Cannot move the backup into place at %1.").arg(target));
    }
    return Outcome::success();
}

Result<QString> make(const Storage &storage, const QDateTime &now, int keep, const QString &label)
{
    const QString path = storage.location();
    const QString name = baseName(path) + QLatin1Char('-') + now.toUTC().toString(stampFormat) +
                         (label.isEmpty() ? QString() : QLatin1Char('-') + label) + QStringLiteral(".db");
    const QString target = QDir(folderFor(path)).filePath(name);
    if (!QFileInfo::exists(target))
        if (Outcome o = copyTo(storage, target); !o.ok())
            return o;
    qCInfo(lcDb) << "backup written to" << target;
    QList<Found> all = found(path);
    for (qsizetype i = 0; i + keep < all.size(); ++i) {
        if (all[i].file.absoluteFilePath() == QFileInfo(target).absoluteFilePath())
            continue;
        QFile::remove(all[i].file.absoluteFilePath());
    }
    // Leftovers of backups killed half-way.
    const QDir dir(folderFor(path));
    for (const QFileInfo &f :
         dir.entryInfoList({baseName(path) + QStringLiteral("-*.partial-*")}, QDir::Files))
        if (f.lastModified().secsTo(QDateTime::currentDateTimeUtc()) > 3600)
            QFile::remove(f.absoluteFilePath());
    return target;
}

Result<std::optional<QString>> backupIfDue(const Storage &storage, const QDateTime &now, int keep,
                                           qint64 intervalSecs)
{
    if (!storage.has(Storage::Capability::Backup))
        return std::optional<QString>();
    for (const Found &f : found(storage.location()))
        if (f.stamp <= now && f.stamp.secsTo(now) < intervalSecs)
            return std::optional<QString>();
    const Result<bool> empty = storage.isEmpty();
    if (!empty.ok())
        return empty.outcome;
    if (*empty)
        return std::optional<QString>();
    const Result<QString> made = make(storage, now, keep);
    if (!made.ok())
        return made.outcome;
    return std::optional<QString>(*made);
}

} // namespace aftersales::backup
