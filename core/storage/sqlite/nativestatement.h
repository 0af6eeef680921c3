#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace aftersales::sqlite
{

// A write statement prepared, bound and run through SQLite's own interface on a Qt
// connection's handle. Qt's positional binding formats and hashes a name for every value it
// binds (QSqlResult::bindValue): two fifths of a million-claim bulk load's time, and much of
// a sweep's. The same calls as QSqlQuery's, for the writes that bind many values.
class NativeStatement
{
public:
    // Prepares `sql` on `db`'s connection (a QSQLITE one, open).
    NativeStatement(const QSqlDatabase &db, const QString &sql);
    ~NativeStatement();
    NativeStatement(const NativeStatement &) = delete;
    NativeStatement &operator=(const NativeStatement &) = delete;

    // The next value, as Qt's SQLite driver binds it: a null QVariant or null QString as
    // NULL, integers and booleans as integers, doubles as reals, anything else as text.
    void addBindValue(const QVariant &value);
    // Runs the statement to its end and makes it ready to be bound again; false on an error,
    // which errorCode() and errorText() then describe.
    bool exec();
    // Rows the last exec() inserted, updated or deleted.
    int numRowsAffected() const;
    // Whether it was prepared (else errorCode() says why, and exec() fails).
    bool isPrepared() const;
    // SQLite's extended result code of the last failure (0 when none), and its message.
    int errorCode() const;
    QString errorText() const;
    const QString &sql() const;

private:
    void bindText(int at, const QString &s);

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QString m_sql;
    int m_next = 1;
    int m_errorCode = 0;
    QString m_errorText;
};

} // namespace aftersales::sqlite
