#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

namespace aftersales::testing
{

// A plain SQLite connection of its own on a database file, closed and removed with the
// object: for tests that look at what is stored (or break it) from outside the storage
// interface, as another program would.
class RawSqlite
{
public:
    explicit RawSqlite(const QString &path);
    ~RawSqlite();
    RawSqlite(const RawSqlite &) = delete;
    RawSqlite &operator=(const RawSqlite &) = delete;

    QSqlDatabase db() const;
    // Runs `sql`; false (with the driver's message in `error`) when it fails.
    bool exec(const QString &sql, QString *error = nullptr) const;
    // The first column of the first row, or an invalid QVariant.
    QVariant scalar(const QString &sql) const;
    qint64 count(const char *table) const;

private:
    QString m_name;
};

} // namespace aftersales::testing
