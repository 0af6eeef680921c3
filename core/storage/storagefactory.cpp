#include "storage/storagefactory.h"

#include "storage/postgres/postgresstorage.h"
#include "storage/sqlite/sqlitestorage.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

namespace aftersales::storage
{
namespace
{

// The context lupdate gives tr() calls in this namespace.
QString tr(const char *text)
{
    return QCoreApplication::translate("aftersales::storage", text);
}

// "scheme://…": a URI, never a file name (a folder "postgresql:" is not what was meant).
std::optional<QString> schemeOf(const QString &location)
{
    static const QRegularExpression uri(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*)://"));
    const auto m = uri.match(location.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    return m.captured(1).toLower();
}

// The URI as it may be shown: never with its password.
QString shown(const QString &location)
{
    QUrl url(location.trimmed());
    url.setPassword(QString());
    return url.isValid() ? url.toDisplayString() : QStringLiteral("%1://…").arg(*schemeOf(location));
}

} // namespace

Result<std::unique_ptr<Storage>> open(const QString &location, const StorageOptions &options)
{
    if (postgres::isUri(location)) {
        auto postgres = std::make_unique<PostgresStorage>();
        PostgresStorage::Options postgresOptions;
        postgresOptions.readOnly = options.readOnly;
        postgresOptions.busyTimeoutMs = options.busyTimeoutMs;
        if (Outcome o = postgres->open(location, postgresOptions); !o.ok())
            return o;
        return std::unique_ptr<Storage>(std::move(postgres));
    }
    if (schemeOf(location))
        return Outcome::badInput(
            tr("%1: not a database this program can open; give the path of a database file, "
               "or a PostgreSQL address (postgresql://ROLE@HOST[:PORT]/DATABASE).")
                .arg(shown(location)));
    auto sqlite = std::make_unique<SqliteStorage>();
    SqliteStorage::Options sqliteOptions;
    sqliteOptions.readOnly = options.readOnly;
    sqliteOptions.busyTimeoutMs = options.busyTimeoutMs;
    sqliteOptions.longLived = options.longLived;
    if (Outcome o = sqlite->open(location, sqliteOptions); !o.ok())
        return o;
    return std::unique_ptr<Storage>(std::move(sqlite));
}

bool isWritable(const QString &location)
{
    if (schemeOf(location))
        return true;
    return !QFileInfo::exists(location) || SqliteStorage::isWritableFile(location);
}

} // namespace aftersales::storage
