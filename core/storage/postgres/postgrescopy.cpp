#include "storage/postgres/postgrescopy.h"

#include "storage/postgres/postgresvalues.h"

#include <QSqlDriver>

#include <libpq-fe.h>

namespace aftersales::postgres
{
namespace
{

// What is sent at a time: large enough that each send is one write of libpq's, small enough
// that the server starts on the first rows early.
constexpr qsizetype sendAt = 256 * 1024;

pg_conn *connectionOf(const QSqlDatabase &db)
{
    // QSqlDriver::handle(): the driver's own connection, a PGconn* for QPSQL (named by its
    // struct's name, as Qt 6.4 registers it, or by libpq's typedef).
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() ||
        (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(handle.data());
}

// The server's text of a failed result or connection, without its trailing newline.
QString messageOf(const char *text)
{
    return QString::fromUtf8(text).trimmed();
}

} // namespace

CopyIn::CopyIn(const QSqlDatabase &db, const QString &target) : m_conn(connectionOf(db))
{
    if (!m_conn) {
        fail(QStringLiteral("not a PostgreSQL connection of Qt's QPSQL driver"), QString());
        return;
    }
    m_buffer.reserve(sendAt + 4096);
    PGresult *started = PQexec(
        m_conn, (QStringLiteral("COPY ") + target + QStringLiteral(" FROM STDIN")).toUtf8().constData());
    if (PQresultStatus(started) == PGRES_COPY_IN)
        m_open = true;
    else
        fail(messageOf(started ? PQresultErrorMessage(started) : PQerrorMessage(m_conn)),
             QString::fromLatin1(started ? PQresultErrorField(started, PG_DIAG_SQLSTATE) : nullptr));
    PQclear(started);
    // A COPY that could not start leaves no result behind; anything else is drained.
    if (!m_open && m_conn)
        while (PGresult *rest = PQgetResult(m_conn))
            PQclear(rest);
}

CopyIn::~CopyIn()
{
    if (!m_open)
        return;
    PQputCopyEnd(m_conn, "abandoned");
    while (PGresult *rest = PQgetResult(m_conn))
        PQclear(rest);
}

void CopyIn::field()
{
    if (m_rowStarted)
        m_buffer += '\t';
    m_rowStarted = true;
}

void CopyIn::number(qint64 value)
{
    field();
    m_buffer += QByteArray::number(value);
}

void CopyIn::text(const QString &value)
{
    field();
    const QByteArray utf8 = postgres::text(value).toUtf8();
    for (const char ch : utf8) {
        switch (ch) {
        case '\\':
            m_buffer += "\\\\";
            break;
        case '\t':
            m_buffer += "\\t";
            break;
        case '\n':
            m_buffer += "\\n";
            break;
        case '\r':
            m_buffer += "\\r";
            break;
        default:
            m_buffer += ch;
        }
    }
}

void CopyIn::textOrNull(const QString &value)
{
    if (value.isEmpty())
        null();
    else
        text(value);
}

void CopyIn::time(const std::optional<QDateTime> &t)
{
    if (t)
        number(t->toSecsSinceEpoch());
    else
        null();
}

void CopyIn::null()
{
    field();
    m_buffer += "\\N";
}

void CopyIn::value(const QVariant &v)
{
    if (v.isNull())
        null();
    else if (v.metaType() == QMetaType::fromType<QString>())
        text(v.toString());
    else
        number(v.toLongLong());
}

void CopyIn::endRow()
{
    m_buffer += '\n';
    m_rowStarted = false;
    if (m_buffer.size() >= sendAt)
        send();
}

void CopyIn::send()
{
    if (m_open && !m_buffer.isEmpty() &&
        PQputCopyData(m_conn, m_buffer.constData(), int(m_buffer.size())) != 1) {
        fail(messageOf(PQerrorMessage(m_conn)), QString());
        m_open = false;
        while (PGresult *rest = PQgetResult(m_conn))
            PQclear(rest);
    }
    m_buffer.clear();
}

QSqlError CopyIn::finish()
{
    send();
    if (!m_open)
        return m_error;
    m_open = false;
    if (PQputCopyEnd(m_conn, nullptr) != 1)
        fail(messageOf(PQerrorMessage(m_conn)), QString());
    while (PGresult *result = PQgetResult(m_conn)) {
        if (PQresultStatus(result) != PGRES_COMMAND_OK)
            fail(messageOf(PQresultErrorMessage(result)),
                 QString::fromLatin1(PQresultErrorField(result, PG_DIAG_SQLSTATE)));
        PQclear(result);
    }
    return m_error;
}

void CopyIn::fail(const QString &text, const QString &state)
{
    if (m_error.isValid())
        return;
    // A connection that is gone says so in its state, not in an SQLSTATE of the server's.
    const bool lost = m_conn && PQstatus(m_conn) == CONNECTION_BAD;
    m_error = QSqlError(QStringLiteral("COPY"), text, QSqlError::StatementError,
                        state.isEmpty() && lost ? QStringLiteral("08006") : state);
}

} // namespace aftersales::postgres
