#pragma once

#include "domain/outcome.h"

#include <QByteArray>

#include <functional>

namespace aftersales
{
class Workbench;

namespace importer
{

// Claims in the platform's afterSale/List item shape (docs/import-format.md), taken in
// through Workbench::platformSays: all or nothing, each error naming the item and the field,
// a claim the workbench holds already refused. Returns how many were imported.
// `progress(done, total)` is called as items are checked and written; returning false
// cancels, and the transaction is rolled back: nothing is imported.
using Progress = std::function<bool(qint64, qint64)>;
Result<int> importClaims(Workbench &workbench, const QByteArray &json, const Progress &progress = {});
Result<int> importFile(Workbench &workbench, const QString &path, const Progress &progress = {});

} // namespace importer
} // namespace aftersales
