#pragma once

#include "domain/outcome.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace aftersales
{
class Workbench;

// Batch tracking numbers (批量导入物流单号): the warehouse's spreadsheet of claim or order
// ids with carrier and tracking number, saved as CSV. First a preview marks every row;
// then the good rows are shipped in one transaction.
namespace trackingimport
{

enum class RowState {
    Ok,
    WrongFormat,         // a missing or malformed cell, an unknown carrier, a number not of its carrier
    NotAwaitingShipment, // the claim exists but cannot be shipped now
    Duplicate,           // the number is twice in the file, already used, or the original order's
    UnknownClaim,        // no such claim, or no claim on that order
};
QString stateName(RowState state);  // "ok", "wrong_format", … (JSON, tests)
QString stateLabel(RowState state); // translated

struct Row {
    int line = 0;      // 1-based line in the file (the header is line 1)
    QString claimText; // the cells as written
    QString orderText;
    QString carrierText;
    QString trackingText;
    qint64 claimId = 0; // resolved, when known
    qint64 version = 0; // the claim's version the preview saw
    QString carrier;    // resolved carrier code
    QString trackingNo; // normalised
    RowState state = RowState::Ok;
    QString message; // why a row is not ok (translated)
};

struct Preview {
    QString encoding; // "UTF-8", "UTF-8 (BOM)" or "GB18030"
    QList<Row> rows;
    int count(RowState state) const;
    int okCount() const { return count(RowState::Ok); }
    int badCount() const { return int(rows.size()) - okCount(); }
};

// The text of a CSV file: UTF-8 (with or without a BOM) when it decodes strictly as
// UTF-8, otherwise GB18030 (what Excel saves in China). `encoding` receives which.
Result<QString> decode(const QByteArray &bytes, QString *encoding = nullptr);
// GB18030 bytes of `text` (tests, and files written for Excel in China).
QByteArray encodeGb18030(const QString &text);
// RFC 4180 records (quoted fields, doubled quotes, CRLF or LF); `lines` receives the
// line each record starts on. The delimiter is a comma, or a tab or semicolon when the
// first line has those and no comma.
QList<QStringList> parseCsv(const QString &text, QList<int> *lines = nullptr);

// Reads the file and marks every row against the database at the workbench's clock.
// A file without a recognised header (claim or order id, tracking number) is bad input.
Result<Preview> preview(const Workbench &workbench, const QByteArray &bytes);
Result<Preview> previewFile(const Workbench &workbench, const QString &path);

// Ships the preview's good rows in one transaction, all or nothing (a claim changed since
// the preview is a conflict). Returns how many were shipped.
Result<int> apply(Workbench &workbench, const Preview &preview, const QString &actor,
                  const std::function<bool(int, int)> &progress = {});

} // namespace trackingimport
} // namespace aftersales
