#pragma once

#include "domain/outcome.h"
#include "storage/claimquery.h"

#include <functional>

namespace aftersales
{
class ClaimReader;

namespace exporter
{

// Writes every claim the query matches, in list order, to `path`: CSV that Excel opens
// in Chinese (UTF-8 with BOM, RFC 4180 quoting), or JSON when the name ends in .json.
// Written to a temporary file and renamed, so a failed export leaves nothing half-done.
Result<qint64> exportClaims(const ClaimReader &reader, const ClaimQuery &query, const QString &path,
                            const std::function<bool(qint64, qint64)> &progress = {});
QString csvField(const QString &text);

} // namespace exporter
} // namespace aftersales
