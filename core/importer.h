#pragma once

#include "outcome.h"

#include <QByteArray>

namespace aftersales {
class Workbench;

namespace importer {

// Claims in the platform's afterSale/List item shape (docs/import-format.md): all or
// nothing, each error naming the item and the field. Returns how many were imported.
Result<int> importClaims(Workbench &workbench, const QByteArray &json, const QString &actor);
Result<int> importFile(Workbench &workbench, const QString &path, const QString &actor);

} // namespace importer
} // namespace aftersales
