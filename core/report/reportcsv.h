#pragma once

#include "domain/outcome.h"
#include "report/reporttables.h"

// A report's table as CSV for a person in Excel, like the list's export: UTF-8 with a byte
// order mark, CRLF, RFC 4180 quoting, headers in the current language, yuan with two
// decimals. Written to a temporary file and renamed, so a failed export leaves nothing.
namespace aftersales::report::csv
{

QByteArray bytes(const tables::Table &table);
Outcome write(const QString &path, const tables::Table &table);

} // namespace aftersales::report::csv
