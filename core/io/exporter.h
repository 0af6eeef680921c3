#pragma once

#include "domain/outcome.h"
#include "storage/claimquery.h"

#include <QTimeZone>

#include <functional>

namespace aftersales
{
class ClaimReader;

namespace exporter
{

// Writes every claim the query matches, in list order, to `path`. CSV is for a person in
// Excel: headers and values in the current language, times in `zone`, amounts in yuan with
// two decimals, ids kept as text (csvTextField), UTF-8 with a BOM, CRLF, RFC 4180 quoting.
// JSON (a name ending in .json) is for scripts: codes, UTC times, fen. Written to a
// temporary file and renamed, so a failed export leaves nothing half-done.
Result<qint64> exportClaims(const ClaimReader &reader, const ClaimQuery &query, const QString &path,
                            const std::function<bool(qint64, qint64)> &progress = {},
                            const QTimeZone &zone = QTimeZone::systemTimeZone());

// One CSV cell of text: quoted when it must be, a leading = + - @ neutralised with an
// apostrophe so that Excel never runs it as a formula.
QString csvField(const QString &text);
// An id or a number Excel must keep as text, every digit of it (a 19-digit order id would
// become 6.90002E+18): written as the formula ="…", which Excel, WPS and LibreOffice show as
// its text. Anything but letters, digits, '-' and '_' is written as csvField() instead.
QString csvTextField(const QString &id);
// The bytes of a CSV line of cells already made fields, CRLF-terminated, UTF-8.
QByteArray csvLine(const QStringList &fields);
// What starts every CSV file written for Excel: the UTF-8 byte order mark.
QByteArray csvStart();
// Yuan with two decimals and no symbol or grouping, a number to Excel: "1234.50".
QString csvYuan(qint64 cents);

} // namespace exporter
} // namespace aftersales
