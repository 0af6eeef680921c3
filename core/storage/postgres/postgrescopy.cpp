#include "storage/postgres/postgrescopy.h"

#include "storage/postgres/postgresvalues.h"

#include <QLibrary>
#include <QSqlDriver>

#include <libpq-fe.h>

#include <type_traits>

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

// libpq's functions, from the library Qt's QPSQL driver loaded already (libpq.so.5): linked
// instead, libpq and its own libraries would load with every start of the program, also for a
// shop that never opens a team's database (about 12 ms more for each command).
struct Libpq {
    decltype(&PQexec) exec = nullptr;
    decltype(&PQresultStatus) resultStatus = nullptr;
    decltype(&PQresultErrorMessage) resultErrorMessage = nullptr;
    decltype(&PQresultErrorField) resultErrorField = nullptr;
    decltype(&PQclear) clear = nullptr;
    decltype(&PQgetResult) getResult = nullptr;
    decltype(&PQputCopyData) putCopyData = nullptr;
    decltype(&PQputCopyEnd) putCopyEnd = nullptr;
    decltype(&PQerrorMessage) errorMessage = nullptr;
    decltype(&PQstatus) status = nullptr;

    bool resolved() const
    {
        return exec && resultStatus && resultErrorMessage && resultErrorField && clear && getResult &&
               putCopyData && putCopyEnd && errorMessage && status;
    }
};

const Libpq &libpq()
{
    static const Libpq functions = [] {
        QLibrary library(QStringLiteral("pq"), 5);
        Libpq f;
        if (!library.load())
            return f;
        const auto resolve = [&library](auto &function, const char *name) {
            function = reinterpret_cast<std::remove_reference_t<decltype(function)>>(library.resolve(name));
        };
        resolve(f.exec, "PQexec");
        resolve(f.resultStatus, "PQresultStatus");
        resolve(f.resultErrorMessage, "PQresultErrorMessage");
        resolve(f.resultErrorField, "PQresultErrorField");
        resolve(f.clear, "PQclear");
        resolve(f.getResult, "PQgetResult");
        resolve(f.putCopyData, "PQputCopyData");
        resolve(f.putCopyEnd, "PQputCopyEnd");
        resolve(f.errorMessage, "PQerrorMessage");
        resolve(f.status, "PQstatus");
        return f;
    }();
    return functions;
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
    if (!libpq().resolved()) {
        m_conn = nullptr;
        fail(QStringLiteral("libpq.so.5, the PostgreSQL client library, could not be loaded"), QString());
        return;
    }
    m_buffer.reserve(sendAt + 4096);
    // What the driver left unread of a query read row by row and not to its end: the server
    // would refuse COPY behind it. Discarded, as the driver does before its next statement.
    while (PGresult *unread = libpq().getResult(m_conn))
        libpq().clear(unread);
    PGresult *started = libpq().exec(
        m_conn, (QStringLiteral("COPY ") + target + QStringLiteral(" FROM STDIN")).toUtf8().constData());
    if (libpq().resultStatus(started) == PGRES_COPY_IN)
        m_open = true;
    else
        fail(messageOf(started ? libpq().resultErrorMessage(started) : libpq().errorMessage(m_conn)),
             QString::fromLatin1(started ? libpq().resultErrorField(started, PG_DIAG_SQLSTATE) : nullptr));
    libpq().clear(started);
    // A COPY that could not start leaves no result behind; anything else is drained.
    if (!m_open && m_conn)
        while (PGresult *rest = libpq().getResult(m_conn))
            libpq().clear(rest);
}

CopyIn::~CopyIn()
{
    if (!m_open)
        return;
    libpq().putCopyEnd(m_conn, "abandoned");
    while (PGresult *rest = libpq().getResult(m_conn))
        libpq().clear(rest);
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

void CopyIn::null()
{
    field();
    m_buffer += "\\N";
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
        libpq().putCopyData(m_conn, m_buffer.constData(), int(m_buffer.size())) != 1) {
        fail(messageOf(libpq().errorMessage(m_conn)), QString());
        m_open = false;
        while (PGresult *rest = libpq().getResult(m_conn))
            libpq().clear(rest);
    }
    // Emptied, its space kept for the next rows (clear() would free it).
    m_buffer.resize(0);
}

QSqlError CopyIn::finish()
{
    send();
    if (!m_open)
        return m_error;
    m_open = false;
    if (libpq().putCopyEnd(m_conn, nullptr) != 1)
        fail(messageOf(libpq().errorMessage(m_conn)), QString());
    while (PGresult *result = libpq().getResult(m_conn)) {
        if (libpq().resultStatus(result) != PGRES_COMMAND_OK)
            fail(messageOf(libpq().resultErrorMessage(result)),
                 QString::fromLatin1(libpq().resultErrorField(result, PG_DIAG_SQLSTATE)));
        libpq().clear(result);
    }
    return m_error;
}

void CopyIn::fail(const QString &text, const QString &state)
{
    if (m_error.isValid())
        return;
    // A connection that is gone says so in its state, not in an SQLSTATE of the server's.
    const bool lost = m_conn && libpq().status(m_conn) == CONNECTION_BAD;
    m_error = QSqlError(QStringLiteral("COPY"), text, QSqlError::StatementError,
                        state.isEmpty() && lost ? QStringLiteral("08006") : state);
}

} // namespace aftersales::postgres
