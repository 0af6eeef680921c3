#pragma once

#include "storage/postgres/postgresvalues.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

struct pg_conn;

// Rows into one table by COPY … FROM STDIN (text format) on a connection the storage opened
// with Qt's QPSQL driver, in the transaction it has open. The rows go to the server while
// later ones are still being written here, so that the server takes them in meanwhile; and
// the server parses plain rows, not one long array per column inside an SQL literal. The
// values are data, never SQL text: the statement names only our own table and columns.
namespace aftersales::postgres
{

class CopyIn : public ValueWriter
{
public:
    // Starts "COPY <target> FROM STDIN": `target` is a table and its columns, "t (a, b)".
    CopyIn(const QSqlDatabase &db, const QString &target);
    // A COPY not finished is ended with an error: the server keeps none of its rows.
    ~CopyIn();
    CopyIn(const CopyIn &) = delete;
    CopyIn &operator=(const CopyIn &) = delete;

    void number(qint64 value) override;
    void text(const QString &value) override;
    void null() override;
    void endRow();

    // Sends what is left and ends the COPY: an invalid QSqlError when the server took every
    // row, else why not (its SQLSTATE as the native code; 08006 when the connection is gone).
    QSqlError finish();

private:
    void field();
    void send();
    void fail(const QString &text, const QString &state);

    pg_conn *m_conn = nullptr;
    QByteArray m_buffer;
    bool m_rowStarted = false;
    bool m_open = false;
    QSqlError m_error;
};

} // namespace aftersales::postgres
