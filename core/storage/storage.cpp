#include "storage/storage.h"

#include <QCoreApplication>

namespace aftersales
{

Storage::~Storage() = default;

Outcome Storage::unsupported()
{
    return Outcome::storage(
        QCoreApplication::translate("aftersales::Storage", "This database does not support that operation."));
}

Outcome Storage::backupTo(const QString &) const
{
    return unsupported();
}

Result<QList<consistency::Problem>> Storage::checkConsistency(int) const
{
    return unsupported();
}

Outcome Storage::setCheckpointOnCommit(bool) const
{
    return unsupported();
}

Outcome Storage::checkpoint() const
{
    return unsupported();
}

Result<qint64> Storage::changeMark() const
{
    return unsupported();
}

} // namespace aftersales
