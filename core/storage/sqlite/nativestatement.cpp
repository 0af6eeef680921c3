#include "storage/sqlite/nativestatement.h"

#include <QSqlDriver>

#include <sqlite3.h>

namespace aftersales::sqlite
{
namespace
{

sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

} // namespace

NativeStatement::NativeStatement(const QSqlDatabase &db, const QString &sql) : m_db(handleOf(db)), m_sql(sql)
{
    if (!m_db) {
        m_errorCode = SQLITE_MISUSE;
        m_errorText = QStringLiteral("not an open SQLite connection");
        return;
    }
    const int rc = sqlite3_prepare16_v3(m_db, sql.utf16(), int(sql.size() * sizeof(char16_t)),
                                        SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr);
    if (rc != SQLITE_OK) {
        m_errorCode = sqlite3_extended_errcode(m_db);
        m_errorText = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
}

NativeStatement::~NativeStatement()
{
    sqlite3_finalize(m_statement);
}

void NativeStatement::addBindValue(const QVariant &value)
{
    if (!m_statement)
        return;
    const int at = m_next++;
    if (value.isNull()) {
        sqlite3_bind_null(m_statement, at);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Char:
    case QMetaType::UChar:
        sqlite3_bind_int64(m_statement, at, value.toLongLong());
        return;
    case QMetaType::ULongLong:
    case QMetaType::ULong:
        sqlite3_bind_int64(m_statement, at, qint64(value.toULongLong()));
        return;
    case QMetaType::Double:
    case QMetaType::Float:
        sqlite3_bind_double(m_statement, at, value.toDouble());
        return;
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        sqlite3_bind_blob(m_statement, at, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
        return;
    }
    case QMetaType::QString: {
        const QString &s = *static_cast<const QString *>(value.constData());
        if (s.isNull())
            sqlite3_bind_null(m_statement, at);
        else
            bindText(at, s);
        return;
    }
    default:
        bindText(at, value.toString());
        return;
    }
}

void NativeStatement::bindText(int at, const QString &s)
{
    // As UTF-8, the database's encoding: SQLite would otherwise convert it itself, slower.
    const QByteArray utf8 = s.toUtf8();
    sqlite3_bind_text(m_statement, at, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

bool NativeStatement::exec()
{
    if (!m_statement) {
        m_next = 1;
        return false;
    }
    int rc = sqlite3_step(m_statement);
    while (rc == SQLITE_ROW)
        rc = sqlite3_step(m_statement);
    if (rc == SQLITE_DONE) {
        m_errorCode = 0;
        m_errorText.clear();
    } else {
        m_errorCode = sqlite3_extended_errcode(m_db);
        m_errorText = QString::fromUtf8(sqlite3_errmsg(m_db));
    }
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    m_next = 1;
    return rc == SQLITE_DONE;
}

bool NativeStatement::isPrepared() const
{
    return m_statement != nullptr;
}

int NativeStatement::numRowsAffected() const
{
    return m_db ? sqlite3_changes(m_db) : 0;
}

int NativeStatement::errorCode() const
{
    return m_errorCode;
}

QString NativeStatement::errorText() const
{
    return m_errorText;
}

const QString &NativeStatement::sql() const
{
    return m_sql;
}

} // namespace aftersales::sqlite
