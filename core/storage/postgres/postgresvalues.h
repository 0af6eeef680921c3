#pragma once

#include "domain/claim.h"

#include <QDateTime>
#include <QStringList>
#include <QVariant>

#include <optional>

// Values as the PostgreSQL backend binds and reads them: times as bigint seconds since the
// epoch (as on SQLite), text without NUL characters (PostgreSQL text cannot hold them), and
// our own enums' codes written from the enums as SQL literals, never from user text.
namespace aftersales::postgres
{

QVariant timeValue(const std::optional<QDateTime> &t);
// A text column that is NOT NULL: an empty string, never NULL.
QString text(const QString &s);
// A nullable text column: NULL for an empty string.
QVariant textOrNull(const QString &s);
QVariant codeOrNull(const std::optional<RejectCode> &code);
std::optional<QDateTime> timeFrom(const QVariant &v);
QDateTime timeAt(const QVariant &v);

// The types of a claim's state columns (storage/claimstate.h), for VALUES lists (typedValues).
const QStringList &stateTypes();

// Where many rows' values are written one after another (BulkColumn, CopyIn): integers, text
// and NULL, and what is written as one of them.
class ValueWriter
{
public:
    virtual ~ValueWriter() = default;
    virtual void number(qint64 value) = 0;
    virtual void text(const QString &value) = 0;
    virtual void null() = 0;
    // NULL for an empty string.
    void textOrNull(const QString &value);
    void time(const std::optional<QDateTime> &t);
    // A value as a statement would bind it: NULL, text, or an integer.
    void value(const QVariant &v);
};

// One column of many rows as a PostgreSQL array literal ("{1,2,NULL}", "{\"a\",\"b\"}"): a
// statement of many rows (a sweep's updates, the outbox's actions) binds one such value per
// column and the server takes the rows apart (unnest). The literal is a value the driver
// quotes like any other, never SQL text.
class BulkColumn : public ValueWriter
{
public:
    void number(qint64 value) override;
    void text(const QString &value) override;
    void null() override;
    QString literal() const;

private:
    void separate();
    QString m_items;
    bool m_any = false;
};

// "unnest(CAST(? AS bigint[]), CAST(? AS text[]), …)": rows taken apart from one array
// parameter per column (BulkColumn). The statement is the same however many rows it carries,
// so the server plans it once; its parameters are a few long values, not thousands.
QString unnestOf(const QStringList &types);

// "(CAST(? AS bigint), …), (…)": `rows` rows of parameters of these types, so that VALUES needs
// no guessing.
QString typedValues(int rows, const QStringList &types);

// "1, 3, 4": ascending, as the migrations write the partial indexes' conditions.
QString codes(QList<ClaimStatus> statuses);
QString codes(QList<ClaimType> types);
// "c.status = 1" or "c.status IN (1, 3, 4)".
QString condition(const QString &column, const QList<ClaimStatus> &statuses);
QString condition(const QString &column, const QList<ClaimType> &types);
// The statuses nobody acts in any more (rules::isOpen).
QList<ClaimStatus> finishedStatuses();

} // namespace aftersales::postgres
